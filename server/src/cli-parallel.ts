// `atazan parallel A B [C] [--format text|json|sarif] [--lang en|ru|kk]` (issue 13): the language versions
// of one act checked against each other, every pair of the files given (A↔B, A↔C, B↔C). Each divergence is
// one entry with its place in both files. Exit 0 without errors, 1 when there are errors, 2 on usage errors.

import { analyze, compareParallel, CODES, formatMessage, type Analysis, type Code, type Divergence, type Lang } from './core';
import { parseOptions } from './cli-args';

export interface ParallelIo {
  out(s: string): void;
  err(s: string): void;
}

export interface ParallelDeps {
  readTextFile(file: string): string;
  usageError(message: string): Error;
  version: string;
}

interface Place { file: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }
export interface ParallelEntry { code: Code; severity: string; message: string; a: Place; b: Place }

export function cmdParallel(args: string[], io: ParallelIo, deps: ParallelDeps): number {
  const o = parseOptions(args, { '--format': ['text', 'json', 'sarif'], '--lang': ['en', 'ru', 'kk'] }, deps.usageError);
  const files = o.positional;
  const format = (o.value('--format') ?? 'text') as 'text' | 'json' | 'sarif';
  const lang = (o.value('--lang') ?? 'en') as Lang;
  if (files.length < 2 || files.length > 3) throw deps.usageError('parallel takes two or three FILEs (the language versions of one act)');
  const analyses = files.map((f) => analyze(deps.readTextFile(f)));
  const entries: ParallelEntry[] = [];
  for (let x = 0; x < files.length; x++) {
    for (let y = x + 1; y < files.length; y++) {
      const r = compareParallel(analyses[x], analyses[y]);
      for (const d of r.divergences) entries.push(entry(d, files[x], analyses[x], files[y], analyses[y], lang));
    }
  }
  const errors = entries.filter((e) => e.severity === 'error').length;
  if (format === 'json') io.out(JSON.stringify(entries, null, 2));
  else if (format === 'sarif') io.out(JSON.stringify(sarif(entries, deps.version), null, 2));
  else {
    for (const e of entries) {
      const at = (p: Place) => `${p.file}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
      io.out(`${at(e.a)}: ${e.severity} ${e.code} ${e.message} (${at(e.b)})`);
    }
    const langs = analyses.map((an, i) => `${files[i]} (${an.lang})`).join(', ');
    io.out(`${entries.length} divergence${entries.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}) between ${langs}`);
  }
  return errors > 0 ? 1 : 0;
}

function entry(d: Divergence, fa: string, a: Analysis, fb: string, b: Analysis, lang: Lang): ParallelEntry {
  const range = (an: Analysis, s: { start: number; end: number }) => ({ start: an.lineIndex.positionAt(s.start), end: an.lineIndex.positionAt(s.end) });
  return {
    code: d.code, severity: d.severity, message: formatMessage(d.code, d.args, lang),
    a: { file: fa, range: range(a, d.a) }, b: { file: fb, range: range(b, d.b) },
  };
}

/** SARIF 2.1.0: one result per divergence, at `a`, with `b` as a related location. */
function sarif(entries: ParallelEntry[], version: string) {
  const used = [...new Set(entries.map((e) => e.code))].sort();
  const level = (s: string) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const loc = (p: Place) => ({
    physicalLocation: {
      artifactLocation: { uri: p.file.split('\\').join('/') },
      region: { startLine: p.range.start.line + 1, startColumn: p.range.start.character + 1, endLine: p.range.end.line + 1, endColumn: p.range.end.character + 1 },
    },
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'atazan', version, rules: used.map((id) => ({ id, shortDescription: { text: id.replace(/-/g, ' ') }, defaultConfiguration: { level: level(CODES[id]) } })) } },
      columnKind: 'utf16CodeUnits',
      results: entries.map((e) => ({
        ruleId: e.code, ruleIndex: used.indexOf(e.code), level: level(e.severity), message: { text: e.message },
        locations: [loc(e.a)], relatedLocations: [{ id: 1, ...loc(e.b) }],
      })),
    }],
  };
}
