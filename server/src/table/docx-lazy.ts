// The DOCX writer (table/docx.ts, with the `docx` package) is loaded only when a table is exported as
// DOCX: the server and the CLI start without it. esbuild.mjs builds it as its own bundle, dist/docx.js,
// and leaves this require external, so the bundles load it from their own folder on the first export;
// run from source (tsx), the require finds table/docx.ts.

import type { BillTable, Comparison, Lang, ParallelTable } from '../core';

type DocxWriter = typeof import('./docx');

let writer: DocxWriter | undefined;

/** The comparative table as a Word document (see table/docx.ts). */
export async function tableDocx(cmp: Comparison, lang: Lang): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  writer ??= require('./docx') as DocxWriter;
  return writer.tableDocx(cmp, lang);
}

/** The side-by-side view of two language versions as a Word document (see table/docx.ts). */
export async function parallelDocx(t: ParallelTable, ui: Lang, title: string): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  writer ??= require('./docx') as DocxWriter;
  return writer.parallelDocx(t, ui, title);
}

/** An amendment bill's comparative table as a Word document (see table/docx.ts). */
export async function billTableDocx(t: BillTable, title: string): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  writer ??= require('./docx') as DocxWriter;
  return writer.billTableDocx(t, title);
}
