// Profiling driver for amendment bills (issue 11): read + check of the 2007 law against the 1998 text,
// and apply, in a loop, with the CPU time (process.cpuUsage) of each. For `node --cpu-prof`:
//
//   npx esbuild bench/bills-profile.ts --bundle --platform=node --target=node20 --outfile=/tmp/bills-profile.js
//   node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/bills-profile.js [RUNS] [rc|read|apply|synth N]
//
// Run from the repository root (the corpus is read from ../shared/corpus).

import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyBill, checkBill, readBill } from '../server/src/core';
import { syntheticBill } from './bills-apply';

const runs = Number(process.argv[2] ?? 50);
const what = process.argv[3] ?? 'all';
const dir = path.resolve('..', 'shared', 'corpus', 'amendments');
const law = fs.readFileSync(path.join(dir, 'kz-2007-254-III-ru.txt'), 'utf8');
const act = analyze(fs.readFileSync(path.join(dir, 'kz-constitution-ru-1998-10-06.txt'), 'utf8'));
const bill = readBill(law);

function cpu(name: string, fn: () => unknown): void {
  for (let i = 0; i < 3; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c);
    xs.push((d.user + d.system) / 1000);
  }
  xs.sort((a, b) => a - b);
  console.log(`${name}: CPU median ${xs[xs.length >> 1].toFixed(2)} ms, min ${xs[0].toFixed(2)} ms (${runs} runs)`);
}

if (what === 'all' || what === 'rc') cpu('read + check', () => checkBill(readBill(law), act));
if (what === 'all' || what === 'read') cpu('read', () => readBill(law));
if (what === 'all' || what === 'apply') cpu('apply', () => applyBill(bill, act.text));
if (what === 'synth') {
  // A synthetic bill of N instructions on a synthetic act (bench/bills-apply.ts syntheticBill), the act analysed once.
  const n = Number(process.argv[4] ?? 1000);
  const { act: synthText, bill: text } = syntheticBill(n);
  const synth = analyze(synthText);
  const b = readBill(text);
  console.log(`synthetic: ${b.instructions.length} instructions, act ${Math.round(synthText.length / 1024)} K chars`);
  cpu('synthetic read + check', () => checkBill(readBill(text), synth));
  cpu('synthetic apply (on the analysis)', () => applyBill(b, synthText, { parsed: synth.doc }));
}
