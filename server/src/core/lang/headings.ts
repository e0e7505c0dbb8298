// Heading patterns built from the lexicons' heading forms («Статья 12», «12-бап», «XII бөлім», "Part II"):
// one place for what a heading looks like, read by the parser and by the client (which bundles this pure
// module to put the cursor on a prior article's heading). Every language's forms are recognised in every
// document, as the parser always did. Pure.

import { ALL_LEXICONS, type HeadingForm } from './index';
import { ROMAN_CAPITALS } from '../text';

type HeadingKind = 'article' | 'chapter' | 'section';

/**
 * A number of a heading: 1 to 6 digits, up to three insertion suffixes written with a hyphen («83-1»),
 * a dot («67.1») or superscript digits («67¹»).
 */
const NUM = String.raw`(\d{1,6}(?:[-.]\d{1,6}|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}){0,3})`;
/** A chapter number in Roman numerals («Глава I», «IV тарау»; Cyrillic І, Х and Ү too), checked afterwards. */
const ROMAN = `[${ROMAN_CAPITALS}]{1,8}`;
/** After a Roman chapter number: the end, a blank, a dot or a comma. */
const ROMAN_END = String.raw`(?=$|[ \t\u00a0.,])`;
/** Blanks of the heading patterns: space, tab, no-break space. */
const B = String.raw`[ \t\u00a0]`;
/** A section numeral as written (letters or digits), validated afterwards. */
const NUMERAL = String.raw`([\p{L}\p{N}]{1,12})`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words of every lexicon's `kind` heading written in `order`, as a regular-expression alternation. A word
 * that opens its heading may be letter-spaced, as laws of the 1990s print it for emphasis («Р А З Д Е Л IV.»,
 * session 25: a 1993 law's section IV was no heading, «section IV is missing»).
 */
function words(kinds: readonly HeadingKind[], order: HeadingForm['order'], spaced = true): string {
  const out: string[] = [];
  for (const lex of ALL_LEXICONS) {
    for (const kind of kinds) {
      const form = lex.headings[kind];
      if (form.order === order) for (const w of form.words) if (!out.includes(w)) out.push(w);
    }
  }
  const alt = out.map(escape);
  if (spaced && order === 'word-number') for (const w of out) if (w.length >= 4 && /^\p{L}+$/u.test(w)) alt.push([...w].map(escape).join(' '));
  return alt.join('|');
}

/** The words of every lexicon's subchapter heading («Параграф», "Paragraph", «§»). */
function subchapterWords(): string {
  const out: string[] = [];
  for (const lex of ALL_LEXICONS) for (const w of lex.markup.subchapter) if (!out.includes(w)) out.push(w);
  return out.map(escape).join('|');
}

/** The chapter words written after the number («3-тарау»): also written after a Roman number («I тарау»). */
const CHAPTER_AFTER = words(['chapter'], 'number-hyphen-word');

/**
 * An exclusion written on the heading line without a dot («Статья 84 исключена Законом РК от 21 мая 2007 г.
 * N 254», as Adilet prints the 2011 text): the title, as «Статья 84. Исключена …» would be.
 */
const EXCLUDED_AFTER = String.raw`${B}+(?=(?:исключен[аоы]?|утратил[аио]?${B}+силу|excluded|repealed)(?:$|[ \t\u00a0.,;:]))`;
const ARTICLE_TAIL = String.raw`(?:(?:${B}*\.|${EXCLUDED_AFTER})${B}*(.*?))?[ \t\u00a0.]*$`;
const CHAPTER_TAIL = String.raw`(?:${B}*\.?${B}*(.*?))?${B}*$`;
const SECTION_TAIL = String.raw`(?=$|[ \t\u00a0.])${B}*\.?${B}*(.*?)${B}*$`;

/**
 * Heading patterns, applied to a line's content after Markdown markers are removed. `wordFirst`:
 * groups 1 word, 2 number, 3 title; `numberFirst`: 1 number, 2 word, 3 title.
 */
export const HEADING_PATTERNS = {
  article: {
    wordFirst: new RegExp(String.raw`^(${words(['article'], 'word-number')})${B}+${NUM}${ARTICLE_TAIL}`, 'iu'),
    numberFirst: new RegExp(String.raw`^${NUM}(-(?:${words(['article'], 'number-hyphen-word')}))${ARTICLE_TAIL}`, 'iu'),
    /**
     * «10-бап Мемлекеттік қор каталогы»: the title without the full stop after the number (a real law
     * prints one so); a heading only when bareTitle accepts its title. Groups as numberFirst.
     */
    numberFirstBare: new RegExp(String.raw`^${NUM}(-(?:${words(['article'], 'number-hyphen-word')}))${B}+(\S.*?)${B}*$`, 'iu'),
  },
  chapter: {
    wordFirst: new RegExp(String.raw`^(${words(['chapter'], 'word-number')})${B}+(\d{1,6}(?:[-.]\d{1,6}){0,3}|${ROMAN}${ROMAN_END})${CHAPTER_TAIL}`, 'iu'),
    numberFirst: new RegExp(String.raw`^${NUM}(-(?:${CHAPTER_AFTER}))${CHAPTER_TAIL}`, 'iu'),
    /** «I тарау», «IV тарау. …», «IV-тарау»: groups 1 number, 2 word, 3 title. */
    romanFirst: new RegExp(String.raw`^(${ROMAN})(?:${B}+|-)(${CHAPTER_AFTER})(?=$|[ \t\u00a0.])${CHAPTER_TAIL}`, 'iu'),
  },
  /** «Параграф 1. …», «Параграф1.», «§ 2»: groups 1 word, 2 number, 3 title. */
  subchapter: {
    wordFirst: new RegExp(String.raw`^(${subchapterWords()})${B}*(\d{1,3}(?:-\d{1,3})?)(?=$|[ \t\u00a0.])${ARTICLE_TAIL}`, 'iu'),
  },
  section: {
    wordFirst: new RegExp(String.raw`^(${words(['section'], 'word-number')})${B}+${NUMERAL}${SECTION_TAIL}`, 'iu'),
    /**
     * «II бөлім», «ІІ-бөлім» (a Kazakh law of 1992 writes the hyphen of «2-тарау» after a Roman numeral; not after
     * an Arabic one: «2-Бөлім» of a code's table of contents stays as it was read).
     */
    numberFirst: new RegExp(String.raw`^(?=${ROMAN}-|[\p{L}\p{N}]{1,12}${B})${NUMERAL}(?:${B}+|-)(${words(['section'], 'numeral-word')})${SECTION_TAIL}`, 'iu'),
  },
} as const;

const ALL: readonly HeadingKind[] = ['article', 'chapter', 'section'];

/**
 * A necessary condition for any heading pattern (same flags, same words, looser numbers): lines that
 * fail it (most body lines, e.g. «1. …») skip the heading expressions.
 */
export const HEADING_START = new RegExp(
  // (A letter-spaced word, «Р А З Д Е Л», by its shape: one alternative instead of every spaced word's, in the test
  // every line that opens with a heading's initial goes through.)
  String.raw`^(?:${words(ALL, 'word-number', false)}|\p{L}(?: \p{L}){3}|${subchapterWords()}|[\d-]+-(?:${words(ALL, 'number-hyphen-word')})|[\p{L}\p{N}]{1,12}(?:${B}+|-)(?:${words(ALL, 'numeral-word')}|${CHAPTER_AFTER}))`,
  'iu',
);

function initials(order: HeadingForm['order'], extra = ''): ReadonlySet<number> {
  const out = new Set<number>();
  for (const w of (words(ALL, order) + '|' + extra).split('|')) {
    if (!w) continue;
    out.add(w[0].toUpperCase().charCodeAt(0));
    out.add(w[0].toLowerCase().charCodeAt(0));
  }
  return out;
}

/** First characters (either case) of the words that open a heading: С Г Р A C S P. */
export const HEADING_INITIALS = initials('word-number', subchapterWords());
/** First characters (either case) of the words that follow a section numeral or a Roman chapter number: б (бөлім), т (тарау). */
export const NUMERAL_WORD_INITIALS = initials('numeral-word', CHAPTER_AFTER);

/**
 * The title of a heading written without the full stop after its number («12-бап Title»): a heading's
 * title, not a sentence that begins with a citation («12-бап … сәйкес қолданылады.»): it starts with a
 * capital letter and does not end as a sentence or a list item does (no «.», «;», «:» or «,» at its end).
 */
export function bareTitle(title: string): boolean {
  const first = title[0];
  const last = title[title.length - 1];
  return first !== first.toLowerCase() && first === first.toUpperCase() && !'.;:,'.includes(last);
}

/** The number of «12-бап Title» (numberFirstBare, when bareTitle accepts its title), or undefined. */
function bareNumber(content: string): string | undefined {
  const m = HEADING_PATTERNS.article.numberFirstBare.exec(content);
  return m && bareTitle(m[3]) ? m[1] : undefined;
}

/** Markdown heading marker at the start of a line. */
const MD_MARKER = /^[ \t]{0,3}#{1,6}[ \t]+/;

/**
 * Line index of the heading of article `article` («Статья 12», «12-бап», "Article 12", with or
 * without a Markdown marker) in `text`, or -1. The number is compared as written («12-1»).
 */
export function articleHeadingLine(text: string, article: string): number {
  const want = article.trim();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const content = lines[i].trim().replace(MD_MARKER, '');
    const m = HEADING_PATTERNS.article.wordFirst.exec(content);
    const n = m ? m[2] : HEADING_PATTERNS.article.numberFirst.exec(content)?.[1] ?? bareNumber(content);
    if (n === want) return i;
  }
  return -1;
}
