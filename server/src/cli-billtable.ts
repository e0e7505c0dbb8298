// `atazan table BILL [--act ID|PATH] [--format json|md|html|docx] [-o FILE]` (issue 11): on an amendment
// bill, `atazan table` writes the bill's comparative table (core/bill/table.ts), as *Comparative Table*
// does in the editor: a row per amended unit against the act it amends (`--act`, else its
// `<!-- amends: ID -->`, else kz-1995; a bundled act in the bill's language, or a file).

import * as fs from 'fs';
import { analyze, applyBill, billActId, billTable, billTableHtml, billTableJson, billTableMarkdown, billTableTitle, bundledAct, earlierEdition, formatMessage, priorLabel, readBill } from './core';
import { asBundledAct, lineStarts, pos } from './cli-amendments';
import { billActText } from './cli-apply';
import { billTableDocx } from './table/docx-lazy';

export interface BillTableOptions {
  act?: string;
  format: string;
  out?: string;
}

export async function cmdBillTable(file: string, text: string, o: BillTableOptions, io: { out(s: string): void; err(s: string): void }, deps: { readTextFile(f: string): string; usageError(m: string): Error }): Promise<number> {
  const bill = readBill(text);
  const id = o.act ?? billActId(bill, 'kz-1995');
  if (id === undefined) throw deps.usageError(`${file}: the bill amends ${bill.otherAct}, not a bundled act: give its text with --act PATH`);
  const actText = billActText(id, bill.lang, deps);
  const act = analyze(actText);
  const applied = applyBill(bill, actText, { parsed: act.doc });
  const t = billTable(bill, act, text, { applied, act: bundledAct(id) ? priorLabel(id) : id });
  // A law that amended an earlier edition than the bundled one: its table against this one is not its own.
  const earlier = earlierEdition(bill, applied, applied.problems, asBundledAct(id)?.edition);
  if (earlier) io.err(`${file}: ${formatMessage(earlier.code, earlier.args, 'en')}`);
  // What does not apply, on stderr (its row shows the unit unchanged).
  const lines = lineStarts(text);
  for (const r of t.rows.filter((x) => !x.ok)) {
    const at = pos(lines, r.span.start);
    io.err(`${file}:${at.line + 1}:${at.character + 1}: ${r.label}: item ${r.items.map((i) => i || '—').join(', ')} does not apply (see atazan amendments)`);
  }
  const summary = `comparative table of the bill written (${t.rows.length} units, act ${id})`;
  if (o.format === 'docx') {
    fs.writeFileSync(o.out!, await billTableDocx(t, billTableTitle(t)));
    io.err(`${o.out}: ${summary}`);
    return 0;
  }
  const out = o.format === 'json' ? JSON.stringify(billTableJson(t), null, 2) + '\n' : o.format === 'html' ? billTableHtml(t) : billTableMarkdown(t);
  if (o.out) {
    fs.writeFileSync(o.out, out, 'utf8');
    io.err(`${o.out}: ${summary}`);
  } else io.out(out.replace(/\n$/, ''));
  return 0;
}
