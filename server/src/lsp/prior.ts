// Prior constitution in the language server: hover on article headings and paragraphs, inlay hints with
// the predecessor of each article, pin / availability diagnostics, and the custom requests
// `atazan/priorText`, `atazan/comparativeTable`, `atazan/exportComparativeTable`.
//
// Wiring: `priorExtension` (a ServerExtension, listed in lsp/optional.ts) does all of it through the
// server context; the hover handler asks it through ctx.hooks.priorHover.
//
// Settings: `atazan.prior` (a bundled act's id, core/acts.ts, or a workspace-relative path), `atazan.priorLanguage`
// (auto | ru | kk | en), `atazan.inlayHints.prior` (boolean). A path is read only in a trusted
// workspace (initializationOptions.workspaceTrusted, notification `atazan/workspaceTrusted`) and only
// inside a workspace folder (see prior-loader.ts).

import {
  ResponseError,
  type ClientCapabilities,
  type Connection,
  type InlayHint,
  type Range,
  type ServerCapabilities,
} from 'vscode-languageserver';
import {
  amend, analyze, canonical, comparePrior, draftParagraphAt, formatMessage, Matcher, priorDiagnostics, priorHoverMarkdown,
  priorInlayLabel, priorInlayTooltip, priorLabel, priorParagraphHoverMarkdown, problem, resolveMessageLanguage,
  tableHtml, tableJson, tableMarkdown, DEFAULT_PRIOR, lexicon, escapeMarkdown, requestError,
  type Analysis, type Article, type Comparison, type Lang, type PriorUnavailable, type Problem,
} from '../core';
import {
  ClientCommands, Notifications, PRIOR_SCHEME, Requests,
  type AmendmentBillParams, type AmendmentBillResult, type ComparativeTableParams, type ComparativeTableResult, type ExportParams, type ExportResult, type PriorArticleAt,
  type PriorArticleAtParams, type PriorTextParams, type PriorTextResult, type RevealArticleArgs, type TableChangedParams,
  type TableClosedParams, type WorkspaceTrustedParams,
} from '../core/protocol';
import type { PriorResult, PriorSource } from '../prior-source';
// The platform's prior texts and DOCX writer (esbuild.mjs puts host/web.ts in its place in the web build).
import { createPriorSource, tableDocx } from '../host/node';
import type { ServerContext, ServerExtension } from './context';

/** How long the draft must be still before a watched table is announced as changed. */
export const TABLE_REFRESH_DELAY_MS = 300;

/** RequestFailed (LSP 3.17). */
const REQUEST_FAILED = -32803;

export interface PriorSettings {
  prior: string;
  /** 'auto' | Lang */
  priorLanguage: string;
  inlayHints: boolean;
}

export const DEFAULT_PRIOR_SETTINGS: PriorSettings = { prior: DEFAULT_PRIOR, priorLanguage: 'auto', inlayHints: true };

function pick(obj: any, dotted: string): unknown {
  if (!obj || typeof obj !== 'object') return undefined;
  if (dotted in obj) return obj[dotted];
  const [head, ...rest] = dotted.split('.');
  return rest.length ? pick(obj[head], rest.join('.')) : obj[head];
}

/**
 * Reads the prior settings from the `atazan` section in any of its shapes: nested
 * ({prior: 'kz-2026', inlayHints: {prior: true}}), flat ("prior.language"), or with `prior` an object
 * ({prior: {language}}) when VS Code nests `prior.language` under `prior`. Also accepts an
 * AtazanSettings ({raw: section}).
 */
export function normalisePriorSettings(section: unknown): PriorSettings {
  let s: any = section && typeof section === 'object' ? section : {};
  if (s.raw && typeof s.raw === 'object' && !('prior' in s)) s = s.raw;
  const p = s.prior;
  const prior = typeof p === 'string' ? p : p && typeof p === 'object' && typeof p.id === 'string' ? p.id : DEFAULT_PRIOR_SETTINGS.prior;
  const langRaw = pick(s, 'prior.language') ?? (p && typeof p === 'object' ? p.language : undefined) ?? s.priorLanguage;
  const priorLanguage = typeof langRaw === 'string' && ['auto', 'ru', 'kk', 'en'].includes(langRaw) ? langRaw : 'auto';
  const hints = pick(s, 'inlayHints.prior');
  return { prior: prior.trim() || DEFAULT_PRIOR, priorLanguage, inlayHints: hints === undefined ? true : hints !== false };
}

function toLang(x: unknown): Lang | null {
  return x === 'ru' || x === 'kk' || x === 'en' ? x : null;
}

export interface PriorHostDocument {
  uri: string;
  version: number;
  getText(): string;
}

export interface PriorServiceOptions {
  /** The open document, or undefined. */
  getDocument(uri: string): PriorHostDocument | undefined;
  /** The `atazan` settings section of a document (any shape normalisePriorSettings accepts). */
  getSettings(uri: string | null): unknown | Promise<unknown>;
  /** The host's cached analysis (to avoid analysing twice). */
  getAnalysis?(uri: string): Analysis | null | undefined;
  loader?: PriorSource;
  /** Workspace folder paths, or a getter (folders can change). */
  folders?: string[] | (() => readonly string[]);
  trusted?: boolean;
  log?(message: string): void;
  /** A trace line (LSP `$/logTrace`: sent only when the client asked for a trace). */
  trace?(message: string): void;
  /** The client renders `<span style>`, `<del>`, `<strong>` in hover Markdown: colour the diffs. */
  html?: boolean;
  /**
   * The language of what the user is shown for a document (inlay hints, hovers, the table's title):
   * the host's `messageLanguage`. Without it: `messages.language` of the settings, `auto` → `clientLocale`.
   */
  messageLanguage?(uri: string): Promise<Lang> | Lang;
  /** The client's UI language (initializationOptions.displayLanguage or InitializeParams.locale). */
  clientLocale?: string;
  /** The amendment bills' hooks (lsp/bill.ts): a bill's comparative table is its own. */
  bill?(): import('./bill').BillHooks | undefined;
  /**
   * A stale comparison (a hover's or an inlay hint's, made while typing) of `uri` was made full for the
   * same text: what the client shows from the stale one (inlay hints) may be out of date.
   */
  madeFull?(uri: string): void;
}

/** Whether the client's Markdown renderer keeps the tags a coloured diff needs (LSP 3.17 `general.markdown.allowedTags`). */
export function clientRendersDiffHtml(caps: ClientCapabilities | undefined): boolean {
  const tags = caps?.general?.markdown?.allowedTags;
  return Array.isArray(tags) && ['span', 'del', 'strong'].every((t) => tags.includes(t));
}

/** Params as they arrive: any field may be missing or of another type. */
type Loose<T> = { [K in keyof T]?: unknown };

type CmpResult = { cmp: Comparison; prior: PriorResult & { ok: true } } | { unavailable: PriorUnavailable };

/** How long typing must pause before a stale comparison (see `comparisonSync`) is made full, in ms. */
const REFRESH_MS = 400;
/**
 * The full comparison after a pause is made in slices of about this many draft articles computed
 * (MatchOptions.budget), the event loop free between two: a request that arrives meanwhile is answered
 * at once from the comparison of the current text (issue 17.4).
 */
const REFRESH_SLICE = 250;

/** Everything prior-related for open documents. Synchronous where the host's hooks are. */
export class PriorService {
  readonly loader: PriorSource;
  private folderList: string[] | (() => readonly string[]);
  trusted: boolean;
  private analyses = new Map<string, { version: number; an: Analysis }>();
  /** `stale`: made with the idf update deferred (a hover's or an inlay hint's: see `comparisonSync`). */
  private comparisons = new Map<string, { version: number; an: Analysis; key: string; priorAn: Analysis | null; result: CmpResult; stale: boolean }>();
  /** Per document: how to cancel the pending refresh of a stale comparison or its next slice (see `comparisonSync`). */
  private refreshes = new Map<string, () => void>();
  /** Last known settings per document ('' = any document), for the synchronous paths. */
  private settingsSnapshot = new Map<string, PriorSettings>();
  /** One matcher per open draft: the next version's comparison reuses the work of this one (issue 17.4). */
  private matchers = new Map<string, Matcher>();
  private logged = new Set<string>();
  private loadedPriors = new Set<string>();

  constructor(private readonly opts: PriorServiceOptions) {
    this.loader = opts.loader ?? createPriorSource();
    this.folderList = opts.folders ?? [];
    this.trusted = opts.trusted ?? false;
  }

  setTrusted(trusted: boolean): void {
    if (this.trusted === trusted) return;
    this.trusted = trusted;
    this.comparisons.clear();
  }

  get folders(): string[] {
    return typeof this.folderList === 'function' ? [...this.folderList()] : this.folderList;
  }

  setFolders(folders: string[]): void {
    this.folderList = [...folders];
    this.comparisons.clear();
  }

  /** Forget cached settings and comparisons (configuration changed). */
  invalidate(): void {
    this.settingsSnapshot.clear();
    this.comparisons.clear();
  }

  forget(uri: string): void {
    this.cancelRefresh(uri);
    this.analyses.delete(uri);
    this.comparisons.delete(uri);
    this.matchers.delete(uri);
    this.settingsSnapshot.delete(uri);
  }

  async settings(uri: string | null): Promise<PriorSettings> {
    let s = DEFAULT_PRIOR_SETTINGS;
    try {
      s = normalisePriorSettings(await this.opts.getSettings(uri));
    } catch {
      // keep defaults
    }
    this.settingsSnapshot.set(uri ?? '', s);
    this.settingsSnapshot.set('', s);
    return s;
  }

  settingsSync(uri: string): PriorSettings {
    return this.settingsSnapshot.get(uri) ?? this.settingsSnapshot.get('') ?? DEFAULT_PRIOR_SETTINGS;
  }

  analysis(uri: string): Analysis | null {
    const host = this.opts.getAnalysis?.(uri);
    if (host) return host;
    const doc = this.opts.getDocument(uri);
    if (!doc) return null;
    const c = this.analyses.get(uri);
    if (c && c.version === doc.version) return c.an;
    const an = analyze(doc.getText());
    this.analyses.set(uri, { version: doc.version, an });
    return an;
  }

  /** The prior for a draft in language `draftLang` under settings `s`. */
  priorFor(s: PriorSettings, draftLang: Lang): PriorResult {
    const lang = toLang(s.priorLanguage) ?? draftLang;
    this.loadedPriors.add(this.priorKey(s, lang));
    return this.loader.load(s.prior, lang, { folders: this.folders, trusted: this.trusted });
  }

  /** Which prior a setting names, where, for whom (what a load depends on). */
  private priorKey(s: PriorSettings, lang: Lang): string {
    return `${s.prior}\u0000${lang}\u0000${this.trusted}\u0000${this.folders.join('\u0001')}`;
  }

  /**
   * Whether the prior problems of `an` can wait for the prior to be loaded: the draft has no pins (so
   * the only prior problem it can have is a prior that cannot be loaded) and the prior has not been
   * loaded yet (loading and analysing the bundled one is ≈ 10 % of a server's start to its first
   * diagnostics). The caller reports them a moment later (priorExtension).
   */
  canDeferProblems(uri: string, an: Analysis, s = this.settingsSync(uri)): boolean {
    if (uri.startsWith(PRIOR_SCHEME + ':') || an.doc.articles.length === 0) return false;
    if (this.loadedPriors.has(this.priorKey(s, toLang(s.priorLanguage) ?? an.lang))) return false;
    for (const a of an.doc.articles) if (a.priorPins.length > 0) return false;
    return true;
  }

  private logOnce(msg: string): void {
    if (this.logged.has(msg)) return;
    this.logged.add(msg);
    if (this.logged.size > 200) this.logged.clear();
    this.opts.log?.(msg);
  }

  /**
   * Comparison of an open draft with its prior (cached per document version and prior). With `quick`
   * (a hover, an inlay hint: asked after every keystroke), the matcher may leave behind the idf update
   * of words other articles hold (MatchOptions.deferIdf: 0.5–1.7 s at 5,000 articles when a keystroke
   * changes one), so the answer is the matching of the current text under the word statistics of a
   * version or a few before; a full comparison follows once typing pauses (REFRESH_MS), and any request
   * without `quick` (the table, the prior article, the bill) gets the full one at once.
   */
  comparisonSync(uri: string, s = this.settingsSync(uri), quick = false): CmpResult | null {
    if (uri.startsWith(PRIOR_SCHEME + ':')) return null;
    const an = this.analysis(uri);
    if (!an) return null;
    const doc = this.opts.getDocument(uri);
    const version = doc?.version ?? -1;
    const prior = this.priorFor(s, an.lang);
    const key = this.comparisonKey(s);
    const cached = this.comparisons.get(uri);
    const priorAn = prior.ok ? prior.analysis : null;
    if (cached && cached.version === version && cached.an === an && cached.key === key && cached.priorAn === priorAn && (quick || !cached.stale)) {
      return cached.result;
    }
    let result: CmpResult;
    let stale = false;
    if (!prior.ok) {
      result = { unavailable: { prior: prior.id, reason: prior.reason } };
      this.logOnce(`[atazan] prior constitution “${prior.id}” cannot be used: ${prior.reason}`);
    } else {
      let matcher = this.matchers.get(uri);
      if (!matcher) this.matchers.set(uri, (matcher = new Matcher()));
      result = { cmp: comparePrior(an, prior.analysis, prior.id, matcher, { deferIdf: quick }), prior };
      stale = matcher.stale;
    }
    this.comparisons.set(uri, { version, an, key, priorAn, result, stale });
    if (stale) this.refreshLater(uri);
    else this.cancelRefresh(uri);
    if (!stale && cached?.stale && cached.version === version && cached.an === an && cached.key === key && cached.priorAn === priorAn) this.opts.madeFull?.(uri);
    return result;
  }

  /** What a comparison depends on besides the texts. */
  private comparisonKey(s: PriorSettings): string {
    return `${s.prior}\u0000${s.priorLanguage}\u0000${this.trusted}\u0000${this.folders.join('\u0001')}`;
  }

  /**
   * The full comparison of a document whose last one is stale, once it has not changed for REFRESH_MS:
   * made in slices (REFRESH_SLICE), the event loop free between two, so that a request arriving meanwhile
   * is answered at once from the stale comparison of the same text. A slice that finds a newer text
   * stops: that text's quick comparison (which drops the unfinished one in the matcher) schedules the
   * refresh again. A full comparison asked for meanwhile (the table) is made at once and ends it.
   */
  private refreshLater(uri: string): void {
    this.cancelRefresh(uri);
    const timer = setTimeout(() => this.refreshSlice(uri, 1), REFRESH_MS);
    timer.unref?.();
    this.refreshes.set(uri, () => clearTimeout(timer));
  }

  private refreshSlice(uri: string, n: number): void {
    this.refreshes.delete(uri);
    const c = this.comparisons.get(uri);
    if (!c?.stale) return;
    try {
      const an = this.analysis(uri);
      const s = this.settingsSync(uri);
      const prior = an ? this.priorFor(s, an.lang) : null;
      const matcher = this.matchers.get(uri);
      const version = this.opts.getDocument(uri)?.version ?? -1;
      if (!an || !prior?.ok || !matcher || c.an !== an || c.version !== version || c.key !== this.comparisonKey(s) || c.priorAn !== prior.analysis) {
        this.opts.trace?.(`prior: refresh of ${uri} dropped (the text changed)`);
        return;
      }
      const cmp = comparePrior(an, prior.analysis, prior.id, matcher, { budget: REFRESH_SLICE });
      if (cmp) {
        this.comparisons.set(uri, { ...c, result: { cmp, prior }, stale: false });
        this.opts.trace?.(`prior: comparison of ${uri} made full in ${n} slice(s)`);
        this.opts.madeFull?.(uri);
        return;
      }
    } catch (e) {
      this.logOnce(`[atazan] comparison with the prior failed: ${(e as Error)?.message ?? e}`);
      return;
    }
    this.opts.trace?.(`prior: comparison of ${uri}: slice ${n} done`);
    const next = setImmediate(() => this.refreshSlice(uri, n + 1));
    this.refreshes.set(uri, () => clearImmediate(next));
  }

  private cancelRefresh(uri: string): void {
    const cancel = this.refreshes.get(uri);
    this.refreshes.delete(uri);
    cancel?.();
  }

  async comparison(uri: string): Promise<CmpResult | null> {
    const s = await this.settings(uri);
    return this.comparisonSync(uri, s);
  }

  /**
   * Cheap diagnostics (no article matching): pins naming a prior article that does not exist, and a
   * prior that cannot be loaded.
   */
  problemsSync(uri: string, an: Analysis, s = this.settingsSync(uri)): Problem[] {
    if (uri.startsWith(PRIOR_SCHEME + ':') || an.doc.articles.length === 0) return [];
    const prior = this.priorFor(s, an.lang);
    if (!prior.ok) {
      this.logOnce(`[atazan] prior constitution “${prior.id}” cannot be used: ${prior.reason}`);
      return priorDiagnostics(an, { prior: prior.id, reason: prior.reason });
    }
    const out: Problem[] = [];
    const have = prior.analysis.doc.articleByNumber;
    for (const a of an.doc.articles) {
      for (const pin of a.priorPins) {
        for (const n of pin.numbers) {
          if (!have.has(canonical(n.text))) out.push(missing(n.span, prior.id, n.text));
        }
      }
    }
    return out;
  }

  async problems(uri: string): Promise<Problem[]> {
    const s = await this.settings(uri);
    const an = this.analysis(uri);
    if (!an) return [];
    return this.problemsSync(uri, an, s);
  }

  /** Hover markdown for an offset: an article heading → its predecessor; a body line → the aligned prior paragraph. */
  hoverSync(uri: string, offset: number, lang?: Lang, s?: PriorSettings): string | null {
    const an = this.analysis(uri);
    if (!an) return null;
    // An amendment bill's own articles («Статья 2. Настоящий Закон вводится в действие …») have no
    // counterpart in the prior Constitution (no «1995: Art. 44 · changed» on them, as no inlay hint).
    if (this.opts.bill?.()?.isBill(uri)) return null;
    const art = an.doc.articles.find((a) => a.span.start <= offset && offset <= a.span.end);
    if (!art) return null;
    const r = this.comparisonSync(uri, s, true);
    if (!r) return null;
    if ('unavailable' in r) {
      return art.headSpan.start <= offset && offset <= art.headSpan.end ? `⚠ ${escapeMarkdown(unavailableText(r.unavailable, lang ?? an.lang))}` : null;
    }
    const L = lang ?? an.lang;
    const n = canonical(art.number.text);
    const html = !!this.opts.html;
    if (art.headSpan.start <= offset && offset <= art.headSpan.end) return priorHoverMarkdown(r.cmp, n, L, { html });
    const row = r.cmp.byDraft.get(n);
    if (!row) return null;
    const idx = draftParagraphAt(row, offset);
    return idx >= 0 ? priorParagraphHoverMarkdown(r.cmp, n, idx, L, { html }) : null;
  }

  async hover(uri: string, offset: number, lang?: Lang): Promise<string | null> {
    const L = lang ?? (await this.uiLanguage(uri));
    return this.hoverSync(uri, offset, L, await this.settings(uri));
  }

  /** The language of the UI for a document (see PriorServiceOptions.messageLanguage). */
  async uiLanguage(uri: string): Promise<Lang> {
    if (this.opts.messageLanguage) return this.opts.messageLanguage(uri);
    const raw = await this.opts.getSettings(uri);
    return resolveMessageLanguage(typeof pick(raw, 'messages.language') === 'string' ? (pick(raw, 'messages.language') as string) : 'auto', this.opts.clientLocale);
  }

  /**
   * Inlay hints: one per article heading in `range`, at the end of the heading line. Never inside the
   * heading: in kk the number is followed by «-бап», and a hint after the number split «62-бап» into
   * «62 1995: 63-бап-бап».
   */
  async inlayHints(uri: string, range?: Range | null, lang?: Lang): Promise<InlayHint[]> {
    const s = await this.settings(uri);
    if (!s.inlayHints) return [];
    // An amendment bill's own articles («Статья 1. Внести в Конституцию …») are not a draft's: no
    // «1995: …» beside them (its instructions have their hover and code lens, lsp/bill.ts).
    if (this.opts.bill?.()?.isBill(uri)) return [];
    // Labels in the UI language («1995: Art. 13» under an English UI, whatever the draft's language).
    const L = lang ?? (await this.uiLanguage(uri));
    const r = this.comparisonSync(uri, s, true);
    if (!r || 'unavailable' in r) return [];
    const an = this.analysis(uri)!;
    const out: InlayHint[] = [];
    // Only the articles whose number ends on a line of the range (articles are in document order).
    const li = an.lineIndex;
    const from = range ? li.lineStart(Math.min(Math.max(range.start.line, 0), li.lineCount - 1)) : 0;
    const upto = range && range.end.line + 1 < li.lineCount ? li.lineStart(Math.max(range.end.line + 1, 0)) : Infinity;
    for (const a of an.doc.articles) {
      if (a.number.span.end < from) continue;
      if (a.number.span.end >= upto) break;
      const line = an.lineIndex.positionAt(a.number.span.end).line;
      const pos = an.lineIndex.positionAt(an.lineIndex.lineEnd(line));
      if (range && (pos.line < range.start.line || pos.line > range.end.line)) continue;
      const n = canonical(a.number.text);
      const label = priorInlayLabel(r.cmp, n, L);
      if (!label) continue;
      const hint: InlayHint = { position: pos, label, paddingLeft: true };
      const tip = priorInlayTooltip(r.cmp, n, L);
      if (tip) hint.tooltip = tip;
      out.push(hint);
    }
    return out;
  }

  /** `atazan/priorText`: the text of a prior constitution (bundled id, or a path in a trusted workspace). */
  async priorText(params: Loose<PriorTextParams> | null | undefined): Promise<PriorTextResult> {
    const id = typeof params?.id === 'string' && params.id.trim() ? params.id.trim() : DEFAULT_PRIOR;
    const lang = toLang(params?.lang) ?? 'ru';
    const r = this.loader.load(id, lang, { folders: this.folders, trusted: this.trusted });
    if (!r.ok) throw new ResponseError(REQUEST_FAILED, requestError('priorCannotOpen', { id, lang, reason: r.reason }, await this.uiLanguage('')));
    return { text: r.text };
  }

  private async requireComparison(uri: unknown): Promise<{ cmp: Comparison; an: Analysis; uri: string }> {
    if (typeof uri !== 'string' || !uri) throw new ResponseError(REQUEST_FAILED, requestError('noDocument', {}, await this.uiLanguage('')));
    const r = await this.comparison(uri);
    if (!r) throw new ResponseError(REQUEST_FAILED, requestError('notOpen', {}, await this.uiLanguage(uri)));
    if ('unavailable' in r) {
      throw new ResponseError(REQUEST_FAILED, requestError('priorCannotUse', { id: r.unavailable.prior, reason: r.unavailable.reason }, await this.uiLanguage(uri)));
    }
    return { cmp: r.cmp, an: this.analysis(uri)!, uri };
  }

  /**
   * `atazan/amendmentBill {uri}`: the amendment bill that turns the act in force (`atazan.prior`, taken in
   * the draft's language whatever `atazan.priorLanguage` says: a bill compares texts of one language)
   * into the open draft, in the draft's language (ru or kk).
   */
  async amendmentBill(params: Loose<AmendmentBillParams> | null | undefined): Promise<AmendmentBillResult> {
    const uri = params?.uri;
    if (typeof uri !== 'string' || !uri) throw new ResponseError(REQUEST_FAILED, requestError('noDocument', {}, await this.uiLanguage('')));
    const an = this.analysis(uri);
    if (!an) throw new ResponseError(REQUEST_FAILED, requestError('notOpen', {}, await this.uiLanguage(uri)));
    if (an.lang !== 'ru' && an.lang !== 'kk') throw new ResponseError(REQUEST_FAILED, requestError('billLanguage', { lang: an.lang }, await this.uiLanguage(uri)));
    const s = await this.settings(uri);
    const prior = this.loader.load(s.prior, an.lang, { folders: this.folders, trusted: this.trusted });
    if (!prior.ok) throw new ResponseError(REQUEST_FAILED, requestError('priorCannotUse', { id: prior.id, reason: prior.reason }, await this.uiLanguage(uri)));
    const style = params?.style === 'units' || params?.style === 'new-edition' ? params.style : undefined;
    const r = amend(prior.analysis, an, { lang: an.lang, ...(style ? { style } : {}) });
    const ui = await this.uiLanguage(uri);
    const because = lexicon(ui).bill.newEditionReason ?? lexicon('en').bill.newEditionReason!;
    return {
      text: r.text, lang: an.lang, instructions: r.changes.length, unexpressed: r.unexpressed, style: r.style, reasons: r.reasons.map(because),
      renumbered: r.renumbered.map((x) => `${[x.parent?.article, x.parent?.paragraph, x.from].filter((v) => v !== undefined).join('.')} → ${x.to}`),
      prior: prior.id, label: priorLabel(prior.id),
    };
  }

  /**
   * `atazan/comparativeTable`: the HTML page and the JSON rows, for the document `version` they were
   * built from (the client drops a reply older than the table it shows). The panel's title, the table's
   * title, column headers, legend and status tooltips are in the UI language; the cells (the draft's and
   * the prior's text, unit names) stay in the draft's language. The export is all in the draft's language.
   * With `links`, each unit cell links to its heading in the draft (`command:atazan.revealArticle?{uri, article, line}`).
   */
  async comparativeTable(params: Loose<ComparativeTableParams> | null | undefined): Promise<ComparativeTableResult> {
    const ui = typeof params?.uri === 'string' ? await this.uiLanguage(params.uri) : 'en';
    // An amendment bill has its own table (lsp/bill.ts): its amended units against the act.
    if (typeof params?.uri === 'string' && this.opts.bill?.()) {
      const uri = params.uri;
      const b = this.billCall(() => this.opts.bill!()!.table(uri, ui, params.links === true, this.opts.getDocument(uri)?.version ?? 0));
      if (b) return b;
    }
    const { cmp, an, uri } = await this.requireComparison(params?.uri);
    const version = this.opts.getDocument(uri)?.version ?? 0;
    const json = tableJson(cmp, an.lang);
    const base = decodeURIComponent(uri.split(/[\\/]/).pop() ?? uri);
    const word = lexicon(ui).table.viewTitle;
    const unitHref = params?.links === true
      ? (draft: string) => {
        const row = cmp.byDraft.get(draft);
        if (!row) return null;
        const line = an.lineIndex.positionAt(row.headSpan.start).line;
        return `command:${ClientCommands.revealArticle}?${encodeURIComponent(JSON.stringify({ uri, article: row.written, line } satisfies RevealArticleArgs))}`;
      }
      : undefined;
    return {
      html: tableHtml(cmp, an.lang, { unitHref, uiLang: ui }), rows: json.rows, dropped: json.dropped, prior: json.prior,
      title: `${word} (${cmp.priorLabel}) — ${base}`, version,
    };
  }

  /**
   * `atazan/priorArticleAt {textDocument, position}`: the prior-constitution article that matches the
   * draft article under the cursor (its number and heading range in the prior text), for *Open Prior
   * Article*. When the cursor is in no article, or the article is new, `article` is absent and
   * `articles` lists the prior's articles to choose from.
   */
  async priorArticleAt(params: { textDocument?: Loose<PriorArticleAtParams['textDocument']>; position?: Loose<PriorArticleAtParams['position']> } | null | undefined): Promise<PriorArticleAt> {
    const { cmp, an, uri } = await this.requireComparison(params?.textDocument?.uri);
    const s = this.settingsSync(uri);
    const prior = this.priorFor(s, an.lang);
    if (!prior.ok) throw new ResponseError(REQUEST_FAILED, requestError('priorCannotUse', { id: prior.id, reason: prior.reason }, await this.uiLanguage(uri)));
    const pan = prior.analysis;
    const out: PriorArticleAt = { prior: prior.id, lang: prior.lang, label: cmp.priorLabel };
    const pos = params?.position;
    const line = typeof pos?.line === 'number' ? pos.line : -1;
    // A bill's own article is matched with none (the drafter picks the prior article from the list).
    const art = line >= 0 && !this.opts.bill?.()?.isBill(uri) ? articleAt(an, an.lineIndex.offsetAt({ line, character: typeof pos?.character === 'number' ? pos.character : 0 })) : null;
    if (art) {
      out.draft = art.number.text;
      const row = cmp.byDraft.get(canonical(art.number.text));
      if (row) out.status = row.status;
      const target = row?.matches.map((m) => pan.doc.articleByNumber.get(m.prior)).find((a) => !!a);
      if (target) {
        out.article = target.number.text;
        out.range = pan.lineIndex.range(target.headSpan);
        if (row!.matches.length > 1) out.others = row!.matches.slice(1).map((m) => m.prior);
        return out;
      }
    }
    out.articles = pan.doc.articles.map((a) => ({
      number: a.number.text,
      title: a.title,
      words: firstWords(pan.text, a),
      range: pan.lineIndex.range(a.headSpan),
    }));
    return out;
  }

  /** A bill hook's answer; its error (the act cannot be read) as the request's error. */
  private billCall<T>(fn: () => T): T {
    const fail = (e: unknown): never => {
      throw new ResponseError(REQUEST_FAILED, e instanceof Error ? e.message : String(e));
    };
    try {
      const r = fn();
      return (r instanceof Promise ? r.catch(fail) : r) as T;
    } catch (e) {
      return fail(e);
    }
  }

  /** `atazan/exportComparativeTable`: md/html/json as text, docx as base64; a bill's own table for a bill. */
  async exportTable(params: Loose<ExportParams> | null | undefined): Promise<ExportResult> {
    const format = params?.format ?? 'html';
    if (format !== 'md' && format !== 'html' && format !== 'json' && format !== 'docx') {
      throw new ResponseError(REQUEST_FAILED, requestError('unknownFormat', { format: String(format) }, await this.uiLanguage(typeof params?.uri === 'string' ? params.uri : '')));
    }
    if (typeof params?.uri === 'string' && this.opts.bill?.()) {
      const uri = params.uri;
      const ui = await this.uiLanguage(uri);
      const b = await this.billCall(() => this.opts.bill!()!.exportTable(uri, format, ui));
      if (b) return b;
    }
    const { cmp, an } = await this.requireComparison(params?.uri);
    if (format === 'md') return { text: tableMarkdown(cmp, an.lang) };
    if (format === 'html') return { text: tableHtml(cmp, an.lang) };
    if (format === 'json') return { text: JSON.stringify(tableJson(cmp, an.lang), null, 2) + '\n' };
    return { base64: (await tableDocx(cmp, an.lang)).toString('base64') };
  }
}

/** The article a cursor offset is in: the last heading (of any level) at or before it, if an article's. */
function articleAt(an: Analysis, offset: number): Article | null {
  let best: Article | null = null;
  for (const a of an.doc.articles) {
    if (a.headSpan.start > offset) break;
    best = a;
  }
  if (!best) return null;
  const b = best;
  const between = (h: { headSpan: { start: number } }) => h.headSpan.start > b.headSpan.start && h.headSpan.start <= offset;
  if (an.doc.sections.some(between) || an.doc.chapters.some(between)) return null;
  return best;
}

/** The first words of an article's body (for a pick list). */
function firstWords(text: string, a: Article): string {
  const first = a.lines[0];
  if (!first) return '';
  const t = text.slice(first.start, first.end).replace(/<!--[^]*?-->/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > 80 ? t.slice(0, 79) + '…' : t;
}

function missing(span: { start: number; end: number }, priorId: string, number: string): Problem {
  // Same shape as compare.ts produces for the full comparison.
  return problem('prior-article-missing', span, { prior: priorLabel(priorId), number }, { prior: priorId, number: canonical(number) });
}

function unavailableText(u: PriorUnavailable, lang: Lang): string {
  return formatMessage('prior-unavailable', { prior: u.prior, reason: u.reason }, lang);
}

/** Capabilities to add to the initialize result. */
export function priorCapabilities(_client?: ClientCapabilities): ServerCapabilities {
  return { inlayHintProvider: { resolveProvider: false } };
}

export function initialTrust(init: unknown): boolean {
  const o = init && typeof init === 'object' ? (init as Record<string, unknown>) : {};
  // VS Code always sends it; other clients that do not know workspace trust get a trusted workspace.
  return o.workspaceTrusted === undefined ? true : o.workspaceTrusted === true;
}

/** Registers the prior requests, notification and inlay hints on a connection. */
export function registerPriorHandlers(
  connection: Connection,
  service: PriorService,
  guard: <P, R>(name: string, empty: R, fn: (p: P) => R | Promise<R>) => (p: P, ...rest: any[]) => any,
  onTrustChanged?: () => void,
  live?: LiveTables,
): void {
  connection.onNotification(Notifications.workspaceTrusted, (p: Loose<WorkspaceTrustedParams> | null) => {
    service.setTrusted(p?.trusted !== false);
    onTrustChanged?.();
  });
  connection.onRequest(Requests.priorText, (p: Loose<PriorTextParams> | null) => service.priorText(p));
  connection.onRequest(Requests.comparativeTable, (p: Loose<ComparativeTableParams> | null) => {
    live?.watch(p?.uri);
    return service.comparativeTable(p);
  });
  connection.onNotification(Notifications.comparativeTableClosed, (p: Loose<TableClosedParams> | null) => live?.unwatch(p?.uri));
  connection.onRequest(Requests.amendmentBill, (p: Loose<AmendmentBillParams> | null) => service.amendmentBill(p));
  connection.onRequest(Requests.priorArticleAt, (p: Parameters<PriorService['priorArticleAt']>[0]) => service.priorArticleAt(p));
  connection.onRequest(Requests.exportComparativeTable, (p: Loose<ExportParams> | null) => service.exportTable(p));
  connection.languages.inlayHint.on(guard('textDocument/inlayHint', [] as InlayHint[], (p: any) => service.inlayHints(p?.textDocument?.uri, p?.range)));
}

/**
 * Live comparative tables: a draft whose table was asked for is watched until its view is closed (or
 * the draft is); after an edit, once the draft has been still for `delay` ms, the client is told
 * `atazan/comparativeTableChanged {uri, version}` and asks for the table again.
 */
export class LiveTables {
  private readonly watched = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly notify: (uri: string, version: number) => void, private readonly delay = TABLE_REFRESH_DELAY_MS) {}

  watch(uri: unknown): void {
    if (typeof uri === 'string' && uri) this.watched.add(uri);
  }

  unwatch(uri: unknown): void {
    if (typeof uri !== 'string') return;
    this.watched.delete(uri);
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  isWatched(uri: string): boolean {
    return this.watched.has(uri);
  }

  /** The draft changed (now at `version`): announce it once the edits pause. */
  changed(uri: string, version: () => number | undefined): void {
    if (!this.watched.has(uri)) return;
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      const v = version();
      if (v !== undefined && this.watched.has(uri)) this.notify(uri, v);
    }, this.delay));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.watched.clear();
  }
}

/** The source of the prior problems in the language service (their own list per document). */
const PRIOR_PROBLEMS = 'prior';

/**
 * The server extension: hover hook, inlay hints, custom requests, workspace trust, and the prior
 * diagnostics (supplied to the language service as their own list for each new analysis of a document;
 * the service merges them into the diagnostics and code actions).
 */
export const priorExtension: ServerExtension = {
  id: 'prior',
  capabilities: priorCapabilities,
  register(ctx: ServerContext) {
    const service = new PriorService({
      // The revision, not the client's version number (which a client may repeat), keys the caches.
      getDocument: (uri) => {
        const e = ctx.entry(uri);
        return e ? { uri, version: e.revision, getText: () => e.document.getText() } : undefined;
      },
      getSettings: async (uri) => (await ctx.getSettings(uri)).raw,
      // Used synchronously by the service's methods (never across an await).
      getAnalysis: (uri) => ctx.service.read(uri, (an) => an),
      folders: () => ctx.workspace.folderPaths,
      trusted: initialTrust(ctx.initializeParams.initializationOptions),
      log: (m) => ctx.log(m),
      trace: (m) => ctx.connection.tracer.log(m),
      html: clientRendersDiffHtml(ctx.clientCapabilities),
      messageLanguage: (uri) => ctx.messageLanguage(uri),
      bill: () => ctx.hooks.bill,
      // The inlay hints the client shows were drawn from the quick comparison: it asks for them again.
      madeFull: () => {
        if (ctx.clientCapabilities.workspace?.inlayHint?.refreshSupport) void ctx.connection.sendRequest('workspace/inlayHint/refresh').catch(() => {});
      },
    });
    const live = new LiveTables((uri, version) => {
      void ctx.connection.sendNotification(Notifications.comparativeTableChanged, { uri, version } satisfies TableChangedParams);
    });
    ctx.documents.onDidChangeContent((ev) => live.changed(ev.document.uri, () => ctx.documents.get(ev.document.uri)?.version));
    ctx.documents.onDidClose((ev) => live.unwatch(ev.document.uri));
    registerPriorHandlers(ctx.connection, service, (name, empty, fn) => ctx.guard(name, empty, (p: any) => fn(p)), () => {
      for (const uri of ctx.service.uris()) supply(uri);
      bumpAndRefresh(ctx, onConfig);
      // Another prior may apply now: the open tables change too.
      tablesChanged();
    }, live);
    const tablesChanged = () => {
      for (const d of ctx.documents.all()) live.changed(d.uri, () => ctx.documents.get(d.uri)?.version);
    };
    ctx.hooks.workspaceTrusted = () => service.trusted;
    ctx.hooks.priorHover = (unit, an, uri, lang) => {
      if (uri.startsWith(PRIOR_SCHEME + ':')) return null;
      // An article heading gets its predecessor; a paragraph gets the aligned prior paragraph.
      return service.hoverSync(uri, unit.headSpan.start, lang);
    };
    const used = new Map<string, string>();
    const fingerprint = (s: PriorSettings) => `${s.prior}\u0000${s.priorLanguage}`;
    /** Computes the prior problems of a document's current analysis; false if it is not open. */
    const supply = (uri: string, s?: PriorSettings): boolean => ctx.service.read(uri, (an) => {
      ctx.service.setProblems(uri, PRIOR_PROBLEMS, service.problemsSync(uri, an, s));
      return true;
    }) ?? false;
    ctx.service.onDidAnalyse((uri, an) => {
      if (!an) {
        service.forget(uri);
        used.delete(uri);
        return;
      }
      const s = service.settingsSync(uri);
      if (service.canDeferProblems(uri, an, s)) {
        // No pins and the prior not loaded yet: the first diagnostics go out without it; the prior is
        // loaded right after, and a prior that cannot be loaded is reported then (with a refresh).
        ctx.service.setProblems(uri, PRIOR_PROBLEMS, []);
        supplyLater(uri);
      } else {
        ctx.service.setProblems(uri, PRIOR_PROBLEMS, service.problemsSync(uri, an, s));
      }
      used.set(uri, fingerprint(s));
      // The first time a document is seen its settings are not known yet: fetch them, and if they name
      // another prior, redo the prior diagnostics and ask for a refresh.
      void service.settings(uri).then((fresh) => {
        if (used.get(uri) === fingerprint(fresh)) return;
        if (!supply(uri, fresh)) return;
        used.set(uri, fingerprint(fresh));
        bumpAndRefresh(ctx, onConfig);
      }, () => {});
    });
    const later = new Set<string>();
    const supplyLater = (uri: string) => {
      if (later.has(uri)) return;
      later.add(uri);
      // A timer: after the reply being computed (the first pulled diagnostics) is written.
      setTimeout(() => {
        later.delete(uri);
        const found = ctx.service.read(uri, (an) => {
          const problems = service.problemsSync(uri, an, service.settingsSync(uri));
          ctx.service.setProblems(uri, PRIOR_PROBLEMS, problems);
          return problems.length;
        });
        if (found) bumpAndRefresh(ctx, onConfig);
      }, 0);
    };
    const onConfig = () => {
      service.invalidate();
      tablesChanged(); // the prior or its language may have changed
      for (const uri of ctx.service.uris()) {
        void service.settings(uri).then((s) => {
          if (!supply(uri, s)) return;
          if (used.get(uri) !== fingerprint(s)) {
            used.set(uri, fingerprint(s));
            bumpAndRefresh(ctx, onConfig);
          }
        }, () => {});
      }
    };
    // First, so the other hooks (diagnostics) see the invalidated state.
    ctx.hooks.configurationChanged.unshift(onConfig);
  },
};

let bumping = false;
/** Re-runs the configuration hooks (new diagnostics generation, re-push) and asks clients to refresh. */
function bumpAndRefresh(ctx: ServerContext, own: () => void): void {
  if (bumping) return;
  bumping = true;
  try {
    for (const h of ctx.hooks.configurationChanged.filter((x) => x !== own)) {
      try {
        h();
      } catch {
        // a failing hook must not stop the others
      }
    }
    ctx.refresh();
  } finally {
    bumping = false;
  }
}
