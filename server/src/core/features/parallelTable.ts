// The side-by-side view of two language versions (issue 13, *Ata Zan: Compare Language Versions*): one row
// per unit in the order of the alignment core/parallel made (sections, chapters, articles, then each
// article's paragraphs and subparagraphs), each version's own text of the unit, and the divergences found
// at that unit, worded in the UI language. Rendered as HTML (the view and its export), Markdown and JSON;
// the DOCX writer (server/src/table/docx.ts) takes the same rows.

import type { Analysis } from '../analysis';
import { formatMessage } from '../messages';
import { lexicon } from '../lang';
import { escapeHtml, escapeMarkdown } from '../escape';
import type { ParallelResult } from '../parallel';
import type { Lang, Severity, Unit } from '../types';

export interface ParallelCell {
  /** «Статья 12», «12-бап», "Article 12", «пункт 3», … in the version's own language. */
  label: string;
  /** The unit's own text: the heading, or a paragraph without its subparagraphs; several lines joined by \n. */
  text: string;
  /** 0-based line of the unit's heading or first line in that version. */
  line: number;
  excluded: boolean;
}

export interface ParallelRow {
  kind: Unit['kind'];
  a: ParallelCell | null;
  b: ParallelCell | null;
  /** What differs at this row, worded as seen from version a, in the UI language. */
  divergences: { code: string; severity: Severity; message: string }[];
}

export interface ParallelTable {
  langA: Lang;
  langB: Lang;
  rows: ParallelRow[];
  /** Rows with at least one divergence. */
  diverging: number;
}

/** The unit's own text: up to its first child unit (a paragraph's subparagraphs, an article's paragraphs). */
function ownText(an: Analysis, u: Unit): string {
  let end = u.span.end;
  if (u.kind === 'section' || u.kind === 'chapter') end = u.headSpan.end;
  else if (u.kind === 'article') {
    const first = u.paragraphs[0]?.span.start ?? u.subparagraphs[0]?.span.start;
    if (first !== undefined && first > u.headSpan.end) end = first;
  } else if (u.kind === 'paragraph') {
    const first = u.subparagraphs[0]?.span.start;
    if (first !== undefined && first > u.span.start) end = first;
  }
  return an.source.slice(u.span.start, Math.max(u.span.start, end)).replace(/\s+$/, '');
}

function label(u: Unit, lang: Lang): string {
  const lex = lexicon(lang);
  if (u.kind === 'paragraph' || u.kind === 'subparagraph') return lex.unitInAddress(u.kind, u.number.text);
  return lex.unitHeading(u.kind, u.number.text);
}

function cellOf(an: Analysis, u: Unit | null): ParallelCell | null {
  if (!u) return null;
  return { label: label(u, an.lang), text: ownText(an, u), line: an.lineIndex.positionAt(u.headSpan.start).line, excluded: u.excluded };
}

/**
 * The rows of the side-by-side view of versions `a` and `b` (their comparison `result`, made by
 * compareParallel(a, b)); divergence messages in `ui`.
 */
export function parallelTable(result: ParallelResult, a: Analysis, b: Analysis, ui: Lang): ParallelTable {
  const rows: ParallelRow[] = [];
  // A divergence belongs to the innermost row whose unit (in a, else in b) holds its place.
  const rowOfA = new Map<Unit, number>();
  const rowOfB = new Map<Unit, number>();
  for (let i = 0; i < result.pairsA.length; i++) {
    const x = result.pairsA[i];
    const y = result.pairsB[i];
    if (x) rowOfA.set(x, i);
    if (y) rowOfB.set(y, i);
    rows.push({ kind: (x ?? y)!.kind, a: cellOf(a, x), b: cellOf(b, y), divergences: [] });
  }
  const find = (units: (Unit | null)[], index: Map<Unit, number>, at: number): number => {
    // The unit with the smallest span holding `at`: the pairs list is short per article, so a scan of
    // the units whose span holds the place, narrowing as it goes, is enough.
    let best = -1;
    let size = Infinity;
    for (const u of units) {
      if (!u || at < u.span.start || at > u.span.end) continue;
      const s = u.span.end - u.span.start;
      if (s < size) { size = s; best = index.get(u)!; }
    }
    return best;
  };
  for (const d of result.divergences) {
    const iA = find(result.pairsA, rowOfA, d.a.start);
    const iB = find(result.pairsB, rowOfB, d.b.start);
    // A unit in one version only: its row is the one with the empty cell (the other side's place is only
    // where the unit would be, inside a neighbouring unit).
    let i = iA;
    if (iA < 0 || (iB >= 0 && iB !== iA && !rows[iB].a)) i = iB;
    if (i < 0) continue;
    rows[i].divergences.push({ code: d.code, severity: d.severity, message: formatMessage(d.code as never, d.args, ui) });
  }
  return { langA: result.langA, langB: result.langB, rows, diverging: rows.filter((r) => r.divergences.length).length };
}

/** The view's and the export's title: «Языковые версии: ru — kk (name)». */
export function parallelTitle(t: ParallelTable, ui: Lang, name: string): string {
  return lexicon(ui).parallel.tableTitle(t.langA, t.langB, name);
}

const STYLE = `
body { font-family: system-ui, sans-serif; font-size: 13px; margin: 0 8px; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #8884; padding: 4px 6px; vertical-align: top; white-space: pre-wrap; overflow-wrap: break-word; }
th { position: sticky; top: 0; background: #8882; }
.label { font-weight: 600; }
tr.diverging td { background: #e5a50022; }
tr.missing td.gap { background: #c0000022; }
.divergence { color: #c00000; font-size: 12px; }
.divergence.hint { color: #806000; }
.excluded { opacity: .6; font-style: italic; }
.summary { margin: 6px 0; }
`;

/** The whole page (the view embeds its body; the export writes it as it is). */
export function parallelTableHtml(t: ParallelTable, ui: Lang, title: string): string {
  const lex = lexicon(ui).parallel;
  const cell = (c: ParallelCell | null, lang: Lang) => c
    ? `<td lang="${lang}"${c.excluded ? ' class="excluded"' : ''}><span class="label">${escapeHtml(c.label)}</span>\n${escapeHtml(c.text)}</td>`
    : `<td class="gap">—</td>`;
  const body = t.rows.map((r) => {
    const cls = [r.divergences.length ? 'diverging' : '', !r.a || !r.b ? 'missing' : ''].filter(Boolean).join(' ');
    const notes = r.divergences.map((d) => `<div class="divergence${d.severity === 'hint' || d.severity === 'information' ? ' hint' : ''}">${escapeHtml(d.message)}</div>`).join('');
    return `<tr${cls ? ` class="${cls}"` : ''}>${cell(r.a, t.langA)}${cell(r.b, t.langB)}<td>${notes}</td></tr>`;
  }).join('\n');
  return `<!DOCTYPE html><html lang="${ui}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>` +
    `<h1>${escapeHtml(title)}</h1><p class="summary">${escapeHtml(lex.summary(t.rows.length, t.diverging))}</p>` +
    `<table><colgroup><col style="width:40%"><col style="width:40%"><col style="width:20%"></colgroup>` +
    `<thead><tr><th>${escapeHtml(lex.titles[t.langA])}</th><th>${escapeHtml(lex.titles[t.langB])}</th><th>${escapeHtml(lex.divergencesHeader)}</th></tr></thead>` +
    `<tbody>\n${body}\n</tbody></table></body></html>\n`;
}

/** A Markdown table (line breaks inside a cell as <br>). */
export function parallelTableMarkdown(t: ParallelTable, ui: Lang, title: string): string {
  const lex = lexicon(ui).parallel;
  const md = (s: string) => escapeMarkdown(s).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  const cell = (c: ParallelCell | null) => (c ? `**${md(c.label)}**<br>${md(c.text)}` : '—');
  const lines = [
    `# ${md(title)}`, '', md(lex.summary(t.rows.length, t.diverging)), '',
    `| ${md(lex.titles[t.langA])} | ${md(lex.titles[t.langB])} | ${md(lex.divergencesHeader)} |`, '|---|---|---|',
    ...t.rows.map((r) => `| ${cell(r.a)} | ${cell(r.b)} | ${r.divergences.map((d) => md(d.message)).join('<br>')} |`),
  ];
  return lines.join('\n') + '\n';
}

/** JSON: {title, langA, langB, rows:[{kind, a:{label,text,line,excluded}|null, b, divergences:[{code,severity,message}]}]}. */
export function parallelTableJson(t: ParallelTable, title: string): string {
  return JSON.stringify({ title, langA: t.langA, langB: t.langB, diverging: t.diverging, rows: t.rows }, null, 2) + '\n';
}
