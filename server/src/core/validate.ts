// Numbering validation: sections, chapters, articles (continuous through the act), paragraphs
// (restart in each article), subparagraphs (restart in each paragraph, or in the article).

import type { Problem, UnitBase, UnitNumber } from './types';
import type { DocumentModel } from './parser';
import { problem } from './parser';
import { compareNumbers, toRoman } from './text';
import type { LineIndex } from './text';

type Family = 'section' | 'chapter' | 'article' | 'paragraph' | 'subparagraph';

interface Ctx {
  family: Family;
  /** Extra message arguments (article, parent). */
  extra: Record<string, string | number>;
}

function show(family: Family, n: { base: number; suffix: number[] }): string {
  if (family === 'section') return toRoman(n.base);
  return [n.base, ...n.suffix].join('-');
}

/**
 * Checks one numbered sequence. Reports each problem at the offending number and then continues
 * from it, so one missing unit yields one diagnostic, not a cascade.
 */
function checkSequence(units: UnitBase[], ctx: Ctx, lines: LineIndex, out: Problem[]): void {
  const seen = new Map<string, UnitBase>();
  let prev: UnitNumber | null = null;
  for (const u of units) {
    const cur = u.number;
    if (!Number.isFinite(cur.base) || cur.suffix.some((s) => !Number.isFinite(s))) {
      prev = null;
      continue;
    }
    const key = [cur.base, ...cur.suffix].join('-');
    const args = { ...ctx.extra, number: show(ctx.family, cur), previous: prev ? show(ctx.family, prev) : '' };
    const first = seen.get(key);
    if (first) {
      out.push(problem(`${ctx.family}-number-duplicate`, cur.span, {
        ...args, firstLine: lines.positionAt(first.number.span.start).line + 1,
      }, { expected: prev ? nextAfter(prev) : undefined }));
      prev = cur;
      continue;
    }
    seen.set(key, u);
    if (prev === null) {
      // The first unit of a sequence should be 1 (or I), plain.
      if (cur.suffix.length === 0 && cur.base > 1) {
        out.push(problem(`${ctx.family}-number-gap`, cur.span, {
          ...args, previous: '—', expected: ctx.family === 'section' ? 'I' : 1,
        }, { expected: '1' }));
      } else if (cur.suffix.length > 0) {
        out.push(problem('inserted-number-misplaced', cur.span, {
          ...args, unit: ctx.family, base: cur.base, previous: '—',
        }));
      }
      prev = cur;
      continue;
    }
    const cmp = compareNumbers(cur, prev);
    if (cmp < 0) {
      out.push(problem(`${ctx.family}-number-order`, cur.span, args, { expected: nextAfter(prev) }));
    } else if (cur.suffix.length > 0) {
      // Inserted: N-k must follow N or N-j (j < k), with no gap in k.
      if (cur.base !== prev.base) {
        out.push(problem('inserted-number-misplaced', cur.span, { ...args, unit: ctx.family, base: cur.base }, {
          expected: nextAfter(prev),
        }));
      } else {
        const expected = expectedInserted(prev, cur);
        if (expected && expected !== key) {
          out.push(problem(`${ctx.family}-number-gap`, cur.span, { ...args, expected }, { expected }));
        }
      }
    } else if (cur.base > prev.base + 1) {
      const expected = ctx.family === 'section' ? toRoman(prev.base + 1) : String(prev.base + 1);
      const missing = cur.base - prev.base - 1;
      out.push(problem(`${ctx.family}-number-gap`, cur.span, {
        ...args, expected: missing > 1 ? `${expected}–${show(ctx.family, { base: cur.base - 1, suffix: [] })}` : expected,
      }, { expected: String(prev.base + 1) }));
    }
    prev = cur;
  }
}

/** The plain number that should follow `prev`. */
function nextAfter(prev: UnitNumber): string {
  return String(prev.base + 1);
}

/** For an inserted number after `prev` with the same base, the suffix expected next. */
function expectedInserted(prev: UnitNumber, cur: UnitNumber): string | null {
  const depth = cur.suffix.length;
  const p = prev.suffix;
  // Same prefix up to depth-1?
  for (let i = 0; i < depth - 1; i++) if ((p[i] ?? 0) !== cur.suffix[i]) return null;
  const last = p.length >= depth ? p[depth - 1] : 0;
  return [cur.base, ...cur.suffix.slice(0, depth - 1), last + 1].join('-');
}

export function validateNumbering(doc: DocumentModel, lines: LineIndex): Problem[] {
  const out: Problem[] = [];
  checkSequence(doc.sections, { family: 'section', extra: {} }, lines, out);
  checkSequence(doc.chapters, { family: 'chapter', extra: {} }, lines, out);
  checkSequence(doc.articles, { family: 'article', extra: {} }, lines, out);
  for (const a of doc.articles) {
    const art = a.number.text;
    checkSequence(a.paragraphs, { family: 'paragraph', extra: { article: art } }, lines, out);
    checkSequence(a.subparagraphs, { family: 'subparagraph', extra: { article: art, parent: `article:${art}` } }, lines, out);
    for (const p of a.paragraphs) {
      checkSequence(p.subparagraphs, {
        family: 'subparagraph', extra: { article: art, paragraph: p.number.text, parent: `paragraph:${art}:${p.number.text}` },
      }, lines, out);
    }
  }
  return out;
}
