// Conversions between core data (UTF-16 offsets, plain kinds) and LSP types. The only place that knows both.

import {
  DiagnosticSeverity, ErrorCodes, ResponseError, DocumentHighlightKind, FoldingRangeKind, SymbolKind,
  type Diagnostic, type Position, type Range,
} from 'vscode-languageserver';
import type {
  DiagnosticData, FoldRange, Highlight, LineIndex, Severity, Span, SymbolKindName,
} from '../core';

/** The lines of the text a span was computed on (the language service's `lines(uri)`, or an analysis's). */
export type Lines = LineIndex;

export function toRange(lines: Lines, span: Span): Range {
  return lines.range(span);
}

/**
 * lines.positionAt(offset), searched from line `near` outwards (doubling steps, then halving) instead of
 * over the whole document: O(log distance) line starts read instead of O(log lines). For many positions
 * in document order (an outline: a symbol's start lies after the previous one's, its end and its
 * heading a few lines on), where each binary search from scratch cost ≈ 1 µs on an edited text.
 * The same answer as positionAt for every offset and every `near` (test/unit/lsp-convert.test.ts).
 */
export function positionNear(lines: Lines, offset: number, near: number): Position {
  const n = lines.lineCount;
  // Offsets positionAt clamps, or past the last line start (clamped to the text's length there).
  if (!(offset >= 0) || n === 0 || offset >= lines.lineStart(n - 1)) return lines.positionAt(offset);
  let h = Math.min(Math.max(0, near | 0), n - 1);
  // lo: a line starting at or before offset; hi: a line starting after it.
  let lo: number;
  let hi: number;
  if (lines.lineStart(h) <= offset) {
    lo = h;
    let step = 1;
    for (;;) {
      const t = lo + step;
      if (t >= n) { hi = n; break; }
      if (lines.lineStart(t) <= offset) { lo = t; step *= 2; } else { hi = t; break; }
    }
  } else {
    hi = h;
    let step = 1;
    for (;;) {
      const t = hi - step;
      if (t <= 0) { lo = 0; break; }
      if (lines.lineStart(t) <= offset) { lo = t; break; }
      hi = t;
      step *= 2;
    }
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (lines.lineStart(mid) <= offset) lo = mid;
    else hi = mid;
  }
  return { line: lo, character: offset - lines.lineStart(lo) };
}

/** toRange for spans in document order: `cursor.line` is the line of the previous span's start (updated). */
export function toRangeNear(lines: Lines, span: Span, cursor: { line: number }): Range {
  const start = positionNear(lines, span.start, cursor.line);
  cursor.line = start.line;
  return { start, end: positionNear(lines, span.end, start.line) };
}

/** Clamps any position (negative, past the end, NaN, missing) into the document. */
export function toOffset(lines: Lines, pos: Position | undefined | null): number {
  if (!pos || typeof pos !== 'object') return 0;
  return lines.offsetAt({ line: Number(pos.line), character: Number(pos.character) });
}

/**
 * The offset of a position that must lie in the document: for the features that change the text (rename,
 * renumbering), where clamping a bad position would act on another unit. A position that is missing,
 * not whole numbers, negative, on a line past the last or past the end of its line is refused with
 * InvalidParams (-32602) and a message saying why.
 */
export function exactOffset(lines: Lines, pos: Position | undefined | null, what = 'position'): number {
  const shown = (() => {
    try {
      return JSON.stringify(pos);
    } catch {
      return String(pos);
    }
  })();
  const refuse = (why: string): never => {
    throw new ResponseError(ErrorCodes.InvalidParams, `Invalid ${what} ${shown}: ${why}`);
  };
  if (!pos || typeof pos !== 'object') return refuse('a position {line, character} is required');
  const { line, character } = pos as { line: unknown; character: unknown };
  if (!Number.isInteger(line) || !Number.isInteger(character)) return refuse('line and character must be whole numbers');
  const l = line as number;
  const c = character as number;
  if (l < 0 || c < 0) return refuse('line and character must not be negative');
  const index = lines;
  if (l >= index.lineCount) return refuse(`the document has ${index.lineCount} lines (0 to ${index.lineCount - 1})`);
  const length = index.lineEnd(l) - index.lineStart(l);
  if (c > length) return refuse(`line ${l} has ${length} characters`);
  return index.lineStart(l) + c;
}

export function toSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'information': return DiagnosticSeverity.Information;
    default: return DiagnosticSeverity.Hint;
  }
}

export function toDiagnostic(lines: Lines, d: DiagnosticData): Diagnostic {
  const diag: Diagnostic = {
    range: toRange(lines, d.span), severity: toSeverity(d.severity), code: d.code, source: d.source, message: d.message,
  };
  if (d.data !== undefined) diag.data = d.data;
  return diag;
}

export function toSymbolKind(k: SymbolKindName): SymbolKind {
  switch (k) {
    case 'preamble': return SymbolKind.String;
    case 'section': return SymbolKind.Namespace;
    case 'chapter': return SymbolKind.Package;
    case 'subchapter': return SymbolKind.Module;
    case 'article': return SymbolKind.Class;
    case 'paragraph': return SymbolKind.Field;
    case 'subparagraph': return SymbolKind.EnumMember;
  }
}

export function toHighlightKind(k: Highlight['kind']): DocumentHighlightKind {
  return k === 'write' ? DocumentHighlightKind.Write : k === 'read' ? DocumentHighlightKind.Read : DocumentHighlightKind.Text;
}

export function toFoldingKind(k: FoldRange['kind']): string | undefined {
  return k === 'comment' ? FoldingRangeKind.Comment : k === 'region' ? FoldingRangeKind.Region : undefined;
}
