// Shared helpers for the editing tests (renumber, code actions, completion). Not a test file.
import { strict as assert } from 'assert';
import { allUnits, type Analysis, analyze, type Edit, type Unit } from '../../server/src/core';

/** A resolved citation target of an analysis. */
type ResolvedTarget = Analysis['targets'][number];

export function unitIndex(an: Analysis): Map<Unit, number> {
  const m = new Map<Unit, number>();
  let i = 0;
  for (const u of allUnits(an.doc)) m.set(u, i++);
  return m;
}

export function targetKey(t: ResolvedTarget, idx: Map<Unit, number>): string {
  if (!t.ok) return 'unresolved';
  return (t.rangeUnits ?? (t.unit ? [t.unit] : [])).map((u) => idx.get(u)).join(',');
}

/** A unit's text with every number masked: equal before/after iff only numbers changed. */
export function body(an: Analysis, u: Unit): string {
  return an.text.slice(u.span.start, u.span.end).replace(/\d+(?:-\d+)*/g, '#');
}

/** Every reference cites the same unit (by position) with the same text (by content) before and after. */
export function assertSameCitations(before: Analysis, after: Analysis): void {
  assert.equal(after.targets.length, before.targets.length, 'number of references');
  const i1 = unitIndex(before);
  const i2 = unitIndex(after);
  const list1 = [...i1.keys()];
  const list2 = [...i2.keys()];
  before.targets.forEach((t, k) => {
    const t2 = after.targets[k];
    const where = before.text.slice(t.ref.span.start, t.ref.span.end);
    assert.equal(targetKey(t2, i2), targetKey(t, i1), `reference «${where}» cites another unit`);
    for (const u of t.rangeUnits ?? (t.unit ? [t.unit] : [])) {
      const u2 = list2[list1.indexOf(u)];
      assert.equal(body(after, u2), body(before, u), `reference «${where}»: cited text differs`);
    }
  });
}

/** Edits replace only number characters with number characters. */
export function assertOnlyNumbers(text: string, edits: Edit[]): void {
  for (const e of edits) {
    assert.match(text.slice(e.span.start, e.span.end), /^\d+(?:-\d+)*$/, `edit at ${e.span.start} replaces non-number text`);
    assert.match(e.newText, /^\d+(?:-\d+)*$/, `edit at ${e.span.start} inserts non-number text`);
  }
}

/** "No lost text": outside the edited spans the result equals the original. */
export function assertOutsideUnchanged(oldText: string, newText: string, edits: Edit[]): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let pos = 0;
  let npos = 0;
  for (const e of sorted) {
    const seg = oldText.slice(pos, e.span.start);
    assert.equal(newText.slice(npos, npos + seg.length), seg, `text before offset ${e.span.start} changed`);
    npos += seg.length;
    assert.equal(newText.slice(npos, npos + e.newText.length), e.newText);
    npos += e.newText.length;
    pos = e.span.end;
  }
  assert.equal(newText.slice(npos), oldText.slice(pos), 'tail changed');
}

export function errorsOf(an: Analysis, prefix = 'reference-'): string[] {
  return an.diagnostics.filter((d) => d.code.startsWith(prefix) && d.severity === 'error')
    .map((d) => `${d.code} «${an.text.slice(d.span.start, d.span.end)}» line ${an.lineIndex.positionAt(d.span.start).line + 1}`);
}

export { analyze };
