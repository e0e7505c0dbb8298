// How a reference's objects are shared (the scanner shares spans and levels within a reference; tests
// compare that pattern between two scans and check that nothing is shared between two references).

import type { RawReference, RefLevel } from '../../server/src/core';

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
    else if (l) { see(l.num); see(l.num.span); see(l.rangeEnd); see(l.rangeEnd?.span); }
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
