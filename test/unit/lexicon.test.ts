// One lexicon per language (issue 14): the parser, the scanner, the labels and the client read the same
// words. Real texts: the bundled constitutions in data/priors (provenance in data/priors/SOURCES.md).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { ALL_LEXICONS, parse, scanReferences } from '../../server/src/core';
import { articleHeadingLine } from '../../server/src/core/lang/headings';
import { ADJECTIVE_ENDINGS, ORDINAL_STEMS } from '../../server/src/core/lang/ru';

const ROOT = path.join(__dirname, '..', '..');
const PRIORS = path.join(ROOT, 'data', 'priors');

describe('lexicons (core/lang)', () => {
  it('what a lexicon writes as a heading, the parser reads as that heading', () => {
    for (const lex of ALL_LEXICONS) {
      const text = [
        lex.unitHeading('section', 'II'), lex.unitHeading('chapter', '3'), lex.unitHeading('article', '12-1'), 'Текст.',
        lex.unitHeading('article', '13'), lex.excluded.article, '',
      ].join('\n');
      const doc = parse(text);
      assert.deepEqual(doc.sections.map((s) => s.number.text), ['II'], `${lex.lang}: ${text}`);
      assert.deepEqual(doc.chapters.map((c) => c.number.text), ['3'], `${lex.lang}: ${text}`);
      assert.deepEqual(doc.articles.map((a) => [a.number.text, !!a.excluded]), [['12-1', false], ['13', true]], `${lex.lang}: ${text}`);
    }
  });

  it('a citation written with a lexicon\'s unit names is found by the scanner in that language', () => {
    for (const lex of ALL_LEXICONS) {
      // «статья 5», «5-бап», "article 5": the forms the renumbering preview writes.
      const text = `${lex.unitRef('article', '5')}.`;
      const refs = scanReferences(text, lex.lang).references;
      assert.equal(refs.length, 1, `${lex.lang}: ${text}`);
      assert.equal(refs[0].targets[0].article?.kind === 'num' && refs[0].targets[0].article.num.text, '5', `${lex.lang}: ${text}`);
    }
  });

  it('articleHeadingLine (the client\'s «go to the prior article») finds every article heading of the bundled texts where the parser does', () => {
    const files = fs.readdirSync(PRIORS).filter((f) => f.endsWith('.txt'));
    assert.ok(files.length >= 5, files.join(', '));
    for (const f of files) {
      const text = fs.readFileSync(path.join(PRIORS, f), 'utf8');
      const doc = parse(text);
      assert.ok(doc.articles.length > 50, f);
      const lineOf = (offset: number) => text.slice(0, offset).split(/\r\n|\r|\n/).length - 1;
      const seen = new Set<string>();
      for (const a of doc.articles) {
        if (seen.has(a.number.text)) continue; // the first heading of a number wins
        seen.add(a.number.text);
        assert.equal(articleHeadingLine(text, a.number.text), lineOf(a.headSpan.start), `${f}: article ${a.number.text}`);
      }
      assert.equal(articleHeadingLine(text, '9999'), -1, f);
    }
  });

  it('the client has no heading patterns of its own (it asks the server, or bundles core/lang)', () => {
    const dir = path.join(ROOT, 'client', 'src');
    const words = new Set<string>();
    for (const lex of ALL_LEXICONS) {
      for (const kind of ['article', 'chapter', 'section'] as const) for (const w of lex.headings[kind].words) words.add(w);
    }
    let patterns = 0;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const sf = ts.createSourceFile(f, fs.readFileSync(path.join(dir, f), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        // Regular expressions: literals, and the arguments of new RegExp(…).
        let re: string | null = null;
        if (ts.isRegularExpressionLiteral(node)) re = node.text;
        else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp' && node.arguments?.length) re = node.arguments[0].getText(sf);
        if (re !== null) {
          patterns++;
          for (const w of words) assert.ok(!re.toLowerCase().includes(w.toLowerCase()), `${f}: ${re} spells «${w}»`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    assert.ok(patterns > 0, 'the scan saw the client\'s regular expressions');
  });
});

describe('lexicons: the Russian ordinal adjective (session 6: a first-letter and length check first; session 11: a table of the forms)', () => {
  it('answers as trying every stem does, on every word of the real texts and on made-up words', () => {
    const ordinal = ALL_LEXICONS.find((l) => l.lang === 'ru')!.scan.ordinal;
    const definition = (w: string) => {
      for (const [stem, v] of ORDINAL_STEMS) if (w.startsWith(stem) && ADJECTIVE_ENDINGS.has(w.slice(stem.length))) return v;
      return 0;
    };
    const words = new Set<string>();
    for (const f of fs.readdirSync(PRIORS).filter((x) => x.endsWith('.txt'))) {
      for (const w of fs.readFileSync(path.join(PRIORS, f), 'utf8').split(/[^\p{L}\p{N}-]+/u)) { words.add(w); words.add(w.toLowerCase()); }
    }
    const endings = [...ADJECTIVE_ENDINGS, '', 'ь', 'ы', 'ого-то', 'ейший'];
    for (const [stem] of ORDINAL_STEMS) {
      for (const e of endings) {
        for (const w of [stem + e, stem.slice(1) + e, stem.slice(0, -1) + e, 'а' + stem + e, stem.toUpperCase() + e]) words.add(w);
      }
    }
    let seed = 11;
    const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const letters = 'первтошчсдьыйоиямуюеaп';
    for (let i = 0; i < 50_000; i++) words.add(Array.from({ length: rnd(9) }, () => letters[rnd(letters.length)]).join(''));
    let found = 0;
    for (const w of words) {
      const want = definition(w);
      assert.equal(ordinal(w), want, w);
      if (want) found++;
    }
    assert.ok(found > 200, `${found} ordinals among ${words.size} words`);
  });

  it('knows every stem with every ending, and nothing with a letter more or less (the table of session 11)', () => {
    const ordinal = ALL_LEXICONS.find((l) => l.lang === 'ru')!.scan.ordinal;
    let forms = 0;
    for (const [stem, v] of ORDINAL_STEMS) {
      for (const e of ADJECTIVE_ENDINGS) {
        const w = stem + e;
        forms++;
        assert.equal(ordinal(w), v, w);
        // A word the table must not hold: the form's case changed, a letter after it, its last letter gone.
        assert.equal(ordinal(w.toUpperCase()), 0, w.toUpperCase());
        assert.equal(ordinal(w[0].toUpperCase() + w.slice(1)), 0, w);
        assert.equal(ordinal(w + 'х'), ADJECTIVE_ENDINGS.has(e + 'х') ? v : 0, w + 'х');
        assert.equal(ordinal(w.slice(0, -1)), ADJECTIVE_ENDINGS.has(e.slice(0, -1)) ? v : 0, w.slice(0, -1));
      }
    }
    assert.equal(forms, ORDINAL_STEMS.length * ADJECTIVE_ENDINGS.size);
    for (const w of ['', 'пункт', 'перв', 'ый', 'первыйй', 'третьего', 'двадцатыми', 'двадцать']) {
      const want = w === 'третьего' ? 3 : w === 'двадцатыми' ? 20 : 0;
      assert.equal(ordinal(w), want, w);
    }
  });
});
