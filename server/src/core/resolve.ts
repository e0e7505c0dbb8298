// Reference resolution: each target found by the scanner is bound to the exact unit it cites.

import type {
  Article, Paragraph, Problem, RawReference, RefLevel, RefNum, RefTarget, Span, Subparagraph, Unit,
} from './types';
import type { DocumentModel } from './parser';
import { canonical, problem } from './parser';
import { compareNumbers, parseArabic } from './text';
import { duplicatedArticleNumbers } from './features/duplicates';
import { isInternal } from './cites';

export interface ResolvedTarget {
  target: RefTarget;
  /** The reference phrase this target belongs to. */
  ref: RawReference;
  /** The article whose text contains the reference (null in the preamble). */
  context: Article | null;
  /** The cited unit (the first one, for a range). */
  unit: Unit | null;
  /** For a range: every unit from the first to the last, in document order. */
  rangeUnits?: Unit[];
  /**
   * Spans of the numbers of this target: [start number, end number] for a range. Read from the target
   * (numberSpansOf): a new list per read.
   */
  readonly numberSpans: Span[];
  /** The cited unnumbered parts of the unit («частью первой статьи 5»): the line of each, in the target's order. */
  partSpans?: Span[];
  ok: boolean;
}

/** The spans of the numbers a target cites: its innermost level's number, and its range's end. */
export function numberSpansOf(target: RefTarget): Span[] {
  const inner = target.unit === 'article' ? target.article : target.unit === 'paragraph' ? target.paragraph : target.subparagraph;
  return !inner ? [] : inner.kind === 'num' && inner.rangeEnd ? [levelSpan(inner), inner.rangeEnd.span] : [levelSpan(inner)];
}

/**
 * A resolved target (issue 15, session 8). Its number spans are read from its target, not kept: the
 * list and its backing store were two objects per citation that the analysis held (≈ 0.4 MB of a
 * 5,000-article draft's). The spans read are the target's own (in an analysis, `RefSpan`s that move with
 * their region's anchor), the objects the kept list held, so they follow an incremental update as before.
 * The incremental analysis rebuilds a target's resolution only around the same target object.
 */
class Resolved implements ResolvedTarget {
  target: RefTarget;
  ref: RawReference;
  context: Article | null;
  unit: Unit | null;
  ok: boolean;
  declare rangeUnits?: Unit[];
  declare partSpans?: Span[];
  constructor(target: RefTarget, ref: RawReference, context: Article | null, unit: Unit | null, ok: boolean) {
    this.target = target;
    this.ref = ref;
    this.context = context;
    this.unit = unit;
    this.ok = ok;
  }
  get numberSpans(): Span[] {
    return numberSpansOf(this.target);
  }
}

/** A resolved target of `ref` (its number spans read from `target`). */
export function resolvedTarget(target: RefTarget, ref: RawReference, context: Article | null, unit: Unit | null, ok: boolean): ResolvedTarget {
  return new Resolved(target, ref, context, unit, ok);
}

interface Scope {
  article: Article | null;
  paragraph: Paragraph | null;
}

/** Lists shorter than this are scanned: a map costs more than it saves. */
const INDEX_MIN = 16;
/**
 * Position of each canonical number in a list of paragraphs or subparagraphs (the first, for a duplicated
 * number), built on the first look-up: thousands of «подпункт N» citations into one long list resolved
 * in quadratic time with a scan per citation. For paragraph and subparagraph lists only: they grow
 * while the parser builds them and are never changed in place afterwards (a re-parsed article gets new
 * lists), so a length that changed means the index is rebuilt; a hit is checked all the same.
 */
const INDEXES = new WeakMap<readonly Unit[], { length: number; at: Map<string, number> }>();

function positionIn(list: readonly Unit[], num: string): number {
  const key = canonical(num);
  if (list.length < INDEX_MIN) {
    for (let i = 0; i < list.length; i++) if (canonical(list[i].number.text) === key) return i;
    return -1;
  }
  let ix = INDEXES.get(list);
  if (!ix || ix.length !== list.length) {
    const at = new Map<string, number>();
    for (let i = 0; i < list.length; i++) {
      const k = canonical(list[i].number.text);
      if (!at.has(k)) at.set(k, i);
    }
    ix = { length: list.length, at };
    INDEXES.set(list, ix);
  }
  const i = ix.at.get(key) ?? -1;
  if (i >= 0 && canonical(list[i].number.text) !== key) {
    INDEXES.delete(list);
    return positionIn(list.slice(), num); // changed in place after all: a fresh index of a copy
  }
  return i;
}

/** The paragraph of an article with this number (leading zeros ignored). */
export function findParagraph(a: Article, num: string): Paragraph | undefined {
  const i = positionIn(a.paragraphs, num);
  return i < 0 ? undefined : a.paragraphs[i];
}

/** The subparagraph with this number in a list. */
export function findSub(list: Subparagraph[], num: string): Subparagraph | undefined {
  const i = positionIn(list, num);
  return i < 0 ? undefined : list[i];
}

function levelSpan(l: RefLevel): Span {
  return l.kind === 'num' ? l.num.span : l.span;
}

/** Units of one list between two numbers (inclusive), in order; null if either end is missing. */
function unitsBetween<T extends Unit>(list: T[], from: string, to: string, indexed = true): T[] | null {
  const find = (num: string) => {
    if (indexed) return positionIn(list, num);
    const key = canonical(num);
    return list.findIndex((u) => canonical(u.number.text) === key);
  };
  const i = find(from);
  const j = find(to);
  if (i < 0 || j < 0) return null;
  return list.slice(Math.min(i, j), Math.max(i, j) + 1);
}

function isReversed(from: string, to: string): boolean {
  const a = parseArabic(from, { start: 0, end: 0 });
  const b = parseArabic(to, { start: 0, end: 0 });
  return compareNumbers(b, a) <= 0;
}

/**
 * Resolves every target of the internal references. `problemStart`, if given, receives for each
 * resolved target the index in `problems` of its first problem (plus a final entry: problems.length).
 */
export function resolveReferences(
  doc: DocumentModel, refs: { ref: RawReference; context: Article | null; paragraph: Paragraph | null }[],
  problemStart?: number[],
): { resolved: ResolvedTarget[]; problems: Problem[] } {
  const resolved: ResolvedTarget[] = [];
  const problems: Problem[] = [];
  const bases = new ArticleBases(doc);
  for (const { ref, context, paragraph } of refs) {
    if (!isInternal(ref, doc)) continue;
    for (const target of ref.targets) {
      if (problemStart) problemStart.push(problems.length);
      const r = resolveTarget(doc, ref, target, { article: context, paragraph }, problems, bases);
      resolved.push(r);
    }
  }
  if (problemStart) problemStart.push(problems.length);
  return { resolved, problems };
}

/**
 * What one level of a target leaves to the next: the unit it found as the scope of the next level
 * (null: the target names no unit at this level), or null when the target is settled (resolved or not).
 */
type Step<T> = { within: T } | null;

/**
 * Binds one target to the unit it cites, level by level (article, paragraph, subparagraph); each level
 * either settles the target (its unit, or a problem) or hands the unit it found to the next.
 */
export function resolveTarget(
  doc: DocumentModel, ref: RawReference, target: RefTarget, scope: Scope, problems: Problem[], bases: ArticleBases = new ArticleBases(doc),
): ResolvedTarget {
  const inner = target.unit === 'article' ? target.article : target.unit === 'paragraph' ? target.paragraph : target.subparagraph;
  const result = new Resolved(target, ref, scope.article, null, false);

  // Range sanity first: a reversed or empty range is reported once, whatever it cites.
  if (inner && inner.kind === 'num' && inner.rangeEnd && isReversed(inner.num.text, inner.rangeEnd.text)) {
    problems.push(problem('reference-range-invalid', { start: inner.num.span.start, end: inner.rangeEnd.span.end }, {
      from: inner.num.text, to: inner.rangeEnd.text,
    }));
    return result;
  }
  const article = articleLevel(doc, target, scope, problems, result, bases);
  if (!article) { partLevel(doc, target, problems, result); return result; }
  const para = paragraphLevel(article.within, target, scope, problems, result);
  if (!para) { partLevel(doc, target, problems, result); return result; }
  subparagraphLevel(article.within, para.within, target, scope, problems, result);
  return result;
}

/**
 * The unnumbered parts of an article or a paragraph, as the lines that hold them: an article's lines of
 * text when it has no numbered paragraphs (a subparagraph belongs to the part before it); a paragraph's
 * first line, then its lines of text. An article with numbered paragraphs: null (its parts are not
 * counted here, so a citation of one is not checked).
 */
export function partsOf(doc: DocumentModel, u: Article | Paragraph): Span[] | null {
  if (u.kind === 'article' && u.paragraphs.length > 0) return null;
  const out: Span[] = u.kind === 'paragraph' ? [u.headSpan] : [];
  const from = u.headSpan.end;
  const lines = doc.lines;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].content.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < lines.length && lines[i].content.start < u.span.end; i++) {
    if (lines[i].kind === 'text') out.push(lines[i].content);
  }
  return out;
}

/** «частью третьей статьи 5»: each cited part of the resolved article or paragraph, or a problem. */
function partLevel(doc: DocumentModel, target: RefTarget, problems: Problem[], result: ResolvedTarget): void {
  const places = target.parts;
  const u = result.unit;
  if (!places || places.length === 0 || !result.ok || !u || (u.kind !== 'article' && u.kind !== 'paragraph') || result.rangeUnits) return;
  const parts = partsOf(doc, u);
  if (!parts) return;
  const parent = u.kind === 'article' ? `article:${u.number.text}` : `paragraph:${u.article.number.text}:${u.number.text}`;
  const spans: Span[] = [];
  for (const p of places) {
    const line = parts[p.value - 1];
    if (line) spans.push(line);
    else problems.push(problem('reference-unresolved-part', p.span, { number: p.value, parent, count: parts.length }));
  }
  if (spans.length < places.length) result.ok = false;
  else result.partSpans = spans;
}

/** The article a target cites or is inside; settles a target that cites articles. */
function articleLevel(doc: DocumentModel, target: RefTarget, scope: Scope, problems: Problem[], result: ResolvedTarget, bases: ArticleBases): Step<Article> {
  let article: Article | null = null;
  const al = target.article;
  if (!al || al.kind === 'this') {
    article = scope.article;
    if (!article) {
      problems.push(problem('reference-no-context', target.span, { unit: target.unit }));
      return null;
    }
  } else {
    // A number borne by two headings (issue 16.4): the citation could mean either; binding it to the
    // first would let a renumbering re-point it silently.
    const dup = duplicatedArticleNumbers(doc);
    if (dup.size > 0) {
      const amb = [al.num, ...(target.unit === 'article' && al.rangeEnd ? [al.rangeEnd] : [])].filter((n) => dup.has(canonical(n.text)));
      if (amb.length > 0) {
        for (const n of amb) problems.push(problem('reference-ambiguous', n.span, { number: n.text }));
        return null;
      }
    }
    if (target.unit === 'article' && al.rangeEnd) {
      articleRange(doc, al.num, al.rangeEnd, scope, problems, result, bases);
      return null;
    }
    const found = doc.articleByNumber.get(canonical(al.num.text));
    if (!found) {
      unresolvedArticle(al.num.text, al.num.span, problems, bases);
      return null;
    }
    article = found;
  }
  if (target.unit !== 'article') return { within: article };
  result.unit = article;
  result.ok = true;
  excludedCheck(article, target.span, scope, problems);
  return null;
}

/** «статьи 10–12»: every article from the first to the last. */
function articleRange(doc: DocumentModel, from: RefNum, to: RefNum, scope: Scope, problems: Problem[], result: ResolvedTarget, bases: ArticleBases): void {
  const found = doc.articleByNumber.get(canonical(from.text));
  const endFound = doc.articleByNumber.get(canonical(to.text));
  if (!found) unresolvedArticle(from.text, from.span, problems, bases);
  if (!endFound) unresolvedArticle(to.text, to.span, problems, bases);
  if (!found || !endFound) return;
  // Not indexed: the incremental update replaces articles in this list in place.
  const units = unitsBetween(doc.articles, from.text, to.text, false) ?? [];
  result.unit = found;
  result.rangeUnits = units;
  result.ok = true;
  for (const u of units) excludedCheck(u, from.span, scope, problems, { start: from.span.start, end: to.span.end });
}

/** The paragraph of `article` a target cites or is inside (null: none named); settles a target that cites paragraphs. */
function paragraphLevel(article: Article, target: RefTarget, scope: Scope, problems: Problem[], result: ResolvedTarget): Step<Paragraph | null> {
  let para: Paragraph | null = null;
  const pl = target.paragraph;
  if (pl && pl.kind === 'this') {
    para = scope.paragraph && scope.paragraph.article === article ? scope.paragraph : null;
    if (!para) {
      problems.push(problem('reference-no-context', target.span, { unit: 'paragraph' }));
      return null;
    }
  } else if (pl && pl.kind === 'num') {
    if (target.unit === 'paragraph' && pl.rangeEnd) {
      const a = findParagraph(article, pl.num.text);
      const b = findParagraph(article, pl.rangeEnd.text);
      if ((!a || !b) && citedExcluded(article, whole(target), scope, problems)) return null;
      if (!a) unresolvedParagraph(article, pl.num.text, pl.num.span, problems);
      if (!b) unresolvedParagraph(article, pl.rangeEnd.text, pl.rangeEnd.span, problems);
      if (!a || !b) return null;
      result.unit = a;
      result.rangeUnits = unitsBetween(article.paragraphs, pl.num.text, pl.rangeEnd.text) ?? [];
      result.ok = true;
      return null;
    }
    const found = findParagraph(article, pl.num.text);
    if (!found) {
      if (!citedExcluded(article, whole(target), scope, problems)) unresolvedParagraph(article, pl.num.text, pl.num.span, problems);
      return null;
    }
    para = found;
  }
  if (target.unit !== 'paragraph') return { within: para };
  result.unit = para;
  result.ok = !!para;
  if (para) excludedCheck(para, target.span, scope, problems);
  return null;
}

/** The subparagraph (or range of them) a target cites, in `para` or, with none named, in `article`. */
function subparagraphLevel(article: Article, para: Paragraph | null, target: RefTarget, scope: Scope, problems: Problem[], result: ResolvedTarget): void {
  const sl = target.subparagraph;
  if (!sl || sl.kind !== 'num') return;
  const list = subparagraphList(article, para, sl.num.text, scope);
  // The message argument naming the list (built only for a problem).
  const parentArg = (): string => (para ? `paragraph:${article.number.text}:${para.number.text}` : `article:${article.number.text}`);
  const unresolved = (n: RefNum) => problems.push(problem('reference-unresolved-subparagraph', n.span, { number: n.text, parent: parentArg() }));
  if (sl.rangeEnd) {
    const a = findSub(list, sl.num.text);
    const b = findSub(list, sl.rangeEnd.text);
    if ((!a || !b) && citedExcluded(para ?? article, whole(target), scope, problems)) return;
    if (!a) unresolved(sl.num);
    if (!b) unresolved(sl.rangeEnd);
    if (!a || !b) return;
    result.unit = a;
    result.rangeUnits = unitsBetween(list, sl.num.text, sl.rangeEnd.text) ?? [];
    result.ok = true;
    return;
  }
  const sub = findSub(list, sl.num.text);
  if (!sub) {
    if (!citedExcluded(para ?? article, whole(target), scope, problems)) unresolved(sl.num);
    return;
  }
  result.unit = sub;
  result.ok = true;
  excludedCheck(sub, target.span, scope, problems);
}

/**
 * The list a subparagraph number is looked up in: the named paragraph's; the article's own (an article
 * without paragraphs); else the current paragraph if it is in that article and has the number, else the
 * one paragraph of the article that has it.
 */
function subparagraphList(article: Article, para: Paragraph | null, num: string, scope: Scope): Subparagraph[] {
  if (para) return para.subparagraphs;
  if (article.subparagraphs.length > 0 || article.paragraphs.length === 0) return article.subparagraphs;
  const cur = scope.paragraph && scope.paragraph.article === article && findSub(scope.paragraph.subparagraphs, num) ? scope.paragraph : null;
  const holders = cur ? [cur] : article.paragraphs.filter((p) => findSub(p.subparagraphs, num));
  return holders.length === 1 ? holders[0].subparagraphs : [];
}

function unresolvedArticle(num: string, span: Span, problems: Problem[], bases: ArticleBases): void {
  problems.push(problem('reference-unresolved-article', span, { number: num }, { candidates: bases.candidates(num) }));
}

function unresolvedParagraph(article: Article, num: string, span: Span, problems: Problem[]): void {
  problems.push(problem('reference-unresolved-paragraph', span, { number: num, article: article.number.text }));
}

/**
 * The candidates for the quick fix of an unresolved article citation: the other numbers with its base,
 * in document order (83 → 83-1 when 83 was renumbered). One object serves one resolution pass over a
 * document that does not change during it (a full analysis, or one incremental update: pass the same
 * object to every resolveTarget of the pass). A number asked again gets the answer it got (a copy); the
 * first number reads the article list, a second one builds an index by base. So a pass with many
 * unresolved citations (a renumbered article's, or a law's citations of another act taken as its own)
 * reads the list once, not once per citation.
 */
export class ArticleBases {
  private answers: Map<string, string[]> | undefined;
  private byBase: Map<number, Article[]> | undefined;
  constructor(private readonly doc: DocumentModel) {}

  candidates(num: string): string[] {
    const known = this.answers?.get(num);
    if (known) return known.slice();
    const base = parseInt(num, 10);
    const out: string[] = [];
    if (Number.isFinite(base)) {
      const from = this.answers === undefined ? this.doc.articles : this.index().get(base) ?? [];
      const key = canonical(num);
      for (const a of from) if (a.number.base === base && canonical(a.number.text) !== key) out.push(a.number.text);
    }
    (this.answers ??= new Map()).set(num, out);
    return out.slice();
  }

  private index(): Map<number, Article[]> {
    if (this.byBase) return this.byBase;
    const m = new Map<number, Article[]>();
    for (const a of this.doc.articles) {
      const b = a.number.base;
      const list = m.get(b);
      if (list) list.push(a);
      else m.set(b, [a]);
    }
    this.byBase = m;
    return m;
  }
}

/** The target's span stretched over its article number («пунктом 3 статьи 62», not just «3»). */
function whole(target: RefTarget): Span {
  const al = target.article;
  if (!al || al.kind !== 'num') return target.span;
  const end = (al.rangeEnd ?? al.num).span.end;
  return { start: Math.min(target.span.start, al.num.span.start), end: Math.max(target.span.end, end) };
}

/**
 * A paragraph or subparagraph of an excluded article (or of an excluded paragraph) that has no such
 * part: «пунктом 3 статьи 62» after article 62 was kept as «Статья 62 Исключена.». The reference
 * cites an excluded unit, which is what the drafter must hear — not "article 62 has no paragraph 3".
 */
function citedExcluded(holder: Article | Paragraph, span: Span, scope: Scope, problems: Problem[]): boolean {
  const article = holder.kind === 'article' ? holder : holder.article;
  if (!holder.excluded && !article.excluded) return false;
  const u: Unit = article.excluded ? article : holder;
  // The exclusion note inside the excluded article itself cites nothing worth a warning.
  if (scope.article && scope.article === article) return true;
  problems.push(problem('reference-to-excluded', span, { target: excludedTarget(u) }));
  return true;
}

function excludedCheck(u: Unit, span: Span, scope: Scope, problems: Problem[], whole?: Span): void {
  if (!u.excluded) return;
  // The note recording an exclusion («Статья 84 исключена …») sits inside the excluded article itself.
  if (scope.article && (u === scope.article || (u.kind !== 'article' && 'article' in u && u.article === scope.article && scope.article.excluded))) return;
  problems.push(problem('reference-to-excluded', whole ?? span, { target: excludedTarget(u) }));
}

/**
 * The excluded unit, encoded for the message («kind:article[:paragraph]:number», see messages.ts
 * `localiseTarget`): a paragraph or subparagraph is named with its article, so the drafter sees which one.
 */
function excludedTarget(u: Unit): string {
  if (u.kind === 'paragraph') return `paragraph:${u.article.number.text}:${u.number.text}`;
  if (u.kind === 'subparagraph') return `subparagraph:${u.article.number.text}:${u.paragraph?.number.text ?? ''}:${u.number.text}`;
  return `${u.kind}::${u.number.text}`;
}
