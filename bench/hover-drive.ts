// Stand-alone driver for issue 17.4 (profiling): the bench's "first hover after an edit" row alone.
// npx tsx bench/hover-drive.ts [edits=30] [--prof DIR]   (ATAZAN_SERVER=path: another build of the server)
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../server/src/core';
import { generateDraft } from './generate';

const ROOT = path.resolve(__dirname, '..');
const n = Number(process.argv[2] ?? 30);
const profI = process.argv.indexOf('--prof');
const prof = profI > 0 ? process.argv[profI + 1] : null;

async function main() {
  const rpc = require('vscode-languageserver-protocol/node');
  const args = [...(prof ? ['--cpu-prof', '--cpu-prof-dir', prof] : []), process.env.ATAZAN_SERVER ?? path.join(ROOT, 'dist/server.js'), '--stdio'];
  const proc = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(proc.stdout), new rpc.StreamMessageWriter(proc.stdin));
  conn.onRequest('workspace/configuration', (p: any) => (p.items ?? []).map(() => ({})));
  conn.onRequest(() => null);
  conn.onNotification(() => {});
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } } });
  conn.sendNotification('initialized', {});
  const big = generateDraft({ articles: 5000, seed: 1 }).text;
  const uri = 'file:///bench/hover-after-edit.const.txt';
  let version = 1;
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'constitution', version, text: big } });
  const an = analyze(big);
  const art = an.doc.articles[an.doc.articles.length >> 2];
  const head = an.lineIndex.positionAt(art.headSpan.start);
  const arts = an.doc.articles;
  const a = arts[arts.length >> 1];
  const line = a.lines.find((l: any) => l.end - l.start > 20) ?? a.lines[0];
  const pos = an.lineIndex.positionAt(line.start + 10);
  const hover = () => conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: head.line, character: head.character + 2 } });
  let t = performance.now();
  const first: any = await hover();
  console.log('first', (performance.now() - t).toFixed(0), 'ms; prior in hover:', JSON.stringify(first?.contents ?? '').includes('1995'));
  const cpu = () => { const f = fs.readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
  const cpu0 = cpu();
  const xs: number[] = [];
  const cs: number[] = [];
  for (let k = 0; k < n; k++) {
    version++;
    const p = { line: pos.line, character: pos.character + k };
    t = performance.now();
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: p, end: p }, text: 'абвгдежзиклмнопрстуфхцчшщэюя '[(k + 1) % 29] }] });
    const h: any = await hover();
    if (!h?.contents) throw new Error('no hover');
    xs.push(performance.now() - t);
    cs.push(cpu());
  }
  const s = [...xs].sort((a, b) => a - b);
  console.log('hover after edit: median', s[s.length >> 1].toFixed(1), 'ms, range', s[0].toFixed(1), '–', s[s.length - 1].toFixed(1), 'ms; all', xs.map((x) => x.toFixed(0)).join(' '));
  const per = cs.map((c, i) => c - (i ? cs[i - 1] : cpu0)).sort((a, b) => a - b);
  console.log('server CPU per edit+hover: mean', ((cpu() - cpu0) / n).toFixed(1), 'ms, median', per[per.length >> 1], 'ms, p90', per[Math.floor(per.length * 0.9)], 'ms (10 ms ticks)');
  await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
  conn.sendNotification('exit');
  await new Promise((r) => proc.on('exit', r));
  conn.dispose();
}
main().catch((e) => { console.error(e); process.exit(1); });
