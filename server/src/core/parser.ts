// Parser: text -> document model (sections › chapters › articles › paragraphs › subparagraphs).
// Never throws. Every problem is recorded as data with a stable code and an exact span.
// Linear in the size of the input: one pass over lines, anchored regular expressions without
// nested quantifiers, and comment scanning with indexOf.

import type {
  Article, Chapter, Comment, Lang, Line, Paragraph, PriorPin, Problem, Section, Span, Subchapter, Subparagraph, Unit, UnitNumber,
} from './types';
import { formatMessage, defaultSeverity, type Code } from './messages';
import { hyphenated, isRomanLike, normaliseRoman, parseArabic, romanValue } from './text';
import { bareTitle, HEADING_INITIALS, HEADING_PATTERNS, HEADING_START, NUMERAL_WORD_INITIALS } from './lang/headings';
import {
  NoteKind, amendingSentence, mayBeAmendingSentence, citesAfterNumber, headingNumeral, remarksHeading, kazakhAct, letterValue, noteKindAt, quotedLine, quoteStateAfter,
} from './lang/markup';
import { lexicon } from './lang';
import { firstRareChar } from './rare';

export interface DocumentModel {
  text: string;
  /** Text with comments replaced by spaces (same length, same line breaks). */
  masked: string;
  lang: Lang;
  lines: Line[];
  titleLines: Span[];
  preamble: Span | null;
  sections: Section[];
  chapters: Chapter[];
  /** Subchapters of codes («Параграф 1»), in document order. */
  subchapters: Subchapter[];
  articles: Article[];
  comments: Comment[];
  problems: Problem[];
  /** A Kazakh act (lang/markup.ts kazakhAct): the drafting rules of Law No. 480-V apply. */
  kazakh: boolean;
  /** Look-up by canonical number key ("83-1"). First occurrence wins for duplicates. */
  articleByNumber: Map<string, Article>;
}

export function problem(
  code: Code, span: Span, args: Record<string, string | number> = {}, data?: Record<string, unknown>,
): Problem {
  // The span is copied: a problem never shares its span with a unit or comment (spans are moved in place
  // by analyzeIncremental, each exactly once, by their owner).
  return { code, severity: defaultSeverity(code), args, span: { start: span.start, end: span.end }, message: formatMessage(code, args, 'en'), data };
}

// Heading patterns (applied to a line's content after Markdown markers are removed) and their necessary
// condition come from the lexicons' heading forms (lang/headings.ts).
const RE_ARTICLE = HEADING_PATTERNS.article.wordFirst;
const RE_ARTICLE_NUM = HEADING_PATTERNS.article.numberFirst;
const RE_ARTICLE_NUM_BARE = HEADING_PATTERNS.article.numberFirstBare;
const RE_CHAPTER = HEADING_PATTERNS.chapter.wordFirst;
const RE_CHAPTER_NUM = HEADING_PATTERNS.chapter.numberFirst;
const RE_CHAPTER_ROMAN = HEADING_PATTERNS.chapter.romanFirst;
const RE_SUBCHAPTER = HEADING_PATTERNS.subchapter.wordFirst;
/**
 * Heading lines longer than this are not tried (a bound on the regular expressions' work); real headings
 * run to a few hundred characters (issue 12: headings of 400+ characters in constitutional laws).
 */
export const HEADING_MAX = 4000;
// Section numbers: a token of letters/digits, validated afterwards (so homoglyphs are reported, not missed).
const RE_SECTION = HEADING_PATTERNS.section.wordFirst;
const RE_SECTION_NUM = HEADING_PATTERNS.section.numberFirst;
const RE_MD_MARKER = /^[ \t]{0,3}#{1,6}[ \t]+/;
const RE_HEADING_START = HEADING_START;

/**
 * A necessary condition for RE_HEADING_START (looser, never stricter), decided mostly from the first
 * characters: the regular expression runs only on lines that pass it. Body lines («1. …», «Граждане …»)
 * fail it without a regular expression.
 */
export function mayBeHeading(content: string): boolean {
  return mayBeHeadingAt(content, 0, content.length);
}

/** mayBeHeading of s[p, q), reading the characters in place (a slice only for the regular expression). */
function mayBeHeadingAt(s: string, p: number, q: number): boolean {
  const c = s.charCodeAt(p);
  if ((c >= 48 && c <= 57) || c === 45) {
    // «12-бап», «3-тарау», «12 бөлім»: a run of digits and hyphens ending in a hyphen, or a first word.
    let i = p + 1;
    let d = i < q ? s.charCodeAt(i) : -1;
    while ((d >= 48 && d <= 57) || d === 45) d = ++i < q ? s.charCodeAt(i) : -1;
    if (s.charCodeAt(i - 1) === 45) return true;
    return secondWordIsBolim(s, p, q);
  }
  // Initials of Статья Глава Раздел Article Chapter Section Part, either case.
  if (HEADING_INITIALS.has(c)) return RE_HEADING_START.test(s.slice(p, q));
  // Other ASCII and Cyrillic letters can only start «<numeral> бөлім»; anything else (case folding of
  // /iu reaches beyond these ranges) is left to the regular expression.
  if (c < 0x80 || (c >= 0x400 && c <= 0x4ff)) return secondWordIsBolim(s, p, q);
  return RE_HEADING_START.test(s.slice(p, q));
}

/** Blanks of the heading patterns: space, tab, no-break space. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/**
 * In s[p, q): after a first word of at most 12 characters and blanks or one hyphen («ІІ-бөлім»), «б» or «Б»
 * (possibly «бөлім»), or «т» or «Т» (a Roman chapter number's «тарау»).
 */
function secondWordIsBolim(s: string, p: number, q: number): boolean {
  let i = p + 1;
  const lim = Math.min(q, p + 13);
  while (i < lim && !isBlank(s.charCodeAt(i)) && s.charCodeAt(i) !== 45) i++;
  if (i >= q) return false;
  if (s.charCodeAt(i) === 45) i++;
  else if (!isBlank(s.charCodeAt(i))) return false;
  while (i < q && isBlank(s.charCodeAt(i))) i++;
  const b = i < q ? s.charCodeAt(i) : -1;
  return NUMERAL_WORD_INITIALS.has(b) && RE_HEADING_START.test(s.slice(p, q));
}

// Set by bodyMarker (no result object per line).
let markerNumEnd = 0;
let markerEnd = 0;
let markerPlain = false;

/** bodyMarker as a value (for tests). */
export function lineMarker(content: string): { kind: '.' | ')'; numberEnd: number; end: number } | null {
  const c = bodyMarker(content, 0, content.length);
  return c ? { kind: c === 46 ? '.' : ')', numberEnd: markerNumEnd, end: markerEnd } : null;
}

const CAPITAL = /^\p{Lu}$/u;
const LETTER = /^\p{L}$/u;

/** A letter a number marker may be glued to: a capital after «.» (46), any letter after «)» (41). */
function glued(cp: number, marker: number): boolean {
  if (cp < 65) return false;
  return (marker === 46 ? CAPITAL : LETTER).test(String.fromCodePoint(cp));
}

/**
 * The number marker of the body line s[p, q): `N.` (paragraph) or `N)` (subparagraph) with
 * N = digits{1,6} (-digits{1,6}){0,3}, then a blank, the end, or a letter it is glued to (glued): the
 * regular expression of test/unit/parser-lang.test.ts (RE_MARKER) read by hand. Returns 46 ('.') or 41 (')') and sets markerNumEnd (end of N),
 * markerEnd (after the blanks that follow), both relative to p, and markerPlain (N has no hyphen);
 * 0 if there is none.
 */
function bodyMarker(s: string, p: number, q: number): number {
  let i = p;
  let groups = 0;
  for (;;) {
    const g = i;
    let c = i < q ? s.charCodeAt(i) : -1;
    while (c >= 48 && c <= 57 && i - g < 7) c = ++i < q ? s.charCodeAt(i) : -1;
    const len = i - g;
    if (len === 0 || len > 6) return 0;
    groups++;
    if (c === 45 && groups < 4) {
      i++;
      continue;
    }
    if (c !== 46 && c !== 41) return 0;
    markerNumEnd = i - p;
    markerPlain = groups === 1;
    i++;
    // The marker glued to its text («5.Жәбірленушінің», «1)жәбірленушінің»: real laws print some so): the
    // unit still, after «.» before a capital letter and after «)» before any letter (before, such a
    // paragraph was a line of the previous one, and its neighbours' numbers «missing»).
    if (i < q && !isBlank(s.charCodeAt(i)) && !glued(s.codePointAt(i)!, c)) return 0;
    while (i < q && isBlank(s.charCodeAt(i))) i++;
    markerEnd = i - p;
    return c;
  }
}
/** A draft marker line above an act's title: it says the text is a draft, it is not part of the act. */
export const RE_DRAFT_MARKER = /^\s*(?:ПРОЕКТ|ЖОБА|DRAFT|PROJECT)\s*$/iu;
const RE_TITLE = /^(?:ПРОЕКТ|ЖОБА|DRAFT|PROJECT|КОНСТИТУЦИЯ(?:\s.*)?|Конституция Республики Казахстан|.*КОНСТИТУЦИЯСЫ|.*Конституциясы|CONSTITUTION(?:\s.*)?|Constitution of\s.*|Конституция принята\s.*|Конституция \d{4}\s.*)$/iu;
/** The words of exclusion («Исключена», «утратила силу», «Алып тасталды», "repealed"), one group. */
const EXCLUDED_WORDS = String.raw`(исключен[аоы]?|утратил[аио]? силу|(?:алып|алынып) тасталды|күші жойылды|excluded|repealed)`;
const RE_EXCLUDED = new RegExp(String.raw`(^|[\s.(«"])${EXCLUDED_WORDS}(?=$|[\s.,;:)»"])`, 'iu');
/**
 * An exclusion note that is the whole point of a heading's title or of an article's only line: the
 * exclusion word first («Исключена», «(исключена)», «Алып тасталды»), not a sentence that mentions
 * repealing («… shall be repealed or amended»).
 */
const RE_EXCLUDED_START = new RegExp(String.raw`^[(«"[\s]*${EXCLUDED_WORDS}(?=$|[\s.,;:)»"\]-])`, 'iu');
const RE_PRIOR = /^[ \t]*prior[ \t]*:(.*)$/is;

/**
 * text.indexOf('<!--', from), searching for '!--': V8 looks for a string by the lower byte of its
 * first character, and '<' shares it with the Cyrillic «м» (U+043C), so '<!--' stops at every «м»
 * of a Russian text (3× slower on a 2.7 M-character draft).
 */
function findOpener(text: string, from: number): number {
  let k = from + 1;
  for (;;) {
    k = text.indexOf('!--', k);
    if (k < 0) return -1;
    if (text.charCodeAt(k - 1) === 60) return k - 1;
    k++;
  }
}

/** Finds `<!-- -->` comments. An unclosed one ends at the end of its line (no text is swallowed). */
function scanComments(text: string, problems: Problem[]): Comment[] {
  const out: Comment[] = [];
  let i = 0;
  // Once no `-->` follows some offset, none follows any later one: searching again from every later
  // opener made many unclosed comments quadratic.
  let noCloseFrom = Infinity;
  for (;;) {
    const open = findOpener(text, i);
    if (open < 0) break;
    const close = open + 4 >= noCloseFrom ? -1 : text.indexOf('-->', open + 4);
    if (close < 0) noCloseFrom = Math.min(noCloseFrom, open + 4);
    // A comment may span lines only if it is closed; otherwise it stops at the line end.
    // (The line end is only needed for an unclosed comment; finding it for every comment of a long
    // line was quadratic too.)
    let lineEnd = open;
    if (close < 0) while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let end: number;
    if (close < 0) {
      end = lineEnd;
      problems.push(problem('comment-unterminated', { start: open, end: Math.min(open + 4, lineEnd) }));
    } else {
      end = close + 3;
    }
    out.push({ span: { start: open, end }, text: text.slice(open, end) });
    i = end;
    if (close < 0) {
      // Continue after the line; a later `-->` belongs to nothing.
      i = lineEnd;
    }
  }
  return out;
}

function maskComments(text: string, comments: Comment[]): string {
  if (comments.length === 0) return text;
  const parts: string[] = [];
  let pos = 0;
  for (const c of comments) {
    parts.push(text.slice(pos, c.span.start));
    // Replace every character but line breaks with a space.
    parts.push(text.slice(c.span.start, c.span.end).replace(/[^\r\n]/g, ' '));
    pos = c.span.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

// Heading patterns counted by detectLanguage, each tried at a line start (sticky). Leading blanks do not
// cross line breaks; `#+\s*` may (as a multi-line global search would let it), so each pattern remembers
// where its last match ended and skips line starts before that: the counts are those of a global
// multi-line search (test/unit/parser-lang.test.ts compares them on random text).
const LANG_HEADS: readonly RegExp[] = [
  /[^\S\r\n\u2028\u2029]*(?:#+\s*)?\d+(?:-\d+)*-бап(?![\p{L}\p{N}])/uy, // kk article
  /[^\S\r\n\u2028\u2029]*(?:#+\s*)?\S+ бөлім(?![\p{L}\p{N}])/uy, // kk section
  /[^\S\r\n\u2028\u2029]*(?:#+\s*)?(?:Статья|Раздел|Глава)\s/uy, // ru
  /[^\S\r\n\u2028\u2029]*(?:#+\s*)?(?:Article|Section|Chapter|Part)\s/uy, // en
];
/** s.indexOf(ch, from), or `end` when there is none. */
function indexOrEnd(s: string, ch: string, from: number, end: number): number {
  const k = s.indexOf(ch, from);
  return k < 0 ? end : k;
}
export const LANG_SAMPLE = 200000;

/** JavaScript's `\s`. */
function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Kazakh-specific letters (ә ғ қ ң ө ұ ү һ і and capitals). */
function isKkLetter(c: number): boolean {
  switch (c) {
    case 0x4d9: case 0x493: case 0x49b: case 0x4a3: case 0x4e9: case 0x4b1: case 0x4af: case 0x4bb: case 0x456:
    case 0x4d8: case 0x492: case 0x49a: case 0x4a2: case 0x4e8: case 0x4b0: case 0x4ae: case 0x4ba: case 0x406:
      return true;
    default:
      return false;
  }
}

/**
 * The line feeds languageOf passed, for parseInner's line loop, which reads the same text next: every one
 * before `upTo`, in order (offsets only: no text is kept). One record, reused by every parse; at most
 * FEEDS_MAX of them (a text of empty lines is searched by the loop itself past the last one kept).
 */
interface LineFeeds { at: Int32Array; n: number; upTo: number }
const FEEDS: LineFeeds = { at: new Int32Array(1024), n: 0, upTo: 0 };
const FEEDS_MAX = 1 << 14;

/**
 * Detects the language from the headings of the first 200,000 characters (the most frequent kind wins
 * when there are two or more), else from the letters. One pass over line starts: each heading pattern
 * is tried only where its first character can match.
 */
export function detectLanguage(text: string): Lang {
  return languageOf(text, undefined);
}

/**
 * The heading counts detectLanguage found in a model's sample (kk articles and sections together, ru, en),
 * and how far each may now be from the true count of its text (`slack`): 0 when counted, more after
 * incremental edits that did not count again (incremental.ts, sameLanguage). Kept beside the model.
 */
export interface LangHeads { kk: number; ru: number; en: number; slack: number }
const LANG_HEADS_OF = new WeakMap<DocumentModel, LangHeads>();
/** The counts languageOf found last (read at once by its caller). */
let lastHeads: LangHeads = { kk: 0, ru: 0, en: 0, slack: 0 };
export function langHeads(doc: DocumentModel): LangHeads | undefined {
  return LANG_HEADS_OF.get(doc);
}
export function setLangHeads(doc: DocumentModel, heads: LangHeads | undefined): void {
  if (heads) LANG_HEADS_OF.set(doc, heads);
}
/** detectLanguage, with the heading counts it found (slack 0). */
export function detectLanguageHeads(text: string): { lang: Lang; heads: LangHeads } {
  const lang = languageOf(text, undefined);
  return { lang, heads: lastHeads };
}

/** detectLanguage, keeping the line feeds it finds in `feeds` (see LineFeeds). */
function languageOf(text: string, feeds: LineFeeds | undefined): Lang {
  const n = Math.min(text.length, LANG_SAMPLE);
  const sample = text.length > n ? text.slice(0, n) : text;
  const counts = [0, 0, 0, 0];
  const lastEnd = [0, 0, 0, 0];
  const tryAt = (k: number, p: number): void => {
    if (p < lastEnd[k]) return;
    const re = LANG_HEADS[k];
    re.lastIndex = p;
    if (re.test(sample)) {
      counts[k]++;
      lastEnd[k] = re.lastIndex;
    }
  };
  let p = 0;
  let nextLf = -1;
  let nextCr = -1;
  let nextLs = -1;
  let nextPs = -1;
  if (feeds !== undefined) feeds.n = 0;
  // All line feeds before this are in `feeds` (each is found once, in order: q never passes one).
  let feedsUpTo = 0;
  while (p <= n) {
    // The first character after the leading blanks (not line breaks).
    let q = p;
    let c = q < n ? sample.charCodeAt(q) : -1;
    while (q < n && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029 && isJsSpace(c)) c = sample.charCodeAt(++q);
    if (c === 35 /* # */) {
      for (let k = 0; k < 4; k++) tryAt(k, p);
    } else if (q < n && !isJsSpace(c)) {
      if (c >= 48 && c <= 57) {
        // «12-бап»: the digits and hyphens from q end in «-» before «б», the first character that is
        // neither (the pattern can only start its digits at q). Paragraph lines («1. …») end their run
        // in «.» and are not tried: no regular expression for most lines that start with a digit.
        let e = q + 1;
        let d = e < n ? sample.charCodeAt(e) : -1;
        while ((d >= 48 && d <= 57) || d === 45) d = ++e < n ? sample.charCodeAt(e) : -1;
        if (d === 0x431 && sample.charCodeAt(e - 1) === 45) tryAt(0, p);
      } else if (c === 0x421 || c === 0x420 || c === 0x413) tryAt(2, p); // С Р Г
      else if (c === 65 || c === 83 || c === 67 || c === 80) tryAt(3, p); // A S C P
      // kk section: the first word, one space, «бөлім».
      let r = q + 1;
      while (r < n && !isJsSpace(sample.charCodeAt(r))) r++;
      if (sample.charCodeAt(r) === 32 && sample.startsWith('бөлім', r + 1)) tryAt(1, p);
    }
    // The next line break: the nearest of the next \n, \r, U+2028, U+2029, each found by indexOf from
    // where the last one was passed (one native search per character over the sample, where a regular
    // expression per line was 3–4 times slower and made a match object per line).
    if (nextLf < q) {
      nextLf = indexOrEnd(sample, '\n', q, n);
      if (feeds !== undefined && feedsUpTo >= 0) {
        if (nextLf < n && feeds.n < FEEDS_MAX) {
          if (feeds.n === feeds.at.length) {
            const a = new Int32Array(feeds.at.length * 2);
            a.set(feeds.at);
            feeds.at = a;
          }
          feeds.at[feeds.n++] = nextLf;
        } else if (nextLf < n) {
          feedsUpTo = -1 - nextLf; // full: complete before this one
        }
      }
    }
    if (nextCr < q) nextCr = indexOrEnd(sample, '\r', q, n);
    if (nextLs < q) nextLs = indexOrEnd(sample, '\u2028', q, n);
    if (nextPs < q) nextPs = indexOrEnd(sample, '\u2029', q, n);
    p = Math.min(nextLf, nextCr, nextLs, nextPs) + 1;
  }
  if (feeds !== undefined) feeds.upTo = feedsUpTo < 0 ? -1 - feedsUpTo : n;
  const [kkArt, kkSec, ruHead, enHead] = counts;
  const kkHead = kkArt + kkSec;
  const heads = Math.max(kkHead, ruHead, enHead);
  lastHeads = { kk: kkHead, ru: ruHead, en: enHead, slack: 0 };
  if (heads >= 2) {
    if (kkHead === heads) return 'kk';
    if (ruHead === heads) return 'ru';
    return 'en';
  }
  let kk = 0;
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < n; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      if (isKkLetter(c)) kk++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
  }
  if (cyr > lat) return kk > cyr * 0.01 ? 'kk' : 'ru';
  if (lat > 0) return 'en';
  return 'ru';
}

/** The strings "1" … "999", made once: the numbers of paragraphs and subparagraphs (interned). */
const SMALL_NUMBERS: string[] = [];

/**
 * The `len` digits at s[p…] as a string: a shared one for 1 … 999 written without a leading zero (no new
 * string per numbered line: ≈ 19,000 per pass at 5,000 articles), else a slice.
 */
function digitsText(s: string, p: number, len: number): string {
  if (len <= 3 && s.charCodeAt(p) !== 48) {
    let v = 0;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(p + i) - 48;
      if (c < 0 || c > 9) return s.slice(p, p + len);
      v = v * 10 + c;
    }
    return SMALL_NUMBERS[v] ??= String(v);
  }
  return s.slice(p, p + len);
}

/** No insertion suffix (shared, never modified). */
const NO_SUFFIX: number[] = Object.freeze([]) as unknown as number[];

/** A number of 1 to 6 digits. */
function plainNumber(text: string, start: number): UnitNumber {
  return { text, span: { start, end: start + text.length }, base: parseInt(text, 10), suffix: NO_SUFFIX };
}

function mkNumber(text: string, start: number): UnitNumber {
  // Fast path for plain numbers ("12"), the same result as parseArabic without split/map.
  if (text.length <= 6 && /^\d+$/.test(text)) return plainNumber(text, start);
  return parseArabic(text, { start, end: start + text.length });
}

export interface Heading {
  kind: 'section' | 'chapter' | 'subchapter' | 'article';
  number: UnitNumber;
  title?: string;
  titleSpan?: Span;
  /** Section numeral problems. */
  numeralProblem?: string;
}

function matchHeading(content: string, offset: number): Heading | null {
  let m: RegExpExecArray | null;
  // Article headings.
  if ((m = RE_ARTICLE.exec(content))) {
    const numStart = offset + content.indexOf(m[2], m[1].length);
    return withTitle({ kind: 'article', number: mkNumber(m[2], numStart) }, m[3], content, offset);
  }
  if ((m = RE_ARTICLE_NUM.exec(content))) {
    return withTitle({ kind: 'article', number: mkNumber(m[1], offset) }, m[3], content, offset);
  }
  if ((m = RE_ARTICLE_NUM_BARE.exec(content)) && bareTitle(m[3])) {
    return withTitle({ kind: 'article', number: mkNumber(m[1], offset) }, m[3], content, offset);
  }
  if ((m = RE_CHAPTER.exec(content))) {
    const numStart = offset + content.indexOf(m[2], m[1].length);
    const number = chapterNumber(m[2], numStart);
    return number ? withTitle({ kind: 'chapter', number }, m[3], content, offset) : null;
  }
  if ((m = RE_CHAPTER_NUM.exec(content))) {
    return withTitle({ kind: 'chapter', number: mkNumber(m[1], offset) }, m[3], content, offset);
  }
  if ((m = RE_CHAPTER_ROMAN.exec(content))) {
    const number = chapterNumber(m[1], offset);
    return number ? withTitle({ kind: 'chapter', number }, m[3], content, offset) : null;
  }
  if ((m = RE_SUBCHAPTER.exec(content))) {
    const numStart = offset + content.indexOf(m[2], m[1].length);
    return withTitle({ kind: 'subchapter', number: mkNumber(m[2], numStart) }, m[3], content, offset);
  }
  let numText: string | null = null;
  let numStart = 0;
  let title: string | undefined;
  if ((m = RE_SECTION.exec(content))) {
    numText = m[2];
    numStart = offset + content.indexOf(m[2], m[1].length);
    title = m[3];
  } else if ((m = RE_SECTION_NUM.exec(content))) {
    numText = m[1];
    numStart = offset;
    title = m[3];
  }
  if (numText === null) return null;
  // Only numeral-looking tokens make a heading («Раздел имущества…» is a sentence); a numeral written as
  // a word in the nominative («Раздел первый», «РАЗДЕЛ ПЕРВЫЙ», «бірінші бөлім») is one too.
  const romanish = isRomanLike(numText);
  const arabic = /^\d+$/.test(numText);
  const span = { start: numStart, end: numStart + numText.length };
  if (!romanish && !arabic) {
    const value = headingNumeral(numText);
    if (value === 0) return null;
    return withTitle({ kind: 'section', number: { text: numText, span, base: value, suffix: NO_SUFFIX } }, title, content, offset);
  }
  let base = NaN;
  let numeralProblem: string | undefined;
  if (arabic) {
    base = parseInt(numText, 10);
    numeralProblem = 'arabic';
  } else {
    const norm = normaliseRoman(numText);
    base = romanValue(norm);
    const hasLatin = /[IVXLCDM]/.test(numText);
    const hasOther = [...numText].some((c) => !/[IVXLCDM]/.test(c));
    if (hasOther) numeralProblem = hasLatin ? 'mixed' : 'homoglyph';
    else if (!Number.isFinite(base)) numeralProblem = 'malformed';
    if (!Number.isFinite(base)) numeralProblem = 'malformed';
  }
  const h: Heading = { kind: 'section', number: { text: numText, span, base, suffix: NO_SUFFIX }, numeralProblem };
  return withTitle(h, title, content, offset);
}

/**
 * What one line's content reads as by itself, before parse()'s context checks (quoted wording, an
 * article's own exclusion note, malformed headings): a heading of its kind, number and title, or null.
 * For the rename's local check (features/renumber.ts).
 */
export function headingOf(content: string, offset = 0): { kind: Heading['kind']; number: UnitNumber; title?: string; titleSpan?: Span } | null {
  return content.length > 0 && content.length <= HEADING_MAX && mayBeHeadingAt(content, 0, content.length) ? matchHeading(content, offset) : null;
}

/**
 * A chapter number: Arabic («12», «3-1», «3.1»), or Roman in capitals («IV»; Cyrillic І and Х read as
 * Latin); null for anything else («Глава did…» is no heading).
 */
function chapterNumber(text: string, start: number): UnitNumber | null {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return mkNumber(text, start);
  if (text !== text.toUpperCase()) return null;
  const base = romanValue(normaliseRoman(text));
  if (!Number.isFinite(base)) return null;
  return { text, span: { start, end: start + text.length }, base, suffix: NO_SUFFIX };
}

function withTitle(h: Heading, title: string | undefined, content: string, offset: number): Heading {
  if (title) {
    const t = title.trim();
    if (t) {
      const idx = content.lastIndexOf(t);
      h.title = t;
      h.titleSpan = { start: offset + idx, end: offset + idx + t.length };
    }
  }
  return h;
}

export function parsePin(commentText: string, span: Span): PriorPin | 'invalid' | null {
  const inner = commentText.replace(/^<!--/, '').replace(/-->$/, '');
  const m = RE_PRIOR.exec(inner);
  if (!m) return null;
  const body = m[1].trim();
  const bodyStart = span.start + 4 + inner.indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
  if (/^(none|new|—|-|нет|жоқ)$/iu.test(body)) return { numbers: [], none: true, span };
  if (!/^\d+(?:-\d+)*(?:\s*[,;]\s*\d+(?:-\d+)*)*$/.test(body)) return 'invalid';
  const numbers: { text: string; span: Span }[] = [];
  const re = /\d+(?:-\d+)*/g;
  let mm: RegExpExecArray | null;
  while ((mm = re.exec(body))) {
    numbers.push({ text: mm[0], span: { start: bodyStart + mm.index, end: bodyStart + mm.index + mm[0].length } });
  }
  return { numbers, none: false, span };
}

export function parse(text: string): DocumentModel {
  const problems: Problem[] = [];
  try {
    return parseInner(text, problems);
  } catch (e) {
    // Defensive: the parser is written not to throw; if it ever does, return an empty model with a problem.
    return {
      text, masked: text, lang: 'ru', lines: [], titleLines: [], preamble: null, sections: [], chapters: [], subchapters: [],
      articles: [], comments: [], problems: [problem('document-not-text', { start: 0, end: 0 })],
      articleByNumber: new Map(), kazakh: true,
    };
  }
}

/** The structure read so far (parseInner's state, shared by its steps). */
interface Outline {
  problems: Problem[];
  sections: Section[];
  chapters: Chapter[];
  subchapters: Subchapter[];
  articles: Article[];
  section: Section | null;
  chapter: Chapter | null;
  subchapter: Subchapter | null;
  article: Article | null;
  /** A section, chapter or subchapter heading without a title: its title may be the next line. */
  untitled: Section | Chapter | Subchapter | null;
  /** section-numeral-invalid problems, placed once every section is known (see parseInner). */
  numerals: Problem[];
  /** Pins waiting for the next article heading. */
  pendingPins: PriorPin[];
  /** The current paragraph, last subparagraph and previous non-blank line kind (shared with parseBodyLine). */
  body: BodyState;
}

/**
 * One line of the model (issue 15, session 9): the line object *is* its content span (`start`, `end`:
 * the span shared with the heading span of the unit on the line and with article.lines), and its
 * `span` and `content` read that same object, so a line is one object instead of a `{span, content,
 * kind}` record and a span (28,000 lines at 5,000 articles: ≈ 1.1 MB retained and allocated per pass).
 * A line whose content differs from its span (indentation, Markdown heading markers, trailing blanks)
 * keeps its span, content and kind in a record in `#x` (otherwise `#x` is the kind); so does a line
 * whose spans were replaced (incremental.ts anchors the model's spans: `line.content = anchorSpan(…)`),
 * exactly as the fields of the former record were replaced.
 * The kind is private and read through a getter: as a span (a unit's `headSpan`, an entry of
 * `article.lines`) the object has the own enumerable properties of a plain span, `start` and `end`
 * (spread, JSON and assert.deepEqual see a span).
 */
export class LineRow implements Line, Span {
  start: number;
  end: number;
  /** The kind, or (a line whose span is not its content span) the record of span, content and kind. */
  #x: Line['kind'] | { span: Span; content: Span; kind: Line['kind'] };
  constructor(start: number, end: number, lineStart: number, lineEnd: number, kind: Line['kind']) {
    this.start = start;
    this.end = end;
    this.#x = start === lineStart && end === lineEnd ? kind : { span: { start: lineStart, end: lineEnd }, content: this, kind };
  }
  get kind(): Line['kind'] {
    const x = this.#x;
    return typeof x === 'string' ? x : x.kind;
  }
  set kind(v: Line['kind']) {
    const x = this.#x;
    if (typeof x === 'string') this.#x = v;
    else x.kind = v;
  }
  get span(): Span {
    const x = this.#x;
    return typeof x === 'string' ? this : x.span;
  }
  set span(v: Span) {
    const x = this.#x;
    if (typeof x !== 'string') x.span = v;
    else if (v !== this) this.#x = { span: v, content: this, kind: x };
  }
  get content(): Span {
    const x = this.#x;
    return typeof x === 'string' ? this : x.content;
  }
  set content(v: Span) {
    const x = this.#x;
    if (typeof x !== 'string') x.content = v;
    else if (v !== this) this.#x = { span: this, content: v, kind: x };
  }
}

function parseInner(text: string, problems: Problem[]): DocumentModel {
  if (typeof text !== 'string') text = String(text ?? '');
  const comments = scanComments(text, problems);
  const masked = maskComments(text, comments);
  // One search of the text for U+0000 and the invisible characters (rare.ts): masked holds U+0000 only
  // where the text does; analysis.ts starts the invisible-character search at the first one (rareFrom).
  const rare = firstRareChar(text);
  // lastIndexOf first: V8's indexOf of U+0000 stops at every ASCII character of a two-byte string (2× slower).
  const nul = rare < 0 ? -1 : masked.lastIndexOf('\u0000') < 0 ? -1 : masked.indexOf('\u0000');
  if (nul >= 0) problems.push(problem('document-not-text', { start: nul, end: nul + 1 }));
  const lang = languageOf(masked, FEEDS);
  const heads = lastHeads;

  const lines: Line[] = [];
  const titleLines: Span[] = [];
  let preamble: Span | null = null;
  const o: Outline = {
    problems, sections: [], chapters: [], subchapters: [], articles: [], section: null, chapter: null, subchapter: null,
    article: null, untitled: null, numerals: [], pendingPins: [],
    body: newBodyState(null as unknown as Article, 'blank'),
  };
  let seenStructure = false;
  // Before any heading: whether a preamble line so far is an amending sentence («Внести в Закон … следующие
  // изменения:», a law without articles of its own), and the state of the quotation marks after it. A heading
  // inside its quoted new wording («"Статья 11. …», then «Статья 12. …») is quoted text (session 23: a real
  // law's quoted Articles 11–14 became its own, 80 false errors).
  let amendingPre = false;
  let preQuote = 0;
  // Comments indexed by start, to attach pins in order.
  let commentIdx = 0;

  let pos = 0;
  const n = text.length;
  // Next \n and \r at or after `pos` (native indexOf instead of a character loop). The line feeds come
  // from those languageOf found in the same text (FEEDS: one indexOf per line fewer), then from indexOf.
  let nextLf = -1;
  let nextCr = -1;
  const feeds = FEEDS;
  let fi = 0;
  while (pos <= n) {
    // Line bounds.
    if (nextLf < pos && nextLf !== n) {
      while (fi < feeds.n && feeds.at[fi] < pos) fi++;
      if (fi < feeds.n) nextLf = feeds.at[fi];
      else { nextLf = masked.indexOf('\n', Math.max(pos, feeds.upTo)); if (nextLf < 0) nextLf = n; }
    }
    if (nextCr < pos && nextCr !== n) { nextCr = masked.indexOf('\r', pos); if (nextCr < 0) nextCr = n; }
    const eol = pos >= n ? n : Math.min(nextLf, nextCr);
    const next = eol < n ? (masked.charCodeAt(eol) === 13 && masked.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1) : n + 1;

    // Comments starting on this line: prior annotations.
    while (commentIdx < comments.length && comments[commentIdx].span.start < eol) {
      const c = comments[commentIdx++];
      if (c.span.start >= pos) readPin(o, c);
    }

    // Content: skip leading whitespace, BOM and Markdown heading markers; trim trailing whitespace.
    lineContent(masked, pos, eol);
    const cs = lcStart;
    const ce = lcEnd;
    // The line is its content span (LineRow); most lines have no indentation or trailing blanks: their
    // content span is their span (one object; analyzeIncremental moves such a line once).
    const contentSpan = new LineRow(cs, ce, pos, eol, 'text');

    let kind: Line['kind'] = 'text';
    if (ce === cs) {
      kind = masked.slice(pos, eol).trim() === '' && text.slice(pos, eol).trim() !== '' ? 'comment' : 'blank';
      if (kind === 'blank' && o.body.note === NoteKind.Marker) o.body.note = NoteKind.None;
    } else {
      // The content is only sliced where a regular expression needs it (headings, title lines).
      let h = ce - cs <= HEADING_MAX && mayBeHeadingAt(masked, cs, ce) ? matchHeading(masked.slice(cs, ce), cs) : null;
      // A heading inside an amending article's quoted new wording («"Статья 53 … Статья 54 …".») is quoted text.
      if (h && o.article && o.body.quote !== 0 && amendingSoFar(o.article, o.body.firstLine, masked)) h = null;
      // So is one inside an amending preamble's (no heading yet).
      if (h && !seenStructure && preQuote !== 0) h = null;
      // «Статья 6 исключена.» under «Статья 6»: the article's own exclusion note, not a second heading.
      if (h && o.article && ownExclusionNote(h, o.article)) h = null;
      const untitled = o.untitled;
      o.untitled = null;
      let mh: Heading | null = null;
      if (h) {
        seenStructure = true;
        kind = openUnit(o, h, cs, ce, contentSpan);
        if (kind !== 'article' && !h.title) o.untitled = kind === 'section' ? o.section : kind === 'chapter' ? o.chapter : o.subchapter;
      } else if (untitled && isTitleLine(masked, cs, ce)) {
        // «Глава I» / «Общие положения»: the title written on the line after the number.
        untitled.title = masked.slice(cs, ce);
        untitled.titleSpan = { start: cs, end: ce }; // its own span (the line's content span moves with the line)
        kind = untitled.kind;
      } else if (o.article && o.body.quote === 0 && (mh = malformedHeading(o.article, o.body.paragraph, masked, cs, ce))) {
        // «22-1. Үкімет…» without «-бап»: one problem that names the heading, then read as the heading it is.
        o.problems.push(problem('heading-malformed', { start: cs, end: ce }, { number: mh.number.text, heading: lexiconHeading(lang, mh.number.text) }));
        kind = openUnit(o, mh, cs, ce, contentSpan);
      } else if (!seenStructure) {
        // Title lines, then the preamble (publication notes are neither); an amending preamble's quoted new
        // wording (as an amending article's: parseBodyLine).
        if (amendingPre && (preQuote !== 0 || quotedLine(masked, cs, ce))) {
          preQuote = quoteStateAfter(preQuote, masked, cs, ce);
          kind = 'quote';
        } else if (noteLine(o.body, masked, cs, ce)) {
          kind = 'note';
        } else if (!preamble && titleForm(masked, cs, ce)) {
          kind = 'title';
          titleLines.push(contentSpan);
        } else {
          kind = 'preamble';
          preamble = preamble ? { start: preamble.start, end: ce } : contentSpan;
          if (amendingPre) preQuote = quoteStateAfter(preQuote, masked, cs, ce);
          else if (ce - cs < 2000 && amendingSentence(masked.slice(cs, ce))) amendingPre = true;
        }
      } else if (o.article) {
        o.body.article = o.article;
        kind = parseBodyLine(o.body, masked, cs, cs, ce, contentSpan);
      } else {
        // Text under a section/chapter heading but outside any article.
        kind = noteLine(o.body, masked, cs, ce) ? 'note' : 'text';
      }
    }
    contentSpan.kind = kind;
    lines.push(contentSpan);
    if (kind !== 'blank' && kind !== 'comment') {
      if (kind !== 'note' && kind !== 'quote') o.body.prevKind = kind;
      // Pins followed by text (not by an article heading) belong to the enclosing article, if any.
      if (kind !== 'article' && o.pendingPins.length > 0) placePendingPins(o, kind !== 'section' && kind !== 'chapter');
      extendSpans(o, kind, cs, ce);
    }
    pos = next;
  }
  if (o.article) closeArticle(o.body, o.article);

  // Articles whose body only records their exclusion ("Сноска. Статья 84 исключена …").
  for (const a of o.articles) {
    markExcludedByNote(a, masked);
    markAmending(a, masked);
  }
  // A list of sections or chapters (or articles) printed before the act's own headings (Adilet's 2011
  // edition) is a table of contents, not the act's structure: its headings leave the outline, the numbering
  // checks and the look-ups of «раздел II», which find the act's own heading.
  const contents = dropArticleContents(o);
  // A table of contents printed before the act's title (a 1992 Kazakh law: «І бөлім. …», «1-бап. …» … «24-бап. …»,
  // then «# Арал … туралы» and its preamble): the lines after its last entry, up to the act's first heading, were
  // read as that entry's body and went with it (session 26: no preamble, a false «different figures in the
  // preamble» against the Russian text). They are the act's title and preamble. (An edit there, before the act's
  // first article, is a full analysis: incremental.ts reads CONTENTS_ARTICLES.)
  // (The table's own heading before it, «## Оглавление», is no preamble: a line of text, as the table's are.)
  if (contents && preamble && RE_CONTENTS_HEADING.test(masked.slice(preamble.start, preamble.end))) {
    const l = lines.find((x) => x.content === preamble);
    if (l) {
      l.kind = 'text';
      preamble = null;
    }
  }
  if (contents && !preamble) preamble = titleAfterContents(lines, contents[contents.length - 1], masked, titleLines);
  dropContents(o);
  for (const x of o.sections) { x.articles = fit(x.articles); x.chapters = fit(x.chapters); }
  for (const x of o.chapters) x.articles = fit(x.articles);
  for (const x of o.subchapters) x.articles = fit(x.articles);
  // Sections numbered in Arabic figures throughout (codes: «Раздел 1», «4 бөлім») are a numbering style,
  // not a defect; Arabic among Roman numerals is one.
  const arabicOnly = o.sections.length > 0 && o.sections.every((x) => /^\d+$/.test(x.number.text));
  for (const p of o.numerals) if (!(arabicOnly && p.data?.kind === 'arabic')) problems.push(p);
  // Pins at the very end of the document.
  placePendingPins(o, true);

  const articleByNumber = new Map<string, Article>();
  const column = new Int32Array(o.articles.length);
  for (let i = 0; i < o.articles.length; i++) {
    const a = o.articles[i];
    const key = canonical(a.number.text);
    if (!articleByNumber.has(key)) articleByNumber.set(key, a);
    column[i] = plainNumberCode(a.number);
  }
  const { sections, chapters, subchapters, articles } = o;
  NUMBER_COLUMNS.set(articles, column);
  const doc: DocumentModel = {
    text, masked, lang, lines, titleLines, preamble, sections, chapters, subchapters, articles, comments, problems, articleByNumber,
    kazakh: kazakhAct(masked, lang),
  };
  RARE_FROM.set(doc, rare < 0 ? n : rare);
  if (contents) CONTENTS_ARTICLES.set(doc, contents);
  LANG_HEADS_OF.set(doc, heads);
  return doc;
}

/** Where the first U+0000 or invisible character of a parsed model's text is (its length: none). */
const RARE_FROM = new WeakMap<DocumentModel, number>();

/**
 * The offset before which `doc.text` holds no invisible character (rare.ts): found by `parse` in the
 * same search as U+0000; 0 for a model `parse` did not make.
 */
export function rareFrom(doc: DocumentModel): number {
  const k = RARE_FROM.get(doc);
  return k === undefined || doc.text.length < k ? 0 : k;
}

/**
 * The list itself at its length. A list grown by `push` keeps room for at least 17 elements (V8 grows a
 * backing store by half plus 16), and most lists of the model hold one to three: ≈ 3 MB of the
 * 5,000-article model was that room. Only lists built by the parser, before anyone else holds them.
 */
function fit<T>(a: T[]): T[] {
  return a.length === 0 ? a : a.slice();
}

/**
 * The lists of the article being read are gathered in the parser's reusable lists (BodyState) and
 * copied to the article at their length when it closes: pushed to the article's own lists, each grew a
 * backing store of 17 entries first (V8 grows an empty list by 16), which `fit` then copied (≈ 2 MB per
 * pass at 5,000 articles). An article closes at the next heading and at the end of the text
 * (parseInner) or of the region (parseArticleBody); its open paragraph closes with it.
 */
function closeArticle(st: BodyState, a: Article): void {
  closeParagraph(st);
  a.lines = st.nLines === 0 ? NO_UNITS : st.lines.slice(0, st.nLines);
  a.paragraphs = st.nParas === 0 ? [] : st.paras.slice(0, st.nParas);
  a.subparagraphs = st.nSubs === 0 ? NO_UNITS : st.subs.slice(0, st.nSubs);
  st.nLines = st.nParas = st.nSubs = 0;
  st.firstLine = null;
}

/**
 * An article's empty list of body lines or direct subparagraphs (issue 15, session 8): one shared, frozen
 * list (most articles have no direct subparagraphs); nothing adds to an article's lists after closeArticle.
 * Not for its paragraphs: `for … of` over lists of both kinds (a frozen list has elements of another
 * kind) is no longer inlined where the validation and the analysis walk every article's paragraphs, and
 * its iterator results are allocated (+0.6 MB per warm pass at 5,000 articles, where a quarter of the
 * articles have none: 41 kB retained).
 */
const NO_UNITS: never[] = Object.freeze([]) as unknown as never[];

/**
 * The prior pins of an article that has none: one shared, frozen list (almost every article); a pin is
 * added through addPriorPin, which gives the article its own list at its first pin.
 */
export const NO_PINS: PriorPin[] = Object.freeze([]) as unknown as PriorPin[];

/** Adds a pin to an article's prior pins (its own list from the first pin on: NO_PINS is shared). */
export function addPriorPin(a: Article, pin: PriorPin): void {
  if (a.priorPins === NO_PINS) a.priorPins = [pin];
  else a.priorPins.push(pin);
}

/**
 * The lists of an article not yet closed (shared, frozen, never read: the parse reads the open article's
 * lists from BodyState, and closeArticle gives every article its own).
 */
const OPEN_LIST: never[] = Object.freeze([]) as unknown as never[];

/** The open paragraph's subparagraphs, at their length (the shared empty list when it has none). */
function closeParagraph(st: BodyState): void {
  const p = st.paragraph;
  if (p && st.nPsubs > 0) p.subparagraphs = st.psubs.slice(0, st.nPsubs);
  st.nPsubs = 0;
}

/**
 * A table of contents: a leading run of at least two empty headings (nothing but the next heading after
 * each) whose first number comes again later, where the act's own headings begin. Those headings are
 * removed from the model (their lines stay heading lines of the text).
 */
function dropContents(o: Outline): void {
  // Chapters first: a table's sections hold the table's chapters (session 23: the Land Code's «Оглавление»
  // of sections, chapters and articles; its sections stayed, «Section I is numbered twice»).
  // Every heading of the table is empty (session 23, found by the campaign on the Land Code: an article typed
  // into the table kept its chapter, which the model had dropped, so an edit's fast path never moved it).
  const chapters = emptyContents(o.chapters, (x) => x.articles.length === 0);
  if (chapters > 0) {
    const dropped = new Set<Chapter>(o.chapters.splice(0, chapters));
    for (const s of o.sections) if (s.chapters.some((c) => dropped.has(c))) s.chapters = s.chapters.filter((c) => !dropped.has(c));
  }
  const sections = emptyContents(o.sections, (x) => x.articles.length === 0 && x.chapters.length === 0);
  if (sections > 0) {
    const gone = o.sections.splice(0, sections);
    // Their numerals' problems go with them (the table may write «Раздел 2» where the act has «Раздел II»).
    const at = new Set(gone.map((x) => x.number.span.start));
    o.numerals = o.numerals.filter((p) => !at.has(p.span.start));
  }
}

/** leadingContents, when every heading it takes is empty (0 otherwise). */
function emptyContents<T extends { number: UnitNumber }>(units: T[], empty: (u: T) => boolean): number {
  const n = leadingContents(units, empty);
  for (let i = 0; i < n; i++) if (!empty(units[i])) return 0;
  return n;
}

/** An article with nothing but its heading line (an entry of a table of contents). */
export function emptyArticle(a: Article): boolean {
  // (Its body lines, not its span: the span is made at each read, and the outline reads it once per article.)
  return a.paragraphs.length === 0 && a.subparagraphs.length === 0 && a.lines.length === 0;
}

/**
 * A table of contents of articles (a law printed with its «Оглавление»: «Глава 1. …», «Статья 1. …», …,
 * then the act's own headings): a leading run of at least two articles with nothing but their heading line,
 * up to the article that repeats the run's first number. Those articles leave the model (and the chapters
 * of the table, then empty, are dropped by dropContents). Before (a real law, Закон «О Квалификационной
 * коллегии юстиции»): 66 false «numbered twice» errors.
 */
function dropArticleContents(o: Outline): Article[] | null {
  const n = leadingContents(o.articles, emptyArticle);
  if (n === 0) return null;
  const list = o.articles.splice(0, n);
  // Each article's index is its place in the model's list.
  for (let i = 0; i < o.articles.length; i++) o.articles[i].index = i;
  const dropped = new Set<Article>(list);
  for (const units of [o.sections, o.chapters, o.subchapters] as { articles: Article[] }[][]) {
    for (const x of units) if (x.articles.length && dropped.has(x.articles[0])) x.articles = x.articles.filter((a) => !dropped.has(a));
  }
  return list;
}

/**
 * The lines after `last` (a table of contents' last article, dropped) up to the next heading, as the act's title
 * lines (when it has none yet: `titleLines` is filled) and preamble, as parseInner reads them before any heading;
 * blank lines, comments and notes stay what they are. Returns the preamble's span, or null.
 */
function titleAfterContents(lines: Line[], last: Article, masked: string, titleLines: Span[]): Span | null {
  let i = lines.indexOf(last.headSpan as unknown as Line);
  if (i < 0) return null;
  const titled = titleLines.length > 0;
  let preamble: Span | null = null;
  for (i++; i < lines.length; i++) {
    const l = lines[i];
    const k = l.kind;
    if (k === 'article' || k === 'section' || k === 'chapter' || k === 'subchapter') break;
    if (k === 'blank' || k === 'comment' || k === 'note') continue;
    const c = l.content;
    if (!titled && !preamble && titleForm(masked, c.start, c.end)) {
      l.kind = 'title';
      titleLines.push(c);
    } else {
      l.kind = 'preamble';
      preamble = preamble ? { start: preamble.start, end: c.end } : c;
    }
  }
  return preamble;
}

/** The heading of a table of contents («Оглавление», «Мазмұны», "Contents"). */
const RE_CONTENTS_HEADING = /^(?:оглавление|содержание|мазмұны|contents|table of contents)$/iu;

/** The articles of a table of contents the parse dropped (dropArticleContents), by model: incremental.ts reads them. */
export const CONTENTS_ARTICLES = new WeakMap<DocumentModel, readonly Article[]>();

/** How many leading headings of `units` are a table of contents (0: none). Exported for the incremental
 * analysis (a section's or chapter's number edited must not make or unmake a table of contents). */
export function leadingContents<T extends { number: UnitNumber }>(units: T[], empty: (u: T) => boolean): number {
  let run = 0;
  while (run < units.length && empty(units[run])) run++;
  if (run < 2 || run >= units.length) return 0;
  const first = units[0].number;
  const same = (n: UnitNumber) => n.base === first.base && n.suffix.length === first.suffix.length && n.suffix.every((x, i) => x === first.suffix[i]);
  for (let i = Math.max(1, run - 1); i < units.length; i++) if (same(units[i].number)) return i;
  return 0;
}

/** A comment on the current line: a prior annotation is kept for the next article, a malformed one reported. */
function readPin(o: Outline, c: Comment): void {
  const pin = parsePin(c.text, { start: c.span.start, end: c.span.end });
  if (pin === 'invalid') o.problems.push(problem('prior-annotation-invalid', c.span));
  else if (pin) o.pendingPins.push(pin);
}

/** The pending pins go to the current article (`inArticle`: the line that ends them is inside it), else are orphans. */
function placePendingPins(o: Outline, inArticle: boolean): void {
  for (const pin of o.pendingPins.splice(0)) {
    if (o.article && inArticle) addPriorPin(o.article, pin);
    else o.problems.push(problem('prior-annotation-orphan', pin.span));
  }
}

/** A non-blank line extends the units it belongs to. */
function extendSpans(o: Outline, kind: Line['kind'], cs: number, ce: number): void {
  if (o.article) growArticle(o.article, ce);
  if (o.subchapter) o.subchapter.span.end = ce;
  if (o.chapter) o.chapter.span.end = ce;
  if (o.section) o.section.span.end = ce;
  const { paragraph, lastSub } = o.body;
  if (lastSub && lastSub.headSpan.start <= cs) lastSub.endAt(ce);
  if (paragraph && paragraph.headSpan.start <= cs && (kind === 'paragraph' || kind === 'subparagraph' || kind === 'text')) {
    paragraph.endAt(ce);
  }
}

/** A heading line opens a section, a chapter or an article (closing the smaller units open). */
function openUnit(o: Outline, h: Heading, cs: number, ce: number, headSpan: Span): Line['kind'] {
  if (o.article) closeArticle(o.body, o.article);
  o.body.paragraph = null;
  o.body.lastSub = null;
  o.body.note = NoteKind.None;
  o.body.quote = 0;
  o.body.remarks = false;
  o.article = null;
  if (h.kind === 'subchapter') {
    const sub: Subchapter = {
      kind: 'subchapter', number: h.number, span: { start: cs, end: ce }, headSpan, title: h.title, titleSpan: h.titleSpan,
      chapter: o.chapter, articles: [],
    };
    o.subchapters.push(sub);
    o.subchapter = sub;
    return 'subchapter';
  }
  if (h.kind !== 'article') o.subchapter = null;
  if (h.kind === 'section') {
    o.chapter = null;
    const section: Section = {
      kind: 'section', number: h.number, span: { start: cs, end: ce }, headSpan, title: h.title,
      titleSpan: h.titleSpan, excluded: titleExcluded(h.title), articles: [], chapters: [],
    };
    if (h.numeralProblem) o.numerals.push(numeralProblem(h));
    o.sections.push(section);
    o.section = section;
    return 'section';
  }
  if (h.kind === 'chapter') {
    const chapter: Chapter = {
      kind: 'chapter', number: h.number, span: { start: cs, end: ce }, headSpan, title: h.title,
      titleSpan: h.titleSpan, excluded: titleExcluded(h.title), section: o.section, articles: [],
    };
    o.chapters.push(chapter);
    if (o.section) o.section.chapters.push(chapter);
    o.chapter = chapter;
    return 'chapter';
  }
  // Its lists are filled when the article closes (closeArticle): no list is made for it before. Its span
  // is its heading span's (cs, ce), grown line by line.
  const article = openArticle(h, headSpan, o.section, o.chapter, o.articles.length, o.pendingPins.length === 0 ? NO_PINS : o.pendingPins.splice(0));
  if (headSpan.start !== cs || headSpan.end !== ce) article.span = { start: cs, end: ce };
  o.articles.push(article);
  if (o.subchapter) o.subchapter.articles.push(article);
  if (o.chapter) o.chapter.articles.push(article);
  if (o.section) o.section.articles.push(article);
  o.article = article;
  return 'article';
}

/** section-numeral-invalid for a section heading whose number is not a Latin Roman numeral. */
export function numeralProblem(h: Heading): Problem {
  // Why, in the drafter's language (Lexicon.numeralProblems), when the kind is known.
  const detail = h.numeralProblem ?? '';
  const p = problem('section-numeral-invalid', h.number.span, { number: h.number.text, detail }, {
    kind: h.numeralProblem,
    normalised: Number.isFinite(h.number.base) ? normaliseRoman(h.number.text) : undefined,
    value: h.number.base,
  });
  // A numeral written with Cyrillic look-alikes that still reads as one («ІІ бөлім», «ІV бөлім»: the Kazakh
  // letter І for I, as official Kazakh texts often print it) is typography, not a numbering defect: reported
  // as information, with its quick fix (session 25: an error on every section of a real 1992 law).
  if ((h.numeralProblem === 'homoglyph' || h.numeralProblem === 'mixed') && Number.isFinite(h.number.base)) p.severity = 'information';
  return p;
}

/** The article heading the lexicon of `lang` writes for number `n` («Статья 22-1», «22-1-бап», "Article 22-1"). */
function lexiconHeading(lang: Lang, n: string): string {
  return lexicon(lang).unitHeading('article', n);
}

/** A line that is a publication note, or continues one (the note state `st.note` is updated). */
function noteLine(st: BodyState, s: string, p: number, q: number): boolean {
  if (st.note === NoteKind.MarkerAlone) {
    // The marker's text (the note now ends at the next blank line); a numbered unit is none (the note's text
    // begins with words: «Пункт 1 предусмотрено дополнить …»).
    const c = s.charCodeAt(p);
    if (c >= 48 && c <= 57) st.note = NoteKind.None;
    else {
      st.note = NoteKind.Marker;
      return true;
    }
  }
  if (st.note !== NoteKind.None) return true;
  const k = noteKindAt(s, p, q);
  if (k === NoteKind.None) return false;
  if (k === NoteKind.Marker) st.note = NoteKind.MarkerAlone;
  else if (k !== NoteKind.Note) st.note = k;
  return true;
}

/**
 * Whether the line content s[p, q), standing before any heading of the text, is read as a preamble line
 * where the lines before it leave the parser as a preamble line leaves it (no note open, no heading yet):
 * not a heading, not a note, and — `first`: no preamble line before it — not a title line. For the
 * incremental analysis of an edit in the preamble (core/incremental.ts), as parseInner decides it.
 */
export function readsAsPreamble(s: string, p: number, q: number, first: boolean): boolean {
  return readsAsText(s, p, q) && !(first && titleForm(s, p, q));
}

/**
 * Whether the line content s[p, q), standing before the preamble and any heading with only title lines
 * before it (no note open), is read as a title line of the act: not a heading, not a note, and of the
 * title's form (titleForm). For the incremental analysis of an edit in a title line, as parseInner decides it.
 */
export function readsTitleLine(s: string, p: number, q: number): boolean {
  return readsAsText(s, p, q) && titleForm(s, p, q);
}

/** Whether the non-empty line content s[p, q) reads, by itself, as neither a heading nor a publication note. */
function readsAsText(s: string, p: number, q: number): boolean {
  if (q <= p) return false;
  if (q - p <= HEADING_MAX && mayBeHeadingAt(s, p, q) && matchHeading(s.slice(p, q), p)) return false;
  return noteKindAt(s, p, q) === NoteKind.None;
}

/** Whether s[p, q) has the form of an act's title line («ПРОЕКТ», «КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН»): short, RE_TITLE. */
function titleForm(s: string, p: number, q: number): boolean {
  return q - p < 200 && RE_TITLE.test(s.slice(p, q));
}

/**
 * Whether s[p, q), the first line after a section or chapter heading without a title, is its title
 * («Глава I» / «Общие положения», «IV бөлім» / «ПАРЛАМЕНТ»): short, opening with a letter or a quote,
 * not numbered, not a note, and not ending as a sentence of a list does (; or :).
 */
export function isTitleLine(s: string, p: number, q: number): boolean {
  if (q - p > 300) return false;
  const c = s.charCodeAt(p);
  if (c >= 48 && c <= 57) return false;
  const last = s.charCodeAt(q - 1);
  if (last === 59 || last === 58) return false;
  if (!/^[\p{L}«"]/u.test(s.slice(p, p + 2))) return false;
  return noteKindAt(s, p, q) === NoteKind.None;
}

/**
 * An article heading written without its unit word, inside article `a`: «22-1. Үкіметтің өкілеттіктері»
 * (for «22-1-бап. …») or «23. Title» where no paragraph 23 can follow. The number does not continue the
 * article's paragraphs, is the article's own base with an insertion suffix or the next article's number,
 * and the text reads as a title: a capital first letter, no closing punctuation, at most 300 characters.
 * The heading, or null.
 */
function malformedHeading(a: Article, lastParagraph: Paragraph | null, s: string, p: number, q: number): Heading | null {
  const c0 = s.charCodeAt(p);
  if (!(c0 >= 48 && c0 <= 57) || q - p > 300) return null;
  if (bodyMarker(s, p, q) !== 46) return null;
  const numEnd = markerNumEnd;
  const titleStart = p + markerEnd;
  if (titleStart >= q) return null;
  const last = s.charCodeAt(q - 1);
  if (last === 46 || last === 59 || last === 58 || last === 44) return null;
  const first = s.charAt(titleStart);
  if (first === first.toLowerCase() || first !== first.toUpperCase()) return null;
  const number = mkNumber(s.slice(p, p + numEnd), p);
  const ab = a.number.base;
  if (!Number.isFinite(ab) || !Number.isFinite(number.base)) return null;
  // (The article's last paragraph: its lists are filled when it closes, closeArticle.)
  const lastPara = lastParagraph ? lastParagraph.number : null;
  const next = lastPara ? lastPara.base + 1 : 1;
  if (number.suffix.length === 0 ? number.base === next : lastPara !== null && number.base === lastPara.base) return null;
  if (number.suffix.length > 0 ? number.base !== ab : number.base !== ab + 1) return null;
  const t = s.slice(titleStart, q);
  return { kind: 'article', number, title: t, titleSpan: { start: titleStart, end: q } };
}

/**
 * Re-parses the body lines of one article for `analyzeIncremental` (core/incremental.ts), with the
 * parser's state right after the article's heading. `text` and `masked` hold only the region: the lines
 * from the one after the heading up to the next heading line (or the document's end), and start at
 * offset `base` of the document; `to` is text.length, or text.length + 1 when the region ends the
 * document (the parser's last, possibly empty, line). Spans are document offsets. `article` is a fresh
 * copy of the article (empty paragraphs/subparagraphs/lines, span.end = heading content end);
 * `comments` are the document's comments (new offsets).
 * MUST mirror the body-line branch of `parseInner` above (line bounds, content, kinds, span ends, pins);
 * test/unit/incremental.test.ts compares the result with a full parse.
 * Returns null when a line of the region would be a heading (the caller then re-parses everything).
 * With `split`, a line that opens an article («Статья 13» typed or pasted in the body: parseInner opens
 * the article there) ends the body instead: the article is closed before it, `endPos` is the heading
 * line's start and `next` holds the heading as read, its line (kind 'article', at document offsets) and
 * where the line after it starts (offsets in `text`), for the caller to read the new article's body from
 * there (`from`). Still null for a heading of another kind, a malformed one, and prior annotations
 * waiting for the heading (the parser gives those to the new article).
 */
export function parseArticleBody(
  text: string, masked: string, base: number, to: number, comments: Comment[], article: Article, split = false, from = 0,
): { lines: Line[]; pending: PriorPin[]; pinsSeen: number; endPos: number; next?: { heading: Heading; line: LineRow; from: number } } | null {
  const lines: Line[] = [];
  const pendingPins: PriorPin[] = [];
  let pinsSeen = 0;
  const body = newBodyState(article, 'article');
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid].span.start < base) lo = mid + 1;
    else hi = mid;
  }
  let commentIdx = lo;
  const n = text.length;
  let pos = from;
  let nextLf = -1;
  let nextCr = -1;
  while (pos < to && pos <= n) {
    if (nextLf < pos && nextLf !== n) { nextLf = masked.indexOf('\n', pos); if (nextLf < 0) nextLf = n; }
    if (nextCr < pos && nextCr !== n) { nextCr = masked.indexOf('\r', pos); if (nextCr < 0) nextCr = n; }
    const eol = pos >= n ? n : Math.min(nextLf, nextCr);
    const next = eol < n ? (masked.charCodeAt(eol) === 13 && masked.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1) : n + 1;
    while (commentIdx < comments.length && comments[commentIdx].span.start < base + eol) {
      const c = comments[commentIdx++];
      if (c.span.start < base + pos) continue;
      const pin = parsePin(c.text, { start: c.span.start, end: c.span.end });
      if (pin && pin !== 'invalid') { pendingPins.push(pin); pinsSeen++; }
    }
    lineContent(masked, pos, eol);
    const cs = lcStart;
    const ce = lcEnd;
    const acs = base + cs;
    const ace = base + ce;
    const contentSpan = new LineRow(acs, ace, base + pos, base + eol, 'text');
    let kind: Line['kind'];
    if (ce === cs) {
      kind = masked.slice(pos, eol).trim() === '' && text.slice(pos, eol).trim() !== '' ? 'comment' : 'blank';
      if (kind === 'blank' && body.note === NoteKind.Marker) body.note = NoteKind.None;
    } else {
      const h = ce - cs <= HEADING_MAX && mayBeHeadingAt(masked, cs, ce) ? matchHeading(masked.slice(cs, ce), acs) : null;
      if (h && !(body.quote !== 0 && amendingSoFar(article, body.firstLine, masked, base)) && !ownExclusionNote(h, article)) {
        if (!split || h.kind !== 'article' || pendingPins.length > 0) return null;
        closeArticle(body, article);
        contentSpan.kind = 'article';
        return { lines, pending: pendingPins, pinsSeen, endPos: base + pos, next: { heading: h, line: contentSpan, from: next } };
      }
      if (body.quote === 0 && malformedHeading(article, body.paragraph, masked, cs, ce)) return null;
      kind = parseBodyLine(body, masked, cs, acs, ace, contentSpan);
    }
    contentSpan.kind = kind;
    lines.push(contentSpan);
    if (kind !== 'blank' && kind !== 'comment') {
      if (kind !== 'note' && kind !== 'quote') body.prevKind = kind;
      if (pendingPins.length > 0) for (const pin of pendingPins.splice(0)) addPriorPin(article, pin);
      growArticle(article, ace);
      const { paragraph, lastSub } = body;
      if (lastSub && lastSub.headSpan.start <= acs) lastSub.endAt(ace);
      if (paragraph && paragraph.headSpan.start <= acs && kind !== 'note' && kind !== 'quote') paragraph.endAt(ace);
    }
    pos = next;
  }
  // Quoted wording still open where the region ends may swallow the next heading: the caller re-parses all.
  if (body.quote !== 0 && to <= n && amendingSoFar(article, body.firstLine, masked, base)) return null;
  closeArticle(body, article);
  return { lines, pending: pendingPins, pinsSeen, endPos: base + pos };
}

// Set by lineContent (no string, no object per line).
let lcStart = 0;
let lcEnd = 0;

/**
 * The content of the line masked[pos, eol), as the parser reads it (lineContent): its start and end. For
 * the incremental analysis, which reads an edited heading line again (core/incremental.ts).
 */
export function lineContentOf(masked: string, pos: number, eol: number): { start: number; end: number } {
  lineContent(masked, pos, eol);
  return { start: lcStart, end: lcEnd };
}

/**
 * Sets lcStart / lcEnd to the content of the line [pos, eol): without leading blanks, BOM and Markdown
 * heading markers, and without trailing blanks.
 */
function lineContent(masked: string, pos: number, eol: number): void {
  let cs = pos;
  while (cs < eol) {
    const c = masked.charCodeAt(cs);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0xfeff) cs++;
    else break;
  }
  let ce = eol;
  while (ce > cs) {
    const c = masked.charCodeAt(ce - 1);
    if (c === 32 || c === 9 || c === 0xa0) ce--;
    else break;
  }
  // Markdown heading markers (the leading blanks are already skipped, so the line starts with #).
  if (ce > cs && masked.charCodeAt(cs) === 35) {
    const md = RE_MD_MARKER.exec(masked.slice(cs, ce));
    if (md) cs += md[0].length;
  }
  lcStart = cs;
  lcEnd = ce;
}

/**
 * The subparagraphs of a paragraph that has none: one shared, frozen empty list (most paragraphs have
 * none); the parser gives a paragraph its own list at its first subparagraph.
 */
const NO_SUBPARAGRAPHS: Subparagraph[] = Object.freeze([]) as unknown as Subparagraph[];

/**
 * A span read as a data property from here on: a write to a derived span (`span`, `titleSpan`,
 * `number.span` of a paragraph or subparagraph) stores the value given, as on a plain object.
 */
function ownSpan(o: object, key: string, v: Span | undefined): void {
  Object.defineProperty(o, key, { value: v, writable: true, enumerable: true, configurable: true });
}

/**
 * A paragraph's or subparagraph's number (issue 15, session 7): it opens the unit's first line, so its
 * span is read from the unit's heading span (the line's content span) and the number's length, not kept
 * as an object of its own. It follows the heading span when the incremental analysis anchors or moves it.
 */
class BodyNumber implements UnitNumber {
  text: string;
  base: number;
  /** NO_SUFFIX from the prototype unless the number has one (session 8: a field less per unit). */
  declare suffix: number[];
  readonly #u: BodyUnit;
  constructor(text: string, base: number, suffix: number[], u: BodyUnit) {
    this.text = text;
    this.base = base;
    this.#u = u;
    if (suffix !== NO_SUFFIX) this.suffix = suffix;
  }
  get span(): Span {
    const s = this.#u.headSpan.start;
    return { start: s, end: s + this.text.length };
  }
  set span(v: Span) { ownSpan(this, 'span', v); }
}

/**
 * An article as the parser makes it (issue 15, session 10): its span starts at its heading span's start
 * (the heading line's content) and is read from that span and the article's length, as a body unit's, not
 * kept as an object of its own (5,000 at 5,000 articles); it follows the heading span when the incremental
 * analysis anchors or moves it. The parser grows it through `endAt` (growArticle); a written span is the
 * article's own (ownSpan). The other fields are the object literal's, in its order. Later in session 10:
 * its kind, and `excluded` but for an excluded article, are read from the prototype, as a body unit's
 * (two fields less per article; see below); so are `title`, `titleSpan` and `amending` of an untitled,
 * not amending article (the constitutions' articles have no titles: three fields less).
 */
class ArticleUnit implements Article {
  declare readonly kind: 'article';
  number: UnitNumber;
  headSpan: Span;
  /** Undefined from the prototype unless the article has a title (then both its own, set last). */
  declare title: string | undefined;
  declare titleSpan: Span | undefined;
  /** False from the prototype unless the article is excluded (then its own `true`, set last). */
  declare excluded: boolean;
  section: Section | null;
  chapter: Chapter | null;
  paragraphs: Paragraph[];
  subparagraphs: Subparagraph[];
  lines: Span[];
  priorPins: PriorPin[];
  index: number;
  /** Set by markAmending once the body is read: undefined from the prototype unless it amends (its own). */
  declare amending: boolean | undefined;
  #len: number;
  constructor(
    number: UnitNumber, headSpan: Span, title: string | undefined, titleSpan: Span | undefined, excluded: boolean,
    section: Section | null, chapter: Chapter | null, paragraphs: Paragraph[], subparagraphs: Subparagraph[], lines: Span[],
    priorPins: PriorPin[], index: number,
  ) {
    this.number = number;
    this.headSpan = headSpan;
    this.section = section;
    this.chapter = chapter;
    this.paragraphs = paragraphs;
    this.subparagraphs = subparagraphs;
    this.lines = lines;
    this.priorPins = priorPins;
    this.index = index;
    this.#len = headSpan.end - headSpan.start;
    // Last: a titled or excluded article's own fields follow the others (their offsets are those of every article).
    if (title !== undefined || titleSpan !== undefined) {
      this.title = title;
      this.titleSpan = titleSpan;
    }
    if (excluded) this.excluded = true;
  }
  get span(): Span {
    const s = this.headSpan.start;
    return { start: s, end: s + this.#len };
  }
  set span(v: Span) {
    ownSpan(this, 'span', v);
    this.#len = -1;
  }
  /** The parser's span end (the article grows line by line); the heading's start stays its start. */
  endAt(end: number): void {
    if (this.#len >= 0) this.#len = end - this.headSpan.start;
    else this.span.end = end; // a span of its own (written), grown in place
  }
}

/**
 * A new article with `a`'s heading (or `heading`: its heading line read again after an edit of its title),
 * numbered `number`, and nothing of its body yet: for its body to be parsed again (parseArticleBody) —
 * the incremental update's re-parse and the rename's local check. An
 * ArticleUnit, as the parser's: its span is read from its heading span (unless `a`'s starts elsewhere)
 * and grown by the re-parse; its number reads its span from this article's heading span (HeadNumber),
 * not from `a`'s.
 */
export function articleShell(
  a: Article, number: UnitNumber, priorPins: PriorPin[], heading?: { headSpan: Span; title: string | undefined; titleSpan: Span | undefined },
): Article {
  const headSpan = heading ? heading.headSpan : a.headSpan;
  const title = heading ? heading.title : a.title;
  const shell = new ArticleUnit(
    number, headSpan, title, heading ? heading.titleSpan : a.titleSpan, titleExcluded(title), null, null, [], [], [], priorPins, a.index,
  );
  if (a.span.start !== a.headSpan.start) shell.span = { start: a.span.start, end: headSpan.end };
  shell.number = headingNumber(number, shell);
  return shell;
}

/**
 * The article a heading opens (its heading span `headSpan`, the line's content span), in `section` and
 * `chapter`, at `index`, with the prior pins waiting for it: its lists are filled when its body is read
 * (closeArticle, parseArticleBody). parseInner's openUnit and the incremental analysis of an article heading
 * typed in a body or under a heading (core/incremental.ts) make it so.
 */
export function openArticle(h: Heading, headSpan: Span, section: Section | null, chapter: Chapter | null, index: number, pins: PriorPin[] = NO_PINS): Article {
  const article = new ArticleUnit(
    h.number, headSpan, h.title, h.titleSpan, titleExcluded(h.title), section, chapter, OPEN_LIST, OPEN_LIST, OPEN_LIST, pins, index,
  );
  article.number = headingNumber(h.number, article);
  return article;
}

/** Grows `a`'s span to `end` (the parser's articles through endAt, any other in place). */
function growArticle(a: Article, end: number): void {
  if (a instanceof ArticleUnit) a.endAt(end);
  else a.span.end = end;
}

/**
 * An article's number (issue 15, session 10): it stands on the heading line at a fixed offset from the
 * article's heading span (the line's content span; an edit on the line re-parses the article), so its
 * span is read from that span, the offset and the number's length, as a body unit's number, not kept as
 * an object of its own (5,000 at 5,000 articles). A written span is its own (ownSpan). JSON gives the
 * number as the parser's plain one.
 */
class HeadNumber implements UnitNumber {
  text: string;
  base: number;
  declare suffix: number[];
  readonly #u: { headSpan: Span };
  readonly #o: number;
  constructor(text: string, base: number, suffix: number[], o: number, u: { headSpan: Span }) {
    this.text = text;
    this.base = base;
    this.#u = u;
    this.#o = o;
    if (suffix !== NO_SUFFIX) this.suffix = suffix;
  }
  get span(): Span {
    const s = this.#u.headSpan.start + this.#o;
    return { start: s, end: s + this.text.length };
  }
  set span(v: Span) { ownSpan(this, 'span', v); }
  toJSON(): UnitNumber { return { text: this.text, span: this.span, base: this.base, suffix: this.suffix }; }
}

/**
 * The number `n` of `u` (an article) as a HeadNumber of `u`, read from its heading span from now on; `n`
 * itself when it does not lie in that span as text (never from the parser).
 */
function headingNumber(n: UnitNumber, u: { headSpan: Span }): UnitNumber {
  const s = n.span;
  const h = u.headSpan;
  if (s.start < h.start || s.end > h.end || s.end - s.start !== n.text.length) return n;
  return new HeadNumber(n.text, n.base, n.suffix, s.start - h.start, u);
}

/**
 * The spans of a paragraph or subparagraph (issue 15, session 7). All three start on its first line,
 * whose content span is its `headSpan`: `span` is the heading span's start and the unit's length (its
 * last line's end, set while parsing), `titleSpan` the text after the number to the heading span's end,
 * `number.span` the number at its start. Each is read as a new plain object (the parser made three
 * span objects per unit: a third of the model's allocation), and each follows the heading span, which
 * the incremental analysis anchors and moves with its line (core/incremental.ts anchorUnit leaves the
 * derived spans alone). A write stores the span given instead (ownSpan).
 */
/** Units whose length or title offset does not fit BodyUnit's packed field (its length in the bits above 8, below 2^30). */
const UNIT_WIDE = new WeakMap<object, { len: number; t: number }>();
const WIDE_LEN = 1 << 22;

/** The packed length and title offset of `u` (BodyUnit #tl), or -1 with both in UNIT_WIDE (`wide`: they were there). */
function packUnit(u: object, len: number, t: number, wide: boolean): number {
  if (len >= 0 && len < WIDE_LEN && t >= 0 && t < 256) {
    if (wide) UNIT_WIDE.delete(u);
    return len * 256 + t;
  }
  UNIT_WIDE.set(u, { len, t });
  return -1;
}

abstract class BodyUnit {
  headSpan: Span;
  /**
   * The unit's length (from its heading span's start to the end of its last line) × 256 + the offset of
   * its title from the heading span's start: one small integer (issue 15, session 10: a field less per
   * unit, 19,169 at 5,000 articles). A unit too long, or a title too far, for that (WIDE) keeps both in
   * UNIT_WIDE and -1 here.
   */
  #tl: number;
  /** The text the unit was parsed from (the document's masked text, or the re-parsed region's). */
  #src: string;
  /** Where its heading line's content starts in `#src`. */
  #p: number;
  number: UnitNumber;
  /** False from the prototype unless the unit is excluded (session 10: a field less per unit; see below). */
  declare excluded: boolean;
  article: Article;
  /**
   * A unit of one line (its heading span, whose content is `src` from `p`) numbered `text` (`base`,
   * `suffix`), its title at `titleAt`, in `article`. An excluded unit's own `excluded` is set by the
   * subclass, after its own fields.
   */
  constructor(text: string, base: number, suffix: number[], headSpan: Span, titleAt: number, src: string, p: number, article: Article) {
    this.headSpan = headSpan;
    this.#tl = packUnit(this, headSpan.end - headSpan.start, titleAt - headSpan.start, false);
    this.#src = src;
    this.#p = p;
    this.number = new BodyNumber(text, base, suffix, this);
    this.article = article;
  }
  /**
   * The text after the number on the heading line, read from the text it was parsed from (issue 15,
   * session 9: a sliced string per unit was 19,000 strings at 5,000 articles, ≈ 0.6 MB retained; a
   * sliced string kept that same text alive). The heading span moves but never changes its length (an
   * edit on the line re-parses the article: new units). A write stores the title given.
   */
  get title(): string {
    const p = this.#p;
    const h = this.headSpan;
    const x = this.#tl;
    return this.#src.slice(p + (x >= 0 ? x & 255 : UNIT_WIDE.get(this)!.t), p + (h.end - h.start));
  }
  set title(v: string) { Object.defineProperty(this, 'title', { value: v, writable: true, enumerable: true, configurable: true }); }
  get span(): Span {
    const s = this.headSpan.start;
    const x = this.#tl;
    return { start: s, end: s + (x >= 0 ? x >> 8 : UNIT_WIDE.get(this)!.len) };
  }
  set span(v: Span) { ownSpan(this, 'span', v); }
  get titleSpan(): Span {
    const h = this.headSpan;
    const x = this.#tl;
    return { start: h.start + (x >= 0 ? x & 255 : UNIT_WIDE.get(this)!.t), end: h.end };
  }
  set titleSpan(v: Span | undefined) { ownSpan(this, 'titleSpan', v); }
  /** The parser's span end (the unit grows line by line); the heading's start stays its start. */
  spanEnd(): number {
    const x = this.#tl;
    return this.headSpan.start + (x >= 0 ? x >> 8 : UNIT_WIDE.get(this)!.len);
  }
  endAt(end: number): void {
    const x = this.#tl;
    this.#tl = packUnit(this, end - this.headSpan.start, x >= 0 ? x & 255 : UNIT_WIDE.get(this)!.t, x < 0);
  }
}

class ParagraphUnit extends BodyUnit implements Paragraph {
  declare readonly kind: 'paragraph';
  subparagraphs: Subparagraph[];
  constructor(text: string, base: number, suffix: number[], headSpan: Span, titleAt: number, src: string, p: number, excluded: boolean, article: Article) {
    super(text, base, suffix, headSpan, titleAt, src, p, article);
    this.subparagraphs = NO_SUBPARAGRAPHS;
    // Last: an excluded unit's own field follows the others (their offsets are those of every unit).
    if (excluded) this.excluded = true;
  }
}

class SubparagraphUnit extends BodyUnit implements Subparagraph {
  declare readonly kind: 'subparagraph';
  paragraph: Paragraph | null;
  afterText: boolean;
  constructor(
    text: string, base: number, suffix: number[], headSpan: Span, titleAt: number, src: string, p: number, excluded: boolean, article: Article,
    paragraph: Paragraph | null, afterText: boolean,
  ) {
    super(text, base, suffix, headSpan, titleAt, src, p, article);
    this.paragraph = paragraph;
    this.afterText = afterText;
    if (excluded) this.excluded = true;
  }
}

// What every paragraph or subparagraph has alike is read from the prototype, not kept in a field per unit
// (issue 15, session 8: 8 bytes per field, 19,169 units at 5,000 articles): the kind, and a number's empty
// insertion suffix (a number with one keeps it as its own property). Not enumerable, as the span getters.
// Session 10: `excluded` too, false for all but the few excluded units, which (or a unit written) keep
// their own `true`.
Object.defineProperty(ParagraphUnit.prototype, 'kind', { value: 'paragraph', enumerable: false, writable: false });
Object.defineProperty(SubparagraphUnit.prototype, 'kind', { value: 'subparagraph', enumerable: false, writable: false });
Object.defineProperty(BodyNumber.prototype, 'suffix', { value: NO_SUFFIX, enumerable: false, writable: true });
Object.defineProperty(HeadNumber.prototype, 'suffix', { value: NO_SUFFIX, enumerable: false, writable: true });
Object.defineProperty(BodyUnit.prototype, 'excluded', { value: false, enumerable: false, writable: true });
// Later in session 10 an article's alike (ArticleUnit): its kind, and `excluded` false but for the few
// excluded articles (5,000 articles: 2 × 40 kB).
Object.defineProperty(ArticleUnit.prototype, 'kind', { value: 'article', enumerable: false, writable: false });
Object.defineProperty(ArticleUnit.prototype, 'excluded', { value: false, enumerable: false, writable: true });
// Undefined but for a titled or amending article (the constitutions' have no titles): 3 × 40 kB more.
for (const k of ['title', 'titleSpan', 'amending']) Object.defineProperty(ArticleUnit.prototype, k, { value: undefined, enumerable: false, writable: true });

interface BodyState {
  article: Article;
  paragraph: ParagraphUnit | null;
  lastSub: SubparagraphUnit | null;
  prevKind: Line['kind'];
  /** Inside a note that runs over several lines: after «Примечание ИЗПИ!» alone (to a blank line), or the signature block (to the next heading). */
  note: NoteKind;
  /** Inside quoted wording (lang/markup.ts quoteStateAfter); 0 outside. Ends at the next heading at the latest. */
  quote: number;
  /** After the article's «Примечания.» line (lang/markup.ts remarksHeading): numbered lines are the remarks' items, text. */
  remarks: boolean;
  /**
   * The open article's body lines, paragraphs and direct subparagraphs, and the open paragraph's
   * subparagraphs: the first n of each list (reused from article to article; closeArticle).
   */
  lines: Span[];
  nLines: number;
  paras: ParagraphUnit[];
  nParas: number;
  subs: Subparagraph[];
  nSubs: number;
  psubs: Subparagraph[];
  nPsubs: number;
  /** The open article's first body line (read while parsing, before its lists are filled). */
  firstLine: Span | null;
}

function newBodyState(article: Article, prevKind: Line['kind']): BodyState {
  return {
    article, paragraph: null, lastSub: null, prevKind, note: NoteKind.None, quote: 0, remarks: false,
    lines: [], nLines: 0, paras: [], nParas: 0, subs: [], nSubs: 0, psubs: [], nPsubs: 0, firstLine: null,
  };
}

/**
 * One non-empty line of an article body: a paragraph `N.`, a subparagraph `N)`, or unnumbered text
 * (a "part" continuing the current paragraph). Updates `st` and returns the line's kind. Shared by
 * the full parse and the incremental re-parse of one article (`parseArticleBody`). The line's content is
 * s[p, p + (ce - cs)); cs and ce are its document offsets (s may hold only the re-parsed region).
 */
function parseBodyLine(st: BodyState, s: string, p: number, cs: number, ce: number, contentSpan: Span): Line['kind'] {
  if (st.nLines === 0) st.firstLine = contentSpan;
  st.lines[st.nLines++] = contentSpan;
  const c0 = s.charCodeAt(p);
  if (st.quote !== 0 || quotedLine(s, p, p + (ce - cs))) {
    // Quoted wording (an amending act's new text: «Статья 15-1. …», «2. …»): not units of this act.
    st.quote = quoteStateAfter(st.quote, s, p, p + (ce - cs));
    st.lastSub = null;
    return 'quote';
  }
  if (noteLine(st, s, p, p + (ce - cs))) {
    st.lastSub = null;
    return 'note';
  }
  let marker = c0 >= 48 && c0 <= 57 && !st.remarks ? bodyMarker(s, p, p + (ce - cs)) : 0;
  let letter = 0;
  if (marker === 0 && !st.remarks && c0 > 96 && s.charCodeAt(p + 1) === 41 && (ce - cs === 2 || isBlank(s.charCodeAt(p + 2)))) {
    // A lettered subparagraph «а)», «б)», "a)".
    letter = letterValue(c0);
    if (letter > 0) {
      marker = 41;
      markerNumEnd = 1;
      let e = 2;
      while (e < ce - cs && isBlank(s.charCodeAt(p + e))) e++;
      markerEnd = e;
    }
  }
  // «1) тармақша …» (kk: the number comes before the noun it belongs to) cites a subparagraph.
  if (marker === 41 && letter === 0 && citesAfterNumber(s, p + markerEnd)) marker = 0;
  if (marker !== 0) {
    // The number and the text after it (the title), shared by both kinds; no span objects (BodyUnit).
    const numText = letter === 0 && markerPlain ? digitsText(s, p, markerNumEnd) : s.slice(p, p + markerNumEnd);
    let base: number;
    let suffix: number[];
    if (letter > 0) {
      base = letter;
      suffix = NO_SUFFIX;
    } else if (markerPlain) {
      base = parseInt(numText, 10);
      suffix = NO_SUFFIX;
    } else {
      const n = mkNumber(numText, cs);
      base = n.base;
      suffix = n.suffix;
    }
    const titleAt = cs + markerEnd;
    const excluded = isExcludedAt(s, p + markerEnd, p + (ce - cs));
    if (marker === 46 /* . */) {
      st.lastSub = null;
      closeParagraph(st);
      const para = new ParagraphUnit(numText, base, suffix, contentSpan, titleAt, s, p, excluded, st.article);
      st.paragraph = para;
      st.paras[st.nParas++] = para;
      return 'paragraph';
    }
    const sub = new SubparagraphUnit(numText, base, suffix, contentSpan, titleAt, s, p, excluded, st.article, st.paragraph, st.prevKind === 'text');
    if (st.paragraph) st.psubs[st.nPsubs++] = sub;
    else st.subs[st.nSubs++] = sub;
    st.lastSub = sub;
    return 'subparagraph';
  }
  st.lastSub = null;
  if (st.paragraph) st.paragraph.endAt(ce);
  if (!st.remarks && remarksHeading(s, p, p + (ce - cs))) st.remarks = true;
  return 'text';
}

/** The exclusion post-pass of `parseInner` for one article ("Сноска. Статья 84 исключена …"). */
export function markExcludedByNote(a: Article, masked: string, base = 0): void {
  if (!a.excluded && a.paragraphs.length === 0 && a.subparagraphs.length === 0 && a.lines.length > 0 && a.lines.length <= 4) {
    const s = a.lines[0].start - base;
    const e = a.lines[0].end - base;
    if (e - s >= 400) return;
    const first = masked.slice(s, e);
    // «Исключена …», or a publication note that records it («Сноска. Статья 84 исключена …»); not a
    // sentence that mentions repealing.
    if (a.lines.length <= 2 && (RE_EXCLUDED_START.test(first) || (noteKindAt(masked, s, e) === NoteKind.Note && RE_EXCLUDED.test(first)))) {
      a.excluded = true;
      return;
    }
    // Only notes, one of which records it (session 26, a 1998 Kazakh law: «ЕСКЕРТУ. 28-бап өзгерді …», then
    // «ЕСКЕРТУ. 28-бап алып тасталды …»).
    let noted = false;
    for (const l of a.lines) {
      const ls = l.start - base;
      const le = l.end - base;
      if (le - ls >= 400 || noteKindAt(masked, ls, le) !== NoteKind.Note) return;
      if (!noted && RE_EXCLUDED.test(masked.slice(ls, le))) noted = true;
    }
    if (noted) a.excluded = true;
  }
}

/**
 * Marks an article that amends other acts: its heading's title, or its first body line, is an amending
 * sentence («Внести в следующие законодательные акты …:», «… енгізілсін:», "… shall be introduced …:").
 */
export function markAmending(a: Article, masked: string, base = 0): void {
  const l0 = a.lines.length > 0 ? a.lines[0] : null;
  const first = l0 && l0.end - l0.start < 2000 && mayBeAmendingSentence(masked, l0.start - base, l0.end - base)
    ? masked.slice(l0.start - base, l0.end - base) : '';
  const amending = (!!a.title && amendingSentence(a.title)) || (first.length < 2000 && amendingSentence(first)) || undefined;
  // The parser's article reads undefined from its class (ArticleUnit): only a value that differs is written.
  if (amending || a.amending !== undefined || !(a instanceof ArticleUnit)) a.amending = amending;
}

/** A line read as «Статья 6 исключена …» inside article 6: its exclusion note (the heading form without a dot). */
function ownExclusionNote(h: Heading, a: Article): boolean {
  return h.kind === 'article' && titleExcluded(h.title) && canonical(h.number.text) === canonical(a.number.text);
}

/** An article that amends other acts, as far as it has been read (markAmending's test, while parsing). */
function amendingSoFar(a: Article, first: Span | null, masked: string, base = 0): boolean {
  if (a.title && amendingSentence(a.title)) return true;
  if (first === null) return false;
  return first.end - first.start < 2000 && amendingSentence(masked.slice(first.start - base, first.end - base));
}

/** Whether an article's heading title marks it excluded (as the parser sets `excluded` at the heading). */
export function titleExcluded(title: string | undefined): boolean {
  return !!title && RE_EXCLUDED_START.test(title);
}

/** isExcludedText of s[from, to), without slicing a line whose first character rules it out. */
function isExcludedAt(s: string, from: number, to: number): boolean {
  // «2) (исключен)», «5. (исключен)» (session 26, a 1998 law): the words in brackets.
  if (s.charCodeAt(from) === 40 /* ( */ && from + 1 < to) from++;
  switch (s.charCodeAt(from)) {
    case 0x438: case 0x418: case 0x443: case 0x423: case 0x430: case 0x410: case 0x43a: case 0x41a: case 101: case 69: case 114: case 82: break;
    default: return false;
  }
  return from < to && isExcludedText(s.slice(from, Math.min(to, from + 60)));
}

const RE_EXCLUDED_HEAD = new RegExp(String.raw`^${EXCLUDED_WORDS}(?=$|[\s.,;:)])`, 'iu');

function isExcludedText(rest: string): boolean {
  // The words start with и у а к e r (either case): most titles are decided by their first character.
  switch (rest.charCodeAt(0)) {
    case 0x438: case 0x418: case 0x443: case 0x423: case 0x430: case 0x410: case 0x43a: case 0x41a: case 101: case 69: case 114: case 82: break;
    default: return false;
  }
  const head = rest.slice(0, 60);
  return RE_EXCLUDED_HEAD.test(head);
}

/**
 * The article numbers as a column (issue 15): for each article of a model's list, the code of its number
 * (plainNumberCode: a plain «83» or an inserted «83-1» written so; -1 for any other).
 * A renumbering plan walks the sequence from it and reads an article only where the column says -1 or
 * the number changes: reading four scattered objects per article (article, number, suffix list, text)
 * cost 20 ns per article at 1,000 articles and 60 at 20,000, where the model no longer fits any cache
 * (growth 1.13). Made by the parser for its list, taken over by the incremental analysis for the list
 * of the next version (carryNumberColumn); a list made anywhere else has none (read the articles).
 * A column is never modified once set (versions share it).
 */
const NUMBER_COLUMNS = new WeakMap<readonly Unit[], Int32Array>();

/** The column of a model's article list (see NUMBER_COLUMNS), or undefined (any other list). */
export function numberColumn(articles: readonly Unit[]): Int32Array | undefined {
  const c = NUMBER_COLUMNS.get(articles);
  return c !== undefined && c.length === articles.length ? c : undefined;
}

/**
 * The column of `next`, the article list of the version after `prev`'s, equal to it but for article `i`
 * (the incremental analysis re-parses one article; its heading did not change, so it is the same entry).
 */
export function carryNumberColumn(prev: readonly Article[], next: readonly Article[], i: number): void {
  const c = numberColumn(prev);
  if (c === undefined || next.length !== prev.length) return;
  const v = plainNumberCode(next[i].number);
  if (v === c[i]) NUMBER_COLUMNS.set(next, c);
  else {
    const d = c.slice();
    d[i] = v;
    NUMBER_COLUMNS.set(next, d);
  }
}

/**
 * The number column of `next`: `prev`'s with its `removed` articles at `at` replaced by `added` articles
 * (the one before them may have been replaced too). Nothing when `prev` has no column.
 */
export function spliceNumberColumn(prev: readonly Article[], next: readonly Article[], at: number, removed: number, added: number): void {
  const c = numberColumn(prev);
  if (c === undefined || next.length !== prev.length - removed + added) return;
  const d = new Int32Array(next.length);
  d.set(c.subarray(0, at));
  d.set(c.subarray(at + removed), at + added);
  for (let i = Math.max(0, at - 1); i < at + added; i++) d[i] = plainNumberCode(next[i].number);
  NUMBER_COLUMNS.set(next, d);
}

/** The column's code of a number it does not give (the unit is read). */
export const NO_CODE = -1;
/** Bits of an insertion suffix in the code of a number with one («83-1»). */
const SUFFIX_BITS = 10;

/**
 * The column's code of a number: its base when it is plain (no suffix, `text` exactly the decimal of
 * `base`, base in 1 … 2³¹−1); −2 − (base · 2¹⁰ + suffix) for one insertion level written `base-suffix`
 * with ASCII digits and hyphen (base below 2²⁰, suffix 1 … 1023); else NO_CODE.
 */
export function plainNumberCode(n: UnitNumber): number {
  const t = n.text;
  const sl = n.suffix.length;
  if (sl > 1 || t.length === 0 || t.length > 10 || t.charCodeAt(0) === 48) return NO_CODE;
  let v = 0;
  let i = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    v = v * 10 + c;
  }
  if (sl === 0) return i === t.length && v === n.base && v <= 0x7fffffff ? v : NO_CODE;
  // «base-suffix»: a hyphen, then the suffix's digits without a leading zero.
  if (v !== n.base || v >= 1 << 20 || i === 0 || t.charCodeAt(i) !== 45 || i + 1 === t.length || t.charCodeAt(i + 1) === 48) return NO_CODE;
  let s = 0;
  for (let j = i + 1; j < t.length; j++) {
    const c = t.charCodeAt(j) - 48;
    if (c < 0 || c > 9) return NO_CODE;
    s = s * 10 + c;
  }
  return s === n.suffix[0] && s >= 1 && s < 1 << SUFFIX_BITS ? -2 - (v * (1 << SUFFIX_BITS) + s) : NO_CODE;
}

/**
 * The index of the first article of `articles` at or after `from` whose number's
 * canonical form is `key`, or −1. With the list's number column (the incremental analysis carries it from
 * version to version), an article whose number has a code is compared by its code: such a number is
 * written in its canonical form, so it is `key` exactly when its code is that of `key`.
 */
export function articleBearing(articles: readonly Article[], key: string, from = 0): number {
  const column = numberColumn(articles);
  const code = column === undefined ? NO_CODE : plainNumberCode(mkNumber(key, 0));
  for (let i = from; i < articles.length; i++) {
    const c = column === undefined ? NO_CODE : column[i];
    if (c !== NO_CODE ? c === code : canonical(articles[i].number.text) === key) return i;
  }
  return -1;
}

/** The base of an inserted number's code (plainNumberCode, below −1). */
export function insertedBase(code: number): number {
  return (-2 - code) >> SUFFIX_BITS;
}

/** The suffix of an inserted number's code (plainNumberCode, below −1). */
export function insertedSuffix(code: number): number {
  return (-2 - code) & ((1 << SUFFIX_BITS) - 1);
}

export function canonical(numText: string): string {
  // Fast path: plain digits without a leading zero are already canonical.
  const len = numText.length;
  if (len > 0 && len <= 15 && numText.charCodeAt(0) !== 48) {
    let plain = true;
    for (let i = 0; i < len; i++) {
      const c = numText.charCodeAt(i);
      if (c < 48 || c > 57) { plain = false; break; }
    }
    if (plain) return numText;
  }
  return hyphenated(numText)
    .split('-')
    .map((p) => (/^\d+$/.test(p) ? String(parseInt(p, 10)) : p))
    .join('-');
}

/** The article a unit is, or lies in (null for a section or a chapter). */
export function articleOfUnit(u: Unit): Article | null {
  if (u.kind === 'article') return u;
  if (u.kind === 'paragraph' || u.kind === 'subparagraph') return u.article;
  return null;
}

/** All units of a document in document order (articles, paragraphs, subparagraphs). */
export function* allUnits(doc: DocumentModel): Generator<Unit> {
  for (const a of doc.articles) {
    yield a;
    for (const s of a.subparagraphs) yield s;
    for (const p of a.paragraphs) {
      yield p;
      for (const s of p.subparagraphs) yield s;
    }
  }
}
