// Incremental re-analysis after an edit inside one article (issue 6: < 10 ms at 5,000 articles; issue 15:
// ≤ 3 ms at any position).
//
// analyzeIncremental(prev, change) returns exactly what analyze(newText) returns (same diagnostics,
// spans, targets, outline; test/unit/incremental.test.ts checks it on random edits), but when the edit
// lies inside the body of one article and changes no structure outside it, only that article's lines
// are re-parsed and rescanned; everything else of `prev` is reused:
//   - its document model is updated in place and `prev` is consumed (prev.stale = true): the edited
//     article is replaced by its re-parse, and every span after the edit moves by the length
//     difference (a numeric pass over lines, units, comments and pins; no new objects, no regular
//     expressions, no hashing). Callers must not use `prev` afterwards: the language service
//     (core/service.ts) owns the analyses and answers every query synchronously, so nothing outside it
//     can still hold `prev`;
//   - references before the edit are shared; after it they are the same objects, moved by adding the
//     length difference to the anchors of the regions after the article (analysis.ts RefSpan: one
//     number per heading, not a pass over every later reference); problems after the edit are new
//     objects at the new offsets (cached scan results are shared between analyses and never modified);
//   - numbering is re-validated for the edited article only (the sequences of sections, chapters and
//     articles cannot change: no heading changed), its lines are rescanned for references, and targets
//     are re-resolved where they read the edited article.
// Two more kinds of place take a fast path of their own (issue 15, session 14):
//   - the article's heading line, when the edit lies after its number and the line stays the heading of
//     the same article (a title typed: headingEdit): the heading line is read again with the body, and its
//     references are scanned again;
//   - a preamble line (before the first heading) that stays one, a section's, chapter's or subchapter's
//     heading line whose title is typed, and a line of text under such a heading, outside any article
//     (linePath): the line is read again; no article changes. Session 15 added the act's title lines
//     («КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН») that stay title lines.
// Session 16: the article's number edited on its heading line («Статья 12» → «Статья 123», «12-бап» →
// «13-бап») while the line stays an article's heading: headingEdit gives the new number; the article is
// read again under it; the sequences of sections, chapters and articles are checked again (one pass over
// the headings); the number map and the duplicated numbers are updated for the old and the new number;
// the citations of both numbers are resolved again. And an edit at a line's end that gives the same text
// as one a line break further on (Enter at the end of a heading line: lineBreakMoved) is taken there.
// Session 17: an edit inside the text of a comment in an article's body that leaves it a plain comment
// ending where it did (a note typed: commentEdit); the masked text changes by spaces.
// Session 18: an article heading typed or pasted in an article's body («Статья 13» on a new line, a whole
// article pasted): the body ends there and the new articles are read after it (reparseArticle's
// `opened`); and an edit that unmakes the heading of the article after (its number deleted, Backspace at
// its line's start, the line deleted): that article's lines are read as the body of the one before
// (locate's `merge`, Region.removed). The articles after move by index, their regions by one anchor each
// way; the sequences are checked again and the citations of the numbers that came or went resolved again.
// Session 19: a section's, chapter's or subchapter's number edited on its heading line («Раздел II» →
// «Раздел III», «Глава 3» → «Глава 4») while the line stays a heading of that kind (linePath,
// unitRenumbered): no citation resolves to these units, so the unit takes the new number, the sequences are
// checked again (structureChecked), a section's numeral problem follows (numeralsAgain), and the comparison's
// kept article texts of the section's articles, which name its number, are dropped.
// Session 19 too: in the region of such a heading, before its first article, a blank line typed on or a text
// line emptied (linePath) and blank lines typed or deleted (blankLinesPath: Enter at the end of «Раздел II. …»);
// the title line of an untitled heading («Глава I» / «Общие положения») typed while it stays its title; a
// text line right after an untitled heading typed while it does not read as a title line; and an article's
// heading typed or unmade on a line there with only blank lines after it (headingUnderHeading,
// headingUnmadeUnderHeading: a new first article of a section typed and erased).
// Otherwise (an edit touching a heading's form, a title line that stops
// being one, a comment's delimiters, a prior, cites or amends annotation, a comment outside article
// bodies, the line breaks around the article, a language change, a NUL, a heading of another kind in the
// article, or a new or unmade heading in an amending article or beside prior annotations), it falls back
// to analyze().

import type {
  Article, Chapter, Comment, Line, Paragraph, PriorPin, Problem, RawReference, RefTarget, Section, Span, Subchapter, Subparagraph, Unit, UnitNumber,
} from './types';
import {
  addPriorPin, articleBearing, articleOfUnit, articleShell, canonical, carryNumberColumn, CONTENTS_ARTICLES, emptyArticle, headingOf, leadingContents, lineContentOf, LineRow, markAmending, markExcludedByNote, openArticle, parseArticleBody, parsePin, problem,
  isTitleLine, numeralProblem, spliceNumberColumn, type Heading,
  detectLanguageHeads, langHeads, readsAsPreamble, readsTitleLine, setLangHeads, titleExcluded, type LangHeads, LANG_SAMPLE, NO_PINS,
  type DocumentModel,
} from './parser';
import {
  analyze, analysisParts, docSources, inContext, makeAnalysis, ordinalProblem, parsedLineIndex, placed, scanLine, setAnalysisParts,
  setDocSources, shiftedLineIndex, sortedDiagnostics, RefSpan, type Anchor, type Analysis, type AnalysisParts,
} from './analysis';
import type { SourceText } from './source';
import { ArticleBases, resolvedTarget, resolveTarget, type ResolvedTarget } from './resolve';
import { isCitesAnnotation, isInternal, namesActLine } from './cites';
import { ACT_HEAD, amendingSentence, kazakhAct, quotedLine, quoteMarks } from './lang/markup';
import { exclusionNoteIn, validateArticle, validateStructure } from './validate';
import { invisibleProblems } from './invisible';
import { renumberedDuplicates, shareDuplicatedNumbers } from './features/duplicates';
import { forgetArticleTexts, replaceArticleSpans } from './prior/articles';
import { lowerBound } from './text';

export interface TextChange {
  /** Offsets in prev.text (UTF-16 code units); the text between them is replaced by `text`. */
  start: number;
  end: number;
  text: string;
}

/**
 * Counters for tests and the bench: updates taken on the fast path and not, the last reason for not, and
 * how often the fast path counted the language sample's headings again (sameLanguage).
 */
export const incrementalStats = { fast: 0, fallback: 0, lastFallback: '', languageCounted: 0 };


/**
 * The analysis of `prev.text` with `change` applied. When the fast path is taken, `prev` is consumed
 * (its model is updated in place; prev.stale is set); otherwise it is left as it was. `newText`, if
 * given, must be that text (the server passes the document's text to avoid building it again). The
 * text is read by range: the fast path builds no whole copy of it (core/source.ts).
 */
export function analyzeIncremental(prev: Analysis, change: TextChange, newText?: string | SourceText): Analysis {
  const old = docSources(prev.doc).text;
  const len = old.length;
  let start = Math.max(0, Math.min(len, Math.floor(Number(change.start)) || 0));
  let end = Math.max(0, Math.min(len, Math.floor(Number(change.end)) || 0));
  if (end < start) [start, end] = [end, start];
  const ins = typeof change.text === 'string' ? change.text : String(change.text ?? '');
  const text: SourceText = newText !== undefined && newText.length === len - (end - start) + ins.length
    ? (typeof newText === 'string' ? old.edit(start, end, ins) : newText)
    : old.edit(start, end, ins);
  let an: Analysis | null = null;
  let reason = '';
  try {
    // A table of contents of articles dropped by the parse (parser.ts dropArticleContents): an edit at or
    // before the act's first own article is a full analysis; after it, the table is as it was, and the
    // fast path's result stands if the parse would drop the same articles (checked below).
    const contents = CONTENTS_ARTICLES.get(prev.doc);
    const first = prev.doc.articles.length ? prev.doc.articles[0].headSpan.end : Infinity;
    let r: Analysis | string = contents && start <= first ? 'table of contents of articles' : fastPath(prev, start, end, ins, text);
    if (typeof r === 'string' && (r.startsWith('line break on a') || r === NEXT_HEADING) && !prev.stale) {
      // Enter at the end of a heading line, or a blank line after it removed: the same new text as the
      // edit one line break further on, in the body (lineBreakMoved); that edit is tried instead. (Session
      // 19: also when the line break removed reaches the next line, the empty line after a section's heading.)
      const moved = lineBreakMoved(old, start, end, ins);
      if (moved) {
        const again = fastPath(prev, moved.start, moved.end, moved.text, text);
        // (When that edit falls back too, the reason given is the edit's own.)
        if (typeof again !== 'string') r = again;
      }
    }
    if (typeof r !== 'string') {
      // The table of contents the parse would drop: the same articles, or none (a new one made by the edit).
      const toc = contents ?? [];
      if (leadingContents(toc.length ? [...toc, ...r.doc.articles] : r.doc.articles, emptyArticle) !== toc.length) r = 'table of contents of articles';
      else if (contents) CONTENTS_ARTICLES.set(r.doc, contents);
    }
    if (typeof r === 'string') reason = r;
    else an = r;
  } catch (e) {
    reason = `error: ${(e as Error)?.message}`;
  }
  if (an) {
    incrementalStats.fast++;
    return an;
  }
  incrementalStats.fallback++;
  incrementalStats.lastFallback = reason;
  return analyze(typeof newText === 'string' && newText.length === text.length ? newText : text.toString());
}

/**
 * Readies `an` for the fast path of its next edit: anchors its model's spans (anchorModel), which the
 * first edit of a lineage otherwise does itself (≈ 20–35 ms at 5,000 articles, ≈ 80 ms at 20,000, against
 * ≈ 1 ms for the edit). Nothing else changes: every span keeps its offsets and every query its answer. The
 * language service calls it when its client is idle (LanguageService.prepare). Returns whether there was
 * anything to do; never throws (a model it cannot anchor is left to the next edit, which falls back).
 */
export function prepareIncremental(an: Analysis): boolean {
  const parts = analysisParts(an);
  if (!parts || parts.modelAnchors || an.stale) return false;
  try {
    parts.modelAnchors = anchorModel(an.doc, parts.articleRegion, parts.anchors.length);
    return true;
  } catch {
    return false;
  }
}

/** Applies several changes in order (each in the coordinates of the text after the previous ones). */
export function analyzeIncrementalAll(prev: Analysis, changes: TextChange[], newText?: string | SourceText): Analysis {
  let an = prev;
  for (let i = 0; i < changes.length; i++) an = analyzeIncremental(an, changes[i], i === changes.length - 1 ? newText : undefined);
  return an;
}

/**
 * An edit at a line's end that gives the same new text as one a line break further on, or null: a line
 * break typed before the line break that ends the line («Статья 5. …⏎» + Enter: «\n» + X typed before
 * the old «\n» is X + «\n» typed after it), or that line break removed when the next one is the same
 * (a blank line after the line deleted from its end). The edit on a heading line is a change of the
 * heading for the fast path; the moved one is an edit of the body after it.
 */
export function lineBreakMoved(old: SourceText, start: number, end: number, ins: string): TextChange | null {
  const lb = old.slice(start, Math.min(start + 2, old.length)) === '\r\n' ? '\r\n' : old.slice(start, start + 1);
  if (lb !== '\n' && lb !== '\r\n') return null;
  const w = lb.length;
  if (end === start && ins.startsWith(lb)) return { start: start + w, end: start + w, text: ins.slice(w) + lb };
  if (end === start + w && ins === '' && old.slice(end, end + w) === lb) return { start: end, end: end + w, text: '' };
  return null;
}

function hasDelimiter(s: string): boolean {
  return s.includes('<!--') || s.includes('-->');
}

/** An edit inside a comment's text: the comment and its new text. */
interface CommentEdit {
  c: Comment;
  text: string;
}

/**
 * The comment whose text holds the edit (between its «<!--» and its «-->»; the edit touches neither), if
 * any, with its new text; or why such an edit is left to a full analysis. Taken (session 17: each
 * keystroke of a note typed in a comment was a full analysis) when the comment is closed, no line break
 * (nor NUL) is typed or removed, the new text's first «-->» is its last three characters (the comment
 * ends where it did, moved by delta, so the comments after it are found as before), and the comment is
 * a plain one before and after: not a prior annotation (`<!-- prior: … -->`, read by the parse into the
 * article's pins), not the cited Constitution's (`<!-- cites: … -->`, which decides what citations of
 * «the Constitution» resolve to) and not a bill's (`<!-- amends: … -->`). The masked text (comments as
 * spaces) then changes by as many spaces as were typed, and the model by the offsets after the edit; what
 * reads a comment's text (a justification in the comparative table, the semantic tokens) reads it from
 * the comment, whose text is replaced (moveStructure).
 */
function commentEdit(comments: readonly Comment[], old: SourceText, start: number, end: number, ins: string): CommentEdit | string | null {
  // Comments do not overlap: the first one ending after `start` is the only one that can hold it.
  const i = lowerBound(comments as Comment[], start + 1, (c) => c.span.end);
  const c = comments[i];
  if (!c || start < c.span.start + 4 || end > c.span.end - 3 || !c.text.endsWith('-->')) return null;
  if (/[\r\n\u2028\u2029\u0000]/.test(ins) || /[\r\n\u2028\u2029\u0000]/.test(old.slice(start, end))) return 'line break in a comment';
  const text = c.text.slice(0, start - c.span.start) + ins + c.text.slice(end - c.span.start);
  if (text.indexOf('-->', 4) !== text.length - 3) return 'comment delimiter';
  const annotation = (t: string) => parsePin(t, c.span) !== null || isCitesAnnotation(t) || /^<!--\s*amends\s*:/i.test(t);
  if (annotation(c.text) || annotation(text)) return 'annotation in a comment';
  return { c, text };
}

/** What checkEdit reads of an edit: the edit, the texts, the lines it touches and what follows from them. */
interface EditCtx {
  prev: Analysis;
  start: number;
  end: number;
  ins: string;
  text: SourceText;
  maskedSource: SourceText;
  old: SourceText;
  oldMasked: SourceText;
  delta: number;
  /** The lines the edit touches (first, last). */
  Ls: number;
  Le: number;
  /** Where the re-read text starts (previous text), and its new masked text. */
  from: number;
  rMasked: string;
  /** The heading counts of the new text's language sample (checkEdit), kept with the new model. */
  heads?: LangHeads;
  /** The edit lies inside a comment's text and leaves it a plain comment (commentEdit). */
  comment?: CommentEdit;
}

/**
 * The edit and the article region it lies in, as found by `locate` and `checkEdit` (the edit's fields in
 * EditCtx; there `from` is where the article's body starts, the line after its heading, in the previous
 * text, and `rMasked` the body's new masked text, offsets from `nFrom`).
 */
interface Region extends EditCtx {
  parts: AnalysisParts;
  /** delta !== 0. */
  shifting: boolean;
  /** The edited article (index ai) and its heading line h; nx: the next heading line (or lines.length). */
  ai: number;
  A: Article;
  h: number;
  nx: number;
  /** Where the body ends (the next heading; offsets in the previous text). */
  regionEnd: number;
  atDocEnd: boolean;
  /** Where the body starts in the new text: `from`, moved by `delta` when the edit is on the heading line. */
  nFrom: number;
  /**
   * Where what is read again starts, in the previous text: the heading line's start when the edit is on
   * it (its references, ordinals and invisible characters are found again), else `from`.
   */
  scanFrom: number;
  /** The region's new text (offsets from `nFrom`). */
  rText: string;
  /** The heading line read again, when the edit is on it (its title typed: headingEdit). */
  head?: HeadEdit;
  /**
   * How many articles after `A` the region takes in (session 18: the edit unmade the heading of the
   * article after `A`, whose lines become `A`'s; mergeRegion), 0 for an edit inside `A`'s region.
   */
  removed: number;
}

/** How an edit moves what follows it: by `delta`, from `end` (offsets in the previous text) on. */
interface Shift { shifting: boolean; end: number; delta: number }

/** Moves a span that lies after the edit (a copy; the span itself is left as it is). */
function shifted(r: Shift, s: Span): Span {
  return r.shifting && s.start >= r.end ? { start: s.start + r.delta, end: s.end + r.delta } : s;
}

function shiftedProblem(r: Shift, p: Problem): Problem {
  return r.shifting && p.span.start >= r.end
    ? { code: p.code, severity: p.severity, args: p.args, span: shifted(r, p.span), message: p.message, data: p.data }
    : p;
}

/**
 * The resolution problems of the new version, by target: a target resolved again (in `fresh`) gets its
 * new problems; any other keeps its previous ones (index i − dT once past the replaced run t0 … t0 + dT'),
 * moved by the shift when it lies at or after `afterFrom`.
 */
function mergedResolution(
  targets: ResolvedTarget[], fresh: Map<ResolvedTarget, Problem[]>, oldRes: Problem[], oldRS: number[],
  t0: number, dT: number, afterFrom: number, sh: Shift,
): { resolution: Problem[]; resolutionStart: number[] } {
  const resolution: Problem[] = [];
  const resolutionStart = new Array<number>(targets.length + 1);
  const at = freshIndices(targets, fresh);
  let fi = 0;
  for (let i = 0; i < targets.length; i++) {
    resolutionStart[i] = resolution.length;
    if (fi < at.length && at[fi] === i) {
      const f = fresh.get(targets[i])!;
      for (let k = 0; k < f.length; k++) resolution.push(f[k]);
      fi++;
      continue;
    }
    const j = i < t0 ? i : i - dT;
    const moved = i >= afterFrom;
    for (let k = oldRS[j]; k < oldRS[j + 1]; k++) resolution.push(moved ? shiftedProblem(sh, oldRes[k]) : oldRes[k]);
  }
  resolutionStart[targets.length] = resolution.length;
  return { resolution, resolutionStart };
}

/**
 * The indices in `targets` of the targets resolved again (the keys of `fresh` still in the array), in
 * order. Found by their references' offsets (targets are in the order of their references), so that
 * merging the problems touches the fresh targets only, not every target of the document (a hash look-up
 * per target, each target object read: ≈ 13 % of a renumbering keystroke at 20,000 articles).
 */
function freshIndices(targets: readonly ResolvedTarget[], fresh: ReadonlyMap<ResolvedTarget, unknown>): number[] {
  const out: number[] = [];
  for (const x of fresh.keys()) {
    const s = x.ref.span.start;
    for (let i = lowerBound(targets, s, (t) => t.ref.span.start); i < targets.length && targets[i].ref.span.start === s; i++) {
      if (targets[i] === x) { out.push(i); break; }
    }
  }
  return out.sort((a, b) => a - b);
}

function fastPath(prev: Analysis, start: number, end: number, ins: string, text: SourceText): Analysis | string {
  const blank = blankLinesPath(prev, start, end, ins, text);
  if (blank !== null) return blank;
  const r = articleOrLinePath(prev, start, end, ins, text);
  if (typeof r !== 'string' || prev.stale) return r;
  // An article's heading typed or unmade on a line under a section's, chapter's or subchapter's heading
  // (session 19): tried when the paths above decline, which take nearly every keystroke and read the line
  // themselves. Otherwise their reason is given.
  return headingUnderHeading(prev, start, end, ins, text) ?? headingUnmadeUnderHeading(prev, start, end, ins, text) ?? r;
}

/** The article's region (locate, reparseArticle) or the line outside articles (linePath) that takes the edit, or why neither does. */
function articleOrLinePath(prev: Analysis, start: number, end: number, ins: string, text: SourceText): Analysis | string {
  let r = locate(prev, start, end, ins, text);
  if (r === BEFORE_FIRST) return linePath(prev, start, end, ins, text, r);
  if (typeof r === 'string' && UNMADE.has(r)) {
    // (A line outside articles first.) The edit may unmake an article's heading: that article's lines
    // become the article's before it. Otherwise the reason given is the first path's.
    const l = r === NEXT_HEADING ? linePath(prev, start, end, ins, text, r) : r;
    if (typeof l !== 'string') return l;
    const m = locate(prev, start, end, ins, text, true);
    r = typeof m === 'string' ? l : m;
  }
  if (typeof r === 'string') return r;
  const why = checkEdit(r);
  if (why) return why;
  const re = reparseArticle(r);
  if (typeof re === 'string') return re;
  // (Read before the model moves: a note of the region that may declare an article excluded, validate.ts.)
  const notedBefore = exclusionNoteIn(prev.doc, r.from, r.regionEnd);
  // From here on `prev` is consumed: its model is moved in place.
  const { articles, newDoc, lineIndex, lineDelta, keys } = moveStructure(r, re.newA, re.body.lines, re.opened);
  const val = revalidate(r, articles, re.newA, lineIndex, lineDelta, newDoc, re.opened.length, notedBefore);
  const refs = rescanReferences(r, newDoc, re.newA, re.body.lines, re.opened, keys);
  if (typeof refs === 'string') return refs;
  const newParts: AnalysisParts = {
    ...val, ...refs.parts, invisible: invisibleAfter(r), anchors: r.parts.anchors, modelAnchors: r.parts.modelAnchors,
  };
  const an = makeAnalysis({
    text, lang: newDoc.lang, doc: newDoc, lineIndex, references: refs.references, targets: refs.resolved,
    diagnostics: sortedDiagnostics(newDoc, newParts, lineIndex), incremental: true,
  });
  setAnalysisParts(an, newParts);
  return an;
}

const BEFORE_FIRST = 'before the first article';
const NEXT_HEADING = 'edit reaches the next heading';
/**
 * Why an edit that touches an article's heading line is not taken as an edit of that article (locate):
 * the line may stop being a heading («Статья 9» → «Статья »; Backspace at its start joining it to the
 * line before). Such an edit is tried as one in the region of the article before it, which takes in the
 * lines of the article whose heading it unmakes (session 18; locate's `merge`).
 */
const UNMADE = new Set(['heading changed', 'heading word', 'heading moved', 'line break on a heading', NEXT_HEADING, 'line break before a heading']);

/**
 * The heading line that opens the region holding line p when it is a section's, chapter's or subchapter's
 * (or an untitled one's title line), within PREAMBLE_LINES lines before p; else -1 (an article's region,
 * the text before the first heading, or too far).
 */
function headingRegionOf(lines: readonly Line[], p: number): number {
  let q = p - 1;
  while (q >= 0 && !regionStart(lines[q]) && p - q <= PREAMBLE_LINES) q--;
  return q < 0 || p - q > PREAMBLE_LINES || lines[q].kind === 'article' ? -1 : q;
}

/** The first line from `from` on that starts a region (or lines.length), or -1 when that is more than PREAMBLE_LINES lines after line p. */
function nextRegionStart(lines: readonly Line[], from: number, p: number): number {
  let i = from;
  while (i < lines.length && !regionStart(lines[i]) && i - p <= PREAMBLE_LINES) i++;
  return i - p > PREAMBLE_LINES ? -1 : i;
}

/**
 * A heading line that starts a region (analyze's anchors): an article's, a section's, a chapter's or a
 * subchapter's. Up to session 13 a subchapter heading («Параграф 2. …») did not, so it lay in the region
 * of the article before it: an edit of that article's body was a full analysis, and one that broke the
 * heading's word («Парагжраф») was taken on the fast path with the subchapter left in the model.
 */
function regionStart(l: Line): boolean {
  const k = l.kind;
  return k === 'article' || k === 'section' || k === 'chapter' || k === 'subchapter';
}

/** The content spans of the title lines among lines[0, n) (all of a text's title lines come before its preamble and headings). */
function titleLinesOf(lines: readonly Line[], n: number): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < n; i++) if (lines[i].kind === 'title') out.push(lines[i].content);
  return out;
}

/**
 * Beyond this many lines before the edited preamble line, or in the first region after it, the preamble
 * path leaves the edit to a full analysis (it reads the lines before and moves those after one by one; a
 * text without headings is all preamble).
 */
const PREAMBLE_LINES = 256;

/**
 * An edit inside one line that is no article's — a title line of the act («КОНСТИТУЦИЯ РЕСПУБЛИКИ
 * КАЗАХСТАН», «ПРОЕКТ»), a preamble line (the text before the first heading: «Мы,
 * народ Казахстана, …»), a section's, chapter's or subchapter's heading line (its title typed: «Раздел II.
 * Человек и гражданин», «Параграф 2. Купля-продажа») or a line of text under such a heading, outside any
 * article — after which the line is still what it was, or why the fast path does not apply (`why`:
 * the reason `locate` gave, when the line is of another kind). No article changes: the line is read again
 * (a preamble line's references, ordinals, invisible characters; a heading's title), the lines of its region
 * after it move one by one (a few), every later region with its anchor, and no other target is resolved
 * again. What the parse decides from the line does not change then:
 *   - a title line reads as one by itself (readsTitleLine; only title lines stand before it) and names a law
 *     or a code before and after or neither; title lines are not scanned for references;
 *   - a preamble line reads as one by itself (not a heading, a note or a title line: readsAsPreamble) and
 *     leaves the parser's state as it was; whether it is an amending sentence (analyze: the citations
 *     outside articles after one are external) or names an act (core/cites.ts) is the same before and after;
 *   - a heading line reads, by itself, as a heading of the same kind with the same number at the same place,
 *     with a title on the line before and after or on neither (an untitled heading takes the next line as
 *     its title), and neither title marks the unit excluded. Headings of sections, chapters and subchapters
 *     are not scanned for references (analyze);
 *   - a line of text under a heading reads as text by itself (no heading, no note) and is not the first
 *     line after a heading without a title on its line (the parse may take it as that title); its
 *     citations are external after an amending sentence of the preamble, as analyze reads them.
 * The section, chapter and subchapter that hold the line end with it when it is their last.
 */
function linePath(prev: Analysis, start: number, end: number, ins: string, text: SourceText, why: string): Analysis | string {
  const parts = analysisParts(prev);
  if (!parts) return 'no parts';
  const doc = prev.doc;
  const { text: old, masked: oldMasked } = docSources(doc);
  const lines = doc.lines;
  const li = prev.lineIndex;
  const p = li.positionAt(start).line;
  const line = lines[p];
  const kind = line?.kind;
  if (!line || li.positionAt(end).line !== p || (kind !== 'preamble' && kind !== 'title' && kind !== 'section' && kind !== 'chapter' && kind !== 'subchapter' && kind !== 'text' && kind !== 'blank')) return why;
  if (kind === 'preamble' && !doc.preamble) return why;
  // A title or preamble line stands before every heading: in the first region.
  const beforeHeadings = kind === 'preamble' || kind === 'title';
  /** The line is the first after a heading without a title, and text (not title-form): session 19. */
  let afterUntitled = false;
  /** A text or blank line's region heading line (session 19). */
  let regionHead = -1;
  if (kind === 'text' || kind === 'blank') {
    // Text under a section's, chapter's or subchapter's heading, outside any article: the heading line
    // before it opens its region. Not the first line after a heading without a title on its line, which
    // the parse may read as that heading's title (parseInner, isTitleLine). A blank line there (session 19:
    // the first keystroke of a line typed under a heading) when the lines before it in the region are text
    // or blank: no note is open (the heading closed any), so it reads as text when it reads so by itself.
    const q = headingRegionOf(lines, p);
    if (q < 0) return why;
    regionHead = q;
    if (kind === 'blank') for (let i = q + 1; i < p; i++) if (lines[i].kind !== 'text' && lines[i].kind !== 'blank') return why;
    let pc = p - 1;
    while (pc > q && (lines[pc].kind === 'blank' || lines[pc].kind === 'comment')) pc--;
    if (pc === q) {
      // (Session 19: a text line there stays text while it does not read as a title line, as it did not.)
      if (!headingTitled(doc, lines[q])) {
        if (kind !== 'text') return 'text after an untitled heading';
        afterUntitled = true;
      }
    }
  }
  const ls = line.span.start;
  const le = line.span.end;
  if (end > le || ins.includes('\n') || ins.includes('\r')) return `line break on a ${kind} line`;
  if (ins.includes('\u0000') || (end > start && old.slice(start, end).includes('\u0000'))) return 'NUL';
  // The line's region (its index among the anchors) and the lines of the region after it.
  const k = beforeHeadings ? 0 : regionOfLine(doc, li, parts, p);
  if (k < 0) return 'long region';
  const fh = nextRegionStart(lines, p + 1, p);
  if (fh < 0 || (beforeHeadings && p > PREAMBLE_LINES)) return 'long region';
  const refs = prev.references;
  const targets = prev.targets;
  const r0 = lowerBound(refs, ls, (x) => x.ref.span.start);
  const r1 = lowerBound(refs, le + 1, (x) => x.ref.span.start);
  // References later in the region are read again with their lines (session 17; a full analysis before:
  // their span objects may be the scan cache's, which is never modified, so they are not moved in place).
  const regionEnd = fh < lines.length ? lines[fh].span.start : old.length + 1;
  const rEnd = lowerBound(refs, regionEnd, (x) => x.ref.span.start);
  const t0 = lowerBound(targets, ls, (x) => x.ref.span.start);
  const t1 = lowerBound(targets, le + 1, (x) => x.ref.span.start);
  const tEnd = rEnd > r1 ? lowerBound(targets, regionEnd, (x) => x.ref.span.start) : t1;
  if (parts.resolutionStart.length !== targets.length + 1) return 'targets out of step';

  const masked = oldMasked.slice(ls, start) + ins + oldMasked.slice(end, le);
  const c = lineContentOf(masked, 0, masked.length);
  if (ls + c.start !== line.content.start) return `${kind} line moved`;
  let outside = false;
  let unit: Section | Chapter | Subchapter | undefined;
  let heading: ReturnType<typeof headingOf> = null;
  /** A section's, chapter's or subchapter's number edited (session 19): the sequences are checked again. */
  let renumbered = false;
  let wasHeading: Heading | undefined;
  /** The line's kind after the edit (a blank line typed on, or a text line emptied: session 19). */
  let newKind: Line['kind'] = kind;
  /** The untitled unit whose title line this is (session 19). */
  let titleOf: Section | Chapter | Subchapter | undefined;
  if (kind === 'preamble') {
    if (!readsAsPreamble(masked, c.start, c.end, doc.preamble!.start === line.content.start)) return 'preamble line changed';
    // The quotation marks after an amending sentence decide which headings below are quoted text (parser.ts
    // preQuote): the line's marks the same before and after (session 23).
    if (quoteMarks(masked.slice(c.start, c.end)) !== quoteMarks(oldMasked.slice(line.content.start, line.content.end))) return 'quotation marks in the preamble';
    // After an amending sentence a line that opens with a quotation mark and closes it is quoted new wording, not
    // a preamble line (parser.ts, kind 'quote'): the same before and after (session 26, found by the campaign: the
    // «С» of «С"5. Срок полномочий …".» deleted in the 1998 law made the line quoted text).
    const was = oldMasked.slice(line.content.start, line.content.end);
    if (quotedLine(masked, c.start, c.end) !== quotedLine(was, 0, was.length)) return 'quoted line in the preamble';
    const amends = (src: { slice(a: number, b: number): string }, a: number, b: number): boolean => b - a < 2000 && amendingSentence(src.slice(a, b));
    const amending = amends(masked, c.start, c.end);
    if (amending !== amends(oldMasked, line.content.start, line.content.end)) return 'amending preamble';
    // A line before the first heading that names a law or a code makes the text an act citing the
    // Constitution (core/cites.ts): its citations of «the Constitution» are then not resolved in it.
    if (namesActLine(masked.slice(c.start, c.end)) !== namesActLine(oldMasked.slice(line.content.start, line.content.end))) return 'act title in the preamble';
    // Citations outside articles after an amending sentence of the preamble are external (analyze).
    outside = amending;
    for (let i = 0; i < p && !outside; i++) if (lines[i].kind === 'preamble') outside = amends(oldMasked, lines[i].content.start, lines[i].content.end);
  } else if (kind === 'title') {
    // The act's title line («КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН», «ПРОЕКТ»): before it only title lines (a
    // title line comes before the preamble and any heading), so it stays one when it reads as one by itself
    // (not a heading, not a note: readsTitleLine). Title lines are not scanned for references (analyze);
    // whether one names a law or a code (core/cites.ts) is the same before and after.
    if (!readsTitleLine(masked, c.start, c.end)) return 'title line changed';
    if (namesActLine(masked.slice(c.start, c.end)) !== namesActLine(oldMasked.slice(line.content.start, line.content.end))) return 'act title changed';
  } else if (kind === 'text' || kind === 'blank') {
    // It stays text by itself (no heading, no note: the lines before it left no note open, as it was text),
    // or comes to be blank or text (session 19). A line that comes or stops to be the last text of the units
    // holding it moves their ends: left to a full analysis unless an article or a text line follows in the
    // region (which the units hold too).
    if (c.end > c.start) {
      if (!readsAsPreamble(masked, c.start, c.end, false)) return 'text line changed';
      if (afterUntitled && isTitleLine(masked, c.start, c.end)) return 'text after an untitled heading';
      newKind = 'text';
    } else {
      // (After an untitled heading the next line that is not blank may then become its title.)
      if (afterUntitled) return 'text after an untitled heading';
      newKind = 'blank';
    }
    // A line emptied that was the last text of a unit open there moves the unit's end back: left to a full
    // analysis. (A blank line typed on extends the units open there: below.)
    if (newKind === 'blank' && kind === 'text') {
      for (const u of openUnitsAt(doc, lines, regionHead, ls)) if (u && u.span.end <= le) return 'text at a unit\'s end';
    }
    // Citations outside articles after an amending sentence of the preamble are external (analyze).
    for (let i = 0; i < p && !outside && !regionStart(lines[i]); i++) {
      const l = lines[i];
      if (l.kind === 'preamble' && l.content.end - l.content.start < 2000) outside = amendingSentence(oldMasked.slice(l.content.start, l.content.end));
    }
  } else {
    // The unit whose heading this line is (not the title line of an untitled one, nor a table of contents'
    // heading, which the model dropped).
    const units: (Section | Chapter | Subchapter)[] = kind === 'section' ? doc.sections : kind === 'chapter' ? doc.chapters : doc.subchapters;
    const ui = lowerBound(units, line.content.start, (u) => u.headSpan.start);
    unit = units[ui];
    const tu = units[ui - 1];
    if ((!unit || unit.headSpan.start !== line.content.start) && tu?.titleSpan && tu.titleSpan.start === line.content.start && tu.headSpan.start < line.content.start) {
      // The title line of an untitled heading («Глава I» / «Общие положения»; session 19: a full analysis
      // before): it stays that heading's title while it reads, by itself, as no heading and as a title line
      // (parseInner: isTitleLine). Its unit's exclusion was decided by its heading line alone.
      if (headingOf(masked.slice(c.start, c.end)) || !isTitleLine(masked, c.start, c.end)) return `${kind} title changed`;
      titleOf = tu;
      unit = undefined;
    } else {
      if (!unit || unit.headSpan.start !== line.content.start) return `${kind} title line`;
      if (start < unit.number.span.start) return `${kind} heading word`;
      const was = headingOf(oldMasked.slice(line.content.start, line.content.end), line.content.start);
      heading = headingOf(masked.slice(c.start, c.end), ls + c.start);
      if (!was || !heading || heading.kind !== kind || heading.number.span.start !== unit.number.span.start) return `${kind} heading changed`;
      if (!!heading.title !== !!was.title) return `${kind} title added or removed`;
      if (titleExcluded(heading.title) || titleExcluded(was.title)) return 'excluded title';
      if (heading.number.text !== unit.number.text) {
        const why = unitRenumbered(doc, units, unit, was as Heading, heading as Heading);
        if (why) return why;
        renumbered = true;
        wasHeading = was as Heading;
      }
    }
  }
  const ctx = lineEdit(prev, start, end, ins, text, p, ls, masked);
  if (typeof ctx === 'string') return ctx;
  const { delta, maskedSource } = ctx;

  // From here on `prev` is consumed: its model is moved in place.
  const { sh, model } = consume(prev, parts, end, delta);
  if (delta !== 0) {
    // (moveAfter finds the units to move by their heading spans: before the region's lines move.)
    // A number typed at the very start of the heading's line («4 бөлім» → «14 бөлім»): the unit's heading
    // starts where the edit does, so moveAfter moved the unit itself; it is moved back (it starts where it did).
    const self = !!unit && unit.headSpan.start >= end;
    moveAfter(doc, k + 1, end, delta, model);
    if (self) moveUnit(unit!, end + delta, -delta);
    moveRegionTail(lines, p + 1, fh, delta, parts.anchors, k);
  }
  // The new line: a span of its region's anchor, as the model's lines are (anchorModel; the first region's never moves).
  const row = new LineRow(ls + c.start, ls + c.end, ls, le + delta, newKind);
  if (k > 0) {
    const map = new Map<Span, Span>();
    row.content = anchorSpan(row.content, model[k], map);
    row.span = anchorSpan(row.span, model[k], map);
  }
  lines[p] = row;
  const newEnd = (e: number) => (e > le ? e + delta : ls + c.end);
  if (unit) {
    // The heading's unit, in place (prev is consumed): its heading and title, its end.
    unit.headSpan = row.content;
    if (heading!.title !== undefined) {
      unit.title = heading!.title;
      unit.titleSpan = heading!.titleSpan;
    } else if (unit.titleSpan && unit.titleSpan.start >= end) {
      // An untitled heading's title is the next line («Глава I» / «Общие положения»): it moves.
      unit.titleSpan = { start: unit.titleSpan.start + delta, end: unit.titleSpan.end + delta };
    }
    unit.span.end = newEnd(unit.span.end);
    if (renumbered) {
      unit.number = heading!.number;
      // The comparison's kept article texts name their section's number.
      if (unit.kind === 'section') forgetArticleTexts(unit.articles);
    }
  }
  if (titleOf) {
    // (Its own span, as the parse gives it: the line's content span moves with the line.)
    titleOf.title = masked.slice(c.start, c.end);
    titleOf.titleSpan = { start: ls + c.start, end: ls + c.end };
  }
  if (kind !== 'preamble') {
    // The section, chapter and subchapter that hold the line (the last of each opened before it, if it
    // has not ended before the line) end on it or after it.
    for (const units of [doc.sections, doc.chapters, doc.subchapters] as (Section | Chapter | Subchapter)[][]) {
      const u = units[lowerBound(units, ls, (x) => x.headSpan.start) - 1];
      if (u && u.span.end >= ls) u.span.end = newEnd(u.span.end);
    }
    // A blank line typed on: the units open there end on it when they ended before it (session 19).
    if (kind === 'blank' && newKind === 'text') for (const u of openUnitsAt(doc, lines, regionHead, ls)) if (u && u.span.end < ls) u.span.end = ls + c.end;
  }
  const pre = doc.preamble;
  const articles = doc.articles.slice();
  if (articles.length > 0) carryNumberColumn(doc.articles, articles, 0);
  const newDoc: DocumentModel = {
    text: '', masked: '', lang: doc.lang, lines, titleLines: kind === 'title' ? titleLinesOf(lines, fh) : doc.titleLines,
    // (A title line comes before the preamble: the preamble moves.)
    preamble: !pre ? null : pre.end < ls ? pre : pre.start > le ? { start: pre.start + delta, end: pre.end + delta } : { start: pre.start, end: pre.end > le ? pre.end + delta : ls + c.end },
    sections: doc.sections, chapters: doc.chapters, subchapters: doc.subchapters, articles, comments: doc.comments,
    problems: doc.problems.length === 0 || !sh.shifting ? doc.problems : doc.problems.map((x) => shiftedProblem(sh, x)),
    articleByNumber: doc.articleByNumber, kazakh: doc.kazakh,
  };
  if (renumbered && unit!.kind === 'section') newDoc.problems = numeralsAgain(newDoc.problems, doc.sections, unit!, wasHeading!, heading as Heading);
  setDocSources(newDoc, text, maskedSource);
  setLangHeads(newDoc, ctx.heads);
  shareDuplicatedNumbers(doc, newDoc);
  const lineIndex = shiftedLineIndex(text, li, p, [], 0, delta);

  // A preamble line's or a text line's references, read again (outside any article), and their targets resolved.
  const scan = kind === 'preamble' || newKind === 'text' ? scanLine(masked, c.start, c.end, doc.lang, ls, false, parts.anchors[k]) : null;
  const lineRefs: Analysis['references'] = [];
  const lineTargets: ResolvedTarget[] = [];
  const fresh = new Map<ResolvedTarget, Problem[]>();
  const bases = new ArticleBases(newDoc);
  /** A line's references outside any article (external after an amending sentence), their targets resolved. */
  const take = (raws: readonly RawReference[], amending: boolean): void => {
    for (const raw of raws) {
      const ref = inContext(raw, null, amending);
      lineRefs.push(placed(ref, null, null));
      if (!isInternal(ref, newDoc)) continue;
      for (const target of ref.targets) {
        const pr: Problem[] = [];
        const x = resolveTarget(newDoc, ref, target, { article: null, paragraph: null }, pr, bases);
        fresh.set(x, pr);
        lineTargets.push(x);
      }
    }
  };
  if (scan) take(scan.references, outside);
  if (rEnd > r1) {
    // The region's later lines that cite (their text as it was, at their new offsets: moved above), in
    // analyze's context: outside any article, external after an amending sentence of the preamble.
    // (`outside` is the edited line's for a preamble or text line; a heading line is not scanned.)
    let o = kind === 'section' || kind === 'chapter' || kind === 'subchapter' ? amendingBefore(doc, oldMasked, p) : outside;
    for (let q = p + 1; q < fh; q++) {
      const l = lines[q];
      const lk = l.kind;
      const { start: a, end: b } = l.content;
      if (lk === 'preamble' && !o && b - a < 2000) o = amendingSentence(maskedSource.slice(a, b));
      if ((lk !== 'paragraph' && lk !== 'subparagraph' && lk !== 'text' && lk !== 'preamble') || b <= a) continue;
      const lineMasked = maskedSource.slice(a, b);
      take(scanLine(lineMasked, 0, lineMasked.length, doc.lang, a, true, parts.anchors[k]).references, o);
    }
  }
  const dT = lineTargets.length - (tEnd - t0);
  let reads = READS.get(targets);
  const hadReads = !!reads && reads.length === targets.length;
  if (rEnd > r0 || lineRefs.length > 0) refs.splice(r0, rEnd - r0, ...lineRefs);
  if (tEnd > t0 || lineTargets.length > 0) targets.splice(t0, tEnd - t0, ...lineTargets);
  const afterFrom = t0 + lineTargets.length;
  if (hadReads) {
    if (dT !== 0) {
      const nr = new Int32Array(targets.length);
      nr.set(reads!.subarray(0, t0));
      nr.set(reads!.subarray(tEnd), afterFrom);
      reads = nr;
    }
    for (let i = t0; i < afterFrom; i++) reads![i] = readsOf(targets[i], doc.articleByNumber);
    READS.set(targets, reads!);
  }
  const oldRes = parts.resolution;
  const oldRS = parts.resolutionStart;
  let resolution: Problem[];
  let resolutionStart: number[];
  if (oldRes.length === 0 && fresh.size === 0 && dT === 0) {
    // Nothing to resolve or move (the usual case for a heading's title).
    resolution = oldRes;
    resolutionStart = oldRS;
  } else {
    ({ resolution, resolutionStart } = mergedResolution(targets, fresh, oldRes, oldRS, t0, dT, afterFrom, sh));
  }

  // Ordinals and invisible characters: the line's found again, the others kept (moved after it).
  const oldOrd = parts.ordinals;
  const o0 = lowerBound(oldOrd, ls, (x) => x.span.start);
  const o1 = lowerBound(oldOrd, le + 1, (x) => x.span.start);
  const ordinals = oldOrd.slice(0, o0);
  if (scan && doc.kazakh) for (const o of scan.ordinals) ordinals.push(ordinalProblem(o, doc.lang));
  for (let q = o1; q < oldOrd.length; q++) ordinals.push(shiftedProblem(sh, oldOrd[q]));
  const invisible = invisibleOfLine(parts, old, ls, le, start, end, ins, masked, sh);

  const newParts: AnalysisParts = {
    ...(renumbered ? structureChecked(parts, newDoc, lineIndex, sh) : {
      validation: !sh.shifting ? parts.validation : parts.validation.map((x) => shiftedProblem(sh, x)), articleStart: parts.articleStart,
    }),
    resolution, resolutionStart, ordinals, invisible, anchors: parts.anchors, articleRegion: parts.articleRegion, modelAnchors: model,
  };
  const an = makeAnalysis({
    text, lang: newDoc.lang, doc: newDoc, lineIndex, references: refs, targets, diagnostics: sortedDiagnostics(newDoc, newParts, lineIndex),
    incremental: true,
  });
  setAnalysisParts(an, newParts);
  return an;
}

/**
 * Why a section's, chapter's or subchapter's number edited on its heading line («Раздел II» → «Раздел III»,
 * «Глава 3» → «Глава 4»; session 19: a full analysis before) is left to a full analysis, or null. No
 * citation resolves to these units, so the edit changes the unit's number and the sequences the numbering
 * checks read (checked again: structureChecked), and nothing else, unless:
 *   - a section's numeral is not a Roman one before or after (section-numeral-invalid, placed by the parse
 *     once every section is known: Arabic figures throughout are a numbering style), save Arabic figures to
 *     Arabic figures among sections numbered so throughout;
 *   - a table of contents (a run of empty headings before the act's own, which the parse drops, up to the
 *     first heading that repeats the run's first number: parser.ts dropContents) was dropped, or would be
 *     with the new number.
 */
function unitRenumbered(doc: DocumentModel, units: readonly (Section | Chapter | Subchapter)[], unit: Section | Chapter | Subchapter, was: Heading, now: Heading): string | null {
  const kind = unit.kind;
  if (kind === 'section') {
    // Arabic figures throughout or not: the same before and after (else every section's problem changes).
    const arabic = (t: string) => /^\d+$/.test(t);
    if (units.every((x) => x === unit || arabic(x.number.text)) && arabic(was.number.text) !== arabic(now.number.text)) return 'section numeral';
    // The parse places a section's numeral problem after its loop's problems: only before the orphan
    // pins found at the document's end would a first one go (left to a full analysis).
    if (!doc.problems.some((p) => p.code === NUMERAL) && doc.problems.some((p) => p.code === 'prior-annotation-orphan') && keptNumeral(units, unit, now)) return 'section numeral';
  }
  if (kind === 'subchapter') return null;
  if (contentsDropped(doc, kind, units as readonly (Section | Chapter)[])) return 'table of contents';
  const renamed = units.map((x) => (x === unit ? { ...x, number: now.number } : x));
  return leadingContents(renamed, emptyUnit) > 0 ? 'table of contents' : null;
}

/** A section or chapter without articles or chapters (parser.ts dropContents). */
const emptyUnit = (x: Section | Chapter | Subchapter) => x.articles.length === 0 && (x.kind !== 'section' || x.chapters.length === 0);

/** Whether the parse dropped a table of contents of `kind`: the first heading line of the kind is not the model's first unit. */
function contentsDropped(doc: DocumentModel, kind: 'section' | 'chapter', units: readonly (Section | Chapter)[]): boolean {
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind === kind) return units.length === 0 || lines[i].content.start !== units[0].headSpan.start;
  }
  return false;
}

/**
 * Whether an article coming (`came`) or going under section `S` and chapter `C` may make or unmake a
 * table of contents (parser.ts dropContents: a leading run of empty headings): only when it makes one of
 * them empty or no longer empty, and then when the parse dropped one of that kind or would find one after.
 * (Found by scripts/incremental-campaign.ts: the only article under «Глава II» unmade, after «Глава 1…» twice.)
 */
function contentsChange(doc: DocumentModel, S: Section | null, C: Chapter | null, came: boolean): boolean {
  const held = came ? 0 : 1;
  const flips = (u: Section | Chapter | null): u is Section | Chapter =>
    !!u && u.articles.length === held && (u.kind !== 'section' || u.chapters.length === 0);
  const check = (u: Section | Chapter, units: readonly (Section | Chapter)[]) =>
    contentsDropped(doc, u.kind, units) || leadingContents(units as (Section | Chapter)[], (x) => (x === u ? !came : emptyUnit(x))) > 0;
  return (flips(S) && check(S, doc.sections)) || (flips(C) && check(C, doc.chapters));
}

const NUMERAL = 'section-numeral-invalid';

/** Whether section `unit`, numbered as `h` says, has a section-numeral-invalid problem (parser.ts: Arabic figures throughout are none). */
function keptNumeral(units: readonly (Section | Chapter | Subchapter)[], unit: Section | Chapter | Subchapter, h: Heading): boolean {
  const p = h.numeralProblem;
  if (!p) return false;
  return p !== 'arabic' || !units.every((x) => x === unit || /^\d+$/.test(x.number.text));
}

/**
 * The document's problems after section `unit`'s number changed from `was` to `now` (the others moved by the
 * shift already): its section-numeral-invalid problem, if any, replaced by the new one, if any, in its place
 * among them (the parse puts them after its loop's problems, in the order of the sections).
 */
function numeralsAgain(problems: Problem[], units: readonly (Section | Chapter | Subchapter)[], unit: Section | Chapter | Subchapter, was: Heading, now: Heading): Problem[] {
  const had = keptNumeral(units, unit, was);
  const has = keptNumeral(units, unit, now);
  if (!had && !has) return problems;
  const out = problems.slice();
  const at = was.number.span.start;
  let i = out.findIndex((p) => p.code === NUMERAL && p.span.start >= at);
  if (had) out.splice(i, 1);
  if (has) {
    if (i < 0) {
      // After the last numeral problem, or at the end when there is none.
      let last = -1;
      for (let k = 0; k < out.length; k++) if (out[k].code === NUMERAL) last = k;
      i = last >= 0 ? last + 1 : out.length;
    }
    out.splice(i, 0, numeralProblem(now));
  }
  return out;
}

/**
 * The validation after a section's, chapter's or subchapter's number changed: the sequences checked again
 * (validateStructure: one pass over the headings, as analyze checks them), each article's own problems
 * kept (moved by the shift).
 */
function structureChecked(parts: AnalysisParts, newDoc: DocumentModel, lineIndex: ReturnType<typeof parsedLineIndex>, sh: Shift): { validation: Problem[]; articleStart: Int32Array } {
  const validation: Problem[] = [];
  validateStructure(newDoc, lineIndex, validation);
  const old = parts.validation;
  const oldStart = parts.articleStart;
  const d = validation.length - oldStart[0];
  for (let k = oldStart[0]; k < old.length; k++) validation.push(shiftedProblem(sh, old[k]));
  return { validation, articleStart: d === 0 ? oldStart : oldStart.map((x) => x + d) };
}

/**
 * An article's heading typed on a line under a section's, chapter's or subchapter's heading, before its first
 * article, with nothing but blank lines after it in the region (session 19: the digit of «Статья 9» typed
 * on a new line under «Раздел II. …» was a full analysis), or null when the edit is not that (fastPath
 * tries it when the other paths have declined). The line reads, by itself, as an article's heading without a title; it held no citation
 * and no ordinal; the region's lines are text or blank and hold no comment; the heading before it has a
 * title (else the blank lines may lead to its title line). As the parse reads it then, the line opens an
 * article in the units open there (the section; the chapter unless the heading is a section's; the
 * subchapter if it is one) whose body is the blank lines up to the next heading: a region of its own. The
 * article is put among the articles (indices, number column, number map, duplicated numbers, the holders'
 * lists), its region among the anchors; the sequences are checked again, and the citations resolved again
 * that its coming can change: those of its number, of ranges of articles, and those left unresolved with
 * its number's base (their quick fix offers it).
 */
function headingUnderHeading(prev: Analysis, start: number, end: number, ins: string, text: SourceText): Analysis | null {
  const parts = analysisParts(prev);
  const e = parts && oneLineEdit(prev, start, end, ins);
  if (!parts || !e || (e.line.kind !== 'text' && e.line.kind !== 'blank')) return null;
  const { p, ls, le, masked, c } = e;
  const doc = prev.doc;
  const { text: old, masked: oldMasked } = docSources(doc);
  const lines = doc.lines;
  const li = prev.lineIndex;
  const hd = headingOf(masked.slice(c.start, c.end), ls + c.start) as Heading | null;
  if (!hd || hd.kind !== 'article') return null;
  // The region: its heading line q, the lines up to the next region's start fh.
  const q = headingRegionOf(lines, p);
  if (q < 0) return null;
  const fh = nextRegionStart(lines, p + 1, p);
  if (fh < 0) return null;
  if (fh === p + 1 && fh >= lines.length) return null;
  if (hd.title !== undefined) return null;
  for (let i = q + 1; i < fh; i++) {
    const k = lines[i].kind;
    if (i > p ? k !== 'blank' : k !== 'text' && k !== 'blank') return null;
  }
  // The heading at q has a title (on its line, or q is an untitled one's title line).
  if (!headingTitled(doc, lines[q])) return null;
  const regionEnd = fh < lines.length ? lines[fh].span.start : old.length + 1;
  if (commentIn(doc, lines[q].span.start, regionEnd)) return null;
  const refs = prev.references;
  if (lowerBound(refs, le + 1, (x) => x.ref.span.start) > lowerBound(refs, ls, (x) => x.ref.span.start)) return null;
  if (lowerBound(parts.ordinals, le + 1, (x) => x.span.start) > lowerBound(parts.ordinals, ls, (x) => x.span.start)) return null;
  // «Статья 9 исключена.» right after it would be its own exclusion note (parser.ts ownExclusionNote).
  const ai = lowerBound(doc.articles, ls, (a) => a.headSpan.start);
  if (fh < lines.length && lines[fh].kind === 'article' && doc.articles[ai] && titleExcluded(doc.articles[ai].title)) return null;
  const k = regionOfLine(doc, li, parts, q);
  if (k < 0) return null;
  if (parts.resolutionStart.length !== prev.targets.length + 1) return null;
  const ctx = lineEdit(prev, start, end, ins, text, p, ls, masked);
  if (typeof ctx === 'string') return null;
  const { delta, maskedSource } = ctx;
  const [S, C, SC] = openUnitsAt(doc, lines, q, ls);
  if (contentsChange(doc, S, C, true)) return null;
  // The article and its body (the blank lines after it), read as the parser reads them.
  const row = new LineRow(ls + c.start, ls + c.end, ls, le + delta, 'article');
  const B = openArticle(hd, row, S, C, ai);
  const from = lines[p + 1].span.start;
  const atDocEnd = fh >= lines.length;
  const rText = old.slice(from, Math.min(regionEnd, old.length));
  const rMasked = oldMasked.slice(from, Math.min(regionEnd, old.length));
  const body = parseArticleBody(rText, rMasked, from + delta, atDocEnd ? rText.length + 1 : rText.length, [], B, true);
  if (!body || body.next || body.pending.length > 0 || body.lines.length !== fh - p - 1 || body.endPos !== regionEnd + delta) return null;
  markExcludedByNote(B, rMasked, from + delta);
  markAmending(B, rMasked, from + delta);
  if (B.amending || B.excluded) return null;

  // From here on `prev` is consumed: its model is moved in place.
  // (The holders end on the new heading or after it: a line that is not blank extends the units open there.)
  const { sh, model, anchors } = consumeLine(prev, parts, end, delta, k, [S, C, SC], le, ls + c.end);
  lines[p] = row;
  for (let i = 0; i < body.lines.length; i++) lines[p + 1 + i] = body.lines[i];
  const fresh: Anchor = { d: 0 };
  anchorArticle(B, [row, ...body.lines], fresh, new Map());
  model.splice(k + 1, 0, fresh);
  anchors.splice(k + 1, 0, { d: 0 });
  const articles = doc.articles.slice();
  articles.splice(ai, 0, B);
  for (let i = ai + 1; i < articles.length; i++) articles[i].index = i;
  spliceNumberColumn(doc.articles, articles, ai, 0, 1);
  for (const u of [S, C, SC]) if (u) u.articles.splice(lowerBound(u.articles, ls, (a) => a.headSpan.start), 0, B);
  const key = canonical(B.number.text);
  numberBorne(doc.articleByNumber, key, B);
  const oldRegion = parts.articleRegion;
  const articleRegion = new Int32Array(articles.length);
  articleRegion.set(oldRegion.subarray(0, ai));
  articleRegion[ai] = k + 1;
  for (let i = ai; i < oldRegion.length; i++) articleRegion[i + 1] = oldRegion[i] + 1;
  return articleCameOrWent({
    prev, parts, text, maskedSource, heads: ctx.heads, articles, key, ai, added: B, lineIndex: shiftedLineIndex(text, li, p, [], 0, delta), sh,
    anchors, articleRegion, model, invisible: invisibleOfLine(parts, old, ls, le, start, end, ins, masked, sh),
  });
}

/**
 * The line an edit lies in when it lies within one line and types or removes no line break (nor NUL): its
 * index, its span, its new masked text (from its start) and that text's content span; else null.
 */
function oneLineEdit(prev: Analysis, start: number, end: number, ins: string): { p: number; line: Line; ls: number; le: number; masked: string; c: Span } | null {
  const { text: old, masked: oldMasked } = docSources(prev.doc);
  const li = prev.lineIndex;
  const p = li.positionAt(start).line;
  const line = prev.doc.lines[p];
  if (!line || li.positionAt(end).line !== p || end > line.span.end) return null;
  if (/[\r\n\u0000]/.test(ins) || (end > start && /[\r\n\u0000]/.test(old.slice(start, end)))) return null;
  const ls = line.span.start;
  const le = line.span.end;
  const masked = oldMasked.slice(ls, start) + ins + oldMasked.slice(end, le);
  return { p, line, ls, le, masked, c: lineContentOf(masked, 0, masked.length) };
}

/** The context of an edit inside line p (from `ls`; its new masked text `masked`), checked (checkEdit), or why not. */
function lineEdit(prev: Analysis, start: number, end: number, ins: string, text: SourceText, p: number, ls: number, masked: string): EditCtx | string {
  const { text: old, masked: oldMasked } = docSources(prev.doc);
  const delta = ins.length - (end - start);
  const maskedSource = oldMasked === old ? text : oldMasked.edit(start, end, ins);
  const ctx: EditCtx = { prev, start, end, ins, text, maskedSource, old, oldMasked, delta, Ls: p, Le: p, from: ls, rMasked: masked };
  return checkEdit(ctx) ?? ctx;
}

/** `prev` consumed (its model is moved in place from here on): the edit's shift and the model's anchors (anchored now if not yet). */
function consume(prev: Analysis, parts: AnalysisParts, end: number, delta: number): { sh: Shift; model: Anchor[] } {
  prev.stale = true;
  const model = parts.modelAnchors ?? (parts.modelAnchors = anchorModel(prev.doc, parts.articleRegion, parts.anchors.length));
  return { sh: { shifting: delta !== 0, end, delta }, model };
}

/**
 * `prev` consumed for an edit in line [.., le) of region k whose content now ends at `lineEnd`: the units
 * `holders` (those open at the line) end on it or after it, and what follows the edit moves (the model's
 * regions after k, the references' anchors after k).
 */
function consumeLine(
  prev: Analysis, parts: AnalysisParts, end: number, delta: number, k: number, holders: readonly (Section | Chapter | Subchapter | null)[], le: number, lineEnd: number,
): { sh: Shift; model: Anchor[]; anchors: Anchor[] } {
  const { sh, model } = consume(prev, parts, end, delta);
  for (const u of holders) if (u) u.span.end = u.span.end > le ? u.span.end + delta : lineEnd;
  const anchors = parts.anchors;
  if (delta !== 0) {
    moveAfter(prev.doc, k + 1, end, delta, model);
    for (let j = k + 1; j < anchors.length; j++) anchors[j].d += delta;
  }
  return { sh, model, anchors };
}

/**
 * Whether heading line `h` (a section's, chapter's or subchapter's) leaves no title pending: a heading with its
 * title on its line, or the title line of an untitled one. Otherwise the next line that is not blank may be
 * read as its title (parseInner, isTitleLine).
 */
function headingTitled(doc: DocumentModel, h: Line): boolean {
  const hs = h.content;
  const units: (Section | Chapter | Subchapter)[] = h.kind === 'section' ? doc.sections : h.kind === 'chapter' ? doc.chapters : doc.subchapters;
  const i = lowerBound(units, hs.start, (x) => x.headSpan.start);
  const u = units[i];
  if (u && u.headSpan.start === hs.start && !!u.titleSpan && u.titleSpan.start >= hs.start && u.titleSpan.end <= hs.end) return true;
  return units[i - 1]?.titleSpan?.start === hs.start;
}

/** Whether a comment lies (in part) in [from, to). */
function commentIn(doc: DocumentModel, from: number, to: number): boolean {
  // Comments do not overlap, so their ends ascend too: the first one ending after `from`.
  const ci = lowerBound(doc.comments, from + 1, (c) => c.span.end);
  return ci < doc.comments.length && doc.comments[ci].span.start < to;
}

/**
 * The units open at line start `ls` in the region of heading line q (a section's, chapter's or subchapter's,
 * or an untitled one's title line), as the parse has them there: the last section before it; the last
 * chapter after that section's heading, unless q is a section's; q's subchapter if q is a subchapter's.
 */
function openUnitsAt(doc: DocumentModel, lines: readonly Line[], q: number, ls: number): [Section | null, Chapter | null, Subchapter | null] {
  const S = doc.sections[lowerBound(doc.sections, ls, (x) => x.headSpan.start) - 1] ?? null;
  let C: Chapter | null = lines[q].kind === 'section' ? null : doc.chapters[lowerBound(doc.chapters, ls, (x) => x.headSpan.start) - 1] ?? null;
  if (C && S && C.headSpan.start < S.headSpan.start) C = null;
  const SC = lines[q].kind === 'subchapter' ? doc.subchapters[lowerBound(doc.subchapters, ls, (x) => x.headSpan.start) - 1] ?? null : null;
  return [S, C, SC];
}

/**
 * The other way (session 19): an edit on the heading line of an article right under a section's, chapter's
 * or subchapter's heading, whose body is blank lines, that leaves the line no heading («Статья 9» →
 * «Статья »), or null when the edit is not that. The line then reads by itself as text (or is empty) in the
 * region of the heading before it: the article goes, with its region; its lines are the region's. Taken
 * when the line holds no citation and no ordinal before and after, the article no title, pins or comments,
 * and the heading before it a title; the units holding it keep their ends or end on the new text line.
 */
function headingUnmadeUnderHeading(prev: Analysis, start: number, end: number, ins: string, text: SourceText): Analysis | null {
  const parts = analysisParts(prev);
  const e = parts && oneLineEdit(prev, start, end, ins);
  if (!parts || !e || e.line.kind !== 'article') return null;
  const { p, line, ls, le, masked, c } = e;
  const doc = prev.doc;
  const { text: old, masked: oldMasked } = docSources(doc);
  const lines = doc.lines;
  const li = prev.lineIndex;
  const ai = lowerBound(doc.articles, line.content.start, (a) => a.headSpan.start);
  const B = doc.articles[ai];
  if (!B || B.headSpan.start !== line.content.start) return null;
  const content = masked.slice(c.start, c.end);
  if (headingOf(content)) return null;
  // The region before it: a section's, chapter's or subchapter's heading line q, then text or blank lines.
  const q = headingRegionOf(lines, p);
  if (q < 0) return null;
  for (let i = q + 1; i < p; i++) if (lines[i].kind !== 'text' && lines[i].kind !== 'blank') return null;
  const nx = nextRegionStart(lines, p + 1, p);
  if (nx < 0) return null;
  for (let i = p + 1; i < nx; i++) if (lines[i].kind !== 'blank') return null;
  if (nx < lines.length && malformedLine(oldMasked, lines[nx])) return null;
  if (B.title !== undefined || B.priorPins.length > 0 || B.excluded || B.amending) return null;
  const newKind: Line['kind'] = c.end > c.start ? 'text' : 'blank';
  if (newKind === 'text' && !readsAsPreamble(masked, c.start, c.end, false)) return null;
  if (!headingTitled(doc, lines[q])) return null;
  const regionEnd = nx < lines.length ? lines[nx].span.start : old.length + 1;
  if (commentIn(doc, lines[q].span.start, regionEnd)) return null;
  const refs = prev.references;
  if (lowerBound(refs, regionEnd, (x) => x.ref.span.start) > lowerBound(refs, ls, (x) => x.ref.span.start)) return null;
  if (lowerBound(parts.ordinals, le + 1, (x) => x.span.start) > lowerBound(parts.ordinals, ls, (x) => x.span.start)) return null;
  const k = regionOfLine(doc, li, parts, q);
  if (k < 0) return null;
  if (parts.articleRegion[ai] !== k + 1) return null;
  if (parts.resolutionStart.length !== prev.targets.length + 1) return null;
  // The new text line cites nothing and has no ordinal (else its references would be read again).
  if (newKind === 'text') {
    const scan = scanLine(masked, c.start, c.end, doc.lang, ls, false, parts.anchors[k]);
    if (scan.references.length > 0 || scan.ordinals.length > 0) return null;
  }
  const S = B.section ?? null;
  const C = B.chapter ?? null;
  const SC = doc.subchapters.find((u) => u.articles.includes(B)) ?? null;
  if (contentsChange(doc, S, C, false)) return null;
  // The holders end after it, or on it (then on the new text line; a blank one would move their ends back).
  for (const u of [S, C, SC]) if (u && u.span.end <= le && newKind === 'blank') return null;
  const ctx = lineEdit(prev, start, end, ins, text, p, ls, masked);
  if (typeof ctx === 'string') return null;
  const { delta, maskedSource } = ctx;

  // From here on `prev` is consumed: its model is moved in place.
  // (The article's own region moves too: its blank lines are read below at their new offsets.)
  const { sh, model, anchors } = consumeLine(prev, parts, end, delta, k, [S, C, SC], le, ls + c.end);
  // The line and the blank lines after it: the region's before it (anchored to its anchor, as anchorModel does).
  const map = new Map<Span, Span>();
  const rowOf = (a: number, b: number, sa: number, sb: number, kind: Line['kind']): LineRow => {
    const r = new LineRow(a, b, sa, sb, kind);
    if (k > 0) anchorLine(r, model[k], map);
    return r;
  };
  lines[p] = rowOf(ls + c.start, ls + c.end, ls, le + delta, newKind);
  for (let i = p + 1; i < nx; i++) {
    const l = lines[i];
    lines[i] = rowOf(l.content.start, l.content.end, l.span.start, l.span.end, 'blank');
  }
  model.splice(k + 1, 1);
  anchors.splice(k + 1, 1);
  const articles = doc.articles.slice();
  articles.splice(ai, 1);
  for (let i = ai; i < articles.length; i++) articles[i].index = i;
  spliceNumberColumn(doc.articles, articles, ai, 1, 0);
  for (const u of [S, C, SC]) if (u) u.articles.splice(u.articles.indexOf(B), 1);
  const key = canonical(B.number.text);
  numberLeft(doc.articleByNumber, articles, key, B, ai);
  const oldRegion = parts.articleRegion;
  const articleRegion = new Int32Array(articles.length);
  articleRegion.set(oldRegion.subarray(0, ai));
  for (let i = ai + 1; i < oldRegion.length; i++) articleRegion[i - 1] = oldRegion[i] - 1;
  return articleCameOrWent({
    prev, parts, text, maskedSource, heads: ctx.heads, articles, key, ai, added: null, lineIndex: shiftedLineIndex(text, li, p, [], 0, delta), sh,
    anchors, articleRegion, model, invisible: invisibleOfLine(parts, old, ls, le, start, end, ins, masked, sh),
  });
}

/**
 * The analysis after article `added` came at index `ai` (or, `added` null, the article at `ai` went) under a
 * section's, chapter's or subchapter's heading (session 19), its model updated in place: the new document
 * model (its problems moved by the shift), the duplicated numbers for `key`, the sequences checked again (the
 * new article validated, the others' problems kept), the citations its coming or going can change resolved
 * again (resolvedForNumber).
 */
function articleCameOrWent(o: {
  prev: Analysis; parts: AnalysisParts; text: SourceText; maskedSource: SourceText; heads: LangHeads | undefined; articles: Article[]; key: string; ai: number;
  added: Article | null; lineIndex: ReturnType<typeof parsedLineIndex>; sh: Shift; anchors: Anchor[]; articleRegion: Int32Array; model: Anchor[]; invisible: Problem[];
}): Analysis {
  const { prev, parts, text, articles, ai, added, lineIndex, sh } = o;
  const doc = prev.doc;
  const newDoc: DocumentModel = {
    text: '', masked: '', lang: doc.lang, lines: doc.lines, titleLines: doc.titleLines, preamble: doc.preamble,
    sections: doc.sections, chapters: doc.chapters, subchapters: doc.subchapters, articles, comments: doc.comments,
    problems: doc.problems.length === 0 || !sh.shifting ? doc.problems : doc.problems.map((x) => shiftedProblem(sh, x)),
    articleByNumber: doc.articleByNumber, kazakh: doc.kazakh,
  };
  setDocSources(newDoc, text, o.maskedSource);
  setLangHeads(newDoc, o.heads);
  renumberedDuplicates(doc, newDoc, articles, [o.key]);
  const validation: Problem[] = [];
  validateStructure(newDoc, lineIndex, validation);
  const oldVal = parts.validation;
  const oldStart = parts.articleStart;
  const articleStart = new Int32Array(articles.length + 1);
  for (let i = 0; i < articles.length; i++) {
    articleStart[i] = validation.length;
    if (added && i === ai) { validateArticle(added, lineIndex, validation, newDoc); continue; }
    const j = i < ai ? i : added ? i - 1 : i + 1;
    for (let x = oldStart[j]; x < oldStart[j + 1]; x++) validation.push(shiftedProblem(sh, oldVal[x]));
  }
  articleStart[articles.length] = validation.length;
  const { resolution, resolutionStart } = resolvedForNumber(prev, newDoc, o.key, parts, sh);
  const newParts: AnalysisParts = {
    validation, articleStart, resolution, resolutionStart,
    ordinals: !sh.shifting ? parts.ordinals : parts.ordinals.map((x) => shiftedProblem(sh, x)), invisible: o.invisible,
    anchors: o.anchors, articleRegion: o.articleRegion, modelAnchors: o.model,
  };
  const an = makeAnalysis({
    text, lang: newDoc.lang, doc: newDoc, lineIndex, references: prev.references, targets: prev.targets, diagnostics: sortedDiagnostics(newDoc, newParts, lineIndex),
    incremental: true,
  });
  setAnalysisParts(an, newParts);
  return an;
}

/**
 * After an article bearing number `key` came or went (session 19, under a heading), the citations its
 * coming or going can change, resolved again in place in `prev`'s targets (consumed): those of its number,
 * of ranges of articles, and the unresolved ones with its number's base (their quick fix offers the numbers
 * with that base); the resolution problems merged (the others' moved by the shift).
 */
function resolvedForNumber(prev: Analysis, newDoc: DocumentModel, key: string, parts: AnalysisParts, sh: Shift): { resolution: Problem[]; resolutionStart: number[] } {
  const targets = prev.targets;
  const refs = prev.references;
  const keys = [key];
  const keyBases = new Set([parseInt(key, 10)]);
  const bases = new ArticleBases(newDoc);
  const fresh = new Map<ResolvedTarget, Problem[]>();
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    const al = t.target.article;
    if (!citesNumbers(t, keys, keyBases) && !(al?.kind === 'num' && al.rangeEnd && t.target.unit === 'article')) continue;
    const pr: Problem[] = [];
    const x = resolveTarget(newDoc, t.ref, t.target, { article: t.context, paragraph: paragraphOfRef(refs, t.ref) }, pr, bases);
    fresh.set(x, pr);
    targets[i] = x;
  }
  // (What each target reads is counted again at the next edit that needs it.)
  READS.delete(targets);
  return fresh.size === 0 && !sh.shifting
    ? { resolution: parts.resolution, resolutionStart: parts.resolutionStart }
    : mergedResolution(targets, fresh, parts.resolution, parts.resolutionStart, 0, 0, 0, sh);
}

/**
 * Whether target `t` cites one of the article numbers `keys` (canonical), or is unresolved with a number whose
 * base is in `bases`: its quick fix offers the numbers with its base (resolve.ts ArticleBases: «7» → «7-1»),
 * which change when an article bearing one of `keys` comes, goes or is renumbered.
 */
function citesNumbers(t: ResolvedTarget, keys: readonly string[], bases: ReadonlySet<number>): boolean {
  const al = t.target.article;
  if (!al || al.kind !== 'num') return false;
  return keys.includes(canonical(al.num.text)) || (!t.ok && bases.has(parseInt(al.num.text, 10)));
}

/** The paragraph context of reference `ref` (its entry in the analysis's sorted references, found by its offset). */
function paragraphOfRef(refs: Analysis['references'], ref: RawReference): Paragraph | null {
  for (let k = lowerBound(refs, ref.span.start, (x) => x.ref.span.start); k < refs.length; k++) if (refs[k].ref === ref) return refs[k].paragraph;
  return null;
}

/** The invisible-character problems after an edit of line [ls, le): the line's found again, the others kept (moved after it). */
function invisibleOfLine(parts: AnalysisParts, old: SourceText, ls: number, le: number, start: number, end: number, ins: string, masked: string, sh: Shift): Problem[] {
  const oldInv = parts.invisible;
  const i0 = lowerBound(oldInv, ls, (x) => x.span.start);
  const i1 = lowerBound(oldInv, le + 1, (x) => x.span.start);
  const invisible = oldInv.slice(0, i0);
  const lead = ls > 0 ? '\n' : '';
  for (const x of invisibleProblems(lead + old.slice(ls, start) + ins + old.slice(end, le), lead + masked)) {
    const b = ls - lead.length;
    invisible.push({ code: x.code, severity: x.severity, args: x.args, span: { start: x.span.start + b, end: x.span.end + b }, message: x.message, data: x.data });
  }
  for (let x = i1; x < oldInv.length; x++) invisible.push(shiftedProblem(sh, oldInv[x]));
  return invisible;
}

/**
 * Moves lines [from, to) of region k by `delta`, one by one (a span shared by a line's content and span once),
 * and the references of the regions after k by their anchors (`anchors`: the analysis's reference anchors).
 */
function moveRegionTail(lines: readonly Line[], from: number, to: number, delta: number, anchors: Anchor[], k: number): void {
  const moved = new Set<Span>();
  for (let i = from; i < to; i++) {
    const l = lines[i];
    for (const x of [l.content, l.span]) {
      if (moved.has(x)) continue;
      moved.add(x);
      x.start += delta;
      x.end += delta;
    }
  }
  for (let j = k + 1; j < anchors.length; j++) anchors[j].d += delta;
}

/**
 * Blank lines typed or deleted in the region of a section's, chapter's or subchapter's heading (session 19:
 * Enter at the end of «Раздел II. …» before its first article, and Backspace on the empty line, were full
 * analyses), or null when the edit is not that (the other paths decide): line breaks only («\n» or
 * «\r\n» each) typed at a line's start, or removed there with the empty lines they end, after a line break
 * «\n», in a region whose lines after its heading are text or blank and hold no citation after the edit and
 * no comment. Blank lines decide nothing in the parse there: an untitled heading takes the next line that
 * is not blank as its title, a text line is read by itself, units end with their last line that is not
 * blank, and no note is open (the heading closed any; the region holds none). So the model changes by the
 * lines alone: the new ones (blank, at their offsets) put in, or the empty ones taken out, everything after
 * them moved (the region's later lines one by one, the later regions by their anchors, the units holding the
 * region by their ends), the line index shifted by lines, and the line numbers the numbering problems name.
 */
function blankLinesPath(prev: Analysis, start: number, end: number, ins: string, text: SourceText): Analysis | string | null {
  const parts = analysisParts(prev);
  if (!parts) return null;
  const doc = prev.doc;
  const { text: old, masked: oldMasked } = docSources(doc);
  const lines = doc.lines;
  const li = prev.lineIndex;
  const cut = start === end ? ins : ins === '' ? old.slice(start, end) : '';
  if (cut.length === 0 || (start !== end && ins !== '')) return null;
  const w = /^\n+$/.test(cut) ? 1 : /^(?:\r\n)+$/.test(cut) ? 2 : 0;
  if (w === 0) return null;
  const m = (start === end ? 1 : -1) * (cut.length / w);
  const p = li.positionAt(start).line;
  if (p < 1 || p >= lines.length || lines[p].span.start !== start || old.charCodeAt(start - 1) !== 10) return null;
  // The lines removed are empty, blank and wholly removed (their line breaks); a line follows them.
  if (m < 0) {
    if (p - m >= lines.length || lines[p - m].span.start !== end) return null;
    for (let i = p; i < p - m; i++) if (lines[i].kind !== 'blank' || lines[i].span.end !== lines[i].span.start) return null;
  }
  // The region: its heading line q (a section's, chapter's or subchapter's), its lines up to the next region's start fh.
  const q = headingRegionOf(lines, p);
  if (q < 0) return null;
  const fh = nextRegionStart(lines, p, p);
  if (fh < 0) return 'long region';
  for (let i = q + 1; i < fh; i++) if (lines[i].kind !== 'text' && lines[i].kind !== 'blank') return 'lines under a heading';
  const regionEnd = fh < lines.length ? lines[fh].span.start : old.length + 1;
  const refs = prev.references;
  if (lowerBound(refs, regionEnd, (x) => x.ref.span.start) > lowerBound(refs, start, (x) => x.ref.span.start)) return 'citations after new lines';
  if (commentIn(doc, lines[q].span.start, regionEnd)) return 'comment';
  const k = regionOfLine(doc, li, parts, q);
  if (k < 0) return 'long region';
  const delta = ins.length - (end - start);
  const maskedSource = oldMasked === old ? text : oldMasked.edit(start, end, ins);
  const ctx: EditCtx = { prev, start, end, ins, text, maskedSource, old, oldMasked, delta, Ls: p, Le: m < 0 ? p - m : p, from: start, rMasked: ins };
  const bad = checkEdit(ctx);
  if (bad) return bad;

  // From here on `prev` is consumed: its model is moved in place.
  prev.stale = true;
  const sh: Shift = { shifting: true, end, delta };
  const model = parts.modelAnchors ?? (parts.modelAnchors = anchorModel(doc, parts.articleRegion, parts.anchors.length));
  // The units holding the region (the last of each kind whose heading is before the edit): their ends, and
  // an untitled heading's title on a line after the edit. (Before moveAfter: it moves the units after.)
  for (const units of [doc.sections, doc.chapters, doc.subchapters] as (Section | Chapter | Subchapter)[][]) {
    const u = units[lowerBound(units, start, (x) => x.headSpan.start) - 1];
    if (!u) continue;
    if (u.span.end >= end) u.span.end += delta;
    if (u.titleSpan && u.titleSpan.start >= end) u.titleSpan = { start: u.titleSpan.start + delta, end: u.titleSpan.end + delta };
  }
  moveAfter(doc, k + 1, end, delta, model);
  const anchors = parts.anchors;
  moveRegionTail(lines, m < 0 ? p - m : p, fh, delta, anchors, k);
  const added: Line[] = [];
  for (let i = 0; i < m; i++) {
    const row = new LineRow(start + i * w, start + i * w, start + i * w, start + i * w, 'blank');
    if (k > 0) anchorLine(row, model[k], new Map());
    added.push(row);
  }
  lines.splice(p, m < 0 ? -m : 0, ...added);
  const lineIndex = shiftedLineIndex(text, li, p - 1, added.map((l) => l.span.start), m, delta);
  const articles = doc.articles.slice();
  if (articles.length > 0) carryNumberColumn(doc.articles, articles, 0);
  const newDoc: DocumentModel = {
    text: '', masked: '', lang: doc.lang, lines, titleLines: doc.titleLines, preamble: doc.preamble,
    sections: doc.sections, chapters: doc.chapters, subchapters: doc.subchapters, articles, comments: doc.comments,
    problems: doc.problems.length === 0 ? doc.problems : doc.problems.map((x) => shiftedProblem(sh, x)),
    articleByNumber: doc.articleByNumber, kazakh: doc.kazakh,
  };
  setDocSources(newDoc, text, maskedSource);
  setLangHeads(newDoc, ctx.heads);
  shareDuplicatedNumbers(doc, newDoc);
  // The numbering problems name the line of the first unit of a number (validate.ts): lines after the edit move by m.
  const validation = parts.validation.map((x) => {
    const fl = x.args.firstLine;
    return typeof fl === 'number' && fl - 1 >= p ? problem(x.code, shifted(sh, x.span), { ...x.args, firstLine: fl + m }, x.data) : shiftedProblem(sh, x);
  });
  const newParts: AnalysisParts = {
    validation, articleStart: parts.articleStart,
    resolution: parts.resolution.map((x) => shiftedProblem(sh, x)), resolutionStart: parts.resolutionStart,
    ordinals: parts.ordinals.map((x) => shiftedProblem(sh, x)), invisible: parts.invisible.map((x) => shiftedProblem(sh, x)),
    anchors, articleRegion: parts.articleRegion, modelAnchors: model,
  };
  const an = makeAnalysis({
    text, lang: newDoc.lang, doc: newDoc, lineIndex, references: refs, targets: prev.targets, diagnostics: sortedDiagnostics(newDoc, newParts, lineIndex),
    incremental: true,
  });
  setAnalysisParts(an, newParts);
  return an;
}

/**
 * Whether a preamble line before line p is an amending sentence (analyze: the citations outside articles
 * after one are external). Preamble lines stand before every heading: the search stops at the first.
 */
function amendingBefore(doc: DocumentModel, masked: SourceText, p: number): boolean {
  const lines = doc.lines;
  for (let i = 0; i < p && !regionStart(lines[i]); i++) {
    const l = lines[i];
    if (l.kind === 'preamble' && l.content.end - l.content.start < 2000 && amendingSentence(masked.slice(l.content.start, l.content.end))) return true;
  }
  return false;
}

/**
 * The index among the anchors of the region that holds line p (a section's, chapter's or subchapter's
 * heading line, which starts it, or a line of text after one): counted back from the next article's
 * region (a few lines in a well-formed text), or -1 when that is more than a few hundred lines away.
 */
function regionOfLine(doc: DocumentModel, li: Analysis['lineIndex'], parts: AnalysisParts, p: number): number {
  const lines = doc.lines;
  const ai = lowerBound(doc.articles, lines[p].content.start + 1, (a) => a.headSpan.start);
  const to = ai < doc.articles.length ? li.positionAt(doc.articles[ai].headSpan.start).line : lines.length;
  if (to - p > 4 * PREAMBLE_LINES) return -1;
  let after = 0;
  for (let i = p + 1; i < to; i++) if (regionStart(lines[i])) after++;
  return (ai < doc.articles.length ? parts.articleRegion[ai] : parts.anchors.length) - after - 1;
}

/** The article whose body holds the edit, or why the fast path does not apply. */
function locate(prev: Analysis, start: number, end: number, ins: string, text: SourceText, merge = false): Region | string {
  const parts = analysisParts(prev);
  if (!parts) return 'no parts';
  const doc = prev.doc;
  const { text: old, masked: oldMasked } = docSources(doc);
  const n = old.length;
  const lines = doc.lines;
  if (lines.length === 0) return 'no lines';
  if (doc.articles.length === 0) return BEFORE_FIRST;
  if (ins.includes('\u0000') || (end > start && old.slice(start, end).includes('\u0000'))) return 'NUL';

  // Lines typed at the very start of a heading line (an insertion that ends with a line break: Enter there,
  // or Enter at the end of the heading line before it, lineBreakMoved): the same text as new lines at the
  // end of the region before the heading, which takes them.
  const beforeLine = start === end && ins.endsWith('\n');
  // The article whose heading precedes the edit.
  let ai = lowerBound(doc.articles, start + 1, (a) => a.headSpan.start) - 1;
  if (beforeLine && ai > 0 && doc.articles[ai].headSpan.start === start) ai--;
  if (ai < 0) return BEFORE_FIRST;
  const li = prev.lineIndex;
  const Ls = li.positionAt(start).line;
  const Le = li.positionAt(end).line;
  // mergeRegion: the edit touches the heading line of the article after A, which may stop being one.
  if (merge && li.positionAt(doc.articles[ai].headSpan.start).line === Ls) ai--;
  if (ai < 0) return BEFORE_FIRST;
  const A = doc.articles[ai];
  const h = li.positionAt(A.headSpan.start).line;
  if (lines[h].kind !== 'article' || Ls < h) return 'heading line';
  if (merge && Ls === h) return 'heading line';
  const delta = ins.length - (end - start);
  // An edit inside the text of a comment in the body (a note typed): masked, it is spaces (commentEdit).
  const comment = commentEdit(doc.comments, old, start, end, ins);
  if (typeof comment === 'string') return comment;
  if (comment && (Ls === h || merge)) return 'comment on a heading line';
  const mIns = comment ? ' '.repeat(ins.length) : ins;
  // An edit on the heading line itself: its title typed, the heading read again (headingEdit).
  let head: HeadEdit | undefined;
  if (Ls === h) {
    if (malformedLine(oldMasked, lines[h])) return MALFORMED;
    const hd = headingEdit(A, lines[h], start, end, ins, oldMasked, delta);
    if (typeof hd === 'string') return hd;
    head = hd;
  }
  if (h + 1 >= lines.length) return 'heading at the end';
  // The next heading line (article, section, chapter or subchapter) ends the article's region.
  let nx = h + 1;
  while (nx < lines.length && !regionStart(lines[nx])) nx++;
  let removed = 0;
  if (merge) {
    // The heading line that ends A's region is the next article's (B: same section, chapter and
    // subchapter, as no other heading stands between), the edit touches it, and B's region is taken in.
    const B = doc.articles[ai + 1];
    if (!B || nx >= lines.length || lines[nx].kind !== 'article' || li.positionAt(B.headSpan.start).line !== nx || Le < nx || (beforeLine && start === lines[nx].span.start)) return NEXT_HEADING;
    removed = 1;
    nx++;
    while (nx < lines.length && !regionStart(lines[nx])) nx++;
  }
  if (nx < lines.length && malformedLine(oldMasked, lines[nx])) return MALFORMED_NEXT;
  const atNext = beforeLine && Le === nx && start === lines[nx].span.start;
  if (Le >= nx && !atNext) return NEXT_HEADING;
  const from = lines[h + 1].span.start;
  const atDocEnd = nx >= lines.length;
  const regionEnd = atDocEnd ? n + 1 : lines[nx].span.start;
  // The line break before the next heading stays as it is.
  if (!atDocEnd && end > lines[nx - 1].span.end && !atNext) return 'line break before a heading';

  // The region's new text only (the document's new text is not read, so not flattened, here). An edit
  // on the heading line leaves the body's text as it was (moved by delta).
  const sliceEnd = Math.min(regionEnd, n);
  const rText = head ? old.slice(from, sliceEnd) : old.slice(from, start) + ins + old.slice(end, sliceEnd);
  const sameMask = oldMasked === old;
  const rMasked = sameMask ? rText : head ? oldMasked.slice(from, sliceEnd) : oldMasked.slice(from, start) + mIns + oldMasked.slice(end, sliceEnd);
  const maskedSource = sameMask ? text : oldMasked.edit(start, end, mIns);
  return {
    prev, parts, start, end, ins, text, maskedSource, old, oldMasked, delta, shifting: delta !== 0, ai, A, h, nx, Ls, Le, from, regionEnd,
    atDocEnd, rText, rMasked, nFrom: head ? from + delta : from, scanFrom: head ? lines[h].span.start : from, head, comment: comment ?? undefined,
    removed,
  };
}

const MALFORMED = 'malformed heading';
const MALFORMED_NEXT = 'malformed heading next';

/**
 * Whether line `l` is a malformed article heading: «3. Общие положения» without the heading's word, read as
 * article 3's heading (with a heading-malformed problem, the model's) only because the article before is
 * article 2 and its last paragraph is not 2 (parser.ts malformedHeading). An edit of that article (a
 * paragraph added, the article renumbered or unmade) or of the line may make it a paragraph: left to a full
 * analysis. (Found by scripts/incremental-campaign.ts: «3. Осы баптың … қолданылмайды» + «.».)
 */
function malformedLine(oldMasked: SourceText, l: Line): boolean {
  return l.kind === 'article' && !headingOf(oldMasked.slice(l.content.start, l.content.end), l.content.start);
}

/** An article's heading line after an edit of its title (headingEdit). */
interface HeadEdit {
  /** The new line (its content span is the article's heading span), at its new offsets. */
  line: LineRow;
  title: string | undefined;
  titleSpan: Span | undefined;
  /** The line's new masked text, from the line's start (no comment stands on it: checkEdit). */
  masked: string;
  /** The article's new number, when the edit changed it («Статья 12» → «Статья 12-1»), at its new offsets. */
  number?: UnitNumber;
}

/**
 * The heading line of `A` read again after an edit on it, or why the fast path does not apply. Taken when
 * the line stays the heading of an article: the edit lies at or after the article's number and within
 * the line (no line break typed or removed), and the new line reads, by itself, as an article heading
 * whose number starts at the same place. A number changed is given as `number` (session 16: the article
 * renumbered; a full analysis before). What the parse decides from the line's context does not change
 * then: the quoted wording of an amending article before it (decided by the lines before; the line was a
 * heading) and the article's own exclusion note (only a title that starts with «исключена», which is
 * left to the full analysis, as is any title that marks the article excluded). What the title decides
 * for the body (an amending title) is read by the body's re-parse (reparseArticle).
 */
function headingEdit(A: Article, line: Line, start: number, end: number, ins: string, oldMasked: SourceText, delta: number): HeadEdit | string {
  const ls = line.span.start;
  const le = line.span.end;
  if (start < A.number.span.start) return 'heading word';
  if (end > le || ins.includes('\n') || ins.includes('\r')) return 'line break on a heading';
  const masked = oldMasked.slice(ls, start) + ins + oldMasked.slice(end, le);
  const c = lineContentOf(masked, 0, masked.length);
  if (ls + c.start !== A.headSpan.start) return 'heading moved';
  const hd = headingOf(masked.slice(c.start, c.end), ls + c.start);
  if (!hd || hd.kind !== 'article' || hd.number.span.start !== A.number.span.start) return 'heading changed';
  if (titleExcluded(hd.title) || titleExcluded(A.title)) return 'excluded title';
  return { line: new LineRow(ls + c.start, ls + c.end, ls, le + delta, 'article'), title: hd.title, titleSpan: hd.titleSpan, masked, number: hd.number.text === A.number.text ? undefined : hd.number };
}

/** Why the edit may change more than the article's body (line breaks, comments, language), or null. */
function checkEdit(r: EditCtx): string | null {
  const { prev, start, end, ins, from, Ls, Le, old } = r;
  const doc = prev.doc;
  const n = old.length;
  const lines = doc.lines;
  // A lone \r ending the heading followed by a new \n would merge into one line break.
  if (from > 0 && old.charCodeAt(from - 1) === 13 && r.rMasked.charCodeAt(0) === 10) return 'line break after the heading';

  // Comments: none on the edited lines, no delimiter created or removed; or the edit lies inside the text
  // of one, which stays a plain comment ending where it did, moved by delta (commentEdit): every other
  // comment, and every delimiter, stays as it was.
  const affStart = lines[Ls].span.start;
  const affEnd = Le + 1 < lines.length ? lines[Le + 1].span.start : n;
  if (!r.comment) {
    // Comments do not overlap, so their ends ascend too: the first one ending after affStart.
    for (let i = lowerBound(doc.comments, affStart + 1, (c) => c.span.end); i < doc.comments.length; i++) {
      const c = doc.comments[i];
      if (c.span.start >= affEnd) break;
      if (c.span.end > affStart) return 'comment';
    }
    if (hasDelimiter(old.slice(affStart, affEnd)) || hasDelimiter(old.slice(affStart, start) + ins + old.slice(end, affEnd))) return 'comment delimiter';
  }

  // Language: the sample (first 200,000 characters) is unchanged, or gives the same language.
  if (start >= LANG_SAMPLE && n > LANG_SAMPLE) {
    r.heads = langHeads(doc);
  } else {
    const heads = sameLanguage(r, affStart, affEnd);
    if (!heads) return 'language';
    r.heads = heads;
  }
  // Whether the act is a Kazakh one is read from its beginning (the ordinal rule of Law No. 480-V).
  if (start < ACT_HEAD && kazakhAct(r.maskedSource.slice(0, ACT_HEAD), prev.lang) !== prev.doc.kazakh) return 'act origin';
  return null;
}

/** Line breaks (\n, \r, U+2028, U+2029) in s. */
function breaks(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) k++;
  }
  return k;
}

/**
 * The heading counts of the new text's language sample if it gives the language of the previous one, else
 * null. Counting the sample again reads 200,000 characters (≈ 2 ms); most edits are proved not to change
 * the answer without it. detectLanguage tries its patterns at line starts, and a match reads one line, or
 * runs of blank lines after a line of «#» (Markdown headings). So only these line starts can match
 * differently after the edit: the edited lines before and after it, the lines the sample's end passes
 * over when the edit moves it, the line it cuts before and after, and one «#» line before the edit. Each
 * can change the kk count by 2 (article and section patterns) and the others by 1. The counts, off by at
 * most that (`slack`, kept with the model), still give the same language while its count stays ≥ 2 and
 * above every other by more than both slacks; else the sample is counted again (slack 0).
 */
function sameLanguage(r: EditCtx, affStart: number, affEnd: number): LangHeads | null {
  const { prev, oldMasked, delta, ins } = r;
  const n = oldMasked.length;
  const was = langHeads(prev.doc);
  if (was) {
    // The edited lines before (b + 1) and after the edit (at most b + breaks(ins) + 1), one «#» line.
    const b = breaks(oldMasked.slice(affStart, affEnd));
    let lines = (b + 1) + (b + breaks(ins) + 1) + 1;
    if (Math.max(n, n + delta) > LANG_SAMPLE) {
      lines += breaks(oldMasked.slice(Math.min(n, LANG_SAMPLE - Math.max(0, delta)), Math.min(n, LANG_SAMPLE - Math.min(0, delta)))) + 2;
    }
    const slack = was.slack + 2 * lines;
    const own = was[prev.lang];
    const other = Math.max(...(['kk', 'ru', 'en'] as const).filter((l) => l !== prev.lang).map((l) => was[l]));
    if (own - slack >= 2 && own - slack > other + slack) return { ...was, slack };
  }
  incrementalStats.languageCounted++;
  const again = detectLanguageHeads(r.maskedSource.slice(0, LANG_SAMPLE));
  return again.lang === prev.lang ? again.heads : null;
}

/**
 * An article that a heading typed or pasted in the edited article's body opens (session 18: «Статья 13»
 * typed on a new line was a full analysis): the article, its heading line and its body's lines.
 */
interface Opened {
  article: Article;
  line: LineRow;
  lines: Line[];
}

/**
 * The edited article's body parsed again (a new Article), or why the fast path does not apply. An article
 * heading in the body ends it there, as the parser reads it (parseArticleBody's `split`): the articles it
 * opens are read too (`opened`, in order), in the edited article's section, chapter and subchapter. Left to
 * a full analysis then: an edit on the heading line or in a comment, prior annotations in the region, an
 * amending article (its quoted wording decides what a heading is), and an excluded article right after
 * the region (whose heading may be the new article's own exclusion note, parser.ts ownExclusionNote).
 */
function reparseArticle(r: Region): { newA: Article; body: NonNullable<ReturnType<typeof parseArticleBody>>; opened: Opened[] } | string {
  const { prev, A, from, nFrom, regionEnd, atDocEnd, rText, rMasked, head } = r;
  const doc = prev.doc;
  // The comments of the region at their new offsets (for the pins the re-parse reads).
  const comments: Comment[] = [];
  for (let i = lowerBound(doc.comments, from, (c) => c.span.start); i < doc.comments.length; i++) {
    const c = doc.comments[i];
    if (c.span.start >= regionEnd) break;
    if (c === r.comment?.c) comments.push({ span: { start: c.span.start, end: c.span.end + r.delta }, text: r.comment.text });
    else comments.push({ span: shifted(r, c.span), text: c.text });
  }
  const priorPinsBefore = A.priorPins.filter((p) => p.span.start < from);
  const oldInBody = A.priorPins.length - priorPinsBefore.length;
  const newA = articleShell(A, head?.number ?? A.number, priorPinsBefore.length === 0 ? NO_PINS : priorPinsBefore, head && { headSpan: head.line, title: head.title, titleSpan: head.titleSpan });
  const to = atDocEnd ? rText.length + 1 : rText.length;
  const taken = doc.articles.slice(r.ai + 1, r.ai + 1 + r.removed);
  const split = !head && !r.comment && !A.amending && !taken.some((x) => x.amending);
  if (r.removed > 0 && !split) return 'amending';
  const body = parseArticleBody(rText, rMasked, nFrom, to, comments, newA, split);
  if (!body) return 'new heading';
  const opened: Opened[] = [];
  let last = body;
  for (let next = body.next; next; next = last.next) {
    const B = openArticle(next.heading, next.line, A.section, A.chapter, r.ai + 1 + opened.length);
    const b = parseArticleBody(rText, rMasked, nFrom, to, comments, B, true, next.from);
    if (!b) return 'new heading';
    opened.push({ article: B, line: next.line, lines: b.lines });
    last = b;
  }
  if (opened.length > 0 || r.removed > 0) {
    if (A.priorPins.length > 0 || taken.some((x) => x.priorPins.length > 0) || comments.length > 0) return 'pins';
    if (!atDocEnd && titleExcluded(doc.articles[r.ai + 1 + r.removed]?.title)) return 'new heading before an excluded article';
  }
  if (last.endPos !== regionEnd + r.delta) return 'region end moved';
  // «Статья 13 исключена.» right after the article is its own exclusion note, not a heading, once the
  // article's number is 13 (parser.ts ownExclusionNote): a renumbered article before an excluded one is
  // left to a full analysis.
  if (head?.number && !atDocEnd && titleExcluded(doc.articles[r.ai + 1]?.title)) return 'renumbered before an excluded article';
  if (!atDocEnd) {
    // Pins waiting at the end of the region go to the next heading: the same number as before.
    if (body.pending.length !== body.pinsSeen - oldInBody) return 'pins';
  } else {
    for (const pin of body.pending) addPriorPin(newA, pin);
  }
  markExcludedByNote(newA, rMasked, nFrom);
  markAmending(newA, rMasked, nFrom);
  // An article that starts or stops amending other acts changes what its heading's citations are.
  if (!!newA.amending !== !!A.amending) return 'amending';
  for (const o of opened) {
    markExcludedByNote(o.article, rMasked, nFrom);
    markAmending(o.article, rMasked, nFrom);
    if (o.article.amending) return 'amending';
  }
  return { newA, body, opened };
}

/**
 * Structure, updated in place: the edited article is replaced by its re-parse; every span after the edit
 * moves by `delta` (lines, units, comments); the section and chapter holding the article end where it now
 * ends. `prev` is consumed: from here on its model no longer matches its text (prev.stale).
 * Span ownership (parser.ts): a line's content span (which may be its span itself) is shared with the
 * heading span of the unit on it and with article.lines, so it moves with the line; articles, sections,
 * chapters and subchapters own span, titleSpan and number.span, while a paragraph or subparagraph
 * derives all three from its heading span (parser.ts BodyUnit); comments own their spans (pins and
 * problems copy them).
 */
function moveStructure(r: Region, newA: Article, bodyLines: Line[], opened: Opened[]): {
  articles: Article[]; newDoc: DocumentModel; lineIndex: ReturnType<typeof parsedLineIndex>; lineDelta: number; keys: string[] | null;
} {
  const { prev, A, ai, delta, h, nx, regionEnd } = r;
  const doc = prev.doc;
  const lines = doc.lines;
  prev.stale = true;
  const S = A.section;
  const C = A.chapter;
  const added = opened.map((o) => o.article);
  const k = added.length;
  const removed = r.removed;
  const taken = doc.articles.slice(ai + 1, ai + 1 + removed);
  // The model's spans read through their region's anchor from the first edit of a lineage on; the
  // re-parsed article's new spans are anchored to its region.
  const model = r.parts.modelAnchors ?? (r.parts.modelAnchors = anchorModel(doc, r.parts.articleRegion, r.parts.anchors.length));
  const region = r.parts.articleRegion[ai];
  anchorArticle(newA, r.head ? [r.head.line, ...bodyLines] : bodyLines, model[region], new Map());
  if (r.shifting) moveAfter(doc, region + 1, r.end, delta, model);
  // Each opened article is a region of its own, after the edited one's (its spans are at their new offsets).
  // (The regions of the articles taken in go: their lines are the edited article's.)
  if (k > 0 || removed > 0) {
    const fresh: Anchor[] = opened.map(() => ({ d: 0 }));
    for (let j = 0; j < k; j++) anchorArticle(added[j], [opened[j].line, ...opened[j].lines], fresh[j], new Map());
    model.splice(region + 1, removed, ...fresh);
  }
  // The comment whose text was edited (commentEdit) starts before the edit: moveAfter left it.
  if (r.comment) {
    const c = r.comment.c;
    c.span.end += delta;
    c.text = r.comment.text;
  }
  // The section, chapter and subchapter («Параграф 1») holding the article, if any (their headings precede
  // the edit: not moved), hold the opened articles too, after it.
  const last = k > 0 ? added[k - 1] : newA;
  const holders: (Section | Chapter | Subchapter)[] = [];
  if (S) holders.push(S);
  if (C) holders.push(C);
  for (const u of doc.subchapters) if (u.articles.includes(A)) holders.push(u);
  for (const u of holders) {
    u.span.end = u.span.end >= regionEnd ? u.span.end + delta : last.span.end;
    const i = u.articles.indexOf(A);
    if (i < 0) continue;
    u.articles[i] = newA;
    if (k > 0 || removed > 0) u.articles.splice(i + 1, removed, ...added);
  }
  newA.section = S;
  newA.chapter = C;
  const articles = doc.articles.slice();
  articles[ai] = newA;
  if (k > 0 || removed > 0) {
    articles.splice(ai + 1, removed, ...added);
    if (k !== removed) for (let i = ai + 1 + k; i < articles.length; i++) articles[i].index = i;
    spliceNumberColumn(doc.articles, articles, ai + 1, removed, k);
  } else {
    carryNumberColumn(doc.articles, articles, ai);
  }
  const articleByNumber = doc.articleByNumber;
  const renumbered = renumbering(r);
  if (!renumbered) {
    const aKey = canonical(A.number.text);
    if (articleByNumber.get(aKey) === A) articleByNumber.set(aKey, newA);
  } else {
    numberLeft(articleByNumber, articles, renumbered[0], A, ai + 1);
    numberBorne(articleByNumber, renumbered[1], articles[ai]);
  }
  // The number of an article taken in goes to the next article that bears it, if any; an opened article
  // holds its number when no article before it bears the number (as the parser fills the map).
  const takenKeys = taken.map((a) => canonical(a.number.text));
  for (let j = 0; j < removed; j++) numberLeft(articleByNumber, articles, takenKeys[j], taken[j], 0);
  const addedKeys = added.map((a) => canonical(a.number.text));
  for (let j = 0; j < k; j++) numberBorne(articleByNumber, addedKeys[j], added[j]);
  const keys = renumbered ?? (k > 0 || removed > 0 ? [...takenKeys, ...addedKeys] : null);

  // Lines: shared before the article's body (and after it, moved in place), re-parsed in it. The line
  // array of `prev`'s model (consumed) is taken over and spliced; the line starts are a layer over the
  // previous line index (which stays as it was): a new array of ≈ 50,000 entries per keystroke cost
  // more than all the rest of the update (allocation, collection).
  const regionLines = k === 0 ? bodyLines : bodyLines.concat(...opened.map((o) => [o.line as Line, ...o.lines]));
  const lineDelta = regionLines.length - (nx - h - 1);
  const newLines = lines;
  if (r.head) newLines[h] = r.head.line;
  if (lineDelta === 0) {
    for (let i = 0; i < regionLines.length; i++) newLines[h + 1 + i] = regionLines[i];
  } else {
    newLines.splice(h + 1, nx - h - 1, ...regionLines);
  }
  const lineIndex = shiftedLineIndex(r.text, prev.lineIndex, h, regionLines.map((l) => l.span.start), lineDelta, delta);

  const problems = doc.problems.length === 0 || !r.shifting ? doc.problems : doc.problems.map((p) => shiftedProblem(r, p));
  const newDoc: DocumentModel = {
    text: '', masked: '', lang: doc.lang, lines: newLines, titleLines: doc.titleLines, preamble: doc.preamble,
    sections: doc.sections, chapters: doc.chapters, subchapters: doc.subchapters, articles, comments: doc.comments, problems,
    articleByNumber, kazakh: doc.kazakh,
  };
  setDocSources(newDoc, r.text, r.maskedSource);
  setLangHeads(newDoc, r.heads);
  if (!keys) shareDuplicatedNumbers(doc, newDoc);
  else renumberedDuplicates(doc, newDoc, articles, keys);
  return { articles, newDoc, lineIndex, lineDelta, keys };
}

/** The edited article's old and new number (canonical) when the edit renumbered it (headingEdit), else null. */
function renumbering(r: Region): [string, string] | null {
  return r.head?.number ? [canonical(r.A.number.text), canonical(r.head.number.text)] : null;
}

/**
 * The article-by-number map, in place, after article `was` stopped bearing `key` (renumbered, or its
 * heading unmade): as the parser fills it, the first article bearing a number holds it, so the number goes
 * to the next article that bears it (from index `from` on in `articles`, the new list), if any. (A key
 * added or dropped stands last among the map's keys, where the parser's map has it in document order:
 * nothing reads the map's order.)
 */
function numberLeft(map: Map<string, Article>, articles: readonly Article[], key: string, was: Article, from: number): void {
  if (map.get(key) !== was) return;
  const next = articleBearing(articles, key, from);
  if (next >= 0) map.set(key, articles[next]);
  else map.delete(key);
}

/** The map after article `a` (at its index) came to bear `key`: it holds the number unless an article before it does. */
function numberBorne(map: Map<string, Article>, key: string, a: Article): void {
  const cur = map.get(key);
  if (!cur || cur.index > a.index) map.set(key, a);
}

/**
 * Moves every span after the edit by `delta`, in place (lines, the following articles, comments, sections,
 * chapters). Indexed loops only: an iterator per array (for…of) allocated in this loop, once per unit
 * per keystroke, made a large part of the collections while typing (issue 17.4).
 */
function moveAfter(doc: DocumentModel, fromRegion: number, end: number, delta: number, model: Anchor[]): void {
  // (Before the lines move: headSpan is a line's content span.)
  const sFrom = lowerBound(doc.sections, end, (x) => x.headSpan.start);
  const cFrom = lowerBound(doc.chapters, end, (x) => x.headSpan.start);
  const scFrom = lowerBound(doc.subchapters, end, (x) => x.headSpan.start);
  // Lines, articles, their units and pins after the article: one anchor per region (issue 15: moving
  // them one by one made an inserted character cost a pass over the whole rest of the model).
  for (let k = fromRegion; k < model.length; k++) model[k].d += delta;
  const early = EARLY_PINS.get(model) ?? [];
  for (let i = lowerBound(early, end, (p) => p.span.start); i < early.length; i++) {
    const pin = early[i];
    moveSpan(pin.span, end, delta);
    for (let j = 0; j < pin.numbers.length; j++) moveSpan(pin.numbers[j].span, end, delta);
  }
  const comments = doc.comments;
  for (let i = lowerBound(comments, end, (c) => c.span.start); i < comments.length; i++) moveSpan(comments[i].span, end, delta);
  for (let i = sFrom; i < doc.sections.length; i++) moveUnit(doc.sections[i], end, delta);
  for (let i = cFrom; i < doc.chapters.length; i++) moveUnit(doc.chapters[i], end, delta);
  for (let i = scFrom; i < doc.subchapters.length; i++) moveUnit(doc.subchapters[i], end, delta);
}

/**
 * Anchors the document model's spans (once per lineage of analyses, on the first edit the fast path
 * takes): each line's spans, and each article's spans, units, body lines and prior pins become
 * `RefSpan`s of their region's anchor (regions as for the references: a new one at each article,
 * section, chapter or subchapter heading line; an article's pins, which may stand before its heading, take its
 * region). Shared span objects stay shared (a line's content is its span without indentation, the
 * heading span of the unit on it and an entry of article.lines). Sections, chapters and subchapters
 * span several regions: their spans stay plain and are moved one by one (moveAfter), except their
 * heading span, which is their heading line's content.
 */
function anchorModel(doc: DocumentModel, articleRegion: Int32Array, regions: number): Anchor[] {
  const model: Anchor[] = new Array(regions);
  for (let k = 0; k < regions; k++) model[k] = { d: 0 };
  const map = new Map<Span, Span>();
  const lines = doc.lines;
  let region = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (regionStart(l)) region++;
    if (region >= regions) throw new Error('regions out of step');
    anchorLine(l, model[region], map);
  }
  if (region !== regions - 1) throw new Error('regions out of step');
  const articles = doc.articles;
  const early: PriorPin[] = [];
  for (let i = 0; i < articles.length; i++) {
    const A = articles[i];
    for (const pin of A.priorPins) if (pin.span.start < A.headSpan.start) early.push(pin);
    anchorArticle(A, null, model[articleRegion[i]], map);
  }
  EARLY_PINS.set(model, early);
  for (const u of doc.sections) u.headSpan = anchoredAs(u.headSpan, map) ?? u.headSpan;
  for (const u of doc.chapters) u.headSpan = anchoredAs(u.headSpan, map) ?? u.headSpan;
  for (const u of doc.subchapters) u.headSpan = anchoredAs(u.headSpan, map) ?? u.headSpan;
  // The prior comparison's article texts keep the spans of the lines they were read from.
  replaceArticleSpans(articles, (s) => anchoredAs(s, map));
  return model;
}

/**
 * The prior pins that stand before their article's heading, in document order, per lineage (keyed by its
 * model anchors): plain spans, moved by position. The fast path keeps these pin objects (an article's
 * pins before its body are carried over; the re-parse's pins waiting for the next heading are dropped
 * for the next article's own), so the list stays that of the current model.
 */
const EARLY_PINS = new WeakMap<Anchor[], PriorPin[]>();

/**
 * A line's spans as spans of anchor `a`. The line is its own content span (LineRow): its anchored copy
 * becomes its content, and is found from the line object wherever that object stands as a span (a unit's
 * heading span, an entry of article.lines; anchoredAs), not through `map`. Its span, when it is another
 * object (indentation, trailing blanks), goes through `map`. (Session 17: one Map entry per line made
 * the anchoring grow faster than the model, 16 ms at 5,000 articles and 109 ms at 20,000.)
 */
function anchorLine(l: Line, a: Anchor, map: Map<Span, Span>): void {
  const c = l.content;
  if (!(c instanceof RefSpan)) {
    const r = new RefSpan(c.start, c.end, a);
    l.content = r;
    if (c !== (l as unknown)) map.set(c, r);
  }
  const s = l.span;
  if (s instanceof RefSpan) return;
  l.span = s === (l as unknown) ? l.content : anchorSpan(s, a, map);
}

/** The anchored copy of `s` made so far, if any (a line object stands for its content: anchorLine). */
function anchoredAs(s: Span, map: Map<Span, Span>): Span | undefined {
  if (s instanceof LineRow) {
    const c = s.content;
    if (c instanceof RefSpan) return c;
  }
  return map.get(s);
}

/** `s` as a span of anchor `a` (once per object: `map` keeps the copies made; a line's, its content). */
function anchorSpan(s: Span, a: Anchor, map: Map<Span, Span>): Span {
  if (s instanceof RefSpan) return s;
  let c = anchoredAs(s, map);
  if (c === undefined) {
    c = new RefSpan(s.start, s.end, a);
    map.set(s, c);
  }
  return c;
}

/**
 * A unit's spans as spans of anchor `a`. The spans a paragraph or subparagraph derives from its heading
 * span (parser.ts BodyUnit: `span`, `titleSpan`, `number.span` are getters, not own properties) follow
 * the heading span and are left alone.
 */
function anchorUnit(u: Article | Paragraph | Subparagraph, a: Anchor, map: Map<Span, Span>): void {
  if (hasOwn(u, 'span')) u.span = anchorSpan(u.span, a, map);
  u.headSpan = anchorSpan(u.headSpan, a, map);
  if (hasOwn(u, 'titleSpan') && u.titleSpan) u.titleSpan = anchorSpan(u.titleSpan, a, map);
  if (hasOwn(u.number, 'span')) u.number.span = anchorSpan(u.number.span, a, map);
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** An article's spans as spans of anchor `a` (with its new body lines, if given). */
function anchorArticle(A: Article, bodyLines: Line[] | null, a: Anchor, map: Map<Span, Span>): void {
  if (bodyLines) {
    for (let i = 0; i < bodyLines.length; i++) anchorLine(bodyLines[i], a, map);
  }
  anchorUnit(A, a, map);
  const ls = A.lines;
  for (let k = 0; k < ls.length; k++) ls[k] = anchorSpan(ls[k], a, map);
  const pins = A.priorPins;
  for (let k = 0; k < pins.length; k++) {
    const pin = pins[k];
    // A pin before the heading (in the previous region) stays plain: moved by position (moveAfter).
    if (!(pin.span instanceof RefSpan) && pin.span.start < A.headSpan.start) continue;
    pin.span = anchorSpan(pin.span, a, map);
    for (let j = 0; j < pin.numbers.length; j++) pin.numbers[j].span = anchorSpan(pin.numbers[j].span, a, map);
  }
  const subs = A.subparagraphs;
  for (let k = 0; k < subs.length; k++) anchorUnit(subs[k], a, map);
  const paras = A.paragraphs;
  for (let k = 0; k < paras.length; k++) {
    const pa = paras[k];
    anchorUnit(pa, a, map);
    const ps = pa.subparagraphs;
    for (let j = 0; j < ps.length; j++) anchorUnit(ps[j], a, map);
  }
}

/** Moves a span that starts at or after `end` by `delta`, in place. */
function moveSpan(sp: Span | undefined, end: number, delta: number): void {
  if (sp && sp.start >= end) { sp.start += delta; sp.end += delta; }
}

function moveUnit(u: Section | Chapter | Subchapter | Article | Paragraph | Subparagraph, end: number, delta: number): void {
  moveSpan(u.span, end, delta);
  moveSpan(u.titleSpan, end, delta);
  moveSpan(u.number.span, end, delta);
}

/**
 * Validation: structure sequences and other articles reused; the edited article re-validated. A renumbered
 * article (its heading's number edited) changes the sequence of articles: the sequences are checked
 * again (validateStructure, one pass over the headings, as analyze() checks them), as do the `opened`
 * articles after it (a heading typed in its body), which are validated too.
 */
function revalidate(
  r: Region, articles: Article[], newA: Article, lineIndex: ReturnType<typeof parsedLineIndex>, lineDelta: number, newDoc: DocumentModel, opened: number,
  notedBefore: boolean,
): {
  validation: Problem[]; articleStart: Int32Array;
} {
  const oldVal = r.parts.validation;
  const oldStart = r.parts.articleStart;
  const validation: Problem[] = [];
  const articleStart = new Int32Array(articles.length + 1);
  const moveVal = (p: Problem): Problem => {
    const fl = p.args.firstLine;
    if (lineDelta !== 0 && typeof fl === 'number' && fl - 1 >= r.nx) {
      return problem(p.code, shifted(r, p.span), { ...p.args, firstLine: fl + lineDelta }, p.data);
    }
    return shiftedProblem(r, p);
  };
  // (Session 23: also when a publication note of the region may declare an article excluded, before the
  // edit or after it: the act's sequence reads them at a gap, validate.ts notedOut.)
  if (r.head?.number || opened > 0 || r.removed > 0 || notedBefore || exclusionNoteIn(newDoc, r.nFrom, r.nFrom + r.rText.length)) {
    validateStructure(newDoc, lineIndex, validation);
  }
  else for (let k = 0; k < oldStart[0]; k++) validation.push(moveVal(oldVal[k]));
  for (let i = 0; i < articles.length; i++) {
    articleStart[i] = validation.length;
    if (i === r.ai) {
      validateArticle(newA, lineIndex, validation, newDoc);
    } else if (i > r.ai && i <= r.ai + opened) {
      validateArticle(articles[i], lineIndex, validation, newDoc);
    } else {
      const j = i > r.ai ? i - opened + r.removed : i;
      for (let k = oldStart[j]; k < oldStart[j + 1]; k++) validation.push(moveVal(oldVal[k]));
    }
  }
  articleStart[articles.length] = validation.length;
  return { validation, articleStart };
}

/**
 * The units of `A` by those of its re-parse `B` at the same place, when both have the same numbered
 * structure as a citation reads it (the numbers and exclusions of the article, its paragraphs and
 * subparagraphs, core/resolve.ts); otherwise null.
 */
function sameStructure(A: Article, B: Article): Map<Unit, Unit> | null {
  if (A.excluded !== B.excluded || A.number.text !== B.number.text || !!A.amending !== !!B.amending) return null;
  if (A.paragraphs.length !== B.paragraphs.length || A.subparagraphs.length !== B.subparagraphs.length) return null;
  const map = new Map<Unit, Unit>([[A, B]]);
  const same = (x: Paragraph | Subparagraph, y: Paragraph | Subparagraph): boolean => {
    if (x.number.text !== y.number.text || x.excluded !== y.excluded) return false;
    map.set(x, y);
    return true;
  };
  for (let k = 0; k < A.subparagraphs.length; k++) if (!same(A.subparagraphs[k], B.subparagraphs[k])) return null;
  for (let k = 0; k < A.paragraphs.length; k++) {
    const p = A.paragraphs[k];
    const q = B.paragraphs[k];
    if (!same(p, q) || p.subparagraphs.length !== q.subparagraphs.length) return null;
    for (let j = 0; j < p.subparagraphs.length; j++) if (!same(p.subparagraphs[j], q.subparagraphs[j])) return null;
  }
  return map;
}

/** READS values: no article's content (relative targets, numbers no article bears), or resolved again after every edit. */
const NONE = -1;
const ALWAYS = -2;
/**
 * Per target array (the fast path takes it over from version to version): for each target, the index of
 * the article its resolution reads (its unit's, its range's, or the article its number names), NONE, or
 * ALWAYS (a citation of parts, a range of articles, a unit of another kind, units of two articles). An
 * edit inside article i changes the resolution of the targets marked i or ALWAYS only (see `carry`).
 */
const READS = new WeakMap<ResolvedTarget[], Int32Array>();

function readsOf(t: ResolvedTarget, byNumber: ReadonlyMap<string, Article>): number {
  const tg = t.target;
  if (tg.parts) return ALWAYS;
  let r = NONE;
  /** Notes that the target reads `a`; false if it already read another article. */
  const note = (a: Article): boolean => {
    if (r === NONE) r = a.index;
    return r === a.index;
  };
  const u = t.unit;
  if (u) {
    const a = articleOfUnit(u);
    if (!a || !note(a)) return ALWAYS;
  }
  const ru = t.rangeUnits;
  if (ru) {
    for (let k = 0; k < ru.length; k++) {
      const a = articleOfUnit(ru[k]);
      if (!a || !note(a)) return ALWAYS;
    }
  }
  const al = tg.article;
  if (al && al.kind === 'num') {
    if (al.rangeEnd && tg.unit === 'article') return ALWAYS;
    // Not resolved: it reads the article its number names (the same in every version of the fast path).
    if (!(t.ok && u)) {
      const a = byNumber.get(canonical(al.num.text));
      if (a && !note(a)) return ALWAYS;
    }
  }
  return r;
}

/**
 * References: shared before the article, rescanned in it, moved with their regions' anchors after it. Targets: re-resolved in the
 * article and where they cite the article (its paragraphs or exclusion may have changed); elsewhere the
 * previous resolution is kept (units keep their identity).
 * The reference and target arrays of `prev` (consumed) are taken over and spliced in place: the
 * article's entries are replaced, the others are only checked (and those after it moved), so a
 * keystroke allocates nothing per reference (issue 17.4: the arrays rebuilt per keystroke, ≈ 7,000
 * entries each at 5,000 articles, were a large part of the collections while typing).
 */
function rescanReferences(r: Region, newDoc: DocumentModel, newA: Article, bodyLines: Line[], opened: Opened[], keys: string[] | null): {
  references: Analysis['references']; resolved: ResolvedTarget[]; parts: Pick<AnalysisParts, 'resolution' | 'resolutionStart' | 'ordinals' | 'articleRegion'>;
} | string {
  const { prev, parts, A, scanFrom, nFrom, regionEnd, start, ins, shifting, delta, head } = r;
  const doc = prev.doc;
  const refs = prev.references;
  const targets = prev.targets;
  const oldRes = parts.resolution;
  const oldRS = parts.resolutionStart;
  const r0 = lowerBound(refs, scanFrom, (x) => x.ref.span.start);
  const r1 = lowerBound(refs, regionEnd, (x) => x.ref.span.start);
  // The targets of the references before the article, in it, after it (targets follow their references).
  const t0 = lowerBound(targets, scanFrom, (x) => x.ref.span.start);
  const t1 = lowerBound(targets, regionEnd, (x) => x.ref.span.start);
  if (oldRS.length !== targets.length + 1) return 'targets out of step';
  /** The problems of targets resolved again (the others keep theirs, at their old index). */
  const fresh = new Map<ResolvedTarget, Problem[]>();
  let freshProblems = 0;
  const bases = new ArticleBases(newDoc);
  const resolveFresh = (ref: RawReference, target: RefTarget, ctx: Article | null, para: Paragraph | null): ResolvedTarget => {
    const p: Problem[] = [];
    const x = resolveTarget(newDoc, ref, target, { article: ctx, paragraph: para }, p, bases);
    fresh.set(x, p);
    freshProblems += p.length;
    return x;
  };
  // Units keep their identity (moved in place), except those of the edited article and of the articles it
  // took in (mergeRegion): targets that resolved to one of them are resolved again.
  const taken = r.removed > 0 ? new Set(doc.articles.slice(r.ai + 1, r.ai + 1 + r.removed)) : null;
  const gone = (a: Article | null | undefined): boolean => a === A || (taken !== null && !!a && taken.has(a));
  const mapUnit = (u: Unit | null): Unit | null | undefined => {
    if (!u) return u;
    const a = articleOfUnit(u);
    return a && !gone(a) ? u : undefined;
  };
  // Does this target's resolution read the edited article (its paragraphs, subparagraphs, exclusion)?
  const readsA = (t: RefTarget, old: ResolvedTarget): boolean => {
    const al = t.article;
    if (!al || al.kind !== 'num') return false; // relative: the context article, never A outside A
    if (al.rangeEnd && t.unit === 'article') return true;
    const u = old.unit;
    if (old.ok && u) return gone(u.kind === 'article' ? u : (u as Paragraph | Subparagraph).article);
    // (moveStructure has already put the re-parsed article in articleByNumber, the map of `prev`.)
    const named = doc.articleByNumber.get(canonical(al.num.text));
    return named === A || named === newA;
  };
  // When the re-parsed article has the same numbered structure (paragraphs and subparagraphs with the
  // same numbers and exclusions, the same exclusion of its own), a target outside it that cites it
  // resolves as before, to the new article's unit at the same place: its units are mapped, its problems
  // kept, instead of resolving it again (the citations of a much-cited article were most of a keystroke).
  // Not when articles were opened after it or taken in: a range of articles may now span other ones.
  const unitMap = opened.length > 0 || r.removed > 0 ? null : sameStructure(A, newA);
  /** `old` with its units of the edited article mapped to the re-parsed ones, or null. */
  const remapped = (old: ResolvedTarget): ResolvedTarget | null => {
    if (!unitMap || old.target.parts || old.partSpans) return null;
    const unit = old.unit === null ? null : unitMap.get(old.unit) ?? mapUnit(old.unit);
    if (unit === undefined) return null;
    const x = resolvedTarget(old.target, old.ref, old.context, unit, old.ok);
    const ru = old.rangeUnits;
    if (ru) {
      const m = new Array<Unit>(ru.length);
      for (let k = 0; k < ru.length; k++) {
        const u = unitMap.get(ru[k]) ?? mapUnit(ru[k]);
        if (!u) return null; // undefined: a unit of the edited article without its place in the re-parse
        m[k] = u;
      }
      x.rangeUnits = m;
    }
    return x;
  };
  /** Checks targets[i] (target `target` of `ref`, outside the article) and replaces it if it must change. */
  const carry = (i: number, ref: RawReference, target: RefTarget, ctx: Article | null, para: Paragraph | null | (() => Paragraph | null)): void => {
    const old = targets[i];
    // A citation of parts («частью второй статьи 5») holds their lines' spans: resolved again.
    if (!target.parts && !readsA(target, old)) {
      const unit = mapUnit(old.unit);
      let ok = unit !== undefined;
      const ru = old.rangeUnits;
      if (ok && ru) for (let k = 0; k < ru.length; k++) if (mapUnit(ru[k]) === undefined) { ok = false; break; }
      if (ok) {
        // A reference after the edit moved with its region's anchor: its target and number spans are
        // the same objects, so the resolution stands; only its problems (copied spans) move.
        if (ctx !== old.context) {
          const x = resolvedTarget(target, ref, ctx, unit!, old.ok);
          if (ru) x.rangeUnits = ru.slice();
          targets[i] = x;
        }
        return;
      }
    }
    if (ctx === old.context) {
      const x = remapped(old);
      if (x) { targets[i] = x; return; }
    }
    targets[i] = resolveFresh(ref, target, ctx, typeof para === 'function' ? para() : para);
  };

  // The anchor of the article's region (see analysis.ts RefSpan): its references are made again with it.
  const anchors = parts.anchors;
  const region = parts.articleRegion[r.ai];
  const anchor = anchors[region];
  // The article's own references, scanned again, and its ordinals.
  const regionRefs: Analysis['references'] = [];
  const regionTargets: ResolvedTarget[] = [];
  const ordinals: Problem[] = [];
  const oldOrd = parts.ordinals;
  const o0 = lowerBound(oldOrd, scanFrom, (p) => p.span.start);
  const o1 = lowerBound(oldOrd, regionEnd, (p) => p.span.start);
  for (let k = 0; k < o0; k++) ordinals.push(oldOrd[k]);
  /** One line's scan: its references placed in article `a` (and `paragraph`), their targets resolved, its ordinals. */
  const take = (scan: ReturnType<typeof scanLine>, a: Article, paragraph: Paragraph | null): void => {
    for (const raw of scan.references) {
      const ref = inContext(raw, a);
      regionRefs.push(placed(ref, a, paragraph));
      if (!isInternal(ref, newDoc)) continue;
      for (const target of ref.targets) regionTargets.push(resolveFresh(ref, target, a, paragraph));
    }
    if (doc.kazakh) for (const o of scan.ordinals) ordinals.push(ordinalProblem(o, doc.lang));
  };
  /** Whether a line of the new region is being typed (touched by the edit): its scan is not cached. */
  const typed = (line: Line): boolean => line.content.start <= start + ins.length && line.content.end >= start;
  /** The context loop of analyze() over the body lines of article `a` (references of anchor `an`). */
  const scanBody = (a: Article, lines: Line[], an: Anchor): void => {
    let paragraph: Paragraph | null = null;
    let pi = 0;
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li];
      while (pi < a.paragraphs.length && a.paragraphs[pi].span.start <= line.content.start) paragraph = a.paragraphs[pi++];
      if (paragraph && paragraph.span.end < line.content.start) paragraph = null;
      if (line.kind !== 'paragraph' && line.kind !== 'subparagraph' && line.kind !== 'text') continue;
      if (line.content.end <= line.content.start) continue;
      take(scanLine(r.rMasked, line.content.start - nFrom, line.content.end - nFrom, doc.lang, nFrom, !typed(line), an), a, paragraph);
    }
  };
  const t = newA.titleSpan;
  if (head && t) {
    // The heading line read again: the text from its title on is scanned, as analyze() scans it (the
    // title's references take the article as their context, outside any paragraph). It is being typed.
    const ls = head.line.span.start;
    const ce = head.line.end;
    if (t.start >= head.line.start && t.end <= ce && ce > t.start) {
      take(scanLine(head.masked, t.start - ls, ce - ls, doc.lang, ls, false, anchor), newA, null);
    }
  }
  scanBody(newA, bodyLines, anchor);
  // The opened articles: a region each, a new anchor each (put among the anchors below), their heading
  // lines' titles scanned as analyze() scans them.
  const openedAnchors: Anchor[] = [];
  for (const o of opened) {
    const an: Anchor = { d: 0 };
    openedAnchors.push(an);
    const B = o.article;
    const bt = B.titleSpan;
    const line = o.line;
    if (bt && bt.start >= line.start && bt.end <= line.end && line.end > bt.start) {
      take(scanLine(r.rMasked, bt.start - nFrom, line.end - nFrom, doc.lang, nFrom, !typed(line), an), B, null);
    }
    scanBody(B, o.lines, an);
  }
  for (let k = o1; k < oldOrd.length; k++) ordinals.push(shiftedProblem(r, oldOrd[k]));

  // What each target reads (READS, kept with the array across versions; counted once after a full
  // analysis): only the targets that read the edited article, or must always be resolved again, are
  // looked at; the others are not even read (issue 17.4: reading every target's unit per keystroke was
  // the hottest line of the update).
  const byNumber = doc.articleByNumber;
  const ai = r.ai;
  const moved = opened.length - r.removed;
  let reads = READS.get(targets);
  if (!reads || reads.length !== targets.length) {
    reads = new Int32Array(targets.length);
    for (let i = 0; i < targets.length; i++) {
      // (A target of an article taken in reads it under its old index: it reads the edited article's lines now.)
      const t = targets[i];
      reads[i] = taken !== null && (gone(t.unit && articleOfUnit(t.unit)) || !!t.rangeUnits?.some((u) => gone(articleOfUnit(u)))) ? ai : readsOf(t, byNumber);
    }
  } else if (opened.length > 0 || r.removed > 0) {
    // The articles after the edited one moved (moveStructure); a target that read an article taken in
    // reads the edited one's lines now.
    const last = ai + r.removed;
    for (let i = 0; i < reads.length; i++) {
      const v = reads[i];
      if (v > last) reads[i] = v + moved;
      else if (v > ai) reads[i] = ai;
    }
  }
  /** The paragraph context of reference `ref` (its entry in refs, found by its offset). */
  const paragraphOf = (ref: RawReference): Paragraph | null => paragraphOfRef(refs, ref);
  // A renumbered article: the citations of its old and its new number (canonical) resolve differently; so
  // do those of the numbers of the articles opened or taken in (`keys`, moveStructure). And an unresolved
  // citation of another number with the same base: its quick fix offers the numbers with its base
  // (resolve.ts ArticleBases: «7» → «7-1»), which may have come or gone.
  const keyBases = keys ? new Set(keys.map((k) => parseInt(k, 10))) : null;
  // A target that cites either number reads (READS) an article that bore it before the edit, or none,
  // or is ALWAYS: the bearers of either number now, and the renumbered article (only its number
  // changed), found in the number column. Only those targets' numbers are read below, not every
  // target's (at 20,000 articles, reading each target's number was a third of a renumbering keystroke).
  let bearers: Set<number> | null = null;
  if (keys) {
    bearers = new Set([ai]);
    const arts = newDoc.articles;
    for (const key of keys) for (let i = articleBearing(arts, key); i >= 0; i = articleBearing(arts, key, i + 1)) bearers.add(i);
  }
  const check = (i: number): void => {
    const v = reads![i];
    // (Resolved again, never carried: whether the number is borne by two articles may have changed.)
    const renumbered = keys !== null && (v === NONE || v === ALWAYS || bearers!.has(v)) && citesNumbers(targets[i], keys, keyBases!);
    if (!renumbered && v !== ai && v !== ALWAYS) return;
    const old = targets[i];
    if (renumbered) targets[i] = resolveFresh(old.ref, old.target, old.context, paragraphOf(old.ref));
    else carry(i, old.ref, old.target, old.context, () => paragraphOf(old.ref));
    if (targets[i] !== old) reads![i] = readsOf(targets[i], byNumber);
  };
  // Before the article: the references on its heading line («Статья 61. … статьей 5»), the last ones
  // before its body, take the re-parsed article as their context and are resolved again.
  let hk = r0;
  while (hk > 0 && refs[hk - 1].context === A) hk--;
  let heading = 0;
  for (let k = hk; k < r0; k++) if (isInternal(refs[k].ref, newDoc)) heading += refs[k].ref.targets.length;
  if (heading > t0) return 'targets out of step';
  for (let i = 0; i < t0 - heading; i++) check(i);
  let ti = t0 - heading;
  for (let k = hk; k < r0; k++) {
    const x = refs[k];
    refs[k] = placed(x.ref, newA, null);
    if (!isInternal(x.ref, newDoc)) continue;
    const tg = x.ref.targets;
    for (let j = 0; j < tg.length; j++) { targets[ti] = resolveFresh(x.ref, tg[j], newA, null); reads[ti] = readsOf(targets[ti], byNumber); ti++; }
  }
  // The article: its entries replaced (the arrays of `prev`, consumed, are spliced in place).
  const dT = regionTargets.length - (t1 - t0);
  refs.splice(r0, r1 - r0, ...regionRefs);
  targets.splice(t0, t1 - t0, ...regionTargets);
  const afterFrom = t0 + regionTargets.length;
  if (dT !== 0) {
    const nr = new Int32Array(targets.length);
    nr.set(reads.subarray(0, t0));
    nr.set(reads.subarray(t1), afterFrom);
    reads = nr;
  }
  for (let i = t0; i < afterFrom; i++) reads[i] = readsOf(targets[i], byNumber);
  if (targets.length - dT !== oldRS.length - 1) return 'targets out of step';
  // After the article: every reference (owned by `prev`, which is consumed) moves with the anchors of
  // the regions after the article's (one per heading line; issue 15: moving each reference's spans one
  // by one made an inserted character cost a pass over every later reference). Then the targets that
  // read the article are checked.
  if (shifting) for (let k = region + 1; k < anchors.length; k++) anchors[k].d += delta;
  // The opened articles' regions follow the edited one's (the array of `prev`, consumed, is spliced).
  let articleRegion = parts.articleRegion;
  if (opened.length > 0 || r.removed > 0) {
    const k = opened.length;
    anchors.splice(region + 1, r.removed, ...openedAnchors);
    articleRegion = new Int32Array(newDoc.articles.length);
    articleRegion.set(parts.articleRegion.subarray(0, ai + 1));
    for (let j = 1; j <= k; j++) articleRegion[ai + j] = region + j;
    for (let i = ai + 1 + r.removed; i < parts.articleRegion.length; i++) articleRegion[i + moved] = parts.articleRegion[i] + moved;
  }
  for (let i = afterFrom; i < targets.length; i++) check(i);
  READS.set(targets, reads);

  // The resolution problems, by target: the fresh ones, or the previous ones (moved after the article).
  let resolution: Problem[];
  let resolutionStart: number[];
  if (oldRes.length === 0 && freshProblems === 0) {
    // No problem before or now (the usual case): every start is 0.
    resolution = [];
    resolutionStart = oldRS;
    if (dT > 0) for (let k = 0; k < dT; k++) resolutionStart.push(0);
    else if (dT < 0) resolutionStart.length += dT;
  } else {
    ({ resolution, resolutionStart } = mergedResolution(targets, fresh, oldRes, oldRS, t0, dT, afterFrom, r));
  }
  return { references: refs, resolved: targets, parts: { resolution, resolutionStart, ordinals, articleRegion } };
}

/**
 * The invisible-character problems: kept before the article's body, found again in it, moved after it.
 * A run of such characters never crosses a line break, and the body starts after a line break (the one
 * prefixed here, so that a U+FEFF opening the body is not taken for a byte-order mark).
 */
function invisibleAfter(r: Region): Problem[] {
  const old = r.parts.invisible;
  const i0 = lowerBound(old, r.scanFrom, (p) => p.span.start);
  const i1 = lowerBound(old, r.regionEnd, (p) => p.span.start);
  const out = old.slice(0, i0);
  let text = r.rText;
  let masked = r.rMasked;
  if (r.head) {
    // The heading line and the line break after it, then the body (no comment stands on the heading line).
    const between = r.old.slice(r.head.line.span.end - r.delta, r.from);
    const line = r.old.slice(r.scanFrom, r.start) + r.ins + r.old.slice(r.end, r.head.line.span.end - r.delta);
    text = line + between + text;
    masked = r.head.masked + r.oldMasked.slice(r.head.line.span.end - r.delta, r.from) + masked;
  }
  // A U+FEFF opening the document is its byte-order mark; one opening a line after it is not.
  const lead = r.scanFrom > 0 ? '\n' : '';
  const base = r.scanFrom - lead.length;
  for (const p of invisibleProblems(lead + text, lead + masked)) {
    out.push({ code: p.code, severity: p.severity, args: p.args, span: { start: p.span.start + base, end: p.span.end + base }, message: p.message, data: p.data });
  }
  for (let k = i1; k < old.length; k++) out.push(shiftedProblem(r, old[k]));
  return out;
}
