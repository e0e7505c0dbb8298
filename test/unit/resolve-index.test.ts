// Paragraphs and subparagraphs are found by number through an index per list (resolve.ts), not a scan
// per citation: thousands of «подпункт N» citations into one long list resolved in quadratic time.
// The results must be those of a plain scan of the list (the first unit with that number).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, type Article, type Unit } from '../../server/src/core';

const RU = readFileSync(path.join(__dirname, '..', '..', 'examples', 'draft-2026-ru.const.txt'), 'utf8');

/** Leading zeros ignored, as the resolver compares numbers. */
const key = (n: string) => n.replace(/^0+(?=\d)/, '');
/** The oracle: the first unit of `list` numbered `n`, by a plain scan. */
const scan = (list: readonly Unit[], n: string) => list.find((u) => key(u.number.text) === key(n));

function article(text: string, n: string): Article {
  return analyze(text).doc.articles.find((a) => a.number.text === n)!;
}

describe('resolve: paragraphs and subparagraphs found through an index', () => {
  it('the 22 subparagraphs of article 56 of the 2026 draft, each cited from a new paragraph, in reverse order', () => {
    const a56 = article(RU, '56');
    const subs = a56.subparagraphs;
    assert.equal(subs.length, 22);
    const citing = 'Согласно ' + subs.map((s) => `подпункту ${s.number.text}) статьи 56`).reverse().join(', ') + '.';
    const at = RU.indexOf('\nСтатья 57\n');
    const text = RU.slice(0, at) + '\n' + citing + RU.slice(at);
    const an = analyze(text);
    const from = at + 1;
    const targets = an.targets.filter((t) => t.ref.span.start >= from && t.ref.span.start < from + citing.length);
    assert.equal(targets.length, 22);
    const list = an.doc.articles.find((x) => x.number.text === '56')!.subparagraphs;
    for (const t of targets) {
      const n = an.text.slice(t.numberSpans[0].start, t.numberSpans[0].end);
      assert.ok(t.ok, `подпункт ${n}) resolves`);
      assert.equal(t.unit, scan(list, n), `подпункт ${n}) is the unit a scan finds`);
    }
  });

  it('4,000 subparagraphs cited in reverse, a duplicated number, a leading zero, a missing number and a range: as a scan', () => {
    const N = 4000;
    const lines = ['Статья 1', '1. Перечень:'];
    for (let i = 1; i <= N; i++) lines.push(`${i}) позиция ${i};`);
    lines.push('17) повтор номера 17;');
    const cites = Array.from({ length: N }, (_, i) => `подпункт ${N - i}) пункта 1 настоящей статьи`);
    cites.push('подпункт 017) пункта 1 настоящей статьи', 'подпункт 4001) пункта 1 настоящей статьи', 'подпункты 10)–12) пункта 1 настоящей статьи');
    lines.push('2. Ссылки: ' + cites.join(', ') + '.', 'Статья 2', 'Текст.');
    const an = analyze(lines.join('\n') + '\n');
    const list = an.doc.articles[0].paragraphs[0].subparagraphs;
    assert.equal(list.length, N + 1);
    let resolved = 0;
    for (const t of an.targets) {
      const n = an.text.slice(t.numberSpans[0].start, t.numberSpans[0].end);
      const expected = scan(list, n);
      assert.equal(t.unit ?? undefined, expected, `подпункт ${n})`);
      assert.equal(t.ok, !!expected);
      if (t.rangeUnits) assert.deepEqual(t.rangeUnits.map((u) => u.number.text), ['10', '11', '12']);
      if (t.ok) resolved++;
    }
    assert.equal(resolved, N + 2, 'all but 4001) resolve; 017) is 17, the first 17');
    assert.ok(an.diagnostics.some((d) => d.code === 'reference-unresolved-subparagraph' && an.text.slice(d.span.start, d.span.end) === '4001'));
  });
});

// The candidates a quick fix offers for an unresolved article citation (data.candidates: the other
// numbers with its base) come from one index per resolution pass (resolve.ts ArticleBases), not a scan
// of every article per citation: a renumbered article's citations, or a law's citations of another act
// taken as its own, made that quadratic. The answers must be those of a plain scan.
describe('resolve: the candidates of unresolved article citations found through an index', () => {
  const oracle = (articles: readonly Article[], n: string) => {
    const base = parseInt(n, 10);
    return Number.isFinite(base) ? articles.filter((a) => a.number.base === base && key(a.number.text) !== key(n)).map((a) => a.number.text) : [];
  };

  it('the 2026 draft with articles 5-1 and 5-2 inserted, cited by numbers no article bears, some twice: as a scan', () => {
    const at = RU.indexOf('\nСтатья 6\n');
    assert.ok(at > 0);
    const cited = ['5-3', '6-1', '999', '5-3', '05-4', '97', '6-1', '5-3'];
    const inserted = '\nСтатья 5-1\nТекст.\nСтатья 5-2\n1. Согласно ' + cited.map((n) => `статье ${n}`).join(', ') + '.';
    const an = analyze(RU.slice(0, at) + inserted + RU.slice(at));
    const unresolved = an.diagnostics.filter((d) => d.code === 'reference-unresolved-article');
    const numbers = unresolved.map((d) => an.text.slice(d.span.start, d.span.end));
    assert.deepEqual(numbers, cited, 'each citation of a number no article bears is reported where it stands');
    for (const [i, d] of unresolved.entries()) {
      assert.deepEqual(d.data?.candidates, oracle(an.doc.articles, numbers[i]), `статье ${numbers[i]}`);
    }
    assert.deepEqual(unresolved[0].data?.candidates, ['5', '5-1', '5-2']);
    assert.deepEqual(unresolved[2].data?.candidates, []);
    // Each problem holds its own list: a number asked again is answered with a copy.
    for (const i of [0, 3]) (unresolved[i].data!.candidates as string[]).push('x');
    assert.deepEqual(unresolved[7].data?.candidates, ['5', '5-1', '5-2']);
  });
});
