// The core's front door. Everything outside server/src/core (the LSP adapter, the CLI, the bench, the
// tests that use the core as a whole) imports from here, never from a core file (test/unit/purity.test.ts
// checks it for every file of server/src outside the core).
//
// - `createLanguageService()`: the documents and their analyses, and the synchronous queries on them
//   (core/service.ts). The adapter's handlers use it.
// - The types those queries return, and the settings they take.
// - Pure helpers for whole texts that are not open documents: the CLI, the bench, the drafts on disk,
//   the prior constitution and its comparative table.
//
// All offsets are UTF-16 code units; `LineIndex` converts them to lines and characters.

// ── The language service
export { createLanguageService } from './service';
export type {
  AnalysisListener, CitedAct, CitedProvider, NamedActProvider, ContentChange, DefinitionSpans, LanguageService, LanguageServiceOptions, LensInfo,
  ReferenceSpan,
} from './service';
export type { TextChange } from './incremental';
export { SourceText, type TextReader } from './source';

// ── Types
export type { Analysis } from './analysis';
export type {
  Article, Edit, Lang, Paragraph, Problem, Severity, Span, Subparagraph, Unit,
  // What scanReferences returns.
  RawReference, RefLevel, RefTarget, ScanResult,
} from './types';
export type { Position, Range } from './text';
export type { CodeAction } from './features/codeActions';
export type { LensMode, ResolvedLens } from './features/codeLens';
export type { CompletionItem } from './features/completion';
export type { DiagnosticData, DiagnosticOptions, SeveritySetting } from './features/diagnostics';
export type { FoldRange } from './features/folding';
export type { HoverOptions, HoverResult } from './features/hover';
export type { DefinitionTarget, Highlight, ReferenceLocation } from './features/navigation';
export type { EditError, RenumberOptions, RenumberPlan, Repointed } from './features/renumber';
export type { DocSymbol, SymbolKindName, SymbolOptions, WorkspaceSymbol } from './features/symbols';
export type { DraftDetection } from './detect';
export type { Comparison, PriorUnavailable } from './prior/compare';
export type { DiffOp } from './prior/diff';

// ── Settings, messages and the lexicons
export { CODES, formatMessage } from './messages';
export type { Code } from './messages';
// Every code, every lexicon: what the README table, the l10n checks and a client listing them read.
export { ALL_CODES } from './codes';
export { ALL_LEXICONS, fill, lexicon } from './lang';
export type { Lexicon } from './lang';
// Plural forms of the three languages (the client and the CLI count things in messages too).
export { countOf, plural, pluralCategory } from './plural';
export { lensMode } from './features/codeLens';
export { normaliseSeverity } from './features/diagnostics';
export { resolveMessageLanguage } from './features/labels';
export { semanticTokensLegend } from './features/semanticTokens';
export { escapeHtml, escapeMarkdown } from './escape';
export { editMessage, repointedMessage } from './features/renumber';
export { repointedSummary } from './features/codeActions';

// ── Whole texts (not open documents): analysis and the features the CLI and the bench use
export { analyze, allUnits, clearScanCache } from './analysis';
// Offsets ↔ lines of a text (what an analysis's lineIndex is), for texts the caller holds.
export { LineIndex } from './text';
// The parser alone (a document's structure without references) and the language guess it starts with.
export { detectLanguage, parse } from './parser';
export { analyzeIncremental, incrementalStats, prepareIncremental } from './incremental';
export { canonical, problem } from './parser';
export { scanReferences } from './refscan';
export { detectDraft, DETECT_SAMPLE } from './detect';
export { diagnostics } from './features/diagnostics';
export { outline, outlineText } from './features/outline';
export { applyEdits, renumberPlan } from './features/renumber';
export { migrationPlan } from './features/migrate';
export type { MigrationPlan, MigrationRewrite, MigrationLeft } from './features/migrate';
export { citesOf } from './cites';
export { actKey, titleKeys } from './features/named';
export { localiseTarget, requestError } from './messages';
export type { RequestError } from './lang';
export { BILL_HEAD, billActId, isBill, readBill, sectionNumeral, unreadStatements } from './bill/read';
export type { Bill, BillTarget, Instruction, InstructionKind, Quoted, ReadBillOptions } from './bill/read';
export { checkBill, earlierEdition, locate, type CheckOptions } from './bill/check';
export { applyBill, newUnitTexts } from './bill/apply';
export type { AppliedInstruction, ApplyOptions, ApplyResult } from './bill/apply';
export { amend, applyWordEdit } from './bill/amend';
export type { AmendChange, AmendOptions, AmendResult, AmendStyle } from './bill/amend';
export type { NewEditionReason } from './lang';
// A bill's comparative table: a row per amended unit, in force / proposed / justification.
export { billTable, billTableHtml, billTableJson, billTableMarkdown, billTableRows, billTableTitle } from './bill/table';
export type { BillRowChange, BillTable, BillTableJson, BillTableOptions, BillTableRow } from './bill/table';

// ── The bundled acts, the prior constitution and the comparative table
export { actFile, BUNDLED_ACTS, bundledAct, bundledIds, DEFAULT_PRIOR } from './acts';
export type { BundledAct } from './acts';
export { Matcher } from './prior/match';
export type { ArticleText, MatchResult } from './prior/match';
// A text's articles as Matcher.match takes them.
export { articleTexts } from './prior/articles';
// What a «<!-- Обоснование: … -->» comment gives the table's fourth column.
export { justificationText } from './prior/justification';
export { comparePrior, draftParagraphAt, priorDiagnostics, priorLabel, readableDiff } from './prior/compare';
export {
  priorHoverMarkdown, priorInlayLabel, priorInlayTooltip, priorParagraphHoverMarkdown, tableHtml, tableJson, tableMarkdown,
} from './features/table';
// The table's rows, headers, title and styles: what every rendering (HTML, Markdown, JSON, the DOCX writer) shows.
export { DIFF_STYLE, TABLE_CSP, TABLE_HEADERS, rowsMarkdown, tableRows, tableTitle } from './features/table';
export type { TableRow } from './features/table';
// Language versions of one act (issue 13): pairing and divergences.
export { align, compareParallel, counterpartAt, counterparts, parallelProblems, unitAt, unitTarget } from './parallel';
export type { Divergence, ParallelCode, ParallelResult } from './parallel';
export { parallelTable, parallelTableHtml, parallelTableJson, parallelTableMarkdown, parallelTitle } from './features/parallelTable';
export type { ParallelCell, ParallelRow, ParallelTable } from './features/parallelTable';
