// Comparative table («сравнительная таблица», «салыстырмалы кесте») of a draft against a prior
// constitution, in the official four-column form: structural unit | text in force | proposed text |
// justification. Also the prior-related hover text and inlay-hint labels. Pure: strings in, strings out.
//
// Every piece of document text is escaped for its output (HTML entities, Markdown backslashes), so a
// draft containing `<script>` or Markdown link syntax renders as text.

import type { Lang } from '../types';
import { lexicon } from '../lang';
import type { DiffOp } from '../prior/diff';
import type { Comparison, ComparisonRow, RowStatus } from '../prior/compare';
import { priorParagraphsFor, readableDiff } from '../prior/compare';
import { ClientCommands, type OpenPriorArgs } from '../protocol';
import { escapeHtml, escapeMarkdown } from '../escape';

// ------------------------------------------------------------------ localisation ----

/** The four column headers in each language (from the lexicons). */
export const TABLE_HEADERS: Readonly<Record<Lang, readonly [string, string, string, string]>> = {
  ru: lexicon('ru').table.headers,
  kk: lexicon('kk').table.headers,
  en: lexicon('en').table.headers,
};

export function tableTitle(cmp: Comparison, lang: Lang): string {
  return lexicon(lang).table.title(cmp.priorLabel);
}

export function statusLabel(status: RowStatus, lang: Lang): string {
  return lexicon(lang).table.status[status];
}

/** «Статья 12» / «12-бап» / "Article 12". */
export function articleHeading(n: string, lang: Lang): string {
  return lexicon(lang).unitHeading('article', n);
}

/** «ст. 13» / «13-бап» / "Art. 13"; several: «ст. 31, 38» / «31, 38-баптар» / "Arts. 31, 38". */
export function articleShort(ns: string[], lang: Lang): string {
  return lexicon(lang).articleShort(ns);
}

function fmtScore(x: number): string {
  return x.toFixed(2);
}

/** Inlay-hint / code-lens label: «1995: ст. 13», «1995: 13-бап», "1995: Art. 13", «1995: новая». */
export function priorInlayLabel(cmp: Comparison, articleNumber: string, lang: Lang): string | null {
  const row = cmp.byDraft.get(articleNumber);
  if (!row) return null;
  if (!row.matches.length) return `${cmp.priorLabel}: ${lexicon(lang).table.status.new}`;
  return `${cmp.priorLabel}: ${articleShort(row.matches.map((m) => m.prior), lang)}`;
}

/** Tooltip of the inlay hint: status and similarity. */
export function priorInlayTooltip(cmp: Comparison, articleNumber: string, lang: Lang): string | null {
  const row = cmp.byDraft.get(articleNumber);
  if (!row) return null;
  const parts = [statusLabel(row.status, lang)];
  if (row.matches.length) parts.push(`${lexicon(lang).table.similarity} ${row.matches.map((m) => fmtScore(m.score)).join(', ')}`);
  if (row.pinned) parts.push(lexicon(lang).table.pinned);
  return parts.join(' · ');
}

// ------------------------------------------------------------------ rows ----

export interface TableRow {
  kind: 'article' | 'dropped';
  /** Draft article number (absent for a dropped prior article). */
  draft?: string;
  prior: string[];
  status: RowStatus | 'dropped';
  score: number;
  /** Lines of the structural-unit cell. */
  unit: string[];
  /** Current wording, with the deletions marked. */
  current: DiffOp[];
  /** Proposed wording, with the insertions marked. */
  proposed: DiffOp[];
  /** The drafter's justification (`<!-- justification: … -->`), or '' : the fourth column. */
  justification: string;
  /** What the tool found (status, similarity, pin): a tooltip and a JSON field, never the fourth column. */
  note: string;
}

/** «Редакция изменена (совпадение 0.67)»: the tool's finding about a row, for tooltips and JSON. */
function statusNote(row: ComparisonRow, cmp: Comparison, lang: Lang): string {
  const ps = row.matches.map((m) => m.prior);
  const s = lexicon(lang).table.note(row.status, ps);
  const extra: string[] = [];
  if (row.matches.length && row.status !== 'unchanged') extra.push(`${lexicon(lang).table.similarity} ${row.matches.map((m) => fmtScore(m.score)).join(', ')}`);
  if (row.pinned) extra.push(lexicon(lang).table.pinned);
  for (const p of row.prior) if (!p.exists) extra.push(lexicon(lang).table.noPriorArticle(p.number));
  return extra.length ? `${s} (${extra.join('; ')})` : s;
}

/** Rows of the comparative table: one per draft article, then the prior articles not carried over. */
export function tableRows(cmp: Comparison, lang: Lang): TableRow[] {
  const out: TableRow[] = [];
  for (const row of cmp.rows) {
    const unit = [articleHeading(row.written, lang) + (row.title ? `. ${row.title}` : '')];
    if (row.matches.length) unit.push(`(${cmp.priorLabel}: ${articleShort(row.matches.map((m) => m.prior), lang)})`);
    let current: DiffOp[];
    let proposed: DiffOp[];
    if (!row.prior.some((p) => p.exists)) {
      current = [{ op: 'equal', text: lexicon(lang).table.none }];
      proposed = row.draftText ? [{ op: 'insert', text: row.draftText }] : [];
    } else {
      const d = row.diff;
      current = d.filter((x) => x.op !== 'insert');
      proposed = d.filter((x) => x.op !== 'delete');
    }
    out.push({
      kind: 'article', draft: row.draft, prior: row.matches.map((m) => m.prior), status: row.status, score: row.score,
      unit, current, proposed, justification: row.justification, note: statusNote(row, cmp, lang),
    });
  }
  for (const p of cmp.droppedArticles) {
    out.push({
      kind: 'dropped', prior: [p.number], status: 'dropped', score: 0,
      unit: [`${cmp.priorLabel}: ${articleHeading(p.number, lang)}${p.title ? `. ${p.title}` : ''}`],
      current: p.text ? [{ op: 'delete', text: p.text }] : [],
      proposed: [{ op: 'equal', text: lexicon(lang).table.deleted }],
      justification: '',
      note: lexicon(lang).table.dropped,
    });
  }
  return out;
}

// ------------------------------------------------------------------ JSON ----

export interface TableJsonRow {
  draft: string;
  prior: string[];
  score: number;
  status: RowStatus;
  /** The drafter's justification annotation ('' when none). */
  justification: string;
  /** The tool's finding in words («Редакция изменена (совпадение 0.67)»), in `lang`. */
  note: string;
}

export interface TableJson {
  prior: string;
  rows: TableJsonRow[];
  dropped: string[];
}

export function tableJson(cmp: Comparison, lang: Lang = cmp.draftLang): TableJson {
  return {
    prior: cmp.priorId,
    rows: cmp.rows.map((r) => ({
      draft: r.draft, prior: r.matches.map((m) => m.prior), score: r.score, status: r.status,
      justification: r.justification, note: statusNote(r, cmp, lang),
    })),
    dropped: [...cmp.dropped],
  };
}

/** Wraps the non-blank core of `text` in `open`/`close`, leaving surrounding whitespace outside. */
function wrapCore(text: string, open: string, close: string, esc: (s: string) => string): string {
  const m = /^(\s*)([^]*?)(\s*)$/.exec(text)!;
  if (!m[2]) return m[1] + m[3];
  return m[1] + open + esc(m[2]) + close + m[3];
}

/**
 * Inline styles of deleted and inserted words in hovers, in the only form VS Code's Markdown sanitizer
 * keeps on a `<span>` (color then background-color, each `;`-terminated, no spaces; theme variables, so
 * light and dark themes both read).
 */
export const DIFF_STYLE = {
  del: 'color:var(--vscode-gitDecoration-deletedResourceForeground);background-color:var(--vscode-diffEditor-removedTextBackground);',
  ins: 'color:var(--vscode-gitDecoration-addedResourceForeground);background-color:var(--vscode-diffEditor-insertedTextBackground);',
} as const;

/**
 * Markdown of diff ops on one logical line set: deletions ~~struck~~, insertions **bold** (with `html`:
 * coloured `<span>`s around `<del>` / `<strong>`), each paragraph (line) wrapped separately so that
 * markers never span a line break. `br` joins lines. A deletion and an insertion that touch
 * («могут»→«может») are kept apart by a space, so they never read as one word («могутможет»).
 */
function diffMarkdown(ops: DiffOp[], br: string, show: { del: boolean; ins: boolean }, html = false): string {
  let out = '';
  let prev: DiffOp['op'] | null = null;
  const del = (l: string) => (html ? wrapCore(l, `<span style="${DIFF_STYLE.del}"><del>`, '</del></span>', escapeMarkdown) : wrapCore(l, '~~', '~~', escapeMarkdown));
  const ins = (l: string) => (html ? wrapCore(l, `<span style="${DIFF_STYLE.ins}"><strong>`, '</strong></span>', escapeMarkdown) : wrapCore(l, '**', '**', escapeMarkdown));
  for (const o of ops) {
    if (o.op === 'delete' && !show.del) continue;
    if (o.op === 'insert' && !show.ins) continue;
    // (The last character is tested alone: /\S$/ on `out` would scan all of it, at every op.)
    if (prev && prev !== 'equal' && o.op !== 'equal' && prev !== o.op && /\S/.test(out.charAt(out.length - 1)) && /^\S/.test(o.text)) out += ' ';
    const lines = o.text.split('\n');
    out += lines.map((l) => (o.op === 'equal' ? escapeMarkdown(l) : o.op === 'delete' ? del(l) : ins(l))).join(br);
    prev = o.op;
  }
  return out;
}

function diffHtml(ops: DiffOp[]): string {
  let out = '';
  for (const o of ops) {
    const t = escapeHtml(o.text).replace(/\n/g, '<br>');
    if (!o.text.trim()) { out += t; continue; }
    out += o.op === 'equal' ? t : o.op === 'delete' ? `<del>${t}</del>` : `<ins>${t}</ins>`;
  }
  return out;
}

// ------------------------------------------------------------------ Markdown ----

export function tableMarkdown(cmp: Comparison, lang: Lang): string {
  return rowsMarkdown(tableTitle(cmp, lang), TABLE_HEADERS[lang], tableRows(cmp, lang));
}

/** The four-column table of `rows` in Markdown under `title` (also the amendment bill's table, core/bill/table.ts). */
export function rowsMarkdown(title: string, h: readonly string[], rows: readonly TableRow[]): string {
  const lines = [
    `# ${escapeMarkdown(title)}`,
    '',
    `| ${h.map(escapeMarkdown).join(' | ')} |`,
    '|---|---|---|---|',
  ];
  for (const r of rows) {
    const unit = r.unit.map(escapeMarkdown).join('<br>');
    // The text cells are diffMarkdown(ops, '<br>', …), which holds no line break ('\n' only ever
    // separates the lines it joins with '<br>'), written without its intermediate arrays (session 7).
    const cur = cellMarkdown(r.current, 'delete');
    const prop = cellMarkdown(r.proposed, 'insert');
    lines.push(`| ${unit} | ${cur} | ${prop} | ${r.justification.split('\n').map(escapeMarkdown).join('<br>')} |`);
  }
  return lines.join('\n') + '\n';
}

/** Whether a UTF-16 code unit is matched by the regular expression `\s` (filled on first use: 1 no, 2 yes). */
const WS = new Uint8Array(0x10000);
function isWs(c: number): boolean {
  let k = WS[c];
  if (k === 0) k = WS[c] = /\s/.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/** wrapCore(l, open, close, escapeMarkdown) without the regular expression: the same three parts. */
function wrapLine(l: string, open: string, close: string): string {
  const n = l.length;
  let i = 0;
  while (i < n && isWs(l.charCodeAt(i))) i++;
  if (i === n) return l;
  let j = n;
  while (isWs(l.charCodeAt(j - 1))) j--;
  const core = escapeMarkdown(i === 0 && j === n ? l : l.slice(i, j));
  return (i > 0 ? l.slice(0, i) : '') + open + core + close + (j < n ? l.slice(j) : '');
}

/**
 * A text cell of the Markdown table: diffMarkdown(ops, '<br>', { del, ins }) with `shown` the one change
 * shown (deletions in the current wording, insertions in the proposed one), the same characters.
 */
function cellMarkdown(ops: readonly DiffOp[], shown: 'delete' | 'insert'): string {
  const mark = shown === 'delete' ? '~~' : '**';
  let out = '';
  let prev: DiffOp['op'] | null = null;
  for (const o of ops) {
    if (o.op !== 'equal' && o.op !== shown) continue;
    // diffMarkdown's separator between a deletion and an insertion that touch: with one kind of change
    // shown, two changes in a row are of the same kind, so it never applies (kept for the same output).
    if (prev && prev !== 'equal' && o.op !== 'equal' && prev !== o.op && /\S/.test(out.charAt(out.length - 1)) && /^\S/.test(o.text)) out += ' ';
    const t = o.text;
    const eq = o.op === 'equal';
    let from = 0;
    for (;;) {
      const nl = t.indexOf('\n', from);
      const l = nl < 0 ? (from === 0 ? t : t.slice(from)) : t.slice(from, nl);
      out += eq ? escapeMarkdown(l) : wrapLine(l, mark, mark);
      if (nl < 0) break;
      out += '<br>';
      from = nl + 1;
    }
    prev = o.op;
  }
  return out;
}

// ------------------------------------------------------------------ HTML ----
// Column widths are shares, and the layout is automatic: no column gets narrower than the longest word
// of its header (which never breaks: no «Структурна / я единица»); a long word in a body cell may wrap
// (hyphenated where the browser can), so the table fits a side panel; a view narrower still scrolls.

export const TABLE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
body { font-family: "Times New Roman", Georgia, serif; margin: 1.5em; line-height: 1.35; }
h1 { font-size: 1.2em; text-align: center; }
table { border-collapse: collapse; width: 100%; table-layout: auto; }
th, td { border: 1px solid #8888; padding: 4px 6px; vertical-align: top; text-align: left; }
td { overflow-wrap: anywhere; hyphens: auto; }
th { font-weight: bold; overflow-wrap: normal; word-break: normal; hyphens: manual; }
col.unit { width: 16%; } col.text { width: 32%; } col.just { width: 20%; }
td.unit[title] { cursor: help; }
del { color: #c62828; text-decoration: line-through; background: #c6282818; }
ins { color: #2e7d32; text-decoration: underline; background: #2e7d3218; }
tr.dropped td { opacity: 0.85; }
.legend { font-size: 0.9em; }
.notice { border-left: 3px solid #2b6cb0; padding: 0.3em 0.8em; background: #eef4fb; }
`;


function unitCell(r: TableRow, opts: TableHtmlOptions): string {
  const lines = r.unit.map(escapeHtml);
  const href = r.draft !== undefined && opts.unitHref ? opts.unitHref(r.draft) : null;
  if (href && lines.length) lines[0] = `<a href="${escapeHtml(href)}">${lines[0]}</a>`;
  return lines.join('<br>');
}

export interface TableHtmlOptions {
  /**
   * Link of a draft article's unit cell (the table view in an editor links each unit to its heading in
   * the draft). The link wraps the cell's first line; null or absent: no link.
   */
  unitHref?: (draft: string) => string | null;
  /**
   * The UI language (issue 16.7), for the table shown in the editor: its title, column headers, legend
   * and status tooltips. The cells — the draft's and the prior's words, the unit names — and the page
   * language (hyphenation) stay the draft's. Default: `lang` (an exported table is all in the draft's).
   */
  uiLang?: Lang;
  /** A note shown above the table (an amendment law of an earlier edition: core/bill/check.ts earlierEdition). */
  notice?: string;
}

/** A self-contained HTML page (no scripts, strict CSP, all document text escaped). */
export function tableHtml(cmp: Comparison, lang: Lang, opts: TableHtmlOptions = {}): string {
  const ui = opts.uiLang ?? lang;
  const rows = tableRows(cmp, lang);
  // The status tooltips in the UI language (the rows come in the same order in any language).
  const notes = ui === lang ? rows.map((r) => r.note) : tableRows(cmp, ui).map((r) => r.note);
  return rowsHtml(tableTitle(cmp, ui), lang, rows, { ...opts, notes });
}

/**
 * The four-column table of `rows` as a self-contained HTML page under `title` (also the amendment bill's
 * table, core/bill/table.ts): headers and legend in `opts.uiLang`, the page in `lang`; `notes`: the
 * unit cells' tooltips (default: each row's note).
 */
export function rowsHtml(title: string, lang: Lang, rows: readonly TableRow[], opts: TableHtmlOptions & { notes?: readonly string[] } = {}): string {
  const ui = opts.uiLang ?? lang;
  const h = TABLE_HEADERS[ui];
  const body: string[] = [];
  const notes = opts.notes ?? rows.map((r) => r.note);
  rows.forEach((r, i) => {
    const attrs = ` class="${r.kind === 'dropped' ? 'dropped' : escapeHtml(r.status)}"` + (r.draft ? ` id="art-${escapeHtml(r.draft)}"` : '');
    body.push(
      `<tr${attrs}><td class="unit" title="${escapeHtml(notes[i] ?? r.note)}">${unitCell(r, opts)}</td><td>${diffHtml(r.current)}</td>` +
        `<td>${diffHtml(r.proposed)}</td><td>${r.justification.split('\n').map(escapeHtml).join('<br>')}</td></tr>`,
    );
  });
  const [delL, insL] = lexicon(ui).table.legend;
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${TABLE_CSP}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...(opts.notice ? [`<p class="notice">${escapeHtml(opts.notice)}</p>`] : []),
    `<p class="legend"><del>${escapeHtml(delL)}</del> · <ins>${escapeHtml(insL)}</ins></p>`,
    '<table>',
    '<colgroup><col class="unit"><col class="text"><col class="text"><col class="just"></colgroup>',
    `<thead><tr>${h.map((x) => `<th>${escapeHtml(x)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...body,
    '</tbody>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ------------------------------------------------------------------ hover ----


/** `command:atazan.openPrior?…` link to a prior article. */
export function openPriorLink(cmp: Comparison, article: string, lang: Lang): string {
  const args = encodeURIComponent(JSON.stringify({ prior: cmp.priorId, lang: cmp.priorLang, article } satisfies OpenPriorArgs));
  const text = lexicon(lang).table.open(cmp.priorLabel, articleShort([article], lang));
  return `[${escapeMarkdown(text)}](command:${ClientCommands.openPrior}?${args})`;
}

function quoteMd(text: string, max: number): string {
  const lines: string[] = [];
  let used = 0;
  for (const l of text.split('\n')) {
    if (used >= max) { lines.push('…'); break; }
    const room = max - used;
    const cut = l.length > room ? l.slice(0, Math.max(0, l.lastIndexOf(' ', room) > room * 0.6 ? l.lastIndexOf(' ', room) : room)) + '…' : l;
    lines.push(escapeMarkdown(cut));
    used += cut.length;
  }
  return lines.map((l) => '> ' + l).join('\n>\n');
}

/** Diff ops limited to about `max` characters of text (cut between ops). */
function limitOps(ops: DiffOp[], max: number): { ops: DiffOp[]; cut: boolean } {
  const out: DiffOp[] = [];
  let used = 0;
  for (const o of ops) {
    if (used + o.text.length > max) {
      const room = max - used;
      if (room > 40) {
        const sp = o.text.lastIndexOf(' ', room);
        out.push({ op: o.op, text: o.text.slice(0, sp > room * 0.5 ? sp : room) });
      }
      return { ops: out, cut: true };
    }
    out.push(o);
    used += o.text.length;
  }
  return { ops: out, cut: false };
}

function diffBlock(ops: DiffOp[], lang: Lang, max: number, html = false): string {
  const { ops: shown, cut } = limitOps(ops, max);
  const md = diffMarkdown(shown, '\n\n', { del: true, ins: true }, html);
  const legend = diffMarkdown([{ op: 'delete', text: lexicon(lang).table.legend[0] }, { op: 'insert', text: lexicon(lang).table.legend[1] }], '', { del: true, ins: true }, html);
  return `**${escapeMarkdown(lexicon(lang).table.changes)}** (${legend}):\n\n${md}${cut ? ' …' : ''}`;
}

export interface PriorHoverOptions {
  /** Maximum characters of prior text quoted (default 700). */
  maxText?: number;
  /** Maximum characters of diff text (default 1800). */
  maxDiff?: number;
  /**
   * The client renders the `<span style>`, `<del>` and `<strong>` tags in Markdown (LSP
   * `general.markdown.allowedTags`): the diff is coloured. Else ~~struck~~ and **bold**.
   */
  html?: boolean;
}

/**
 * Hover markdown for a draft article heading: its predecessor(s) in the prior constitution with number,
 * text, similarity, a word diff, and a link that opens the prior article. Null if the article is unknown.
 */
export function priorHoverMarkdown(cmp: Comparison, articleNumber: string, lang: Lang, opts: PriorHoverOptions = {}): string | null {
  const row = cmp.byDraft.get(articleNumber);
  if (!row) return null;
  const maxText = opts.maxText ?? 700;
  const maxDiff = opts.maxDiff ?? 1800;
  if (!row.matches.length) return `**${escapeMarkdown(cmp.priorLabel)}:** ${escapeMarkdown(lexicon(lang).table.newNote(cmp.priorLabel))}`;
  const parts: string[] = [];
  const head = `**${escapeMarkdown(priorInlayLabel(cmp, articleNumber, lang) ?? '')}** · ${escapeMarkdown(statusLabel(row.status, lang))}` +
    ` · ${escapeMarkdown(lexicon(lang).table.similarity)} ${row.matches.map((m) => fmtScore(m.score)).join(', ')}` + (row.pinned ? ` · ${escapeMarkdown(lexicon(lang).table.pinned)}` : '');
  parts.push(head);
  // What changed comes first, right under the summary line; the prior text itself follows.
  if (row.prior.some((p) => p.exists)) {
    const changed = row.diff.some((o) => o.op !== 'equal');
    parts.push(changed ? diffBlock(row.diff, lang, maxDiff, opts.html) : `_${escapeMarkdown(lexicon(lang).table.noChanges)}_`);
  }
  const links = row.prior.filter((p) => p.exists).map((p) => openPriorLink(cmp, p.number, lang));
  if (links.length) parts.push(links.join(' · '));
  for (const p of row.prior) {
    if (!p.exists) { parts.push(`⚠ ${escapeMarkdown(lexicon(lang).table.noPriorArticle(p.number))}`); continue; }
    const title = articleHeading(p.number, cmp.priorLang) + (p.title ? `. ${p.title}` : '');
    parts.push(`_${escapeMarkdown(`${cmp.priorLabel}, ${title}`)}_\n\n${quoteMd(p.text, Math.floor(maxText / row.prior.length))}`);
  }
  return parts.join('\n\n');
}

/**
 * Hover markdown for a paragraph (body line) of a draft article: the aligned prior paragraph(s) with a
 * word diff, or null when no prior paragraph is determinable.
 */
export function priorParagraphHoverMarkdown(cmp: Comparison, articleNumber: string, paragraphIndex: number, lang: Lang, opts: PriorHoverOptions = {}): string | null {
  const row = cmp.byDraft.get(articleNumber);
  if (!row || paragraphIndex < 0 || paragraphIndex >= row.draftParagraphs.length) return null;
  const hits = priorParagraphsFor(row, paragraphIndex);
  if (!hits.length) return null;
  const best = hits[0];
  const label = `${cmp.priorLabel}: ${articleShort([best.para.article], lang)}, ${lexicon(lang).paragraphShort(best.para.label)}`;
  const parts = [`**${escapeMarkdown(label)}** · ${escapeMarkdown(lexicon(lang).table.similarity)} ${fmtScore(best.score)}`];
  const ops = readableDiff(best.para.text, row.draftParagraphs[paragraphIndex]);
  parts.push(ops.some((o) => o.op !== 'equal') ? diffBlock(ops, lang, opts.maxDiff ?? 1800, opts.html) : `_${escapeMarkdown(lexicon(lang).table.noChanges)}_`);
  parts.push(openPriorLink(cmp, best.para.article, lang));
  parts.push(quoteMd(best.para.text, opts.maxText ?? 700));
  return parts.join('\n\n');
}
