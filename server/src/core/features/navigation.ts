// Navigation: what is at an offset, go to definition, find references, highlights, smart selection.
// Pure: works on an Analysis and UTF-16 offsets; returns spans and core units.

import type { Analysis } from '../analysis';
import type { ResolvedTarget } from '../resolve';
import type { Article, RefLevel, Span, Unit } from '../types';
import { canonical } from '../parser';
import { duplicatedArticleNumbers } from './duplicates';

const within = (s: Span, o: number) => s.start <= o && o <= s.end;
const strictlyWithin = (s: Span, o: number) => s.start <= o && o < s.end;

function clamp(an: Analysis, offset: number): number {
  if (!Number.isFinite(offset)) return 0;
  return Math.max(0, Math.min(Math.floor(offset), an.source.length));
}

function levelSpan(l: RefLevel | undefined): Span | null {
  if (!l) return null;
  return l.kind === 'num' ? l.num.span : l.span;
}

/** Every structural unit containing the offset, outermost first (section › chapter › article › paragraph › subparagraph). */
export function unitsContaining(an: Analysis, offset: number): Unit[] {
  const o = clamp(an, offset);
  const out: Unit[] = [];
  const doc = an.doc;
  const sec = doc.sections.find((s) => within(s.span, o));
  if (sec) out.push(sec);
  const ch = doc.chapters.find((c) => within(c.span, o));
  if (ch) out.push(ch);
  const art = findArticle(an, o);
  if (art) {
    out.push(art);
    for (const s of art.subparagraphs) if (within(s.span, o)) out.push(s);
    const p = art.paragraphs.find((x) => within(x.span, o));
    if (p) {
      out.push(p);
      const s = p.subparagraphs.find((x) => within(x.span, o));
      if (s) out.push(s);
    }
  }
  return out;
}

/** The article containing the offset (binary search over the articles in document order). */
export function findArticle(an: Analysis, offset: number): Article | null {
  const arts = an.doc.articles;
  let lo = 0;
  let hi = arts.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (arts[mid].span.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best < 0) return null;
  return within(arts[best].span, offset) ? arts[best] : null;
}

/** The innermost unit whose heading/number is at the offset, or which contains it. */
export function unitAt(an: Analysis, offset: number): Unit | null {
  const units = unitsContaining(an, offset);
  return units.length ? units[units.length - 1] : null;
}

/** A unit whose heading line (number, keyword, title) is at the offset: the "declaration" under the cursor. */
export function headingAt(an: Analysis, offset: number): Unit | null {
  const o = clamp(an, offset);
  const units = unitsContaining(an, o);
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (within(u.number.span, o)) return u;
  }
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (u.kind === 'paragraph' || u.kind === 'subparagraph') continue;
    if (within(u.headSpan, o)) return u;
  }
  return null;
}

/** What a cursor on a reference points at. `level` is the level of the number under the cursor. */
export interface RefHit {
  target: ResolvedTarget;
  /** The level the cursor is on: 'article' in «пунктом 3 статьи 62» on "62". */
  level: 'article' | 'paragraph' | 'subparagraph';
  /** For a range: 'start' | 'end' number, or 'inner' elsewhere. */
  end: 'start' | 'end' | 'inner';
  /** The span under the cursor (number or relative words). */
  span: Span;
  /** On the place word of a cited part («второй» in «частями первой и второй статьи 5»): its index in the target's parts. */
  part?: number;
}

/** The line of the unnumbered part a hit designates («частью второй статьи 5» → the article's second line of text), or null. */
export function hitPart(hit: { target: ResolvedTarget; level?: string; part?: number }): Span | null {
  const t = hit.target;
  if (!t.ok || !t.partSpans || (hit.level !== undefined && hit.level !== t.target.unit)) return null;
  return t.partSpans[hit.part ?? 0] ?? null;
}

/** Targets in document order are sorted by their phrase start; binary search the first that may contain. */
function candidateTargets(an: Analysis, o: number): ResolvedTarget[] {
  const ts = an.targets;
  let lo = 0;
  let hi = ts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ts[mid].ref.span.end < o) lo = mid + 1;
    else hi = mid;
  }
  const out: ResolvedTarget[] = [];
  for (let i = lo; i < ts.length && ts[i].ref.span.start <= o; i++) if (within(ts[i].ref.span, o)) out.push(ts[i]);
  // Phrases are not guaranteed sorted by end; fall back to a scan if nothing was found nearby — needless
  // when every phrase starts and ends at or after the one before (checked once per analysis): the search
  // above then finds every phrase holding `o` (a query off any reference, e.g. on a heading, walked every
  // target of the document each time).
  if (out.length === 0 && !phrasesInOrder(an)) for (const t of ts) if (within(t.ref.span, o)) out.push(t);
  return out;
}

const IN_ORDER = new WeakMap<Analysis, boolean>();

function phrasesInOrder(an: Analysis): boolean {
  let r = IN_ORDER.get(an);
  if (r !== undefined) return r;
  r = true;
  const ts = an.targets;
  for (let i = 1; i < ts.length && r; i++) {
    const a = ts[i - 1].ref.span;
    const b = ts[i].ref.span;
    if (b.start < a.start || b.end < a.end) r = false;
  }
  IN_ORDER.set(an, r);
  return r;
}

export function refHitAt(an: Analysis, offset: number): RefHit | null {
  const o = clamp(an, offset);
  const cands = candidateTargets(an, o);
  if (cands.length === 0) return null;
  // 0. The place word of a cited part («второй» in «частью второй статьи 5»).
  for (const t of cands) {
    const parts = t.target.parts;
    if (parts) for (let i = 0; i < parts.length; i++) {
      if (within(parts[i].span, o)) return { target: t, level: t.target.unit, end: 'start', span: parts[i].span, part: i };
    }
  }
  // 1. The innermost number of a target (or its range end), strictly then inclusively.
  for (const test of [strictlyWithin, within]) {
    for (const t of cands) {
      const lvl = t.target.unit;
      const inner = t.target[lvl];
      if (inner?.kind === 'num' && inner.rangeEnd && test(inner.rangeEnd.span, o)) {
        return { target: t, level: lvl, end: 'end', span: inner.rangeEnd.span };
      }
      if (inner && test(levelSpan(inner)!, o)) return { target: t, level: lvl, end: 'start', span: levelSpan(inner)! };
      if (test(t.target.span, o)) return { target: t, level: lvl, end: 'start', span: t.target.span };
    }
  }
  // 2. An outer level's number or relative words («статьи 62» in «пунктом 3 статьи 62», «настоящей статьи»).
  for (const test of [strictlyWithin, within]) {
    for (const t of cands) {
      for (const lvl of ['paragraph', 'article'] as const) {
        if (lvl === t.target.unit) continue;
        const l = t.target[lvl];
        const s = levelSpan(l);
        if (s && test(s, o)) return { target: t, level: lvl, end: 'start', span: s };
      }
    }
  }
  // 3. Elsewhere in the phrase: the target whose number is nearest.
  let best: ResolvedTarget | null = null;
  let dist = Infinity;
  for (const t of cands) {
    const s = t.target.span;
    const d = o < s.start ? s.start - o : o > s.end ? o - s.end : 0;
    if (d < dist) {
      dist = d;
      best = t;
    }
  }
  return best ? { target: best, level: best.target.unit, end: 'inner', span: best.target.span } : null;
}

/** The resolved target whose number span or target span contains the offset. */
export function targetAt(an: Analysis, offset: number): ResolvedTarget | null {
  return refHitAt(an, offset)?.target ?? null;
}

/** The unit a hit designates: for an outer level, the enclosing unit of the cited one. */
export function hitUnits(hit: RefHit, all = false): Unit[] {
  const t = hit.target;
  if (!t.ok || !t.unit) return [];
  if (hit.level !== t.target.unit) {
    const u = t.unit;
    if (hit.level === 'article') return [u.kind === 'article' ? u : 'article' in u ? u.article : u];
    if (hit.level === 'paragraph' && u.kind === 'subparagraph' && u.paragraph) return [u.paragraph];
    return [u];
  }
  const range = t.rangeUnits;
  if (range && range.length) {
    if (all) return range;
    return hit.end === 'end' ? [range[range.length - 1]] : [range[0]];
  }
  return [t.unit];
}

export interface DefinitionTarget {
  unit: Unit;
  /** The whole unit. */
  span: Span;
  /** Its heading line (articles, sections) or first line (paragraphs). */
  headSpan: Span;
  /** Its number. */
  numberSpan: Span;
  /** The span of the reference under the cursor (origin). */
  originSpan: Span;
}

/**
 * The exact cited unit for a reference at the offset («пунктом 3 статьи 62» → paragraph 3 of article 62;
 * on "62" → article 62; «настоящей статьи» → the containing article). For a range, the number under
 * the cursor (start or end), or every unit of the range with `{ allRangeUnits: true }`.
 */
export function definition(an: Analysis, offset: number, opts: { allRangeUnits?: boolean } = {}): DefinitionTarget[] {
  const hit = refHitAt(an, offset);
  if (!hit) return [];
  let units = hitUnits(hit, !!opts.allRangeUnits);
  // A citation of a duplicated article number (reference-ambiguous): both headings, to choose from.
  const al = hit.target.target.article;
  if (units.length === 0 && al?.kind === 'num' && duplicatedArticleNumbers(an.doc).has(canonical(al.num.text))) {
    units = an.doc.articles.filter((a) => canonical(a.number.text) === canonical(al.num.text));
  }
  // «частью второй статьи 5»: the line of that part.
  const part = hitPart(hit);
  if (part && units.length === 1) return [{ unit: units[0], span: part, headSpan: part, numberSpan: units[0].number.span, originSpan: hit.span }];
  return units.map((u) => ({
    unit: u, span: u.span, headSpan: u.headSpan, numberSpan: u.number.span, originSpan: hit.span,
  }));
}

export interface ReferenceLocation {
  span: Span;
  /** 'declaration' = the unit's own number; 'direct' = cites exactly the unit; 'range' = inside a range;
   *  'outer' = names the unit as the container of a cited smaller unit («статьи 62» in «пунктом 3 статьи 62»). */
  kind: 'declaration' | 'direct' | 'range' | 'outer';
  target?: ResolvedTarget;
}

/** The unit the cursor designates: via a reference, or a heading/number, or (last) the containing unit. */
export function symbolAt(an: Analysis, offset: number): Unit | null {
  const hit = refHitAt(an, offset);
  if (hit) {
    const units = hitUnits(hit);
    return units[0] ?? null;
  }
  return headingAt(an, offset) ?? unitAt(an, offset);
}

const CITING = new WeakMap<Analysis, Map<Unit, ResolvedTarget[]>>();
/** Analyses asked once (see targetsToCheck). */
const ASKED = new WeakSet<Analysis>();

/**
 * The targets `referencesTo` looks at for `unit`: the index below from the second query of an analysis
 * on, every target at the first. A typed character makes a new analysis, and the hover on a heading asks
 * once per analysis: building the index for that one query (a Map entry and an array per cited unit)
 * was ≈ 25 % of the server's CPU per keystroke + hover at 5,000 articles (issue 17.4), far more than the
 * walk; the code lenses, one query per article, still get the index from their second query on.
 */
function targetsToCheck(an: Analysis, unit: Unit): readonly ResolvedTarget[] {
  const m = CITING.get(an);
  if (m) return m.get(unit) ?? [];
  if (!ASKED.has(an)) {
    ASKED.add(an);
    return an.targets;
  }
  return citingTargets(an).get(unit) ?? [];
}

/**
 * Per analysis (built on first use, one pass over its targets): for each unit, the resolved targets that
 * cite it or one of its parts — every target `referencesTo` can report for it, in document order. Before,
 * each query walked every target of the document (and the code lenses asked once per article).
 */
function citingTargets(an: Analysis): Map<Unit, ResolvedTarget[]> {
  let m = CITING.get(an);
  if (m) return m;
  m = new Map();
  const add = (u: Unit | null | undefined, t: ResolvedTarget) => {
    if (!u) return;
    const l = m!.get(u);
    if (!l) m!.set(u, [t]);
    else if (l[l.length - 1] !== t) l.push(t);
  };
  for (const t of an.targets) {
    if (!t.ok || !t.unit) continue;
    if (t.rangeUnits && t.rangeUnits.length) for (const u of t.rangeUnits) add(u, t);
    else add(t.unit, t);
    // Outer levels: the article of a cited paragraph or subparagraph, the paragraph of a subparagraph.
    const u = t.unit;
    if (u.kind === 'paragraph' || u.kind === 'subparagraph') add(u.article, t);
    if (u.kind === 'subparagraph') add(u.paragraph, t);
  }
  CITING.set(an, m);
  return m;
}

/** Every citation of `unit` in the document, in document order. */
export function referencesTo(an: Analysis, unit: Unit, includeDeclaration = false): ReferenceLocation[] {
  const out: ReferenceLocation[] = [];
  if (includeDeclaration) out.push({ span: unit.number.span, kind: 'declaration' });
  if (unit.kind === 'section' || unit.kind === 'chapter') return out;
  // Only the targets that can cite `unit` at some level, in the order of an.targets (the loop below is
  // the same as over every target: the others push nothing).
  for (const t of targetsToCheck(an, unit)) {
    if (!t.ok || !t.unit) continue;
    const lvl = t.target.unit;
    const inner = t.target[lvl];
    if (t.rangeUnits && t.rangeUnits.length) {
      const i = t.rangeUnits.indexOf(unit);
      if (i >= 0) {
        const a = t.numberSpans[0];
        const b = t.numberSpans[1] ?? a;
        const span = i === 0 ? a : i === t.rangeUnits.length - 1 ? b : { start: a.start, end: b.end };
        out.push({ span, kind: i === 0 || i === t.rangeUnits.length - 1 ? 'direct' : 'range', target: t });
        continue;
      }
    } else if (t.unit === unit) {
      out.push({ span: (inner && levelSpan(inner)) ?? t.target.span, kind: 'direct', target: t });
      continue;
    }
    // Outer levels.
    const u: Unit = t.unit;
    if (unit.kind === 'article' && (u.kind === 'paragraph' || u.kind === 'subparagraph') && u.article === unit) {
      const s = levelSpan(t.target.article);
      if (s) out.push({ span: s, kind: 'outer', target: t });
    } else if (unit.kind === 'paragraph' && u.kind === 'subparagraph' && u.paragraph === unit) {
      const s = levelSpan(t.target.paragraph);
      if (s) out.push({ span: s, kind: 'outer', target: t });
    }
  }
  // One location per span (lists share their outer «статьи 50»).
  const seen = new Set<string>();
  const uniq = out.filter((l) => {
    const k = `${l.span.start}:${l.span.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  uniq.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return uniq;
}

/** Find references from a reference or from a heading/number at the offset. */
export function references(an: Analysis, offset: number, includeDeclaration: boolean): ReferenceLocation[] {
  const unit = symbolAt(an, offset);
  if (!unit) return [];
  return referencesTo(an, unit, includeDeclaration);
}

export interface Highlight {
  span: Span;
  kind: 'read' | 'write' | 'text';
}

/** The unit's number (write) and every citation of it (read). */
export function documentHighlights(an: Analysis, offset: number): Highlight[] {
  const hit = refHitAt(an, offset);
  const unit = hit ? hitUnits(hit)[0] ?? null : headingAt(an, offset);
  if (!unit) {
    // An unresolved reference: highlight the number under the cursor alone.
    return hit ? [{ span: hit.span, kind: 'text' }] : [];
  }
  return referencesTo(an, unit, true).map((l) => ({ span: l.span, kind: l.kind === 'declaration' ? 'write' : 'read' }));
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * Smart selection, innermost first: word/number → reference phrase → line → subparagraph → paragraph →
 * article → chapter → section → whole document. Each span strictly contains the previous one.
 */
export function selectionRanges(an: Analysis, offset: number): Span[] {
  const o = clamp(an, offset);
  const cands: Span[] = [];
  const text = an.text;
  // Word or number at the cursor.
  let ws = o;
  let we = o;
  while (ws > 0 && WORD.test(text[ws - 1])) ws--;
  while (we < text.length && WORD.test(text[we])) we++;
  if (we > ws) {
    // Hyphenated numbers «83-1», «62-бап».
    cands.push({ start: ws, end: we });
  }
  const hit = refHitAt(an, o);
  if (hit) {
    cands.push(hit.span);
    // A range «13–15» as a whole.
    const inner = hit.target.target[hit.target.target.unit];
    if (inner?.kind === 'num' && inner.rangeEnd) cands.push({ start: inner.num.span.start, end: inner.rangeEnd.span.end });
    cands.push(hit.target.ref.span);
  }
  const units = unitsContaining(an, o);
  for (const u of units) {
    if (within(u.number.span, o)) cands.push(u.number.span);
  }
  // The line's content.
  const pos = an.lineIndex.positionAt(o);
  const ls = an.lineIndex.lineStart(pos.line);
  const le = an.lineIndex.lineEnd(pos.line);
  let cs = ls;
  while (cs < le && /\s/.test(text[cs])) cs++;
  let ce = le;
  while (ce > cs && /\s/.test(text[ce - 1])) ce--;
  if (ce > cs && within({ start: cs, end: ce }, o)) cands.push({ start: cs, end: ce });
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (u.kind === 'article' || u.kind === 'section' || u.kind === 'chapter') {
      if (within(u.headSpan, o)) cands.push(u.headSpan);
    }
    cands.push(u.span);
  }
  if (an.doc.preamble && within(an.doc.preamble, o)) cands.push(an.doc.preamble);
  cands.push({ start: 0, end: text.length });

  // Keep a strictly growing chain of spans that contain the cursor.
  cands.sort((a, b) => (a.end - a.start) - (b.end - b.start) || a.start - b.start);
  const chain: Span[] = [];
  for (const s of cands) {
    if (!within(s, o)) continue;
    const prev = chain[chain.length - 1];
    if (prev) {
      if (s.start === prev.start && s.end === prev.end) continue;
      if (!(s.start <= prev.start && s.end >= prev.end)) continue;
    }
    chain.push(s);
  }
  return chain;
}
