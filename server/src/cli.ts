// `atazan` command-line tool: lint, outline (and table, renumber). The file-system adapter around the pure core.
// Exit codes: 0 = no errors, 1 = errors found, 2 = usage error or unreadable / non-text input.

import * as fs from 'fs';
import * as path from 'path';
import {
  analyze, bundledAct, bundledIds, CODES, comparePrior, countOf, DEFAULT_PRIOR, formatMessage, outline, outlineText,
  fill, isBill, lexicon, tableHtml, tableJson, tableMarkdown, type Analysis, type Code, type Lang, type Problem,
} from './core';
import { PriorLoader } from './prior-loader';
import { tableDocx } from './table/docx-lazy';
import { cmdRenumber } from './cli-renumber';
import { cmdMigrate } from './cli-migrate';
import { cmdAmendments } from './cli-amendments';
import { cmdParallel } from './cli-parallel';
import { cmdAmend } from './cli-amend';
import { cmdApply } from './cli-apply';
import { cmdBillTable } from './cli-billtable';
import { parseOptions } from './cli-args';

export class UsageError extends Error {}

const USAGE = `usage:
  atazan lint FILE... [--format text|json|sarif] [--lang en|ru|kk]
  atazan outline FILE [--format json|text]
  atazan table DRAFT [--prior ${bundledIds('|')}|PATH] [--format json|md|html|docx] [-o FILE]
  atazan table BILL [--act ${bundledIds('|')}|PATH] [--format json|md|html|docx] [-o FILE]
  atazan renumber FILE [--write] [--paragraphs ARTICLE|all] [--inserted] [--keep-unresolved] [--format text|json]
  atazan migrate FILE... [--from kz-1995] [--to kz-2026] [--write] [--format text|json]
  atazan parallel A B [C] [--format text|json|sarif] [--lang en|ru|kk]
  atazan amendments BILL [--act ${bundledIds('|')}|PATH] [--format text|json]
  atazan amend OLD NEW [--lang ru|kk] [--style units|new-edition] [-o FILE]
  atazan apply BILL [--act ${bundledIds('|')}|PATH] [-o FILE]
  atazan --version | --help`;

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

/** Reads a file as UTF-8 text; refuses binary or non-UTF-8 input with a one-line message. */
export function readTextFile(file: string): string {
  let buf: Buffer;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw new UsageError(`${file}: is a directory, not a text file`);
    buf = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code ?? 'error'})`);
  }
  if (buf.includes(0)) throw new UsageError(`${file}: not a text file (contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new UsageError(`${file}: not a UTF-8 text file`);
  }
}

const usage = (m: string) => new UsageError(m);

export interface FileResult {
  file: string;
  analysis: Analysis;
}

function lspRange(an: Analysis, p: Problem) {
  return an.lineIndex.range(p.span);
}

export function lintJson(results: FileResult[], lang?: Lang) {
  return results.map(({ file, analysis }) => ({
    file,
    language: analysis.lang,
    diagnostics: analysis.diagnostics.map((p) => ({
      code: p.code,
      severity: p.severity,
      message: formatMessage(p.code, p.args, lang ?? 'en'),
      range: lspRange(analysis, p),
    })),
  }));
}

export function lintSarif(results: FileResult[], lang?: Lang) {
  const usedCodes = [...new Set(results.flatMap((r) => r.analysis.diagnostics.map((d) => d.code)))].sort();
  const level = (s: string) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'atazan',
          informationUri: 'https://github.com/atazan/atazan',
          version: VERSION,
          rules: usedCodes.map((id) => ({
            id,
            shortDescription: { text: id.replace(/-/g, ' ') },
            defaultConfiguration: { level: level(CODES[id as Code] ?? 'error') },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap(({ file, analysis }) => analysis.diagnostics.map((p) => {
        const r = lspRange(analysis, p);
        return {
          ruleId: p.code,
          ruleIndex: usedCodes.indexOf(p.code),
          level: level(p.severity),
          message: { text: formatMessage(p.code, p.args, lang ?? 'en') },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: file.split(path.sep).join('/') },
              region: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 },
            },
          }],
        };
      })),
    }],
  };
}

export const VERSION = '0.1.0';

function cmdLint(args: string[], io: Io): number {
  const o = parseOptions(args, { '--format': ['text', 'json', 'sarif'], '--lang': ['en', 'ru', 'kk'] }, usage);
  const positional = o.positional;
  const format = o.value('--format') ?? 'text';
  const lang = o.value('--lang') as Lang | undefined;
  if (positional.length === 0) throw new UsageError('lint needs at least one FILE');
  const results: FileResult[] = positional.map((file) => ({ file, analysis: analyze(readTextFile(file)) }));
  const errors = results.reduce((n, r) => n + r.analysis.diagnostics.filter((d) => d.severity === 'error').length, 0);
  if (format === 'json') io.out(JSON.stringify(lintJson(results, lang), null, 2));
  else if (format === 'sarif') io.out(JSON.stringify(lintSarif(results, lang), null, 2));
  else {
    // The summary on stderr in the language of the messages (English by default).
    const words = lexicon(lang ?? 'en').cli;
    const n = (k: number, what: keyof typeof words.counts) => countOf(lang ?? 'en', k, words.counts[what]);
    let warnings = 0;
    for (const { file, analysis } of results) {
      for (const p of analysis.diagnostics) {
        const r = lspRange(analysis, p);
        if (p.severity === 'warning') warnings++;
        io.out(`${file}:${r.start.line + 1}:${r.start.character + 1}: ${p.severity} ${p.code} ${formatMessage(p.code, p.args, lang ?? 'en')}`);
      }
      const a = analysis;
      const refs = a.targets.length;
      const ok = a.targets.filter((t) => t.ok).length;
      io.err(fill(words.fileSummary, {
        file, lang: a.lang, sections: n(a.doc.sections.length, 'sections'), articles: n(a.doc.articles.length, 'articles'),
        references: n(refs, 'references'), resolved: ok, problems: n(a.diagnostics.length, 'problems'),
      }));
    }
    io.err(fill(words.total, { errors: n(errors, 'errors'), warnings: n(warnings, 'warnings'), files: n(results.length, 'files'), n: results.length }));
  }
  return errors > 0 ? 1 : 0;
}

function cmdOutline(args: string[], io: Io): number {
  const o = parseOptions(args, { '--format': ['json', 'text'] }, usage);
  const positional = o.positional;
  const format = o.value('--format') ?? 'text';
  if (positional.length !== 1) throw new UsageError('outline needs exactly one FILE');
  const an = analyze(readTextFile(positional[0]));
  io.out(format === 'json' ? JSON.stringify(outline(an), null, 2) : outlineText(an));
  return 0;
}

/** `atazan table DRAFT [--prior ACT|PATH] [--prior-lang ru|kk|en] [--format json|md|html|docx] [-o FILE]` */
async function cmdTable(args: string[], io: Io): Promise<number> {
  const o = parseOptions(args, { '--prior': 'value', '--act': 'value', '--prior-lang': ['ru', 'kk', 'en'], '--format': ['json', 'md', 'html', 'docx'], '-o': 'value', '--output': 'value' }, usage);
  const positional = o.positional;
  const format = o.value('--format') ?? 'md';
  const out = o.value('-o') ?? o.value('--output');
  if (positional.length !== 1) throw new UsageError('table needs exactly one DRAFT file');
  if (format === 'docx' && !out) throw new UsageError('--format docx writes a binary file: give -o FILE');
  const draftFile = positional[0];
  const source = readTextFile(draftFile);
  // An amendment bill: its own table against the act it amends (cli-billtable.ts).
  if (isBill(source)) {
    return cmdBillTable(draftFile, source, { act: o.value('--act')?.trim() || o.value('--prior')?.trim() || undefined, format, out }, io, { readTextFile, usageError: (m) => new UsageError(m) });
  }
  const draft = analyze(source);
  const priorId = o.value('--prior')?.trim() || DEFAULT_PRIOR;
  const lang = (o.value('--prior-lang') as Lang | undefined) ?? draft.lang;
  const loader = new PriorLoader();
  // A path on the command line is the user's own choice: no workspace restriction here.
  const act = bundledAct(priorId);
  const prior = act ? loader.bundled(act, lang) : loader.loadFile(path.resolve(priorId), priorId);
  if (!prior.ok) throw new UsageError(`prior “${priorId}” cannot be used: ${prior.reason}`);
  const cmp = comparePrior(draft, prior.analysis, prior.id);
  for (const p of cmp.problems) {
    const r = draft.lineIndex.range(p.span);
    io.err(`${draftFile}:${r.start.line + 1}:${r.start.character + 1}: ${p.severity} ${p.code} ${formatMessage(p.code, p.args, 'en')}`);
  }
  const tl = draft.lang;
  if (format === 'docx') {
    const buf = await tableDocx(cmp, tl);
    fs.writeFileSync(out!, buf);
    io.err(`${out}: comparative table written (${cmp.rows.length} articles, ${cmp.dropped.length} dropped)`);
    return 0;
  }
  const text = format === 'json' ? JSON.stringify(tableJson(cmp, tl), null, 2) + '\n' : format === 'html' ? tableHtml(cmp, tl) : tableMarkdown(cmp, tl);
  if (out) {
    fs.writeFileSync(out, text, 'utf8');
    io.err(`${out}: comparative table written (${cmp.rows.length} articles, ${cmp.dropped.length} dropped)`);
  } else io.out(text.replace(/\n$/, ''));
  return 0;
}

export type Command = (args: string[], io: Io) => number | Promise<number>;
/** Further commands register here (table, renumber). */
export const COMMANDS: Record<string, Command> = { lint: cmdLint, outline: cmdOutline, table: cmdTable };
COMMANDS.renumber = (args, io) => cmdRenumber(args, io, { readTextFile, usageError: (m) => new UsageError(m) });
COMMANDS.migrate = (args, io) => cmdMigrate(args, io, { readTextFile, usageError: (m) => new UsageError(m) });
COMMANDS.parallel = (args, io) => cmdParallel(args, io, { readTextFile, usageError: (m) => new UsageError(m), version: VERSION });
COMMANDS.amendments = (args, io) => cmdAmendments(args, io, { readTextFile, usageError: (m) => new UsageError(m) });
COMMANDS.amend = (args, io) => cmdAmend(args, io, { readTextFile, usageError: (m) => new UsageError(m) });
COMMANDS.apply = (args, io) => cmdApply(args, io, { readTextFile, usageError: (m) => new UsageError(m) });

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      (cmd ? io.out : io.err)(USAGE);
      return cmd ? 0 : 2;
    }
    if (cmd === '--version' || cmd === '-v') {
      io.out(VERSION);
      return 0;
    }
    const fn = COMMANDS[cmd];
    if (!fn) throw new UsageError(`unknown command “${cmd}”`);
    return await fn(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`atazan: ${e.message}`);
      if (/needs|unknown|must be/.test(e.message)) io.err(USAGE);
      return 2;
    }
    io.err(`atazan: internal error: ${(e as Error)?.message ?? String(e)}`);
    return 2;
  }
}

export function run(): void {
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
  }).then((code) => {
    process.exitCode = code;
  });
}

// Run when executed directly (node dist/cli.js) or through bin/atazan.js.
if (require.main === module || /[\\/]bin[\\/]atazan(\.js)?$/.test(require.main?.filename ?? '')) run();
