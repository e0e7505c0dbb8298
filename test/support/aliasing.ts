// How a reference's objects are shared (the scanner shares spans and levels within a reference; tests
// compare that pattern between two scans and check that nothing is shared between two references).

import type { RawReference, RefLevel } from '../../server/src/core';

const STAND_INS = new WeakMap<object, object>();
/** A stand-in for the number of a level that is its own number: one per level. */
function ownNumber(l: object): object {
  let o = STAND_INS.get(l);
  if (!o) STAND_INS.set(l, (o = {}));
  return o;
}

/** The objects of a reference in a fixed walk order, each as the index of its first occurrence (−1: absent). */
export function aliasing(ref: RawReference): { pattern: number[]; objects: object[] } {
  const objects: object[] = [];
  const pattern: number[] = [];
  const see = (o: object | undefined) => {
    if (!o) { pattern.push(-1); return; }
    const i = objects.indexOf(o);
    pattern.push(i < 0 ? objects.push(o) - 1 : i);
  };
  const level = (l: RefLevel | undefined) => {
    see(l);
    if (l?.kind === 'this') see(l.span);
    // An analysis's numbered level is its own number (analysis.ts NumLevel): walked as the scanner's
    // separate number object, one per level, so the patterns compare.
    else if (l) { see(l.num === (l as object) ? ownNumber(l) : l.num); see(l.num.span); see(l.rangeEnd); see(l.rangeEnd?.span); }
  };
  see(ref.span);
  for (const t of ref.targets) {
    see(t);
    see(t.span);
    level(t.article);
    level(t.paragraph);
    level(t.subparagraph);
    for (const p of t.parts ?? []) { see(p); see(p.span); }
  }
  return { pattern, objects };
}
