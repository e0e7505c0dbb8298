// The per-line scan cache (analysis.ts scanLine): entries are found by a hash of a few characters and
// confirmed by comparing the whole line, so lines that agree on every sampled character but differ
// elsewhere must still get their own results, at the right offsets, however often they are looked up.

import * as assert from 'node:assert/strict';
import { clearScanCache, scanCacheStats, scanLine, SCAN_CACHE_CHARS, SCAN_CACHE_LINES } from '../../server/src/core/analysis';
import * as fs from 'node:fs';
import { analyze, scanReferences } from '../../server/src/core';
import { mayCite } from '../../server/src/core/refscan';
import { aliasing } from '../support/aliasing';
import { PRIORS, corpus } from '../support/files';

/** A line of fixed length whose sampled characters (ends and quarters) do not depend on `k`. */
function colliding(k: number): string {
  // 80 characters: the reference number sits at 32–33, away from 0–7, 72–79 and the quarters 20/40/60.
  return `${'ж'.repeat(20)} см. статьи ${String(10 + k)} и ${'ж'.repeat(80)}`.slice(0, 80);
}

const plain = (r: ReturnType<typeof scanReferences>) => JSON.parse(JSON.stringify(r));

describe('scan cache', () => {
  beforeEach(() => clearScanCache());

  it('lines that collide on the sampled characters keep their own results', () => {
    const lines = Array.from({ length: 30 }, (_, k) => colliding(k));
    assert.equal(new Set(lines).size, 30);
    assert.ok(lines.every((l) => l.length === 80));
    for (let round = 0; round < 3; round++) {
      for (const [k, line] of lines.entries()) {
        const doc = 'x'.repeat(k) + line + '\n';
        const got = scanLine(doc, k, k + 80, 'ru');
        const want = scanReferences(doc, 'ru', k, k + 80);
        assert.deepEqual(plain(got), plain(want), `line ${k}, round ${round}`);
        assert.equal(got.references[0]?.targets[0].article?.kind, 'num');
      }
    }
  });

  it('a document heavier than one generation (lighter than two) is scanned once, then found each pass, edited versions too', () => {
    // 13,000 distinct lines of ≈ 840 characters: ≈ 11.5 M of the 8 M characters of a generation.
    const line = (i: number) => `${i} в соответствии со статьей ${i % 90 + 1} ${'ж'.repeat(800)}`;
    const n = 13_000;
    const weight = Array.from({ length: n }, (_, i) => line(i).length).reduce((a, b) => a + b, 0);
    assert.ok(weight > 1.3 * SCAN_CACHE_CHARS && weight < 1.7 * SCAN_CACHE_CHARS && n < SCAN_CACHE_LINES);
    for (let pass = 0; pass < 4; pass++) {
      for (let i = 0; i < n; i++) {
        const doc = line(i);
        const r = scanLine(doc, 0, doc.length, 'ru');
        assert.equal(r.references[0].targets[0].article?.kind, 'num');
      }
      const st = scanCacheStats();
      assert.equal(st.scanned, n, `pass ${pass}: ${st.scanned - n} lines scanned again`);
      assert.ok(st.chars <= 2 * SCAN_CACHE_CHARS && st.lines <= 2 * SCAN_CACHE_LINES);
    }
    // Versions of the document with one line edited, each analysed in full (the bench's reanalyze): only
    // the edited line is new. Its entry must not turn the generations while the old one has room (that
    // dropped the old generation, ≈ 3,500 of these lines, to be scanned again on every version).
    for (let v = 0; v < 6; v++) {
      for (let i = 0; i < n; i++) {
        const doc = i === n >> 1 ? `${line(i)} правка ${v}` : line(i);
        const r = scanLine(doc, 0, doc.length, 'ru');
        assert.equal(r.references[0].targets[0].article?.kind, 'num');
      }
      const st = scanCacheStats();
      assert.equal(st.scanned, n + v + 1, `version ${v}: ${st.scanned - n - v - 1} lines scanned again`);
      assert.ok(st.chars <= 2 * SCAN_CACHE_CHARS && st.lines <= 2 * SCAN_CACHE_LINES);
    }
    // New lines still turn the generations (the budget holds whatever comes).
    for (let i = n; i < 2 * n; i++) { const doc = line(i); scanLine(doc, 0, doc.length, 'ru'); }
    const st = scanCacheStats();
    assert.ok(st.chars <= 2 * SCAN_CACHE_CHARS && st.lines <= 2 * SCAN_CACHE_LINES, JSON.stringify(st));
  });

  it('a line that cannot cite is answered without an entry; a line that may cite gets one', () => {
    // Every line of a real text, in its own language and in the two others: the scan is the scanner's, and
    // the cache holds exactly the distinct lines mayCite lets through (the others cost no copy).
    for (const f of ['kz-1995-ru.txt', 'kz-2026-final-draft-kk.txt', 'kz-1995-en.txt']) {
      const text = corpus(f);
      for (const lang of ['ru', 'kk', 'en'] as const) {
        clearScanCache();
        const kept = new Set<string>();
        let pos = 0;
        for (const line of text.split('\n')) {
          const s = pos;
          pos += line.length + 1;
          assert.deepEqual(plain(scanLine(text, s, s + line.length, lang)), plain(scanReferences(text, lang, s, s + line.length)), `${f} ${lang}: ${line}`);
          if (mayCite(line, lang)) kept.add(line);
        }
        assert.equal(scanCacheStats().lines, kept.size, `${f} ${lang}`);
        assert.equal(scanCacheStats().scanned, kept.size, `${f} ${lang}`);
      }
    }
  });

  it('the same line at another offset gets its references moved there', () => {
    const line = 'в соответствии с пунктом 2 статьи 7 и статьей 9 настоящей Конституции';
    for (const base of [0, 5, 1000, 5, 0]) {
      const doc = ' '.repeat(base) + line;
      assert.deepEqual(plain(scanLine(doc, base, base + line.length, 'ru')), plain(scanReferences(doc, 'ru', base, base + line.length)));
    }
  });
});

// The shift of a cached scan to the line's offset (analysis.ts shiftReference) copies each span and
// level of a reference once: what the scanner shares within a reference (a target's span and its
// number's span, the outer levels of every target of a list) stays shared, nothing is shared between
// two references or two look-ups (each analysis owns its references: incremental.ts moves them in place).
describe('scan cache: shifted references', () => {
  beforeEach(() => clearScanCache());

  const texts: [string, string][] = [];
  for (const f of fs.readdirSync(PRIORS).filter((x) => x.endsWith('.txt'))) texts.push([f, corpus(f)]);
  // Random lines of citation words, numbers and separators (lists, ranges, relative words, parts).
  let seed = 7;
  const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
  const words = ['статьи', 'статьей', 'пункта', 'пунктов', 'пунктами', 'подпункта', 'подпунктов', 'части', 'частью', 'первой', 'второй',
    'настоящей', 'статьи', 'Конституции', 'и', ',', '–', '-', '1', '2', '3', '5', '10-1', '1)', '2)', '3)', 'бап', '5-бабының', '2-тармағы', 'и 4', '7–9'];
  const random: string[] = [];
  for (let i = 0; i < 3000; i++) random.push(Array.from({ length: 3 + rnd(12) }, () => words[rnd(words.length)]).join(' '));
  texts.push(['random', random.join('\n')]);

  it('equal to a scan at the offset, with the scan\'s own sharing, owned by each look-up', () => {
    let shared = 0;
    let refs = 0;
    for (const [name, text] of texts) {
      const lang = analyze(text).lang;
      let pos = 0;
      for (const line of text.split('\n')) {
        const s = pos;
        const e = pos + line.length;
        pos = e + 1;
        if (line.length === 0) continue;
        const want = scanReferences(text, lang, s, e);
        const a = scanLine(text, s, e, lang);
        const b = scanLine(text, s, e, lang); // from the cache
        assert.deepEqual(plain(a), plain(want), `${name}: ${line}`);
        assert.deepEqual(plain(b), plain(want), `${name}: ${line}`);
        const owned = new Set<object>();
        for (const r of a.references) for (const o of aliasing(r).objects) owned.add(o);
        for (let k = 0; k < want.references.length; k++) {
          const w = aliasing(want.references[k]);
          const x = aliasing(b.references[k]);
          assert.deepEqual(x.pattern, w.pattern, `${name}: ${line}`);
          if (new Set(w.objects).size < w.pattern.filter((i) => i >= 0).length) shared++;
          for (const o of x.objects) assert.ok(!owned.has(o), `${name}: two look-ups share an object: ${line}`);
          for (const o of x.objects) owned.add(o);
          refs++;
        }
      }
    }
    assert.ok(refs > 2000 && shared > 1000, `${refs} references, ${shared} with shared parts`);
  });
});
