// The spans of cited parts («части второй статьи 1»: the span of «второй») after an incremental edit
// before them equal those of a fresh analysis. Before the reference spans moved with their region's
// anchor (analysis.ts RefSpan), the incremental analysis moved each later reference's spans one by one
// and left these out: a hover or definition on the part's word after an edit above it read a stale span.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { type Analysis, analyze, analyzeIncremental } from '../../server/src/core';

const parts = (an: Analysis) => an.references.map((r) => r.ref.targets.map((t) => ({
  span: [t.span.start, t.span.end], parts: t.parts?.map((p) => [p.value, p.span.start, p.span.end]) ?? null,
})));

function check(text: string, start: number, end: number, ins: string): void {
  const next = text.slice(0, start) + ins + text.slice(end);
  const inc = analyzeIncremental(analyze(text), { start, end, text: ins });
  assert.equal(inc.text, next);
  assert.deepEqual(parts(inc), parts(analyze(next)), `edit ${start}-${end} ${JSON.stringify(ins)}`);
}

describe('incremental analysis: the spans of cited parts', () => {
  it('move with an edit above them (a constructed text)', () => {
    const text = 'Статья 1. Первая\n\n1. Текст первой статьи.\n\n2. Ещё текст.\n\nСтатья 2. Вторая\n\nСогласно части второй статьи 1 так.\n';
    const at = text.indexOf('Ещё');
    const an = analyze(text);
    const inc = analyzeIncremental(an, { start: at, end: at, text: 'X' });
    assert.equal(inc.incremental, true);
    const t = inc.targets.find((x) => x.target.parts)!;
    assert.equal(inc.text.slice(t.target.parts![0].span.start, t.target.parts![0].span.end), 'второй');
    check(text, at, at, 'X');
    check(text, at, at + 3, '');
  });

  it('move with random edits above them in the real 2026 draft', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'draft-2026-ru.const.txt'), 'utf8');
    const an = analyze(text);
    const cite = an.targets.find((x) => x.target.parts)!;
    assert.ok(cite, 'the draft cites a part');
    const limit = cite.ref.span.start;
    const first = an.doc.articles[0].lines[0]?.start ?? 0;
    fc.assert(fc.property(
      fc.integer({ min: first, max: limit - 1 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('', 'а', 'бв', ' где'),
      (at, del, ins) => check(text, at, Math.min(at + del, limit - 1), ins),
    ), { seed: 20261203, numRuns: 60 });
  });
});
