// numberCitations (server/src/core/features/renumber.ts: every number of every internal reference with
// the unit it cites, the list rename, renumbering, go-to on a number and the rename's safety net read)
// takes a resolved target's article and paragraph from the unit the resolver found instead of looking
// its numbers up again, and digitSpan reads the digits in place instead of slicing and matching a
// regular expression (issue 15, session 12: the first rename on a new analysis of a 20,000-article code
// spent ≈ 90 ms building the list). The list must be exactly the one the earlier code built
// (test/support/number-citations-reference.ts): the same spans, the same unit and target objects, the
// same roles, in the same order, on every real text (the corpus, the bundled drafts, the real acts of
// test/fixtures/acts and the amending laws), on generated drafts, on the real draft with citations of
// every shape added (ranges of articles, paragraphs and subparagraphs, unresolved numbers at each
// level, «настоящей статьи», subparagraphs cited without their paragraph, duplicated article numbers)
// and on analyses made by the incremental update.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis } from '../../server/src/core';
import { analyzeIncremental } from '../../server/src/core/incremental';
import { digitSpan, numberCitations } from '../../server/src/core/features/renumber';
import { digitSpanReference, numberCitationsReference } from '../support/number-citations-reference';
import { generateDraft, rng } from '../../bench/generate';
import { corpus, REAL_TEXTS, ROOT } from '../support/files';

function same(an: Analysis, what: string): number {
  const got = numberCitations(an);
  const want = numberCitationsReference(an);
  assert.equal(got.length, want.length, `${what}: ${got.length} citations, expected ${want.length}`);
  for (let i = 0; i < want.length; i++) {
    const g = got[i];
    const w = want[i];
    const at = `${what}, citation ${i} at ${w.span.start} («${an.text.slice(w.span.start, w.span.end)}»)`;
    assert.deepEqual(g.span, w.span, at);
    assert.ok(g.unit === w.unit, `${at}: another unit (${g.unit.kind} ${g.unit.number.text} instead of ${w.unit.kind} ${w.unit.number.text})`);
    assert.ok(g.target === w.target, `${at}: another target`);
    assert.equal(g.role, w.role, at);
  }
  return want.length;
}

const ACTS = path.join(ROOT, 'test', 'fixtures', 'acts');
const AMENDMENTS = path.join(ROOT, '..', 'shared', 'corpus', 'amendments');

/** The real draft with lines of citations of every shape appended to random articles' bodies. */
function withCitations(text: string, seed: number, lines: number): string {
  const r = rng(seed);
  const an = analyze(text);
  const arts = an.doc.articles;
  const pick = () => arts[Math.floor(r() * arts.length)];
  const n = (hi: number) => 1 + Math.floor(r() * hi);
  const numOf = () => (r() < 0.85 ? pick().number.text : String(n(400)));
  const shapes: (() => string)[] = [
    () => `статьи ${numOf()}`,
    () => `статей ${numOf()}–${numOf()}`,
    () => `статьями ${numOf()}-${numOf()} и ${numOf()}`,
    () => `пункта ${n(9)} статьи ${numOf()}`,
    () => `пунктов ${n(4)}–${n(9)} статьи ${numOf()}`,
    () => `пунктами ${n(5)} и ${n(5)} статьи ${numOf()}`,
    () => `подпункта ${n(9)}) пункта ${n(5)} статьи ${numOf()}`,
    () => `подпунктов ${n(3)})–${n(9)}) пункта ${n(5)} статьи ${numOf()}`,
    () => `подпункта ${n(9)}) статьи ${numOf()}`,
    () => `пункта ${n(6)} настоящей статьи`,
    () => `подпункта ${n(6)}) пункта ${n(4)} настоящей статьи`,
    () => `части ${['первой', 'второй', 'третьей'][n(3) - 1]} статьи ${numOf()}`,
    () => `(статья ${numOf()})`,
  ];
  const out = text.split('\n');
  const heads: number[] = [];
  out.forEach((l, i) => { if (/^Статья \d/.test(l)) heads.push(i); });
  for (let k = 0; k < lines; k++) {
    const h = heads[Math.floor(r() * heads.length)];
    const refs = Array.from({ length: n(3) }, () => shapes[Math.floor(r() * shapes.length)]());
    out[h + 1] = `${out[h + 1]} В соответствии с положениями ${refs.join(', ')}.`;
  }
  return out.join('\n');
}

describe('numberCitations: the resolved units instead of the numbers looked up again (issue 15, session 12)', function () {
  this.timeout(120_000);

  it('digitSpan finds the first /\\d+(?:-\\d+)*/ of a span, or gives the span back', function () {
    const r = rng(20261204);
    const alphabet = ['0', '1', '7', '9', '-', '-', '‑', '–', '(', ')', ' ', 'а', 'x', '.', '٣', '１'];
    let checked = 0;
    for (let k = 0; k < 60_000; k++) {
      const len = Math.floor(r() * 12);
      let s = '';
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(r() * alphabet.length)];
      // A span of the text (offsets from 0, the end may pass the text's), empty or reversed too.
      const start = Math.floor(r() * (len + 2));
      const span = { start, end: Math.max(0, start + Math.floor(r() * (len + 3)) - 1) };
      assert.deepEqual(digitSpan(s, span), digitSpanReference(s, span), `${JSON.stringify(s)} ${JSON.stringify(span)}`);
      checked++;
    }
    // The shapes the scanner gives: brackets around a number, a hyphenated number, a number with a letter.
    for (const s of ['83-1', '(83-1)', '83-1-2)', '5-', '5--6', '-5', '12а', 'ст. 10', '10-а', '1)']) {
      const span = { start: 0, end: s.length };
      assert.deepEqual(digitSpan(s, span), digitSpanReference(s, span), s);
    }
    assert.equal(checked, 60_000);
  });

  it('the same list on every real text: the corpus, the bundled drafts, the real acts and the amending laws', function () {
    const texts: [string, string][] = REAL_TEXTS.map((n) => [n, corpus(n)]);
    for (const f of fs.readdirSync(path.join(ROOT, 'examples'))) texts.push([f, fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8')]);
    for (const f of fs.readdirSync(ACTS)) if (f.endsWith('.txt')) texts.push([f, fs.readFileSync(path.join(ACTS, f), 'utf8')]);
    if (fs.existsSync(AMENDMENTS)) for (const f of fs.readdirSync(AMENDMENTS)) if (f.endsWith('.txt')) texts.push([f, fs.readFileSync(path.join(AMENDMENTS, f), 'utf8')]);
    let total = 0;
    for (const [name, text] of texts) total += same(analyze(text), name);
    // Each Constitution cites 38–48 numbers of its own (≈ 470 in all): the comparison is not vacuous.
    assert.ok(total > 400, `only ${total} citations compared`);
  });

  it('the same list on generated drafts (the bench\'s generator, three seeds)', function () {
    for (const seed of [1, 2, 3]) {
      const g = generateDraft({ articles: 400, seed, vocabulary: 'growing' });
      assert.ok(same(analyze(g.text), `generated seed ${seed}`) > 200);
    }
  });

  it('the same list with citations of every shape added: ranges, unresolved numbers at each level, «настоящей статьи», parts', function () {
    const draft = corpus('kz-2026-final-draft-ru.txt');
    let unresolved = 0;
    let ranges = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const an = analyze(withCitations(draft, seed, 150));
      same(an, `real draft with citations, seed ${seed}`);
      unresolved += an.targets.filter((t) => !t.ok).length;
      ranges += numberCitations(an).filter((c) => c.role !== 'single').length;
    }
    // The shapes reached the paths that still look numbers up.
    assert.ok(unresolved > 100, `${unresolved} unresolved targets`);
    assert.ok(ranges > 100, `${ranges} range endpoints`);
  });

  it('the same list when an article number is borne twice (its citations cite neither heading)', function () {
    const draft = corpus('kz-2026-final-draft-ru.txt');
    for (let seed = 1; seed <= 4; seed++) {
      const text = withCitations(draft, 100 + seed, 80).replace(/^Статья 1(\d)\b/m, 'Статья 2$1');
      const an = analyze(text);
      assert.ok(an.diagnostics.some((d) => d.code === 'reference-ambiguous'), 'the duplicated number is cited');
      same(an, `duplicated number, seed ${seed}`);
    }
  });

  it('the same list on analyses made by the incremental update', function () {
    const draft = withCitations(corpus('kz-2026-final-draft-ru.txt'), 7, 120);
    const r = rng(42);
    let an = analyze(draft);
    for (let k = 0; k < 40; k++) {
      const text = an.text;
      // A digit typed or replaced inside a citation, or a citation typed in the middle of a line.
      const m = [...text.matchAll(/статьи (\d+)/g)];
      const hit = m[Math.floor(r() * m.length)];
      const at = hit.index! + 'статьи '.length;
      const change = k % 3 === 0 ? { start: at, end: at + 1, text: String(Math.floor(r() * 10)) }
        : k % 3 === 1 ? { start: at, end: at, text: '1' }
          : { start: at - 'статьи '.length, end: at - 'статьи '.length, text: `пункта ${1 + Math.floor(r() * 4)} статьи ${1 + Math.floor(r() * 90)} и ` };
      an = analyzeIncremental(an, change);
      same(an, `incremental edit ${k}`);
    }
  });
});
