// Analysis: parse, validate numbering, scan and resolve references, and build the indexes the
// features use. Pure and synchronous. One Analysis per document version.

import type { Article, Lang, OrdinalUse, Paragraph, Problem, RawReference, RefLevel, RefNum, RefTarget, ScanResult, Span, Unit } from './types';
import { allUnits, parse, problem, rareFrom, type DocumentModel } from './parser';

export { allUnits };
import { validateArticle, validateStructure } from './validate';
import { withDuplicatePartners } from './features/duplicates';
import { resolveReferences, type ResolvedTarget } from './resolve';
import { CiteFinder, mayCite, scanReferences } from './refscan';
import { LineIndex, detach } from './text';
import { SourceText, docSources, setDocSources, type TextReader } from './source';
export { docSources, setDocSources } from './source';
import { invisibleProblems } from './invisible';
import { lexicon, type CitedUnit } from './lang';
import { amendingSentence, gazetteSpans } from './lang/markup';

export interface Analysis {
  /** The whole text (built on first use when the analysis was made from a SourceText). */
  readonly text: string;
  /** The text, read by range (the incremental analysis reads only what an edit touches). */
  readonly source: SourceText;
  lang: Lang;
  doc: DocumentModel;
  lineIndex: LineIndex;
  /** Every reference phrase with its context, in document order (external ones included). */
  references: { ref: RawReference; context: Article | null; paragraph: Paragraph | null }[];
  /** Every internal target, resolved or not, in document order. */
  targets: ResolvedTarget[];
  diagnostics: Problem[];
  /** Targets citing each unit (ranges count for every unit they cover). Built on first use. */
  readonly citations: Map<Unit, ResolvedTarget[]>;
  /** Set on analyses made by `analyzeIncremental`'s fast path (core/incremental.ts). */
  incremental?: boolean;
  /**
   * Set when `analyzeIncremental` took this analysis as `prev` and updated its document model in place
   * for the next version: its spans no longer match its text. Nothing may use it any more (the language
   * service, core/service.ts, is the only caller, and it never lets an analysis out of a synchronous call).
   */
  stale?: boolean;
}

/**
 * The diagnostics of an analysis by origin, for `analyzeIncremental`: `diagnostics` is
 * sort(doc.problems ++ validation ++ resolution ++ ordinals). `validation` holds the section/chapter/
 * article sequences first, then each article's paragraph/subparagraph problems: those of article i are
 * validation[articleStart[i] .. articleStart[i + 1]).
 */
export interface AnalysisParts {
  validation: Problem[];
  articleStart: Int32Array;
  resolution: Problem[];
  /** The problems of target i are resolution[resolutionStart[i] .. resolutionStart[i + 1]). */
  resolutionStart: number[];
  ordinals: Problem[];
  /** The invisible-character and no-break-space problems (core/invisible.ts), in document order. */
  invisible: Problem[];
  /**
   * The anchors of the reference spans (see `RefSpan`): anchors[0] before the first heading line, then
   * one per heading line (article, section, chapter, subchapter) in document order; articleRegion[i] is the index
   * of article i's anchor. Taken over from version to version by the incremental analysis.
   */
  anchors: Anchor[];
  articleRegion: Int32Array;
  /**
   * The anchors of the document model's spans in the same regions (lines, articles and their units,
   * prior pins), once the incremental analysis has anchored them (core/incremental.ts anchorModel: on
   * the first edit it takes after a full analysis; the full analysis itself allocates nothing for it).
   */
  modelAnchors?: Anchor[];
}

const PARTS = new WeakMap<Analysis, AnalysisParts>();

export function analysisParts(an: Analysis): AnalysisParts | undefined {
  return PARTS.get(an);
}

export function setAnalysisParts(an: Analysis, parts: AnalysisParts): void {
  PARTS.set(an, parts);
}

/**
 * Scan results per line text, so that re-analysing after an edit rescans only the lines that changed.
 * Offsets in cached results are relative to the line start. Only lines that may cite (mayCite) are kept:
 * the others are answered by that one regular expression, which costs about what a look-up costs.
 */
// One map per language. The key is a hash of the line's length and a few of its characters (read in
// place, without hashing the whole line); the entry keeps the line's text, and a hit is confirmed by
// comparing the whole text (one native comparison). Lines with the same hash are chained.
// Each entry also keeps its last result at document offsets: analysing the same text again (after an
// edit further down, or a re-analysis of an unchanged document) reuses it instead of shifting again.
// Results are never modified, so analyses may share them.
//
// Memory (issue 17): the line kept in an entry is a copy (detach), never a slice of the document: a
// slice would keep that version's whole text alive for as long as the entry lives. The cache has two
// generations (as core/cache.ts): new lines go into the current one while it holds fewer than
// SCAN_CACHE_LINES lines and SCAN_CACHE_CHARS characters, then into the old one while it has room; when
// both are full the current one becomes the old one and the older one is dropped; a line found in the
// old generation moves back while the current one has room. Lines of the open documents stay, lines
// typed and gone disappear.
interface ScanEntry {
  line: string;
  rel: ScanResult;
  at: number;
  abs: ScanResult;
  next: ScanEntry | undefined;
}
interface ScanGeneration {
  maps: Record<Lang, Map<number, ScanEntry>>;
  lines: number;
  chars: number;
}
const newGeneration = (): ScanGeneration => ({ maps: { ru: new Map(), kk: new Map(), en: new Map() }, lines: 0, chars: 0 });
let scanCur = newGeneration();
let scanOld = newGeneration();
/** Budget of one generation: lines, and characters of line text (a result weighs about as much as its line). */
export const SCAN_CACHE_LINES = 100_000;
export const SCAN_CACHE_CHARS = 8_000_000;
/** Per-entry overhead counted against the character budget (objects, results). */
const ENTRY_CHARS = 48;
const EMPTY_SCAN: ScanResult = Object.freeze({ references: Object.freeze([]), ordinals: Object.freeze([]) }) as unknown as ScanResult;

/** Empties the per-line scan cache (for the benchmark's "new text" figures and for tests). */
export function clearScanCache(): void {
  scanCur = newGeneration();
  scanOld = newGeneration();
  scanned = 0;
}

/** Lines scanned (not found in the cache) since the cache was last emptied. */
let scanned = 0;

/**
 * Lines and characters held by the per-line scan cache, both generations, and the lines scanned since
 * it was emptied (for tests and the benchmark).
 */
export function scanCacheStats(): { lines: number; chars: number; scanned: number } {
  return { lines: scanCur.lines + scanOld.lines, chars: scanCur.chars + scanOld.chars, scanned };
}

/** Hash of s[start, end): its length, its first and last 8 characters and three in between. */
function lineKey(s: string, start: number, end: number): number {
  const len = end - start;
  let h = Math.imul(len, 0x9e3779b1);
  if (len <= 19) {
    for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  } else {
    for (let i = start; i < start + 8; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    for (let i = end - 8; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const q = len >> 2;
    h = Math.imul(h ^ s.charCodeAt(start + q), 0x01000193);
    h = Math.imul(h ^ s.charCodeAt(start + 2 * q), 0x01000193);
    h = Math.imul(h ^ s.charCodeAt(start + 3 * q), 0x01000193);
  }
  return h;
}

/** The entry for `line` in one generation's chain for `key`, or undefined. */
function findEntry(g: ScanGeneration, lang: Lang, key: number, line: string): ScanEntry | undefined {
  let e = g.maps[lang].get(key);
  // A slice and one native comparison: 3–4 times faster than comparing in place with startsWith.
  while (e !== undefined && e.line !== line) e = e.next;
  return e;
}

/** Whether an entry for `line` goes into the current generation without turning it. */
function fitsCurrent(line: string): boolean {
  return hasRoom(scanCur, line.length + ENTRY_CHARS);
}

/** Whether a generation holds an entry of `weight` more characters within the budget. */
function hasRoom(g: ScanGeneration, weight: number): boolean {
  return g.lines < SCAN_CACHE_LINES && g.chars + weight <= SCAN_CACHE_CHARS;
}

/**
 * Adds an entry to the current generation; when it is full, to the old one while that has room (the
 * old one's lines stay until the next turn), and only when both are full turns the generations (the
 * old one dropped). Turning as soon as the current one was full dropped the old generation for a single
 * new line: a document whose lines weigh more than one generation (a 20,000-article code, ≈ 15 M)
 * keeps the rest of its lines there, so every full analysis of an edited version (one new line)
 * dropped ≈ 7 M characters of them, scanned them again and turned again on the way (28,000 of 92,000
 * lines scanned per analysis). Same budget: two generations of SCAN_CACHE_LINES / SCAN_CACHE_CHARS.
 */
function addEntry(lang: Lang, key: number, line: string, rel: ScanResult, at: number, abs: ScanResult): ScanEntry {
  const weight = line.length + ENTRY_CHARS;
  let g = scanCur;
  if (!hasRoom(scanCur, weight)) {
    if (hasRoom(scanOld, weight)) g = scanOld;
    else {
      scanOld = scanCur;
      scanCur = g = newGeneration();
    }
  }
  const map = g.maps[lang];
  const first = map.get(key);
  // Chains stay short (lines made to collide must not make the look-up quadratic): a long one is dropped.
  let depth = 0;
  for (let x = first; x !== undefined && depth < 8; x = x.next) depth++;
  const e: ScanEntry = { line, rel, at, abs, next: depth >= 8 ? undefined : first };
  map.set(key, e);
  g.lines++;
  g.chars += weight;
  return e;
}

/**
 * References and ordinals of masked[start, end), at document offsets (masked starts at offset `base`).
 * `keep = false`: a line being typed (core/incremental.ts passes it for the lines an edit touches): it
 * is looked up but not added, so the versions of a line typed character by character do not fill the
 * cache (issue 17.1).
 */
export function scanLine(
  masked: string, start: number, end: number, lang: Lang, base = 0, keep = true, anchor?: Anchor, finder?: CiteFinder,
): ScanResult {
  // Most lines cite nothing, which mayCite (one regular expression) proves: they are not cached (an entry
  // would keep a copy of the line). A full pass asks `finder` (made on `masked`), which reads the text
  // once for all its lines.
  if (finder !== undefined && !finder.mayCite(start, end)) return EMPTY_SCAN;
  const line = masked.slice(start, end);
  if (finder === undefined && !mayCite(line, lang)) return EMPTY_SCAN;
  const key = lineKey(masked, start, end);
  let e = findEntry(scanCur, lang, key, line);
  if (e === undefined) {
    const o = findEntry(scanOld, lang, key, line);
    if (o !== undefined) {
      // Seen in the old generation: moved to the current one (the old chain is left as it is) while the
      // current one has room. A full current generation is not turned for it: a document whose lines
      // weigh more than one generation (≈ 8 M characters: a 15,000-article code) would otherwise move
      // its own lines around and drop about as many each pass as it finds (79,000 of 92,000 lines
      // scanned again by every warm analysis at 20,000 articles); it is found in the old one instead,
      // until new lines turn the generations.
      e = fitsCurrent(o.line) ? addEntry(lang, key, o.line, o.rel, o.at, o.abs) : o;
    } else {
      // A line not seen before (that may cite). The scan reads a copy of the line, so its results point into the copy.
      scanned++;
      const own = detach(line);
      const rel = withoutGazettes(own, scanReferences(own, lang, 0, own.length));
      const empty = rel.references.length === 0 && rel.ordinals.length === 0;
      if (!keep) return empty ? EMPTY_SCAN : base + start === 0 && anchor === undefined ? rel : shiftScan(rel, base + start, anchor);
      e = addEntry(lang, key, own, empty ? EMPTY_SCAN : rel, 0, empty ? EMPTY_SCAN : rel);
    }
  }
  if (e.rel === EMPTY_SCAN) return EMPTY_SCAN;
  // A copy at the line's offset: each analysis owns its references, which the incremental analysis
  // moves through their anchor when an edit before them changes the length (core/incremental.ts).
  return shiftScan(e.rel, start + base, anchor);
}

/**
 * A reference as read in `article`: in an article that amends other acts (parser.ts markAmending) every
 * citation names a unit of an amended act, so it is external (recognised, never resolved against this
 * act, never rewritten by a renumbering); a citation of «the Constitution» stays one (core/cites.ts).
 */
export function inContext(ref: RawReference, article: Article | null, amendingOutside = false): RawReference {
  const amending = article ? article.amending : amendingOutside;
  return amending && !ref.external && !ref.constitution ? { ...ref, external: true } : ref;
}

/**
 * A scan without what lies in parentheses of publication data («(Ведомости Парламента …, № 15, ст. 88;
 * …)»): «ст. 88» there is an item of the gazette, not an article of any act.
 */
function withoutGazettes(line: string, r: ScanResult): ScanResult {
  if (r.references.length === 0 && r.ordinals.length === 0) return r;
  const spans = gazetteSpans(line);
  if (spans.length === 0) return r;
  const outside = (x: Span) => !spans.some((g) => x.start >= g.start && x.start < g.end);
  return { references: r.references.filter((x) => outside(x.span)), ordinals: r.ordinals.filter((x) => outside(x.span)) };
}

function shift(s: Span, d: number): Span {
  return { start: s.start + d, end: s.end + d };
}

/**
 * The pending offset of one region of the document (issue 15 / 17.4): the lines from one heading line
 * (article, section, chapter or subchapter) to the next. Every reference span of an analysis is a `RefSpan` that
 * reads its offsets through its region's anchor, so an edit that changes the length moves every
 * reference after it by adding the length difference to the anchors of the regions after it (one per
 * heading), instead of moving each reference's spans one by one (core/incremental.ts).
 */
export interface Anchor {
  d: number;
}

/**
 * A reference's span: offsets stored relative to its region's anchor, read (and written) as `start` and
 * `end`. The stored offsets are private fields, so the span has no own enumerable property: copy it
 * with `{ start: s.start, end: s.end }`, never by spreading it. JSON gives `{ start, end }`.
 */
export class RefSpan implements Span {
  #s: number;
  #e: number;
  #a: Anchor;
  constructor(start: number, end: number, a: Anchor) {
    this.#a = a;
    this.#s = start - a.d;
    this.#e = end - a.d;
  }
  get start(): number { return this.#s + this.#a.d; }
  set start(v: number) { this.#s = v - this.#a.d; }
  get end(): number { return this.#e + this.#a.d; }
  set end(v: number) { this.#e = v - this.#a.d; }
  toJSON(): Span { return { start: this.start, end: this.end }; }
}

/**
 * A numbered level of an analysis's reference (issue 15, session 10): the level is its own number — `num`
 * returns the level itself, whose own properties are the number's `text` and `span` — and `kind` is
 * 'num' from the prototype, the range's end a private field read through `rangeEnd`. The scanner's level
 * and number were two objects per cited number (10,582 at 5,000 articles, ≈ 0.4 MB of the analysis).
 * As a number it is read, spread and compared as `{ text, span }`; JSON gives the level as the scanner's
 * `{ kind, num, rangeEnd }` (the whole reference serialises as before). Later in session 10: a level
 * that is not a range has no range field (its `rangeEnd` undefined from the class); a range's level is a
 * RangeLevel, which keeps its end (a field less in 10,000 of the 10,582 levels at 5,000 articles).
 */
class NumLevel implements RefNum {
  text: string;
  span: Span;
  declare readonly kind: 'num';
  constructor(text: string, span: Span) {
    this.text = text;
    this.span = span;
  }
  get num(): RefNum { return this; }
  get rangeEnd(): RefNum | undefined { return undefined; }
  toJSON(): object { return { kind: 'num', num: { text: this.text, span: this.span }, rangeEnd: this.rangeEnd }; }
}
Object.defineProperty(NumLevel.prototype, 'kind', { value: 'num', enumerable: false });

/** The numbered level of a range («статьи 1–2»): its end a private field, read through `rangeEnd`. */
class RangeLevel extends NumLevel {
  readonly #r: RefNum;
  constructor(text: string, span: Span, rangeEnd: RefNum) {
    super(text, span);
    this.#r = rangeEnd;
  }
  override get rangeEnd(): RefNum { return this.#r; }
}

/**
 * A reference of an analysis (issue 15, session 10): its entry in `Analysis.references` is the reference
 * itself — `ref` returns it, `context` and `paragraph` read private fields set when it is placed
 * (`placed`) — not a `{ ref, context, paragraph }` record per reference (5,581 at 5,000 articles, ≈ 0.25
 * MB of the analysis). Its own properties are a reference's, as the scanner's (JSON and spreads see a
 * reference). Each analysis owns its references (scanLine shifts a copy per look-up); the incremental
 * analysis places those it takes over again, with their new context.
 */
class PlacedRef implements RawReference {
  span: Span;
  external: boolean;
  externalAct: string | undefined;
  constitution: boolean | undefined;
  targets: RefTarget[];
  #c: Article | null;
  #p: Paragraph | null;
  constructor(span: Span, external: boolean, externalAct: string | undefined, constitution: boolean | undefined, targets: RefTarget[]) {
    this.span = span;
    this.external = external;
    this.externalAct = externalAct;
    this.constitution = constitution;
    this.targets = targets;
    this.#c = null;
    this.#p = null;
  }
  get ref(): RawReference { return this; }
  get context(): Article | null { return this.#c; }
  get paragraph(): Paragraph | null { return this.#p; }
  place(context: Article | null, paragraph: Paragraph | null): this {
    this.#c = context;
    this.#p = paragraph;
    return this;
  }
}

/**
 * The entry of `ref` in an analysis's references: the reference itself when it is one the analysis made
 * (placed in `context` and `paragraph`), else a record (a copy made external by inContext).
 */
export function placed(ref: RawReference, context: Article | null, paragraph: Paragraph | null): Analysis['references'][number] {
  return ref instanceof PlacedRef ? ref.place(context, paragraph) : { ref, context, paragraph };
}

/** `s` moved by `d`: a plain span, or a `RefSpan` of anchor `a`. */
function shiftTo(s: Span, d: number, a: Anchor | undefined): Span {
  return a === undefined ? shift(s, d) : new RefSpan(s.start + d, s.end + d, a);
}

// What the scanner shares within one reference is copied once and stays shared (shiftReference): a
// target's span is often its number's span, and the outer levels of «пунктов 1 и 2 статьи 5» are one
// object for every target of the list. The spans of an analysis's references move with their region's
// anchor (RefSpan; incremental.ts), so sharing or not moves the same. The look-ups stay bounded (a list of thousands
// of numbers is one reference): spans are looked up within one target (and the reference's span),
// levels among those of the previous target and the current one (the scanner's shared levels are
// those of consecutive targets; any other sharing would only be copied twice, as before).
const oldSpans: Span[] = [];
const newSpans: Span[] = [];
let nSpans = 0;
/** The most spans one target of the current reference used (the slots to clear). */
let spansHigh = 0;
const oldLevels: RefLevel[] = [];
const newLevels: RefLevel[] = [];
let nLevels = 0;
/** Levels from this index on are looked up (those of the previous target and of the current one). */
let levelsFrom = 0;

/** The anchor of the reference being copied (undefined: plain spans). */
let anchorNow: Anchor | undefined;

/** The copy of `s` moved by `d`, made once per target. */
function shiftShared(s: Span, d: number): Span {
  for (let i = 0; i < nSpans; i++) if (oldSpans[i] === s) return newSpans[i];
  const c = shiftTo(s, d, anchorNow);
  oldSpans[nSpans] = s;
  newSpans[nSpans++] = c;
  return c;
}

function shiftLevel(l: RefLevel | undefined, d: number): RefLevel | undefined {
  if (l === undefined) return undefined;
  let c: RefLevel | undefined;
  for (let i = levelsFrom; i < nLevels; i++) if (oldLevels[i] === l) { c = newLevels[i]; break; }
  if (c === undefined) {
    c = l.kind === 'this'
      ? { kind: 'this', span: shiftShared(l.span, d) }
      : l.rangeEnd ? new RangeLevel(l.num.text, shiftShared(l.num.span, d), { text: l.rangeEnd.text, span: shiftShared(l.rangeEnd.span, d) }) as RefLevel
        : new NumLevel(l.num.text, shiftShared(l.num.span, d)) as RefLevel;
  }
  // Found or made: seen by the next target.
  oldLevels[nLevels] = l;
  newLevels[nLevels++] = c;
  return c;
}

/**
 * A reference moved by `d` code units (new objects; `ref` is not changed). With an anchor, its spans
 * are `RefSpan`s of that anchor (the references of an analysis).
 */
export function shiftReference(ref: RawReference, d: number, a?: Anchor): RawReference {
  anchorNow = a;
  const span = shiftTo(ref.span, d, a);
  const ts = ref.targets;
  // Indexed loops, no closures: this runs for every reference of every pass.
  const targets = new Array<RefTarget>(ts.length);
  nLevels = 0;
  levelsFrom = 0;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    oldSpans[0] = ref.span;
    newSpans[0] = span;
    nSpans = 1;
    const mark = nLevels;
    const x: RefTarget = {
      unit: t.unit,
      span: shiftShared(t.span, d),
      article: shiftLevel(t.article, d),
      paragraph: shiftLevel(t.paragraph, d),
      subparagraph: shiftLevel(t.subparagraph, d),
    };
    const parts = t.parts;
    if (parts) {
      const ps = new Array<{ value: number; span: Span }>(parts.length);
      for (let k = 0; k < parts.length; k++) ps[k] = { value: parts[k].value, span: shiftShared(parts[k].span, d) };
      x.parts = ps;
    }
    targets[i] = x;
    levelsFrom = mark;
    if (nSpans > spansHigh) spansHigh = nSpans;
  }
  // The scratch lists hold nothing of this reference.
  for (let i = 0; i < spansHigh; i++) { oldSpans[i] = newSpans[i] = undefined as unknown as Span; }
  for (let i = 0; i < nLevels; i++) { oldLevels[i] = newLevels[i] = undefined as unknown as RefLevel; }
  nSpans = 0;
  spansHigh = 0;
  nLevels = 0;
  levelsFrom = 0;
  anchorNow = undefined;
  return a === undefined
    ? { span, external: ref.external, externalAct: ref.externalAct, constitution: ref.constitution, targets }
    : new PlacedRef(span, ref.external, ref.externalAct, ref.constitution, targets);
}

function shiftScan(r: ScanResult, d: number, a?: Anchor): ScanResult {
  const rs = r.references;
  const references = new Array<RawReference>(rs.length);
  for (let i = 0; i < rs.length; i++) references[i] = shiftReference(rs[i], d, a);
  const os = r.ordinals;
  const ordinals = new Array<OrdinalUse>(os.length);
  for (let i = 0; i < os.length; i++) ordinals[i] = { ...os[i], span: shift(os[i].span, d) };
  return { references, ordinals };
}

/**
 * A LineIndex built from the parser's lines instead of a second scan of the text: the parser splits
 * lines exactly as LineIndex does (\r\n, \r, \n; comments are masked without touching line breaks),
 * so the line starts are the same (checked by test/unit/fuzz.test.ts).
 */
// The starts are an Int32Array (issue 15, session 10): 4 bytes a line instead of 8 (28,118 lines at
// 5,000 articles, ≈ 0.1 MB of the analysis). `lineStarts` (only tests read it) builds the list on the
// first read, as ShiftedLineIndex does; the index itself reads the rows.
class ParsedLineIndex extends LineIndex {
  readonly #rows: Int32Array;
  #list: number[] | null;
  constructor(text: TextReader, starts: Int32Array) {
    super('');
    this.src = text;
    this.#rows = starts;
    this.#list = null;
  }
  override get lineStarts(): number[] {
    return (this.#list ??= Array.from(this.#rows));
  }
  override lineStart(line: number): number {
    return this.#rows[line];
  }
  override get lineCount(): number {
    return this.#rows.length;
  }
}

/** A LineIndex over `text` with the given line starts (those of the parser's lines). */
export function parsedLineIndex(text: TextReader, starts: number[]): LineIndex {
  return new ParsedLineIndex(text, Int32Array.from(starts));
}

/** Beyond this many layers a ShiftedLineIndex builds its array (reads stay O(layers)). */
const MAX_LAYERS = 16;

/**
 * The line index after an edit inside one article's body (core/incremental.ts), without a new array of
 * every line start (≈ 50,000 at 5,000 articles: building one per keystroke cost more than the rest of
 * the update): lines up to `h` read the previous index, the re-parsed body lines their own starts, the
 * lines after them the previous index's, moved by `delta`. The previous index is left as it was (a
 * query's answer may hold it). The whole array is built only when `lineStarts` is read, or once
 * MAX_LAYERS indexes are stacked.
 */
class ShiftedLineIndex extends LineIndex {
  private built: number[] | null = null;
  private readonly count: number;
  readonly layers: number;
  constructor(
    text: TextReader, private base: LineIndex | null, private readonly h: number, private readonly body: number[],
    private readonly lineDelta: number, private readonly delta: number,
  ) {
    super('');
    this.src = text;
    this.count = base!.lineCount + lineDelta;
    this.layers = base instanceof ShiftedLineIndex && !base.built ? base.layers + 1 : 1;
    if (this.layers > MAX_LAYERS) this.build();
  }

  private build(): number[] {
    if (this.built) return this.built;
    const out = new Array<number>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.lineStart(i);
    this.built = out;
    this.starts = out;
    this.base = null;
    return out;
  }

  override get lineStarts(): number[] {
    return this.build();
  }

  override get lineCount(): number {
    return this.count;
  }

  override lineStart(line: number): number {
    if (this.built) return this.built[line];
    if (line <= this.h) return this.base!.lineStart(line);
    const k = line - this.h - 1;
    if (k < this.body.length) return this.body[k];
    return this.base!.lineStart(line - this.lineDelta) + this.delta;
  }
}

/**
 * The index of `text` after an edit that replaced the lines after line `h` up to the next heading
 * with lines starting at `body`, the line count changing by `lineDelta` and the text after them
 * moving by `delta`.
 */
export function shiftedLineIndex(text: TextReader, prev: LineIndex, h: number, body: number[], lineDelta: number, delta: number): LineIndex {
  return new ShiftedLineIndex(text, prev, h, body, lineDelta, delta);
}

export function lineIndexOf(doc: DocumentModel): LineIndex {
  const lines = doc.lines;
  if (lines.length === 0) return new LineIndex(doc.text); // the parser's defensive fallback
  const starts = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) starts[i] = lines[i].span.start;
  return new ParsedLineIndex(doc.text, starts);
}

export function ordinalProblem(o: OrdinalUse, lang: Lang): Problem {
  return problem('reference-ordinal-adjective', o.span, {
    unit: o.unit, suggestion: ordinalSuggestion(o.unit, o.value, lang),
  }, { unit: o.unit, value: o.value, replacement: ordinalSuggestion(o.unit, o.value, lang) });
}

/** Sorted diagnostics (stable: ties keep the order parse, validation, resolution, ordinals). */
export function sortedDiagnostics(doc: DocumentModel, parts: AnalysisParts, lines: LineIndex): Problem[] {
  // Invisible characters: one regex pass over the whole text in analyze(), over the edited article's
  // lines in the incremental analysis (a run never crosses a line break): the same problems.
  const diagnostics: Problem[] = [
    ...doc.problems, ...withDuplicatePartners(doc, lines, parts.validation), ...parts.resolution, ...parts.ordinals, ...parts.invisible,
  ];
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return withoutRepeats(diagnostics);
}

/**
 * Sorted diagnostics without a problem repeated at the same range with the same code and message:
 * «пунктами 1 и 2 статьи 47» without an Article 47 finds it missing once per paragraph cited.
 */
function withoutRepeats(sorted: Problem[]): Problem[] {
  let out: Problem[] | null = null;
  for (let i = 1; i < sorted.length; i++) {
    const p = sorted[i];
    let repeat = false;
    for (let k = i - 1; k >= 0 && sorted[k].span.start === p.span.start; k--) {
      const q = sorted[k];
      if (q.span.end === p.span.end && q.code === p.code && q.message === p.message) { repeat = true; break; }
    }
    if (repeat && !out) out = sorted.slice(0, i);
    else if (!repeat && out) out.push(p);
  }
  return out ?? sorted;
}

export function citationsOf(resolved: ResolvedTarget[]): Map<Unit, ResolvedTarget[]> {
  const citations = new Map<Unit, ResolvedTarget[]>();
  for (const t of resolved) {
    if (!t.ok) continue;
    const units = t.rangeUnits ?? (t.unit ? [t.unit] : []);
    for (const u of units) {
      let list = citations.get(u);
      if (!list) citations.set(u, (list = []));
      list.push(t);
    }
  }
  return citations;
}

/** The `citations` index of each analysis that has been asked for it. */
const CITATIONS = new WeakMap<Analysis, Map<Unit, ResolvedTarget[]>>();

// The accessors of an analysis are these shared functions, reading the analysis as `this`, never
// closures made per analysis. V8 keeps the hidden class an accessor property leads to in the transition
// tree of the class before it (an old, long-lived object), and a transition made for an accessor pair
// of new functions is a new class each time, holding its getter: a getter closed over `an` kept every
// analysis ever made reachable from there. Transitions are weak, but the young-generation collector
// treats weak references as strong, so every analysis (its whole model) survived each young collection
// and was copied into the old generation until the next full collection (Session 8 in
// docs/benchmarks.md: 9 MB promoted per 40 warm passes of the 2026 draft, none after). With the same
// functions every analysis takes the same transition.
function citationsOfThis(this: Analysis): Map<Unit, ResolvedTarget[]> {
  let c = CITATIONS.get(this);
  if (c === undefined) CITATIONS.set(this, (c = citationsOf(this.targets)));
  return c;
}
function textOfSource(this: Analysis): string {
  return this.source.toString();
}
function sourceOfDoc(this: Analysis): SourceText {
  return docSources(this.doc).text;
}

/** An Analysis whose `citations` index is built on first use (most requests never read it). */
export function makeAnalysis(fields: Omit<Analysis, 'citations' | 'text' | 'source'> & { text: string | SourceText }): Analysis {
  const an = fields as unknown as Analysis;
  Object.defineProperty(an, 'citations', { get: citationsOfThis, enumerable: true });
  const text = fields.text;
  if (typeof text !== 'string') {
    Object.defineProperty(an, 'text', { get: textOfSource, enumerable: true });
    Object.defineProperty(an, 'source', { value: text, enumerable: false });
  } else {
    Object.defineProperty(an, 'source', { get: sourceOfDoc, enumerable: false });
  }
  return an;
}

/** The analysis of a text (a SourceText given becomes the analysis's `source`). */
export function analyze(input: string | SourceText): Analysis {
  const text = typeof input === 'string' ? input : input.toString();
  const doc = parse(text);
  if (typeof input !== 'string' && doc.text === text) {
    setDocSources(doc, input, doc.masked === text ? input : SourceText.of(doc.masked), false);
  }
  const lineIndex = lineIndexOf(doc);
  const validation: Problem[] = [];
  const articleStart = new Int32Array(doc.articles.length + 1);
  try {
    validateStructure(doc, lineIndex, validation);
    for (let i = 0; i < doc.articles.length; i++) {
      articleStart[i] = validation.length;
      validateArticle(doc.articles[i], lineIndex, validation, doc);
    }
  } catch {
    // validation is total; never let a defect hide the document
    validation.length = 0;
    articleStart.fill(0);
  }
  articleStart[doc.articles.length] = validation.length;

  // Scan every line of legal text (not headings, titles or comments) for references.
  const references: Analysis['references'] = [];
  const ordinalProblems: Problem[] = [];
  let ai = 0; // index of the next article whose heading we have not passed
  let article: Article | null = null;
  let paragraph: Paragraph | null = null;
  let paragraphEnd = 0;
  let pi = 0;
  const arts = doc.articles;
  // An act amending another whose instructions stand outside any article (the 1998 law: «I. В Конституцию
  // … внести следующие изменения …:», then items): citations after that sentence name the amended act's units.
  let amendingOutside = false;
  const lines = doc.lines;
  const anchors: Anchor[] = [{ d: 0 }];
  const finder = new CiteFinder(doc.masked, doc.lang);
  const articleRegion = new Int32Array(arts.length);
  let anchor = anchors[0];
  // Indexed loops: this function runs long before it is optimised, and a for…of there allocates an
  // iterator result per element (≈ 2 MB per pass at 5,000 articles).
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const lk = line.kind;
    // (A subchapter heading («Параграф 2») ends the article before it, as the others do: its lines, and the
    // text after it outside any article, are a region of their own. Session 14: they were the article's,
    // and an edit of its body was a full analysis; one of the heading's word went wrong, see incremental.ts.)
    if (lk === 'article' || lk === 'section' || lk === 'chapter' || lk === 'subchapter') {
      anchor = { d: 0 };
      anchors.push(anchor);
      if (lk === 'article' && ai < arts.length && arts[ai].headSpan.start <= line.content.start) articleRegion[ai] = anchors.length - 1;
    }
    if (line.kind === 'preamble' && !amendingOutside && line.content.end - line.content.start < 2000) {
      amendingOutside = amendingSentence(doc.masked.slice(line.content.start, line.content.end));
    }
    // Advance the article/paragraph context to this line.
    while (ai < arts.length && arts[ai].headSpan.start <= line.content.start) {
      article = arts[ai++];
      paragraph = null;
      pi = 0;
    }
    if (line.kind === 'section' || line.kind === 'chapter' || line.kind === 'subchapter') {
      // Text after a section heading is outside any article until the next article heading.
      article = null;
      paragraph = null;
    }
    if (article) {
      // (A paragraph's span is read once: parser.ts BodyUnit derives it, a new object per read.)
      const ps = article.paragraphs;
      while (pi < ps.length && ps[pi].headSpan.start <= line.content.start) {
        paragraph = ps[pi++];
        paragraphEnd = paragraph.span.end;
      }
      if (paragraph && paragraphEnd < line.content.start) paragraph = null;
    }
    let from = line.content.start;
    if (line.kind === 'article') {
      // Text on an article's heading line («Статья 61. Каждый вправе … статьей 5») is scanned too.
      const t = article?.titleSpan;
      if (!article || !t || t.start < line.content.start || t.end > line.content.end) continue;
      from = t.start;
    } else if (line.kind !== 'paragraph' && line.kind !== 'subparagraph' && line.kind !== 'text' && line.kind !== 'preamble') continue;
    if (line.content.end <= from) continue;
    const scan = scanLine(doc.masked, from, line.content.end, doc.lang, 0, true, anchor, finder);
    const refs = scan.references;
    for (let k = 0; k < refs.length; k++) references.push(placed(inContext(refs[k], article, amendingOutside), article, paragraph));
    if (doc.kazakh) for (let k = 0; k < scan.ordinals.length; k++) ordinalProblems.push(ordinalProblem(scan.ordinals[k], doc.lang));
  }

  const resolutionStart: number[] = [];
  const { resolved, problems } = resolveReferences(doc, references, resolutionStart);
  const parts: AnalysisParts = {
    validation, articleStart, resolution: problems, resolutionStart, ordinals: ordinalProblems, invisible: invisibleProblems(doc.text, doc.masked, rareFrom(doc)),
    anchors, articleRegion,
  };
  const diagnostics = sortedDiagnostics(doc, parts, lineIndex);
  const an = makeAnalysis({ text: doc.text, lang: doc.lang, doc, lineIndex, references, targets: resolved, diagnostics });
  PARTS.set(an, parts);
  return an;
}

/** The digit form of an ordinal citation: «пункт 2», «2-тармақ», "paragraph 2", «подпункт 1)». */
export function ordinalSuggestion(unit: CitedUnit, value: number, lang: Lang): string {
  return lexicon(lang).unitRef(unit, `${value}${unit === 'subparagraph' ? ')' : ''}`);
}

