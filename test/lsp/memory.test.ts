// Issue 17.1: the running server's memory over thousands of keystrokes, over stdio against dist/server.js.
//
// A client types single-character edits into one paragraph (letters, spaces, citations, and a
// backspace now and then), pulls diagnostics every 10 edits, and asks for document symbols, hover
// (article heading: the prior hover, and the edited paragraph) and code lenses along the way. The
// server's resident set (VmRSS in /proc/<pid>/status) is sampled after every pull. GC makes single
// samples noisy, so the low point of a window is compared: the window right after the first 500
// edits against the last window of the run. This bounds growth, not time.

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { generateDraft } from '../../bench/generate';
import { startServer, open, RU_TEXT, type Server } from '../support/harness';

const EDITS = 5000;
const PULL_EVERY = 10;

function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  if (!m) throw new Error('no VmRSS in /proc/<pid>/status');
  return Number(m[1]) / 1024;
}

/** Line and character of the first paragraph line «1. …» after `from` (a line offset into the text). */
function paragraphLine(text: string, fromFraction: number): { line: number; character: number; heading: number } {
  const lines = text.split(/\r\n|\r|\n/);
  let heading = -1;
  for (let i = Math.floor(lines.length * fromFraction); i < lines.length; i++) {
    if (/^Статья\s+\d/.test(lines[i])) heading = i;
    if (heading >= 0 && /^1\.\s+\S/.test(lines[i])) return { line: i, character: lines[i].length, heading };
  }
  throw new Error('no numbered paragraph found');
}

// What is typed: words, a citation, punctuation; every 9th keystroke is a backspace.
const TYPED = ' в порядке, предусмотренном пунктом 2 статьи 3 настоящей Конституции, и законом';

interface Run { baseMB: number; endMB: number; samples: number; maxMB: number }

async function typeAndMeasure(s: Server, uri: string, text: string): Promise<Run> {
  const pid = s.proc.pid!;
  const { line, character: startChar, heading } = paragraphLine(text, 0.5);
  open(s, uri, text);
  const first: any = await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  assert.ok(Array.isArray(first.items), 'a diagnostic report');
  let version = 1;
  let ch = startChar; // where the next character goes
  let t = 0;
  const samples: { edit: number; mb: number }[] = [];
  const pending: Promise<unknown>[] = [];
  for (let i = 1; i <= EDITS; i++) {
    version++;
    if (i % 9 === 0 && ch > startChar) {
      s.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: ch - 1 }, end: { line, character: ch } }, text: '' }],
      });
      ch--;
    } else {
      const c = TYPED[t++ % TYPED.length];
      s.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: ch }, end: { line, character: ch } }, text: c }],
      });
      ch++;
    }
    // Requests are pipelined; each is checked when the pull that follows it is answered.
    if (i % 50 === 0) {
      pending.push(s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }).then((r: any) => {
        assert.ok(Array.isArray(r) && r.length > 0, 'document symbols');
      }));
    }
    if (i % 250 === 0) {
      pending.push(s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: heading, character: 2 } }).then((r: any) => {
        assert.ok(r && r.contents, 'hover on the article heading');
      }));
      pending.push(s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 1 } }));
    }
    if (i % 500 === 0) {
      pending.push(s.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } }).then((r: any) => {
        assert.ok(Array.isArray(r), 'code lenses');
      }));
    }
    if (i % PULL_EVERY === 0) {
      const r: any = await s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(r && (Array.isArray(r.items) || r.kind === 'unchanged'), `diagnostic report after edit ${i}`);
      await Promise.all(pending.splice(0));
      assert.ok(!s.exited, `the server is still running after ${i} edits`);
      samples.push({ edit: i, mb: rssMB(pid) });
      if (process.env.ATAZAN_MEM_SNAPSHOT && (i === 500 || i === EDITS)) { process.kill(pid, 'SIGUSR2'); await new Promise((r) => setTimeout(r, 20_000)); }
      if (process.env.ATAZAN_MEM_TRACE && i % 500 === 0) console.log(`      ${i} edits: RSS ${samples[samples.length - 1].mb.toFixed(0)} MB`);
    }
  }
  const low = (from: number, to: number) => Math.min(...samples.filter((x) => x.edit > from && x.edit <= to).map((x) => x.mb));
  return {
    baseMB: low(500, 700),
    endMB: low(EDITS - 200, EDITS),
    samples: samples.length,
    maxMB: Math.max(...samples.map((x) => x.mb)),
  };
}

describe('server memory while typing (issue 17.1)', function () {
  // A bound on growth, not on time (the bench times the server): on a quiet machine the first case takes
  // 2–4 minutes; the limit only stops a hung server, and allows for a machine busy with other work.
  this.timeout(45 * 60_000);
  const linux = existsSync('/proc/self/status');

  it('5,000 keystrokes into a 5,000-article draft: RSS at the end is within 1.5× of RSS after 500', async function () {
    if (!linux) this.skip();
    const s = await startServer();
    try {
      const text = generateDraft({ articles: 5000, seed: 17 }).text;
      const uri = pathToFileURL('/memory/draft-5000.const.txt').href;
      const r = await typeAndMeasure(s, uri, text);
      console.log(`      5,000 articles: RSS low point after 500 edits ${r.baseMB.toFixed(0)} MB, at ${EDITS} edits ${r.endMB.toFixed(0)} MB (×${(r.endMB / r.baseMB).toFixed(2)}; highest sample ${r.maxMB.toFixed(0)} MB, ${r.samples} samples)`);
      assert.ok(r.endMB <= 1.5 * r.baseMB, `RSS grew from ${r.baseMB.toFixed(0)} MB to ${r.endMB.toFixed(0)} MB`);
    } finally {
      await s.stop();
    }
  });

  it('5,000 keystrokes into the real 2026 draft: RSS grows by at most 50 MB after the first 500', async function () {
    if (!linux) this.skip();
    const s = await startServer();
    try {
      const uri = pathToFileURL('/memory/draft-2026-ru.const.txt').href;
      const r = await typeAndMeasure(s, uri, RU_TEXT);
      console.log(`      real 2026 draft: RSS low point after 500 edits ${r.baseMB.toFixed(0)} MB, at ${EDITS} edits ${r.endMB.toFixed(0)} MB (+${(r.endMB - r.baseMB).toFixed(0)} MB; highest sample ${r.maxMB.toFixed(0)} MB)`);
      assert.ok(r.endMB - r.baseMB <= 50, `RSS grew by ${(r.endMB - r.baseMB).toFixed(0)} MB`);
    } finally {
      await s.stop();
    }
  });
});
