// The custom protocol between the VS Code client (client/src) and the language server (server/src/lsp):
// the names of the requests, notifications and commands beyond LSP, with the shapes of their params and
// results. The one place these names are written (test/unit/protocol.test.ts checks no other file spells
// one). Pure data and types: the client bundle, the server, the CLI and the core (hover links) import it.

import type { DraftDetection } from './detect';
import type { BillTableJson } from './bill/table';
import type { TableJsonRow } from './features/table';
import type { Lang } from './types';

/** The read-only documents of a prior constitution: `atazan-prior:/<id, URI-encoded>/<lang>/<name>.constitution`. */
export const PRIOR_SCHEME = 'atazan-prior';
/** The read-only consolidated text of an act after an open amendment bill: `atazan-applied:/<bill path>/<name>.constitution`. */
export const APPLIED_SCHEME = 'atazan-applied';

/** Client → server requests. */
export const Requests = {
  /** {@link DetectDraftParams} → {@link DetectDraftResult}: does the head of a Plain Text file look like a draft? */
  detectDraft: 'atazan/detectDraft',
  /** {@link PriorTextParams} → {@link PriorTextResult}: the text of a prior constitution. */
  priorText: 'atazan/priorText',
  /** {@link PriorArticleAtParams} → {@link PriorArticleAt}: the prior article matching the draft article under the cursor. */
  priorArticleAt: 'atazan/priorArticleAt',
  /** {@link ComparativeTableParams} → {@link ComparativeTableResult}; the draft is then watched (see comparativeTableChanged). */
  comparativeTable: 'atazan/comparativeTable',
  /** {@link ExportParams} → {@link ExportResult}: md/html/json as text, docx as base64. */
  exportComparativeTable: 'atazan/exportComparativeTable',
  /** {@link MigrationPlanParams} → {@link MigrationPlanResult}: the 1995 → 2026 rewrites of citations of the Constitution. */
  migrationPlan: 'atazan/migrationPlan',
  /** {@link AmendmentBillParams} → {@link AmendmentBillResult}: the amendment bill from the act in force (the prior) to the open draft. */
  amendmentBill: 'atazan/amendmentBill',
  /** {@link ParallelUnitParams} → {@link ParallelUnitResult}: the same unit in the other language version (issue 13). */
  parallelUnit: 'atazan/parallelUnit',
  /** {@link ApplyBillParams} → {@link ApplyBillResult}: the consolidated text of the act after the open amendment bill. */
  applyBill: 'atazan/applyBill',
  /** {@link ParallelTableParams} → {@link ParallelTableResult}: the side-by-side view of the open document and its other language version (issue 13). */
  parallelTable: 'atazan/parallelTable',
} as const;

/** Notifications, either way. */
export const Notifications = {
  /** Client → server {@link WorkspaceTrustedParams}: the user trusted the workspace. */
  workspaceTrusted: 'atazan/workspaceTrusted',
  /** Server → client {@link TableChangedParams}: the draft's table changed (debounced after edits). */
  comparativeTableChanged: 'atazan/comparativeTableChanged',
  /** Client → server {@link TableClosedParams}: the table view was closed; stop watching the draft. */
  comparativeTableClosed: 'atazan/comparativeTableClosed',
} as const;

/** Commands the server implements (`workspace/executeCommand`). */
export const ServerCommands = {
  /** `[RenumberPreviewArgs]` → {@link RenumberPreview}: what a renumbering would change, before asking. */
  renumberPreview: 'atazan.server.renumberPreview',
} as const;

/** Commands the client implements; the server names some of them in code lenses and links. */
export const ClientCommands = {
  /** {@link OpenPriorArgs} (hover links; none from the palette: the article under the cursor). */
  openPrior: 'atazan.openPrior',
  /** {@link RevealArticleArgs} (unit cells of the table view). */
  revealArticle: 'atazan.revealArticle',
  /** {@link ShowReferencesArgs} (the «cited by N» code lens). */
  showReferences: 'atazan.showReferences',
  renumber: 'atazan.renumber',
  comparativeTable: 'atazan.comparativeTable',
  exportComparativeTable: 'atazan.exportComparativeTable',
  restartServer: 'atazan.restartServer',
  migrateCitations: 'atazan.migrateCitations',
  generateAmendmentBill: 'atazan.generateAmendmentBill',
  /** {@link ParallelUnitArgs} (hover links) or none (the unit under the cursor): opens the other language version beside, at the unit. */
  parallelUnit: 'atazan.parallelUnit',
  applyAmendments: 'atazan.applyAmendments',
  /** The open document and its other language version side by side (a webview), `(uri?)`. */
  compareLanguageVersions: 'atazan.compareLanguageVersions',
  /** Exports that view: `(uri?, format?)`. */
  exportLanguageVersions: 'atazan.exportLanguageVersions',
} as const;

/** The view type of the comparative-table webview. */
export const TABLE_VIEW_TYPE = 'atazan.comparativeTable';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Location { uri: string; range: Range }

export interface DetectDraftParams { text: string }
export type DetectDraftResult = DraftDetection;

export interface PriorTextParams {
  /** A bundled act's id or a workspace path (trusted workspaces only). */
  id?: string;
  lang?: string;
}
export interface PriorTextResult { text: string }

export interface PriorArticleAtParams { textDocument: { uri: string }; position: Position }
/** Reply of `atazan/priorArticleAt`. */
export interface PriorArticleAt {
  /** Prior id (a bundled act's id or a path), its language and short label («1995»). */
  prior: string;
  lang: Lang;
  label: string;
  /** The draft article under the cursor, as written. */
  draft?: string;
  status?: string;
  /** The matching prior article (as written) and the range of its heading in the prior text. */
  article?: string;
  range?: Range;
  /** Further predecessors of a merged article. */
  others?: string[];
  /** When there is no match: the prior's articles, to choose from. */
  articles?: { number: string; title?: string; words: string; range: Range }[];
}

export interface ComparativeTableParams {
  uri: string;
  /** Unit cells link to their heading in the draft (`command:atazan.revealArticle?…`). */
  links?: boolean;
}
export interface ComparativeTableResult {
  html: string;
  rows: TableJsonRow[];
  dropped: string[];
  prior: string;
  title: string;
  /** The server's revision of the draft the table was built from (a reply older than the table shown is dropped). */
  version: number;
  /** The document is an amendment bill: its table's rows (then `rows` and `dropped` are empty). */
  bill?: BillTableJson;
}

export type ExportFormat = 'md' | 'html' | 'docx' | 'json';
export interface ExportParams { uri: string; format: ExportFormat }
export interface ExportResult { text?: string; base64?: string }

export interface WorkspaceTrustedParams { trusted: boolean }
export interface TableChangedParams { uri: string; version: number }
export interface TableClosedParams { uri: string }

export interface RenumberPreviewArgs {
  uri: string;
  position?: Position;
  /** Also renumber the paragraphs of the article at `position`. */
  paragraphs?: boolean;
  /** Also convert inserted numbers such as 83-1 into plain consecutive numbers. */
  insertions?: boolean;
}
export interface RenumberMapEntry { old: string; new: string; kind?: string; line?: number }
/** `E` is the LSP WorkspaceEdit (the core does not know LSP types). */
export interface RenumberPreview<E = unknown> {
  map: RenumberMapEntry[];
  edit: E | null;
  /** Number of references the edit rewrites. */
  references?: number;
  /** Things the renumbering cannot do by itself (e.g. references from other acts). */
  warnings?: { message: string; code?: string; range?: Range }[];
  /** "Renumbering would re-point 3 citations of article 62", localised with plural forms. */
  repointedSummary?: string;
  /** Citations the edit would make cite another unit (one localised line each). */
  repointed?: { message: string; line?: number; reference?: string; range?: Range }[];
  /** When `repointed` is not empty: the same renumbering leaving those citations as they are. */
  safe?: RenumberPreview<E>;
}

export interface OpenPriorArgs {
  prior?: string;
  lang?: string;
  article?: string | number;
  /** 0-based line of the article's heading in the prior text, when the server said where it is. */
  line?: number;
}
export interface RevealArticleArgs { uri?: string; article?: string; line?: number }
export interface ShowReferencesArgs { uri: string; position: Position; locations?: Location[] }

/**
 * The files whose citations of the Constitution follow another edition than the one they should cite
 * (`<!-- cites: kz-1995 -->` while `atazan.constitution` is kz-2026): `uris` (open documents), and with
 * `workspace` also the drafts on disk.
 */
export interface MigrationPlanParams { uris: string[]; workspace?: boolean }
export interface MigrationFile {
  uri: string;
  /** The client's version of an open document (null: a file on disk). */
  version: number | null;
  /** The edits, each with the citation it rewrites and the units it will cite ("article::46"…, in the UI language). */
  edits: { range: Range; newText: string; label: string }[];
  /** Citations with no single counterpart, left for the drafter. */
  left: { range: Range; citation: string; reason: string }[];
}
export interface MigrationPlanResult { files: MigrationFile[] }

/** `atazan/amendmentBill`: the open draft (the edited copy) against the act in force (`atazan.prior`, in the draft's language). */
export interface AmendmentBillParams {
  uri: string;
  /**
   * Force the bill's style: instruction by instruction, or the whole act in a new edition. Default: the
   * instruction-level bill when applying it reproduces the draft exactly, else the new edition.
   */
  style?: 'units' | 'new-edition';
}
export interface AmendmentBillResult {
  /** The bill's text; empty when the draft does not differ from the act. */
  text: string;
  /** The bill's language (the draft's). */
  lang: 'ru' | 'kk';
  instructions: number;
  /** What the bill cannot express: 'title' (the title lines), 'preamble' (added or removed), 'sections' (regrouped). */
  unexpressed: string[];
  /** Units the draft renumbered that keep the act's numbers in the bill («3 → 2-1»). */
  renumbered: string[];
  /** How the bill is written: 'units' (instructions) or 'new-edition' (the whole act, the draft as the appendix). */
  style: 'units' | 'new-edition';
  /**
   * What instructions cannot express, in the UI language («статьи 83-1, … остались бы в тексте с отметкой
   * об исключении», «добавлены разделы X и XI»): why the bill is a new edition, or what a forced
   * instruction-level bill leaves different. Empty when the instructions reproduce the draft exactly.
   */
  reasons: string[];
  /** The act amended: its id and short label («1995»). */
  prior: string;
  label: string;
}

/** The unit at `position` of `textDocument`, and the other language version to look in (default: the first paired one). */
export interface ParallelUnitParams { textDocument: { uri: string }; position: Position; other?: string }
/** The same unit in the other version (its heading or first line), or null when the document has no paired version or nothing corresponds. */
export type ParallelUnitResult = { uri: string; range: Range; lang: Lang } | null;
/**
 * `atazan/parallelTable`: `uri` and its first paired language version (or `other`) side by side. `format`
 * 'html' is the view's page (also the HTML export); md/json as text, docx as base64. Null: no paired version open.
 */
export interface ParallelTableParams { uri: string; other?: string; format: ExportFormat }
export type ParallelTableResult = { title: string; other: string; rows: number; diverging: number; text?: string; base64?: string } | null;
/** Arguments of the `atazan.parallelUnit` command in hover links. */
export interface ParallelUnitArgs { uri: string; range: Range }
/** `atazan/applyBill`: the open amendment bill applied to the act it amends (`<!-- amends: ID -->`, else kz-1995). */
export interface ApplyBillParams { uri: string }
export interface ApplyBillResult {
  /** The consolidated text; empty when the document is not a bill or the act cannot be read. */
  text: string;
  /** The act: its id, and the document to show it in (a bundled act's read-only document, or a workspace file). */
  act: string;
  actUri: string;
  lang: 'ru' | 'kk' | 'en';
  instructions: number;
  /** Instructions that did not apply. */
  failed: number;
  /** Why there is no text (not a bill, the act cannot be read), in the UI language. */
  reason?: string;
  /**
   * The bill amends an earlier edition of the act than the one applied to (a law already in it): the note
   * of `bill-earlier-edition`, in the UI language. The text is still given; it is not that law's result.
   */
  earlier?: string;
}
