// The matcher's bounded candidate generation (issue 15: server/src/core/prior/match.ts boundedSims)
// against the exhaustive one it replaces (every prior paragraph sharing a feature that is not capped),
// on the real texts: the 1995 Constitution and the 2026 draft and adopted text in ru/kk/en, and the
// consolidated texts of the amendment chain (../shared/corpus/amendments/SOURCES.md). Every paragraph
// similarity above the threshold, every article pair's score, every row and the dropped list must be
// the same, bit for bit; and the bounded generation must actually read fewer posting entries.
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, articleTexts, Matcher, type ArticleText, type MatchResult } from '../../server/src/core';
import { benchPrior, generateDraft } from '../../bench/generate';
import { arbPoolDraft, arts } from '../support/match-texts';

/** The same call with the exhaustive and the bounded candidate generation. */
function both(draft: ArticleText[], prior: ArticleText[]): { all: MatchResult; bounded: MatchResult; readsAll: number; readsBounded: number } {
  const ex = new Matcher({ exhaustive: true });
  const bd = new Matcher();
  const all = ex.match(draft, prior, { explain: true });
  const bounded = bd.match(draft, prior, { explain: true });
  return { all, bounded, readsAll: ex.stats.postingReads, readsBounded: bd.stats.postingReads };
}

function same(r: ReturnType<typeof both>, what: string): void {
  assert.ok(r.all.sims!.length > 0, what);
  assert.deepStrictEqual(r.bounded.sims, r.all.sims, `${what}: paragraph similarities`);
  assert.deepStrictEqual(r.bounded.pairs, r.all.pairs, `${what}: article pairs`);
  assert.deepStrictEqual(r.bounded.rows, r.all.rows, `${what}: rows`);
  assert.deepStrictEqual(r.bounded.dropped, r.all.dropped, `${what}: dropped`);
}

const REAL: [string, string][] = [
  ['kz-2026-final-draft-ru.txt', 'kz-1995-ru.txt'],
  ['kz-2026-final-draft-kk.txt', 'kz-1995-kk.txt'],
  ['kz-2026-adopted-ru.txt', 'kz-1995-ru.txt'],
  ['kz-2026-adopted-ru.txt', 'kz-2026-final-draft-ru.txt'],
  ['kz-1995-ru.txt', 'kz-1995-ru.txt'],
  ['kz-1995-kk.txt', 'kz-1995-kk.txt'],
  ['kz-1995-en.txt', 'kz-1995-en.txt'],
  ['kz-1995-en.txt', 'kz-1995-ru.txt'],
  ['amendments/kz-constitution-ru-1998-10-06.txt', 'kz-1995-ru.txt'],
  ['amendments/kz-constitution-ru-2011-02-02.txt', 'amendments/kz-constitution-ru-1998-10-06.txt'],
  ['kz-2026-final-draft-ru.txt', 'amendments/kz-constitution-ru-2011-02-02.txt'],
];

describe('prior/match: bounded candidate generation = exhaustive (issue 15)', function () {
  this.timeout(120_000);

  for (const [d, p] of REAL) {
    it(`${d} against ${p}: the same similarities, pairs, rows and dropped list`, () => {
      const draft = arts(d), prior = arts(p);
      assert.ok(draft.length > 80 && prior.length > 80, `${draft.length} / ${prior.length} articles`);
      const r = both(draft, prior);
      same(r, `${d} ← ${p}`);
      assert.ok(r.readsBounded < r.readsAll, `posting entries read: bounded ${r.readsBounded}, exhaustive ${r.readsAll}`);
    });
  }

  it('on drafts made of real paragraphs with random words replaced, and on parts of real texts', () => {
    fc.assert(
      fc.property(arbPoolDraft(['kz-1995-ru.txt', 'kz-2026-final-draft-ru.txt', 'kz-1995-kk.txt']), ({ draft, prior }) => {
        same(both(draft, prior), 'random draft');
        same(both(prior, draft), 'random prior');
      }),
      { numRuns: 60, seed: 15 },
    );
  });

  for (const vocabulary of ['fixed', 'growing'] as const) {
    it(`on a generated draft (${vocabulary} vocabulary) and the bench's prior for it: the same results`, () => {
      const draft = articleTexts(analyze(generateDraft({ articles: 300, seed: 1, vocabulary }).text));
      const prior = articleTexts(analyze(benchPrior(300, vocabulary).text));
      same(both(draft, prior), `generated, ${vocabulary} vocabulary`);
    });
  }
});
