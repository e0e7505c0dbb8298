// The comparative table of an amendment bill («сравнительная таблица» to a bill, the official form, issue 11):
// one row per structural unit the bill amends (article, paragraph or subparagraph, as its instructions
// name them; a section heading), in the act's order, with the unit's text in force, its text after the
// bill with the changes marked (deleted words struck, added words marked as the draft's table marks them,
// features/table.ts), and an empty justification. A new unit has no text in force; an excluded one is
// said to be excluded. Pure: the bill, the act's analysis in, rows out. Rendered by the draft table's
// renderers (Markdown, HTML, the DOCX writer) and as JSON.

import type { Analysis } from '../analysis';
import { lexicon } from '../lang';
import { canonical, parse, type DocumentModel } from '../parser';
import { readableDiff } from '../prior/compare';
import type { DiffOp } from '../prior/diff';
import { rowsHtml, rowsMarkdown, TABLE_HEADERS, type TableHtmlOptions, type TableRow } from '../features/table';
import type { Lang, Span } from '../types';
import { applyBill, findChapter, findUnit, sectionNumeral, type ApplyResult } from './apply';
import { chapterKey, type Bill, type BillTarget, type Instruction } from './read';

/** What the bill does to a unit. */
export type BillRowChange = 'amended' | 'new' | 'excluded';

export interface BillTableRow {
  /** The unit: numbers as written in the bill (a section heading: `section`; the preamble: `preamble`). */
  unit: { article?: string; paragraph?: string; subparagraph?: string; section?: string; preamble?: true; chapter?: string; chapterWhole?: true };
  /** The unit as the first column names it («Пункт 3 статьи 2»), in the table's language. */
  label: string;
  change: BillRowChange;
  /** The bill's items that amend the unit («1», «2.1»), in the bill's order. */
  items: string[];
  /** Where the first of them is in the bill (the unit cell of the table view links there). */
  span: Span;
  /** Every instruction on the unit applied. */
  ok: boolean;
  /** The unit's text in force (null: a new unit). */
  inForce: string | null;
  /** The unit's text after the bill (null: excluded). */
  proposed: string | null;
  /** The text in force with the deleted words marked (`delete`), and the proposed text with the added ones (`insert`). */
  currentOps: DiffOp[];
  proposedOps: DiffOp[];
  /** Always '': the drafter's column. */
  justification: string;
}

export interface BillTable {
  /** The bill's title (its first heading line), if it has one. */
  billTitle?: string;
  /** The act amended (an id or a path) and the table's language (the bill's). */
  act: string;
  lang: Lang;
  rows: BillTableRow[];
}

export interface BillTableOptions {
  /** The bill already applied to `act` (the caller's result): saves applying it again. */
  applied?: ApplyResult;
  /** The act's id or label for the title of a bill with no title of its own. */
  act?: string;
}

type Path = BillTableRow['unit'];

/** The unit a target names, at the level of the structural units (a part or a sentence: its unit). */
function unitPath(t: BillTarget): Path | null {
  if (t.section !== undefined) return { section: t.section };
  if (t.preamble) return { preamble: true };
  // A chapter's heading, or the whole chapter (session 24).
  if (t.chapter !== undefined) return t.chapterWhole ? { chapter: t.chapter, chapterWhole: true } : { chapter: t.chapter };
  if (t.article === undefined) return null;
  const p: Path = { article: t.article };
  if (t.paragraph !== undefined) p.paragraph = t.paragraph;
  if (t.subparagraph !== undefined) p.subparagraph = t.subparagraph;
  return p;
}

function keyOf(p: Path): string {
  if (p.section !== undefined) return `§${sectionNumeral(p.section)}`;
  if (p.preamble) return 'preamble';
  if (p.chapter !== undefined) return `${p.chapterWhole ? 'chapter' : 'chapter heading'} ${chapterKey(p.chapter)}`;
  return [p.article, p.paragraph ?? '', p.subparagraph ?? ''].map((x) => canonical(x ?? '')).join('.');
}


/** 15 < 15-1 < 15-2 < 16; an absent level first (an article before its paragraphs). */
function compareNumbers(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const pa = canonical(a).split('-').map((x) => parseInt(x, 10));
  const pb = canonical(b).split('-').map((x) => parseInt(x, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (x !== y) return (Number.isNaN(x) ? 0 : x) - (Number.isNaN(y) ? 0 : y);
  }
  return 0;
}

/** A unit's legal text: its lines from the heading down, notes, comments and blank lines left out. */
function unitText(doc: DocumentModel, span: Span): string {
  const out: string[] = [];
  for (const l of doc.lines) {
    if (l.span.end <= span.start) continue;
    if (l.span.start >= span.end) break;
    if (l.kind === 'blank' || l.kind === 'note' || l.kind === 'comment') continue;
    out.push(doc.text.slice(Math.max(l.content.start, span.start), Math.min(l.content.end, span.end)).replace(/<!--[^]*?-->/g, '').trim());
  }
  return out.filter((x) => x).join('\n');
}

function textOf(doc: DocumentModel, p: Path): string | null {
  if (p.preamble) return doc.preamble ? unitText(doc, doc.preamble) : null;
  if (p.chapter !== undefined) {
    const c = findChapter(doc, p.chapter);
    if (!c) return null;
    return p.chapterWhole ? unitText(doc, c.span) : doc.text.slice(c.span.start, c.headSpan.end).replace(/^[#\s]+/u, '').trim();
  }
  if (p.section !== undefined) {
    const s = doc.sections.find((x) => sectionNumeral(x.number.text) === sectionNumeral(p.section!));
    return s ? doc.text.slice(s.span.start, s.headSpan.end).replace(/^[#\s]+/u, '').trim() : null;
  }
  const f = findUnit(doc, { span: { start: 0, end: 0 }, ...p });
  const u = f.subparagraph ?? f.paragraph ?? f.article;
  if (f.missing || !u) return null;
  return unitText(doc, u.span);
}

/**
 * The units a new edition changes, as targets: the preamble (added, removed or reworded), the heading of
 * each section whose heading changed or that is new, each article whose text changed, that is new, or that
 * the new text lacks (excluded: a new edition does not keep it).
 */
function changedUnits(before: DocumentModel, after: DocumentModel, span: Span): (BillTarget & { change?: BillRowChange })[] {
  const out: (BillTarget & { change?: BillRowChange })[] = [];
  const pre = (d: DocumentModel) => (d.preamble ? unitText(d, d.preamble) : null);
  if (pre(before) !== pre(after)) out.push({ preamble: true, span, ...(before.preamble ? after.preamble ? {} : { change: 'excluded' as const } : { change: 'new' as const }) });
  const heads = (d: DocumentModel) => new Map(d.sections.map((x) => [sectionNumeral(x.number.text), d.text.slice(x.span.start, x.headSpan.end).replace(/^[#\s]+/u, '').trim()]));
  const hb = heads(before);
  for (const [n, h] of heads(after)) if (hb.get(n) !== h) out.push({ section: n, span, ...(hb.has(n) ? {} : { change: 'new' as const }) });
  const arts = (d: DocumentModel) => new Map(d.articles.filter((a) => !a.excluded).map((a) => [canonical(a.number.text), a]));
  const ab = arts(before);
  const aa = arts(after);
  for (const [k, a] of aa) {
    const b = ab.get(k);
    if (!b) out.push({ article: a.number.text, span, change: 'new' });
    else if (unitText(before, b.span) !== unitText(after, a.span)) out.push({ article: a.number.text, span });
  }
  for (const [k, b] of ab) if (!aa.has(k)) out.push({ article: b.number.text, span, change: 'excluded' });
  return out;
}

/** The articles a word edit «по всему тексту» (of the act, or of one chapter) reaches: those whose text holds its words. */
function everywhereUnits(doc: DocumentModel, ins: Instruction, t: BillTarget, span: Span): BillTarget[] {
  const q = (ins.old ?? ins.anchor)?.text;
  if (!q) return [];
  const arts = t.chapter !== undefined ? findChapter(doc, t.chapter)?.articles ?? [] : doc.articles;
  return arts.filter((a) => doc.text.slice(a.span.start, a.span.end).includes(q)).map((a) => ({ article: a.number.text, span }));
}

/** The bill's title: the first heading or non-blank line before its enacting words, if short. */
function titleOf(text: string): string | undefined {
  for (const raw of text.split('\n').slice(0, 12)) {
    const l = raw.replace(/<!--[^]*?-->/g, '').replace(/^#+\s*/u, '').trim();
    if (!l) continue;
    return /^(?:о|об)\s|туралы$|^on\s/iu.test(l) && l.length <= 300 ? l : undefined;
  }
  return undefined;
}

/** The comparative table of `bill` against the act it amends (`act`, the bill's own instructions only). */
export function billTable(bill: Bill, act: Analysis, billText: string, opts: BillTableOptions = {}): BillTable {
  const applied = opts.applied ?? applyBill(bill, act.text, { parsed: act.doc });
  const after = parse(applied.text);
  const lex = lexicon(bill.lang).table;
  const rows = new Map<string, BillTableRow & { order: number }>();
  let order = 0;
  for (const rec of applied.instructions) {
    const ins = rec.instruction;
    if (ins.act) continue;
    // A new edition of the whole act: a row per unit it changes (the preamble, each section's heading, each
    // article), as a drafter compares the act with its new text.
    // «по всему тексту»: a row per article that holds the words.
    const targets = ins.targets.some((t) => t.whole)
      ? changedUnits(act.doc, after, ins.targets[0].span)
      : ins.targets.flatMap((t) => (t.everywhere ? everywhereUnits(act.doc, ins, t, t.span) : [t]));
    for (const t of targets) {
      const p = unitPath(t);
      if (!p) continue;
      const whole = t.part === undefined && t.sentence === undefined;
      const given = (t as { change?: BillRowChange }).change;
      const change: BillRowChange = given ?? (whole && ins.kind === 'insert-unit' ? 'new' : whole && ins.kind === 'delete-unit' ? 'excluded' : 'amended');
      const k = keyOf(p);
      const row = rows.get(k);
      if (row) {
        if (!row.items.includes(ins.item)) row.items.push(ins.item);
        row.ok &&= rec.ok;
        if (change === 'excluded') row.change = 'excluded';
        continue;
      }
      rows.set(k, {
        unit: p, label: p.section !== undefined ? lex.bill.section(p.section) : p.preamble ? lexicon(bill.lang).preamble : p.chapter !== undefined ? lex.bill.chapter(p.chapter, !!p.chapterWhole) : lex.bill.unit(p), change, items: [ins.item],
        span: ins.span, ok: rec.ok, inForce: null, proposed: null, currentOps: [], proposedOps: [], justification: '', order: order++,
      });
    }
  }
  for (const row of rows.values()) {
    row.inForce = row.change === 'new' ? null : textOf(act.doc, row.unit);
    // A unit that an earlier instruction inserts and a later one edits is still new.
    if (row.inForce === null && row.change === 'amended') row.change = 'new';
    row.proposed = row.change === 'excluded' ? null : textOf(after, row.unit);
    if (row.change === 'new') {
      row.currentOps = [{ op: 'equal', text: lex.none }];
      row.proposedOps = row.proposed ? [{ op: 'insert', text: row.proposed }] : [];
    } else if (row.change === 'excluded') {
      row.currentOps = row.inForce ? [{ op: 'delete', text: row.inForce }] : [];
      row.proposedOps = [{ op: 'equal', text: lex.deleted }];
    } else {
      const ops = readableDiff(row.inForce ?? '', row.proposed ?? '');
      row.currentOps = ops.filter((o) => o.op !== 'insert');
      row.proposedOps = ops.filter((o) => o.op !== 'delete');
    }
  }
  const sectionOf = (n: string) => after.sections.find((s) => sectionNumeral(s.number.text) === sectionNumeral(n))?.articles[0]?.number.text
    ?? act.doc.sections.find((s) => sectionNumeral(s.number.text) === sectionNumeral(n))?.articles[0]?.number.text;
  const chapterFirst = (n: string) => findChapter(act.doc, n)?.articles[0]?.number.text ?? findChapter(after, n)?.articles[0]?.number.text;
  const first = (u: Path) => (u.section !== undefined ? sectionOf(u.section) : u.chapter !== undefined ? chapterFirst(u.chapter) : u.article);
  const heading = (u: Path) => u.section !== undefined || u.chapter !== undefined;
  const sorted = [...rows.values()].sort((a, b) => {
    const aa = first(a.unit);
    const ba = first(b.unit);
    // The preamble before everything.
    if (!!a.unit.preamble !== !!b.unit.preamble) return a.unit.preamble ? -1 : 1;
    const c = compareNumbers(aa, ba);
    if (c) return c;
    // A section's heading before the section's first article; a chapter's after its section's.
    if (heading(a.unit) !== heading(b.unit)) return heading(a.unit) ? -1 : 1;
    if ((a.unit.section !== undefined) !== (b.unit.section !== undefined)) return a.unit.section !== undefined ? -1 : 1;
    return compareNumbers(a.unit.paragraph, b.unit.paragraph) || compareNumbers(a.unit.subparagraph, b.unit.subparagraph) || a.order - b.order;
  });
  const title = titleOf(billText);
  return {
    ...(title ? { billTitle: title } : {}),
    act: opts.act ?? bill.amends ?? '', lang: bill.lang,
    rows: sorted.map(({ order: _order, ...r }) => r),
  };
}

/** The table's title in `lang` («Сравнительная таблица к проекту Закона «О внесении …»»). */
export function billTableTitle(t: BillTable, lang: Lang = t.lang): string {
  return lexicon(lang).table.bill.title(t.billTitle, t.act);
}

/** The rows as the draft table's renderers take them (the unit cell: the unit, then the bill's items). */
export function billTableRows(t: BillTable, lang: Lang = t.lang): TableRow[] {
  const lex = lexicon(lang);
  return t.rows.map((r, i) => ({
    kind: 'article' as const, draft: String(i), prior: [], score: 0,
    status: r.change === 'new' ? 'new' as const : r.change === 'excluded' ? 'dropped' as const : 'changed' as const,
    unit: [r.label], current: r.currentOps, proposed: r.proposedOps, justification: r.justification,
    note: [r.items.join(', '), r.ok ? '' : lex.table.bill.notApplied].filter((x) => x).join(' · '),
  }));
}

export function billTableMarkdown(t: BillTable): string {
  return rowsMarkdown(billTableTitle(t), TABLE_HEADERS[t.lang], billTableRows(t));
}

/** The HTML page; `unitHref(row index)` links a unit cell (the table view: to the bill's item). */
export function billTableHtml(t: BillTable, opts: { uiLang?: Lang; unitHref?: (row: number) => string | null; notice?: string } = {}): string {
  const ui = opts.uiLang ?? t.lang;
  const o: TableHtmlOptions = { uiLang: ui, ...(opts.unitHref ? { unitHref: (k: string) => opts.unitHref!(Number(k)) } : {}), ...(opts.notice ? { notice: opts.notice } : {}) };
  return rowsHtml(billTableTitle(t, ui), t.lang, billTableRows(t), o);
}

export interface BillTableJson {
  act: string;
  title: string;
  rows: {
    unit: BillTableRow['unit'];
    label: string;
    change: BillRowChange;
    items: string[];
    ok: boolean;
    inForce: string | null;
    proposed: string | null;
    justification: string;
  }[];
}

export function billTableJson(t: BillTable): BillTableJson {
  return {
    act: t.act, title: billTableTitle(t),
    rows: t.rows.map((r) => ({ unit: r.unit, label: r.label, change: r.change, items: r.items, ok: r.ok, inForce: r.inForce, proposed: r.proposed, justification: r.justification })),
  };
}
