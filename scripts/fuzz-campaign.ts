// Long fuzz campaign over the pure core (issue 7).
//   npm run fuzz:campaign -- --cases 100000 [--seed N] [--json FILE]
// Generators: random Unicode, random UTF-16 units (lone surrogates), markup/reference tokens,
// mixed-script lines, mutated corpus texts. Every case: analyze() must not throw, every span must lie
// inside the document with a valid LSP range, and (every 10th case) two analyses must be identical.
// Prints inputs tried, crashes (must be 0), the slowest case and its size, throughput.

import * as fs from 'node:fs';
import fc from 'fast-check';
import {
  arbMixedLines, arbMutatedCorpus, arbTokenText, arbUnicode, arbUtf16, checkText, corpusTexts,
} from '../test/unit/fuzz-support';

const argv = process.argv.slice(2);
const opt = (n: string) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
const total = Number(opt('--cases') ?? 100000);
const seed = Number(opt('--seed') ?? 20260315);

// Larger inputs than fast-check's default small bias (maxLength bounds still apply).
fc.configureGlobal({ baseSize: 'large' });

const corpus = corpusTexts().map((c) => c.text);
const generators: [string, fc.Arbitrary<string>, number][] = [
  ['unicode', arbUnicode(600), 0.15],
  ['utf16', arbUtf16(600), 0.15],
  ['tokens', arbTokenText(500), 0.35],
  ['mixed-lines', arbMixedLines(), 0.2],
  ['mutated-corpus', arbMutatedCorpus(corpus, 6000), 0.15],
];

interface Stat { cases: number; chars: number; ms: number; crashes: number; slowest: { ms: number; size: number } }
const stats = new Map<string, Stat>();
const crashes: { generator: string; index: number; error: string; input: string }[] = [];
let slowest = { ms: 0, size: 0, generator: '' };
let slowestInput = '';
const t0 = performance.now();
let done = 0;
let chars = 0;

for (const [name, arb, share] of generators) {
  const n = Math.round(total * share);
  const st: Stat = { cases: 0, chars: 0, ms: 0, crashes: 0, slowest: { ms: 0, size: 0 } };
  stats.set(name, st);
  // fc.sample with a fixed seed: reproducible inputs; generated in batches to bound memory.
  const batch = 2000;
  for (let off = 0; off < n; off += batch) {
    const inputs = fc.sample(arb, { numRuns: Math.min(batch, n - off), seed: seed + off + name.length * 1_000_003 });
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      const t = performance.now();
      try {
        checkText(input, { determinism: (off + i) % 10 === 0 });
      } catch (e) {
        st.crashes++;
        if (crashes.length < 20) crashes.push({ generator: name, index: off + i, error: String((e as Error)?.stack ?? e).slice(0, 400), input: input.slice(0, 300) });
      }
      const ms = performance.now() - t;
      st.cases++;
      st.chars += input.length;
      st.ms += ms;
      if (ms > st.slowest.ms) st.slowest = { ms, size: input.length };
      if (ms > slowest.ms) { slowest = { ms, size: input.length, generator: name }; slowestInput = input; }
      done++;
      chars += input.length;
    }
    if (process.stderr.isTTY) process.stderr.write(`\r${done}/${total} …`);
  }
}
const elapsed = (performance.now() - t0) / 1000;
if (process.stderr.isTTY) process.stderr.write('\n');

// Re-time the slowest input: a one-off pause (GC, another process) or a genuinely slow input?
const retimes: number[] = [];
for (let i = 0; i < 5; i++) { const t = performance.now(); checkText(slowestInput, { determinism: false }); retimes.push(performance.now() - t); }
retimes.sort((a, b) => a - b);
const retime = retimes[2];

const totalCrashes = [...stats.values()].reduce((s, x) => s + x.crashes, 0);
console.log(`fuzz campaign: seed ${seed}, Node ${process.version}`);
console.log('| generator | inputs | chars (total) | crashes | mean ms | slowest ms (size) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [name, s] of stats) {
  console.log(`| ${name} | ${s.cases} | ${s.chars} | ${s.crashes} | ${(s.ms / Math.max(1, s.cases)).toFixed(3)} | ${s.slowest.ms.toFixed(1)} (${s.slowest.size} chars) |`);
}
console.log(`inputs tried: ${done}; crashes: ${totalCrashes}; slowest: ${slowest.ms.toFixed(1)} ms (${slowest.size} chars, ${slowest.generator}; re-timed median of 5: ${retime.toFixed(2)} ms); ` +
  `throughput: ${(done / elapsed).toFixed(0)} inputs/s, ${(chars / elapsed / 1e6).toFixed(2)} M chars/s; wall ${elapsed.toFixed(1)} s`);
for (const c of crashes) console.log(`CRASH ${c.generator}#${c.index}: ${c.error}\n  input: ${JSON.stringify(c.input)}`);
const json = opt('--json');
if (json) fs.writeFileSync(json, JSON.stringify({ seed, node: process.version, inputs: done, crashes: totalCrashes, slowest, slowestRetimedMs: retime, slowestInput: slowestInput.slice(0, 2000), elapsed, throughput: done / elapsed, perGenerator: Object.fromEntries(stats), crashList: crashes }, null, 2));
process.exit(totalCrashes === 0 ? 0 : 1);
