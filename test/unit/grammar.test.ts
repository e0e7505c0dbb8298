/**
 * TextMate grammar (syntaxes/constitution.tmLanguage.json) and snippets (snippets/constitution.code-snippets).
 *
 * The grammar is loaded with vscode-textmate + vscode-oniguruma, exactly as VS Code does, and run over
 * excerpts of the real texts in data/priors. Each language has a golden snapshot in
 * test/fixtures/grammar/<lang>.snap listing every token with its scopes. Regenerate them with
 *   UPDATE_GOLDEN=1 npx mocha test/unit/grammar.test.ts
 * and read the diff before committing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vsctm from 'vscode-textmate';
import * as onig from 'vscode-oniguruma';
import { PRIORS } from '../support/files';

const ROOT = path.resolve(__dirname, '..', '..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'constitution.tmLanguage.json');
const SNIPPETS_PATH = path.join(ROOT, 'snippets', 'constitution.code-snippets');
const GOLDEN_DIR = path.join(ROOT, 'test', 'fixtures', 'grammar');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const SUFFIX = '.constitution';

interface Tok { text: string; start: number; end: number; scopes: string[] }

let grammar: vsctm.IGrammar;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.constitution'
        ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH)
        : null,
  });
  const g = await registry.loadGrammar('text.constitution');
  if (!g) throw new Error('grammar text.constitution not loaded');
  return g;
}

/** Tokenise lines in sequence (state carried from line to line, as in the editor). */
function tokenizeLines(lines: string[]): Tok[][] {
  let state = vsctm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens
      .map((t) => ({ text: line.slice(t.startIndex, Math.min(t.endIndex, line.length)), start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }))
      .filter((t) => t.end > t.start);
  });
}
const tokenize = (line: string): Tok[] => tokenizeLines([line])[0];

/** Tokens overlapping the `occurrence`-th occurrence of `needle` in `line`. */
function tokensOf(line: string, needle: string, occurrence = 0): Tok[] {
  let idx = -1;
  for (let i = 0; i <= occurrence; i++) {
    idx = line.indexOf(needle, idx + 1);
    if (idx < 0) throw new Error(`"${needle}" not found in "${line}"`);
  }
  const end = idx + needle.length;
  return tokenize(line).filter((t) => t.end > idx && t.start < end);
}
const has = (t: Tok, scope: string) => t.scopes.some((s) => s === scope || s.startsWith(scope + '.'));
function assertAll(line: string, needle: string, scope: string, occurrence = 0) {
  for (const t of tokensOf(line, needle, occurrence)) {
    assert.ok(has(t, scope), `"${t.text}" in "${needle}" should have ${scope}; got ${t.scopes.join(' ')}`);
  }
}
function assertNone(line: string, needle: string, scope: string, occurrence = 0) {
  for (const t of tokensOf(line, needle, occurrence)) {
    assert.ok(!has(t, scope), `"${t.text}" in "${needle}" should not have ${scope}; got ${t.scopes.join(' ')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Snapshot rendering

const short = (s: string) => s.endsWith(SUFFIX) ? s.slice(0, -SUFFIX.length) : s;
function showText(text: string, plain: boolean): string {
  if (plain && text.length > 48) return JSON.stringify(text.slice(0, 22) + ' … ' + text.slice(-16)) + ` (${text.length} chars)`;
  return JSON.stringify(text);
}
function renderLine(header: string, line: string, toks: Tok[]): string {
  const out = [`## ${header}`, `> ${line.length > 160 ? line.slice(0, 160) + ' …' : line}`];
  for (const t of toks) {
    const scopes = t.scopes.slice(1).map(short);
    const plain = scopes.length === 0;
    out.push(`  ${`${t.start}-${t.end}`.padEnd(9)} ${showText(t.text, plain)}${plain ? '' : '  ' + scopes.join(' ')}`);
  }
  return out.join('\n');
}

interface Excerpt { file: string; find: string[] }

/** Pick the first line equal to the needle, else the first line containing it. */
function pickLines(file: string, needles: string[]): { lineNo: number; text: string; tokens: Tok[] }[] {
  const lines = fs.readFileSync(path.join(PRIORS, file), 'utf8').replace(/\r/g, '').split('\n');
  const toks = tokenizeLines(lines);
  return needles.map((n) => {
    let i = lines.indexOf(n);
    if (i < 0) i = lines.findIndex((l) => l.includes(n));
    if (i < 0) throw new Error(`${file}: no line contains "${n}"`);
    return { lineNo: i + 1, text: lines[i], tokens: toks[i] };
  });
}

function snapshot(name: string, body: string) {
  const file = path.join(GOLDEN_DIR, `${name}.snap`);
  const text =
    `# Golden tokens for ${name} (grammar text.constitution). Scopes are shown without the '.constitution'\n` +
    `# suffix and without the root scope; plain-text runs longer than 48 characters are abbreviated.\n` +
    `# Regenerate: UPDATE_GOLDEN=1 npx mocha test/unit/grammar.test.ts\n\n` + body + '\n';
  if (UPDATE) {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, text);
    return;
  }
  assert.ok(fs.existsSync(file), `missing golden file ${file}; run with UPDATE_GOLDEN=1`);
  const expected = fs.readFileSync(file, 'utf8').replace(/\r/g, '');
  if (expected !== text) {
    const a = expected.split('\n');
    const b = text.split('\n');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    assert.fail(`${name}.snap differs at line ${i + 1}:\n  expected: ${a[i]}\n  actual:   ${b[i]}\n(run with UPDATE_GOLDEN=1 to accept)`);
  }
}

const CORPUS: Record<string, Excerpt[]> = {
  ru: [
    {
      file: 'kz-1995-ru.txt',
      find: [
        'Конституция Республики Казахстан',
        'Раздел I. Общие положения',
        'Статья 1',
        '3-1. В пределах города Астаны',
        'статьями 11, 13–15, пунктом 1 статьи 16',
        '4. Исключен Законом РК от 07.10.1998',
        '8) исключен Законом РК',
        '10-1) в интересах защиты',
        'пунктом 1 настоящей статьи, не вправе',
        'подпунктом 6) статьи 57 Конституции',
        'частью второй пункта 2 настоящей статьи',
        '5-1. Исключен',
        'подпунктом 10-1) статьи 44 Конституции',
        'подпункте 1) пункта 1 статьи 72 Конституции',
        'подпунктах 2) и 3) пункта 1 статьи 72',
        'Статья 83-1',
        'Статья 84',
        'Сноска. Статья 84 исключена',
        'пунктами 12-15, 18 и 20 статьи 64',
        'Статья 94-1',
        'пункта 1 статьи 41 Конституции',
        'Раздел IX. Заключительные и переходные положения',
      ],
    },
    {
      file: 'kz-2026-final-draft-ru.txt',
      find: [
        'ПРОЕКТ',
        'КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН',
        'Республике Казахстан принадлежит исключительное право эмиссии теңге.',
        'статьями 12, 14, 16, 17, 20, 22, 25 Конституции',
        'пункта 1 настоящей статьи неизменны',
        'пунктом 3 статьи 62 Конституции',
        'статьей 93 Конституции',
        '4) выходе или исключении из политической партии',
        'частью первой настоящего пункта',
        'подпунктом 17) статьи 56 Конституции',
        'пунктами 2 и 3 статьи 50 Конституции',
        'подпунктах 4), 5) и 6) пункта 1 настоящей статьи',
        'пунктом 1 статьи 50 и пунктом 1 статьи 51 Конституции',
        'пункта 7 статьи 2 и пункта 5 статьи 43 Конституции',
        'Раздел XI. Заключительные и переходные положения',
      ],
    },
  ],
  kk: [
    {
      file: 'kz-1995-kk.txt',
      find: [
        'Қазақстан Республикасының Конституциясы',
        'I бөлім. ЖАЛПЫ ЕРЕЖЕЛЕР',
        '1-бап',
        '3-1. Астана қаласының шегінде',
        'Конституцияның 11, 13-15-баптарында',
        'мемлекеттік биліктің барлық тармағының',
        '4. Алып тасталды',
        '8) алып тасталды',
        '10-1) адамның',
        'Конституцияның 48- бабында',
        'Осы баптың 1-тармағында көзделген',
        '2) мемлекеттік салықтар мен алымдарды белгілейді және оларды алып тастайды',
        'Осы баптың 2-тармағының екінші бөлігінде',
        'Конституцияның 57-бабының 6)-тармақшасында',
        'Конституцияның 47-бабының 1 және 2-тармақтарында',
        'Конституцияның 44-бабының 10-1) тармақшасында',
        'осы баптың 1-тармағының 3) және 4) тармақшаларында',
        'Конституцияның 72-бабының 1-тармағының 1) тармақшасында',
        '83-1-бап',
        '84-бап',
        'Ескерту. 84-бап алып тасталды',
        'Конституциясының 64-бабының 12-15, 18 және 20-тармақтарымен',
        '94-1-бап',
        'Конституцияның 41-бабы 1-тармағының',
        'VIII бөлім. ЖЕРГIЛIКТI МЕМЛЕКЕТТIК БАСҚАРУ',
      ],
    },
    {
      file: 'kz-2026-final-draft-kk.txt',
      find: [
        'ЖОБА',
        'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ КОНСТИТУЦИЯСЫ',
        'Конституциясының 12, 14, 16, 17, 20, 22, 25-баптарында',
        'Осы баптың 1-тармағының ережелері',
        'Конституцияның 62-бабының 3-тармағында',
        'заң баптарын қарсылық жіберілген күннен',
        'осы баптың 1-тармағының 4), 5) және 6) тармақшаларында',
        'Конституцияның 73-бабы 1-тармағының 2) және 4) тармақшаларында',
        'Конституцияның 2-бабы 7-тармағының',
        'XI бөлім. Қорытынды және өтпелі ережелер',
      ],
    },
  ],
  en: [
    {
      file: 'kz-1995-en.txt',
      find: [
        'Constitution of the Republic of Kazakhstan',
        'Section I. General Provisions',
        'Article 1',
        '3-1. A special legal regime',
        'Articles 11, 13–15, paragraph 1 of Article 16',
        '4. Excluded by the Law',
        '8) Excluded by Law',
        '10-1) send an appeal',
        'paragraph 1 of this Article shall not have the right',
        'the second part of paragraph 2 of this Article',
        '5-1. Excluded',
        'Article 47(1)',
        'subparagraph 6) of Article 57',
        'paragraphs 1 and 2 of Article 47',
        'subparagraph 10-1) of Article 44',
        'subparagraphs 3) and 4) of paragraph 1 of this Article',
        'subparagraph 1) of paragraph 1 of Article 72',
        'subparagraphs (2) and (3) of paragraph 1 of Article 72',
        '1-2) repeated discussion and voting on constitutional laws or articles',
        'Article 83-1',
        'Article 84',
        'Footnote. Article 84 is excluded',
        'paragraphs 12-15, 18 and 20 of Article 64',
        'Article 7 of the Constitution',
        'Article 94-1',
        'paragraph 1 of Article 41 of the Constitution',
        'Section VII. Courts and justice',
      ],
    },
  ],
};

/** Drafting markup that the published texts do not contain: comments, annotations, Markdown markers. */
const MARKUP_LINES = [
  'ПРОЕКТ',
  '# КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН',
  '## Раздел I. Основы конституционного строя',
  '## І бөлім. Конституциялық құрылыс негіздері',
  '## Part II. Human Rights',
  '### Статья 12. Право собственности <!-- prior: 13 -->',
  '<!-- prior: 31, 38 -->',
  '<!-- prior: none -->',
  '<!-- prior: 83-1 -->',
  '<!-- prior: see 13 -->',
  '### 12-бап',
  '<!-- prior: 13 -->',
  '### Article 12. Property',
  'Глава 1. Общие положения',
  '1-тарау. Жалпы ережелер',
  'Chapter 1. General provisions',
  'Статья 5 Закона «О выборах» и пункт 2 статьи 3 Кодекса не являются ссылками на Конституцию.',
  'Заңының 5-бабы; Article 5 of the Law on Elections.',
  '<!-- Комментарий разработчиков:',
  'пунктом 3 статьи 62 — внутри комментария не ссылка. -->',
  '1. Текст пункта. <!-- проверить ссылку на пункт 2 статьи 5 -->',
  '# Примечание разработчиков',
];

// ---------------------------------------------------------------------------------------------

describe('grammar: text.constitution', function () {
  before(async function () {
    grammar = await loadGrammar();
  });

  describe('golden snapshots of the real corpus', function () {
    for (const [lang, excerpts] of Object.entries(CORPUS)) {
      it(`${lang}: matches test/fixtures/grammar/${lang}.snap`, function () {
        const parts: string[] = [];
        for (const ex of excerpts) {
          for (const l of pickLines(ex.file, ex.find)) parts.push(renderLine(`${ex.file}:${l.lineNo}`, l.text, l.tokens));
        }
        snapshot(lang, parts.join('\n\n'));
      });
    }
    it('markup: matches test/fixtures/grammar/markup.snap (comments, annotations, Markdown markers)', function () {
      const toks = tokenizeLines(MARKUP_LINES);
      snapshot('markup', MARKUP_LINES.map((l, i) => renderLine(`line ${i + 1}`, l, toks[i])).join('\n\n'));
    });
  });

  describe('headings', function () {
    it('scopes the inserted article number in «Статья 83-1» as constant.numeric', function () {
      const line = 'Статья 83-1';
      assertAll(line, 'Статья 83-1', 'markup.heading.article.constitution');
      assertAll(line, 'Статья', 'keyword.other.unit.constitution');
      assertAll(line, '83-1', 'constant.numeric.unit-number.constitution');
      assertAll(line, '-1', 'constant.numeric.inserted-suffix.constitution');
    });
    it('scopes Kazakh «83-1-бап» and English "Article 94-2"', function () {
      assertAll('83-1-бап', '83-1', 'constant.numeric.unit-number.constitution');
      assertAll('83-1-бап', 'бап', 'keyword.other.unit.constitution');
      assertAll('Article 94-2', '94-2', 'constant.numeric.unit-number.constitution');
    });
    it('recognises section headings in all three languages, with Latin and Cyrillic numerals', function () {
      for (const [line, num, title] of [
        ['Раздел I. Общие положения', 'I', 'Общие положения'],
        ['I бөлім. ЖАЛПЫ ЕРЕЖЕЛЕР', 'I', 'ЖАЛПЫ ЕРЕЖЕЛЕР'],
        ['\u0406 бөлім. Жалпы ережелер', '\u0406', 'Жалпы ережелер'],
        ['\u0406\u0406\u0406 бөлім. Президент', '\u0406\u0406\u0406', 'Президент'],
        ['Section IX. Final and Transitional Provisions', 'IX', 'Final and Transitional Provisions'],
        ['Part II. Man and Citizen', 'II', 'Man and Citizen'],
      ]) {
        assertAll(line, line, 'markup.heading.section.constitution');
        assertAll(line, num, 'constant.numeric.unit-number.constitution');
        assertAll(line, title, 'entity.name.section.constitution');
      }
    });
    it('recognises chapter headings (ordinary laws)', function () {
      for (const line of ['Глава 1. Общие положения', '1-тарау. Жалпы ережелер', 'Chapter 1. General provisions']) {
        assertAll(line, line, 'markup.heading.chapter.constitution');
        assertAll(line, '1', 'constant.numeric.unit-number.constitution');
      }
    });
    it('accepts Markdown heading markers and a trailing prior annotation', function () {
      const line = '## Статья 12. Право собственности <!-- prior: 13 -->';
      assertAll(line, '##', 'punctuation.definition.heading.constitution');
      assertAll(line, 'Право собственности', 'entity.name.section.constitution');
      assertNone(line, '<!--', 'entity.name.section.constitution');
      assertAll(line, '13', 'constant.numeric.article-number.constitution');
    });
    it('does not take a sentence that starts with «Статья 5 Конституции …» for a heading', function () {
      const line = 'Статья 5 Конституции применяется непосредственно.';
      assertNone(line, 'Статья', 'markup.heading.constitution');
      assertAll(line, 'Статья 5 Конституции', 'meta.reference.constitution');
    });
    it('marks title lines', function () {
      for (const line of ['ПРОЕКТ', 'ЖОБА', 'КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН', 'ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ КОНСТИТУЦИЯСЫ', 'Constitution of the Republic of Kazakhstan']) {
        assertAll(line, line, 'markup.heading.title.constitution');
      }
      assertNone('Конституция имеет высшую юридическую силу.', 'Конституция', 'markup.heading');
    });
  });

  describe('paragraphs and excluded units', function () {
    it('scopes paragraph and subparagraph numbers at line start', function () {
      assertAll('3-1. В пределах города Астаны', '3-1', 'constant.numeric.paragraph-number.constitution');
      assertAll('3-1. В пределах города Астаны', '-1', 'constant.numeric.inserted-suffix.constitution');
      assertAll('10-1) в интересах защиты прав', '10-1', 'constant.numeric.subparagraph-number.constitution');
      assertAll('10-1) в интересах защиты прав', ')', 'punctuation.separator.list.constitution');
      assertNone('1995 жылы 30 тамызда', '1995', 'constant.numeric');
    });
    it('marks excluded articles, paragraphs and subparagraphs in three languages', function () {
      assertAll('Статья 84 исключена Законом РК от 21.05.2007 № 254-III', 'исключена Законом', 'markup.deleted.excluded.constitution');
      assertAll('Статья 84 исключена Законом РК от 21.05.2007 № 254-III', '84', 'constant.numeric.unit-number.constitution');
      assertAll('84-бап алып тасталды - ҚР 21.05.2007', 'алып тасталды', 'markup.deleted.excluded.constitution');
      assertAll('Article 84. Excluded by the Law of 21 May 2007', 'Excluded by', 'markup.deleted.excluded.constitution');
      assertAll('4. Исключен Законом РК от 07.10.1998 № 284-I', 'Исключен', 'markup.deleted.excluded.constitution');
      assertAll('8) алып тасталды - ҚР 10.03.2017 № 51-VI', 'алып тасталды', 'markup.deleted.excluded.constitution');
      assertAll('5-1. Excluded by the Law of the Republic of Kazakhstan', '5-1', 'constant.numeric');
    });
    it('does not mark words that merely contain «исключ» or «алып таста»', function () {
      assertNone('Республике Казахстан принадлежит исключительное право эмиссии теңге.', 'исключительное', 'markup.deleted');
      assertNone('4) выходе или исключении из политической партии, от которой он избран;', 'исключении', 'markup.deleted');
      assertNone('2) мемлекеттік салықтар мен алымдарды белгілейді және оларды алып тастайды;', 'алып тастайды', 'markup.deleted');
    });
  });

  describe('cross-references', function () {
    const REF = 'meta.reference.constitution';
    it('«пунктом 3 статьи 62» produces a reference with numeric numbers', function () {
      const line = 'в случаях, предусмотренных пунктом 3 статьи 62 Конституции, Президент вправе';
      assertAll(line, 'пунктом 3 статьи 62 Конституции', REF);
      assertAll(line, 'пунктом 3 статьи 62', 'markup.underline.link.reference.constitution');
      assertAll(line, '3', 'constant.numeric.reference-number.constitution');
      assertAll(line, '62', 'constant.numeric.reference-number.constitution');
      assertNone(line, 'в случаях', REF);
      assertNone(line, ', Президент', REF);
    });
    it('Russian chains, lists and relative references', function () {
      for (const [line, ref] of [
        ['указанных в подпункте 1) пункта 1 статьи 73 Конституции, вступление', 'подпункте 1) пункта 1 статьи 73 Конституции'],
        ['в подпунктах 4), 5) и 6) пункта 1 настоящей статьи, а также', 'подпунктах 4), 5) и 6) пункта 1 настоящей статьи'],
        ['предусмотренных статьями 12, 14, 16 Конституции', 'статьями 12, 14, 16 Конституции'],
        ['установленных пунктами 2 и 3 статьи 50 Конституции', 'пунктами 2 и 3 статьи 50 Конституции'],
        ['предусмотренных частью второй пункта 2 настоящей статьи', 'частью второй пункта 2 настоящей статьи'],
      ]) assertAll(line, ref, REF);
      const rel = 'указанным в части первой настоящего пункта, которые';
      assertAll(rel, 'части первой настоящего пункта', 'meta.reference.relative.constitution');
      assertAll(rel, 'настоящего', 'variable.language.relative.constitution');
    });
    it('Kazakh possessive chains', function () {
      for (const [line, ref] of [
        ['Конституцияның 62-бабының 3-тармағында көзделген', 'Конституцияның 62-бабының 3-тармағында'],
        ['осы баптың 1-тармағының 4), 5) және 6) тармақшаларында көрсетілген', 'осы баптың 1-тармағының 4), 5) және 6) тармақшаларында'],
        ['Конституциясының 12, 14, 16, 17, 20, 22, 25-баптарында көзделген', 'Конституциясының 12, 14, 16, 17, 20, 22, 25-баптарында'],
        ['Конституцияның 16- бабының 1-тармағында', 'Конституцияның 16- бабының 1-тармағында'],
        ['Конституцияның 57-бабының 6)-тармақшасында', 'Конституцияның 57-бабының 6)-тармақшасында'],
      ]) assertAll(line, ref, REF);
      assertAll('Конституцияның 62-бабының 3-тармағында', '62', 'constant.numeric.reference-number.constitution');
      assertAll('Осы баптың ережелері экс-Президенттерге қолданылады', 'Осы баптың', 'meta.reference.relative.constitution');
    });
    it('«биліктің барлық тармағының» and «заң баптары» (no number) are not references', function () {
      const line = '3. Республика Президенті мемлекеттік биліктің барлық тармағының келісіп жұмыс істеуін қамтамасыз етеді.';
      assertNone(line, 'биліктің барлық тармағының', 'meta.reference');
      assertNone('конституциялық заң баптары бойынша', 'заң баптары', 'meta.reference');
      assertNone('статьи закона', 'статьи закона', 'meta.reference');
      assertNone('1-2) repeated discussion and voting on constitutional laws or articles of laws', 'articles', 'meta.reference');
    });
    it('English forms: ranges, parenthesised numbers, "this Article"', function () {
      const line = 'the rights provided for in Articles 11, 13–15, paragraph 1 of Article 16, Article 17 of the Constitution';
      assertAll(line, 'Articles 11, 13–15', REF);
      assertAll(line, '–', 'punctuation.separator.range.constitution');
      assertAll(line, 'paragraph 1 of Article 16', REF);
      assertAll('in accordance with Article 47(1) of the Constitution', 'Article 47(1) of the Constitution', REF);
      assertAll('in accordance with Article 47(1) of the Constitution', '47(1)', 'constant.numeric.reference-number.constitution');
      assertAll('under subparagraph 10-1) of Article 44', 'subparagraph 10-1) of Article 44', REF);
      assertAll('the second part of paragraph 2 of this Article', 'the second part of paragraph 2 of this Article', REF);
      assertAll('the second part of paragraph 2 of this Article', 'this', 'variable.language.relative.constitution');
      assertAll('the first part of this paragraph, which', 'the first part of this paragraph', 'meta.reference.relative.constitution');
    });
    it('references to other acts are external and not links', function () {
      for (const [line, ref] of [
        ['в соответствии со статьей 5 Закона «О выборах»', 'статьей 5'],
        ['Сайлау туралы Заңының 5-бабы', 'Заңының 5-бабы'],
        ['under Article 5 of the Law on Elections', 'Article 5'],
      ]) {
        assertAll(line, ref, 'meta.reference.external.constitution');
        assertNone(line, ref, 'markup.underline.link');
      }
    });
  });

  describe('comments and annotations', function () {
    it('a comment line is comment-scoped, also across lines, and hides references', function () {
      assertAll('<!-- проверить формулировку -->', '<!-- проверить формулировку -->', 'comment.block.constitution');
      const toks = tokenizeLines(['<!-- начало', 'пунктом 3 статьи 62 Конституции', 'конец -->', 'пунктом 3 статьи 62']);
      for (const t of toks[0].concat(toks[1], toks[2])) assert.ok(has(t, 'comment.block.constitution'), `${t.text}: ${t.scopes}`);
      assert.ok(toks[1].every((t) => !has(t, 'meta.reference')));
      assert.ok(toks[3].every((t) => has(t, 'meta.reference.constitution')));
    });
    it('prior annotations carry a keyword and numbers', function () {
      const line = '<!-- prior: 31, 38 -->';
      assertAll(line, line, 'meta.annotation.prior.constitution');
      assertAll(line, 'prior', 'keyword.other.annotation.prior.constitution');
      assertAll(line, '31', 'constant.numeric.article-number.constitution');
      assertAll(line, '38', 'constant.numeric.article-number.constitution');
      assertAll('<!-- prior: none -->', 'none', 'constant.language.none.constitution');
      assertAll('<!-- prior: 83-1 -->', '83-1', 'constant.numeric.article-number.constitution');
      assertAll('<!-- prior: see 13 -->', 'see', 'invalid.illegal.annotation.constitution');
    });
  });

  describe('robustness', function () {
    it('tokenises every file in data/priors', function () {
      for (const f of fs.readdirSync(PRIORS).filter((n) => n.endsWith('.txt'))) {
        const lines = fs.readFileSync(path.join(PRIORS, f), 'utf8').split('\n');
        const toks = tokenizeLines(lines);
        assert.ok(toks.length >= lines.length - 1, `${f}: every line tokenised`);
      }
    });
    it('has no catastrophic backtracking on adversarial lines', function () {
      const n = 3000;
      const lines = [
        'статьями ' + '1, '.repeat(n) + 'x',
        'подпунктах ' + '1), '.repeat(n) + 'и',
        '1'.repeat(n) + ' x',
        '1-'.repeat(n) + ' бап',
        '1, '.repeat(n) + 'және тармақ',
        'Articles ' + '1 and '.repeat(n) + 'of',
        'Article 1(' + '1)('.repeat(n),
        'Статья 1. А' + ' '.repeat(n) + '<!-',
        'Статья 1. ' + 'а <'.repeat(n),
        'I'.repeat(n) + ' бөлім',
        '<!-- prior: ' + '1, -'.repeat(n),
        'пункта 1 '.repeat(n),
        'Конституцияның ' + '1-бабының '.repeat(n),
        'the second part of '.repeat(n),
      ];
      for (const line of lines) {
        // catastrophic backtracking would not finish: mocha's timeout fails the test
        const toks = tokenize(line);
        assert.ok(toks.length > 0, `tokens for ${line.slice(0, 40)}…`);
      }
    });
    it('declares the scope name used in package.json', function () {
      const raw = JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
      assert.strictEqual(raw.scopeName, 'text.constitution');
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      const g = pkg.contributes.grammars.find((x: { language: string }) => x.language === 'constitution');
      assert.strictEqual(g.scopeName, raw.scopeName);
      assert.strictEqual(path.resolve(ROOT, g.path), GRAMMAR_PATH);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Snippets

interface Snippet { prefix: string | string[]; body: string | string[]; description?: string }

/** Checks the TextMate snippet syntax of a body and returns the text with every placeholder at its default. */
function expandSnippet(body: string): { text: string; tabStops: Set<number> } {
  const tabStops = new Set<number>();
  let i = 0;
  const parse = (stopAt: string | null): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (stopAt !== null && c === stopAt) return out;
      if (c === '\\') { out += body[i + 1] ?? ''; i += 2; continue; }
      if (c !== '$') { out += c; i++; continue; }
      i++;
      let m = /^\d+/.exec(body.slice(i));
      if (m) { tabStops.add(+m[0]); i += m[0].length; continue; }
      if (body[i] !== '{') throw new Error(`bad "$" at ${i} in ${body}`);
      i++;
      m = /^\d+/.exec(body.slice(i));
      if (!m) throw new Error(`variables are not used in these snippets: ${body}`);
      tabStops.add(+m[0]);
      i += m[0].length;
      if (body[i] === '}') { i++; continue; }
      if (body[i] === ':') { i++; out += parse('}'); }
      else if (body[i] === '|') {
        const end = body.indexOf('|}', i + 1);
        if (end < 0) throw new Error(`unterminated choice in ${body}`);
        const choices = body.slice(i + 1, end).split(',');
        if (choices.some((x) => x.length === 0)) throw new Error(`empty choice in ${body}`);
        out += choices[0];
        i = end;
        i++;
      } else throw new Error(`bad placeholder in ${body}`);
      if (body[i] !== '}') throw new Error(`unterminated placeholder in ${body}`);
      i++;
    }
    if (stopAt !== null) throw new Error(`unterminated placeholder in ${body}`);
    return out;
  };
  const text = parse(null);
  return { text, tabStops };
}

/** What the default expansion of each snippet must look like to the grammar. */
const SNIPPET_SCOPE: [RegExp, string][] = [
  [/^ref-/, 'meta.reference.constitution'],
  [/^prior/, 'meta.annotation.prior.constitution'],
  [/^comment$/, 'comment.block.constitution'],
  [/исключ|алып-тасталды|excluded/, 'markup.deleted.excluded.constitution'],
  [/^(раздел|бөлім|section)$/, 'markup.heading.section.constitution'],
  [/^(глава|тарау|chapter)$/, 'markup.heading.chapter.constitution'],
  [/^(статья|бап|article)/, 'markup.heading.article.constitution'],
  [/^(подпункт|тармақша|subpara)$/, 'markup.list.numbered.subparagraph.constitution'],
  [/^(пункт|тармақ|para)/, 'markup.list.numbered.paragraph.constitution'],
];

describe('snippets: constitution.code-snippets', function () {
  const raw = fs.readFileSync(SNIPPETS_PATH, 'utf8');
  let snippets: Record<string, Snippet>;

  before(async function () {
    if (!grammar) grammar = await loadGrammar();
  });

  it('parses as JSON and every snippet has a prefix, a body and a description', function () {
    snippets = JSON.parse(raw);
    const entries = Object.entries(snippets);
    assert.ok(entries.length >= 30, `only ${entries.length} snippets`);
    for (const [name, s] of entries) {
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.length > 0 && prefixes.every((p) => typeof p === 'string' && p.trim() === p && p.length > 0), `${name}: prefix`);
      const body = Array.isArray(s.body) ? s.body : [s.body];
      assert.ok(body.length > 0 && body.every((b) => typeof b === 'string') && body.join('').trim().length > 0, `${name}: body`);
      assert.ok(typeof s.description === 'string' && s.description.length > 0, `${name}: description`);
    }
  });

  it('has distinct prefixes covering ru, kk and en', function () {
    snippets = snippets ?? JSON.parse(raw);
    const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    assert.strictEqual(new Set(prefixes).size, prefixes.length, 'duplicate prefixes');
    for (const p of ['раздел', 'статья', 'статья-заголовок', 'статья-вставка', 'пункт', 'подпункт', 'ref-пункт-статьи',
      'бөлім', 'бап', 'бап-тақырып', 'бап-енгізілген', 'тармақ', 'тармақша', 'ref-тармақ',
      'section', 'article', 'article-title', 'article-inserted', 'para', 'subpara', 'ref-para-article', 'ref-para-this',
      'prior', 'prior-none', 'comment']) {
      assert.ok(prefixes.includes(p), `missing prefix ${p}`);
    }
  });

  it('every body is valid snippet syntax with tab stops, and its default text gets the intended scope', function () {
    snippets = snippets ?? JSON.parse(raw);
    for (const [name, s] of Object.entries(snippets)) {
      const body = (Array.isArray(s.body) ? s.body : [s.body]).join('\n');
      const { text, tabStops } = expandSnippet(body);
      assert.ok(tabStops.size > 0, `${name}: no tab stops`);
      const prefix = Array.isArray(s.prefix) ? s.prefix[0] : s.prefix;
      const rule = SNIPPET_SCOPE.find(([re]) => re.test(prefix));
      assert.ok(rule, `${name}: no expected scope for prefix ${prefix}`);
      const first = text.split('\n')[0];
      const toks = tokenize(first);
      // references, annotations and comments must cover the whole expansion; headings and items their first token
      // excluded units: the note; everything else: the first token
      const scope = rule![1];
      if (/^(ref-|prior|comment)/.test(prefix)) {
        for (const t of toks) assert.ok(has(t, scope), `${name}: "${t.text}" of "${first}" lacks ${scope} (${t.scopes.join(' ')})`);
      } else if (scope.startsWith('markup.deleted')) {
        assert.ok(toks.some((t) => has(t, scope)), `${name}: "${first}" has no ${scope}`);
      } else {
        assert.ok(has(toks[0], scope), `${name}: "${toks[0].text}" of "${first}" lacks ${scope} (${toks[0].scopes.join(' ')})`);
      }
    }
  });
});

describe('language configuration: word pattern (issue 16.3)', () => {
  // VS Code compiles a string wordPattern with no flags (`new RegExp(value, '')`) and an object one
  // with its own flags. Without the `u` flag `\p{L}` is not a Unicode class, so «62» and «статье» were
  // no words: typing a number after «статье » never asked the server again, and the list kept «62».
  const conf = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'language-configuration.json'), 'utf8'));
  const wp = conf.wordPattern;
  const re = typeof wp === 'string' ? new RegExp(wp, 'g') : new RegExp(wp.pattern, 'g' + (wp.flags ?? '').replace('g', ''));
  const words = (s: string) => s.match(re) ?? [];

  it('numbers, Cyrillic and Kazakh words, and «62-бап» are words as VS Code compiles the pattern', () => {
    assert.deepStrictEqual(words('пунктом 3 статьи 62'), ['пунктом', '3', 'статьи', '62']);
    assert.deepStrictEqual(words('Конституцияның 62-бабының 3-тармағында'), ['Конституцияның', '62-бабының', '3-тармағында']);
    assert.deepStrictEqual(words('Article 83-1, «гражд»'), ['Article', '83-1', 'гражд']);
  });
});
