// In-process driver for issue 17.4: the same typing as bench/hover-drive.ts through the language
// service (update + prior comparison), timed per step. npx tsx bench/hover-inproc.ts [edits=40] [--prof=FILE] [--defer]
// (--prof: a CPU profile of the typing loop only, written to FILE; --defer: the comparison as the hover
// asks for it, with the idf update deferred — MatchOptions.deferIdf)
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { analyze, incrementalStats, comparePrior, createLanguageService, Matcher, SourceText } from '../server/src/core';
import { generateDraft } from './generate';

const ROOT = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const n = Number(args.find((x) => !x.startsWith('--')) ?? 40);
const defer = args.includes('--defer');
const profFile = args.find((x) => x.startsWith('--prof='))?.slice(7);
const session = profFile ? new inspector.Session() : null;
const post = (m: string, p?: object) => new Promise<any>((res, rej) => session!.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
const prior = analyze(fs.readFileSync(path.join(ROOT, 'data', 'priors', 'kz-1995-ru.txt'), 'utf8'));
const big = generateDraft({ articles: 5000, seed: 1 }).text;
const svc = createLanguageService();
const uri = 'file:///x.const.txt';
svc.open(uri, big);
const an0 = analyze(big);
const arts = an0.doc.articles;
const a = arts[arts.length >> 1];
const line = a.lines.find((l: any) => l.end - l.start > 20) ?? a.lines[0];
const off = line.start + 10;
const matcher = new Matcher();
let src = SourceText.of(big);
svc.read(uri, (an) => comparePrior(an, prior, 'kz-1995', matcher));
const up: number[] = [];
const cmp: number[] = [];
async function main(): Promise<void> {
if (session) { session.connect(); await post('Profiler.enable'); await post('Profiler.setSamplingInterval', { interval: 200 }); await post('Profiler.start'); }
for (let k = 0; k < n; k++) {
  const ch = 'абвгдежзиклмнопрстуфхцчшщэюя '[(k + 1) % 29];
  src = src.edit(off + k, off + k, ch);
  let c = process.cpuUsage();
  svc.change(uri, [{ start: off + k, end: off + k, text: ch }], src);
  svc.read(uri, () => 0);
  c = process.cpuUsage(c);
  up.push((c.user + c.system) / 1000);
  c = process.cpuUsage();
  svc.read(uri, (an) => comparePrior(an, prior, 'kz-1995', matcher, { deferIdf: defer }));
  c = process.cpuUsage(c);
  cmp.push((c.user + c.system) / 1000);
}
if (session) fs.writeFileSync(profFile!, JSON.stringify((await post('Profiler.stop')).profile));
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1].toFixed(1);
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)].toFixed(1);
void main().then(() => {
const both = up.map((u, i) => u + cmp[i]);
const mean = (xs: number[]) => (xs.reduce((s, x) => s + x, 0) / xs.length).toFixed(1);
console.log('CPU: update median', med(up), 'ms; compare median', med(cmp), 'ms; update+compare median', med(both), 'p90', p90(both), 'mean', mean(both), 'ms');
console.log('update', up.map((x) => x.toFixed(0)).join(' '));
console.log('compare', cmp.map((x) => x.toFixed(0)).join(' '));
console.log(incrementalStats);
});
