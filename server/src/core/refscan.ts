// Reference scanner: finds cross-references («пунктом 3 статьи 62», «62-бабының 3-тармағында»,
// "paragraph 3 of Article 62") and forbidden ordinal citations («первый пункт») in one paragraph.
//
// Pure and deterministic: no I/O, no vscode. Runs in linear time: the text is tokenised once
// (a hand-written loop, no regular expressions with quantifiers over the input), then a small
// recursive-descent-free parser walks the token array; every parse attempt either succeeds and the
// main loop jumps past what it consumed, or fails in O(1) / jumps past the number list it examined.
// Look-arounds for act names are bounded by fixed token windows.
//
// Grammar overview (one "chain" = one RawReference):
//   ru: Level (Level)*           smaller unit first; outer levels in the genitive
//         «подпункте 1) пункта 1 статьи 73», «пункта 1 настоящей статьи»
//   en: Level ("of" ["the"] Level)*   "subparagraphs (2) and (3) of paragraph 1 of Article 72"
//   kk: Level (Level)*           larger unit first, possessive chain
//         «62-бабының 3-тармағында», «осы баптың 1-тармағының 4), 5) және 6) тармақшаларында»
//   Level    = UnitNoun NumList | Relative UnitNoun            (ru, en)
//            = NumList ["-"] UnitNoun | "осы" UnitNoun          (kk)
//   NumList  = Item (Sep+ Item)*      Sep = "," | и | или | and | or | және | мен | немесе …
//   Item     = ["("] Num [")"] [Dash Item]     Num = digits ("-" digits)*
// Only the innermost level may hold a list; outer levels are single numbers (a list at an outer
// level ends the chain in kk, and only its first item is taken in ru/en). Outer levels distribute
// over the items of the innermost list.
//
// Chains separated only by commas / conjunctions form a group («статьями 11, 13–15, пунктом 1
// статьи 16, статьей 17 … Конституции»); the act named after the group (ru, en) or before it (kk)
// applies to every chain of the group that has no relative ("this") level.
//
// Hyphen rule (documented, see interpretItem): a hyphen between digits inside one number
// ("83-1", "10-1)") is an insertion suffix. It is read as a RANGE only when all hold:
//   * the unit noun is plural (for the ambiguous Russian «статьи» = gen. sg / nom. pl: only if the
//     list has more than one item),
//   * the number has exactly two parts and the second is greater than the first ("12-15", not "83-1"),
// i.e. «пунктами 12-15, 18 и 20», «13-15-баптарында» are ranges, «статьи 83-1», «пункта 1-2»
// are inserted numbers. En/em dashes (and a hyphen between two parenthesised items "1)-3)") are
// always ranges, including reversed ones ("15–13"), which the resolver reports.

import type { Lang, OrdinalUse, RawReference, RefLevel, RefNum, RefTarget, ScanResult, Span } from './types';
import { GenerationalCache } from './cache';
import { detach } from './text';
import { lexicon, type CitedUnit, type NounInfo, type Plurality, type ScanWords } from './lang';

type UnitName = CitedUnit;

const RANK: Record<UnitName, number> = { subparagraph: 0, paragraph: 1, article: 2 };
/** The units in the order a target's levels are written. */
const UNITS: readonly UnitName[] = ['article', 'paragraph', 'subparagraph'];

// ───────────────────────────── tokens ─────────────────────────────
// The tokens of one scan are rows of parallel typed arrays (kind and the whitespace flag, start, end) and
// an array of normalised words, reused from one scan to the next: a scan allocates no object per token
// (issue 15, session 7: one `{k, s, e, w, sp}` per token was the largest allocation of a first analysis).

const T_NONE = 0; // no token there (before the first, after the last)
const T_WORD = 1;
const T_NUM = 2;
const T_HYPH = 3;
const T_DASH = 4;
const T_LP = 5;
const T_RP = 6;
const T_COMMA = 7;
const T_DOT = 8;
const T_QUOTE = 9;
const T_PUNCT = 10;
const T_OTHER = 11;
const KIND = 15;
/** Flag in the kind byte: whitespace precedes the token. */
const SP = 16;

/** Token rows: kind | SP, start and end offsets, and the normalised word (lower case, ё→е, Latin homoglyphs inside Cyrillic words → Cyrillic; '' for non-words). */
interface Toks {
  k: Uint8Array;
  s: Int32Array;
  e: Int32Array;
  w: string[];
  n: number;
}
const newToks = (cap: number): Toks => ({ k: new Uint8Array(cap), s: new Int32Array(cap), e: new Int32Array(cap), w: [], n: 0 });
/** Rows kept between scans; a scan that needed more gets rows of its own, dropped after it. */
const TOKS_KEPT = 4096;
let sharedToks: Toks | undefined = newToks(256);

function growToks(t: Toks): void {
  const cap = t.k.length * 2;
  const k = new Uint8Array(cap); k.set(t.k); t.k = k;
  const s = new Int32Array(cap); s.set(t.s); t.s = s;
  const e = new Int32Array(cap); e.set(t.e); t.e = e;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c ||
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const LETTER_RE = /\p{L}|\p{M}/u;
function isLetter(c: number): boolean {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c < 0xc0) return false;
  if (c <= 0x24f && c !== 0xd7 && c !== 0xf7) return true;
  if (c >= 0x300 && c <= 0x36f) return true; // combining marks
  if (c >= 0x400 && c <= 0x52f) return true; // Cyrillic incl. Kazakh letters
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER_RE.test(String.fromCharCode(c));
}
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;
const isDash = (c: number) => (c >= 0x2012 && c <= 0x2015) || c === 0x2212;
const isQuote = (c: number) =>
  c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2018 || c === 0x2019 || c === 0x27;

// Latin letters that look like Cyrillic ones; applied only to words that contain Cyrillic
// (the 1995 Kazakh text writes «бiрiншi» with Latin i).
const HOMOGLYPH: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', h: 'һ', t: 'т', b: 'в' };

export function normWord(raw: string): string {
  let w = raw.toLowerCase();
  let cyr = false, latin = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x400 && c <= 0x52f) cyr = true;
    else if (c >= 0x61 && c <= 0x7a) latin = true;
  }
  if (cyr && latin) {
    let out = '';
    for (const ch of w) out += HOMOGLYPH[ch] ?? ch;
    w = out;
  }
  if (cyr && w.includes('ё')) w = w.replace(/ё/g, 'е');
  if (w.includes('\u2010') || w.includes('\u2011')) w = w.replace(/[\u2010\u2011]/g, '-');
  return w;
}

/**
 * Small memo for normWord: real texts repeat the same words constantly. Bounded (two generations of
 * 20,000 words); words longer than 40 characters are not kept, and the words kept are copies: a
 * word sliced out of a line would keep the line's whole document alive (issue 17).
 */
const NORM_CACHE = new GenerationalCache<string, string>({ entries: 20_000, weight: Infinity });
const NORM_CACHE_LONGEST = 40;
function normWordCached(raw: string): string {
  let w = NORM_CACHE.get(raw);
  if (w === undefined) {
    w = normWord(raw);
    if (raw.length > NORM_CACHE_LONGEST) return w;
    const key = detach(raw);
    w = w === raw ? key : detach(w);
    NORM_CACHE.set(key, w);
  }
  return w;
}

/**
 * Whether text[s, e) is a word normWord leaves as it is: lower-case Russian letters only (а–я, without ё)
 * or lower-case ASCII letters only (no hyphen, no mixed scripts). Most words of a text are; they skip the
 * memo (a look-up hashes the whole word) and are used as sliced.
 */
function plainWord(text: string, s: number, e: number): boolean {
  const c0 = text.charCodeAt(s);
  if (c0 >= 0x430 && c0 <= 0x44f) {
    for (let i = s + 1; i < e; i++) { const c = text.charCodeAt(i); if (c < 0x430 || c > 0x44f) return false; }
    return true;
  }
  if (c0 >= 0x61 && c0 <= 0x7a) {
    for (let i = s + 1; i < e; i++) { const c = text.charCodeAt(i); if (c < 0x61 || c > 0x7a) return false; }
    return true;
  }
  return false;
}

/** The normalised form of the word text[s, e) (normWord, through the memo unless the word is plain). */
function wordOf(text: string, s: number, e: number): string {
  return plainWord(text, s, e) ? text.slice(s, e) : normWordCached(text.slice(s, e));
}

// The words the tokeniser has read, found by a hash of their characters read in place: a word read before
// costs no slice (session 7: the word strings were 3 MB of a first analysis at 5,000 articles). Open
// addressing over INTERN_SLOTS slots, emptied when half full; words longer than NORM_CACHE_LONGEST are not
// kept. The strings kept are copies (detach), never slices of a document (issue 17).
const INTERN_SLOTS = 1 << 14;
const INTERN_MASK = INTERN_SLOTS - 1;
let internRaw: (string | undefined)[] = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);
let internWord: string[] = new Array<string>(INTERN_SLOTS).fill('');
const internHash = new Int32Array(INTERN_SLOTS);
let internCount = 0;

/** Whether k equals text[s, s + k.length). */
function sameChars(k: string, text: string, s: number): boolean {
  for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) !== text.charCodeAt(s + i)) return false;
  return true;
}

/** The normalised form of the word text[s, e) (normWord). */
export function wordAt(text: string, s: number, e: number): string {
  const len = e - s;
  if (len > NORM_CACHE_LONGEST) return wordOf(text, s, e);
  let h = Math.imul(len, 0x9e3779b1);
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  let slot = (h ^ (h >>> 15)) & INTERN_MASK;
  for (;;) {
    const k = internRaw[slot];
    if (k === undefined) break;
    if (internHash[slot] === h && k.length === len && sameChars(k, text, s)) return internWord[slot];
    slot = (slot + 1) & INTERN_MASK;
  }
  const w = wordOf(text, s, e);
  if (internCount >= INTERN_SLOTS >> 1) {
    internRaw = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);
    internWord = new Array<string>(INTERN_SLOTS).fill('');
    internCount = 0;
    slot = (h ^ (h >>> 15)) & INTERN_MASK;
  }
  const raw = detach(text.slice(s, e));
  internRaw[slot] = raw;
  // A plain word is its own normal form: the copy, not the slice. Other words come from normWord's memo,
  // whose strings are copies.
  internWord[slot] = w === raw ? raw : w;
  internHash[slot] = h;
  internCount++;
  return internWord[slot];
}

/** Words held by normWord's memo (for tests). */
export function normCacheSize(): number {
  return NORM_CACHE.size;
}

function tokenize(text: string, start: number, end: number, t: Toks): void {
  let n = 0;
  let cap = t.k.length;
  const w = t.w;
  let p = start;
  let sp = 0;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) { sp = SP; p++; continue; }
    const s = p;
    let k: number;
    let word = '';
    if (isDigit(c)) {
      while (p < end && isDigit(text.charCodeAt(p))) p++;
      k = T_NUM;
    } else if (isLetter(c)) {
      p++;
      for (;;) {
        while (p < end && isLetter(text.charCodeAt(p))) p++;
        // letter-hyphen-letter stays inside one word: «сондай-ақ», "sub-paragraph"
        if (p + 1 < end && isHyphen(text.charCodeAt(p)) && isLetter(text.charCodeAt(p + 1))) { p += 2; continue; }
        break;
      }
      k = T_WORD;
      word = wordAt(text, s, p);
    } else {
      p++;
      if (isHyphen(c)) k = T_HYPH;
      else if (isDash(c)) k = T_DASH;
      else if (c === 0x28) k = T_LP;
      else if (c === 0x29) k = T_RP;
      else if (c === 0x2c) k = T_COMMA;
      else if (c === 0x2e) k = T_DOT;
      else if (isQuote(c)) k = T_QUOTE;
      else if (c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f) k = T_PUNCT;
      // A surrogate pair is one character; a lone high surrogate is one on its own (taking the next unit
      // with it would eat the first letter of «статьи 5» and hide the citation).
      else if (c >= 0xd800 && c <= 0xdbff && p < end && text.charCodeAt(p) >= 0xdc00 && text.charCodeAt(p) <= 0xdfff) { p++; k = T_OTHER; }
      else k = T_OTHER;
    }
    if (n === cap) { growToks(t); cap = t.k.length; }
    t.k[n] = k | sp;
    t.s[n] = s;
    t.e[n] = p;
    w[n] = word;
    n++;
    sp = 0;
  }
  t.n = n;
}

// ───────────────────────────── vocabularies ─────────────────────────────
// The words come from the document language's lexicon (core/lang): unit nouns, abbreviations, relative
// words, list separators, ordinals, part words and act names.

// ───────────────────────────── numbers ─────────────────────────────

/** A number as written: tokens a, a + 2, …, b (digits joined by hyphens without spaces, "83-1"). */
interface RawNum { a: number; b: number; }
interface Item {
  first: RawNum;
  lp: boolean;
  rp: boolean;
  /** Second end of an explicit range (dash, or hyphen between parenthesised numbers). */
  dashEnd: RawNum | undefined;
  /** "47(1)": the token of a parenthesised number attached to the item. */
  sub: number | undefined;
  subEnd: number | undefined;
  /** Token index after the item. */
  next: number;
  /** Offset of the end of the item as written (incl. closing parenthesis). */
  end: number;
}

class Scanner {
  /** Token rows (see Toks): kind | SP, start, end, word. */
  private readonly tk: Uint8Array;
  private readonly ts: Int32Array;
  private readonly te: Int32Array;
  private readonly tw: string[];
  private readonly n: number;

  constructor(private readonly text: string, private readonly words: ScanWords, toks: Toks) {
    this.tk = toks.k;
    this.ts = toks.s;
    this.te = toks.e;
    this.tw = toks.w;
    this.n = toks.n;
  }

  /** The kind of token i (T_NONE outside the tokens). */
  private kind(i: number): number { return i >= 0 && i < this.n ? this.tk[i] & KIND : T_NONE; }
  /** Whether whitespace precedes token i (which exists). */
  private sp(i: number): boolean { return (this.tk[i] & SP) !== 0; }
  private word(i: number): string { return this.kind(i) === T_WORD ? this.tw[i] : ''; }

  /** digits ("-" digits)* without spaces */
  private rawNum(i: number): RawNum | null {
    if (this.kind(i) !== T_NUM) return null;
    let j = i;
    while (this.kind(j + 1) === T_HYPH && !this.sp(j + 1) && this.kind(j + 2) === T_NUM && !this.sp(j + 2)) j += 2;
    return { a: i, b: j };
  }

  /** What the last simpleItem found besides its number (read right after the call). */
  private siLp = false;
  private siRp = false;
  private siNext = 0;
  private siEnd = 0;

  /** ["("] Num [")"]  — returns the bare number; its paren flags, next token and end in siLp, siRp, siNext, siEnd. */
  private simpleItem(i: number): RawNum | null {
    let j = i;
    let lp = false;
    if (this.kind(j) === T_LP) {
      if (this.kind(j + 1) !== T_NUM || this.sp(j + 1)) return null;
      lp = true;
      j++;
    }
    const num = this.rawNum(j);
    if (!num) return null;
    j = num.b + 1;
    let end = this.te[num.b];
    let rp = false;
    if (this.kind(j) === T_RP && !this.sp(j)) { rp = true; end = this.te[j]; j++; }
    else if (lp) return null; // "(12" without closing parenthesis
    this.siLp = lp;
    this.siRp = rp;
    this.siNext = j;
    this.siEnd = end;
    return num;
  }

  private item(i: number): Item | null {
    const first = this.simpleItem(i);
    if (!first) return null;
    const lp = this.siLp, rp = this.siRp;
    const it: Item = { first, lp, rp, dashEnd: undefined, sub: undefined, subEnd: undefined, next: this.siNext, end: this.siEnd };
    const j = it.next;
    // "47(1)": attached parenthesised number right after a bare number
    if (!lp && !rp && this.kind(j) === T_LP && !this.sp(j) && this.kind(j + 1) === T_NUM && !this.sp(j + 1) && this.kind(j + 2) === T_RP && !this.sp(j + 2)) {
      it.sub = j + 1;
      it.subEnd = this.te[j + 2];
      it.next = j + 3;
      it.end = this.te[j + 2];
      return it;
    }
    // explicit range: dash (spaces allowed), or hyphen between "1)" and "3)"
    // A hyphen with spaces on both sides («46 - 54») is written for a dash.
    const d = this.kind(j);
    const spaced = d === T_HYPH && this.sp(j) && this.kind(j + 1) !== T_NONE && this.sp(j + 1);
    if (d === T_DASH || spaced || (d === T_HYPH && rp)) {
      const b = this.simpleItem(j + 1);
      if (b && (d === T_DASH || spaced || this.siRp)) {
        it.dashEnd = b;
        it.rp = it.rp || this.siRp;
        it.next = this.siNext;
        it.end = this.siEnd;
      }
    }
    return it;
  }

  /** Item (Sep+ Item)* */
  private list(i: number, many = true): { items: Item[]; next: number } | null {
    const first = this.item(i);
    if (!first) return null;
    const items = [first];
    // A remark after even a single number («статьей 23 (часть 1) Конституции») leaves the act's name in reach.
    let j = this.remark(first.next);
    while (many) {
      let k = j;
      let seps = 0;
      while (seps < 3 && this.isListSep(k)) { k++; seps++; }
      if (!seps) break;
      const it = this.item(k);
      if (!it) break;
      items.push(it);
      j = this.remark(it.next);
    }
    return { items, next: j };
  }

  /**
   * A parenthesised remark naming a part of the unit just listed («23 (часть 1), 24», "23 (part 1)"):
   * it does not end the list. Returns the index after the remark, or `j` when there is none there.
   */
  private remark(j: number): number {
    if (this.kind(j) !== T_LP || this.kind(j + 1) !== T_WORD || !this.words.isPartWord(this.tw[j + 1])) return j;
    for (let k = j + 2; k < Math.min(this.n, j + 10); k++) {
      const t = this.tk[k] & KIND;
      if (t === T_RP) return k + 1;
      if (t === T_LP || t === T_PUNCT || t === T_QUOTE) return j;
      if (t === T_WORD && this.words.noun(this.tw[k])) return j;
    }
    return j;
  }

  // ───────────── levels ─────────────

  /** A `this` level: the relative word i and its unit noun i + 1 («настоящей статьи»). */
  private relLevel(i: number, info: NounInfo): Level {
    const s = this.ts[i], e = this.te[i + 1];
    return { unit: info.unit, plural: 'sg', items: [], rel: { start: s, end: e }, start: s, end: e, next: i + 2 };
  }

  /** ru/en: UnitNoun NumList | Relative UnitNoun */
  private levelFwd(i: number): Level | null {
    if (this.kind(i) !== T_WORD) return null;
    const w = this.tw[i];
    if (this.words.isRelative(w)) {
      const info = this.kind(i + 1) === T_WORD ? this.words.noun(this.tw[i + 1]) : null;
      if (!info || info.plural === 'pl') return null;
      return this.relLevel(i, info);
    }
    let info = this.words.noun(w);
    let j = i + 1;
    if (!info) {
      const abbr = this.words.abbreviations.get(w);
      if (!abbr || this.kind(i + 1) !== T_DOT || this.sp(i + 1)) return null;
      info = abbr;
      j = i + 2;
    }
    // An unambiguously singular noun cites one unit: in «статьей 5, 10 депутатов» or
    // "Article 5, 10 members" the second number is not an article.
    const l = this.list(j, info.plural !== 'sg');
    if (!l) return null;
    return this.mkLevel(info, l.items, this.ts[i], l.next);
  }

  /** kk: NumList ["-"] UnitNoun | "осы" UnitNoun.  On failure returns the index to resume from. */
  private levelKk(i: number): Level | number {
    const k = this.kind(i);
    if (k === T_NONE) return i + 1;
    if (k === T_WORD) {
      if (!this.words.isRelative(this.tw[i])) return i + 1;
      const info = this.kind(i + 1) === T_WORD ? this.words.noun(this.tw[i + 1]) : null;
      if (!info) return i + 1;
      return this.relLevel(i, info);
    }
    const l = this.list(i);
    if (!l) return i + 1;
    let j = l.next;
    const h = this.kind(j);
    if (h === T_HYPH && !this.sp(j)) j++; // «62-бабының», «6)-тармақшасында», «16- бабының»
    else if (h !== T_NONE && !this.sp(j)) return Math.max(l.next, i + 1);
    const info = this.kind(j) === T_WORD ? this.words.noun(this.tw[j]) : null;
    if (!info) return Math.max(l.next, i + 1);
    const lv = this.mkLevel(info, l.items, this.ts[i], j + 1);
    lv.end = this.te[j];
    return lv;
  }

  private mkLevel(info: NounInfo, items: Item[], start: number, next: number): Level {
    const last = items[items.length - 1];
    // the closing parenthesis belongs to the reference only for subparagraphs or "(2)" forms;
    // otherwise it probably closes a parenthetical remark: «(см. статью 5)»
    const keepRp = info.unit === 'subparagraph' || last.lp || last.sub !== undefined;
    let end = last.end;
    if (!keepRp && last.rp) end = this.te[(last.dashEnd ?? last.first).b];
    return { unit: info.unit, plural: info.plural, items, start, end, next };
  }

  // ───────────── chains ─────────────

  private chainFwd(i: number): Chain | null {
    const first = this.levelFwd(i);
    if (!first) return null;
    const levels = [first]; // inner → outer
    // "Article 47(1)": paragraph 1 of Article 47
    if (first.unit === 'article' && first.items.length === 1 && first.items[0].sub !== undefined) {
      const it = first.items[0];
      const sub = it.sub as number;
      levels.unshift({
        unit: 'paragraph', plural: 'sg', start: this.ts[sub], end: it.subEnd as number, next: first.next,
        items: [{ first: { a: sub, b: sub }, lp: true, rp: true, dashEnd: undefined, sub: undefined, subEnd: undefined, next: first.next, end: it.subEnd as number }],
      });
    }
    let cur = first;
    let j = first.next;
    for (;;) {
      let k = j;
      const joiner = this.words.levelJoiner;
      if (joiner) {
        if (this.word(k) !== joiner) break;
        k++;
        if (this.word(k) === this.words.definiteArticle) k++;
      }
      const lv = this.levelFwd(k);
      if (!lv || RANK[lv.unit] <= RANK[cur.unit]) break;
      if (lv.items.length > 1) {
        // outer levels cite one unit: keep the first item only
        const it = lv.items[0];
        lv.items = [it];
        lv.next = it.next;
        lv.end = it.sub !== undefined ? it.end : this.mkLevel(lv, [it], lv.start, it.next).end;
      }
      levels.push(lv);
      cur = lv;
      j = lv.next;
    }
    const outer = levels[levels.length - 1];
    return { levels, start: levels[0].start < first.start ? levels[0].start : first.start, end: outer.end, startTok: i, next: j };
  }

  private chainKk(i: number): Chain | number {
    const first = this.levelKk(i);
    if (typeof first === 'number') return first;
    const outerFirst = [first];
    let cur = first;
    let j = first.next;
    while (cur.items.length <= 1) {
      const lv = this.levelKk(j);
      if (typeof lv === 'number' || RANK[lv.unit] >= RANK[cur.unit]) break;
      outerFirst.push(lv);
      cur = lv;
      j = lv.next;
    }
    return { levels: outerFirst.reverse(), start: first.start, end: cur.end, startTok: i, next: j };
  }

  // ───────────── acts ─────────────

  private tokText(a: number, b: number): string {
    return this.text.slice(this.ts[a], this.te[b]);
  }

  /** Extends over a quoted title starting at token i (bounded); returns the last token index or i-1. */
  private quoted(i: number): number {
    if (this.kind(i) !== T_QUOTE) return i - 1;
    for (let k = i + 1; k < Math.min(this.n, i + 60); k++) if ((this.tk[k] & KIND) === T_QUOTE) return k;
    return i - 1;
  }

  /** A 4-digit year and a word starting with `adopted` within a bounded window: the 1993 Constitution. */
  private adoptedEarlier(from: number, to: number, adopted: (w: string) => boolean): number {
    let sawAdopted = false;
    for (let k = Math.max(0, from); k <= Math.min(this.n - 1, to); k++) {
      const t = this.tk[k] & KIND;
      if (t === T_PUNCT || (t === T_DOT && (k + 1 < this.n ? this.sp(k + 1) : true))) break;
      if (t === T_WORD && adopted(this.tw[k])) sawAdopted = true;
      if (t === T_NUM && this.te[k] - this.ts[k] === 4 && sawAdopted) return k;
    }
    return -1;
  }

  /** The act named after a group: in the genitive («… статьи 5 Закона …») or after the joiner ("… of the Law …"). */
  private actAfter(j: number): Act {
    return this.words.levelJoiner ? this.actOf(j, this.words.levelJoiner) : this.actGenitive(j);
  }

  private actGenitive(j: number): Act {
    const acts = this.words.acts;
    const w0 = this.word(j);
    if (!w0) return { kind: 'none' };
    if (acts.isConstitution(w0)) {
      const y = this.adoptedEarlier(j + 1, j + 20, acts.isAdopted);
      if (y < 0) return { kind: 'constitution' };
      const last = acts.yearWord !== undefined && this.word(y + 1) === acts.yearWord ? y + 1 : y;
      return { kind: 'external', act: this.tokText(j, last) };
    }
    for (let k = j; k < j + 3; k++) {
      const w = this.word(k);
      if (!w) break;
      if (acts.isAct(w)) {
        if (this.words.isRelative(w0)) return { kind: 'internal' };
        let last = k;
        const country = acts.country;
        if (country && country.every((c, x) => this.word(last + 1 + x) === c)) last += country.length;
        last = Math.max(last, this.quoted(last + 1));
        return { kind: 'external', act: this.tokText(j, last) };
      }
      if (!acts.isActAdjective(w)) break; // only adjectives may precede the act noun
    }
    return { kind: 'none' };
  }

  private actOf(j: number, joiner: string): Act {
    const acts = this.words.acts;
    if (this.word(j) !== joiner) return { kind: 'none' };
    let k = j + 1;
    const from = k;
    if (this.word(k) === this.words.definiteArticle) k++;
    const w0 = this.word(k);
    if (acts.isConstitution(w0)) {
      const y = this.adoptedEarlier(k + 1, k + 25, acts.isAdopted);
      return y < 0 ? { kind: 'constitution' } : { kind: 'external', act: this.tokText(from, y) };
    }
    for (let m = k; m < k + 4; m++) {
      const w = this.word(m);
      if (!w) break;
      if (acts.isAct(w)) {
        if (this.words.isRelative(w0)) return { kind: 'internal' };
        // "the Law of the Republic of Kazakhstan "On …"", "the Law on Elections"
        let last = m;
        for (let x = m + 1; x < m + 12; x++) {
          const t = this.kind(x);
          if (t === T_NONE) break;
          if (t === T_QUOTE) { last = Math.max(last, this.quoted(x)); break; }
          if (t !== T_WORD) break;
          const raw = this.text.charCodeAt(this.ts[x]);
          const cap = raw >= 0x41 && raw <= 0x5a;
          if (cap) last = x;
          else if (!acts.nameWords?.has(this.tw[x])) break;
        }
        return { kind: 'external', act: this.tokText(from, last) };
      }
    }
    return { kind: 'none' };
  }

  /** The act named before a group, in the genitive («… Заңның 5-бабы»). */
  private actBefore(i: number): Act {
    const acts = this.words.acts;
    const p = i - 1;
    const w = this.word(p);
    if (!w) return { kind: 'none' };
    const gen = (acts.genitiveEndings ?? []).some((e) => w.endsWith(e))
      // (Session 23: «Азаматтық кодексі 825-1-бабының»: the act's possessive, the chain's last word genitive.)
      || ((acts.possessiveEndings ?? []).some((e) => w.endsWith(e)) && (acts.genitiveEndings ?? []).some((e) => this.firstWord(i).endsWith(e)));
    if (!gen) return { kind: 'none' };
    if (acts.isConstitution(w)) {
      // «1993 жылғы 28 қаңтарда қабылданған … Конституциясының»
      for (let k = p - 1; k >= Math.max(0, p - 8); k--) {
        const t = this.tk[k] & KIND;
        if (t === T_PUNCT || t === T_DOT) break;
        if (t === T_WORD && acts.isAdopted(this.tw[k])) {
          for (let y = k - 1; y >= Math.max(0, k - 8); y--) {
            const u = this.tk[y] & KIND;
            if (u === T_PUNCT || u === T_DOT) break;
            if (u === T_NUM && this.te[y] - this.ts[y] === 4) return { kind: 'external', act: this.tokText(y, p) };
          }
        }
      }
      return { kind: 'constitution' };
    }
    if (!acts.isAct(w)) return { kind: 'none' };
    let first = p;
    const adj = this.word(p - 1);
    if (adj && acts.isActAdjective(adj)) first = p - 1; // «конституциялық заңның»
    // «осы Заңның», «осы Конституциялық заңның»: this act
    if (this.words.isRelative(this.word(first - 1))) return { kind: 'internal' };
    // «"… сайлау туралы" Қазақстан Республикасы Конституциялық заңының»: the title in quotes before it
    let q = first - 1;
    for (const c of [...(acts.countryBefore ?? [])].reverse()) if (this.word(q) === c) q--;
    if (this.kind(q) === T_QUOTE) {
      for (let k = q - 1; k >= Math.max(0, q - 60); k--) if ((this.tk[k] & KIND) === T_QUOTE) return { kind: 'external', act: this.tokText(k, p) };
    }
    return { kind: 'external', act: this.tokText(first, p) };
  }

  /** The first word of the chain that starts at token i (its outermost level's noun in Kazakh: «бабының»), or ''. */
  private firstWord(i: number): string {
    for (let k = i; k < this.n && k < i + 8; k++) if (this.kind(k) === T_WORD) return this.tw[k];
    return '';
  }

  // ───────────── main ─────────────

  scan(): ScanResult {
    const references: RawReference[] = [];
    const group: Chain[] = [];
    let i = this.leadingMarker();
    while (i < this.n) {
      let chain: Chain | null = null;
      let next = i + 1;
      const t = this.tk[i] & KIND;
      if (this.words.order === 'number-first') {
        if (t === T_NUM || t === T_LP || (t === T_WORD && this.words.isRelative(this.tw[i]))) {
          const r = this.chainKk(i);
          if (typeof r === 'number') next = r; else chain = r;
        }
      } else if (t === T_WORD) {
        chain = this.chainFwd(i);
      }
      if (chain) {
        if (group.length && !this.onlySeparators(group[group.length - 1].next, i)) this.flush(group, references);
        group.push(chain);
        next = chain.next;
      }
      i = Math.max(next, i + 1);
    }
    this.flush(group, references);
    if (this.words.isAnaphoric) anaphora(references, this.text, this.words);
    for (const ref of references) {
      this.attachParts(ref);
      if (!ref.external && underBareNumber(this.text, ref.span.start, this.words)) ref.external = true;
    }
    return { references, ordinals: this.ordinals() };
  }

  /** The references of a group of chains, with the act named after (before) it; empties the group. */
  private flush(group: Chain[], references: RawReference[]): void {
    if (!group.length) return;
    this.inheritLevels(group);
    const act = this.words.order === 'number-first' ? this.actBefore(group[0].startTok) : this.actAfter(group[group.length - 1].next);
    for (const c of group) {
      let hasThis = false;
      for (const l of c.levels) if (l.rel) { hasThis = true; break; }
      const ext = act.kind === 'external' && !hasThis;
      const ref: RawReference = { span: { start: c.start, end: c.end }, targets: this.targets(c), external: ext };
      if (ext && act.act) ref.externalAct = act.act;
      if (act.kind === 'constitution' && !hasThis) ref.constitution = true;
      references.push(ref);
    }
    group.length = 0;
  }

  /**
   * Outer levels written once for two citations of a group (session 23: real laws). A citation with no
   * article takes the article (and any level between) of its neighbour in the group: the next one in
   * Russian and English, where outer levels follow («пункта 1, пункта 2 статьи 5»: paragraph 1 of Article
   * 5), the previous one in Kazakh, where they come first («10-бабының 1-тармағының 1) тармақшасын, 2, 3
   * және 4-тармақтарын»: paragraphs 2–4 of Article 10). Only when the citation names no relative level, the
   * neighbour cites a unit of the same rank or lower (a list of like citations: «пункта 1, статьи 5» stays
   * paragraph 1 of the current article) or the two are joined by a part phrase («подпунктами 2), 3) части
   * первой пункта 2 настоящей статьи»), and each level taken is a single number or a relative one. Before, the first citation resolved in the
   * citing article (a false «no paragraph 2» when it had none, a wrong definition when it had). The
   * levels are the neighbour's own objects: their numbers are one place in the text, which renumbering
   * and find-references already keep once (by position).
   */
  private inheritLevels(group: Chain[]): void {
    const n = group.length;
    if (n < 2) return;
    const kk = this.words.order === 'number-first';
    for (let step = 0; step < n - 1; step++) {
      const k = kk ? step + 1 : n - 2 - step;
      const c = group[k];
      const from = kk ? group[k - 1] : group[k + 1];
      const top = RANK[c.levels[c.levels.length - 1].unit];
      if (top >= RANK.article || hasRel(c)) continue;
      const fl = from.levels;
      if (fl[fl.length - 1].unit !== 'article') continue;
      const joined = kk ? this.partBetween(from.next, c.startTok) : this.partBetween(c.next, from.startTok);
      if (RANK[fl[0].unit] > top && !joined) continue;
      const outer: Level[] = [];
      for (const l of fl) if (RANK[l.unit] > top) outer.push(l);
      let single = true;
      for (const l of outer) if (!l.rel && (l.items.length !== 1 || l.items[0].dashEnd || l.items[0].sub !== undefined)) single = false;
      if (single) group[k] = { ...c, levels: [...c.levels, ...outer] };
    }
  }

  /** Whether a part phrase («части первой», «бірінші бөлігінің») stands between tokens a and b. */
  private partBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.kind(k) === T_WORD && this.words.isPartNoun(this.tw[k])) return true;
    return false;
  }

  // ───────────── unnumbered parts ─────────────

  /** Phrases naming parts («частью первой», «бірінші бөлігі»): their ordinals are no ordinal citations. */
  private partPhrases: Span[] = [];

  /** The index of the token starting (ending) exactly at `off`, or -1. */
  private tokIndex(off: number, end: boolean): number {
    const at = end ? this.te : this.ts;
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid] < off) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.n && at[lo] === off ? lo : -1;
  }

  /** One place of a part: an ordinal or cardinal word («первой», "one", «екінші»), or plain digits («части 1»). */
  private partPlace(i: number): { value: number; span: Span } | null {
    const t = this.kind(i);
    if (t === T_WORD) {
      const v = this.words.partValue(this.tw[i]);
      return v > 0 ? { value: v, span: { start: this.ts[i], end: this.te[i] } } : null;
    }
    if (t === T_NUM && this.words.order === 'noun-first') {
      if (this.kind(i + 1) === T_HYPH && !this.sp(i + 1)) return null;
      const v = parseInt(this.text.slice(this.ts[i], this.te[i]), 10);
      return v > 0 && v < 100 ? { value: v, span: { start: this.ts[i], end: this.te[i] } } : null;
    }
    return null;
  }

  /**
   * A place in two words, the tens at token i and an ordinal below ten after them («он үшінші», «двадцать
   * первой»): its value and span (session 24: no part was attached before).
   */
  private tensPlace(i: number): { value: number; span: Span } | null {
    if (this.kind(i) !== T_WORD || this.kind(i + 1) !== T_WORD) return null;
    const tens = this.words.partTens.get(this.tw[i]);
    if (!tens) return null;
    const v = this.words.partValue(this.tw[i + 1]);
    return v > 0 && v < 10 ? { value: tens + v, span: { start: this.ts[i], end: this.te[i + 1] } } : null;
  }

  private isListSep(i: number): boolean {
    const t = this.kind(i);
    return t === T_COMMA || (t === T_WORD && this.words.listSeparators.has(this.tw[i]));
  }

  /**
   * «частью первой статьи 5», «абзаце втором пункта 2», «частями первой и второй статьи 5», "part one of
   * Article 5" (before the citation), «5-баптың бірінші бөлігі» (after it): the citation names those
   * unnumbered parts of its article or paragraph. Its span takes the phrase in; its target, the parts.
   */
  private attachParts(ref: RawReference): void {
    const t = ref.targets[0];
    // (Session 23: «абзацы второй и третий подпункта 2)», the parts of a subparagraph or of several units:
    // the phrase is a part phrase, so its ordinals are no ordinal citations; no parts are attached.)
    const phraseOnly = ref.targets.length !== 1 || t.unit === 'subparagraph';
    const lvl = t.unit === 'article' ? t.article : t.paragraph;
    if (!phraseOnly && lvl?.kind === 'num' && lvl.rangeEnd) return;
    const places: { value: number; span: Span }[] = [];
    let start: number;
    let end: number;
    if (this.words.order === 'noun-first') {
      const k = this.tokIndex(ref.span.start, false);
      if (k <= 0) return;
      let j = k - 1;
      if (this.words.levelJoiner) {
        // "part one of [the] Article 5"
        if (this.words.definiteArticle && this.word(j) === this.words.definiteArticle) j--;
        if (this.word(j) !== this.words.levelJoiner) return;
        j--;
        // "the second part of paragraph 2": the place before the noun.
        const before = this.isWordPart(j) ? this.partPlace(j - 1) : null;
        if (before) {
          places.push(before);
          start = before.span.start;
          end = this.te[j];
          this.setParts(ref, t, places, start, end, phraseOnly);
          return;
        }
      }
      const last = j;
      for (;;) {
        const two = j > 0 ? this.tensPlace(j - 1) : null;
        const p = two ?? this.partPlace(j);
        if (!p) return;
        places.unshift(p);
        j -= two ? 2 : 1;
        let seps = 0;
        while (seps < 2 && this.isListSep(j)) { j--; seps++; }
        if (seps === 0) break;
      }
      if (!this.words.isPartNoun(this.word(j))) return;
      start = this.ts[j];
      end = this.te[last];
    } else {
      const k = this.tokIndex(ref.span.end, true);
      if (k < 0) return;
      let j = k + 1;
      for (;;) {
        const two = this.tensPlace(j);
        const p = two ?? this.partPlace(j);
        if (!p) return;
        places.push(p);
        j += two ? 2 : 1;
        let seps = 0;
        while (seps < 2 && this.isListSep(j)) { j++; seps++; }
        if (seps === 0) break;
      }
      if (!this.words.isPartNoun(this.word(j))) return;
      start = places[0].span.start;
      end = this.te[j];
    }
    this.setParts(ref, t, places, start, end, phraseOnly);
  }

  private isWordPart(i: number): boolean {
    return this.words.isPartNoun(this.word(i));
  }

  private setParts(ref: RawReference, t: RefTarget, places: { value: number; span: Span }[], start: number, end: number, phraseOnly = false): void {
    if (phraseOnly) {
      this.partPhrases.push({ start, end });
      return;
    }
    ref.targets = [{ ...t, parts: places }];
    ref.span = { start: Math.min(ref.span.start, start), end: Math.max(ref.span.end, end) };
    this.partPhrases.push({ start, end });
  }

  /** «1. », «2) », «3-1. » at the very start of the scanned range: the paragraph's own number. */
  private leadingMarker(): number {
    const r = this.rawNum(0);
    if (!r) return 0;
    const j = r.b + 1;
    const t = this.kind(j);
    if ((t === T_DOT || t === T_RP) && !this.sp(j) && (this.kind(j + 1) === T_NONE || this.sp(j + 1))) return j + 1;
    return 0;
  }

  private onlySeparators(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const t = this.tk[k] & KIND;
      // «статьи 3 (пункт 1), статьи 5 …»: a parenthesised citation stays in the group
      if (t === T_COMMA || t === T_LP || t === T_RP) continue;
      if (t === T_WORD && this.words.groupSeparators.has(this.tw[k])) continue;
      // A part between the levels of one citation («пунктом 8) части первой статьи 35 Уголовно-
      // процессуального кодекса», «кодексінің 35-бабы бірінші бөлігінің 3) тармағында»): the chains on
      // either side are one citation, of the act named after (before) them. Before, the item was read as
      // the citing article's own (real laws: «Article 18 has no paragraph 8»).
      // (Session 23: the places may be a list, «он үшінші, он төртінші және он жетінші абзацтарын».)
      if (t === T_WORD && this.words.isPartNoun(this.tw[k])) {
        const j = this.placeList(k + 1, b);
        if (j > k + 1) { k = j - 1; continue; }
      }
      const j = this.placeList(k, b);
      if (j > k && j < b && this.kind(j) === T_WORD && this.words.isPartNoun(this.tw[j])) { k = j; continue; }
      return false;
    }
    return true;
  }

  /**
   * The end of a list of part places starting at token k (before b): places («первой», «үшінші», «он
   * үшінші») joined by commas, dashes or list words; k when no place starts there.
   */
  private placeList(k: number, b: number): number {
    let end = k;
    let j = k;
    for (;;) {
      let p = j;
      if (this.kind(p) === T_WORD && this.words.partTens.has(this.tw[p])) p++;
      if (p >= b || !this.partPlace(p)) return end;
      end = j = p + 1;
      while (j < b && (this.kind(j) === T_COMMA || this.kind(j) === T_DASH || (this.kind(j) === T_WORD && this.words.groupSeparators.has(this.tw[j])))) j++;
      if (j === end) return end;
    }
  }

  private targets(c: Chain): RefTarget[] {
    const inner = c.levels[0];
    const outer: Partial<Record<UnitName, RefLevel>> = {};
    for (let k = 1; k < c.levels.length; k++) {
      const lv = c.levels[k];
      outer[lv.unit] = lv.rel ? { kind: 'this', span: lv.rel } : this.refLevel(lv, lv.items[0]);
    }
    const out: RefTarget[] = [];
    if (inner.rel) out.push(this.target(inner.unit, outer, { kind: 'this', span: inner.rel }, inner.rel));
    else for (const it of inner.items) { const level = this.refLevel(inner, it); out.push(this.target(inner.unit, outer, level, this.levelSpan)); }
    return out;
  }

  /** A target of `unit` at `level`, within the outer levels. */
  private target(unit: UnitName, outer: Partial<Record<UnitName, RefLevel>>, level: RefLevel, span: Span): RefTarget {
    const t: RefTarget = { unit, span };
    for (const u of UNITS) if (outer[u]) t[u] = outer[u];
    t[unit] = level;
    return t;
  }

  /** The span of the level the last refLevel built (read right after the call). */
  private levelSpan: Span = { start: 0, end: 0 };

  /** Applies the hyphen rule (see the header comment) and builds the RefLevel of one item; its span in levelSpan. */
  private refLevel(lv: Level, it: Item): RefLevel {
    const plural = lv.plural === 'pl' || (lv.plural === 'amb' && lv.items.length > 1);
    if (it.dashEnd) {
      const a = this.num(it.first.a, it.first.b), b = this.num(it.dashEnd.a, it.dashEnd.b);
      this.levelSpan = { start: a.span.start, end: b.span.end };
      return { kind: 'num', num: a, rangeEnd: b };
    }
    const f = it.first;
    if (plural && f.b === f.a + 2 && Number(this.text.slice(this.ts[f.b], this.te[f.b])) > Number(this.text.slice(this.ts[f.a], this.te[f.a]))) {
      const a = this.num(f.a, f.a), b = this.num(f.b, f.b);
      this.levelSpan = { start: a.span.start, end: b.span.end };
      return { kind: 'num', num: a, rangeEnd: b };
    }
    const a = this.num(f.a, f.b);
    this.levelSpan = a.span;
    return { kind: 'num', num: a };
  }

  /** The number written from token a to token b. */
  private num(a: number, b: number): RefNum {
    const span = { start: this.ts[a], end: this.te[b] };
    return { text: this.text.slice(span.start, span.end), span };
  }

  // ───────────── ordinals ─────────────

  private ordinals(): OrdinalUse[] {
    const out: OrdinalUse[] = [];
    const words = this.words;
    const phrases = this.partPhrases;
    for (let i = 0; i < this.n; i++) {
      if ((this.tk[i] & KIND) !== T_WORD) continue;
      const v = words.ordinal(this.tw[i]);
      if (!v) continue;
      const s = this.ts[i], e = this.te[i];
      let inPhrase = false;
      for (const p of phrases) if (s >= p.start && e <= p.end) { inPhrase = true; break; }
      if (inPhrase) continue;
      const prevWord = this.kind(i - 1) === T_WORD;
      // «первый пункт», "the first paragraph", «бірінші тармақ»
      const nInfo = this.kind(i + 1) === T_WORD ? words.noun(this.tw[i + 1]) : null;
      const afterPart = prevWord && words.isPartWord(this.tw[i - 1]); // «частью второй пункта 2»
      if (nInfo && !afterPart) {
        out.push({ span: { start: s, end: this.te[i + 1] }, unit: nInfo.unit, value: v });
        i++;
        continue;
      }
      // ru: «пункт первый», «статьи третьей»
      if (words.ordinalAfterNoun && prevWord) {
        const pInfo = words.noun(this.tw[i - 1]);
        const relBefore = this.kind(i - 2) === T_WORD && words.isRelative(this.tw[i - 2]);
        if (pInfo && !relBefore) out.push({ span: { start: this.ts[i - 1], end: e }, unit: pInfo.unit, value: v });
      }
    }
    return out;
  }
}

interface Level {
  unit: UnitName;
  plural: Plurality;
  items: Item[];
  /** Relative words ("настоящей статьи"): present for a `this` level. */
  rel?: Span;
  start: number;
  end: number;
  next: number;
}

interface Chain {
  /** Inner → outer. */
  levels: Level[];
  start: number;
  end: number;
  startTok: number;
  next: number;
}

/**
 * «… действие пункта 6 статьи 10 настоящего Закона, установив, что в период приостановления данный пункт
 * действует в следующей редакции»: a citation made only of an anaphoric relative level («данный пункт»)
 * names the last unit of its kind cited before it in the same sentence, with that citation's act (session
 * 23: the suspension formula of real laws; before, «данный пункт» was the citing paragraph, and in an
 * article without paragraphs «names no article and is not inside an article»). The numbers are the earlier
 * citation's own (one place in the text).
 */
function anaphora(refs: RawReference[], text: string, words: ScanWords): void {
  for (let i = 1; i < refs.length; i++) {
    const r = refs[i];
    if (r.targets.length !== 1) continue;
    const t = r.targets[0];
    const lv = t[t.unit];
    if (!lv || lv.kind !== 'this') continue;
    let w = lv.span.start;
    while (w < text.length && /\p{L}/u.test(text[w])) w++;
    if (!words.isAnaphoric!(text.slice(lv.span.start, w).toLowerCase())) continue;
    for (let j = i - 1; j >= 0; j--) {
      const q = refs[j];
      // The same sentence: no full stop before a capital letter between them.
      if (/[.;]\s+\p{Lu}/u.test(text.slice(q.span.end, r.span.start))) break;
      let hit: RefTarget | undefined;
      for (const u of q.targets) if (u.unit === t.unit && u[t.unit]?.kind === 'num') hit = u;
      if (!hit) continue;
      r.targets = [{ ...hit, span: t.span }];
      r.external = q.external;
      if (q.externalAct !== undefined) r.externalAct = q.externalAct;
      if (q.constitution) r.constitution = true;
      break;
    }
  }
}

function hasRel(c: Chain): boolean {
  for (const l of c.levels) if (l.rel) return true;
  return false;
}

/** `constitution`: «Конституции», "the Constitution" with no year: the document itself, or the one it cites. */
type Act = { kind: 'none' | 'internal' | 'constitution' } | { kind: 'external'; act?: string };

// ───────────────────────────── pre-check ─────────────────────────────

/**
 * A necessary condition for `scanReferences(text, lang)` to find anything. Every reference and every
 * ordinal citation contains a unit noun or abbreviation, and each of those contains one of
 *   ru: «стат» (статья …), «ст.», «пункт» (пункт, подпункт …), «п.» (п., подп.)
 *   kk: «тарм» (тармақ, тармақша, тармағ…), «бап», «баб»
 *   en: "arti", "art.", "arts" (article, art., arts.), "para" (paragraph, para., subparagraph)
 * in any case, Latin look-alikes allowed. The scan cache asks it before tokenising a line it has not
 * seen (test/unit/refscan.test.ts checks it against the scanner on random and real text).
 */
export function mayCite(text: string, lang: Lang): boolean {
  return lexicon(lang).scan.mayCite.test(text);
}

/** The lexicons' mayCite patterns as global expressions (made once: a new expression starts slow). */
const GLOBAL_MAY_CITE: Partial<Record<Lang, RegExp>> = {};

/**
 * `mayCite` for the lines of one text, asked in the order of their starts (as a full analysis reads its
 * lines): one search of the text from a line finds the first place that may cite at or after it, which
 * answers every line that ends before that place without searching again and without slicing the line.
 * Exactly `mayCite(text.slice(start, end), lang)`: the lexicons' patterns have no anchors, look-arounds
 * or word boundaries, so a match inside the line is a match of the line; a first match that runs past
 * the line's end is left to the line itself. Asked out of order, it searches again (still exact).
 */
export class CiteFinder {
  private readonly re: RegExp;
  private readonly one: RegExp;
  /** The last search started here and found a match at [at, to) (Infinity: none): no match starts in [from, at). */
  private from = -1;
  private at = -1;
  private to = -1;

  constructor(private readonly text: string, lang: Lang) {
    this.one = lexicon(lang).scan.mayCite;
    this.re = GLOBAL_MAY_CITE[lang] ??= new RegExp(this.one.source, this.one.flags.replace(/[gy]/g, '') + 'g');
  }

  mayCite(start: number, end: number): boolean {
    if (this.from < 0 || start < this.from || start > this.at) {
      this.re.lastIndex = start;
      const m = this.re.exec(this.text);
      this.from = start;
      this.at = m ? m.index : Infinity;
      this.to = m ? m.index + m[0].length : Infinity;
    }
    if (this.at >= end) return false;
    if (this.to <= end) return true;
    return this.one.test(this.text.slice(start, end));
  }
}

/**
 * A citation inside the parentheses of a bare article number in a list of another act's articles
 * («Қылмыстық кодексінің 110 (екінші бөлігінің 4) тармағында), 120 (…), … -баптарында»): it names a part of
 * that number's article, which the scan does not read as one, not a unit of this act (before, a real law
 * had twelve «Article 6 has no paragraph 4»). The scan reads it as another act's: not resolved. The
 * parenthesis opens at most 60 characters before the citation, with only words, figures, items («1)»),
 * hyphens, commas and blanks between; the number before it follows a blank, a comma or the line's start,
 * and the word before that is no unit noun («статьи 5 (пункт 1)» is a citation the scan reads).
 */
export function underBareNumber(text: string, start: number, words: ScanWords): boolean {
  let i = start - 1;
  const stop = Math.max(0, start - 60);
  // (Back over «1)» of an item named before it in the parentheses: a closing parenthesis follows no figure.)
  const figure = (k: number) => k >= 0 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57;
  while (i >= stop && text.charCodeAt(i) !== 40 && !(text.charCodeAt(i) === 41 && !figure(i - 1)) && text.charCodeAt(i) !== 10) i--;
  if (i < stop || text.charCodeAt(i) !== 40) return false;
  if (!/^[\s\p{L}\d,)-]*$/u.test(text.slice(i + 1, start))) return false;
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j--;
  const end = j + 1;
  while (j >= 0 && ((text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) || text.charCodeAt(j) === 45)) j--;
  if (end === j + 1 || !/\d/.test(text.slice(j + 1, end))) return false;
  const before = j >= 0 ? text.charCodeAt(j) : 10;
  if (!(before === 32 || before === 44 || before === 10 || before === 0xa0)) return false;
  let k = j;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  let w = k;
  while (w >= 0 && /\p{L}/u.test(text[w])) w--;
  const word = text.slice(w + 1, k + 1).toLowerCase();
  return words.noun(word.replace(/ё/g, 'е')) === null && words.abbreviations.get(word) === undefined;
}

/**
 * Scans `text.slice(start, end)` (normally one paragraph) for references and ordinal citations.
 * Offsets in the result are absolute offsets into `text`. Never throws.
 */
export function scanReferences(text: string, lang: Lang, start = 0, end = text.length): ScanResult {
  // The shared token rows, unless a scan is using them (none does: a scan calls no scan; kept safe anyway).
  const toks = sharedToks ?? newToks(64);
  sharedToks = undefined;
  try {
    const s = Math.max(0, Math.min(start | 0, text.length));
    const e = Math.max(s, Math.min(end | 0, text.length));
    tokenize(text, s, e, toks);
    return new Scanner(text, lexicon(lang).scan, toks).scan();
  } catch {
    return { references: [], ordinals: [] };
  } finally {
    // The words may be slices of `text`: none stays in the rows (a slice would keep its document alive, issue 17).
    toks.w.fill('', 0, toks.n);
    toks.n = 0;
    if (toks.k.length <= TOKS_KEPT) sharedToks = toks;
    else if (sharedToks === undefined) sharedToks = newToks(256);
  }
}
