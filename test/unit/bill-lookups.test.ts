// Amendment bills, speed (issue 11): the look-ups that replaced linear scans give what the scans gave.
// The reader finds the quotation around a line, the one opening at a position and the last one closed
// before a position through an index (QuoteIndex, binary search) instead of a scan of every quotation per
// line; bill-unit-twice finds the first earlier clashing target through maps instead of a scan of every
// earlier target; apply keeps its pending edits in order (PendingEdits) and asks whether a new edit
// overlaps one by a binary search instead of a scan of all. Each is compared with the scan it replaced
// (written here as it was), on the real laws (../shared/corpus/amendments/) and on random input
// (fast-check, fixed seeds).

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { problem, readBill, type Bill, type BillTarget, type Instruction, type Problem, type Span } from '../../server/src/core';
import { QuoteIndex, quotations } from '../../server/src/core/bill/read';
import { unitTwice } from '../../server/src/core/bill/rules';
import { PendingEdits } from '../../server/src/core/bill/apply';

const AMENDMENTS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'amendments');
const LAWS = readdirSync(AMENDMENTS).filter((f) => /^kz-(\d{4}|law)-.*\.txt$/u.test(f)).sort();
const load = (f: string) => readFileSync(path.join(AMENDMENTS, f), 'utf8');

// ---- The scans as they were (core/bill/read.ts and rules.ts before the indexes).

const levels = ['article', 'paragraph', 'subparagraph'] as const;
const key = (t: BillTarget) => `${t.preamble ? 'P' : ''}${t.section ?? ''}|${t.article ?? ''}|${t.paragraph ?? ''}|${t.subparagraph ?? ''}|${t.part ?? ''}|${t.sentence ?? ''}`;
// The message's unit as a key (messages.ts names it in the UI language): the whole act, the preamble, a heading, or the numbers.
const label = (t: BillTarget) => (t.whole ? 'whole' : t.preamble ? 'preamble' : t.section !== undefined ? `section:${t.section}` : t.chapter !== undefined ? `chapter:${t.chapter}` : [t.article, t.paragraph, t.subparagraph].filter((x) => x !== undefined).join('.'));
function contains(a: BillTarget, b: BillTarget): boolean {
  if (a.section !== undefined || b.section !== undefined || a.preamble || b.preamble) return false;
  if (a.part !== undefined || a.sentence !== undefined) return false;
  return levels.every((l) => a[l] === undefined || a[l] === b[l]);
}
function unitTwiceScan(bill: Bill): Problem[] {
  const out: Problem[] = [];
  const seen: { ins: Instruction; t: BillTarget }[] = [];
  for (const ins of bill.instructions) {
    if (ins.act) continue;
    for (const t of ins.targets) {
      const whole = (k: Instruction['kind']) => k === 'replace-unit' || k === 'delete-unit' || k === 'insert-unit';
      const clash = seen.find((s) => s.ins.span.start !== ins.span.start && ((key(s.t) === key(t) && (whole(s.ins.kind) || whole(ins.kind)))
        || ((s.ins.kind === 'replace-unit' || s.ins.kind === 'delete-unit') && contains(s.t, t))
        || ((ins.kind === 'replace-unit' || ins.kind === 'delete-unit') && contains(t, s.t))));
      if (clash) out.push(problem('bill-unit-twice', t.span, { item: ins.item || '—', other: clash.ins.item || '—', unit: label(t) }));
    }
    for (const t of ins.targets) seen.push({ ins, t });
  }
  return out;
}

function sameLookups(quotes: Span[], positions: number[]): void {
  const qi = new QuoteIndex(quotes);
  for (const pos of positions) {
    assert.deepEqual(qi.around(pos), quotes.find((q) => q.start < pos && pos < q.end), `around ${pos}`);
    assert.equal(qi.indexAt(pos), quotes.findIndex((q) => q.start === pos), `indexAt ${pos}`);
    let last = -1;
    quotes.forEach((q, k) => { if (q.end <= pos) last = k; });
    assert.equal(qi.lastEndingBy(pos), last, `lastEndingBy ${pos}`);
  }
}

describe('amendment bills: indexed look-ups equal the scans they replaced (issue 11, speed)', () => {
  it('the quotations of every shared law, at every line start and end and at each quotation mark', () => {
    let n = 0;
    for (const f of LAWS) {
      const text = load(f);
      const quotes = quotations(text, 0, text.length);
      assert.ok(quotes.length > 0, f);
      const positions = new Set<number>([0, text.length]);
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) positions.add(i).add(i + 1);
      for (const q of quotes) for (const d of [-1, 0, 1]) positions.add(q.start + d).add(q.end + d);
      sameLookups(quotes, [...positions]);
      n += quotes.length;
    }
    assert.ok(n > 500, `${n} quotations`);
  });

  it('random disjoint quotations and positions (property, fixed seed)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(6), fc.integer({ min: 2, max: 9 })), { maxLength: 40 }), fc.array(fc.nat(400), { maxLength: 60 }), (gaps, positions) => {
      const quotes: Span[] = [];
      let at = 0;
      for (const [g, len] of gaps) {
        quotes.push({ start: at + g, end: at + g + len });
        at += g + len;
      }
      sameLookups(quotes, positions);
    }), { seed: 1101, numRuns: 300 });
  });

  it('bill-unit-twice on every shared law, and on bills of their instructions repeated and shuffled', () => {
    const all: Instruction[] = [];
    for (const f of LAWS) {
      const bill = readBill(load(f));
      assert.deepEqual(unitTwice(bill), unitTwiceScan(bill), f);
      // (An instruction for another act is not checked: only the laws' own-act instructions are reused.)
      all.push(...bill.instructions.filter((x) => !x.act));
    }
    assert.ok(all.length > 250, `${all.length} instructions`);
    let clashes = 0;
    fc.assert(fc.property(fc.array(fc.nat(all.length - 1), { minLength: 30, maxLength: 120 }), (picks) => {
      // Each pick its own statement (an instruction picked twice is two statements on the same units).
      const bill: Bill = { lang: 'ru', instructions: picks.map((k, i) => ({ ...all[k], span: { start: i, end: i + 1 } })), notes: [], problems: [] };
      const want = unitTwiceScan(bill);
      clashes += want.length;
      assert.deepEqual(unitTwice(bill), want);
    }), { seed: 1102, numRuns: 150 });
    assert.ok(clashes > 100, `${clashes} clashes found`);
  });

  it('bill-unit-twice on random bills: every kind, level, part, sentence, section and statement (property, fixed seed)', () => {
    const kinds: Instruction['kind'][] = ['replace-unit', 'insert-unit', 'delete-unit', 'replace-words', 'insert-words', 'delete-words'];
    /** `v` one time in eight, else absent. */
    const rarely = <T>(v: T) => fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(v) });
    const num = fc.constantFrom(undefined, '1', '2', '2-1');
    const target = fc.record({
      article: num, paragraph: num, subparagraph: num,
      part: rarely(2),
      sentence: rarely('last' as const),
      section: rarely('II'),
      preamble: rarely(true as const),
    });
    const instruction = fc.record({ kind: fc.constantFrom(...kinds), targets: fc.array(target, { minLength: 1, maxLength: 3 }), statement: fc.nat(12), act: rarely('Закон') });
    let clashes = 0;
    fc.assert(fc.property(fc.array(instruction, { minLength: 2, maxLength: 40 }), (list) => {
      const bill: Bill = {
        lang: 'ru', notes: [], problems: [],
        instructions: list.map((x, i) => {
          const ins: Instruction = { item: String(i + 1), kind: x.kind, span: { start: x.statement, end: x.statement + 1 }, targets: x.targets.map((t, k) => {
            const bt: BillTarget = { span: { start: i * 10 + k, end: i * 10 + k + 1 } };
            for (const [f, v] of Object.entries(t)) if (v !== undefined) (bt as unknown as Record<string, unknown>)[f] = v;
            return bt;
          }) };
          if (x.act) ins.act = x.act;
          return ins;
        }),
      };
      const want = unitTwiceScan(bill);
      clashes += want.length;
      assert.deepEqual(unitTwice(bill), want);
    }), { seed: 1103, numRuns: 400 });
    assert.ok(clashes > 500, `${clashes} clashes found`);
  });

  it('pending edits: overlap and the text they make, against the scan and sort (property, fixed seed)', () => {
    type E = { start: number; end: number; text: string };
    const edit = fc.tuple(fc.nat(60), fc.nat(12), fc.constantFrom('', 'x', 'yz')).map(([a, len, text]): E => ({ start: a, end: a + (len > 8 ? 0 : len), text }));
    let overlapping = 0;
    fc.assert(fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 25 }), (plans) => {
      const text = 'абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ0123456789';
      const pe = new PendingEdits();
      let naive: (E & { seq: number })[] = [];
      let seq = 0;
      let want = text;
      let got = text;
      const flushNaive = (t: string): string => {
        naive.sort((a, b) => a.start - b.start || a.seq - b.seq);
        let out = '';
        let pos = 0;
        for (const e of naive) {
          if (e.start < pos) continue;
          out += t.slice(pos, e.start) + e.text;
          pos = Math.max(pos, e.end);
        }
        naive = [];
        return out + t.slice(pos);
      };
      for (const es of plans) {
        const scan = es.some((e) => naive.some((p) => (e.start < p.end && p.start < e.end) || (e.start === e.end && p.start < e.start && e.start < p.end) || (p.start === p.end && e.start < p.start && p.start < e.end)));
        assert.equal(pe.overlaps(es), scan);
        assert.equal(pe.size, naive.length);
        if (scan) {
          overlapping++;
          // As apply does: the pending edits go in first, then these (here: also when they overlap each other).
          want = flushNaive(want);
          got = pe.applyTo(got);
        }
        for (const e of es) {
          naive.push({ ...e, seq: seq++ });
          pe.add(e);
        }
      }
      assert.equal(pe.applyTo(got), flushNaive(want));
    }), { seed: 1104, numRuns: 400 });
    assert.ok(overlapping > 300, `${overlapping} overlaps`);
  });
});
