// Comparative table as a Word document (DOCX), built with the `docx` package: landscape A4, a title,
// a four-column table whose header row repeats on every page, deletions struck through in red and
// insertions underlined in green. Also the side-by-side table of two language versions (parallelDocx).

import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  billTableRows, lexicon, TABLE_HEADERS, tableRows, tableTitle, type BillTable, type Comparison, type DiffOp, type Lang, type ParallelTable,
  type TableRow as Row,
} from '../core';

const RED = 'C00000';
const GREEN = '00803C';
// A4 portrait in twips; `orientation: landscape` swaps them in the section properties.
const A4_W = 11906;
const A4_H = 16838;
const MARGIN = 1134; // 2 cm
const CONTENT_W = A4_H - 2 * MARGIN;
const COLS = [0.14, 0.34, 0.34, 0.18].map((f) => Math.round(CONTENT_W * f));
const FONT = 'Times New Roman';
const SIZE = 20; // half-points: 10 pt in the table

/** Word forbids most C0 control characters in text. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

function run(text: string, op: DiffOp['op'], bold = false): TextRun {
  return new TextRun({
    text: clean(text),
    font: FONT,
    size: SIZE,
    bold,
    ...(op === 'delete' ? { strike: true, color: RED } : {}),
    ...(op === 'insert' ? { underline: { type: UnderlineType.SINGLE, color: GREEN }, color: GREEN } : {}),
  });
}

/** Paragraphs of a cell from diff ops: each line of text becomes a paragraph. */
function opsParagraphs(ops: DiffOp[]): Paragraph[] {
  const paras: TextRun[][] = [[]];
  for (const o of ops) {
    const lines = o.text.split('\n');
    lines.forEach((l, i) => {
      if (i > 0) paras.push([]);
      if (l) paras[paras.length - 1].push(run(l, o.op));
    });
  }
  return paras.map((children) => new Paragraph({ children, spacing: { after: 60 } }));
}

function cell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

export async function tableDocx(cmp: Comparison, lang: Lang): Promise<Buffer> {
  return rowsDocx(tableTitle(cmp, lang), lang, tableRows(cmp, lang), `Comparative table (prior: ${cmp.priorId})`);
}

/** An amendment bill's comparative table (core/bill/table.ts) as a Word document, in the bill's language. */
export async function billTableDocx(t: BillTable, title: string): Promise<Buffer> {
  return rowsDocx(title, t.lang, billTableRows(t), `Comparative table of an amendment bill (act: ${t.act})`);
}

async function rowsDocx(title: string, lang: Lang, tableRowsOf: readonly Row[], description: string): Promise<Buffer> {
  const headers = TABLE_HEADERS[lang];
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: { value: 400, rule: HeightRule.ATLEAST },
    children: headers.map((h, i) =>
      cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [run(h, 'equal', true)] })], COLS[i], true),
    ),
  });
  const rows = tableRowsOf.map(
    (r) =>
      new TableRow({
        children: [
          cell(r.unit.map((u, i) => new Paragraph({ children: [run(u, 'equal', i === 0)] })), COLS[0]),
          cell(opsParagraphs(r.current), COLS[1]),
          cell(opsParagraphs(r.proposed), COLS[2]),
          cell(r.justification ? r.justification.split('\n').map((l) => new Paragraph({ children: [run(l, 'equal')] })) : [], COLS[3]),
        ],
      }),
  );
  const words = lexicon(lang).table;
  const [legend, [del, ins]] = [words.legendLead, words.legend];
  const doc = new Document({
    creator: 'Ata Zan',
    title,
    description,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_W, height: A4_H, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 200 },
            children: [new TextRun({ text: clean(title), bold: true, font: FONT, size: 28 })],
          }),
          new Paragraph({
            spacing: { after: 120 },
            children: [run(legend, 'equal'), run(del, 'delete'), run(' · ', 'equal'), run(ins, 'insert')],
          }),
          new Table({
            width: { size: CONTENT_W, type: WidthType.DXA },
            columnWidths: COLS,
            borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
            rows: [headerRow, ...rows],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The side-by-side view of two language versions (core/features/parallelTable.ts) as a Word document. */
export async function parallelDocx(t: ParallelTable, ui: Lang, title: string): Promise<Buffer> {
  const words = lexicon(ui).parallel;
  const widths = [0.4, 0.4, 0.2].map((f) => Math.round(CONTENT_W * f));
  const lines = (s: string, bold = false) => s.split('\n').map((l, i) => new Paragraph({ children: [run(l, 'equal', bold && i === 0)], spacing: { after: 40 } }));
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [words.titles[t.langA], words.titles[t.langB], words.divergencesHeader].map((h, i) =>
      cell([new Paragraph({ alignment: AlignmentType.CENTER, children: [run(h, 'equal', true)] })], widths[i], true)),
  });
  const side = (c: ParallelTable['rows'][number]['a']) => (c ? [...lines(c.label, true), ...lines(c.text)] : [new Paragraph({ children: [run('—', 'equal')] })]);
  const rows = t.rows.map((r) => new TableRow({
    children: [
      cell(side(r.a), widths[0]),
      cell(side(r.b), widths[1]),
      cell(r.divergences.map((d) => new Paragraph({ children: [run(d.message, 'delete')] })), widths[2]),
    ],
  }));
  const doc = new Document({
    creator: 'Ata Zan',
    title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{
      properties: { page: { size: { width: A4_W, height: A4_H, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: clean(title), bold: true, font: FONT, size: 28 })] }),
        new Paragraph({ spacing: { after: 120 }, children: [run(words.summary(t.rows.length, t.diverging), 'equal')] }),
        new Table({
          width: { size: CONTENT_W, type: WidthType.DXA },
          columnWidths: widths,
          borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
          rows: [headerRow, ...rows],
        }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
