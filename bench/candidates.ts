// The matcher's candidate generation (issue 15), bounded against exhaustive, on the bench's table
// inputs: posting entries read, candidates checked, pairs kept, and the CPU time of comparePrior +
// tableMarkdown with each (alternated in one process, so that both see the same machine load).
//
//   npx esbuild bench/candidates.ts --bundle --platform=node --target=node20 --outfile=/tmp/candidates.js
//   node /tmp/candidates.js [SIZES=1000,2000] [RUNS=3] [growing|fixed]
//
// The third argument picks the generator's vocabulary (bench/generate.ts).

import { analyze, comparePrior, tableMarkdown } from '../server/src/core';
import { Matcher } from '../server/src/core/prior/match';
import { benchPrior, generateDraft, GenOptions } from './generate';

const sizes = (process.argv[2] ?? '1000,2000').split(',').map(Number);
const runs = Number(process.argv[3] ?? 3);
const vocabulary = (process.argv[4] ?? 'growing') as GenOptions['vocabulary'];
const cpu = (fn: () => void): number => { const a = process.cpuUsage(); fn(); const b = process.cpuUsage(a); return (b.user + b.system) / 1000; };
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const n of sizes) {
  const an = analyze(generateDraft({ articles: n, seed: 1, vocabulary }).text);
  const prior = analyze(benchPrior(n, vocabulary).text);
  const t = { exhaustive: [] as number[], bounded: [] as number[] };
  const st: Record<string, Matcher['stats']> = {};
  for (let r = 0; r < runs; r++) {
    for (const mode of ['exhaustive', 'bounded'] as const) {
      const m = new Matcher({ exhaustive: mode === 'exhaustive' });
      t[mode].push(cpu(() => { tableMarkdown(comparePrior(an, prior, 'bench-prior', m), 'ru'); }));
      st[mode] = { ...m.stats };
    }
  }
  console.log(`${n} articles (${vocabulary}): posting reads ${st.exhaustive.postingReads} → ${st.bounded.postingReads}, candidates ${st.exhaustive.candidates} → ${st.bounded.candidates}, kept ${st.bounded.kept}; CPU ms median ${med(t.exhaustive).toFixed(0)} → ${med(t.bounded).toFixed(0)} (exhaustive ${t.exhaustive.map((x) => x.toFixed(0)).join(' ')}; bounded ${t.bounded.map((x) => x.toFixed(0)).join(' ')})`);
}
