// `atazan amendments BILL [--act ID|PATH] [--format text|json]` (issue 11): the instructions of an
// amendment bill and its problems against the act it amends (a bundled act, kz-1995 by default or the
// bill's `<!-- amends: ID -->`, or a file). Exit 0, 1 when there are errors, 2 on usage errors.

import * as fs from 'fs';
import * as path from 'path';
import { billActId, bundledAct, checkBill, formatMessage, isBill, readBill, type Analysis, type BillTarget, type BundledAct } from './core';
import { PriorLoader } from './prior-loader';
import { parseOptions } from './cli-args';

export interface AmendmentsIo {
  out(s: string): void;
  err(s: string): void;
}

export interface AmendmentsDeps {
  readTextFile(file: string): string;
  usageError(message: string): Error;
}

const target = (t: BillTarget) => {
  const o: Record<string, string | number | boolean> = {};
  if (t.whole) o.whole = true;
  if (t.preamble) o.preamble = true;
  if (t.title) o.title = true;
  // A chapter's target is its heading unless the whole chapter or its whole text is meant (session 25: printed as
  // «chapter 2» alike, two testers read a heading's new wording as the chapter's).
  if (t.chapter !== undefined && !t.chapterWhole && !t.everywhere) o.title = true;
  if (t.chapterWhole) o.chapterWhole = true;
  if (t.everywhere) o.everywhere = true;
  if (t.indent) o.indent = true;
  if (t.contents) o.contents = true;
  for (const k of ['section', 'chapter', 'article', 'paragraph', 'inPart', 'subparagraph', 'part', 'sentence'] as const) if (t[k] !== undefined) o[k] = t[k]!;
  return o;
};

export function cmdAmendments(args: string[], io: AmendmentsIo, deps: AmendmentsDeps): number {
  const o = parseOptions(args, { '--act': 'value', '--format': ['text', 'json'] }, deps.usageError);
  if (o.positional.length > 1) throw deps.usageError('amendments takes one BILL');
  const file = o.positional[0];
  const actId = o.value('--act');
  const format = (o.value('--format') ?? 'text') as 'text' | 'json';
  if (!file) throw deps.usageError('amendments needs a BILL');
  const text = deps.readTextFile(file);
  if (!isBill(text)) throw deps.usageError(`${file}: not an amendment bill (no enacting words «Внести в … следующие изменения» / «… енгізілсін», no <!-- amends: ID --> annotation)`);
  const bill = readBill(text);
  // A bill of an act that is not bundled («Внести в Закон … следующие изменения») without --act: its
  // instructions and the reader's problems only (no act to check the targets against).
  const id = actId ?? billActId(bill, 'kz-1995');
  let problems = bill.problems;
  if (id !== undefined) {
    const loader = new PriorLoader();
    const known = asBundledAct(id);
    const r = known ? loader.bundled(known, bill.lang) : loader.loadFile(path.resolve(id), id);
    if (!r.ok) throw deps.usageError(`act “${id}” cannot be used: ${r.reason}`);
    const act: Analysis = r.analysis;
    // A bundled act's edition is known: a law that amended an earlier one is not checked against it.
    problems = checkBill(bill, act, { edition: known?.edition });
  }
  const lines = lineStarts(text);
  const range = (s: { start: number; end: number }) => ({ start: pos(lines, s.start), end: pos(lines, s.end) });
  if (format === 'json') {
    io.out(JSON.stringify({
      act: id ?? null,
      instructions: bill.instructions.map((ins) => ({
        item: ins.item, kind: ins.kind, target: target(ins.targets[0]), targets: ins.targets.map(target), range: range(ins.span),
        ...(ins.old ? { old: ins.old.text } : {}), ...(ins.new ? { new: ins.new.text } : {}), ...(ins.anchor ? { anchor: ins.anchor.text, position: ins.position } : {}), ...(ins.mark ? { mark: ins.mark } : {}),
        ...(ins.act ? { act: ins.act } : {}), ...(ins.occurrences ? { occurrences: ins.occurrences } : {}),
      })),
      diagnostics: problems.map((p) => ({ code: p.code, severity: p.severity, message: formatMessage(p.code, p.args, 'en'), range: range(p.span) })),
    }, null, 2));
  } else {
    for (const ins of bill.instructions) {
      const at = pos(lines, ins.span.start);
      const t = ins.targets.map((x) => Object.entries(target(x)).map(([k, v]) => `${k} ${v}`).join(' ')).join('; ');
      io.out(`${file}:${at.line + 1}:${at.character + 1}: ${ins.item || '—'} ${ins.kind} ${t}`);
    }
    for (const p of problems) {
      const at = pos(lines, p.span.start);
      io.err(`${file}:${at.line + 1}:${at.character + 1}: ${p.severity} ${p.code} ${formatMessage(p.code, p.args, 'en')}`);
    }
    // A law amending several acts names each in its items («1. В Гражданский кодекс …:»): its enacting sentence is
    // no act's name (session 25: «the bill amends Внести изменения … Республики Казахстан::»).
    const acts = new Set(bill.instructions.map((i) => i.act).filter((a) => a !== undefined));
    const other = acts.size > 1 ? `the bill amends ${acts.size} acts, each named by its items: give one's text with --act PATH to check its targets`
      : `the bill amends ${acts.size === 1 ? [...acts][0]!.replace(/^(?:в|во)\s+/iu, '') : bill.otherAct?.replace(/:\s*$/u, '')}: give its text with --act PATH to check the targets`;
    io.err(`${bill.instructions.length} instructions, ${problems.length} problems (${id !== undefined ? `act ${id}` : other})`);
  }
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

/**
 * The bundled act `id` names, as `amendments`, `apply` and `table` read it: unless a file of that name
 * exists (the drafter's own copy wins).
 */
export function asBundledAct(id: string): BundledAct | undefined {
  const known = bundledAct(id);
  return known && !fs.existsSync(id) ? known : undefined;
}

export function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

export function pos(starts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
