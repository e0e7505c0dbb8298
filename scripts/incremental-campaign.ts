// Differential campaign of the incremental analysis (issue 15: "keep behaviour identical").
//   npm run fuzz:incremental -- [--minutes 20] [--seed N] [--json FILE] [--only NAME] [--crlf] [--service] [--prior]
//   npm run fuzz:incremental -- --lsp [--push] [--parallel] [--minutes 20] [--seed N] [--json FILE] [--only NAME] [--crlf]
//
// Sessions of drafting on real texts, keystroke by keystroke (test/support/campaign.ts): every keystroke
// through analyzeIncremental, compared with a full analysis of the same text.
// Texts: the six Constitutions (data/priors), the laws that amended the 1995 Constitution and its
// editions (../shared/corpus/amendments, SOURCES.md there), the acts and bills of test/fixtures/acts
// (SOURCES.md there), and two generated drafts. With --crlf every text has Windows line ends (as a drafter
// on Windows sends them) and a byte-order mark. With --service the keystrokes also go through a
// LanguageService whose answers are compared with a fresh one's after every operation. With --prior the
// Constitutions and their editions are compared with the 1995 Constitution in their language by one kept
// Matcher, as the server does, and each full comparison with a fresh one.
// With --lsp the same sessions (no full analysis per keystroke) are replayed over the protocol into the
// bundled server (dist/server.js, built first), and at each check point its answers for the edited document
// are compared with its answers for a fresh copy of the same text (test/support/lsp-campaign.ts): pulled
// diagnostics (with the previous result id), or with --push the published ones, and the other features.
// Prints keystrokes tried, how many took the fast path, differences and throws (both must be 0), and the
// first differences with the text near the change, the change and the first differing field (saved whole
// with --json). Exit status 1 on any difference or throw.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../server/src/core';
import { generateDraft } from '../bench/generate';
import { realTexts, runCampaign, sessionEvents } from '../test/support/campaign';
import { FULL_CAPS, startServer } from '../test/support/harness';
import { languagePartners, replayThroughServer } from '../test/support/lsp-campaign';

const argv = process.argv.slice(2);
const opt = (n: string) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
const minutes = Number(opt('--minutes') ?? 20);
const seed = Number(opt('--seed') ?? 20261207);
const only = opt('--only');
const ROOT = path.join(__dirname, '..');

const texts = [
  ...realTexts(ROOT),
  { name: 'generated 300', text: generateDraft({ articles: 300, seed: 11 }).text },
  { name: 'generated 300 with chapters', text: withChapters(generateDraft({ articles: 300, seed: 12 }).text) },
].map((t) => (argv.includes('--crlf') ? { name: `${t.name} (CRLF, BOM)`, text: '\ufeff' + t.text.replace(/\r?\n/g, '\r\n') } : t));
/** Every text, before --only (a text's language versions are opened beside it even when not edited). */
const everyText = [...texts];
if (only) texts.splice(0, texts.length, ...texts.filter((t) => t.name.includes(only)));

/** A chapter every 9 articles and a subchapter every 4, as codes have them. */
function withChapters(text: string): string {
  let c = 0;
  let s = 0;
  return text.replace(/^Статья (\d+)$/gm, (m, n) => {
    const k = Number(n);
    return (k % 9 === 1 ? `Глава ${++c}. Положения главы\n` : '') + (k % 4 === 1 ? `Параграф ${++s}. Положения параграфа\n` : '') + m;
  });
}

/** With --prior, the Constitutions and their editions (not the laws that amend them, nor other acts) get the 1995 prior. */
const priors = argv.includes('--prior')
  ? new Map(['ru', 'kk', 'en'].map((l) => [l, analyze(fs.readFileSync(path.join(ROOT, 'data', 'priors', `kz-1995-${l}.txt`), 'utf8'))]))
  : null;
const constitution = (name: string) => /kz-(1995|2026)-|kz-constitution-/.test(name);

const t0 = performance.now();
if (argv.includes('--lsp')) void lsp().catch((e) => { console.error(e); process.exitCode = 2; });
else offline();

/** The replay through the server: one generated session at a time, until the time is up. */
async function lsp(): Promise<void> {
  const push = argv.includes('--push');
  // --parallel: the texts that have other language versions, each opened beside its versions.
  const partners = argv.includes('--parallel') ? languagePartners(everyText) : undefined;
  if (partners) texts.splice(0, texts.length, ...texts.filter((t) => partners(t.name).length > 0));
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-lsp-campaign-'));
  for (const d of ['a', 'b']) fs.mkdirSync(path.join(ws, d));
  const caps = push ? { ...FULL_CAPS, textDocument: { ...FULL_CAPS.textDocument, diagnostic: undefined } } : FULL_CAPS;
  const server = await startServer({ folders: [ws], capabilities: caps });
  const deadline = t0 + minutes * 60_000;
  const total = { sessions: 0, keystrokes: 0, changeEvents: 0, wholeTextChanges: 0, checks: 0, unchanged: 0, differences: 0, throws: 0 };
  const first: unknown[] = [];
  const perText = new Map<string, { keystrokes: number; checks: number; differences: number }>();
  try {
    for (let i = 0; performance.now() < deadline && texts.length > 0; i++) {
      const t = texts[i % texts.length];
      const g = sessionEvents(t, seed + 7919 * i, 12);
      const x = await replayThroughServer(server, g.events, { seed: seed + i, dirA: pathToFileURL(path.join(ws, 'a')).href, dirB: pathToFileURL(path.join(ws, 'b')).href, push, partners });
      total.sessions++;
      total.keystrokes += g.keystrokes;
      total.throws += g.throws;
      for (const k of ['changeEvents', 'wholeTextChanges', 'checks', 'unchanged', 'differences'] as const) total[k] += x[k];
      first.push(...x.first);
      const p = perText.get(t.name) ?? { keystrokes: 0, checks: 0, differences: 0 };
      p.keystrokes += g.keystrokes;
      p.checks += x.checks;
      p.differences += x.differences;
      perText.set(t.name, p);
    }
  } finally {
    await server.stop();
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`campaign through the server (${push ? 'pushed' : 'pulled'} diagnostics${partners ? ', with the language versions open' : ''}): seed ${seed}, ${secs.toFixed(0)} s, ${total.sessions} sessions on ${texts.length} texts`);
  console.log(`keystrokes ${total.keystrokes} in ${total.changeEvents} didChange notifications (${total.wholeTextChanges} sent as the whole text); checks ${total.checks} (${total.unchanged} pulls answered «unchanged»)`);
  console.log(`differences from a fresh copy in the same server: ${total.differences}; throws of the generator: ${total.throws}`);
  console.log('per text (keystrokes, checks, differences):');
  for (const [n, p] of perText) console.log(`  ${n}: ${p.keystrokes}, ${p.checks}, ${p.differences}`);
  for (const d of first.slice(0, 10) as { name: string; when: string; version: number; field: string; text: string }[]) {
    console.log(`\n[${d.name}] version ${d.version}: ${d.field}\n  text (${d.text.length} characters): ${JSON.stringify(d.text).slice(0, 300)}`);
  }
  const json = opt('--json');
  if (json) fs.writeFileSync(json, JSON.stringify({ seed, minutes, seconds: secs, node: process.version, mode: (push ? 'lsp push' : 'lsp pull') + (partners ? ' parallel' : ''), texts: texts.map((t) => t.name), ...total, perText: Object.fromEntries(perText), first }, null, 2) + '\n');
  process.exitCode = total.differences + total.throws > 0 ? 1 : 0;
}

function offline(): void {
  const r = runCampaign({
    seed, texts, deadline: t0 + minutes * 60_000, service: argv.includes('--service'),
    prior: priors ? (name, an) => (constitution(name) ? { id: 'kz-1995', an: priors.get(an.lang) ?? priors.get('ru')! } : null) : undefined,
  });
  const secs = (performance.now() - t0) / 1000;
  const pc = (a: number, b: number) => (100 * a / Math.max(1, b)).toFixed(1);
  console.log(`incremental campaign: seed ${seed}, ${secs.toFixed(0)} s, ${r.sessions} sessions on ${texts.length} texts`);
  console.log(`keystrokes ${r.keystrokes}, fast path ${r.fast} (${pc(r.fast, r.keystrokes)} %), after idle preparation ${r.prepared}`);
  console.log(`differences from a full analysis (or a fresh service: ${r.serviceChecks} comparisons; or a fresh prior comparison: ${r.priorChecks}): ${r.differences}; throws: ${r.throws}`);
  console.log('operations:', [...r.ops].map(([k, v]) => `${k} ${v}`).join('; '));
  console.log('per text (keystrokes, fast %, differences):');
  for (const [n, p] of r.perText) console.log(`  ${n}: ${p.keystrokes}, ${pc(p.fast, p.keystrokes)} %, ${p.differences}`);
  for (const d of r.first.slice(0, 10)) {
    const near = d.text.slice(Math.max(0, d.change.start - 60), d.change.end + 60);
    console.log(`\n[${d.name}] ${d.op} (${d.incremental ? 'fast path' : 'full'}): change ${JSON.stringify(d.change)}\n  near: ${JSON.stringify(near)}\n  ${d.error ? d.error.split('\n').slice(0, 4).join('\n  ') : d.field}`);
  }
  const json = opt('--json');
  if (json) {
    fs.writeFileSync(json, JSON.stringify({
      seed, minutes, seconds: secs, node: process.version, sessions: r.sessions, texts: texts.map((t) => t.name),
      serviceChecks: r.serviceChecks, priorChecks: r.priorChecks, keystrokes: r.keystrokes, fast: r.fast, prepared: r.prepared, differences: r.differences, throws: r.throws,
      ops: Object.fromEntries(r.ops), perText: Object.fromEntries(r.perText), first: r.first,
    }, null, 2) + '\n');
  }
  process.exitCode = r.differences + r.throws > 0 ? 1 : 0;
}
