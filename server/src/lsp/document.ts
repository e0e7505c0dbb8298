// The server's open document: vscode-languageserver-textdocument's TextDocument, but over a SourceText
// (core/source.ts). TextDocument.update builds the new text by concatenation and then reads a character
// of it, which makes V8 flatten a whole copy of the document per keystroke (≈ 25–60 ms at 5,000 articles);
// here an edit shares every untouched piece of the text, and the whole string is built only when a
// feature asks for getText() (issue 17.4). Positions, offsets and line offsets behave exactly as
// TextDocument's (version 1.0.x, including its handling of a CRLF pair across an edit boundary).

import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { SourceText } from '../core';

function isEOL(c: number): boolean {
  return c === 13 || c === 10;
}

function lineOffsetsOf(text: string, atLineStart: boolean, textOffset = 0): number[] {
  const out = atLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isEOL(c)) {
      if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
      out.push(textOffset + i + 1);
    }
  }
  return out;
}

function lineOffsetsOfSource(src: SourceText): number[] {
  const out = [0];
  // Read in blocks (a SourceText is read by range).
  const BLOCK = 65536;
  let carryCr = false;
  for (let at = 0; at < src.length; at += BLOCK) {
    const s = src.slice(at, Math.min(src.length, at + BLOCK));
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (carryCr) {
        carryCr = false;
        // The \r before was counted as a line break; a \n right after it belongs to the same one.
        if (i === 0 && c === 10) { out[out.length - 1] = at + 1; continue; }
      }
      if (c === 13) {
        if (i + 1 < s.length) {
          if (s.charCodeAt(i + 1) === 10) i++;
          out.push(at + i + 1);
        } else {
          out.push(at + i + 1);
          carryCr = true;
        }
      } else if (c === 10) {
        out.push(at + i + 1);
      }
    }
  }
  return out;
}

function wellformed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

function isIncremental(e: TextDocumentContentChangeEvent): e is { range: Range; rangeLength?: number; text: string } {
  const c = e as { range?: Range; rangeLength?: number; text?: unknown };
  return c !== undefined && c !== null && typeof c.text === 'string' && c.range !== undefined
    && (c.rangeLength === undefined || typeof c.rangeLength === 'number');
}

function isFull(e: TextDocumentContentChangeEvent): e is { text: string } {
  const c = e as { range?: Range; rangeLength?: number; text?: unknown };
  return c !== undefined && c !== null && typeof c.text === 'string' && c.range === undefined && c.rangeLength === undefined;
}

export class SourceDocument implements TextDocument {
  private src: SourceText;
  private lineOffsets: number[] | undefined;
  private ver: number;

  constructor(readonly uri: string, readonly languageId: string, version: number, content: string) {
    this.ver = version;
    this.src = SourceText.of(content);
  }

  get version(): number {
    return this.ver;
  }

  /** The text, read by range. */
  get source(): SourceText {
    return this.src;
  }

  getText(range?: Range): string {
    if (range) {
      // As String.prototype.substring: a range given end first reads the same text.
      const a = this.offsetAt(range.start);
      const b = this.offsetAt(range.end);
      return this.src.slice(Math.min(a, b), Math.max(a, b));
    }
    return this.src.toString();
  }

  /** Applies the changes in order (as TextDocument.update). */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (isIncremental(change)) {
        const range = wellformed(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        const src = this.src.edit(startOffset, endOffset, change.text);
        this.src = src;
        const insertedEnd = startOffset + change.text.length;
        const crlfAtStart = src.charCodeAt(startOffset - 1) === 13 && src.charCodeAt(startOffset) === 10;
        const crlfAtEnd = src.charCodeAt(insertedEnd - 1) === 13 && src.charCodeAt(insertedEnd) === 10;
        if (crlfAtStart || crlfAtEnd || this.lineOffsets === undefined) {
          this.lineOffsets = undefined;
          continue;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        let lineOffsets = this.lineOffsets;
        const added = lineOffsetsOf(change.text, false, startOffset);
        if (endLine - startLine === added.length) {
          for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
        } else if (added.length < 10000) {
          lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
        } else {
          this.lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
        }
        const diff = change.text.length - (endOffset - startOffset);
        if (diff !== 0) {
          for (let i = startLine + 1 + added.length; i < lineOffsets.length; i++) lineOffsets[i] += diff;
        }
      } else if (isFull(change)) {
        this.src = SourceText.of(change.text);
        this.lineOffsets = undefined;
      } else {
        throw new Error('Unknown change event received');
      }
    }
    this.ver = version;
  }

  private offsets(): number[] {
    return (this.lineOffsets ??= lineOffsetsOfSource(this.src));
  }

  private beforeEOL(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEOL(this.src.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.src.length), 0);
    const lineOffsets = this.offsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeEOL(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.offsets();
    if (position.line >= lineOffsets.length) return this.src.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.src.length;
    const offset = Math.min(lineOffset + position.character, next);
    return this.beforeEOL(offset, lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.offsets();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.src.length - lineOffsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line];
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.src.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.offsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.src.length;
    return this.src.slice(this.beforeEOL(next, lineOffsets[line]), next);
  }

  get lineCount(): number {
    return this.offsets().length;
  }
}
