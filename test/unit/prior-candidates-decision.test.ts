// Session 9 (issue 15): the bounded candidate generation decides to fall back to the whole accumulation
// before reading the generating lists when that decision cannot come out otherwise (there are at least
// as many candidates as the longest generating list holds). The results are exact either way, so what
// this file pins down is the decision itself: the posting entries read, the candidates checked and the
// paragraphs kept (Matcher.stats) must be those of the matcher before (test/support/match-reference.ts,
// which reads the lists first and then decides), on the real texts, on random drafts of real paragraphs
// and on a generated draft with the bench's prior; and a second call through the same Matcher (scratch
// arrays reused: a feature left marked as skipped would change the next paragraph's candidates) must
// give a fresh matcher's similarities.
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, articleTexts, Matcher, type ArticleText } from '../../server/src/core';
import { Matcher as RefMatcher } from '../support/match-reference';
import { benchPrior, generateDraft } from '../../bench/generate';
import { arbPoolDraft, arts } from '../support/match-texts';

function sameDecisions(draft: ArticleText[], prior: ArticleText[], what: string): void {
  const got = new Matcher();
  const want = new RefMatcher();
  const g = got.match(draft, prior, { explain: true });
  const w = want.match(draft, prior, { explain: true });
  assert.deepStrictEqual(g.sims, w.sims, `${what}: paragraph similarities`);
  assert.deepStrictEqual(got.stats, want.stats, `${what}: posting entries read, candidates, kept`);
}

describe('prior/match: the bounded generation falls back exactly when it did (issue 15, session 9)', function () {
  this.timeout(300_000);

  for (const [d, p] of [
    ['kz-2026-final-draft-ru.txt', 'kz-1995-ru.txt'],
    ['kz-2026-final-draft-kk.txt', 'kz-1995-kk.txt'],
    ['kz-1995-en.txt', 'kz-1995-ru.txt'],
    ['amendments/kz-constitution-ru-2011-02-02.txt', 'amendments/kz-constitution-ru-1998-10-06.txt'],
  ]) {
    it(`${d} against ${p}: the same reads, candidates and kept paragraphs`, () => {
      sameDecisions(arts(d), arts(p), `${d} ← ${p}`);
    });
  }

  it('on random drafts of real paragraphs with words replaced, both directions', () => {
    fc.assert(
      fc.property(arbPoolDraft(['kz-1995-ru.txt', 'kz-2026-final-draft-ru.txt', 'kz-1995-kk.txt']), ({ draft, prior }) => {
        sameDecisions(draft, prior, 'random draft');
        sameDecisions(prior, draft, 'random prior');
      }),
      { numRuns: 40, seed: 9 },
    );
  });

  for (const vocabulary of ['fixed', 'growing'] as const) {
    it(`on a generated draft (${vocabulary} vocabulary) and the bench's prior for it`, () => {
      const draft = articleTexts(analyze(generateDraft({ articles: 400, seed: 3, vocabulary }).text));
      const prior = articleTexts(analyze(benchPrior(400, vocabulary).text));
      sameDecisions(draft, prior, `generated, ${vocabulary} vocabulary`);
    });
  }

  it('on random texts of a few words (many paragraphs kept per paragraph, in the order met), both generations', () => {
    // Twelve stems: most paragraph pairs share features, so a paragraph keeps many prior paragraphs and
    // the order the accumulation met them (first shared feature, then index) decides the lists.
    const WORDS = ['конституция', 'республика', 'гражданин', 'свобода', 'закон', 'парламент', 'президент', 'суд', 'право', 'государство', 'народ', 'язык'];
    const para = fc.array(fc.nat(WORDS.length - 1), { minLength: 1, maxLength: 14 }).map((ws) => ws.map((w) => WORDS[w]).join(' '));
    const articles = fc.array(fc.array(para, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 });
    const toArts = (xs: string[][]): ArticleText[] => xs.map((paragraphs, index) => ({ number: String(index + 1), text: paragraphs.join('\n'), paragraphs, index }));
    fc.assert(
      fc.property(articles, articles, (d, p) => {
        const draft = toArts(d), prior = toArts(p);
        for (const exhaustive of [false, true]) {
          const got = new Matcher({ exhaustive });
          const want = new RefMatcher({ exhaustive });
          const g = got.match(draft, prior, { explain: true });
          const w = want.match(draft, prior, { explain: true });
          assert.deepStrictEqual(g.sims, w.sims, 'paragraph similarities');
          assert.deepStrictEqual(g.rows, w.rows, 'rows');
          assert.deepStrictEqual(got.stats, want.stats, 'reads, candidates, kept');
        }
      }),
      { numRuns: 300, seed: 91 },
    );
  });

  it('one Matcher, two priors in turn: each call gives a fresh matcher\'s similarities', () => {
    const draft = arts('kz-2026-final-draft-ru.txt');
    const m = new Matcher();
    for (const p of ['kz-1995-ru.txt', 'amendments/kz-constitution-ru-2011-02-02.txt', 'kz-1995-ru.txt']) {
      const prior = arts(p);
      const got = m.match(draft, prior, { explain: true });
      const want = new RefMatcher().match(draft, prior, { explain: true });
      assert.deepStrictEqual(got.sims, want.sims, p);
      assert.deepStrictEqual(got.rows, want.rows, p);
    }
  });
});
