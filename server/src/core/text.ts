// Text utilities: line index (offset <-> line/character), numbers and Roman numerals.
// Offsets and characters are UTF-16 code units, as in JavaScript strings and LSP's default encoding.

import type { Span, UnitNumber } from './types';
import type { TextReader } from './source';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Maps offsets to positions. Line breaks: \r\n, \r and \n (as LSP does). */
export class LineIndex {
  /** Offset at which each line starts (see `lineStarts`). */
  protected starts: number[];
  /** The text, read by range (a string, or a SourceText whose whole text is built only when asked for). */
  protected src: TextReader;
  constructor(text: string) {
    this.src = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** Offset at which each line starts. Do not modify. `lineStart(i)` reads one without building the array. */
  get lineStarts(): number[] {
    return this.starts;
  }

  /** Offset at which line `line` (0-based, < lineCount) starts. */
  lineStart(line: number): number {
    return this.starts[line];
  }

  /** The whole text. */
  get text(): string {
    return this.src.toString();
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.src.length));
    let lo = 0;
    let hi = this.lineCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStart(mid) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.lineStart(lo) };
  }

  /** Clamps out-of-range positions to the document, like LSP's TextDocument.offsetAt. */
  offsetAt(pos: Position): number {
    if (!pos || !Number.isFinite(pos.line) || pos.line < 0) return 0;
    if (pos.line >= this.lineCount) return this.src.length;
    const start = this.lineStart(pos.line);
    const end = this.lineEnd(pos.line);
    const ch = Number.isFinite(pos.character) ? Math.max(0, pos.character) : 0;
    return Math.min(start + ch, end);
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineCount ? this.lineStart(line + 1) : this.src.length;
    const start = this.lineStart(line);
    let end = next;
    if (end > start && this.src.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.src.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/**
 * The capitals a Roman number is printed with in these texts: the Latin seven, and the Cyrillic І, Х and Ү
 * that Kazakh and Russian texts print for I, X and V («ІІ бөлім», «ІҮ бөлім», «Раздел Х»). The heading
 * patterns (lang/headings.ts) and the language versions' figures (parallel/figures.ts) read a number from
 * these; normaliseRoman folds them (and the other look-alikes of ROMAN_HOMOGLYPHS) to Latin.
 */
export const ROMAN_CAPITALS = 'IVXLCDM\u0406\u0425\u04AE';

/** Cyrillic (and other) look-alikes of Latin Roman-numeral letters. */
export const ROMAN_HOMOGLYPHS: Record<string, string> = {
  '\u0406': 'I', // Cyrillic capital І (Kazakh/Ukrainian)
  '\u0456': 'I', // Cyrillic small і
  '\u04C0': 'I', // Cyrillic palochka Ӏ
  '\u0425': 'X', // Cyrillic Х
  '\u04AE': 'V', // Cyrillic Ү (Kazakh texts print «ІҮ», «ҮІ» for IV, VI)
  '\u0445': 'X',
  '\u041C': 'M', // Cyrillic М
  '\u0421': 'C', // Cyrillic С
  '\u0441': 'C',
  '\u0412': 'V', // not a real look-alike of V but often typed for it? (В) – kept out of normalisation below
  '\u2160': 'I', // Roman numeral one Ⅰ
  '\u2164': 'V',
  '\u2169': 'X',
  '\u216C': 'L',
  '\u216D': 'C',
  '\u216E': 'D',
  '\u216F': 'M',
};
delete ROMAN_HOMOGLYPHS['\u0412'];

export function isRomanLike(token: string): boolean {
  if (!token) return false;
  for (const ch of token) {
    const up = ch.toUpperCase();
    if (!(up in ROMAN) && !(ch in ROMAN_HOMOGLYPHS)) return false;
  }
  return true;
}

/** Normalises look-alikes to Latin capitals. */
export function normaliseRoman(token: string): string {
  let out = '';
  for (const ch of token) out += ROMAN_HOMOGLYPHS[ch] ?? ch.toUpperCase();
  return out;
}

/** Value of a canonical Roman numeral (Latin capitals only, strict form); NaN otherwise. */
export function romanValue(token: string): number {
  if (!/^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(token) || token === '') return NaN;
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const v = ROMAN[token[i]];
    const next = i + 1 < token.length ? ROMAN[token[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Parses "83-1" into base 83 and suffix [1]. */
const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '\u2070': '0', '\u00b9': '1', '\u00b2': '2', '\u00b3': '3', '\u2074': '4',
  '\u2075': '5', '\u2076': '6', '\u2077': '7', '\u2078': '8', '\u2079': '9',
};

/**
 * An inserted number written with a dot («67.1») or superscript digits («67¹») in the hyphen form
 * («67-1»), which the numbering checks and look-ups read; other text is returned as it is.
 */
export function hyphenated(text: string): string {
  if (!/[.\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/.test(text)) return text;
  return text
    .replace(/[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g, (m) => '-' + [...m].map((c) => SUPERSCRIPT_DIGITS[c]).join(''))
    .replace(/\./g, '-');
}

export function parseArabic(text: string, span: Span): UnitNumber {
  const parts = hyphenated(text).split('-');
  const nums = parts.map((p) => (/^\d+$/.test(p) ? parseInt(p, 10) : NaN));
  return { text, span, base: nums[0], suffix: nums.slice(1) };
}

/** Compares [base, ...suffix] tuples: negative if a < b. */
export function compareNumbers(a: UnitNumber, b: UnitNumber): number {
  if (a.base !== b.base) return a.base - b.base;
  const n = Math.max(a.suffix.length, b.suffix.length);
  for (let i = 0; i < n; i++) {
    const x = a.suffix[i] ?? 0;
    const y = b.suffix[i] ?? 0;
    if (x !== y) return x - y;
  }
  return 0;
}

/**
 * A copy of `s` that shares no memory with it. V8 represents `text.slice(a, b)` (13 characters or
 * more) as a view into `text`, so a short slice kept in a long-lived cache keeps the whole text alive:
 * the text of every document version that ever put a line or a word into a cache. `s.slice()` and
 * `'' + s` return such a view (or `s` itself). Shorter strings are always copies already.
 *
 * The copy: `' ' + s` is a new two-part string; a regular expression needs it flat, so V8 copies both
 * parts into one new buffer there (test/unit/detach.test.ts); the slice after the space is then a view
 * into that buffer, never into `s`. SpiderMonkey and JavaScriptCore (the web build in Firefox or Safari)
 * are expected to resolve the rope the same way, but that is not tested: there the results are the same
 * and only the memory bound could differ. It replaces a copy
 * through character codes (`String.fromCharCode.apply` over a list of the codes), which allocated
 * about five times the string: 21 MB of the 85 MB a first analysis of 5,000 articles allocated.
 */
const FLAT = /^ /;
export function detach(s: string): string {
  if (s.length < 13) return s;
  const joined = ' ' + s;
  FLAT.test(joined);
  return joined.slice(1);
}

/** Index of the first element whose key is >= x (keys ascending). */
export function lowerBound<T>(arr: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(arr[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
