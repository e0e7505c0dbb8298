// Paragraphs and subparagraphs derive their spans from their heading span (parser.ts BodyUnit, issue 15
// session 7): `span`, `titleSpan` and `number.span` are read, not stored. These tests pin down what the
// readers rely on: on the six real texts, before and after incremental edits, each derived span is where
// the text says (the number at number.span, the title at titleSpan, the unit from its first line); each
// read is a new object (changing one changes nothing in the model); a span written is kept as written.

import * as assert from 'node:assert/strict';
import { type Analysis, analyze, type Paragraph, type Subparagraph } from '../../server/src/core';
import { corpus, REAL_TEXTS } from '../support/files';
import { threeInsertions } from '../support/insertions';

const FILES = REAL_TEXTS;

function bodyUnits(an: Analysis): (Paragraph | Subparagraph)[] {
  const out: (Paragraph | Subparagraph)[] = [];
  for (const a of an.doc.articles) {
    out.push(...a.subparagraphs);
    for (const p of a.paragraphs) out.push(p, ...p.subparagraphs);
  }
  return out;
}

function checkUnits(an: Analysis, label: string): number {
  const masked = an.doc.masked;
  let n = 0;
  for (const u of bodyUnits(an)) {
    const at = `${label}: ${u.kind} ${u.number.text} at ${u.headSpan.start}`;
    const ns = u.number.span;
    assert.equal(masked.slice(ns.start, ns.end), u.number.text, at);
    assert.equal(ns.start, u.headSpan.start, at);
    const ts = u.titleSpan!;
    assert.equal(masked.slice(ts.start, ts.end), u.title, at);
    assert.equal(ts.end, u.headSpan.end, at);
    assert.equal(u.span.start, u.headSpan.start, at);
    assert.ok(u.span.end >= u.headSpan.end, at);
    // The unit ends where one of its lines ends.
    assert.ok(an.doc.lines.some((l) => l.content.end === u.span.end), at);
    n++;
  }
  return n;
}

describe('paragraphs and subparagraphs: derived spans', () => {
  it('lie where the text says, on the six real texts, before and after incremental edits', () => {
    let total = 0;
    for (const f of FILES) {
      const an = analyze(corpus(f));
      total += checkUnits(an, f);
      // Edits that move the units after them (anchored spans: core/incremental.ts anchorModel), at units
      // of the first analysis.
      const units = bodyUnits(an);
      threeInsertions(corpus(f), an, (_, k) => units[Math.floor((units.length * k) / 4)].titleSpan!.start + 1, (inc, cur, at) => {
        checkUnits(inc, `${f} after an insertion at ${at}`);
        const full = analyze(cur);
        const a = bodyUnits(inc).map((x) => `${x.kind} ${x.number.text} ${x.span.start}-${x.span.end} ${x.titleSpan!.start} ${x.number.span.end}`);
        const b = bodyUnits(full).map((x) => `${x.kind} ${x.number.text} ${x.span.start}-${x.span.end} ${x.titleSpan!.start} ${x.number.span.end}`);
        assert.deepEqual(a, b, f);
      });
    }
    assert.ok(total > 2000, `units checked: ${total}`);
  });

  it('each article and paragraph has its own lists, of its own units and lines (parser.ts closeArticle)', () => {
    for (const f of FILES) {
      const an = analyze(corpus(f));
      const lineAt = new Map(an.doc.lines.map((l, i) => [l.content, i]));
      const seen = new Set<unknown>();
      const own = (list: unknown[], at: string) => {
        if (list.length > 0) assert.ok(!seen.has(list), `shared list: ${at}`);
        seen.add(list);
      };
      // Every body line of the text is in its article's lines (an article left with the parser's shared
      // placeholder of an open article would have none). An empty list of lines or subparagraphs is shared
      // and frozen (session 8); the paragraphs are always the article's own list.
      const bodyLines = new Map<unknown, number>();
      let open: unknown = null;
      const heads = new Map(an.doc.articles.map((a) => [a.headSpan, a]));
      for (const l of an.doc.lines) {
        if (l.kind === 'article') open = heads.get(l.content) ?? null;
        else if (l.kind === 'section' || l.kind === 'chapter' || l.kind === 'subchapter') open = null;
        else if (open && l.kind !== 'blank' && l.kind !== 'comment') bodyLines.set(open, (bodyLines.get(open) ?? 0) + 1);
      }
      for (const a of an.doc.articles) {
        const at = `${f}: article ${a.number.text}`;
        own(a.lines, at);
        own(a.paragraphs, at);
        own(a.subparagraphs, at);
        assert.equal(a.lines.length, bodyLines.get(a) ?? 0, at);
        for (const l of [a.lines, a.subparagraphs]) assert.equal(Object.isFrozen(l), l.length === 0, at);
        assert.ok(!Object.isFrozen(a.paragraphs), at);
        let prev = -1;
        for (const l of a.lines) {
          const i = lineAt.get(l);
          assert.ok(i !== undefined && i > prev, at);
          assert.ok(!['blank', 'comment', 'article', 'section', 'chapter', 'subchapter'].includes(an.doc.lines[i].kind), at);
          assert.ok(l.start > a.headSpan.start && l.end <= a.span.end, at);
          prev = i;
        }
        for (const s of a.subparagraphs) assert.ok(s.article === a && s.paragraph === null, at);
        for (const p of a.paragraphs) {
          assert.ok(p.article === a, at);
          own(p.subparagraphs, `${at} paragraph ${p.number.text}`);
          for (const s of p.subparagraphs) assert.ok(s.article === a && s.paragraph === p, `${at} paragraph ${p.number.text}`);
          if (p.subparagraphs.length > 0) assert.ok(p.subparagraphs[0].span.start > p.headSpan.start && p.subparagraphs.at(-1)!.span.end <= p.span.end, at);
        }
      }
    }
  });

  it('each read is a new object: changing one leaves the model as it was', () => {
    const an = analyze(corpus('kz-1995-ru.txt'));
    const p = an.doc.articles.find((a) => a.paragraphs.length > 1)!.paragraphs[1];
    const before = [p.span.start, p.span.end, p.titleSpan!.start, p.number.span.start, p.number.span.end];
    assert.notEqual(p.span, p.span);
    p.span.end += 5;
    p.titleSpan!.start += 5;
    p.number.span.start += 5;
    assert.deepEqual([p.span.start, p.span.end, p.titleSpan!.start, p.number.span.start, p.number.span.end], before);
  });

  it('a span written is kept as written (a plain data property from then on)', () => {
    const an = analyze(corpus('kz-1995-ru.txt'));
    const a = an.doc.articles.find((x) => x.paragraphs.length > 0 && x.paragraphs.some((q) => q.subparagraphs.length > 0))!;
    const p = a.paragraphs.find((q) => q.subparagraphs.length > 0)!;
    const s = p.subparagraphs[0];
    const span = { start: 1, end: 2 };
    const title = { start: 3, end: 4 };
    const num = { start: 5, end: 6 };
    p.span = span;
    s.titleSpan = title;
    s.number.span = num;
    assert.equal(p.span, span);
    assert.equal(s.titleSpan, title);
    assert.equal(s.number.span, num);
    assert.ok(Object.keys(p).includes('span'));
    // Another unit is not touched.
    assert.notEqual(a.paragraphs[0].span.start === 1 && a.paragraphs[0] !== p, true);
  });
});
