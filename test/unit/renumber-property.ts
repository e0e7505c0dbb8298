// The oracle of the issue 16.1 property test (not a test file): which citations an edit re-points.
// Independent of the renumbering core: units and citations are matched across the edit by position
// (offsets mapped through the edits), and a citation is re-pointed when what it resolves to is not the
// image of what it resolved to before.

import { allUnits, type Analysis, analyze, type Edit, type Span, type Unit } from '../../server/src/core';

/** Maps an offset of the old text to the new text (a replaced span's start maps to the new text's start). */
export function offsetMapper(edits: Edit[]): (pos: number) => number {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  return (pos) => {
    let delta = 0;
    for (const e of sorted) {
      const insertion = e.span.start === e.span.end;
      if (e.span.end < pos || (e.span.end === pos && (insertion || e.span.start < pos))) delta += e.newText.length - (e.span.end - e.span.start);
      else break;
    }
    return pos + delta;
  };
}

export interface Moved {
  /** The citation (old text) and its span. */
  span: Span;
  text: string;
  before: string;
  after: string;
}

/**
 * The citations of `an` whose target differs after `edits`: by identity of units (a unit of the new
 * text is the image of the old unit whose heading number maps onto it). Excluded: citations touching
 * `own` (the span the fix was asked for, which it rewrites in view), and citations that now cite a unit
 * the edit inserted as excluded under the very number they name (kept as excluded: not re-pointed).
 */
export function movedCitations(an: Analysis, edits: Edit[], own?: Span): Moved[] {
  if (edits.length === 0) return [];
  const after = analyze(applyAll(an.text, edits));
  const map = offsetMapper(edits);
  const oldUnits = [...allUnits(an.doc)];
  const idOld = new Map<Unit, string>();
  const byMapped = new Map<number, string>();
  oldUnits.forEach((u, i) => {
    idOld.set(u, `u${i}`);
    byMapped.set(map(u.number.span.start), `u${i}`);
  });
  const idNew = (u: Unit) => byMapped.get(u.number.span.start) ?? (u.excluded ? `new-excluded:${u.kind}:${u.number.text}` : `new:${u.kind}:${u.number.text}`);
  const targetsAfter = new Map<number, (typeof after.targets)[number]>();
  for (const t of after.targets) if (!targetsAfter.has(t.target.span.start)) targetsAfter.set(t.target.span.start, t);
  const out: Moved[] = [];
  for (const t of an.targets) {
    const s = t.target.span;
    if (own && s.start <= own.end && own.start <= s.end) continue;
    const t2 = targetsAfter.get(map(s.start));
    const units = (x: typeof t, id: (u: Unit) => string) => (x.ok ? (x.rangeUnits ?? (x.unit ? [x.unit] : [])).map(id).join(',') : 'nothing');
    const before = units(t, (u) => idOld.get(u)!);
    const now = t2 ? units(t2, idNew) : 'gone';
    if (before === now) continue;
    if (before === 'nothing' && /^new-excluded:/.test(now)) continue;
    out.push({ span: s, text: an.text.slice(t.ref.span.start, t.ref.span.end), before, after: now });
  }
  return out;
}

function applyAll(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.span.start) + e.newText;
    pos = e.span.end;
  }
  return out + text.slice(pos);
}
