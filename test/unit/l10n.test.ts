// Localisation of the VS Code client (issue 16, point 7): command titles, setting descriptions and
// every message the client shows exist in English, Russian and Kazakh.
//  - package.json names its user-visible strings as %key%; package.nls.json (en), package.nls.ru.json
//    and package.nls.kk.json hold exactly those keys, translated.
//  - client/src shows strings only through vscode.l10n.t('…') / plural(n, '…', '…'); the l10n bundles
//    l10n/bundle.l10n.ru.json and …kk.json hold an entry for each, and nothing else.
//  - the packaged extension (.vscodeignore) carries those files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');
const LANGS = ['ru', 'kk'] as const;

/** A JSON file of the repository; a missing one reads as {} (the tests then name what is missing). */
function readJson(rel: string): Record<string, unknown> {
  if (!fs.existsSync(path.join(ROOT, rel))) return {};
  return JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
}

/** Every string in package.json, with its JSON path. */
function strings(value: unknown, at: string, out: { at: string; value: string }[] = []): { at: string; value: string }[] {
  if (typeof value === 'string') out.push({ at, value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${at}.${k}`, out);
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join(',');
const hasCyrillic = (s: string) => /[\u0400-\u04FF]/.test(s);
/** Brand names are the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Ata Zan']);

describe('l10n: package.json', () => {
  const pkg = readJson('package.json');
  const nls: Record<string, Record<string, unknown>> = {
    en: readJson('package.nls.json'),
    ru: readJson('package.nls.ru.json'),
    kk: readJson('package.nls.kk.json'),
  };
  const all = strings(pkg, '');
  const used = new Set(all.flatMap((s) => [...s.value.matchAll(/^%([^%\s]+)%$/g)].map((m) => m[1])));

  it('names its user-visible strings with %key% (titles, categories, descriptions)', () => {
    const visible = all.filter((s) =>
      /^\.contributes\.commands\[\d+\]\.(?:title|category)$/.test(s.at) ||
      /^\.contributes\.configuration\.title$/.test(s.at) ||
      /^\.contributes\.configuration\.properties\..+\.(?:description|markdownDescription|enumDescriptions\[\d+\]|markdownEnumDescriptions\[\d+\])$/.test(s.at) ||
      /^\.contributes\.(?:menus|views|viewsContainers)\..*\.title$/.test(s.at) ||
      /^\.contributes\.semanticTokenTypes\[\d+\]\.description$/.test(s.at) ||
      /^\.(?:displayName|description)$/.test(s.at) ||
      /^\.capabilities\.untrustedWorkspaces\.description$/.test(s.at));
    assert.ok(visible.length >= 20, `found ${visible.length} user-visible strings`);
    const literal = visible.filter((s) => !/^%[^%\s]+%$/.test(s.value));
    assert.deepEqual(literal.map((s) => `${s.at}: ${s.value}`), []);
  });

  it('every setting with an enum describes each value', () => {
    const props = (pkg as any).contributes.configuration.properties as Record<string, any>;
    const missing = Object.entries(props)
      .filter(([name, p]) => Array.isArray(p.enum) && name !== 'atazan.trace.server')
      .filter(([, p]) => !Array.isArray(p.enumDescriptions) || p.enumDescriptions.length !== p.enum.length)
      .map(([name]) => name);
    assert.deepEqual(missing, []);
  });

  for (const lang of ['en', 'ru', 'kk']) {
    it(`package.nls${lang === 'en' ? '' : '.' + lang}.json has every %key% of package.json, and no other`, () => {
      const keys = new Set(Object.keys(nls[lang]));
      assert.deepEqual([...used].filter((k) => !keys.has(k)), [], 'missing keys');
      assert.deepEqual([...keys].filter((k) => !used.has(k)), [], 'unused keys');
      for (const [k, v] of Object.entries(nls[lang])) {
        assert.equal(typeof v, 'string', k);
        assert.ok((v as string).trim(), `${k} is empty`);
      }
    });
  }

  for (const lang of LANGS) {
    it(`package.nls.${lang}.json is translated: Cyrillic text, the same placeholders and code spans`, () => {
      for (const [k, en] of Object.entries(nls.en) as [string, string][]) {
        const tr = nls[lang][k] as string;
        if (SAME_IN_EVERY_LANGUAGE.has(en)) continue;
        assert.ok(hasCyrillic(tr), `${lang} ${k} is not translated: ${tr}`);
        assert.equal(placeholders(tr), placeholders(en), `${lang} ${k}`);
        const code = (s: string) => [...s.matchAll(/`[^`]+`/g)].map((m) => m[0]).sort().join(' ');
        assert.equal(code(tr), code(en), `${lang} ${k}: code spans`);
      }
    });
  }

  it('the .vsix carries package.nls*.json and l10n/ (.vscodeignore)', () => {
    assert.equal((pkg as any).l10n, './l10n');
    const rules = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    // vsce applies the patterns in order; the last one that matches decides (a leading ! keeps the file).
    const kept = (file: string) => {
      let keep = true;
      for (const r of rules) {
        const neg = r.startsWith('!');
        const re = new RegExp('^' + (neg ? r.slice(1) : r).split('**').map((p) => p.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')).join('.*') + '$');
        if (re.test(file)) keep = neg;
      }
      return keep;
    };
    const files = ['package.nls.json', ...LANGS.map((l) => `package.nls.${l}.json`), ...LANGS.map((l) => `l10n/bundle.l10n.${l}.json`)];
    for (const f of files) {
      assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} exists`);
      assert.ok(kept(f), `${f} is packaged`);
    }
  });
});

// ---------------------------------------------------------------------------------------------

interface ClientStrings {
  /** Keys of vscode.l10n.t('…') calls. */
  plain: Set<string>;
  /** [one, other] forms of plural(n, '…', '…') calls. */
  plural: [string, string][];
  /** User-visible strings not passed through l10n. */
  bare: string[];
}

/** Strings the client may show as they are (brand and format names). */
const NOT_TRANSLATED = new Set(['Ata Zan', 'Markdown', 'HTML', 'JSON', 'Word (DOCX)']);
/** Calls whose first argument the user reads. */
const SHOWN_FIRST_ARG = /(?:^|\.)(?:show(?:Information|Warning|Error)Message|setStatusBarMessage|createOutputChannel)$|^Error$/;
/** Object properties the user reads (quick picks, dialogs, progress, webview titles). */
const SHOWN_PROPERTY = new Set(['label', 'description', 'detail', 'title', 'placeHolder', 'prompt', 'filter', 'openLabel', 'saveLabel']);

function clientStrings(): ClientStrings {
  const dir = path.join(ROOT, 'client', 'src');
  const out: ClientStrings = { plain: new Set(), plural: [], bare: [] };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const src = ts.createSourceFile(file, fs.readFileSync(path.join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const literal = (n: ts.Node | undefined): string | undefined =>
      n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
    const shown = (n: ts.Node | undefined, where: string) => {
      if (!n) return;
      if (ts.isConditionalExpression(n)) { shown(n.whenTrue, where); shown(n.whenFalse, where); return; }
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) { shown(n.right, where); return; }
      const text = literal(n) ?? (ts.isTemplateExpression(n) ? n.getText() : undefined);
      const words = text?.replace(/\$\{[^}]*\}/g, '');
      if (text !== undefined && /\p{L}{2}/u.test(words!) && !NOT_TRANSLATED.has(text)) out.bare.push(`${file}: ${where}: ${text}`);
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const callee = node.expression.getText();
        const args = node.arguments ?? ts.factory.createNodeArray();
        if (/(?:^|\.)l10n\.t$/.test(callee)) {
          const key = literal(args[0]);
          if (key !== undefined) out.plain.add(key);
          else assert.ok(file === 'plural.ts', `${file}: l10n.t with a computed key: ${node.getText()}`);
        } else if (callee === 'plural') {
          const one = literal(args[1]);
          const other = literal(args[2]);
          assert.ok(one !== undefined && other !== undefined, `${file}: plural() forms must be literals: ${node.getText()}`);
          out.plural.push([one, other]);
        } else if (SHOWN_FIRST_ARG.test(callee)) {
          shown(args[0], callee);
        } else if (/createWebviewPanel$/.test(callee)) {
          shown(args[1], callee);
        }
      }
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && SHOWN_PROPERTY.has(node.name.text)) {
        shown(node.initializer, node.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return out;
}

/** The bundle keys a language needs: plain keys, and one per plural category of the language. */
function neededKeys(lang: string, cs: ClientStrings): Set<string> {
  const keys = new Set(cs.plain);
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const [one, other] of cs.plural) for (const c of categories) keys.add(`${c === 'one' ? one : other}/${c}`);
  return keys;
}

describe('l10n: client strings', () => {
  const cs = clientStrings();

  it('the client shows no literal text past l10n (messages, quick picks, dialogs, titles)', () => {
    assert.ok(cs.plain.size >= 30, `found ${cs.plain.size} l10n.t keys`);
    assert.deepEqual(cs.bare, []);
  });

  it('plural phrases: Russian has one/few/many/other, Kazakh one/other', () => {
    assert.ok(cs.plural.length >= 2);
    assert.deepEqual(new Intl.PluralRules('ru').resolvedOptions().pluralCategories.slice().sort(), ['few', 'many', 'one', 'other']);
    const ru = readJson('l10n/bundle.l10n.ru.json');
    // «Изменить 1 номер и 21 ссылку?», «2 номера и 3 ссылки», «5 номеров и 11 ссылок»
    const form = (n: number, one: string, other: string) => {
      const c = new Intl.PluralRules('ru').select(n);
      return String(ru[`${c === 'one' ? one : other}/${c}`]).replace('{0}', String(n));
    };
    assert.equal(form(1, '{0} reference', '{0} references'), '1 ссылку');
    assert.equal(form(21, '{0} reference', '{0} references'), '21 ссылку');
    assert.equal(form(3, '{0} reference', '{0} references'), '3 ссылки');
    assert.equal(form(11, '{0} reference', '{0} references'), '11 ссылок');
    assert.equal(form(5, '{0} number', '{0} numbers'), '5 номеров');
  });

  for (const lang of LANGS) {
    it(`l10n/bundle.l10n.${lang}.json translates every client string, with the same placeholders, and has no unused keys`, () => {
      const bundle = readJson(`l10n/bundle.l10n.${lang}.json`);
      const needed = neededKeys(lang, cs);
      assert.deepEqual([...needed].filter((k) => !(k in bundle)), [], 'missing');
      assert.deepEqual(Object.keys(bundle).filter((k) => !needed.has(k)), [], 'unused');
      for (const [k, v] of Object.entries(bundle)) {
        assert.equal(typeof v, 'string', k);
        const source = k.replace(/\/(?:zero|one|two|few|many|other)$/, '');
        assert.equal(placeholders(v as string), placeholders(source), `${lang} ${k}: placeholders`);
        if (!SAME_IN_EVERY_LANGUAGE.has(source) && /\p{L}{2}/u.test(source.replace(/Ata Zan|Markdown|HTML|DOCX|JSON|Word/g, ''))) {
          assert.ok(hasCyrillic(v as string), `${lang} ${k} is not translated: ${v}`);
        }
      }
    });
  }
});
