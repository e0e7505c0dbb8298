// Duplicated numbers (issue 16.4). Validation reports a duplicate once, at the later heading (the
// sequence is read in order). The drafter who has just typed «Статья 62» above the old article 62
// must hear it at the heading they typed too, and be offered the fixes there: each duplicate problem
// gets a companion at the other heading, both saying "numbered twice: lines A and B".
// A heading whose number is duplicated has no identity by number: no prior match is shown for it.
// Pure.

import type { DocumentModel } from '../parser';
import type { LineIndex } from '../text';
import type { Article, Problem, UnitBase } from '../types';
import { allUnits, articleBearing, canonical, problem } from '../parser';


const DUPLICATE = /^(section|chapter|article|paragraph|subparagraph)-number-duplicate$/;

const sameNumber = (a: UnitBase, b: UnitBase) =>
  a.number.base === b.number.base && a.number.suffix.join('-') === b.number.suffix.join('-');

/** The unit of `family` whose number stands on 1-based `line` and equals `like`'s. */
function unitOnLine(doc: DocumentModel, lines: LineIndex, family: string, line: number, like: UnitBase): UnitBase | null {
  const i = line - 1;
  if (i < 0 || i >= lines.lineCount) return null;
  const start = lines.lineStart(i);
  const end = lines.lineEnd(i);
  const on = (u: UnitBase) => u.number.span.start >= start && u.number.span.start <= end && sameNumber(u, like);
  if (family === 'section') return doc.sections.find(on) ?? null;
  if (family === 'chapter') return doc.chapters.find(on) ?? null;
  if (family === 'article') return doc.articles.find(on) ?? null;
  for (const u of allUnits(doc)) {
    if (u.kind === family && on(u)) return u;
    if (u.number.span.start > end) break;
  }
  return null;
}

/**
 * The diagnostics with every `*-number-duplicate` reported at both headings: the validation's problem
 * (at the later heading) gains `secondLine`, and a companion with the same code and arguments sits at
 * the first heading. Derived from the document and the validation alone, so a full and an incremental
 * analysis agree.
 */
export function withDuplicatePartners(doc: DocumentModel, lines: LineIndex, problems: Problem[]): Problem[] {
  let any = false;
  for (const p of problems) if (DUPLICATE.test(p.code)) { any = true; break; }
  if (!any) return problems;
  const out: Problem[] = [];
  const companions = new Map<number, Problem>();
  for (const p of problems) {
    const m = DUPLICATE.exec(p.code);
    if (!m) { out.push(p); continue; }
    const second = lines.positionAt(p.span.start).line + 1;
    const args = { ...p.args, secondLine: second };
    out.push(problem(p.code, p.span, args, p.data));
    const like = { number: { base: NaN, suffix: [] as number[] } } as unknown as UnitBase;
    // The later unit, to compare numbers with (found by its span).
    const later = unitAt(doc, m[1], p.span.start) ?? like;
    const first = typeof p.args.firstLine === 'number' ? unitOnLine(doc, lines, m[1], p.args.firstLine, later) : null;
    if (!first || companions.has(first.number.span.start)) continue;
    const number = typeof p.args.number === 'string' ? p.args.number : first.number.text;
    // No `expected`: the fixes at the first heading are computed from its own neighbours.
    companions.set(first.number.span.start, problem(p.code, first.number.span, { ...p.args, number, secondLine: second }, { family: m[1], duplicate: true }));
  }
  return out.concat([...companions.values()]);
}

function unitAt(doc: DocumentModel, family: string, start: number): UnitBase | null {
  const at = (u: UnitBase) => u.number.span.start === start;
  if (family === 'section') return doc.sections.find(at) ?? null;
  if (family === 'chapter') return doc.chapters.find(at) ?? null;
  if (family === 'article') return doc.articles.find(at) ?? null;
  for (const u of allUnits(doc)) if (u.kind === family && at(u)) return u;
  return null;
}

const dupCache = new WeakMap<DocumentModel, Set<string>>();

/** Canonical numbers borne by more than one article heading. */
export function duplicatedArticleNumbers(doc: DocumentModel): Set<string> {
  let s = dupCache.get(doc);
  if (s) return s;
  s = new Set<string>();
  const seen = new Set<string>();
  for (const a of doc.articles) {
    const k = canonical(a.number.text);
    if (seen.has(k)) s.add(k);
    else seen.add(k);
  }
  dupCache.set(doc, s);
  return s;
}

/**
 * The incremental analysis's new model has the same article numbers as the previous one (no heading
 * changed): it shares the previous model's set instead of counting 5,000 numbers again per keystroke.
 */
export function shareDuplicatedNumbers(from: DocumentModel, to: DocumentModel): void {
  const s = dupCache.get(from);
  if (s) dupCache.set(to, s);
}

/**
 * The set of a renumbered article's version (`to`, article list `articles`), from the previous version's
 * (when it was counted): only the old and the new number (canonical; `keys`) can change whether two
 * articles bear them, or the numbers of articles opened by a heading typed in a body. Without a previous
 * set, `to`'s is counted when first asked.
 */
export function renumberedDuplicates(from: DocumentModel, to: DocumentModel, articles: readonly Article[], keys: readonly string[]): void {
  const was = dupCache.get(from);
  if (!was) return;
  const s = new Set(was);
  for (const k of keys) {
    const first = articleBearing(articles, k);
    if (first >= 0 && articleBearing(articles, k, first + 1) >= 0) s.add(k);
    else s.delete(k);
  }
  dupCache.set(to, s);
}

/** Whether this article's number is borne by another article too. */
export function isDuplicated(doc: DocumentModel, a: Article): boolean {
  return duplicatedArticleNumbers(doc).has(canonical(a.number.text));
}
