// Migration of citations of the Constitution from one edition's numbering to another's (issue 12:
// 1995 → 2026). A law written under the 1995 Constitution cites «пункта 3 статьи 44 Конституции»; the
// unit with the same content in 2026 may bear other numbers. The counterpart comes from the prior
// matcher (core/prior): article-level from its article matches, paragraph-level from its paragraph
// alignment. A citation is rewritten only when every unit it cites has exactly one counterpart of the
// same shape (a paragraph of an article stays a paragraph of an article); anything else — split,
// merged, dropped, a range, a change of level — is listed for the drafter, never guessed. Pure.

import type { Analysis } from '../analysis';
import { citesConstitution } from '../cites';
import { canonical } from '../parser';
import { articleTexts } from '../prior/articles';
import { stems } from '../prior/match';
import { comparePrior, type Comparison, type ComparisonRow } from '../prior/compare';
import { resolveTarget } from '../resolve';
import type { Edit, RawReference, RefTarget, Span, Unit } from '../types';

/** Why a citation is left for the drafter. */
export type LeftReason = 'unresolved' | 'dropped' | 'split' | 'merged' | 'level' | 'range' | 'ambiguous';

export interface MigrationRewrite {
  /** The citation phrase. */
  span: Span;
  /** The units it cites, before and after: "article::44", "paragraph:44:3", "subparagraph:44:3:2". */
  from: string[];
  to: string[];
  edits: Edit[];
}

export interface MigrationLeft {
  span: Span;
  from: string[];
  reason: LeftReason;
}

export interface MigrationPlan {
  rewrites: MigrationRewrite[];
  left: MigrationLeft[];
}

/** A unit of a constitution by its path: kind and numbers (canonical). */
interface Path {
  kind: 'article' | 'paragraph' | 'subparagraph';
  article: string;
  paragraph?: string;
  subparagraph?: string;
}

function key(p: Path): string {
  if (p.kind === 'article') return `article::${p.article}`;
  if (p.kind === 'paragraph') return `paragraph:${p.article}:${p.paragraph}`;
  return `subparagraph:${p.article}:${p.paragraph ?? ''}:${p.subparagraph}`;
}

function pathOf(u: Unit): Path | null {
  if (u.kind === 'article') return { kind: 'article', article: canonical(u.number.text) };
  if (u.kind === 'paragraph') return { kind: 'paragraph', article: canonical(u.article.number.text), paragraph: canonical(u.number.text) };
  if (u.kind === 'subparagraph') {
    return {
      kind: 'subparagraph', article: canonical(u.article.number.text),
      paragraph: u.paragraph ? canonical(u.paragraph.number.text) : undefined, subparagraph: canonical(u.number.text),
    };
  }
  return null;
}

const COMPARISONS = new WeakMap<Analysis, WeakMap<Analysis, Comparison>>();

/** The comparison of the newer edition (as the draft) with the older (as the prior), memoised per pair. */
function comparison(to: Analysis, from: Analysis): Comparison {
  let m = COMPARISONS.get(to);
  if (!m) COMPARISONS.set(to, (m = new WeakMap()));
  let c = m.get(from);
  if (!c) m.set(from, (c = comparePrior(to, from, 'from')));
  return c;
}

/** The newer edition's counterpart of an older unit, or why there is no single one. */
export function counterpart(u: Unit, from: Analysis, to: Analysis): Path | LeftReason {
  const cmp = comparison(to, from);
  const art = u.kind === 'article' ? u : u.kind === 'paragraph' || u.kind === 'subparagraph' ? u.article : null;
  if (!art) return 'level';
  const n = canonical(art.number.text);
  const rows = cmp.rows.filter((r) => r.matches.some((m) => m.prior === n));
  if (rows.length === 0) return 'dropped';
  if (u.kind === 'article') {
    if (rows.length > 1) return 'split';
    if (rows[0].matches.length > 1) return 'merged';
    return { kind: 'article', article: rows[0].draft };
  }
  // A paragraph or subparagraph: its body line, and the newer line aligned with it.
  const line = articleTexts(from)[art.index].spans.findIndex((s) => s.start <= u.headSpan.start && u.headSpan.start < Math.max(s.end, s.start + 1));
  if (line < 0) return 'level';
  const found: { row: ComparisonRow; b: number }[] = [];
  for (const row of rows) {
    const a = row.priorParagraphs.findIndex((p) => p.article === n && p.index === line);
    if (a < 0) continue;
    for (const pair of row.align) if (pair.a === a) found.push({ row, b: pair.b });
  }
  if (found.length === 0) return 'dropped';
  if (found.length > 1) return 'split';
  // Another older line aligned with the same newer one: merged.
  const { row, b } = found[0];
  if (row.align.filter((p) => p.b === b).length > 1) return 'merged';
  const target = unitAtLine(to, row, b);
  return target ?? 'level';
}

/** The numbered unit whose first line is line `b` of a newer article, as a path (null: an unnumbered part). */
function unitAtLine(to: Analysis, row: ComparisonRow, b: number): Path | null {
  const a = to.doc.articleByNumber.get(row.draft);
  const span = row.draftSpans[b];
  if (!a || !span) return null;
  const at = (x: Unit) => x.headSpan.start >= span.start && x.headSpan.start <= span.end;
  for (const p of a.paragraphs) {
    if (at(p)) return pathOf(p);
    for (const s of p.subparagraphs) if (at(s)) return pathOf(s);
  }
  for (const s of a.subparagraphs) if (at(s)) return pathOf(s);
  return null;
}

function sameShape(a: Path, b: Path): boolean {
  return a.kind === b.kind && (a.paragraph === undefined) === (b.paragraph === undefined);
}

/**
 * The migration of every citation of the Constitution in `an` from the edition `from` to `to`: the
 * rewrites (citations whose units all have one counterpart of the same shape, numbers changed) and the
 * citations left for the drafter.
 */
export function migrationPlan(an: Analysis, from: Analysis, to: Analysis): MigrationPlan {
  const rewrites: MigrationRewrite[] = [];
  const left: MigrationLeft[] = [];
  for (const { ref } of an.references) {
    if (!citesConstitution(ref, an.doc)) continue;
    const r = migrateRef(an, ref, from, to);
    if (!r) continue;
    if ('reason' in r) left.push(r);
    else if (r.edits.length) rewrites.push(r);
  }
  return { rewrites, left };
}

function migrateRef(an: Analysis, ref: RawReference, from: Analysis, to: Analysis): MigrationRewrite | MigrationLeft | null {
  const olds: string[] = [];
  const news: string[] = [];
  const edits = new Map<number, Edit>();
  let reason: LeftReason | null = null;
  for (const target of ref.targets) {
    if (target.article?.kind !== 'num') continue;
    const res = resolveTarget(from.doc, ref, target, { article: null, paragraph: null }, []);
    if (!res.ok || !res.unit) { reason ??= 'unresolved'; continue; }
    const old = pathOf(res.unit);
    if (!old) { reason ??= 'level'; continue; }
    olds.push(key(old));
    if (res.rangeUnits && res.rangeUnits.length > 1) { reason ??= 'range'; continue; }
    const c = counterpart(res.unit, from, to);
    if (typeof c === 'string') { reason ??= c; continue; }
    if (!sameShape(old, c)) { reason ??= 'level'; continue; }
    news.push(key(c));
    for (const [span, text] of numberEdits(target, c)) {
      const e = edits.get(span.start);
      if (e && e.newText !== text) reason ??= 'ambiguous';
      else edits.set(span.start, { span, newText: text });
    }
  }
  if (olds.length === 0 && reason === null) return null;
  if (reason) return { span: { start: ref.span.start, end: ref.span.end }, from: olds, reason };
  const changed = [...edits.values()].filter((e) => an.source.slice(e.span.start, e.span.end) !== e.newText).sort((a, b) => a.span.start - b.span.start);
  return { span: { start: ref.span.start, end: ref.span.end }, from: olds, to: news, edits: changed };
}

/** The number spans of a target and their new numbers. */
function numberEdits(t: RefTarget, c: Path): [Span, string][] {
  const out: [Span, string][] = [];
  if (t.article?.kind === 'num') out.push([t.article.num.span, c.article]);
  if (t.paragraph?.kind === 'num' && c.paragraph !== undefined) out.push([t.paragraph.num.span, c.paragraph]);
  if (t.subparagraph?.kind === 'num' && c.subparagraph !== undefined) out.push([t.subparagraph.num.span, c.subparagraph]);
  return out;
}


/** Context stems a citation needs before its words are compared with the cited text. */
const CONTEXT_MIN = 4;

/** The stems of a unit of a cited edition (its analysis lives as long as the edition is loaded). */
const UNIT_STEMS = new WeakMap<Unit, Set<string>>();

/** The share of `context`'s stems found in a unit's text. */
function coverage(context: Set<string>, an: Analysis, u: Unit): number {
  let text = UNIT_STEMS.get(u);
  if (!text) UNIT_STEMS.set(u, (text = new Set(stems(an.source.slice(u.span.start, u.span.end)))));
  let n = 0;
  for (const s of context) if (text.has(s)) n++;
  return n / context.size;
}

/**
 * Citations of the newer edition that still follow the older one's numbering, in a document that cites
 * the newer one: the unit cited does not exist there but does in the older edition, or the words around
 * the citation are those of the older unit and not of the newer one at the same number (the number was
 * not updated). Each comes with the rewrite to the older unit's counterpart, or is left for the drafter.
 */
export function staleCitations(an: Analysis, cited: Analysis, older: Analysis): MigrationPlan {
  const rewrites: MigrationRewrite[] = [];
  const left: MigrationLeft[] = [];
  for (const { ref } of an.references) {
    if (!citesConstitution(ref, an.doc)) continue;
    if (!ref.targets.some((t) => isStale(an, ref, t, cited, older))) continue;
    const r = migrateRef(an, ref, older, cited);
    if (!r) continue;
    if ('reason' in r) left.push(r);
    else if (r.edits.length) rewrites.push(r);
  }
  return { rewrites, left };
}

function isStale(an: Analysis, ref: RawReference, t: RefTarget, cited: Analysis, older: Analysis): boolean {
  if (t.article?.kind !== 'num') return false;
  const now = resolveTarget(cited.doc, ref, t, { article: null, paragraph: null }, []);
  const then = resolveTarget(older.doc, ref, t, { article: null, paragraph: null }, []);
  if (!then.ok || !then.unit) return false;
  if (!now.ok || !now.unit) return true;
  // The words of the citing line, without the citation itself.
  const line = an.lineIndex.positionAt(ref.span.start).line;
  const start = an.lineIndex.lineStart(line);
  const end = an.lineIndex.lineEnd(line);
  const context = new Set(stems(an.source.slice(start, ref.span.start) + ' ' + an.source.slice(ref.span.end, end)));
  if (context.size < CONTEXT_MIN) return false;
  const was = coverage(context, older, then.unit);
  const is = coverage(context, cited, now.unit);
  return was >= 0.5 && was - is >= 0.25;
}
