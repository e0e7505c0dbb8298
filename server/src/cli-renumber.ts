// `atazan renumber FILE [--write] [--paragraphs ARTICLE|all] [--inserted] [--keep-unresolved] [--format text|json]`
// Prints the old → new map, warnings and a unified diff; writes the file only with --write
// (atomically: a temporary file in the same directory, then rename). Exit 0 (2 on usage errors).

import * as fs from 'fs';
import * as path from 'path';
import { analyze, applyEdits, countOf, renumberPlan, repointedMessage, type RenumberPlan } from './core';
import { parseOptions } from './cli-args';

export interface RenumberIo {
  out(s: string): void;
  err(s: string): void;
}

/** What the command needs from cli.ts (passed in to avoid a circular import). */
export interface RenumberDeps {
  readTextFile(file: string): string;
  usageError(message: string): Error;
}

function splitLines(text: string): string[] {
  return text.split(/(?<=\r\n|\n|\r)/);
}

/**
 * A unified diff of two texts with the same line structure (renumbering never adds or removes line
 * breaks); falls back to one whole-file hunk if the line counts differ.
 */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  if (oldText === newText) return '';
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  const strip = (l: string) => l.replace(/\r?\n$|\r$/, '');
  const noEol = (l: string | undefined) => l !== undefined && !/[\r\n]$/.test(l);
  if (a.length !== b.length) {
    out.push(`@@ -1,${a.length} +1,${b.length} @@`);
    a.forEach((l) => out.push('-' + strip(l)));
    if (noEol(a[a.length - 1])) out.push('\\ No newline at end of file');
    b.forEach((l) => out.push('+' + strip(l)));
    if (noEol(b[b.length - 1])) out.push('\\ No newline at end of file');
    return out.join('\n');
  }
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed.push(i);
  let k = 0;
  while (k < changed.length) {
    const start = Math.max(0, changed[k] - context);
    let end = Math.min(a.length - 1, changed[k] + context);
    let j = k + 1;
    while (j < changed.length && changed[j] - context <= end + 1) {
      end = Math.min(a.length - 1, changed[j] + context);
      j++;
    }
    const n = end - start + 1;
    out.push(`@@ -${start + 1},${n} +${start + 1},${n} @@`);
    const minus: string[] = [];
    const plus: string[] = [];
    const flush = () => { out.push(...minus, ...plus); minus.length = 0; plus.length = 0; };
    for (let i = start; i <= end; i++) {
      if (a[i] === b[i]) {
        flush();
        out.push(' ' + strip(a[i]));
        if (i === a.length - 1 && noEol(a[i])) out.push('\\ No newline at end of file');
      } else {
        minus.push('-' + strip(a[i]));
        plus.push('+' + strip(b[i]));
        if (i === a.length - 1 && noEol(a[i])) {
          minus.push('\\ No newline at end of file');
          plus.push('\\ No newline at end of file');
        }
      }
    }
    flush();
    k = j;
  }
  return out.join('\n');
}

/** Writes a file atomically: temporary file in the same directory, then rename over the target. */
export function writeFileAtomic(file: string, text: string): void {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.atazan-${process.pid}-${Date.now()}.tmp`);
  let mode: number | undefined;
  try { mode = fs.statSync(file).mode; } catch { /* new file */ }
  try {
    fs.writeFileSync(tmp, text, { encoding: 'utf8', mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
}

function parse(args: string[], deps: RenumberDeps) {
  const o = parseOptions(args, { '--write': 'switch', '--inserted': 'switch', '--keep-unresolved': 'switch', '--paragraphs': 'value', '--format': ['text', 'json'] }, deps.usageError);
  const positional = o.positional;
  const write = o.has('--write');
  const inserted = o.has('--inserted');
  const keepUnresolved = o.has('--keep-unresolved');
  const paragraphs = o.value('--paragraphs');
  const format = o.value('--format') ?? 'text';
  if (positional.length !== 1) throw deps.usageError('renumber needs exactly one FILE');
  if (paragraphs !== undefined && paragraphs !== 'all' && !/^\d+(?:-\d+)*$/.test(paragraphs)) {
    throw deps.usageError('--paragraphs must be an article number (e.g. 44 or 83-1) or “all”');
  }
  return { file: positional[0], write, inserted, keepUnresolved, paragraphs, format };
}

function describe(e: RenumberPlan['map'][number]): string {
  if (e.kind === 'article') return `Article ${e.old} → ${e.new}`;
  if (e.kind === 'paragraph') return `Article ${e.article}: paragraph ${e.old}. → ${e.new}.`;
  return `Article ${e.article}${e.paragraph ? `, paragraph ${e.paragraph}` : ''}: subparagraph ${e.old}) → ${e.new})`;
}

export function cmdRenumber(args: string[], io: RenumberIo, deps: RenumberDeps): number {
  const o = parse(args, deps);
  const text = deps.readTextFile(o.file);
  const an = analyze(text);
  // --keep-unresolved: give no unit a number that a citation resolving to nothing names (the editor's
  // safe variant), so no citation of a deleted article starts citing another one.
  const plan = renumberPlan(an, { inserted: o.inserted, paragraphsOf: o.paragraphs === 'all' ? '*' : o.paragraphs, keepUnresolved: o.keepUnresolved });
  const result = applyEdits(text, plan.edits);
  const name = o.file.split(path.sep).join('/').replace(/^\/+/, '');
  const diff = unifiedDiff(text, result, `a/${name}`, `b/${name}`);
  const warnings = plan.warnings.map((w) => {
    const p = an.lineIndex.positionAt(w.span.start);
    return { code: w.code, message: w.message, line: p.line + 1, column: p.character + 1 };
  });
  if (o.format === 'json') {
    io.out(JSON.stringify({
      file: o.file, language: an.lang, written: o.write && plan.edits.length > 0,
      map: plan.map, references: plan.references, edits: plan.edits.length, warnings,
      // Citations the edit would make cite another unit (or start / stop resolving).
      repointed: plan.repointed.map((r) => ({ line: r.line, reference: r.reference, before: r.before, after: r.after, message: repointedMessage(r, 'en') })),
      diff,
    }, null, 2));
  } else {
    if (plan.map.length === 0) io.out('Numbering is already consecutive: nothing to change.');
    for (const e of plan.map) io.out(`${describe(e)}  (line ${e.line})`);
    for (const w of warnings) io.out(`${o.file}:${w.line}:${w.column}: warning ${w.code} ${w.message}`);
    if (diff) io.out(diff);
  }
  if (o.write && plan.edits.length > 0) writeFileAtomic(o.file, result);
  const n = (k: number, one: string, other: string) => countOf('en', k, { one, other });
  io.err(`${o.file}: ${n(plan.map.length, 'number', 'numbers')} changed, ${n(plan.references, 'reference', 'references')} rewritten, ${n(plan.warnings.length, 'warning', 'warnings')}`
    + (plan.edits.length === 0 ? '' : o.write ? '; file written' : '; dry run (use --write to change the file)'));
  return 0;
}
