// The core's front door (server/src/core/index.ts): the language service owns the documents and their
// analyses, answers synchronously for the current text, merges external problem lists, and what it
// returns does not change when the next edit is analysed (the incremental update moves the previous
// model in place). On the 1995 Constitution (ru).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  analyze, createLanguageService, diagnostics, incrementalStats, problem, type Analysis, type SymbolOptions,
} from '../../server/src/core';
import { generateDraft } from '../../bench/generate';

const TEXT = fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'priors', 'kz-1995-ru.txt'), 'utf8');
const URI = 'file:///c.constitution';

/** The offset of the article number in the n-th «статьи N » of the text. */
function citation(text: string, n: number): { start: number; end: number; number: string } {
  const re = /статьи (\d+) /g;
  let m: RegExpExecArray | null = null;
  for (let i = 0; i <= n; i++) m = re.exec(text);
  assert.ok(m, `citation ${n} not found`);
  const start = m.index + 'статьи '.length;
  return { start, end: start + m[1].length, number: m[1] };
}

/** An offset inside the body of the first article (after its heading line). */
function firstArticleBody(text: string): number {
  const h = text.indexOf('Статья 1');
  return text.indexOf('\n', h) + 3;
}

describe('language service (the core\'s front door)', () => {
  it('is frozen', () => {
    const svc = createLanguageService();
    assert.ok(Object.isFrozen(svc));
    assert.throws(() => {
      (svc as any).open = () => {};
    });
  });

  it('after edits, answers exactly as a fresh analysis of the new text, through the incremental update', () => {
    const svc = createLanguageService();
    svc.open(URI, TEXT);
    assert.deepEqual(svc.diagnostics(URI, { lang: 'ru' }), diagnostics(analyze(TEXT), { lang: 'ru' }));
    // A citation of an article that does not exist, typed in two edits.
    const c = citation(TEXT, 1);
    const fast = incrementalStats.fast;
    svc.change(URI, [{ start: c.start, end: c.end, text: '9' }, { start: c.start + 1, end: c.start + 1, text: '99' }]);
    const text = TEXT.slice(0, c.start) + '999' + TEXT.slice(c.end);
    assert.equal(svc.text(URI), text);
    const got = svc.diagnostics(URI, { lang: 'ru' });
    assert.equal(incrementalStats.fast - fast, 2, 'both edits took the fast path');
    assert.deepEqual(got, diagnostics(analyze(text), { lang: 'ru' }));
    const unresolved = got.filter((d) => d.code === 'reference-unresolved-article');
    assert.deepEqual(unresolved.map((d) => text.slice(d.span.start, d.span.end)), ['999']);
  });

  it('what a query returned is unchanged after the next edit is analysed', () => {
    const svc = createLanguageService();
    svc.open(URI, TEXT);
    const c = citation(TEXT, 5);
    const defs = svc.definition(URI, c.start);
    const symbols = svc.documentSymbols(URI);
    const lines = svc.lines(URI)!;
    assert.equal(defs.length, 1);
    const held = JSON.stringify({ defs, symbols, pos: lines.positionAt(c.start) });
    // Three characters typed in article 1: every unit after them moves (in place, in the consumed analysis).
    const fast = incrementalStats.fast;
    const at = firstArticleBody(TEXT);
    svc.change(URI, [{ start: at, end: at, text: 'abc' }]);
    const moved = svc.definition(URI, c.start + 3);
    assert.equal(incrementalStats.fast - fast, 1, 'the fast path was taken');
    assert.equal(moved[0].span.start, defs[0].span.start + 3);
    assert.equal(JSON.stringify({ defs, symbols, pos: lines.positionAt(c.start) }), held);
  });

  it('the outline after edits is that of a fresh analysis of the new text (kept article symbols moved, not rebuilt)', () => {
    const svc = createLanguageService();
    svc.open(URI, TEXT);
    let text = TEXT;
    const first = svc.documentSymbols(URI);
    assert.equal(svc.documentSymbols(URI), first, 'an unchanged analysis: the same answer');
    const held = JSON.stringify(first);
    // Edits in the bodies of articles spread over the text: typed, deleted, typed again; each is checked.
    const arts = analyze(TEXT).doc.articles;
    const fast = incrementalStats.fast;
    let k = 0;
    for (const i of [0, 40, 5, arts.length - 1, 40, 70, 1, arts.length >> 1]) {
      const h = text.indexOf('\n', analyze(text).doc.articles[i].span.start) + 6;
      const change = k++ % 3 === 2 ? { start: h, end: h + 1, text: '' } : { start: h, end: h, text: k % 2 ? 'жж' : 'x' };
      text = text.slice(0, change.start) + change.text + text.slice(change.end);
      svc.change(URI, [change]);
      // The reference: a new service that opens the new text (a full analysis).
      const fresh = createLanguageService();
      fresh.open(URI, text);
      assert.deepEqual(svc.documentSymbols(URI), fresh.documentSymbols(URI), `after edit ${k} (article ${arts[i].number.text})`);
      assert.deepEqual(svc.documentSymbols(URI, { paragraphs: false }), fresh.documentSymbols(URI, { paragraphs: false }));
    }
    assert.ok(incrementalStats.fast - fast >= 6, 'the edits took the incremental path');
    assert.equal(JSON.stringify(first), held, 'an earlier answer is unchanged');
  });

  // Session 6 (issue 15): an article's record keeps its paragraph count, and whether paragraphs are
  // listed is decided from the counts summed while building (built again when the count crosses the
  // limit). Random edits in a generated draft — typed, deleted, new paragraphs and articles — with limits
  // around the draft's own count, so that the choice flips from edit to edit.
  it('the outline after random edits of a generated draft, around the paragraph limit, is that of a fresh analysis', () => {
    // Paragraphs and subparagraphs of a text (what SymbolOptions.maxSubunits is compared with).
    const subunitCount = (an: Analysis) => an.doc.articles.reduce((n, a) => n + a.paragraphs.length + a.subparagraphs.length
      + a.paragraphs.reduce((m, p) => m + p.subparagraphs.length, 0), 0);
    let text = generateDraft({ articles: 60, seed: 7 }).text;
    const svc = createLanguageService();
    svc.open(URI, text);
    const base = subunitCount(analyze(text));
    const fast = incrementalStats.fast;
    let seed = 11;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const inserts = ['ж', 'Статья', '\n\n2. Новый пункт.\n', '\n\nСтатья 9-1. Новая\n\nТекст.\n', '\n1) подпункт;'];
    for (let k = 0; k < 60; k++) {
      const at = rnd(text.length);
      const change = rnd(3) === 0 ? { start: at, end: Math.min(text.length, at + 1 + rnd(40)), text: '' } : { start: at, end: at, text: inserts[rnd(inserts.length)] };
      text = text.slice(0, change.start) + change.text + text.slice(change.end);
      svc.change(URI, [change]);
      // The reference: a new analysis of the new text for each query (new articles: built from scratch,
      // the count taken first, as before session 6), never asked before in this order.
      const expected = (opts: SymbolOptions) => {
        const fresh = createLanguageService();
        fresh.open(URI, text);
        return fresh.documentSymbols(URI, opts);
      };
      // The limit at the count, one under it, and back: the choice flips from the last one made.
      const n = subunitCount(analyze(text));
      for (const maxSubunits of [undefined, n - 1, n, n - 1, undefined, base]) {
        assert.deepEqual(svc.documentSymbols(URI, { maxSubunits }), expected({ maxSubunits }), `edit ${k}, limit ${maxSubunits}`);
      }
      assert.deepEqual(svc.documentSymbols(URI, { lang: 'kk', maxSubunits: n }), expected({ lang: 'kk', maxSubunits: n }), `edit ${k}, kk`);
    }
    assert.ok(incrementalStats.fast - fast >= 20, 'most edits took the incremental path');
  });

  it('merges an external problem list in position order, for the revision it was given at only', () => {
    const svc = createLanguageService();
    svc.open(URI, TEXT);
    const c = citation(TEXT, 2);
    const own = svc.problems(URI).length;
    svc.setProblems(URI, 'prior', [problem('prior-article-missing', { start: c.start, end: c.end }, { prior: '1995', number: c.number })]);
    const merged = svc.problems(URI);
    assert.equal(merged.length, own + 1);
    assert.ok(merged.every((p, i) => i === 0 || merged[i - 1].span.start <= p.span.start), 'sorted by position');
    const d = svc.diagnostics(URI, { lang: 'en' }).find((x) => x.code === 'prior-article-missing');
    assert.deepEqual(d?.span, { start: c.start, end: c.end });
    // The list was for the text before this edit: it is dropped until the feature supplies a new one.
    svc.change(URI, [{ start: 0, end: 0, text: ' ' }]);
    assert.equal(svc.problems(URI).filter((p) => p.code === 'prior-article-missing').length, 0);
    svc.setProblems(URI, 'prior', [problem('prior-article-missing', { start: c.start + 1, end: c.end + 1 }, { prior: '1995', number: c.number })]);
    assert.equal(svc.problems(URI).filter((p) => p.code === 'prior-article-missing').length, 1);
    // The analysis itself never carries them.
    assert.equal(svc.read(URI, (an) => an.diagnostics.some((p) => p.code === 'prior-article-missing')), false);
  });

  it('external lists at the same place come in the same order whichever source reported first (a fresh copy equals the edited document)', () => {
    // Found by the campaign through the server with language versions open (session 22): a bill's
    // problem and a parallel one at the same offset came in the order the sources first reported.
    const c = citation(TEXT, 2);
    const at = { start: c.start, end: c.end };
    const lists = (order: string[]) => {
      const svc = createLanguageService();
      svc.open(URI, TEXT);
      svc.problems(URI);
      for (const source of order) {
        svc.setProblems(URI, source, [source === 'parallel'
          ? problem('parallel-unit-missing', at, { side: 'x', other: 'kk', target: 'y' })
          : problem('bill-instruction-unreadable', at, { item: '1' })]);
      }
      return svc.problems(URI).map((p) => p.code);
    };
    const a = lists(['parallel', 'bill']);
    assert.deepEqual(a, lists(['bill', 'parallel']));
    assert.ok(a.includes('parallel-unit-missing') && a.includes('bill-instruction-unreadable'));
  });

  it('hands an analysis to synchronous readers and listeners only', () => {
    const seen: [string, boolean][] = [];
    const svc = createLanguageService();
    svc.onDidAnalyse((uri, an) => seen.push([uri, !!an]));
    svc.open(URI, TEXT);
    assert.deepEqual(seen, [], 'analysed on the first query, not on open');
    assert.equal(svc.read(URI, (an: Analysis) => an.doc.articles.length), analyze(TEXT).doc.articles.length);
    assert.throws(() => svc.read(URI, async (an: Analysis) => an.lang), /synchronous/);
    svc.change(URI, [{ text: 'Статья 1\n1. Текст.\n' }]);
    assert.equal(svc.language(URI), 'ru');
    svc.close(URI);
    assert.deepEqual(seen, [[URI, true], [URI, true], [URI, false]]);
    assert.equal(svc.read(URI, () => 1), null);
    assert.deepEqual(svc.diagnostics(URI), []);
  });
});
