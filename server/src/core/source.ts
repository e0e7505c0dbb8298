// An immutable document text made of pieces of about 8,000 characters (a piece table): an edit makes a
// new SourceText that shares every piece it does not touch, so typing into a 2.7 M-character draft never
// builds (nor makes V8 flatten) a whole copy of the text per keystroke (issue 17.4). Reads are by range
// (`slice`, `charCodeAt`); `toString()` builds the whole text once, on first use, and keeps it.
//
// Offsets are UTF-16 code units, as in JavaScript strings.

import type { DocumentModel } from './parser';

/** What the line index and the incremental analysis read: a string, or a SourceText. */
export interface TextReader {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start?: number, end?: number): string;
  toString(): string;
}

const PIECE = 8192;

/** A flat copy of a short string built by concatenation (so it keeps no other string alive). */
function flat(s: string): string {
  if (s.length >= 13) s.charCodeAt(0);
  return s;
}

export class SourceText implements TextReader {
  readonly length: number;
  /** The pieces, and the offset at which each starts (starts.length = pieces.length + 1). */
  private readonly pieces: string[];
  private readonly starts: number[];
  private whole: string | undefined;

  private constructor(pieces: string[], starts: number[], whole?: string) {
    this.pieces = pieces;
    this.starts = starts;
    this.length = starts[starts.length - 1];
    this.whole = whole;
  }

  /** A SourceText of a string (which it keeps as its whole text). */
  static of(text: string): SourceText {
    if (typeof text !== 'string') text = String(text ?? '');
    const pieces: string[] = [];
    const starts: number[] = [0];
    for (let i = 0; i < text.length; i += PIECE) {
      pieces.push(text.slice(i, Math.min(text.length, i + PIECE)));
      starts.push(Math.min(text.length, i + PIECE));
    }
    return new SourceText(pieces, starts, text);
  }

  /** The index of the piece holding offset `i` (0 ≤ i < length); for i = length, the last piece. */
  private pieceAt(i: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  charCodeAt(i: number): number {
    if (this.whole !== undefined) return this.whole.charCodeAt(i);
    if (!(i >= 0 && i < this.length)) return NaN;
    i = Math.floor(i);
    const k = this.pieceAt(i);
    return this.pieces[k].charCodeAt(i - this.starts[k]);
  }

  /** As String.prototype.slice (negative offsets count from the end). */
  slice(start = 0, end = this.length): string {
    if (this.whole !== undefined) return this.whole.slice(start, end);
    const n = this.length;
    const norm = (x: number): number => {
      x = Math.trunc(Number(x)) || 0;
      return x < 0 ? Math.max(0, n + x) : Math.min(n, x);
    };
    const a = norm(start);
    const b = norm(end);
    if (b <= a) return '';
    let k = this.pieceAt(a);
    const s = this.starts;
    if (b <= s[k + 1]) return this.pieces[k].slice(a - s[k], b - s[k]);
    let out = this.pieces[k].slice(a - s[k]);
    for (k++; k < this.pieces.length && s[k + 1] < b; k++) out += this.pieces[k];
    if (k < this.pieces.length) out += this.pieces[k].slice(0, b - s[k]);
    return out;
  }

  /** The text with [start, end) replaced by `text` (offsets clamped to the text; end ≥ start). */
  edit(start: number, end: number, text: string): SourceText {
    const n = this.length;
    start = Math.max(0, Math.min(n, start));
    end = Math.max(start, Math.min(n, end));
    const pieces = this.pieces;
    const s = this.starts;
    if (pieces.length === 0) return SourceText.of(text);
    const k0 = this.pieceAt(start);
    // The last piece the edit reaches (an edit ending at a piece's end stays in that piece).
    const k1 = end > start ? this.pieceAt(end - 1) : k0;
    const merged = flat(pieces[k0].slice(0, start - s[k0]) + text + pieces[k1].slice(end - s[k1]));
    const mid: string[] = [];
    if (merged.length <= 2 * PIECE) {
      if (merged.length > 0 || pieces.length === 1) mid.push(merged);
    } else {
      for (let i = 0; i < merged.length; i += PIECE) mid.push(merged.slice(i, Math.min(merged.length, i + PIECE)));
    }
    const delta = text.length - (end - start);
    const newPieces = new Array<string>(pieces.length - (k1 - k0 + 1) + mid.length);
    const newStarts = new Array<number>(newPieces.length + 1);
    let j = 0;
    for (let k = 0; k < k0; k++, j++) { newPieces[j] = pieces[k]; newStarts[j] = s[k]; }
    let at = s[k0];
    for (const m of mid) { newPieces[j] = m; newStarts[j] = at; at += m.length; j++; }
    for (let k = k1 + 1; k < pieces.length; k++, j++) { newPieces[j] = pieces[k]; newStarts[j] = s[k] + delta; }
    newStarts[j] = n + delta;
    return new SourceText(newPieces, newStarts);
  }

  /** The whole text (built on first use and kept). */
  toString(): string {
    if (this.whole === undefined) {
      this.whole = this.pieces.join('');
      this.whole.charCodeAt(0);
    }
    return this.whole;
  }
}

/** The document model's text and masked text, read by range. */
export interface DocSources {
  text: SourceText;
  masked: SourceText;
}

const DOC_SOURCES = new WeakMap<DocumentModel, DocSources>();

/** The SourceTexts of a model's text and masked text (made from the strings on first use). */
export function docSources(doc: DocumentModel): DocSources {
  let s = DOC_SOURCES.get(doc);
  if (!s) {
    const text = SourceText.of(doc.text);
    s = { text, masked: doc.masked === doc.text ? text : SourceText.of(doc.masked) };
    DOC_SOURCES.set(doc, s);
  }
  return s;
}

/**
 * Makes a model's `text` and `masked` read from SourceTexts: each whole string is built only when a
 * feature asks for it (the incremental analysis and the features on the typing path read by range).
 */
export function setDocSources(doc: DocumentModel, text: SourceText, masked: SourceText, lazy = true): void {
  DOC_SOURCES.set(doc, { text, masked });
  if (!lazy) return;
  Object.defineProperty(doc, 'text', { get: () => text.toString(), enumerable: true, configurable: true });
  Object.defineProperty(doc, 'masked', { get: () => masked.toString(), enumerable: true, configurable: true });
}
