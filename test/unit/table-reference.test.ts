// The comparative table of issue 15's fourth round (faster word diff, Markdown escaping and cells)
// against the code it replaced, kept unchanged in test/support/table-reference.ts: every row's word
// diff and the whole Markdown table must be the same, character for character, on the real pairs (the
// 2026 draft and adopted text against 1995 in ru and kk, 1995 en and kk against themselves (no 2026 text in English), the
// amendment chain: ../shared/corpus/SOURCES.md, amendments/SOURCES.md), on generated drafts against
// their revision (bench/generate.ts), and on random edits of real paragraphs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import {
  analyze, comparePrior, escapeMarkdown, readableDiff, rowsMarkdown, tableMarkdown, tableRows, tableTitle, TABLE_HEADERS,
  type Analysis, type DiffOp, type Lang, type TableRow,
} from '../../server/src/core';
import { benchPrior, generateDraft } from '../../bench/generate';
import { refEscapeMarkdown, refReadableDiff, refRowsMarkdown } from '../support/table-reference';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const cache = new Map<string, Analysis>();
function real(file: string): Analysis {
  let a = cache.get(file);
  if (!a) {
    const inPriors = path.join(ROOT, 'data/priors', file);
    a = analyze(fs.readFileSync(fs.existsSync(inPriors) ? inPriors : path.join(CORPUS, file), 'utf8'));
    cache.set(file, a);
  }
  return a;
}

const REAL: [string, string][] = [
  ['kz-2026-final-draft-ru.txt', 'kz-1995-ru.txt'],
  ['kz-2026-final-draft-kk.txt', 'kz-1995-kk.txt'],
  ['kz-2026-adopted-ru.txt', 'kz-1995-ru.txt'],
  ['kz-2026-adopted-ru.txt', 'kz-2026-final-draft-ru.txt'],
  ['kz-1995-en.txt', 'kz-1995-en.txt'],
  ['kz-1995-kk.txt', 'kz-1995-kk.txt'],
  ['amendments/kz-constitution-ru-1998-10-06.txt', 'kz-1995-ru.txt'],
  ['amendments/kz-constitution-ru-2011-02-02.txt', 'amendments/kz-constitution-ru-1998-10-06.txt'],
  ['kz-2026-final-draft-ru.txt', 'amendments/kz-constitution-ru-2011-02-02.txt'],
];

/** The table of `draft` against `prior` by the product and by the reference; returns the rows compared. */
function check(draft: Analysis, prior: Analysis, what: string): number {
  const cmp = comparePrior(draft, prior, 'kz-1995');
  let diffs = 0;
  for (const row of cmp.rows) {
    if (!row.prior.some((p) => p.exists)) continue;
    assert.deepStrictEqual(row.diff, refReadableDiff(row.priorText, row.draftText), `${what}: diff of article ${row.written}`);
    diffs++;
  }
  for (const lang of ['ru', 'kk', 'en'] as Lang[]) {
    const rows = tableRows(cmp, lang);
    assert.strictEqual(tableMarkdown(cmp, lang), refRowsMarkdown(tableTitle(cmp, lang), TABLE_HEADERS[lang], rows), `${what}: Markdown (${lang})`);
  }
  return diffs;
}

describe('comparative table = the reference (issue 15, fourth round)', function () {
  this.timeout(600_000);

  it('on the real pairs', () => {
    for (const [d, p] of REAL) {
      const n = check(real(d), real(p), `${d} ← ${p}`);
      assert.ok(n > 0, `${d} ← ${p}: no row has a predecessor`);
    }
  });

  it('on generated drafts against their revision', () => {
    for (const vocabulary of ['growing', 'fixed'] as const) {
      const draft = analyze(generateDraft({ articles: 300, seed: 1, vocabulary }).text);
      const prior = analyze(benchPrior(300, vocabulary).text);
      // The fixed vocabulary's prior is an unrelated text (bench/generate.ts): few rows have a predecessor.
      assert.ok(check(draft, prior, `generated (${vocabulary})`) > (vocabulary === 'growing' ? 200 : 0));
    }
  });

  // Session 11 (the escaping scan, the diff's runs as ranges): drafts of other seeds against a
  // revision of themselves (30 % of sentences reworded, 5 % of articles dropped, as the bench's prior).
  it('on generated drafts of other seeds against their revision', () => {
    for (const seed of [2, 3, 4, 5]) {
      const draft = analyze(generateDraft({ articles: 150, seed }).text);
      const prior = analyze(generateDraft({ articles: 150, seed, perturb: 0.3, drop: 0.05 }).text);
      assert.ok(check(draft, prior, `generated (seed ${seed})`) > 100);
    }
  });

  it('word diff and escaping on random edits of real paragraphs', () => {
    const paras = ['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt'].flatMap((f) =>
      real(f).doc.articles.map((a) => real(f).text.slice(a.span.start, a.span.end)));
    const bits = ['', ' ', '\n', '  ', 'и', 'Статья', '1.', '2)', '-', '*', '#', '|', 'ё', 'x\u0301', '\u00a0', '—', '<b>', '12', 'закон',
      '\u0301', '\u0483', '\u0482', '😀', '\ud800', '\udc00', '𝟙', '٣', 'ǅ', '\u2028', '\u3000', '\t', '\r\n', 'ı', 'İ', 'ß', 'Ꙗ'];
    const edit = fc.tuple(fc.nat(2000), fc.nat(40), fc.constantFrom(...bits));
    fc.assert(
      fc.property(fc.nat(paras.length - 1), fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (i, ea, eb) => {
        const apply = (s: string, es: [number, number, string][]) =>
          es.reduce((t, [at, len, ins]) => { const k = at % (t.length + 1); return t.slice(0, k) + ins + t.slice(k + len); }, s);
        const a = apply(paras[i], ea), b = apply(paras[i], eb);
        assert.deepStrictEqual(readableDiff(a, b), refReadableDiff(a, b));
        assert.strictEqual(escapeMarkdown(a), refEscapeMarkdown(a));
      }),
      { numRuns: 400, seed: 15 },
    );
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...bits) }), (s) => assert.strictEqual(escapeMarkdown(s), refEscapeMarkdown(s))), { numRuns: 2000, seed: 15 });
    // Any code units (lone surrogates too): the token scanner against the regular expression.
    const any = fc.string({ unit: fc.oneof(fc.constantFrom(...bits), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))), maxLength: 40 });
    fc.assert(fc.property(any, any, (a, b) => assert.deepStrictEqual(readableDiff(a, b), refReadableDiff(a, b))), { numRuns: 3000, seed: 15 });
  });

  // Session 7: the table's text cells are written without diffMarkdown's arrays and regular expressions
  // (features/table.ts cellMarkdown, wrapLine). Rows of random ops of any kind (the writer must not
  // assume the table's own shapes: a change op in the other column, touching changes, whitespace-only
  // and multi-line ops, every \s character at the edges of a change).
  it('Markdown of random rows', () => {
    const bits = ['', ' ', '\n', '\n\n', '  ', 'и', 'слово', '1.', '2)', '-', '*', '#', '|', '~', '\u00a0', '\u2028', '\u3000', '\t', '\r',
      '\r\n', '\v', '\f', '\ufeff', '\u1680', '\u200b', '\u0085', '😀', '\ud800', '<b>', '`', '\\', 'x\u0301'];
    const text = fc.array(fc.constantFrom(...bits), { maxLength: 8 }).map((xs) => xs.join(''));
    const op = fc.record({ op: fc.constantFrom<DiffOp['op']>('equal', 'insert', 'delete'), text });
    const row = fc.record({ current: fc.array(op, { maxLength: 6 }), proposed: fc.array(op, { maxLength: 6 }), unit: fc.array(text, { maxLength: 2 }), justification: text })
      .map((r): TableRow => ({ kind: 'article', prior: [], status: 'changed', score: 0, note: '', ...r }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), text, (rows, title) =>
        assert.strictEqual(rowsMarkdown(title, TABLE_HEADERS.ru, rows), refRowsMarkdown(title, TABLE_HEADERS.ru, rows))),
      { numRuns: 3000, seed: 7 },
    );
  });

  // Session 7: wordDiff tokenises only what lies between the texts' common prefix and suffix, cut at a
  // sure token boundary. Pairs that share a long prefix and suffix and differ in a short middle, the
  // middle and the shared parts' edges made of the units that decide a boundary (letters, combining
  // marks after letters or after punctuation, runs of whitespace, surrogate halves, digits).
  it('word diff of texts that differ only in the middle (the prefix and suffix cut)', () => {
    const paras = ['kz-1995-ru.txt', 'kz-2026-final-draft-ru.txt', 'kz-1995-kk.txt'].flatMap((f) =>
      real(f).doc.articles.map((a) => real(f).text.slice(a.span.start, a.span.end)));
    const edge = ['', 'а', 'б', 'x', '1', ' ', '  ', '\n', '.', ',', '\u0301', '\u0483', '\ud83d', '\ude00', '😀', '-', '\u00a0', 'ё', 'е\u0308'];
    const bit = fc.constantFrom(...edge);
    const piece = fc.array(bit, { maxLength: 4 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.nat(paras.length - 1), fc.nat(4000), fc.nat(4000), piece, piece, piece, piece, (i, s0, len, ea, eb, pa, pb) => {
        const t = paras[i];
        const at = s0 % (t.length + 1);
        const end = Math.min(t.length, at + (len % 60));
        // The shared prefix ends with `pa`, the shared suffix starts with `pb`; the middles differ.
        const pre = t.slice(0, at) + pa, suf = pb + t.slice(end);
        const a = pre + ea + t.slice(at, end) + suf, b = pre + eb + suf;
        assert.deepStrictEqual(readableDiff(a, b), refReadableDiff(a, b));
        assert.deepStrictEqual(readableDiff(b, a), refReadableDiff(b, a));
      }),
      { numRuns: 3000, seed: 7 },
    );
    // Real pairs, whole paragraphs: every article of the 2026 draft against every 1995 article with the same number.
    const d = real('kz-2026-final-draft-ru.txt'), p = real('kz-1995-ru.txt');
    const byNo = new Map(p.doc.articles.map((x) => [x.number, p.text.slice(x.span.start, x.span.end)]));
    for (const x of d.doc.articles) {
      const a = byNo.get(x.number);
      if (a === undefined) continue;
      const b = d.text.slice(x.span.start, x.span.end);
      assert.deepStrictEqual(readableDiff(a, b), refReadableDiff(a, b), `article ${x.number}`);
    }
  });
});
