// The accessors of an analysis (core/analysis.ts makeAnalysis): `citations` (built on first use),
// `source` (an analysis of a string) and `text` (an analysis of a SourceText) are the same functions for
// every analysis, reading it as `this`. A getter closed over its analysis made V8 give every analysis a
// new hidden class, kept in the transition tree of the class before it: the young-generation collector
// treats those weak links as strong, so every analysis survived every young collection until the next
// full one (docs/benchmarks.md, "Session 8: the 2026 draft, warm").
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { analyze, analyzeIncremental, SourceText, type Analysis } from '../../server/src/core';

const DRAFT = readFileSync(path.resolve(__dirname, '../../examples/draft-2026-ru.const.txt'), 'utf8');

function getter(an: Analysis, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(an, key);
  assert.ok(d && d.get, `${key} is an accessor`);
  return d.get;
}

describe('analysis accessors', () => {
  it('are the same functions for every analysis (string, SourceText, incremental)', () => {
    const a = analyze(DRAFT);
    const b = analyze(DRAFT.replace('Статья 1.', 'Статья 1 .'));
    const s = analyze(SourceText.of(DRAFT));
    const off = DRAFT.indexOf('статьи', 20000);
    const i = analyzeIncremental(analyze(DRAFT), { start: off, end: off + 1, text: 'С' });
    const j = analyzeIncremental(i, { start: off, end: off + 1, text: 'с' });
    assert.ok(i.incremental && j.incremental);
    for (const x of [b, s, i, j]) assert.equal(getter(x, 'citations'), getter(a, 'citations'));
    assert.equal(getter(b, 'source'), getter(a, 'source'));
    assert.equal(getter(s, 'source'), getter(a, 'source'));
    assert.equal(getter(j, 'text'), getter(i, 'text'));
  });

  it('read what they read before', () => {
    const a = analyze(DRAFT);
    assert.deepEqual(Object.keys(a).includes('citations'), true);
    assert.equal(Object.keys(a).includes('source'), false);
    const c = a.citations;
    assert.equal(a.citations, c, 'built once');
    let cited = 0;
    for (const t of a.targets) if (t.ok) cited += (t.rangeUnits ?? (t.unit ? [t.unit] : [])).length;
    let listed = 0;
    for (const [u, ts] of c) for (const t of ts) { listed++; assert.ok(t.ok && (t.unit === u || t.rangeUnits?.includes(u))); }
    assert.equal(listed, cited);
    assert.ok(c.size > 0);
    assert.equal(a.source.toString(), DRAFT);
    const st = SourceText.of(DRAFT);
    const s = analyze(st);
    assert.equal(s.text, DRAFT);
    assert.equal(s.source, st);
    assert.equal(Object.keys(s).includes('source'), false);
    assert.deepEqual(s.diagnostics, a.diagnostics);
    const off = DRAFT.indexOf('статьи', 20000);
    const i = analyzeIncremental(analyze(DRAFT), { start: off, end: off + 1, text: 'С' });
    assert.ok(i.incremental);
    assert.equal(i.text, DRAFT.slice(0, off) + 'С' + DRAFT.slice(off + 1));
    assert.equal(i.source.toString(), i.text);
    assert.equal(Object.keys(i).includes('text'), true);
    assert.equal(Object.keys(i).includes('source'), false);
  });

  it('keep no dropped analysis alive through young collections (a child process: a fresh heap)', () => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(__dirname, 'young-survival.ts')], {
      encoding: 'utf8', cwd: path.join(__dirname, '..', '..'),
    });
    assert.equal(r.status, 0, r.stderr);
    // 40 analyses of the draft kept alive weigh ≈ 9 MB; what a pass promotes in any case ≈ 0.3 MB.
    const grown = Number(r.stdout);
    assert.ok(Number.isFinite(grown) && grown < 3, `the old generation grew by ${grown.toFixed(1)} MB`);
  });
});
