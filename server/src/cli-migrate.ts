// `atazan migrate FILE… [--from kz-1995] [--to kz-2026] [--write] [--format text|json]`
// Rewrites the citations of the Constitution in laws and codes from one edition's numbering to another's
// (core/features/migrate.ts): prints each rewrite and each citation left for the drafter (no single
// counterpart: split, merged, dropped, a range, a change of level); writes the files only with --write
// (and then binds them to the new edition: `<!-- cites: kz-2026 -->`). Exit 0 (2 on usage errors).

import * as path from 'path';
import { analyze, applyEdits, citesOf, localiseTarget, migrationPlan, type Analysis, type Edit } from './core';
import { PriorLoader } from './prior-loader';
import { parseOptions } from './cli-args';
import { unifiedDiff, writeFileAtomic } from './cli-renumber';

export interface MigrateIo {
  out(s: string): void;
  err(s: string): void;
}

export interface MigrateDeps {
  readTextFile(file: string): string;
  usageError(message: string): Error;
}

interface Options { files: string[]; from: string; to: string; write: boolean; format: 'text' | 'json' }

function parse(args: string[], deps: MigrateDeps): Options {
  const p = parseOptions(args, { '--write': 'switch', '--from': 'value', '--to': 'value', '--format': ['text', 'json'] }, deps.usageError);
  const o: Options = {
    files: p.positional,
    from: p.value('--from') ?? 'kz-1995',
    to: p.value('--to') ?? 'kz-2026',
    write: p.has('--write'),
    format: (p.value('--format') ?? 'text') as 'text' | 'json',
  };
  if (o.files.length === 0) throw deps.usageError('migrate needs at least one FILE');
  return o;
}

export function cmdMigrate(args: string[], io: MigrateIo, deps: MigrateDeps): number {
  const o = parse(args, deps);
  const loader = new PriorLoader();
  const ctx = { folders: [process.cwd()], trusted: true };
  const edition = (id: string, an: Analysis): Analysis => {
    const r = loader.load(id, an.lang, ctx);
    if (!r.ok) throw deps.usageError(`${id}: ${r.reason}`);
    return r.analysis;
  };
  const reports: unknown[] = [];
  for (const file of o.files) {
    const text = deps.readTextFile(file);
    const an = analyze(text);
    const cites = citesOf(an.doc);
    if (!cites.act) {
      io.err(`${file}: names no act in its header and has no <!-- cites: … --> annotation: a constitution cites itself, nothing to migrate`);
      continue;
    }
    const plan = migrationPlan(an, edition(o.from, an), edition(o.to, an));
    const at = (s: { start: number }) => {
      const p = an.lineIndex.positionAt(s.start);
      return `${p.line + 1}:${p.character + 1}`;
    };
    const edits: Edit[] = plan.rewrites.flatMap((r) => r.edits);
    if (cites.annotation && cites.annotation.value !== o.to) edits.push({ span: cites.annotation.span, newText: `<!-- cites: ${o.to} -->` });
    const result = applyEdits(text, edits);
    if (o.format === 'json') {
      reports.push({
        file, written: o.write && edits.length > 0,
        rewrites: plan.rewrites.map((r) => ({ at: at(r.span), citation: text.slice(r.span.start, r.span.end), from: r.from, to: r.to })),
        left: plan.left.map((l) => ({ at: at(l.span), citation: text.slice(l.span.start, l.span.end), from: l.from, reason: l.reason })),
      });
    } else {
      for (const r of plan.rewrites) {
        const after = applyEdits(text.slice(r.span.start, r.span.end), r.edits.map((e) => ({ span: { start: e.span.start - r.span.start, end: e.span.end - r.span.start }, newText: e.newText })));
        io.out(`${file}:${at(r.span)}: «${text.slice(r.span.start, r.span.end)}» → «${after}»  (${localiseTarget(r.from.join(', '), 'en')} → ${localiseTarget(r.to.join(', '), 'en')})`);
      }
      for (const l of plan.left) io.out(`${file}:${at(l.span)}: left for the drafter (${l.reason}): «${text.slice(l.span.start, l.span.end)}»`);
      const name = file.split(path.sep).join('/').replace(/^\/+/, '');
      const diff = unifiedDiff(text, result, `a/${name}`, `b/${name}`);
      if (diff) io.out(diff);
    }
    if (o.write && edits.length > 0) writeFileAtomic(file, result);
    io.err(`${file}: ${plan.rewrites.length} rewritten, ${plan.left.length} left for the drafter`
      + (edits.length === 0 ? '' : o.write ? '; file written' : '; dry run (use --write to change the file)'));
  }
  if (o.format === 'json') io.out(JSON.stringify(reports, null, 2));
  return 0;
}
