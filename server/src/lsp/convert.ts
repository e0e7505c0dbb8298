// Conversions between core data (UTF-16 offsets, plain kinds) and LSP types. The only place that knows both.

import {
  DiagnosticSeverity, DocumentHighlightKind, FoldingRangeKind, SymbolKind,
  type Diagnostic, type Position, type Range,
} from 'vscode-languageserver/node';
import type { Analysis } from '../core/analysis';
import type { Severity, Span } from '../core/types';
import type { DiagnosticData } from '../core/features/diagnostics';
import type { SymbolKindName } from '../core/features/symbols';
import type { Highlight } from '../core/features/navigation';
import type { FoldRange } from '../core/features/folding';

export function toRange(an: Analysis, span: Span): Range {
  return an.lineIndex.range(span);
}

/** Clamps any position (negative, past the end, NaN, missing) into the document. */
export function toOffset(an: Analysis, pos: Position | undefined | null): number {
  if (!pos || typeof pos !== 'object') return 0;
  return an.lineIndex.offsetAt({ line: Number(pos.line), character: Number(pos.character) });
}

export function toSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error': return DiagnosticSeverity.Error;
    case 'warning': return DiagnosticSeverity.Warning;
    case 'information': return DiagnosticSeverity.Information;
    default: return DiagnosticSeverity.Hint;
  }
}

export function toDiagnostic(an: Analysis, d: DiagnosticData): Diagnostic {
  const diag: Diagnostic = {
    range: toRange(an, d.span), severity: toSeverity(d.severity), code: d.code, source: d.source, message: d.message,
  };
  if (d.data !== undefined) diag.data = d.data;
  return diag;
}

export function toSymbolKind(k: SymbolKindName): SymbolKind {
  switch (k) {
    case 'preamble': return SymbolKind.String;
    case 'section': return SymbolKind.Namespace;
    case 'chapter': return SymbolKind.Package;
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
