// The matcher's data layout (issue 15, session 6: typed scratch arrays, flat per-paragraph data) against
// the matcher as it was before (test/support/match-reference.ts, kept unchanged): on the real texts (the
// 1995 Constitution, the 2026 draft and adopted text in ru/kk/en, the amendment chain), on random drafts
// made of real paragraphs, on generated drafts of both vocabularies and on a sequence of edits through one
// kept Matcher, every paragraph similarity, every article pair's raw score and score, every row and the
// dropped list must be the same, bit for bit, in both candidate generations (bounded and exhaustive).
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, articleTexts, Matcher, type ArticleText, type MatchResult } from '../../server/src/core';
import { Matcher as RefMatcher } from '../support/match-reference';
import { benchPrior, generateDraft } from '../../bench/generate';
import { arbPoolDraft, arts } from '../support/match-texts';

function same(got: MatchResult, want: MatchResult, what: string): void {
  assert.ok(want.sims!.length > 0, what);
  assert.deepStrictEqual(got.sims, want.sims, `${what}: paragraph similarities`);
  assert.deepStrictEqual(got.pairs, want.pairs, `${what}: article pairs`);
  assert.deepStrictEqual(got.rows, want.rows, `${what}: rows`);
  assert.deepStrictEqual(got.dropped, want.dropped, `${what}: dropped`);
}

/** A fresh matcher of each kind, both candidate generations. */
function compare(draft: ArticleText[], prior: ArticleText[], what: string, opts: { pins?: Map<string, string[]> } = {}): void {
  for (const exhaustive of [false, true]) {
    const got = new Matcher({ exhaustive }).match(draft, prior, { ...opts, explain: true });
    const want = new RefMatcher({ exhaustive }).match(draft, prior, { ...opts, explain: true });
    same(got, want, `${what}${exhaustive ? ' (exhaustive)' : ''}`);
  }
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
  ['kz-1995-ru.txt', 'kz-2026-final-draft-ru.txt'],
  ['amendments/kz-constitution-ru-1998-10-06.txt', 'kz-1995-ru.txt'],
  ['amendments/kz-constitution-ru-2011-02-02.txt', 'amendments/kz-constitution-ru-1998-10-06.txt'],
  ['kz-2026-final-draft-ru.txt', 'amendments/kz-constitution-ru-2011-02-02.txt'],
];

describe('prior/match: the matcher = the matcher before its data layout changed (issue 15, session 6)', function () {
  this.timeout(300_000);

  for (const [d, p] of REAL) {
    it(`${d} against ${p}`, () => {
      const draft = arts(d), prior = arts(p);
      assert.ok(draft.length > 80 && prior.length > 80, `${draft.length} / ${prior.length} articles`);
      compare(draft, prior, `${d} ← ${p}`);
    });
  }

  it('with pins', () => {
    const draft = arts('kz-2026-final-draft-ru.txt'), prior = arts('kz-1995-ru.txt');
    const pins = new Map<string, string[]>([[draft[3].number, [prior[10].number, prior[11].number]], [draft[5].number, []]]);
    compare(draft, prior, 'pins', { pins });
  });

  it('on drafts made of real paragraphs with random words replaced, and on parts of real texts', () => {
    fc.assert(
      fc.property(arbPoolDraft(['kz-1995-ru.txt', 'kz-2026-final-draft-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt']), ({ draft, prior }) => {
        compare(draft, prior, 'random draft');
        compare(prior, draft, 'random prior');
      }),
      { numRuns: 60, seed: 615 },
    );
  });

  for (const vocabulary of ['fixed', 'growing'] as const) {
    it(`on a generated draft (${vocabulary} vocabulary) and the bench's prior for it`, () => {
      const draft = articleTexts(analyze(generateDraft({ articles: 400, seed: 3, vocabulary }).text));
      const prior = articleTexts(analyze(benchPrior(400, vocabulary).text));
      compare(draft, prior, `generated, ${vocabulary} vocabulary`);
    });
  }

  it('through one kept matcher of each kind over a sequence of edits (reuse, deferred idf, budgets)', () => {
    const base = arts('kz-2026-final-draft-ru.txt');
    const prior = arts('kz-1995-ru.txt');
    const pool = arts('kz-1995-kk.txt').flatMap((a) => a.paragraphs).concat(prior.flatMap((a) => a.paragraphs));
    const got = new Matcher();
    const want = new RefMatcher();
    let draft = base.slice();
    let rnd = 61;
    const next = (n: number) => { rnd = (Math.imul(rnd, 1103515245) + 12345) >>> 0; return rnd % n; };
    for (let step = 0; step < 24; step++) {
      const d = next(draft.length);
      const a = draft[d];
      const paragraphs = a.paragraphs.slice();
      const k = next(paragraphs.length + 1);
      if (step % 3 === 0 && paragraphs.length) paragraphs[k % paragraphs.length] += ' ' + pool[next(pool.length)].split(' ').slice(0, 3).join(' ');
      else if (step % 3 === 1) paragraphs.splice(k, 0, pool[next(pool.length)]);
      else if (paragraphs.length > 1) paragraphs.splice(k % paragraphs.length, 1);
      draft = draft.slice();
      draft[d] = { ...a, paragraphs, text: paragraphs.join('\n') };
      const opts = { explain: true, deferIdf: step % 4 === 1 };
      if (step % 5 === 2) {
        let r: MatchResult | null = null, s: MatchResult | null = null;
        for (let i = 0; i < 200 && !(r && s); i++) {
          r ??= got.match(draft, prior, { ...opts, budget: 40 });
          s ??= want.match(draft, prior, { ...opts, budget: 40 });
        }
        same(r!, s!, `step ${step} (budget)`);
      } else same(got.match(draft, prior, opts), want.match(draft, prior, opts), `step ${step}`);
      assert.strictEqual(got.stale, want.stale, `step ${step}: stale`);
    }
  });
});
