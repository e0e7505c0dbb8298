// The markup of real legislation beyond the two constitutions, built from the lexicons' `markup` words
// (every language's forms are recognised in every document, as the heading forms are): publication notes
// and the signature block (not legal text), gazette data, word numerals of sections, lettered
// subparagraphs, and whether an act is a Kazakh act. Read by the parser and the analysis. Pure.

import { ALL_LEXICONS, type MarkupWords } from './index';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function all(pick: (m: MarkupWords) => readonly string[]): string[] {
  const out: string[] = [];
  for (const lex of ALL_LEXICONS) for (const w of pick(lex.markup)) if (!out.includes(w)) out.push(w);
  // Longer first, so that «Примечание ИЗПИ» is tried before a shorter word it starts with.
  return out.sort((a, b) => b.length - a.length);
}

const B = String.raw`[ \t\u00a0]`;
/** Markdown quote and emphasis marks that may precede a note («> *Сноска. …*»). */
const LEAD = String.raw`[>*_ \t\u00a0]*`;
const NOTES = all((m) => m.notes).map(escape).join('|');
const RE_NOTE = new RegExp(String.raw`^${LEAD}(?:${NOTES})${B}*[.:!]`, 'iu');
const RE_NOTE_ALONE = new RegExp(String.raw`^${LEAD}(?:${NOTES})${B}*[.:!][*_ \t\u00a0]*$`, 'iu');
const GAZETTES = all((m) => m.gazettes).map(escape).join('|');
const RE_GAZETTE_LINE = new RegExp(String.raw`^${LEAD}(?:${GAZETTES})`, 'u');
const RE_GAZETTE_PAREN = new RegExp(String.raw`\((?:${GAZETTES})`, 'gu');
const RE_SIGNATURE = new RegExp(
  String.raw`^(?:${all((m) => m.signature).map((w) => w.split(' ').map(escape).join(String.raw`[ \t\u00a0]*`)).join('|')})(?:${B}+(?:\p{Lu}\.${B}?){1,2}\p{Lu}[\p{L}-]+)?${B}*$`, 'u',
);
const NOTE_ENDINGS = all((m) => m.noteEndings).map((e) => e.toLowerCase());
const PAREN_WORDS = all((m) => m.parenthesisNote).map((e) => e.toLowerCase());

/** First characters (either case) of the lines any of these tests can accept. */
const INITIALS = new Set<number>();
for (const w of [...all((m) => m.notes), ...all((m) => m.gazettes), ...all((m) => m.signature), '>', '*', '_', '(']) {
  INITIALS.add(w[0].toUpperCase().charCodeAt(0));
  INITIALS.add(w[0].toLowerCase().charCodeAt(0));
}

/** What a line is, as markup: not a note, a note, a note marker alone (the note follows), the signature block's first line. */
// MarkerAlone: after a marker line («Примечание РЦПИ!» alone), its text not yet read: blank lines before the
// text do not end the note (session 23: Adilet prints a blank line between them).
export const NoteKind = { None: 0, Note: 1, Marker: 2, Signature: 3, MarkerAlone: 4 } as const;
export type NoteKind = (typeof NoteKind)[keyof typeof NoteKind];

/**
 * The note kind of the line content s[p, q): an official note («Сноска. …», «Ескерту. …», "Footnote. …",
 * «Примечание ИЗПИ!»), an editorial note (a line ending with «(см. стар. ред.)», or wholly in
 * parentheses and naming an amending act), publication data («Ведомости …»), or the signatory's office
 * that opens the signature block. Decided mostly by the first and last characters.
 */
export function noteKindAt(s: string, p: number, q: number): NoteKind {
  if (q <= p) return NoteKind.None;
  const first = s.charCodeAt(p);
  // A numbered line («3. Исключен … (см. стар. ред.)») is a unit, whatever it ends with.
  if (first >= 48 && first <= 57) return NoteKind.None;
  const last = s.charCodeAt(q - 1);
  if (!INITIALS.has(first) && last !== 41 /* ) */ && last !== 46 /* . */) return NoteKind.None;
  let line: string | undefined;
  if (INITIALS.has(first)) {
    line = s.slice(p, q);
    if (RE_NOTE.test(line)) return RE_NOTE_ALONE.test(line) ? NoteKind.Marker : NoteKind.Note;
    if (RE_GAZETTE_LINE.test(line)) return NoteKind.Note;
    if (RE_SIGNATURE.test(line)) return NoteKind.Signature;
  }
  // The tail below must end in «)»: decided from the character before a final «.» when it is neither
  // «)» nor white space (most sentences), without building the lower-cased copy of the line.
  const e = last === 46 ? q - 1 : q;
  const c = e > p ? s.charCodeAt(e - 1) : -1;
  if (c !== 41 && !(c >= 0 && jsSpace(c))) return NoteKind.None;
  line ??= s.slice(p, q);
  const tail = (last === 46 ? line.slice(0, -1) : line).trimEnd().toLowerCase();
  if (tail.endsWith(')')) {
    for (const e of NOTE_ENDINGS) if (tail.endsWith(e)) return NoteKind.Note;
    if (first === 40 /* ( */ && closesAtEnd(tail)) {
      for (const w of PAREN_WORDS) if (tail.includes(w)) return NoteKind.Note;
    }
  }
  return NoteKind.None;
}

/** A character `String.prototype.trimEnd` removes (ECMAScript WhiteSpace and LineTerminator). */
function jsSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The parenthesis opening `t` closes at its last character (the whole line is one parenthesis). */
function closesAtEnd(t: string): boolean {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return i === t.length - 1;
  }
  return false;
}

/**
 * Spans (offsets in `line`) of parentheses holding publication data («(Ведомости Парламента …, ст. 88;
 * …)»): the «ст.» there are items of the gazette, not articles of any act.
 */
export function gazetteSpans(line: string): { start: number; end: number }[] {
  if (line.indexOf('(') < 0) return [];
  const out: { start: number; end: number }[] = [];
  RE_GAZETTE_PAREN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_GAZETTE_PAREN.exec(line))) {
    let depth = 0;
    let end = line.length;
    for (let i = m.index; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) { end = i + 1; break; }
    }
    out.push({ start: m.index, end });
    RE_GAZETTE_PAREN.lastIndex = end;
  }
  return out;
}

/** A section numeral written as a word («первый», «ПЕРВЫЙ», «бірінші», "first"): its value, or 0. */
export function headingNumeral(word: string): number {
  const w = word.toLowerCase();
  for (const lex of ALL_LEXICONS) {
    const v = lex.markup.headingNumeral(w);
    if (v > 0) return v;
  }
  return 0;
}

/** The value of the letter of a lettered subparagraph («а» 1, «б» 2, «к» 10; "a" 1), or 0. */
export function letterValue(c: number): number {
  const ch = String.fromCharCode(c);
  for (const lex of ALL_LEXICONS) {
    const i = lex.markup.letters.indexOf(ch);
    if (i >= 0) return i + 1;
  }
  return 0;
}

/** The letter of value `n` in the alphabet of `sample` (a letter of the same list), or ''. */
export function letterOf(n: number, sample: string): string {
  for (const lex of ALL_LEXICONS) {
    const a = lex.markup.letters;
    if (a.includes(sample)) return a[n - 1] ?? '';
  }
  return '';
}

/** How much of a text's beginning decides whether it is a Kazakh act. */
export const ACT_HEAD = 3000;
const HOME = all((m) => m.home).map((w) => w.toLowerCase());
const FOREIGN = all((m) => m.foreign).map((w) => w.toLowerCase());
/** The first look of kazakhAct (≤ ACT_HEAD), and whether its shortcut is exact for the home words. */
const EARLY = 256;
const HOME_EARLY = HOME.every((w) => w.length > 0 && !/[\u03c2\u03c3\ud800-\udfff]/.test(w));

/**
 * Whether the rules of Kazakh legislative drafting (Law No. 480-V) apply: the act is not an English
 * text (a translation), and its beginning does not name another state without naming Kazakhstan
 * (a foreign constitution or law). A fragment that names no state is taken for a Kazakh text.
 */
export function kazakhAct(masked: string, lang: string): boolean {
  if (lang === 'en') return false;
  // Most acts name Kazakhstan in their title: a home word in the first EARLY characters answers without
  // lower-casing the whole head (3,000 characters: ≈ 6 µs). Exact: lower-casing maps each character by
  // itself except Σ (σ or ς by the letters after it) and a surrogate pair cut at the end, so the lower case
  // of a beginning is the beginning of the lower case but in characters no home word holds (HOME_EARLY).
  // Not for kk, whose Kyrgyz test reads the whole head.
  if (lang !== 'kk' && HOME_EARLY && masked.length > EARLY) {
    const early = masked.slice(0, EARLY).toLowerCase();
    for (const w of HOME) if (early.includes(w)) return true;
  }
  const head = masked.slice(0, ACT_HEAD).toLowerCase();
  if (lang === 'kk' && kyrgyzLetters(head)) return false;
  for (const w of HOME) if (head.includes(w)) return true;
  for (const w of FOREIGN) if (head.includes(w)) return false;
  return true;
}

/** Lower case, Latin «i» read as the Kazakh «і» (older kk texts type «енгiзiлсiн» with the Latin letter). */
const folded = (t: string) => t.toLowerCase().replace(/i/g, 'і');
/**
 * A text in Kyrgyz, not Kazakh: it has the letters the two share (ө ү ң) and none of Kazakh's own
 * (ә ғ қ ұ һ і). Its language is not one of ours: no Kazakh drafting rules apply.
 */
function kyrgyzLetters(head: string): boolean {
  return /[өүң]/u.test(head) && !/[әғқұһі]/u.test(head);
}

const AMENDING = all((m) => m.amending).map(folded);

/**
 * `amendingSentence(s.slice(p, q))` can hold: the line ends with «:» before white space. Read in place, so
 * that the lines that cannot (nearly all) are not copied first.
 */
export function mayBeAmendingSentence(s: string, p: number, q: number): boolean {
  while (q > p && jsSpace(s.charCodeAt(q - 1))) q--;
  return q > p && s.charCodeAt(q - 1) === 58;
}

/** The opening sentence of an amending article: it ends with a colon and says «Внести», «енгізілсін», "amendments". */
export function amendingSentence(line: string): boolean {
  const t = line.trimEnd();
  if (!t.endsWith(':')) return false;
  const l = folded(t);
  return AMENDING.some((w) => l.includes(w));
}

const CITED_AFTER = all((m) => m.citedAfterNumber).map((w) => w.toLowerCase());

/**
 * Code units below U+0500 whose lower case begins with the first letter of a CITED_AFTER word (1). The
 * lower case of a text begins with the lower case of its first character (no context changes it: final
 * sigma needs a letter before it), so a line whose first character is none of these cannot start with
 * one of the words: nearly every «N)» line is answered without slicing and lower-casing its head.
 * Made on first use (1,280 one-character lower-casings).
 */
let citedInitials: Uint8Array | undefined;
function makeCitedInitials(): Uint8Array {
  const t = new Uint8Array(0x500);
  if (CITED_AFTER.includes('')) return t.fill(1); // every head starts with ''
  const firsts = new Set(CITED_AFTER.map((w) => w.charCodeAt(0)));
  for (let c = 0; c < 0x500; c++) if (firsts.has(String.fromCharCode(c).toLowerCase().charCodeAt(0))) t[c] = 1;
  return t;
}

/**
 * More items before the noun («1) және 2) тармақшалар …», «4) немесе 5) тармақшасында»), from a list word;
 * sticky. (Session 23: a real law's «1) және 2) тармақшалар мынадай редакцияда жазылсын:» was read as its
 * own subparagraph 1), numbered twice.)
 */
const MORE_ITEMS = /(?:(?:және|немесе|мен|,)\s*\d+(?:-\d+)*\)\s*)+/y;

/** Where the text after «N)» at p goes on past more items joined by a list word (MORE_ITEMS); p if none. */
export function afterMoreItems(s: string, p: number): number {
  const c = s.charCodeAt(p);
  // «және», «немесе», «мен», a comma: the only ways the list goes on (one comparison for most lines).
  if (c !== 0x436 && c !== 0x43d && c !== 0x43c && c !== 44) return p;
  MORE_ITEMS.lastIndex = p;
  return MORE_ITEMS.test(s) ? MORE_ITEMS.lastIndex : p;
}

/**
 * Text after «N)» that starts with a unit noun («1) тармақша …»), maybe after more items joined by a list
 * word («1) және 2) тармақшалар …»): the line cites subparagraph N), it is not one.
 */
export function citesAfterNumber(s: string, p: number): boolean {
  if (CITED_AFTER.length === 0) return false;
  p = afterMoreItems(s, p);
  const c = s.charCodeAt(p);
  if (c < 0x500 && (citedInitials ??= makeCitedInitials())[c] === 0) return false;
  const head = s.slice(p, p + 12).toLowerCase();
  return CITED_AFTER.some((w) => head.startsWith(w));
}

/**
 * A line that is only the heading of an article's remarks, «Примечания.», «Примечание:», «Ескертпе.»,
 * "Notes.": the numbered lines after it («1. Под косвенным владением … понимается …») are the remarks'
 * items, not paragraphs of the article (session 23: a real law's Article 3 had «Paragraph 1 … numbered
 * twice»). Not «Примечание ИЗПИ!» (a publication note) nor «Ескерту.» (the Kazakh footnote's word).
 */
const REMARKS = /^(?:примечани[ея]|ескертпе(?:лер)?|notes?)\s*[.:]?$/iu;
export function remarksHeading(s: string, p: number, q: number): boolean {
  if (q - p > 16 || q - p < 4) return false;
  const c = s.charCodeAt(p) | 0x20;
  // п П (0x43f/0x41f), е Е (0x435/0x415), n N
  if (!(c === 0x43f || s.charCodeAt(p) === 0x41f || c === 0x435 || s.charCodeAt(p) === 0x415 || c === 110)) return false;
  return REMARKS.test(s.slice(p, q).trim());
}

/**
 * The words that say a unit was excluded, right after its citation in a publication note: «Статьи 4, 5, 5-1
 * исключены …», «Статья 6 утратила силу …», «4-бап алып тасталды …», "Article 4 was excluded …"
 * (validate.ts notedOut). Sticky at the citation's end.
 */
export const EXCLUDED_AFTER = /[\s,]*(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:исключен[аоы]?|утратил[аио]?\s+силу|(?:алып|алынып)\s+тасталды|күшін\s+жойды|excluded|repealed|deleted)(?=$|[\s.,;:)»"-])/iuy;
/** A necessary condition for EXCLUDED_AFTER somewhere in a line (one search of the line). */
export const EXCLUDED_WORD = /исключен|утратил|(?:алып|алынып)\s+тасталды|күшін\s+жойды|excluded|repealed|deleted/iu;

/**
 * The quotation marks of s, in order: the characters quoteStateAfter reads (« » “ ” „ "). Two lines with the
 * same marks leave the quotation state alike (incremental.ts: a preamble line edited on the fast path).
 */
export function quoteMarks(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 34) out += s[i];
  }
  return out;
}

/** Quotation marks that open quoted wording at a line start: « “ „ ". */
export function opensQuote(c: number): boolean {
  return c === 0xab || c === 0x201c || c === 0x201e || c === 34;
}

/**
 * The quotation state after the line s[p, q), from `state` before it: guillemet/curly depth × 2 +
 * an open straight quote (1). Nested «» and „“ are counted; “ closes an open „ and opens otherwise.
 */
export function quoteStateAfter(state: number, s: string, p: number, q: number): number {
  let depth = state >> 1;
  let ascii = state & 1;
  let low = 0; // open „ awaiting their “
  for (let i = p; i < q; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xab || c === 0x201e) { depth++; if (c === 0x201e) low++; }
    else if (c === 0xbb || c === 0x201d) { if (depth > 0) depth--; }
    else if (c === 0x201c) {
      if (low > 0) { low--; if (depth > 0) depth--; } else depth++;
    } else if (c === 34) ascii ^= 1;
  }
  return depth * 2 + ascii;
}

/**
 * Whether the line s[p, q) is quoted wording: it opens with a quotation mark (opensQuote), and the quotation
 * runs past the line («Статья 15-1. …» of an amending act), or closes only at its end («2. … Ассамблеи.».,
 * "3. … выборах.";). A sentence that opens with a quoted title and goes on («"… туралы" Заңының
 * 2-бабына сәйкес.») is not.
 */
export function quotedLine(s: string, p: number, q: number): boolean {
  if (!opensQuote(s.charCodeAt(p))) return false;
  let e = q;
  while (e > p && (s.charCodeAt(e - 1) === 46 || s.charCodeAt(e - 1) === 59 || s.charCodeAt(e - 1) === 44 || s.charCodeAt(e - 1) === 58)) e--;
  // The state after each character; the quotation opened at p must not close before e - 1.
  let state = 0;
  for (let i = p; i < q; i++) {
    state = quoteStateAfter(state, s, i, i + 1);
    if (state === 0) return i >= e - 1;
  }
  return true;
}
