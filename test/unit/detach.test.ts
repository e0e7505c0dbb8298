// Issue 17.1: the core's caches must neither keep old document texts alive nor grow without bound.
//
// V8 keeps a slice of 13 or more characters as a view into the string it was cut from, so a line or a
// word kept in a cache kept its document version's whole text alive. These tests measure the heap
// (after a full garbage collection) while many versions of a large text go through the core, the way
// typing does, and check that what stays is about one text, not one per version.

import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { detach } from '../../server/src/core/text';
import { GenerationalCache } from '../../server/src/core/cache';
import { analyze, clearScanCache, scanCacheStats, scanLine, SCAN_CACHE_CHARS, SCAN_CACHE_LINES } from '../../server/src/core/analysis';
import { normCacheSize, scanReferences } from '../../server/src/core/refscan';
import { generateDraft } from '../../bench/generate';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** A large flat string, different for each k (about 2.8 million UTF-16 code units: 5.6 MB). */
function bigText(k: number): string {
  const words = ['государство', 'гражданин', 'Конституция', 'Республика', 'Казахстан', 'Парламент'];
  const parts: string[] = [];
  for (let i = 0; i < 250_000; i++) parts.push(words[(i * 7 + k) % words.length]);
  return parts.join(k % 2 ? ' ' : '\n');
}

describe('detach and bounded caches (issue 17.1)', () => {
  it('detach gives the same text', () => {
    const samples = ['', 'a', 'статья 5', 'x'.repeat(12), 'y'.repeat(13), '𝔸 surrogate pairs 𝔹 and a lone \ud800 high', 'ж'.repeat(4096), 'ж'.repeat(4097), 'абв'.repeat(10_000)];
    for (const s of samples) assert.equal(detach(s), s);
    const big = bigText(1);
    assert.equal(detach(big.slice(100, 20_000)), big.slice(100, 20_000));
  });

  it('a detached slice does not keep its text alive; a plain slice does', () => {
    const keepPlain: string[] = [];
    const keepDetached: string[] = [];
    const base = heapMB();
    for (let k = 0; k < 12; k++) keepPlain.push(bigText(k).slice(1000, 1100));
    const plain = heapMB() - base;
    keepPlain.length = 0;
    const base2 = heapMB();
    for (let k = 0; k < 12; k++) keepDetached.push(detach(bigText(k).slice(1000, 1100)));
    const detached = heapMB() - base2;
    // 12 texts of 5.6 MB: kept by plain slices (the measurement sees them), not by detached ones.
    assert.ok(plain > 40, `plain slices keep their texts: +${plain.toFixed(1)} MB`);
    assert.ok(detached < 10, `detached slices keep nothing of their texts: +${detached.toFixed(1)} MB`);
    assert.equal(keepDetached.length, 12);
  });

  it('analysing many versions of a document keeps no version but the cached lines (scan cache, word memo)', function () {
    this.timeout(120_000);
    const base = generateDraft({ articles: 1500, seed: 11 }).text;
    const at = base.indexOf('\n1. ', Math.floor(base.length / 2)) + 1;
    analyze(base);
    const before = heapMB();
    let last = 0;
    for (let k = 0; k < 25; k++) {
      // One edited line per version, with a citation and a new long word (tokenised and memoised).
      const text = base.slice(0, at) + `Согласно статье ${k + 1} конституционноправовых${k} норм ` + base.slice(at);
      const an = analyze(text);
      last = an.text.length;
    }
    const grown = heapMB() - before;
    // Each version is about 1.7 MB (UTF-16); 25 of them would be 42 MB.
    assert.ok(last > 800_000);
    assert.ok(grown < 12, `heap grew by ${grown.toFixed(1)} MB over 25 versions`);
  });

  it('the reference scanner keeps no word of a text it read', () => {
    const before = heapMB();
    for (let k = 0; k < 12; k++) {
      const text = bigText(k) + ` статьи ${k} конституционнейшая${k}`;
      scanReferences(text, 'ru', text.length - 60, text.length);
    }
    const grown = heapMB() - before;
    assert.ok(grown < 10, `heap grew by ${grown.toFixed(1)} MB after scanning 12 texts of 5.6 MB`);
    assert.ok(normCacheSize() > 0);
  });

  it('the scan cache stays within two generations of its budget', () => {
    clearScanCache();
    const line = (i: number) => `${i} в соответствии со статьей ${i % 90 + 1} ${'ж'.repeat(800)}`;
    let doc = '';
    for (let i = 0; i < 25_000; i++) {
      doc = line(i);
      scanLine(doc, 0, doc.length, 'ru');
    }
    const st = scanCacheStats();
    assert.ok(st.chars <= 2 * SCAN_CACHE_CHARS, `${st.chars} characters held`);
    assert.ok(st.lines <= 2 * SCAN_CACHE_LINES, `${st.lines} lines held`);
    // 25,000 lines of ~840 characters = 21 million: some generations were dropped.
    assert.ok(st.chars < 25_000 * 800);
    // A line still in use is found again (no entry added), and each caller gets its own copy of the
    // result (the incremental analysis moves its references in place, issue 17.4).
    const a = scanLine(doc, 0, doc.length, 'ru');
    const held = scanCacheStats();
    const b = scanLine(doc, 0, doc.length, 'ru');
    assert.deepEqual(scanCacheStats(), held);
    assert.deepEqual(b, a);
    assert.notEqual(b.references[0], a.references[0]);
    assert.notEqual(b.references[0].span, a.references[0].span);
    clearScanCache();
  });

  it('GenerationalCache: bounded, recently used entries survive a turn', () => {
    const c = new GenerationalCache<string, number>({ entries: 100, weight: 1000 }, (k) => k.length);
    for (let i = 0; i < 10_000; i++) {
      c.set(`k${i}`, i);
      assert.equal(c.get('k0'), 0); // used all the time: never dropped
      assert.ok(c.size <= 201);
    }
    assert.equal(c.get('k5000'), undefined);
    assert.equal(c.get('k9999'), 9999);
    assert.ok(c.turns > 50);
    const w = new GenerationalCache<string, string>({ entries: 1000, weight: 100 }, (k, v) => k.length + v.length);
    for (let i = 0; i < 1000; i++) w.set(`w${i}`, 'x'.repeat(30));
    assert.ok(w.weight <= 100);
  });

  it('GenerationalCache.getOrMake = get, then set on a miss (session 7)', () => {
    // Two caches fed the same random keys, one through getOrMake and one through get + set: the same
    // answers, generations, sizes and weights at every step.
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const a = new GenerationalCache<string, string>({ entries: 40, weight: 600 }, (k, v) => k.length + v.length);
    const b = new GenerationalCache<string, string>({ entries: 40, weight: 600 }, (k, v) => k.length + v.length);
    let made = 0;
    for (let i = 0; i < 20_000; i++) {
      const k = `k${Math.floor(rnd() * (rnd() < 0.5 ? 30 : 300))}`;
      const v = `v${i}`;
      const got = a.getOrMake(k, () => { made++; return v; });
      let want = b.get(k);
      if (want === undefined) { want = v; b.set(k, v); }
      assert.equal(got, want);
      assert.equal(a.size, b.size);
      assert.equal(a.weight, b.weight);
      assert.equal(a.turns, b.turns);
    }
    assert.ok(made > 1000 && made < 19_000 && a.turns > 100, `${made} made, ${a.turns} turns`);
  });
});
