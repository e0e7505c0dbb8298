// The reference scanner as it was before issue 15 session 7 (main at 23901b0, server/src/core/refscan.ts),
// kept as the oracle of test/unit/refscan-reference.test.ts: one token object per token. Not used by the product.

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

import type { Lang, OrdinalUse, RawReference, RefLevel, RefNum, RefTarget, ScanResult, Span } from '../../server/src/core/types';
import { GenerationalCache } from '../../server/src/core/cache';
import { detach } from '../../server/src/core/text';
import { underBareNumber } from '../../server/src/core/refscan';
import { lexicon, type CitedUnit, type NounInfo, type Plurality, type ScanWords } from '../../server/src/core/lang';

type UnitName = CitedUnit;

const RANK: Record<UnitName, number> = { subparagraph: 0, paragraph: 1, article: 2 };

// ───────────────────────────── tokens ─────────────────────────────

type TokKind = 'word' | 'num' | 'hyph' | 'dash' | 'lp' | 'rp' | 'comma' | 'dot' | 'quote' | 'punct' | 'other';

interface Tok {
  k: TokKind;
  s: number;
  e: number;
  /** Normalised word (lower case, ё→е, Latin homoglyphs inside Cyrillic words → Cyrillic); '' for non-words. */
  w: string;
  /** Whitespace precedes this token. */
  sp: boolean;
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
export function wordAt(text: string, s: number, e: number): string {
  return plainWord(text, s, e) ? text.slice(s, e) : normWordCached(text.slice(s, e));
}

/** Words held by normWord's memo (for tests). */
export function normCacheSize(): number {
  return NORM_CACHE.size;
}

function tokenize(text: string, start: number, end: number): Tok[] {
  const toks: Tok[] = [];
  let p = start;
  let sp = false;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) { sp = true; p++; continue; }
    const s = p;
    let k: TokKind;
    let w = '';
    if (isDigit(c)) {
      while (p < end && isDigit(text.charCodeAt(p))) p++;
      k = 'num';
    } else if (isLetter(c)) {
      p++;
      for (;;) {
        while (p < end && isLetter(text.charCodeAt(p))) p++;
        // letter-hyphen-letter stays inside one word: «сондай-ақ», "sub-paragraph"
        if (p + 1 < end && isHyphen(text.charCodeAt(p)) && isLetter(text.charCodeAt(p + 1))) { p += 2; continue; }
        break;
      }
      k = 'word';
      w = wordAt(text, s, p);
    } else {
      p++;
      if (isHyphen(c)) k = 'hyph';
      else if (isDash(c)) k = 'dash';
      else if (c === 0x28) k = 'lp';
      else if (c === 0x29) k = 'rp';
      else if (c === 0x2c) k = 'comma';
      else if (c === 0x2e) k = 'dot';
      else if (isQuote(c)) k = 'quote';
      else if (c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f) k = 'punct';
      // A surrogate pair is one character; a lone high surrogate is one on its own (taking the next unit
      // with it would eat the first letter of «статьи 5» and hide the citation).
      else if (c >= 0xd800 && c <= 0xdbff && p < end && text.charCodeAt(p) >= 0xdc00 && text.charCodeAt(p) <= 0xdfff) { p++; k = 'other'; }
      else k = 'other';
    }
    toks.push({ k, s, e: p, w, sp });
    sp = false;
  }
  return toks;
}

// ───────────────────────────── vocabularies ─────────────────────────────
// The words come from the document language's lexicon (core/lang): unit nouns, abbreviations, relative
// words, list separators, ordinals, part words and act names.

// ───────────────────────────── numbers ─────────────────────────────

interface RawNum { parts: Tok[]; }
interface Item {
  first: RawNum;
  lp: boolean;
  rp: boolean;
  /** Second end of an explicit range (dash, or hyphen between parenthesised numbers). */
  dashEnd?: RawNum;
  /** "47(1)": a parenthesised number attached to the item. */
  sub?: Tok;
  subEnd?: number;
  /** Token index after the item. */
  next: number;
  /** Offset of the end of the item as written (incl. closing parenthesis). */
  end: number;
}

class Scanner {
  private readonly toks: Tok[];
  private readonly n: number;

  constructor(private readonly text: string, private readonly words: ScanWords, start: number, end: number) {
    this.toks = tokenize(text, start, end);
    this.n = this.toks.length;
  }

  private at(i: number): Tok | undefined { return i < this.n ? this.toks[i] : undefined; }
  private word(i: number): string { const t = this.at(i); return t && t.k === 'word' ? t.w : ''; }

  /** digits ("-" digits)* without spaces */
  private rawNum(i: number): { num: RawNum; next: number } | null {
    const t = this.at(i);
    if (!t || t.k !== 'num') return null;
    const parts = [t];
    let j = i + 1;
    for (;;) {
      const h = this.at(j), d = this.at(j + 1);
      if (h && d && h.k === 'hyph' && !h.sp && d.k === 'num' && !d.sp) { parts.push(d); j += 2; } else break;
    }
    return { num: { parts }, next: j };
  }

  /** ["("] Num [")"]  — returns the bare number with paren flags. */
  private simpleItem(i: number): { num: RawNum; lp: boolean; rp: boolean; next: number; end: number } | null {
    let j = i;
    let lp = false;
    const t = this.at(j);
    if (t && t.k === 'lp') {
      const d = this.at(j + 1);
      if (!d || d.k !== 'num' || d.sp) return null;
      lp = true;
      j++;
    }
    const r = this.rawNum(j);
    if (!r) return null;
    j = r.next;
    let end = r.num.parts[r.num.parts.length - 1].e;
    let rp = false;
    const c = this.at(j);
    if (c && c.k === 'rp' && !c.sp) { rp = true; end = c.e; j++; }
    else if (lp) return null; // "(12" without closing parenthesis
    return { num: r.num, lp, rp, next: j, end };
  }

  private item(i: number): Item | null {
    const a = this.simpleItem(i);
    if (!a) return null;
    const it: Item = { first: a.num, lp: a.lp, rp: a.rp, next: a.next, end: a.end };
    let j = a.next;
    // "47(1)": attached parenthesised number right after a bare number
    const p = this.at(j), q = this.at(j + 1), r = this.at(j + 2);
    if (!a.lp && !a.rp && p && q && r && p.k === 'lp' && !p.sp && q.k === 'num' && !q.sp && r.k === 'rp' && !r.sp) {
      it.sub = q;
      it.subEnd = r.e;
      it.next = j + 3;
      it.end = r.e;
      return it;
    }
    // explicit range: dash (spaces allowed), or hyphen between "1)" and "3)"
    // A hyphen with spaces on both sides («46 - 54») is written for a dash.
    const d = this.at(j);
    const spaced = !!d && d.k === 'hyph' && d.sp && !!this.at(j + 1)?.sp;
    if (d && (d.k === 'dash' || spaced || (d.k === 'hyph' && a.rp))) {
      const b = this.simpleItem(j + 1);
      if (b && (d.k === 'dash' || spaced || b.rp)) {
        it.dashEnd = b.num;
        it.rp = it.rp || b.rp;
        it.next = b.next;
        it.end = b.end;
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
      while (seps < 3) {
        const t = this.at(k);
        if (t && (t.k === 'comma' || (t.k === 'word' && this.words.listSeparators.has(t.w)))) { k++; seps++; } else break;
      }
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
    const lp = this.at(j), w = this.at(j + 1);
    if (!lp || lp.k !== 'lp' || !w || w.k !== 'word' || !this.words.isPartWord(w.w)) return j;
    for (let k = j + 2; k < Math.min(this.n, j + 10); k++) {
      const t = this.toks[k];
      if (t.k === 'rp') return k + 1;
      if (t.k === 'lp' || t.k === 'punct' || t.k === 'quote') return j;
      if (t.k === 'word' && this.words.noun(t.w)) return j;
    }
    return j;
  }

  // ───────────── levels ─────────────

  /** ru/en: UnitNoun NumList | Relative UnitNoun */
  private levelFwd(i: number): Level | null {
    const t = this.at(i);
    if (!t || t.k !== 'word') return null;
    if (this.words.isRelative(t.w)) {
      const u = this.at(i + 1);
      const info = u && u.k === 'word' ? this.words.noun(u.w) : null;
      if (!u || !info || info.plural === 'pl') return null;
      return { unit: info.unit, plural: 'sg', items: [], rel: { start: t.s, end: u.e }, start: t.s, end: u.e, next: i + 2 };
    }
    let info = this.words.noun(t.w);
    let j = i + 1;
    if (!info) {
      const abbr = this.words.abbreviations.get(t.w);
      const d = this.at(i + 1);
      if (!abbr || !d || d.k !== 'dot' || d.sp) return null;
      info = abbr;
      j = i + 2;
    }
    // An unambiguously singular noun cites one unit: in «статьей 5, 10 депутатов» or
    // "Article 5, 10 members" the second number is not an article.
    const l = this.list(j, info.plural !== 'sg');
    if (!l) return null;
    return this.mkLevel(info, l.items, t.s, l.next);
  }

  /** kk: NumList ["-"] UnitNoun | "осы" UnitNoun.  On failure returns the index to resume from. */
  private levelKk(i: number): Level | number {
    const t = this.at(i);
    if (!t) return i + 1;
    if (t.k === 'word') {
      if (!this.words.isRelative(t.w)) return i + 1;
      const u = this.at(i + 1);
      const info = u && u.k === 'word' ? this.words.noun(u.w) : null;
      if (!u || !info) return i + 1;
      return { unit: info.unit, plural: 'sg', items: [], rel: { start: t.s, end: u.e }, start: t.s, end: u.e, next: i + 2 };
    }
    const l = this.list(i);
    if (!l) return i + 1;
    let j = l.next;
    const h = this.at(j);
    if (h && h.k === 'hyph' && !h.sp) j++; // «62-бабының», «6)-тармақшасында», «16- бабының»
    else if (h && !h.sp) return Math.max(l.next, i + 1);
    const u = this.at(j);
    const info = u && u.k === 'word' ? this.words.noun(u.w) : null;
    if (!u || !info) return Math.max(l.next, i + 1);
    const lv = this.mkLevel(info, l.items, t.s, j + 1);
    lv.end = u.e;
    return lv;
  }

  private mkLevel(info: NounInfo, items: Item[], start: number, next: number): Level {
    const last = items[items.length - 1];
    // the closing parenthesis belongs to the reference only for subparagraphs or "(2)" forms;
    // otherwise it probably closes a parenthetical remark: «(см. статью 5)»
    const keepRp = info.unit === 'subparagraph' || last.lp || last.sub !== undefined;
    let end = last.end;
    if (!keepRp && last.rp) end = (last.dashEnd ?? last.first).parts.slice(-1)[0].e;
    return { unit: info.unit, plural: info.plural, items, start, end, next };
  }

  // ───────────── chains ─────────────

  private chainFwd(i: number): Chain | null {
    const first = this.levelFwd(i);
    if (!first) return null;
    const levels = [first]; // inner → outer
    // "Article 47(1)": paragraph 1 of Article 47
    if (first.unit === 'article' && first.items.length === 1 && first.items[0].sub) {
      const it = first.items[0];
      const sub = it.sub as Tok;
      levels.unshift({
        unit: 'paragraph', plural: 'sg', start: sub.s, end: it.subEnd as number, next: first.next,
        items: [{ first: { parts: [sub] }, lp: true, rp: true, next: first.next, end: it.subEnd as number }],
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
        lv.end = it.sub ? it.end : this.mkLevel(lv, [it], lv.start, it.next).end;
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
    return this.text.slice(this.toks[a].s, this.toks[b].e);
  }

  /** Extends over a quoted title starting at token i (bounded); returns the last token index or i-1. */
  private quoted(i: number): number {
    const q = this.at(i);
    if (!q || q.k !== 'quote') return i - 1;
    for (let k = i + 1; k < Math.min(this.n, i + 60); k++) if (this.toks[k].k === 'quote') return k;
    return i - 1;
  }

  /** A 4-digit year and a word starting with `adopted` within a bounded window: the 1993 Constitution. */
  private adoptedEarlier(from: number, to: number, adopted: (w: string) => boolean): number {
    let sawAdopted = false;
    for (let k = Math.max(0, from); k <= Math.min(this.n - 1, to); k++) {
      const t = this.toks[k];
      if (t.k === 'punct' || (t.k === 'dot' && (this.at(k + 1)?.sp ?? true))) break;
      if (t.k === 'word' && adopted(t.w)) sawAdopted = true;
      if (t.k === 'num' && t.e - t.s === 4 && sawAdopted) return k;
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
          const t = this.at(x);
          if (!t) break;
          if (t.k === 'quote') { last = Math.max(last, this.quoted(x)); break; }
          if (t.k !== 'word') break;
          const raw = this.text.charCodeAt(t.s);
          const cap = raw >= 0x41 && raw <= 0x5a;
          if (cap) last = x;
          else if (!acts.nameWords?.has(t.w)) break;
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
    // (Session 23: or the act's possessive «кодексі» before an article noun in the genitive, «825-1-бабының».)
    const genitive = (x: string) => (acts.genitiveEndings ?? []).some((e) => x.endsWith(e));
    const noun = this.toks.slice(i, i + 8).find((t) => t.k === 'word');
    const gen = genitive(w) || ((acts.possessiveEndings ?? []).some((e) => w.endsWith(e)) && !!noun && genitive(noun.w));
    if (!gen) return { kind: 'none' };
    if (acts.isConstitution(w)) {
      // «1993 жылғы 28 қаңтарда қабылданған … Конституциясының»
      for (let k = p - 1; k >= Math.max(0, p - 8); k--) {
        const t = this.toks[k];
        if (t.k === 'punct' || t.k === 'dot') break;
        if (t.k === 'word' && acts.isAdopted(t.w)) {
          for (let y = k - 1; y >= Math.max(0, k - 8); y--) {
            const u = this.toks[y];
            if (u.k === 'punct' || u.k === 'dot') break;
            if (u.k === 'num' && u.e - u.s === 4) return { kind: 'external', act: this.tokText(y, p) };
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
    const close = this.at(q);
    if (close && close.k === 'quote') {
      for (let k = q - 1; k >= Math.max(0, q - 60); k--) if (this.toks[k].k === 'quote') return { kind: 'external', act: this.tokText(k, p) };
    }
    return { kind: 'external', act: this.tokText(first, p) };
  }

  // ───────────── main ─────────────

  scan(): ScanResult {
    const references: RawReference[] = [];
    let group: Chain[] = [];
    const flush = () => {
      if (!group.length) return;
      const act = this.words.order === 'number-first' ? this.actBefore(group[0].startTok) : this.actAfter(group[group.length - 1].next);
      // (Session 23: outer levels written once for neighbouring citations of the group.)
      group = this.shareLevels(group);
      for (const c of group) {
        const hasThis = c.levels.some((l) => l.rel);
        const ext = act.kind === 'external' && !hasThis;
        const ref: RawReference = { span: { start: c.start, end: c.end }, targets: this.targets(c), external: ext };
        if (ext && act.act) ref.externalAct = act.act;
        if (act.kind === 'constitution' && !hasThis) ref.constitution = true;
        references.push(ref);
      }
      group = [];
    };

    let i = this.leadingMarker();
    while (i < this.n) {
      let chain: Chain | null = null;
      let next = i + 1;
      if (this.words.order === 'number-first') {
        const t = this.toks[i];
        if (t.k === 'num' || t.k === 'lp' || (t.k === 'word' && this.words.isRelative(t.w))) {
          const r = this.chainKk(i);
          if (typeof r === 'number') next = r; else chain = r;
        }
      } else if (this.toks[i].k === 'word') {
        chain = this.chainFwd(i);
      }
      if (chain) {
        if (group.length && !this.onlySeparators(group[group.length - 1].next, i)) flush();
        group.push(chain);
        next = chain.next;
      }
      i = Math.max(next, i + 1);
    }
    flush();
    // (Session 23: «данный пункт» after a citation of a paragraph in the same sentence.)
    if (this.words.isAnaphoric) anaphoraRef(references, this.text, this.words);
    for (const ref of references) {
      this.attachParts(ref);
      // (Session 22: a citation under a bare number's parentheses is another act's.)
      if (!ref.external && underBareNumber(this.text, ref.span.start, this.words)) ref.external = true;
    }
    return { references, ordinals: this.ordinals() };
  }

  // ───────────── unnumbered parts ─────────────

  /** Phrases naming parts («частью первой», «бірінші бөлігі»): their ordinals are no ordinal citations. */
  private partPhrases: Span[] = [];

  /** The index of the token starting (ending) exactly at `off`, or -1. */
  private tokIndex(off: number, end: boolean): number {
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((end ? this.toks[mid].e : this.toks[mid].s) < off) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.n && (end ? this.toks[lo].e : this.toks[lo].s) === off ? lo : -1;
  }

  /** One place of a part: an ordinal or cardinal word («первой», "one", «екінші»), or plain digits («части 1»). */
  private partPlace(i: number): { value: number; span: Span } | null {
    const t = this.at(i);
    if (!t) return null;
    if (t.k === 'word') {
      const v = this.words.partValue(t.w);
      return v > 0 ? { value: v, span: { start: t.s, end: t.e } } : null;
    }
    if (t.k === 'num' && this.words.order === 'noun-first') {
      const h = this.at(i + 1);
      if (h && h.k === 'hyph' && !h.sp) return null;
      const v = parseInt(this.text.slice(t.s, t.e), 10);
      return v > 0 && v < 100 ? { value: v, span: { start: t.s, end: t.e } } : null;
    }
    return null;
  }

  /** Tens and an ordinal below ten from token i: one place («он үшінші», «двадцать первой»). */
  private tensPlace(i: number): { value: number; span: Span } | null {
    const a = this.at(i);
    const b = this.at(i + 1);
    if (!a || !b || a.k !== 'word' || b.k !== 'word') return null;
    const tens = this.words.partTens.get(a.w) ?? 0;
    const v = this.words.partValue(b.w);
    return tens > 0 && v > 0 && v < 10 ? { value: tens + v, span: { start: a.s, end: b.e } } : null;
  }

  private isListSep(i: number): boolean {
    const t = this.at(i);
    return !!t && (t.k === 'comma' || (t.k === 'word' && this.words.listSeparators.has(t.w)));
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
          end = this.toks[j].e;
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
      start = this.toks[j].s;
      end = this.toks[last].e;
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
      end = this.toks[j].e;
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
    const t = this.at(r.next), u = this.at(r.next + 1);
    if (t && (t.k === 'dot' || t.k === 'rp') && !t.sp && (!u || u.sp)) return r.next + 1;
    return 0;
  }

  /**
   * The group with each citation that names no article completed from its neighbour: the following one
   * for noun-first languages, the preceding one for Kazakh; only for a citation without relative words,
   * when the neighbour names a unit no higher than the citation's outermost or a part phrase joins them,
   * and with single numbers (or relative levels) taken.
   */
  private shareLevels(group: Chain[]): Chain[] {
    const out = group.slice();
    const back = this.words.order !== 'number-first';
    const order = out.map((_, k) => k);
    if (back) order.reverse();
    for (const k of order) {
      const j = back ? k + 1 : k - 1;
      if (j < 0 || j >= out.length) continue;
      const c = out[k], d = out[j];
      if (c.levels.some((l) => l.rel)) continue;
      const outermost = RANK[c.levels[c.levels.length - 1].unit];
      if (outermost === RANK.article || d.levels[d.levels.length - 1].unit !== 'article') continue;
      const [a, b] = back ? [c.next, d.startTok] : [d.next, c.startTok];
      const part = this.toks.slice(a, b).some((t) => t.k === 'word' && this.words.isPartNoun(t.w));
      if (!part && RANK[d.levels[0].unit] > outermost) continue;
      const taken = d.levels.filter((l) => RANK[l.unit] > outermost);
      if (taken.some((l) => !l.rel && (l.items.length !== 1 || l.items[0].dashEnd !== undefined || l.items[0].sub !== undefined))) continue;
      out[k] = { ...c, levels: c.levels.concat(taken) };
    }
    return out;
  }

  /** Tokens k … of places of parts, each maybe after a tens word, with commas, dashes and list words between: the index after the last place (k if none). */
  private places(k: number, b: number): number {
    let last = k;
    let i = k;
    while (i < b) {
      const t = this.toks[i];
      const at = t && t.k === 'word' && this.words.partTens.has(t.w) ? i + 1 : i;
      if (at >= b || !this.partPlace(at)) break;
      last = at + 1;
      i = last;
      const sepStart = i;
      while (i < b && this.toks[i] && (this.toks[i].k === 'comma' || this.toks[i].k === 'dash' || (this.toks[i].k === 'word' && this.words.groupSeparators.has(this.toks[i].w)))) i++;
      if (i === sepStart) break;
    }
    return last;
  }

  private onlySeparators(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const t = this.toks[k];
      // «статьи 3 (пункт 1), статьи 5 …»: a parenthesised citation stays in the group
      if (t.k === 'comma' || t.k === 'lp' || t.k === 'rp') continue;
      if (t.k === 'word' && this.words.groupSeparators.has(t.w)) continue;
      // (Session 22: a part between the levels of one citation.)
      // (Session 23: a list of places, tens before an ordinal.)
      if (t.k === 'word' && this.words.isPartNoun(t.w) && this.places(k + 1, b) > k + 1) { k = this.places(k + 1, b) - 1; continue; }
      const j = this.places(k, b);
      const u = this.toks[j];
      if (j > k && j < b && u && u.k === 'word' && this.words.isPartNoun(u.w)) { k = j; continue; }
      return false;
    }
    return true;
  }

  private targets(c: Chain): RefTarget[] {
    const inner = c.levels[0];
    const outer: Partial<Record<UnitName, RefLevel>> = {};
    for (let k = 1; k < c.levels.length; k++) {
      const lv = c.levels[k];
      outer[lv.unit] = lv.rel ? { kind: 'this', span: lv.rel } : this.refLevel(lv, lv.items[0]).level;
    }
    const out: RefTarget[] = [];
    const mk = (level: RefLevel, span: Span) => {
      const t: RefTarget = { unit: inner.unit, span };
      for (const u of ['article', 'paragraph', 'subparagraph'] as UnitName[]) if (outer[u]) t[u] = outer[u];
      t[inner.unit] = level;
      out.push(t);
    };
    if (inner.rel) mk({ kind: 'this', span: inner.rel }, inner.rel);
    else for (const it of inner.items) { const r = this.refLevel(inner, it); mk(r.level, r.span); }
    return out;
  }

  /** Applies the hyphen rule (see the header comment) and builds the RefLevel of one item. */
  private refLevel(lv: Level, it: Item): { level: RefLevel; span: Span } {
    const plural = lv.plural === 'pl' || (lv.plural === 'amb' && lv.items.length > 1);
    const mkNum = (parts: Tok[]): RefNum => {
      const span = { start: parts[0].s, end: parts[parts.length - 1].e };
      return { text: this.text.slice(span.start, span.end), span };
    };
    if (it.dashEnd) {
      const a = mkNum(it.first.parts), b = mkNum(it.dashEnd.parts);
      return { level: { kind: 'num', num: a, rangeEnd: b }, span: { start: a.span.start, end: b.span.end } };
    }
    const ps = it.first.parts;
    if (plural && ps.length === 2 && Number(this.text.slice(ps[1].s, ps[1].e)) > Number(this.text.slice(ps[0].s, ps[0].e))) {
      const a = mkNum([ps[0]]), b = mkNum([ps[1]]);
      return { level: { kind: 'num', num: a, rangeEnd: b }, span: { start: a.span.start, end: b.span.end } };
    }
    const a = mkNum(ps);
    return { level: { kind: 'num', num: a }, span: a.span };
  }

  // ───────────── ordinals ─────────────

  private ordinals(): OrdinalUse[] {
    const out: OrdinalUse[] = [];
    const words = this.words;
    for (let i = 0; i < this.n; i++) {
      const t = this.toks[i];
      if (t.k !== 'word') continue;
      const v = words.ordinal(t.w);
      if (!v) continue;
      if (this.partPhrases.some((p) => t.s >= p.start && t.e <= p.end)) continue;
      const prev = this.at(i - 1);
      const next = this.at(i + 1);
      // «первый пункт», "the first paragraph", «бірінші тармақ»
      const nInfo = next && next.k === 'word' ? words.noun(next.w) : null;
      const afterPart = prev && prev.k === 'word' && words.isPartWord(prev.w); // «частью второй пункта 2»
      if (nInfo && !afterPart) {
        out.push({ span: { start: t.s, end: next!.e }, unit: nInfo.unit, value: v });
        i++;
        continue;
      }
      // ru: «пункт первый», «статьи третьей»
      if (words.ordinalAfterNoun && prev && prev.k === 'word') {
        const pInfo = words.noun(prev.w);
        const p2 = this.at(i - 2);
        const relBefore = p2 && p2.k === 'word' && words.isRelative(p2.w);
        if (pInfo && !relBefore) out.push({ span: { start: prev.s, end: t.e }, unit: pInfo.unit, value: v });
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

/** `constitution`: «Конституции», "the Constitution" with no year: the document itself, or the one it cites. */
type Act = { kind: 'none' | 'internal' | 'constitution' } | { kind: 'external'; act?: string };

/** «данный пункт» after a citation of a paragraph in the same sentence names that paragraph (refscan.ts anaphora). */
function anaphoraRef(refs: RawReference[], text: string, words: ScanWords): void {
  refs.forEach((r, i) => {
    if (i === 0 || r.targets.length !== 1) return;
    const t = r.targets[0];
    const lv = t[t.unit];
    if (!lv || lv.kind !== 'this') return;
    const word = /^\p{L}*/u.exec(text.slice(lv.span.start))![0].toLowerCase();
    if (!words.isAnaphoric!(word)) return;
    const earlier = refs.slice(0, i).reverse();
    for (const q of earlier) {
      if (/[.;]\s+\p{Lu}/u.test(text.slice(q.span.end, r.span.start))) return;
      const hit = q.targets.filter((u) => u.unit === t.unit && u[t.unit]?.kind === 'num').pop();
      if (!hit) continue;
      r.targets = [{ ...hit, span: t.span }];
      r.external = q.external;
      if (q.externalAct !== undefined) r.externalAct = q.externalAct;
      if (q.constitution) r.constitution = true;
      return;
    }
  });
}

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

/**
 * Scans `text.slice(start, end)` (normally one paragraph) for references and ordinal citations.
 * Offsets in the result are absolute offsets into `text`. Never throws.
 */
export function scanReferences(text: string, lang: Lang, start = 0, end = text.length): ScanResult {
  try {
    const s = Math.max(0, Math.min(start | 0, text.length));
    const e = Math.max(s, Math.min(end | 0, text.length));
    return new Scanner(text, lexicon(lang).scan, s, e).scan();
  } catch {
    return { references: [], ordinals: [] };
  }
}
