// `atazan amend OLD NEW [--lang ru|kk] [--style units|new-edition] [-o FILE]` (issue 11): the amendment bill
// that turns the act in force (OLD: a file, or a bundled act id such as kz-1995) into the edited copy (NEW),
// in the official style, Russian or Kazakh (default: OLD's language). Instruction by instruction when
// applying that bill gives NEW exactly, else the whole act in a new edition (NEW as the law's appendix), with
// the reasons on stderr; `--style` forces either. Writes the bill to stdout or FILE; a summary on stderr.
// Exit 0 (also when nothing changed: no bill), 2 on usage errors.

import * as fs from 'fs';
import * as path from 'path';
import { amend, analyze, bundledAct, detectLanguage, lexicon, type Analysis, type AmendStyle } from './core';
import { PriorLoader } from './prior-loader';
import { parseOptions } from './cli-args';

export interface AmendIo {
  out(s: string): void;
  err(s: string): void;
}

export interface AmendDeps {
  readTextFile(file: string): string;
  usageError(message: string): Error;
}

export function cmdAmend(args: string[], io: AmendIo, deps: AmendDeps): number {
  const o = parseOptions(args, { '--lang': ['ru', 'kk'], '--style': ['units', 'new-edition'], '-o': 'value', '--output': 'value' }, deps.usageError);
  const style = o.value('--style') as AmendStyle | undefined;
  const files = o.positional;
  const lang = o.value('--lang') as 'ru' | 'kk' | undefined;
  const output = o.value('-o') ?? o.value('--output');
  if (files.length !== 2) throw deps.usageError('amend needs OLD and NEW');
  const [oldRef, newFile] = files;
  const newText = deps.readTextFile(newFile);
  const newAct = analyze(newText);
  let oldAct: Analysis;
  const known = bundledAct(oldRef);
  if (known && !fs.existsSync(oldRef)) {
    // A bundled act in the language of the edited copy (or the bill's).
    const want = lang ?? (detectLanguage(newText) === 'kk' ? 'kk' : 'ru');
    const r = new PriorLoader().bundled(known, want);
    if (!r.ok) throw deps.usageError(`act “${oldRef}” cannot be used: ${r.reason}`);
    oldAct = r.analysis;
  } else oldAct = analyze(deps.readTextFile(oldRef));
  const r = amend(oldAct, newAct, { ...(lang ? { lang } : {}), ...(style ? { style } : {}) });
  const why = r.reasons.map((x) => lexicon('en').bill.newEditionReason!(x)).join('; ');
  const count = r.style === 'new-edition'
    ? `the whole act in a new edition${why ? ` — not expressible unit by unit: ${why}` : ''}`
    : `${r.changes.length} instruction${r.changes.length === 1 ? '' : 's'}${why ? `; applied, it differs from NEW: ${why}` : ''}`;
  const unexpressed = (r.renumbered.length ? `; ${r.renumbered.length} unit${r.renumbered.length === 1 ? '' : 's'} renumbered in NEW keep the act's numbers (${r.renumbered.slice(0, 5).map((x) => `${x.from} → ${x.to}`).join(', ')}${r.renumbered.length > 5 ? ', …' : ''})` : '')
    // A new edition sets out everything, the title and sections included.
    + (r.unexpressed.length && r.style !== 'new-edition' ? `; not expressed as amendments: ${r.unexpressed.join(', ')}` : '');
  if (!r.changes.length) {
    io.err(`no changes between ${oldRef} and ${newFile}${unexpressed}`);
    return 0;
  }
  if (output) {
    fs.writeFileSync(path.resolve(output), r.text);
    io.err(`${output}: amendment bill written (${count}${unexpressed})`);
  } else {
    io.out(r.text.replace(/\n$/u, ''));
    io.err(`${count}${unexpressed}`);
  }
  return 0;
}
