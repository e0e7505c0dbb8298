// `atazan apply BILL [--act ID|PATH] [-o FILE]` (issue 11): the consolidated text of the act after the
// amendment bill (a bundled act, taken in the bill's language: kz-1995 by default or the bill's
// `<!-- amends: ID -->`; or a file). Writes the text to stdout or FILE; what could not be applied on
// stderr. Exit 0, 1 when an instruction does not apply (or cannot be read), 2 on usage errors.

import * as fs from 'fs';
import * as path from 'path';
import { applyBill, billActId, earlierEdition, formatMessage, isBill, readBill, unreadStatements, type Lang } from './core';
import { asBundledAct, lineStarts, pos } from './cli-amendments';
import { PriorLoader } from './prior-loader';
import { parseOptions } from './cli-args';

export interface ApplyIo {
  out(s: string): void;
  err(s: string): void;
}

export interface ApplyDeps {
  readTextFile(file: string): string;
  usageError(message: string): Error;
}

export function cmdApply(args: string[], io: ApplyIo, deps: ApplyDeps): number {
  const o = parseOptions(args, { '--act': 'value', '-o': 'value', '--output': 'value' }, deps.usageError);
  if (o.positional.length > 1) throw deps.usageError('apply takes one BILL');
  const file = o.positional[0];
  const actId = o.value('--act');
  const output = o.value('-o') ?? o.value('--output');
  if (!file) throw deps.usageError('apply needs a BILL');
  const text = deps.readTextFile(file);
  if (!isBill(text)) throw deps.usageError(`${file}: not an amendment bill (no enacting words «Внести в … следующие изменения» / «… енгізілсін», no <!-- amends: ID --> annotation)`);
  const bill = readBill(text);
  const id = actId ?? billActId(bill, 'kz-1995');
  if (id === undefined) throw deps.usageError(`${file}: the bill amends ${bill.otherAct}, not a bundled act: give its text with --act PATH`);
  const actText = billActText(id, bill.lang, deps);
  const r = applyBill(bill, actText);
  const lines = lineStarts(text);
  // A law that amended an earlier edition than the bundled one: said first (what follows is not its result).
  const earlier = earlierEdition(bill, r, r.problems, asBundledAct(id)?.edition);
  const problems = [...(earlier ? [earlier] : []), ...bill.problems, ...r.problems].sort((a, b) => a.span.start - b.span.start);
  for (const p of problems) {
    const at = pos(lines, p.span.start);
    io.err(`${file}:${at.line + 1}:${at.character + 1}: ${p.severity} ${p.code} ${formatMessage(p.code, p.args, 'en')}`);
  }
  const failed = r.instructions.filter((i) => !i.ok).length + unreadStatements(bill);
  if (output) fs.writeFileSync(output, r.text);
  else io.out(r.text);
  io.err(`${r.instructions.length - r.instructions.filter((i) => !i.ok).length} of ${r.instructions.length} instructions applied${failed ? `, ${failed} not applied` : ''} (act ${id})${output ? ` → ${output}` : ''}`);
  return failed ? 1 : 0;
}

/**
 * The text of the act a bill amends (`apply`, `table BILL`): a bundled act id (kz-1995, kz-2026) in the
 * bill's language unless a file of that name exists, else a file.
 */
export function billActText(id: string, lang: Lang, deps: Pick<ApplyDeps, 'readTextFile' | 'usageError'>): string {
  const known = asBundledAct(id);
  if (known) {
    const r = new PriorLoader().bundled(known, lang);
    if (!r.ok) throw deps.usageError(`act “${id}” cannot be used: ${r.reason}`);
    return r.analysis.text;
  }
  return deps.readTextFile(path.resolve(id));
}
