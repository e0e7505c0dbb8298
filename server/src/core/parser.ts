// Parser: text -> document model (sections › chapters › articles › paragraphs › subparagraphs).
// Never throws. Every problem is recorded as data with a stable code and an exact span.
// Linear in the size of the input: one pass over lines, anchored regular expressions without
// nested quantifiers, and comment scanning with indexOf.

import type {
  Article, Chapter, Comment, Lang, Line, Paragraph, PriorPin, Problem, Section, Span, Subparagraph, UnitNumber,
} from './types';
import { formatMessage, defaultSeverity } from './messages';
import { isRomanLike, normaliseRoman, parseArabic, romanValue } from './text';

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
  articles: Article[];
  comments: Comment[];
  problems: Problem[];
  /** Look-up by canonical number key ("83-1"). First occurrence wins for duplicates. */
  articleByNumber: Map<string, Article>;
}

export function problem(
  code: string, span: Span, args: Record<string, string | number> = {}, data?: Record<string, unknown>,
): Problem {
  return { code, severity: defaultSeverity(code), args, span, message: formatMessage(code, args, 'en'), data };
}

const NUM = String.raw`(\d{1,6}(?:-\d{1,6}){0,3})`;
// Heading patterns, applied to a line's content after Markdown markers are removed.
const RE_ARTICLE_RU = new RegExp(String.raw`^(Статья)[ \t\u00a0]+${NUM}(?:[ \t\u00a0]*\.[ \t\u00a0]*(.*?))?[ \t\u00a0.]*$`, 'iu');
const RE_ARTICLE_EN = new RegExp(String.raw`^(Article)[ \t\u00a0]+${NUM}(?:[ \t\u00a0]*\.[ \t\u00a0]*(.*?))?[ \t\u00a0.]*$`, 'iu');
const RE_ARTICLE_KK = new RegExp(String.raw`^${NUM}(-бап)(?:[ \t\u00a0]*\.[ \t\u00a0]*(.*?))?[ \t\u00a0.]*$`, 'iu');
const RE_CHAPTER_RU = new RegExp(String.raw`^(Глава)[ \t\u00a0]+${NUM}(?:[ \t\u00a0]*\.?[ \t\u00a0]*(.*?))?[ \t\u00a0]*$`, 'iu');
const RE_CHAPTER_EN = new RegExp(String.raw`^(Chapter)[ \t\u00a0]+${NUM}(?:[ \t\u00a0]*\.?[ \t\u00a0]*(.*?))?[ \t\u00a0]*$`, 'iu');
const RE_CHAPTER_KK = new RegExp(String.raw`^${NUM}(-тарау)(?:[ \t\u00a0]*\.?[ \t\u00a0]*(.*?))?[ \t\u00a0]*$`, 'iu');
// Section numbers: a token of letters/digits, validated afterwards (so homoglyphs are reported, not missed).
const RE_SECTION_RU = /^(Раздел)[ \t\u00a0]+([\p{L}\p{N}]{1,12})(?=$|[ \t\u00a0.])[ \t\u00a0]*\.?[ \t\u00a0]*(.*?)[ \t\u00a0]*$/iu;
const RE_SECTION_EN = /^(Section|Part)[ \t\u00a0]+([\p{L}\p{N}]{1,12})(?=$|[ \t\u00a0.])[ \t\u00a0]*\.?[ \t\u00a0]*(.*?)[ \t\u00a0]*$/iu;
const RE_SECTION_KK = /^([\p{L}\p{N}]{1,12})[ \t\u00a0]+(бөлім)(?=$|[ \t\u00a0.])[ \t\u00a0]*\.?[ \t\u00a0]*(.*?)[ \t\u00a0]*$/iu;
const RE_PARAGRAPH = new RegExp(String.raw`^${NUM}\.(?=[ \t\u00a0]|$)[ \t\u00a0]*`, 'u');
const RE_SUBPARAGRAPH = new RegExp(String.raw`^${NUM}\)(?=[ \t\u00a0]|$)[ \t\u00a0]*`, 'u');
const RE_MD_MARKER = /^[ \t]{0,3}#{1,6}[ \t]+/;
// A necessary condition for any heading pattern above (same flags, same words, looser numbers): lines
// that fail it (most body lines, e.g. «1. …») skip the nine heading expressions.
const RE_HEADING_START = /^(?:Статья|Article|Глава|Chapter|Раздел|Section|Part|[\d-]+-(?:бап|тарау)|[\p{L}\p{N}]{1,12}[ \t\u00a0]+бөлім)/iu;
const RE_TITLE = /^(?:ПРОЕКТ|ЖОБА|DRAFT|PROJECT|КОНСТИТУЦИЯ(?:\s.*)?|Конституция Республики Казахстан|.*КОНСТИТУЦИЯСЫ|.*Конституциясы|CONSTITUTION(?:\s.*)?|Constitution of\s.*|Конституция принята\s.*|Конституция \d{4}\s.*)$/iu;
const RE_EXCLUDED = /(^|[\s.(«"])(исключен[аоы]?|утратил[аио]? силу|алып тасталды|excluded|repealed)(?=$|[\s.,;:)»"])/iu;
const RE_PRIOR = /^[ \t]*prior[ \t]*:(.*)$/is;

/** Finds `<!-- -->` comments. An unclosed one ends at the end of its line (no text is swallowed). */
function scanComments(text: string, problems: Problem[]): Comment[] {
  const out: Comment[] = [];
  let i = 0;
  // Once no `-->` follows some offset, none follows any later one: searching again from every later
  // opener made many unclosed comments quadratic.
  let noCloseFrom = Infinity;
  for (;;) {
    const open = text.indexOf('<!--', i);
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

const KK_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const CYR = /[\u0400-\u04FF]/g;
const LAT = /[A-Za-z]/g;

/** Detects the language from headings first, then from letters. */
export function detectLanguage(text: string): Lang {
  const sample = text.length > 200000 ? text.slice(0, 200000) : text;
  // Leading blanks do not cross line breaks: `^\s*` with /m restarted at every line of a run of empty
  // lines and rescanned the rest of the run (quadratic: 40,000 empty lines took 17 s). Each heading line
  // is still counted once, as before.
  const kkHead = (sample.match(/^[^\S\r\n\u2028\u2029]*(?:#+\s*)?\d+(?:-\d+)*-бап(?![\p{L}\p{N}])/gmu) ?? []).length
    + (sample.match(/^[^\S\r\n\u2028\u2029]*(?:#+\s*)?\S+ бөлім(?![\p{L}\p{N}])/gmu) ?? []).length;
  const ruHead = (sample.match(/^[^\S\r\n\u2028\u2029]*(?:#+\s*)?(Статья|Раздел|Глава)\s/gmu) ?? []).length;
  const enHead = (sample.match(/^[^\S\r\n\u2028\u2029]*(?:#+\s*)?(Article|Section|Chapter|Part)\s/gmu) ?? []).length;
  const heads = Math.max(kkHead, ruHead, enHead);
  if (heads >= 2) {
    if (kkHead === heads) return 'kk';
    if (ruHead === heads) return 'ru';
    return 'en';
  }
  const kk = (sample.match(KK_LETTERS) ?? []).length;
  const cyr = (sample.match(CYR) ?? []).length;
  const lat = (sample.match(LAT) ?? []).length;
  if (cyr > lat) return kk > cyr * 0.01 ? 'kk' : 'ru';
  if (lat > 0) return 'en';
  return 'ru';
}

function mkNumber(text: string, start: number): UnitNumber {
  // Fast path for plain numbers ("12"), the same result as parseArabic without split/map.
  if (text.length <= 6 && /^\d+$/.test(text)) {
    return { text, span: { start, end: start + text.length }, base: parseInt(text, 10), suffix: [] };
  }
  return parseArabic(text, { start, end: start + text.length });
}

interface Heading {
  kind: 'section' | 'chapter' | 'article';
  number: UnitNumber;
  title?: string;
  titleSpan?: Span;
  /** Section numeral problems. */
  numeralProblem?: string;
}

function matchHeading(content: string, offset: number): Heading | null {
  let m: RegExpExecArray | null;
  // Article headings.
  if ((m = RE_ARTICLE_RU.exec(content)) || (m = RE_ARTICLE_EN.exec(content))) {
    const numStart = offset + content.indexOf(m[2], m[1].length);
    return withTitle({ kind: 'article', number: mkNumber(m[2], numStart) }, m[3], content, offset);
  }
  if ((m = RE_ARTICLE_KK.exec(content))) {
    return withTitle({ kind: 'article', number: mkNumber(m[1], offset) }, m[3], content, offset);
  }
  if ((m = RE_CHAPTER_RU.exec(content)) || (m = RE_CHAPTER_EN.exec(content))) {
    const numStart = offset + content.indexOf(m[2], m[1].length);
    return withTitle({ kind: 'chapter', number: mkNumber(m[2], numStart) }, m[3], content, offset);
  }
  if ((m = RE_CHAPTER_KK.exec(content))) {
    return withTitle({ kind: 'chapter', number: mkNumber(m[1], offset) }, m[3], content, offset);
  }
  let numText: string | null = null;
  let numStart = 0;
  let title: string | undefined;
  if ((m = RE_SECTION_RU.exec(content)) || (m = RE_SECTION_EN.exec(content))) {
    numText = m[2];
    numStart = offset + content.indexOf(m[2], m[1].length);
    title = m[3];
  } else if ((m = RE_SECTION_KK.exec(content))) {
    numText = m[1];
    numStart = offset;
    title = m[3];
  }
  if (numText === null) return null;
  // Only numeral-looking tokens make a heading («Раздел имущества…» is a sentence).
  const romanish = isRomanLike(numText);
  const arabic = /^\d+$/.test(numText);
  if (!romanish && !arabic) return null;
  const span = { start: numStart, end: numStart + numText.length };
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
  const h: Heading = { kind: 'section', number: { text: numText, span, base, suffix: [] }, numeralProblem };
  return withTitle(h, title, content, offset);
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

function parsePin(commentText: string, span: Span): PriorPin | 'invalid' | null {
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
      text, masked: text, lang: 'ru', lines: [], titleLines: [], preamble: null, sections: [], chapters: [],
      articles: [], comments: [], problems: [problem('document-not-text', { start: 0, end: 0 })],
      articleByNumber: new Map(),
    };
  }
}

function parseInner(text: string, problems: Problem[]): DocumentModel {
  if (typeof text !== 'string') text = String(text ?? '');
  const comments = scanComments(text, problems);
  const masked = maskComments(text, comments);
  const nul = masked.indexOf('\u0000');
  if (nul >= 0) problems.push(problem('document-not-text', { start: nul, end: nul + 1 }));
  const lang = detectLanguage(masked);

  const lines: Line[] = [];
  const titleLines: Span[] = [];
  let preamble: Span | null = null;
  const sections: Section[] = [];
  const chapters: Chapter[] = [];
  const articles: Article[] = [];
  let section: Section | null = null;
  let chapter: Chapter | null = null;
  let article: Article | null = null;
  let paragraph: Paragraph | null = null;
  let lastSub: Subparagraph | null = null;
  let seenStructure = false;
  // Pins waiting for the next article heading.
  const pendingPins: PriorPin[] = [];
  // Comments indexed by start, to attach pins in order.
  let commentIdx = 0;

  let prevKind: Line['kind'] = 'blank';
  const body: BodyState = { article: null as unknown as Article, paragraph: null, lastSub: null, prevKind: 'blank' };
  let pos = 0;
  const n = text.length;
  // Next \n and \r at or after `pos` (native indexOf instead of a character loop).
  let nextLf = -1;
  let nextCr = -1;
  while (pos <= n) {
    // Line bounds.
    if (nextLf < pos && nextLf !== n) { nextLf = masked.indexOf('\n', pos); if (nextLf < 0) nextLf = n; }
    if (nextCr < pos && nextCr !== n) { nextCr = masked.indexOf('\r', pos); if (nextCr < 0) nextCr = n; }
    const eol = pos >= n ? n : Math.min(nextLf, nextCr);
    const next = eol < n ? (masked.charCodeAt(eol) === 13 && masked.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1) : n + 1;
    const lineSpan = { start: pos, end: eol };

    // Comments starting on this line: prior annotations.
    while (commentIdx < comments.length && comments[commentIdx].span.start < eol) {
      const c = comments[commentIdx++];
      if (c.span.start < pos) continue;
      const pin = parsePin(c.text, c.span);
      if (pin === 'invalid') problems.push(problem('prior-annotation-invalid', c.span));
      else if (pin) pendingPins.push(pin);
    }

    // Content: skip leading whitespace, BOM and Markdown heading markers; trim trailing whitespace.
    const { cs, ce, content } = lineContent(masked, pos, eol);
    const contentSpan = { start: cs, end: ce };

    let kind: Line['kind'] = 'text';
    if (content.length === 0) {
      kind = masked.slice(pos, eol).trim() === '' && text.slice(pos, eol).trim() !== '' ? 'comment' : 'blank';
    } else {
      const h = content.length <= 400 && RE_HEADING_START.test(content) ? matchHeading(content, cs) : null;
      if (h) {
        seenStructure = true;
        const headSpan = contentSpan;
        if (h.kind === 'section') {
          kind = 'section';
          chapter = null;
          article = null;
          paragraph = null;
          lastSub = null;
          section = {
            kind: 'section', number: h.number, span: { start: cs, end: ce }, headSpan, title: h.title,
            titleSpan: h.titleSpan, excluded: !!h.title && RE_EXCLUDED.test(h.title), articles: [], chapters: [],
          };
          if (h.numeralProblem) {
            const detail = h.numeralProblem === 'mixed'
              ? ': Latin and Cyrillic letters are mixed'
              : h.numeralProblem === 'homoglyph' ? ': it is written with Cyrillic look-alike letters'
              : h.numeralProblem === 'arabic' ? ': sections are numbered with Roman numerals' : '';
            problems.push(problem('section-numeral-invalid', h.number.span, { number: h.number.text, detail }, {
              kind: h.numeralProblem,
              normalised: Number.isFinite(h.number.base) ? normaliseRoman(h.number.text) : undefined,
              value: h.number.base,
            }));
          }
          sections.push(section);
        } else if (h.kind === 'chapter') {
          kind = 'chapter';
          article = null;
          paragraph = null;
          lastSub = null;
          chapter = {
            kind: 'chapter', number: h.number, span: { start: cs, end: ce }, headSpan, title: h.title,
            titleSpan: h.titleSpan, excluded: !!h.title && RE_EXCLUDED.test(h.title), section, articles: [],
          };
          chapters.push(chapter);
          if (section) section.chapters.push(chapter);
        } else {
          kind = 'article';
          paragraph = null;
          lastSub = null;
          article = {
            kind: 'article', number: h.number, span: { start: cs, end: ce }, headSpan, title: h.title,
            titleSpan: h.titleSpan, excluded: !!h.title && RE_EXCLUDED.test(h.title), section, chapter,
            paragraphs: [], subparagraphs: [], lines: [], priorPins: pendingPins.splice(0), index: articles.length,
          };
          articles.push(article);
          if (chapter) chapter.articles.push(article);
          if (section) section.articles.push(article);
        }
      } else if (!seenStructure) {
        // Title lines, then the preamble.
        if (!preamble && RE_TITLE.test(content) && content.length < 200) {
          kind = 'title';
          titleLines.push(contentSpan);
        } else {
          kind = 'preamble';
          preamble = preamble ? { start: preamble.start, end: ce } : contentSpan;
        }
      } else if (article) {
        body.article = article;
        body.paragraph = paragraph;
        body.lastSub = lastSub;
        body.prevKind = prevKind;
        kind = parseBodyLine(body, content, cs, ce, contentSpan);
        paragraph = body.paragraph as Paragraph | null; // set by parseBodyLine (TS keeps the narrowing)
        lastSub = body.lastSub as Subparagraph | null;
      } else {
        // Text under a section/chapter heading but outside any article.
        kind = 'text';
      }
    }
    lines.push({ span: lineSpan, content: contentSpan, kind });
    if (kind !== 'blank' && kind !== 'comment') {
      prevKind = kind;
      // Pins followed by text (not by an article heading) belong to the enclosing article, if any.
      if (kind !== 'article' && pendingPins.length > 0) {
        for (const pin of pendingPins.splice(0)) {
          if (article && kind !== 'section' && kind !== 'chapter') article.priorPins.push(pin);
          else problems.push(problem('prior-annotation-orphan', pin.span));
        }
      }
    }
    if (kind !== 'blank' && kind !== 'comment') {
      if (article) article.span.end = ce;
      if (chapter) chapter.span.end = ce;
      if (section) section.span.end = ce;
      if (lastSub && lastSub.span.start <= cs) lastSub.span.end = ce;
      if (paragraph && paragraph.span.start <= cs && (kind === 'paragraph' || kind === 'subparagraph' || kind === 'text')) {
        paragraph.span.end = ce;
      }
    }
    pos = next;
  }

  // Articles whose body only records their exclusion ("Сноска. Статья 84 исключена …").
  for (const a of articles) markExcludedByNote(a, masked);

  // Pins at the very end of the document.
  for (const pin of pendingPins) {
    if (article) article.priorPins.push(pin);
    else problems.push(problem('prior-annotation-orphan', pin.span));
  }

  const articleByNumber = new Map<string, Article>();
  for (const a of articles) {
    const key = canonical(a.number.text);
    if (!articleByNumber.has(key)) articleByNumber.set(key, a);
  }

  return { text, masked, lang, lines, titleLines, preamble, sections, chapters, articles, comments, problems, articleByNumber };
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
 */
export function parseArticleBody(
  text: string, masked: string, base: number, to: number, comments: Comment[], article: Article,
): { lines: Line[]; pending: PriorPin[]; pinsSeen: number; endPos: number } | null {
  const lines: Line[] = [];
  const pendingPins: PriorPin[] = [];
  let pinsSeen = 0;
  let paragraph: Paragraph | null = null;
  let lastSub: Subparagraph | null = null;
  let prevKind: Line['kind'] = 'article';
  const body: BodyState = { article, paragraph: null, lastSub: null, prevKind: 'article' };
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid].span.start < base) lo = mid + 1;
    else hi = mid;
  }
  let commentIdx = lo;
  const n = text.length;
  let pos = 0;
  let nextLf = -1;
  let nextCr = -1;
  while (pos < to && pos <= n) {
    if (nextLf < pos && nextLf !== n) { nextLf = masked.indexOf('\n', pos); if (nextLf < 0) nextLf = n; }
    if (nextCr < pos && nextCr !== n) { nextCr = masked.indexOf('\r', pos); if (nextCr < 0) nextCr = n; }
    const eol = pos >= n ? n : Math.min(nextLf, nextCr);
    const next = eol < n ? (masked.charCodeAt(eol) === 13 && masked.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1) : n + 1;
    const lineSpan = { start: base + pos, end: base + eol };
    while (commentIdx < comments.length && comments[commentIdx].span.start < base + eol) {
      const c = comments[commentIdx++];
      if (c.span.start < base + pos) continue;
      const pin = parsePin(c.text, c.span);
      if (pin && pin !== 'invalid') { pendingPins.push(pin); pinsSeen++; }
    }
    const { cs, ce, content } = lineContent(masked, pos, eol);
    const acs = base + cs;
    const ace = base + ce;
    const contentSpan = { start: acs, end: ace };
    let kind: Line['kind'];
    if (content.length === 0) {
      kind = masked.slice(pos, eol).trim() === '' && text.slice(pos, eol).trim() !== '' ? 'comment' : 'blank';
    } else {
      if (content.length <= 400 && RE_HEADING_START.test(content) && matchHeading(content, acs)) return null;
      body.article = article;
      body.paragraph = paragraph;
      body.lastSub = lastSub;
      body.prevKind = prevKind;
      kind = parseBodyLine(body, content, acs, ace, contentSpan);
      paragraph = body.paragraph as Paragraph | null; // set by parseBodyLine (TS keeps the narrowing)
      lastSub = body.lastSub as Subparagraph | null;
    }
    lines.push({ span: lineSpan, content: contentSpan, kind });
    if (kind !== 'blank' && kind !== 'comment') {
      prevKind = kind;
      if (pendingPins.length > 0) for (const pin of pendingPins.splice(0)) article.priorPins.push(pin);
      article.span.end = ace;
      if (lastSub && lastSub.span.start <= acs) lastSub.span.end = ace;
      if (paragraph && paragraph.span.start <= acs) paragraph.span.end = ace;
    }
    pos = next;
  }
  return { lines, pending: pendingPins, pinsSeen, endPos: base + pos };
}

/**
 * The content of the line [pos, eol): without leading blanks, BOM and Markdown heading markers, and
 * without trailing blanks.
 */
function lineContent(masked: string, pos: number, eol: number): { cs: number; ce: number; content: string } {
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
  let content = masked.slice(cs, ce);
  const md = RE_MD_MARKER.exec(content);
  if (md) {
    cs += md[0].length;
    content = content.slice(md[0].length);
  }
  return { cs, ce, content };
}

interface BodyState {
  article: Article;
  paragraph: Paragraph | null;
  lastSub: Subparagraph | null;
  prevKind: Line['kind'];
}

/**
 * One non-empty line of an article body: a paragraph `N.`, a subparagraph `N)`, or unnumbered text
 * (a "part" continuing the current paragraph). Updates `st` and returns the line's kind. Shared by
 * the full parse and the incremental re-parse of one article (`parseArticleBody`).
 */
function parseBodyLine(st: BodyState, content: string, cs: number, ce: number, contentSpan: Span): Line['kind'] {
  const article = st.article;
  article.lines.push(contentSpan);
  let m: RegExpExecArray | null;
  if ((m = RE_PARAGRAPH.exec(content))) {
    st.lastSub = null;
    const rest = content.slice(m[0].length);
    st.paragraph = {
      kind: 'paragraph', number: mkNumber(m[1], cs), span: { start: cs, end: ce }, headSpan: contentSpan,
      title: rest, titleSpan: { start: cs + m[0].length, end: ce }, excluded: isExcludedText(rest),
      article, subparagraphs: [],
    };
    article.paragraphs.push(st.paragraph);
    return 'paragraph';
  }
  if ((m = RE_SUBPARAGRAPH.exec(content))) {
    const rest = content.slice(m[0].length);
    const sub: Subparagraph = {
      kind: 'subparagraph', number: mkNumber(m[1], cs), span: { start: cs, end: ce }, headSpan: contentSpan,
      title: rest, titleSpan: { start: cs + m[0].length, end: ce }, excluded: isExcludedText(rest),
      article, paragraph: st.paragraph, afterText: st.prevKind === 'text',
    };
    if (st.paragraph) st.paragraph.subparagraphs.push(sub);
    else article.subparagraphs.push(sub);
    st.lastSub = sub;
    return 'subparagraph';
  }
  st.lastSub = null;
  if (st.paragraph) st.paragraph.span.end = ce;
  return 'text';
}

/** The exclusion post-pass of `parseInner` for one article ("Сноска. Статья 84 исключена …"). */
export function markExcludedByNote(a: Article, masked: string, base = 0): void {
  if (!a.excluded && a.paragraphs.length === 0 && a.subparagraphs.length === 0 && a.lines.length > 0 && a.lines.length <= 2) {
    const first = masked.slice(a.lines[0].start - base, a.lines[0].end - base);
    if (RE_EXCLUDED.test(first) && first.length < 400) a.excluded = true;
  }
}

/** Whether an article's heading title marks it excluded (as the parser sets `excluded` at the heading). */
export function titleExcluded(title: string | undefined): boolean {
  return !!title && RE_EXCLUDED.test(title);
}

function isExcludedText(rest: string): boolean {
  const head = rest.slice(0, 60);
  return /^(исключен[аоы]?|утратил[аио]? силу|алып тасталды|excluded|repealed)(?=$|[\s.,;:)])/iu.test(head);
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
  return numText
    .split('-')
    .map((p) => (/^\d+$/.test(p) ? String(parseInt(p, 10)) : p))
    .join('-');
}
