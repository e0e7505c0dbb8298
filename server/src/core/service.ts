// The language service: the core's one object with state. It owns the open documents and their
// analyses; everything else in the core is pure functions of an analysis.
//
//   open(uri, text) · change(uri, changes, text?) · close(uri)  — the documents
//   diagnostics(uri, opts) · definition(uri, offset) · …          — synchronous queries
//   setProblems(uri, source, problems)                            — problems found outside the core
//
// Every query analyses the document's current text if it has not been analysed yet (incrementally when
// the edits since the last analysis allow it, core/incremental.ts) and answers from that analysis before
// returning. A caller never holds an analysis: it asks again after each await, and gets the current one.
// The incremental update consumes the previous analysis (its model is moved in place, see
// core/incremental.ts); that happens only inside a later call into this service, and what the queries
// return is plain data detached from the analysis (spans copied, no units), so no caller can see it.
// `read` and the `onDidAnalyse` listeners hand an analysis to a synchronous function for the features
// that work on the whole model (the prior constitution); they must not keep it.

import { analyze, RefSpan, type Analysis } from './analysis';
import { analyzeIncrementalAll, prepareIncremental, type TextChange } from './incremental';
import { SourceText } from './source';
import type { Lang, Problem, Span } from './types';
import type { LineIndex } from './text';
import { codeActions, type CodeAction } from './features/codeActions';
import { lensForArticle, resolveCodeLens, visibleCodeLenses, type LensMode, type ResolvedLens } from './features/codeLens';
import { completions, type CompletionItem } from './features/completion';
import { problemDiagnostics, type DiagnosticData, type DiagnosticOptions } from './features/diagnostics';
import { foldingRanges, type FoldRange } from './features/folding';
import { hover, type HoverOptions, type HoverResult } from './features/hover';
import { termDefinition, termHover, termReferences } from './features/terms';
import {
  definition, documentHighlights, findArticle, references, selectionRanges,
  type DefinitionTarget, type Highlight, type ReferenceLocation,
} from './features/navigation';
import {
  prepareRename, renameUnit, renumberPlan, type EditError, type RenumberOptions, type RenumberPlan,
} from './features/renumber';
import { semanticTokens } from './features/semanticTokens';
import { citedDefinition, citedHover, citedMigration, citedTargets, migrationProblems, type CitedAct } from './features/cited';
import type { MigrationPlan } from './features/migrate';
import { namedHit, namedTargets, type NamedTargets } from './features/named';
import { unitBlock } from './features/hover';
import { escapeMarkdown } from './escape';
import { citesOf } from './cites';
import { canonical } from './parser';
import { documentSymbols, workspaceSymbols, type DocSymbol, type SymbolOptions, type WorkspaceSymbol } from './features/symbols';
import type { Edit } from './types';

/**
 * A definition: the cited unit's spans, and the span of the reference it was asked at. A unit of the
 * Constitution a law cites is in another document: `uri` and `lines` are that document's.
 */
export type DefinitionSpans = Omit<DefinitionTarget, 'unit'> & { uri?: string; lines?: LineIndex };

/**
 * The Constitution a law or code cites (core/cites.ts), for the document `uri` in language `lang`;
 * `annotation` is the file's `<!-- cites: … -->` value, if any. Null: none can be had (the citations
 * of the Constitution stay unchecked). Called synchronously, once per analysis.
 */
export type CitedProvider = (uri: string, annotation: string | undefined, lang: Lang) => CitedAct | null;
/** Another act by the key of its quoted title (core/features/named.ts actKey), for the document `uri`; null: unknown. */
export type NamedActProvider = (key: string, uri: string) => CitedAct | null;
export type { CitedAct };
/** A place that cites (or declares) a unit. */
export type ReferenceSpan = Omit<ReferenceLocation, 'target'>;
/** The «cited by N» lens of an article (`article`: its number as written). */
export type LensInfo = Omit<ResolvedLens, 'article'> & { article: string };

/** An edit of a document: offsets in the text before it (UTF-16 code units), or the whole new text. */
export type ContentChange = TextChange | { text: string };

export interface LanguageServiceOptions {
  /**
   * Beyond this many edits since the last analysis, the next one is made from scratch (cheaper than
   * replaying them). Default 16: a client that pulls diagnostics every few keystrokes stays incremental.
   */
  maxPendingChanges?: number;
  /** A listener failed (it is reported here and the others still run). */
  onListenerError?(error: unknown): void;
}

/**
 * Called synchronously after a document got a new analysis (`an`), or closed (`an` = null). The analysis
 * may be read during the call only.
 */
export type AnalysisListener = (uri: string, an: Analysis | null) => void;

export interface LanguageService {
  /** Opens (or re-opens) a document: a new revision, analysed on the first query. */
  open(uri: string, text: string): void;
  /**
   * Applies edits in order (each in the coordinates of the text after the previous ones). `text`, if
   * given, is the text after all of them (an adapter that keeps the text itself passes it, so it is not
   * built twice: lsp/document.ts passes its SourceText). Returns false if the document is not open.
   */
  change(uri: string, changes: readonly ContentChange[], text?: string | SourceText): boolean;
  close(uri: string): void;
  /**
   * Readies the document's analysis for its next edit (core/incremental.ts prepareIncremental: the
   * model's spans anchored to their regions, which the first edit after an analysis from scratch does
   * otherwise: ≈ 10–20 ms at 5,000 articles). Meant for idle time: an adapter calls it when its client
   * has been quiet for a moment after an analysis. Analyses nothing; answers stay the same. Returns
   * whether there was work to do (false if not open, not analysed yet, or already ready).
   */
  prepare(uri: string): boolean;
  /** Closes every document. */
  clear(): void;
  isOpen(uri: string): boolean;
  uris(): string[];
  /** A counter bumped on every open and change (all documents share it); null if not open. */
  revision(uri: string): number | null;
  text(uri: string): string | null;
  /** The document's language (ru, kk, en), from its text. */
  language(uri: string): Lang | null;
  /** Offsets ↔ lines of the current text (immutable: safe to keep for the text it was taken from). */
  lines(uri: string): LineIndex | null;

  /**
   * Problems found outside the core for the document's current revision (the prior constitution's
   * `prior-article-missing`, `prior-unavailable`), one list per `source`; replaces that source's list.
   * They are merged into `diagnostics` and `problems` until the next change of the document.
   */
  setProblems(uri: string, source: string, problems: readonly Problem[]): void;
  /**
   * Spans of the document's current revision whose own problems (the analysis's) are not reported: an
   * amendment bill's new edition of a whole act in its appendix is that act's text, not the bill's units
   * (its «Статья 1» is not a second Article 1 of the bill). External problems are kept. Until the next change.
   */
  setQuiet(uri: string, spans: readonly Span[]): void;
  /** Every problem of the document: the analysis's and the external ones, sorted by position. */
  problems(uri: string): readonly Problem[];
  diagnostics(uri: string, opts?: DiagnosticOptions): DiagnosticData[];

  /** The outline; the same analysis gives the same (shared) answer: read it, do not modify it. */
  documentSymbols(uri: string, opts?: SymbolOptions): DocSymbol[];
  /** Articles and sections of every open document, plus `others` (drafts on disk), matching `query`. */
  workspaceSymbols(query: string, limit?: number, others?: readonly { key: string; an: Analysis }[]): WorkspaceSymbol<string>[];
  definition(uri: string, offset: number): DefinitionSpans[];
  references(uri: string, offset: number, includeDeclaration: boolean): ReferenceSpan[];
  highlights(uri: string, offset: number): Highlight[];
  selectionRanges(uri: string, offset: number): Span[];
  hover(uri: string, offset: number, opts?: HoverOptions): HoverResult | null;
  foldingRanges(uri: string): FoldRange[];
  semanticTokens(uri: string): { data: number[] };
  /** The code lenses to show under `mode` (resolved). */
  codeLenses(uri: string, mode: LensMode, lang: Lang): LensInfo[];
  /** The resolved lens of the article with this number (as written), or null. */
  codeLens(uri: string, articleNumber: string, lang: Lang): LensInfo | null;
  completions(uri: string, offset: number): CompletionItem[];
  codeActions(uri: string, problem: Problem, lang: Lang): CodeAction[];
  prepareRename(uri: string, offset: number): { span: Span; placeholder: string } | EditError | null;
  rename(uri: string, offset: number, newNumber: string): { edits: Edit[] } | EditError | null;
  renumberPlan(uri: string, opts?: RenumberOptions): RenumberPlan | null;
  /** The number (as written) of the article an offset is in, or null. */
  articleAt(uri: string, offset: number): string | null;

  /**
   * Registers where the Constitution cited by laws and codes comes from (replaces the previous provider;
   * null: none). Their citations of it are then checked, and go to its units (definition, hover).
   */
  setCitedConstitution(provider: CitedProvider | null): void;
  /** Registers where acts cited by name come from (workspace files titled so); null: none (unchecked). */
  setNamedActs(provider: NamedActProvider | null): void;
  /** The Constitution the document cites (its id, label and URI), or null (a constitution, or none set). */
  citedConstitution(uri: string): { id: string; label: string; uri: string } | null;
  /** The migration of the document's citations to the edition it should cite (null: none to make). */
  migration(uri: string): MigrationPlan | null;
  /**
   * The places in laws and codes — the open documents and `others` (drafts on disk) — that cite the
   * article at `offset` of `uri`, when `uri` is the Constitution they cite (its read-only document, or a
   * copy of the same text). Each with its document's uri and lines.
   */
  citingPlaces(uri: string, offset: number, others?: readonly { key: string; an: Analysis }[]): { uri: string; span: Span; lines: LineIndex }[];

  /**
   * Runs `fn` on the document's current analysis and returns its result (null if not open). `fn` must
   * be synchronous and must not keep the analysis: the next change may consume it.
   */
  read<R>(uri: string, fn: (an: Analysis) => R): R | null;
  /** Adds a listener (see AnalysisListener); returns its removal. */
  onDidAnalyse(listener: AnalysisListener): () => void;
}

interface Doc {
  /** The current text (edits share its untouched pieces: no whole copy is built per keystroke). */
  text: SourceText;
  revision: number;
  an: Analysis | null;
  /** The revision `an` was made for. */
  anRevision: number;
  /** Edits since `an`'s text; null: too many, or a full-text change (analyse from scratch). */
  pending: TextChange[] | null;
  /** External problems by source, each for the revision it was given at. */
  external: Map<string, { revision: number; problems: readonly Problem[] }>;
  /** The merged problems of `an` and the external lists, once asked for. */
  merged: readonly Problem[] | null;
  /** setQuiet's spans, for the revision they were given at. */
  quiet: { revision: number; spans: readonly Span[] } | null;
  /** The Constitution `an` cites, as the provider gave it for this analysis and provider generation. */
  cited: { an: Analysis; gen: number; act: CitedAct | null } | null;
  /** The citations of other acts by name, resolved (for this analysis and provider generation). */
  named: { an: Analysis; gen: number; n: NamedTargets } | null;
}

function byPosition(a: Problem, b: Problem): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}

/**
 * A copy of a query's result that shares nothing with the analysis (its spans are the model's own
 * objects, which the next incremental update moves). Only plain objects and arrays are copied.
 */
function detach<T>(x: T): T {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) {
    const n = x.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = detach(x[i]);
    return out as T;
  }
  // A reference's span reads its offsets through its region's anchor (analysis.ts RefSpan): copied as a plain span.
  if (x instanceof RefSpan) return { start: x.start, end: x.end } as T;
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return x;
  // for…in over a plain object: its own enumerable keys (Object.prototype has none), without the
  // [key, value] arrays of Object.entries (a 5,000-article outline is ≈ 24,000 symbols and their spans).
  const out: Record<string, unknown> = {};
  for (const k in x) out[k] = detach((x as Record<string, unknown>)[k]);
  return out as T;
}

function lensInfo(l: ResolvedLens): LensInfo {
  return { ...l, article: l.article.number.text };
}

function isThenable(x: unknown): boolean {
  return !!x && (typeof x === 'object' || typeof x === 'function') && typeof (x as { then?: unknown }).then === 'function';
}

/** Creates a language service (frozen). */
export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const maxPending = options.maxPendingChanges ?? 16;
  const docs = new Map<string, Doc>();
  const listeners: AnalysisListener[] = [];
  let lastRevision = 0;
  let citedProvider: CitedProvider | null = null;
  let citedGen = 0;
  let namedProvider: NamedActProvider | null = null;
  let namedGen = 0;

  const notify = (uri: string, an: Analysis | null): void => {
    for (const l of listeners.slice()) {
      try {
        l(uri, an);
      } catch (e) {
        options.onListenerError?.(e);
      }
    }
  };

  /** The document's analysis for its current revision. */
  const analysed = (doc: Doc, uri: string): Analysis => {
    if (doc.an && doc.anRevision === doc.revision) return doc.an;
    const text = doc.text;
    let an = doc.an && doc.pending ? analyzeIncrementalAll(doc.an, doc.pending, text) : analyze(text);
    // The last step takes the document's own text when the edits lead to its length, so this is an
    // identity check; anything else means an edit was missed.
    if (an.source !== text) an = analyze(text);
    doc.an = an;
    doc.anRevision = doc.revision;
    doc.pending = [];
    doc.merged = null;
    notify(uri, an);
    return an;
  };

  const withAnalysis = <R>(uri: string, none: R, fn: (an: Analysis) => R): R => {
    const doc = typeof uri === 'string' ? docs.get(uri) : undefined;
    return doc ? fn(analysed(doc, uri)) : none;
  };
  /** Document symbols per analysis and options (read-only answers: see documentSymbols). */
  const symbolMemo = new WeakMap<Analysis, Map<string, DocSymbol[]>>();
  /** A query's answer, detached from the analysis. */
  const query = <R>(uri: string, none: R, fn: (an: Analysis) => R): R => withAnalysis(uri, none, (an) => detach(fn(an)));

  /** The Constitution a law or code cites (null for a constitution, or with no provider). */
  const citedFor = (doc: Doc, uri: string, an: Analysis): CitedAct | null => {
    if (doc.cited && doc.cited.an === an && doc.cited.gen === citedGen) return doc.cited.act;
    let act: CitedAct | null = null;
    const cites = citesOf(an.doc);
    if (citedProvider && cites.act) {
      try {
        act = citedProvider(uri, cites.annotation?.value, an.lang);
      } catch (e) {
        options.onListenerError?.(e);
      }
    }
    doc.cited = { an, gen: citedGen, act };
    return act;
  };
  const namedFor = (doc: Doc, uri: string, an: Analysis): NamedTargets | null => {
    if (!namedProvider) return null;
    if (doc.named && doc.named.an === an && doc.named.gen === namedGen) return doc.named.n;
    const find = namedProvider;
    const n = namedTargets(an, (key) => {
      try {
        return find(key, uri);
      } catch (e) {
        options.onListenerError?.(e);
        return null;
      }
    });
    doc.named = { an, gen: namedGen, n };
    return n;
  };
  const withCited = <R>(uri: string, none: R, fn: (an: Analysis, act: CitedAct | null) => R): R => {
    const doc = typeof uri === 'string' ? docs.get(uri) : undefined;
    if (!doc) return none;
    const an = analysed(doc, uri);
    return fn(an, citedFor(doc, uri, an));
  };

  const mergedProblems = (doc: Doc, an: Analysis, uri: string): readonly Problem[] => {
    if (doc.merged) return doc.merged;
    let list: Problem[] | null = null;
    const act = citedFor(doc, uri, an);
    if (act) {
      const own = [...citedTargets(an, act).problems, ...migrationProblems(an, act)];
      if (own.length) (list ??= an.diagnostics.slice()).push(...own);
    }
    const named = namedFor(doc, uri, an);
    if (named && named.problems.length) (list ??= an.diagnostics.slice()).push(...named.problems);
    const quiet = doc.quiet && doc.quiet.revision === doc.anRevision && doc.quiet.spans.length ? doc.quiet.spans : null;
    if (quiet) {
      const inQuiet = (pos: number) => quiet.some((q) => q.start <= pos && pos < q.end);
      // A problem inside, or one that names a line inside (a number duplicated there: «lines 1 and 9»).
      const lineIn = (l: unknown) => typeof l === 'number' && l >= 1 && l <= an.lineIndex.lineCount && inQuiet(an.lineIndex.lineStart(l - 1));
      const loud = (list ?? an.diagnostics).filter((p) => !inQuiet(p.span.start) && !lineIn(p.args.firstLine) && !lineIn(p.args.secondLine));
      if (loud.length !== (list ?? an.diagnostics).length) list = loud;
    }
    // The sources in the order of their names, not of the first time each reported (which differs between a
    // document edited for a while and a fresh copy of its text): the same text, the same list.
    for (const source of [...doc.external.keys()].sort()) {
      const x = doc.external.get(source)!;
      if (x.revision !== doc.anRevision || x.problems.length === 0) continue;
      (list ??= an.diagnostics.slice()).push(...x.problems);
    }
    // Stable: the analysis's own order is kept among equal positions.
    doc.merged = list ? list.sort(byPosition) : an.diagnostics;
    return doc.merged;
  };

  const service: LanguageService = {
    open(uri, text) {
      docs.set(uri, {
        text: SourceText.of(String(text ?? '')), revision: ++lastRevision, an: null, anRevision: 0, pending: null, external: new Map(), merged: null, quiet: null, cited: null, named: null,
      });
    },
    prepare(uri) {
      const doc = typeof uri === 'string' ? docs.get(uri) : undefined;
      // The analysis the next edit starts from: the current one, or the last one while the edits since
      // can still be applied to it (pending is null when the next analysis starts from scratch).
      if (!doc || !doc.an || !doc.pending) return false;
      return prepareIncremental(doc.an);
    },
    change(uri, changes, text) {
      const doc = docs.get(uri);
      if (!doc) return false;
      let cur = doc.text;
      for (const c of changes ?? []) {
        if (c && typeof (c as TextChange).start === 'number' && typeof (c as TextChange).end === 'number' && typeof c.text === 'string') {
          const tc = c as TextChange;
          if (doc.pending) {
            doc.pending.push({ start: tc.start, end: tc.end, text: tc.text });
            if (doc.pending.length > maxPending) doc.pending = null;
          }
          if (text === undefined) {
            const a = Math.max(0, Math.min(cur.length, tc.start));
            const b = Math.max(a, Math.min(cur.length, tc.end));
            cur = cur.edit(a, b, tc.text);
          }
        } else {
          doc.pending = null;
          if (text === undefined) cur = SourceText.of(String(c?.text ?? ''));
        }
      }
      doc.text = text === undefined ? cur : text instanceof SourceText ? text : SourceText.of(String(text));
      doc.revision = ++lastRevision;
      doc.merged = null;
      return true;
    },
    close(uri) {
      if (!docs.delete(uri)) return;
      notify(uri, null);
    },
    clear() {
      const open = [...docs.keys()];
      docs.clear();
      for (const uri of open) notify(uri, null);
    },
    isOpen: (uri) => docs.has(uri),
    uris: () => [...docs.keys()],
    revision: (uri) => docs.get(uri)?.revision ?? null,
    text: (uri) => docs.get(uri)?.text.toString() ?? null,
    language: (uri) => withAnalysis(uri, null, (an) => an.lang),
    lines: (uri) => withAnalysis(uri, null, (an) => an.lineIndex),

    setProblems(uri, source, problems) {
      const doc = docs.get(uri);
      if (!doc) return;
      doc.external.set(source, { revision: doc.revision, problems: [...problems] });
      doc.merged = null;
    },
    setQuiet(uri, spans) {
      const doc = docs.get(uri);
      if (!doc) return;
      if (!spans.length && !doc.quiet) return;
      doc.quiet = { revision: doc.revision, spans: spans.map((x) => ({ start: x.start, end: x.end })) };
      doc.merged = null;
    },
    problems(uri) {
      const doc = docs.get(uri);
      return doc ? detach(mergedProblems(doc, analysed(doc, uri), uri)) : [];
    },
    diagnostics(uri, opts = {}) {
      const doc = docs.get(uri);
      return doc ? detach(problemDiagnostics(mergedProblems(doc, analysed(doc, uri), uri), opts)) : [];
    },

    // documentSymbols copies every span itself: its answer shares nothing with the analysis. The same
    // analysis gives the same answer (the outline, breadcrumbs and sticky scroll each ask for it).
    documentSymbols: (uri, opts) => withAnalysis(uri, [], (an) => {
      const key = `${opts?.lang ?? ''}|${opts?.paragraphs !== false}|${opts?.maxSubunits ?? ''}`;
      let memo = symbolMemo.get(an);
      if (!memo) symbolMemo.set(an, memo = new Map());
      let syms = memo.get(key);
      if (!syms) memo.set(key, syms = documentSymbols(an, opts));
      return syms;
    }),
    workspaceSymbols(text, limit = 1000, others = []) {
      const open = [...docs.keys()].map((key) => ({ key, an: analysed(docs.get(key)!, key) }));
      const seen = new Set(open.map((x) => x.key));
      return detach(workspaceSymbols([...open, ...others.filter((x) => !seen.has(x.key))], text, limit));
    },
    definition: (uri, offset) => detach(withCited(uri, [] as DefinitionSpans[], (an, act) => {
      const own: DefinitionSpans[] = definition(an, offset).map(({ unit: _unit, ...d }) => d);
      if (own.length) return own;
      const term = termDefinition(an, offset);
      if (term.length) return term;
      if (act) {
        const c = citedDefinition(an, act, offset).map(({ unit: _unit, ...d }) => ({ ...d, uri: act.uri, lines: act.an.lineIndex }));
        if (c.length) return c;
      }
      const doc = docs.get(uri);
      const hit = doc ? namedHit(namedFor(doc, uri, an) ?? { resolved: [], problems: [] }, offset) : null;
      const u = hit && hit.t.ok ? hit.t.unit : null;
      if (!hit || !u) return [];
      return [{ span: u.span, headSpan: u.headSpan, numberSpan: u.number.span, originSpan: hit.span, uri: hit.act.uri, lines: hit.act.an.lineIndex }];
    })),
    references: (uri, offset, include) => query(uri, [], (an) => {
      // On a defined term (a use, or the term in its definition line): its uses.
      const term = termReferences(an, offset, include);
      if (term) return term.map((span, i) => ({ span, kind: include && i === 0 ? 'declaration' as const : 'direct' as const }));
      return references(an, offset, include).map(({ target: _target, ...r }) => r);
    }),
    highlights: (uri, offset) => query(uri, [], (an) => documentHighlights(an, offset)),
    selectionRanges: (uri, offset) => query(uri, [], (an) => selectionRanges(an, offset)),
    hover: (uri, offset, opts) => detach(withCited(uri, null as HoverResult | null, (an, act) => {
      const h = hover(an, offset, opts) ?? (act ? citedHover(an, act, offset, opts?.lang ?? an.lang, opts?.maxChars) : null) ?? termHover(an, offset);
      if (h) return h;
      const doc = docs.get(uri);
      const hit = doc ? namedHit(namedFor(doc, uri, an) ?? { resolved: [], problems: [] }, offset) : null;
      const u = hit && hit.t.ok ? hit.t.unit : null;
      if (!hit || !u) return null;
      return { markdown: `_${escapeMarkdown(hit.act.label)}_\n\n${unitBlock(hit.act.an, u, opts?.lang ?? an.lang, opts?.maxChars ?? 600)}`, span: hit.span };
    })),
    foldingRanges: (uri) => query(uri, [], (an) => foldingRanges(an)),
    semanticTokens: (uri) => withAnalysis(uri, { data: [] }, (an) => semanticTokens(an)),
    codeLenses: (uri, mode, lang) => query(uri, [], (an) => visibleCodeLenses(an, mode, lang).map(lensInfo)),
    codeLens: (uri, article, lang) => query(uri, null, (an) => {
      const lens = lensForArticle(an, article);
      return lens ? lensInfo(resolveCodeLens(an, lens, lang)) : null;
    }),
    completions: (uri, offset) => query(uri, [], (an) => completions(an, offset)),
    codeActions: (uri, problem, lang) => query(uri, [], (an) => codeActions(an, problem, lang)),
    prepareRename: (uri, offset) => query(uri, null, (an) => prepareRename(an, offset)),
    rename: (uri, offset, newNumber) => query(uri, null, (an) => renameUnit(an, offset, newNumber)),
    renumberPlan: (uri, opts) => query(uri, null, (an) => renumberPlan(an, opts)),
    articleAt: (uri, offset) => withAnalysis(uri, null, (an) => findArticle(an, offset)?.number.text ?? null),

    setNamedActs(provider) {
      namedProvider = typeof provider === 'function' ? provider : null;
      namedGen++;
      for (const doc of docs.values()) doc.merged = null;
    },
    setCitedConstitution(provider) {
      citedProvider = typeof provider === 'function' ? provider : null;
      citedGen++;
      for (const doc of docs.values()) doc.merged = null;
    },
    citedConstitution: (uri) => withCited(uri, null, (_an, act) => (act ? { id: act.id, label: act.label, uri: act.uri } : null)),
    migration: (uri) => detach(withCited(uri, null, (an, act) => (act ? citedMigration(an, act) : null))),
    citingPlaces(uri, offset, others = []) {
      const doc = docs.get(uri);
      if (!doc || !citedProvider) return [];
      const an = analysed(doc, uri);
      if (citesOf(an.doc).act) return [];
      const art = findArticle(an, offset);
      if (!art) return [];
      const out: { uri: string; span: Span; lines: LineIndex }[] = [];
      const citing = (key: string, law: Analysis, act: CitedAct | null) => {
        if (!act || (act.uri !== uri && act.an.text !== an.text)) return;
        const n = canonical(art.number.text);
        for (const t of citedTargets(law, act).resolved) {
          if (!t.ok) continue;
          const units = t.rangeUnits ?? (t.unit ? [t.unit] : []);
          const hits = units.some((u) => canonical((u.kind === 'article' ? u : 'article' in u ? u.article : u).number.text) === n);
          if (hits) out.push({ uri: key, span: { start: t.target.span.start, end: t.target.span.end }, lines: law.lineIndex });
        }
      };
      for (const [key, d] of docs) {
        if (key === uri) continue;
        const law = analysed(d, key);
        citing(key, law, citedFor(d, key, law));
      }
      for (const o of others) {
        if (docs.has(o.key) || !citesOf(o.an.doc).act) continue;
        let act: CitedAct | null = null;
        try {
          act = citedProvider(o.key, citesOf(o.an.doc).annotation?.value, o.an.lang);
        } catch {
          act = null;
        }
        citing(o.key, o.an, act);
      }
      return out;
    },

    read(uri, fn) {
      return withAnalysis(uri, null, (an) => {
        const r = fn(an);
        if (isThenable(r)) throw new TypeError('LanguageService.read: the function must be synchronous (the analysis may not be held across an await)');
        return r;
      });
    },
    onDidAnalyse(listener) {
      listeners.push(listener);
      return () => {
        const i = listeners.indexOf(listener);
        if (i >= 0) listeners.splice(i, 1);
      };
    },
  };
  return Object.freeze(service);
}
