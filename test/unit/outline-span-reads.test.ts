// The outline reads each article's span once (issue 15, session 10). The parser's article makes its span
// from its heading span at every read (parser.ts ArticleUnit: an object per read), and the outline of a
// new version after a keystroke walks every article: reading it four times per article made the bench's
// `symbols` row (5,000 articles) about 0.5 ms slower. This counts the reads through the article's class.

import { strict as assert } from 'node:assert';
import { analyze, createLanguageService } from '../../server/src/core';
import { generateDraft } from '../../bench/generate';
import { corpus } from '../support/files';

/** Counts the reads of `span` on the articles' prototype while `fn` runs. */
function spanReads(proto: object, fn: () => void): number {
  const d = Object.getOwnPropertyDescriptor(proto, 'span');
  assert.ok(d && d.get, 'the articles read their span through a getter');
  let n = 0;
  const get = d.get;
  Object.defineProperty(proto, 'span', { ...d, get(this: unknown) { n++; return get.call(this); } });
  try {
    fn();
  } finally {
    Object.defineProperty(proto, 'span', d);
  }
  return n;
}

describe('the outline reads each article\'s span once', () => {
  for (const [name, text] of [['the 2026 draft', corpus('kz-2026-final-draft-ru.txt')], ['a 300-article draft', generateDraft({ articles: 300, seed: 5 }).text]] as const) {
    it(`${name}: a new version after a keystroke, and the first outline`, () => {
      const svc = createLanguageService();
      svc.open('a:1', text);
      // The same text analysed apart: its articles are of the same class, at the same offsets.
      const articles = analyze(text).doc.articles;
      assert.ok(articles.length > 50);
      const proto = Object.getPrototypeOf(articles[0]);
      // The first outline builds every article's symbol.
      const first = spanReads(proto, () => svc.documentSymbols('a:1'));
      // One character replaced in a middle article's line: a new version, the others reused.
      const mid = articles[articles.length >> 1];
      const line = mid.lines.find((l) => l.end - l.start > 20) ?? mid.lines[0];
      svc.change('a:1', [{ start: line.start + 10, end: line.start + 11, text: 'ж' }]);
      svc.problems('a:1');
      const n = articles.length;
      const again = spanReads(proto, () => svc.documentSymbols('a:1'));
      assert.ok(first <= 2 * articles.length, `first outline: ${first} reads for ${articles.length} articles`);
      assert.ok(again <= n + 8, `outline of the next version: ${again} reads for ${n} articles`);
    });
  }
});
