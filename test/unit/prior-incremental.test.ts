// Issue 17.4: the comparison with the prior reuses the work of the previous versions (core/prior/match.ts
// Matcher: features, vectors, similarities, and per article its pairs, candidates and decision;
// core/prior/articles.ts: the article texts) and must give exactly what a fresh comparison gives.
// Property test: random edits typed into the real 2026 draft, compared with the 1995 Constitution after
// each edit, by the matcher that saw every earlier version (on the incrementally updated analysis) and
// by a new one (on a fresh analysis of the same text: no article object, hence no cached text, shared).

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { type Analysis, analyze, analyzeIncremental, articleTexts, comparePrior, type Comparison, Matcher } from '../../server/src/core';
import { seen } from '../support/canon';

const ROOT = path.resolve(__dirname, '..', '..');
const DRAFT = fs.readFileSync(path.join(ROOT, 'examples', 'draft-2026-ru.const.txt'), 'utf8');
const PRIOR = analyze(fs.readFileSync(path.join(ROOT, 'data', 'priors', 'kz-1995-ru.txt'), 'utf8'));
const PRIOR_TEXTS = articleTexts(PRIOR);

// Typing: letters (new words, new stems), spaces, punctuation, digits, line breaks, a pin, words of the
// prior; pasting a paragraph of the prior or of the draft; deleting up to a few lines. Pasted and deleted
// words change the document frequency of features other articles hold, which is what the reuse must notice.
const PRIOR_LINES = PRIOR.text.split('\n').filter((l) => l.trim().length > 40);
const DRAFT_LINES = DRAFT.split('\n').filter((l) => l.trim().length > 40);
const piece = fc.oneof(
  fc.constantFrom(...PRIOR_LINES).map((l) => ' ' + l),
  fc.constantFrom(...DRAFT_LINES).map((l) => '\n' + l),
  fc.constantFrom('а', 'о', 'к', 'р', 'т', ' ', ',', '.', '5', '\n', 'ж', 'Республика ', 'Парламент ', 'гражданин ', 'судьи ', '<!-- prior: 13 -->'),
  fc.array(fc.constantFrom('а', 'б', 'в', 'з', 'к', 'л', 'м', 'н', 'о', 'с', 'т', ' '), { maxLength: 12 }).map((a) => a.join('')),
);
// (The offset as a fraction: fc.double favours 0 and other extremes, which put most edits before the
// first article.)
const at = fc.integer({ min: 0, max: 9_999 }).map((x) => x / 10_000);
const edit = fc.record({ at, del: fc.oneof(fc.nat(6), fc.nat(400)), text: piece });

// A few words of the prior typed somewhere: an article that did not hold one of their stems or stem
// pairs changes its document frequency, which is what the deferred idf update (deferIdf) leaves behind.
const PRIOR_PHRASES = PRIOR_LINES.flatMap((l) => {
  const w = l.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i + 4 <= w.length; i += 4) out.push(w.slice(i, i + 4).join(' ') + ' ');
  return out;
});
const wordEdit = fc.record({ at, del: fc.constant(0), text: fc.constantFrom(...PRIOR_PHRASES) });

describe('prior comparison reuses earlier versions (issue 17.4)', function () {
  this.timeout(20 * 60_000);

  it('after random edits to the real 2026 draft, the reused comparison equals a fresh one', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const matcher = new Matcher();
        let an: Analysis = analyze(DRAFT);
        assert.deepEqual(seen(comparePrior(an, PRIOR, 'kz-1995', matcher)), seen(comparePrior(an, PRIOR, 'kz-1995')));
        for (const e of edits) {
          const start = Math.floor(e.at * an.text.length);
          const end = Math.min(an.text.length, start + e.del);
          an = analyzeIncremental(an, { start, end, text: e.text });
          const anew = analyze(an.text);
          const reused = seen(comparePrior(an, PRIOR, 'kz-1995', matcher));
          const fresh = seen(comparePrior(anew, PRIOR, 'kz-1995'));
          assert.deepEqual(reused, fresh);
          // Every number, not only the rounded scores shown: the raw score of every article pair, pair by
          // pair, and every decision (here without the pins: the pinned articles are decided again).
          const r = matcher.match(articleTexts(an), PRIOR_TEXTS, { explain: true });
          const f = new Matcher().match(articleTexts(anew), PRIOR_TEXTS, { explain: true });
          assert.deepEqual(r.pairs, f.pairs);
          assert.deepEqual(r.rows, f.rows);
          assert.deepEqual(r.dropped, f.dropped);
          checked++;
        }
      }),
      { numRuns: 12, seed: 1704 },
    );
    assert.ok(checked >= 12);
  });

  // The hover's comparison (deferIdf): the idf of a feature other articles hold is left as it was while
  // typing, so that a keystroke does not recompute every vector holding it. A comparison that left
  // nothing behind (matcher.stale false), and the next one asked for without the option (the table's,
  // or the server's refresh), must still be exactly a fresh one, whatever was deferred before.
  it('with the idf update deferred, the next full comparison (and every one that left nothing behind) equals a fresh one', () => {
    let exact = 0;
    let stale = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(edit, wordEdit), fc.nat(3).map((x) => x === 0)), { minLength: 2, maxLength: 6 }), (edits) => {
        const matcher = new Matcher();
        let an: Analysis = analyze(DRAFT);
        comparePrior(an, PRIOR, 'kz-1995', matcher, { deferIdf: true });
        for (const [e, full] of edits) {
          const start = Math.floor(e.at * an.text.length);
          const end = Math.min(an.text.length, start + e.del);
          an = analyzeIncremental(an, { start, end, text: e.text });
          const deferred = seen(comparePrior(an, PRIOR, 'kz-1995', matcher, { deferIdf: true }));
          if (!full && matcher.stale) { stale++; continue; }
          const fresh = seen(comparePrior(analyze(an.text), PRIOR, 'kz-1995'));
          if (!matcher.stale) assert.deepEqual(deferred, fresh);
          assert.deepEqual(seen(comparePrior(an, PRIOR, 'kz-1995', matcher)), fresh);
          assert.equal(matcher.stale, false);
          exact++;
        }
      }),
      { numRuns: 12, seed: 1705 },
    );
    // Both kinds occurred: comparisons left behind, and full ones after them.
    assert.ok(exact >= 6 && stale >= 6, `exact ${exact}, stale ${stale}`);
    console.log(`      (${exact} full comparisons checked, ${stale} left behind)`);
  });

  // The server's full comparison after a pause runs in slices (MatchOptions.budget: the per-article step
  // stops after a few articles, the event loop is free between two), and the next edit may interrupt it
  // (a quick comparison of the new text drops the unfinished one). Whatever slices ran, the comparison
  // finished in slices, and every later one, is exactly a fresh one.
  it('a full comparison made in slices, interrupted by edits, is a fresh one', () => {
    let exact = 0;
    let sliced = 0;
    let interrupted = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(edit, wordEdit), fc.nat(2)), { minLength: 2, maxLength: 6 }), (edits) => {
        const matcher = new Matcher();
        let an: Analysis = analyze(DRAFT);
        comparePrior(an, PRIOR, 'kz-1995', matcher, { deferIdf: true });
        for (const [e, mode] of edits) {
          const start = Math.floor(e.at * an.text.length);
          const end = Math.min(an.text.length, start + e.del);
          an = analyzeIncremental(an, { start, end, text: e.text });
          const quick = comparePrior(an, PRIOR, 'kz-1995', matcher, { deferIdf: true });
          // A quick comparison that left nothing behind (after a dropped slice too) is a fresh one.
          const fresh = matcher.stale ? null : seen(comparePrior(analyze(an.text), PRIOR, 'kz-1995'));
          if (fresh) { assert.deepEqual(seen(quick), fresh); exact++; }
          if (mode === 0) continue;
          // mode 1: one slice, then the next edit; mode 2: slices to the end.
          let slices = 0;
          let full: Comparison | null = null;
          do {
            full = comparePrior(an, PRIOR, 'kz-1995', matcher, { budget: 7 });
            slices++;
          } while (mode === 2 && !full);
          if (mode === 1 && !full) { interrupted++; continue; }
          if (slices > 1) sliced++;
          assert.deepEqual(seen(full!), fresh ?? seen(comparePrior(analyze(an.text), PRIOR, 'kz-1995')));
          exact++;
        }
      }),
      { numRuns: 12, seed: 1717 },
    );
    assert.ok(exact >= 4 && sliced >= 2 && interrupted >= 2, `exact ${exact}, sliced ${sliced}, interrupted ${interrupted}`);
    console.log(`      (${exact} checked, ${sliced} made in several slices, ${interrupted} interrupted)`);
  });

  it('a matcher that saw other documents in between still answers as a fresh one', () => {
    const matcher = new Matcher();
    const kk = analyze(fs.readFileSync(path.join(ROOT, 'examples', 'draft-2026-kk.const.txt'), 'utf8'));
    const ru = analyze(DRAFT);
    const edited = analyze(DRAFT.replace('Статья 10', 'Статья 10\nНовые слова о суверенитете и гражданстве.'));
    for (const an of [ru, kk, edited, ru]) {
      assert.deepEqual(seen(comparePrior(an, PRIOR, 'kz-1995', matcher)), seen(comparePrior(an, PRIOR, 'kz-1995')));
    }
  });
});
