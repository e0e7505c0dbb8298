// Registration of the core language features, one small function per feature. Each handler converts
// the position to an offset (clamped), asks the language service (ctx.service, synchronous), and
// converts the spans back to LSP ranges with the lines of the same text.

import {
  MarkupKind,
  type CodeLens, type DocumentSymbol, type FoldingRange, type Hover, type Location, type LocationLink,
  type SelectionRange, type ServerCapabilities, type SymbolInformation, type DocumentHighlight,
  type WorkspaceSymbol as LspWorkspaceSymbol,
} from 'vscode-languageserver';
import {
  detectDraft, semanticTokensLegend, type Analysis, type DocSymbol, type Lang,
} from '../core';
import { ClientCommands, Requests, type DetectDraftParams, type DetectDraftResult, type ShowReferencesArgs } from '../core/protocol';
import type { ServerContext, ServerExtension } from './context';
import { toFoldingKind, toHighlightKind, toOffset, toRange, toRangeNear, toSymbolKind, type Lines } from './convert';
import { checkCancelled } from './safe';

interface LensData {
  uri: string;
  revision: number;
  article: string;
}

function docSymbol(lines: Lines, s: DocSymbol, cursor: { line: number }): DocumentSymbol {
  // Symbols come in document order (depth first): each range is searched from the previous start's line.
  const range = toRangeNear(lines, s.span, cursor);
  const sym: DocumentSymbol = {
    name: s.name || '—',
    detail: s.detail,
    kind: toSymbolKind(s.kind),
    range,
    selectionRange: toRangeNear(lines, s.selectionSpan, { line: range.start.line }),
    children: s.children.map((c) => docSymbol(lines, c, cursor)),
  };
  if (s.excluded) sym.tags = [1 /* Deprecated */];
  return sym;
}

/** `atazan/detectDraft {text}`: does a text the client has open as Plain Text look like a draft? */
function registerDetectDraft(ctx: ServerContext): void {
  // The client sends the head of the file (it is not synchronised: not in the document selector).
  ctx.connection.onRequest(Requests.detectDraft, ctx.guard(Requests.detectDraft, { draft: false, lang: 'ru', reason: 'error' } as DetectDraftResult,
    (p: Partial<DetectDraftParams> | null) => detectDraft(typeof p?.text === 'string' ? p.text : '')));
}

function registerDocumentSymbols(ctx: ServerContext): void {
  const hierarchical = !!ctx.clientCapabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
  ctx.connection.onDocumentSymbol(ctx.guard('textDocument/documentSymbol', [] as DocumentSymbol[] | SymbolInformation[], (params) => {
    const uri = params.textDocument?.uri;
    const lines = ctx.service.lines(uri);
    if (!lines) return [];
    // Names follow the document's own language («Статья 12» in a Russian draft, «12-бап» in a Kazakh one).
    const syms = ctx.service.documentSymbols(uri);
    const cursor = { line: 0 };
    if (hierarchical) return syms.map((s) => docSymbol(lines, s, cursor));
    // Flat fallback with container names.
    const out: SymbolInformation[] = [];
    const walk = (list: DocSymbol[], container: string | undefined) => {
      for (const s of list) {
        out.push({ name: s.name, kind: toSymbolKind(s.kind), location: { uri, range: toRangeNear(lines, s.span, cursor) }, containerName: container });
        walk(s.children, s.name);
      }
    };
    walk(syms, undefined);
    return out;
  }));
}

function registerWorkspaceSymbols(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol(ctx.guard('workspace/symbol', [] as SymbolInformation[] | LspWorkspaceSymbol[], async (params, token) => {
    const query = typeof params?.query === 'string' ? params.query : '';
    // Drafts on disk that are not open (the service answers for the open ones).
    const disk: { key: string; an: Analysis }[] = [];
    const files = await ctx.workspace.listFiles(token);
    for (const f of files) {
      checkCancelled(token);
      const uri = ctx.workspace.uriOf(f);
      if (ctx.service.isOpen(uri)) continue;
      const an = await ctx.workspace.analysis(f);
      if (an) disk.push({ key: uri, an });
    }
    checkCancelled(token);
    const onDisk = new Map(disk.map((d) => [d.key, d.an.lineIndex]));
    const symbols = ctx.service.workspaceSymbols(query, 1000, disk);
    return symbols.map((s) => ({
      name: s.name,
      kind: toSymbolKind(s.kind),
      containerName: s.containerName || undefined,
      location: { uri: s.key, range: toRange(ctx.service.lines(s.key) ?? onDisk.get(s.key)!, s.selectionSpan) },
    }));
  }));
}

/** Definition, references, document highlights and selection ranges. */
function registerNavigation(ctx: ServerContext): void {
  const { connection, service } = ctx;
  const linkSupport = !!ctx.clientCapabilities.textDocument?.definition?.linkSupport;
  connection.onDefinition(ctx.guard('textDocument/definition', [] as Location[] | LocationLink[], (params) => {
    const uri = params.textDocument?.uri;
    const lines = service.lines(uri);
    if (!lines) return [];
    const offset = toOffset(lines, params.position);
    // An instruction of an amendment bill: the unit in the act it amends.
    const bill = ctx.hooks.bill?.definition(uri, offset);
    if (bill && bill.length) {
      return bill.map((d) => linkSupport
        ? { originSelectionRange: toRange(lines, d.originSpan), targetUri: d.uri, targetRange: toRange(d.an.lineIndex, d.span), targetSelectionRange: toRange(d.an.lineIndex, d.numberSpan) }
        : { uri: d.uri, range: toRange(d.an.lineIndex, d.span) }) as Location[] | LocationLink[];
    }
    const defs = service.definition(uri, offset);
    // A unit of the Constitution a law cites is in that act's document (d.uri, d.lines).
    if (linkSupport) {
      return defs.map((d) => ({
        originSelectionRange: toRange(lines, d.originSpan),
        targetUri: d.uri ?? uri,
        targetRange: toRange(d.lines ?? lines, d.span),
        targetSelectionRange: toRange(d.lines ?? lines, d.numberSpan),
      }));
    }
    return defs.map((d) => ({ uri: d.uri ?? uri, range: toRange(d.lines ?? lines, d.span) }));
  }));

  connection.onReferences(ctx.guard('textDocument/references', [] as Location[], async (params, token) => {
    const uri = params.textDocument?.uri;
    const lines = service.lines(uri);
    if (!lines) return [];
    const include = !!params.context?.includeDeclaration;
    const offset = toOffset(lines, params.position);
    const own: Location[] = service.references(uri, offset, include).map((l) => ({ uri, range: toRange(lines, l.span) }));
    // In a Constitution: the laws and codes that cite the article (open ones, then drafts on disk).
    if (service.citedConstitution(uri) !== null) return own;
    const disk: { key: string; an: Analysis }[] = [];
    for (const f of await ctx.workspace.listFiles(token)) {
      checkCancelled(token);
      const key = ctx.workspace.uriOf(f);
      if (service.isOpen(key)) continue;
      const an = await ctx.workspace.analysis(f);
      if (an) disk.push({ key, an });
    }
    checkCancelled(token);
    if (!service.lines(uri)) return own;
    return [...own, ...service.citingPlaces(uri, offset, disk).map((p) => ({ uri: p.uri, range: toRange(p.lines, p.span) }))];
  }));

  connection.onDocumentHighlight(ctx.guard('textDocument/documentHighlight', [] as DocumentHighlight[], (params) => {
    const uri = params.textDocument?.uri;
    const lines = service.lines(uri);
    if (!lines) return [];
    return service.highlights(uri, toOffset(lines, params.position)).map((h) => ({ range: toRange(lines, h.span), kind: toHighlightKind(h.kind) }));
  }));

  connection.onSelectionRanges(ctx.guard('textDocument/selectionRange', [] as SelectionRange[], (params, token) => {
    const uri = params.textDocument?.uri;
    const lines = service.lines(uri);
    if (!lines) return [];
    const out: SelectionRange[] = [];
    for (const pos of params.positions ?? []) {
      checkCancelled(token);
      const chain = service.selectionRanges(uri, toOffset(lines, pos));
      let node: SelectionRange | undefined;
      for (let i = chain.length - 1; i >= 0; i--) node = { range: toRange(lines, chain[i]), parent: node };
      out.push(node ?? { range: { start: pos, end: pos } });
    }
    return out;
  }));
}

function registerHover(ctx: ServerContext): void {
  const markdown = (ctx.clientCapabilities.textDocument?.hover?.contentFormat ?? [MarkupKind.Markdown]).includes(MarkupKind.Markdown);
  ctx.connection.onHover(ctx.guard('textDocument/hover', null as Hover | null, async (params) => {
    // One language per UI: the hover's labels and messages are those of the diagnostics (with `auto`,
    // the client's UI language); only the quoted draft text stays in the draft's language.
    const uri = params.textDocument?.uri;
    const lang = await ctx.messageLanguage(uri ?? null);
    const lines = ctx.service.lines(uri);
    if (!lines) return null;
    const prior = ctx.hooks.priorHover;
    const offset = toOffset(lines, params.position);
    // On an instruction of an amendment bill: the unit in force and after (lsp/bill.ts); else the document's own hover.
    const h = ctx.hooks.bill?.hover(uri, offset, lang) ?? ctx.service.hover(uri, offset, {
      lang,
      priorHover: prior ? (a, an) => prior(a, an, uri, lang) : undefined,
    });
    if (!h) return null;
    return {
      contents: markdown ? { kind: MarkupKind.Markdown, value: h.markdown } : { kind: MarkupKind.PlainText, value: h.markdown.replace(/\\(.)/g, '$1') },
      range: toRange(lines, h.span),
    };
  }));
}

function registerFolding(ctx: ServerContext): void {
  const limit = ctx.clientCapabilities.textDocument?.foldingRange?.rangeLimit;
  ctx.connection.onFoldingRanges(ctx.guard('textDocument/foldingRange', [] as FoldingRange[], (params) => {
    let list = ctx.service.foldingRanges(params.textDocument?.uri);
    if (typeof limit === 'number' && limit > 0 && list.length > limit) list = list.slice(0, limit);
    return list.map((r) => {
      const f: FoldingRange = { startLine: r.startLine, endLine: r.endLine };
      const kind = toFoldingKind(r.kind);
      if (kind) f.kind = kind;
      return f;
    });
  }));
}

/** «Cited by N» above the articles (resolved eagerly: counting is cheap), and their resolution. */
function registerCodeLenses(ctx: ServerContext): void {
  const { connection, service } = ctx;
  const shape = (uri: string, revision: number, lines: Lines, r: NonNullable<ReturnType<typeof service.codeLens>>): CodeLens => {
    const position = toRange(lines, r.numberSpan).start;
    return {
      range: toRange(lines, r.span),
      command: {
        title: r.title,
        command: r.count > 0 ? ClientCommands.showReferences : '',
        arguments: r.count > 0 ? [{ uri, position, locations: r.locations.map((s) => ({ uri, range: toRange(lines, s) })) } satisfies ShowReferencesArgs] : undefined,
      },
      data: { uri, revision, article: r.article } satisfies LensData,
    };
  };

  connection.onCodeLens(ctx.guard('textDocument/codeLens', [] as CodeLens[], async (params, token) => {
    const uri = params.textDocument?.uri;
    const lang: Lang = await ctx.messageLanguage(uri ?? null);
    const mode = (await ctx.getSettings(uri ?? null)).codeLensReferences;
    const lines = service.lines(uri);
    const revision = service.revision(uri);
    if (!lines || revision === null) return [];
    const out: CodeLens[] = [];
    // An amendment bill: one lens above each instruction, whether it applies (lsp/bill.ts); a click
    // opens the unit in the act. The bill's own articles («Статья 1. Внести в Конституцию …») get none.
    const bill = ctx.hooks.bill?.lenses(uri, lang);
    if (bill) {
      return bill.map((l) => ({
        range: toRange(lines, l.span),
        command: { title: l.title, command: l.reveal ? ClientCommands.revealArticle : '', arguments: l.reveal ? [l.reveal] : undefined },
      }));
    }
    // By default only above the articles that are cited (atazan.codeLens.references); resolved here so
    // that clients without resolve support still show titles.
    for (const l of service.codeLenses(uri, mode, lang)) {
      checkCancelled(token);
      out.push(shape(uri, revision, lines, l));
    }
    return out;
  }));

  connection.onCodeLensResolve(ctx.guard('codeLens/resolve', null as unknown as CodeLens, async (lens) => {
    const blank = { ...lens, command: lens?.command ?? { title: '', command: '' } };
    try {
      if (lens.command) return lens;
      const data = lens.data as LensData | undefined;
      if (!data || typeof data.uri !== 'string') return blank;
      const lang = await ctx.messageLanguage(data.uri);
      const lines = service.lines(data.uri);
      const revision = service.revision(data.uri);
      const r = lines && revision !== null ? service.codeLens(data.uri, String(data.article), lang) : null;
      return r ? shape(data.uri, revision!, lines!, r) : blank;
    } catch (err) {
      ctx.error(`[atazan] codeLens/resolve failed: ${err}`);
      return blank;
    }
  }));
}

function registerSemanticTokens(ctx: ServerContext): void {
  ctx.connection.languages.semanticTokens.on(ctx.guard('textDocument/semanticTokens/full', { data: [] as number[] },
    (params) => ctx.service.semanticTokens(params.textDocument?.uri)));
}

export const coreFeatures: ServerExtension = {
  id: 'core',
  capabilities(): ServerCapabilities {
    return {
      documentSymbolProvider: { label: 'Ata Zan' },
      workspaceSymbolProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      selectionRangeProvider: true,
      hoverProvider: true,
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: true },
      semanticTokensProvider: { legend: semanticTokensLegend, full: true, range: false },
    };
  },
  register(ctx: ServerContext) {
    registerDetectDraft(ctx);
    registerDocumentSymbols(ctx);
    registerWorkspaceSymbols(ctx);
    registerNavigation(ctx);
    registerHover(ctx);
    registerFolding(ctx);
    registerCodeLenses(ctx);
    registerSemanticTokens(ctx);
  },
};

