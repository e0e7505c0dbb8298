// Registration of the core language features. Each handler: find the cached analysis, convert the
// position to an offset (clamped), call the pure feature, convert spans back to LSP ranges.

import {
  MarkupKind,
  type CodeLens, type DocumentSymbol, type FoldingRange, type Hover, type Location, type LocationLink,
  type SelectionRange, type ServerCapabilities, type SymbolInformation, type DocumentHighlight,
  type WorkspaceSymbol as LspWorkspaceSymbol,
} from 'vscode-languageserver';
import type { Analysis } from '../core/analysis';
import { lensForArticle, resolveCodeLens, visibleCodeLenses } from '../core/features/codeLens';
import { foldingRanges } from '../core/features/folding';
import { hover } from '../core/features/hover';
import { detectDraft } from '../core/detect';
import { definition, documentHighlights, references, selectionRanges } from '../core/features/navigation';
import { semanticTokens, semanticTokensLegend } from '../core/features/semanticTokens';
import { documentSymbols, flattenSymbols, workspaceSymbols, type DocSymbol } from '../core/features/symbols';
import { ClientCommands, Requests, type DetectDraftParams, type DetectDraftResult, type ShowReferencesArgs } from '../core/protocol';
import type { ServerContext, ServerExtension } from './context';
import { toFoldingKind, toHighlightKind, toOffset, toRange, toSymbolKind } from './convert';
import { checkCancelled } from './safe';

function docSymbol(an: Analysis, s: DocSymbol): DocumentSymbol {
  const sym: DocumentSymbol = {
    name: s.name || '—',
    detail: s.detail,
    kind: toSymbolKind(s.kind),
    range: toRange(an, s.span),
    selectionRange: toRange(an, s.selectionSpan),
    children: s.children.map((c) => docSymbol(an, c)),
  };
  if (s.excluded) sym.tags = [1 /* Deprecated */];
  return sym;
}

interface LensData {
  uri: string;
  revision: number;
  article: string;
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
    const { connection } = ctx;
    // `atazan/detectDraft {text}`: does a text the client has open as Plain Text look like a draft? The
    // client sends the head of the file (it is not synchronised: not in the document selector).
    connection.onRequest(Requests.detectDraft, ctx.guard(Requests.detectDraft, { draft: false, lang: 'ru', reason: 'error' } as DetectDraftResult,
      (p: Partial<DetectDraftParams> | null) => detectDraft(typeof p?.text === 'string' ? p.text : '')));
    const caps = ctx.clientCapabilities;
    const hierarchical = !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    const linkSupport = !!caps.textDocument?.definition?.linkSupport;
    const markdown = (caps.textDocument?.hover?.contentFormat ?? [MarkupKind.Markdown]).includes(MarkupKind.Markdown);

    connection.onDocumentSymbol(ctx.guard('textDocument/documentSymbol', [] as DocumentSymbol[] | SymbolInformation[], async (params) => {
      const e = ctx.entry(params.textDocument?.uri);
      if (!e) return [];
      // Names follow the document's own language («Статья 12» in a Russian draft, «12-бап» in a Kazakh one).
      const syms = documentSymbols(e.an);
      if (hierarchical) return syms.map((s) => docSymbol(e.an, s));
      // Flat fallback with container names.
      const out: SymbolInformation[] = [];
      const walk = (list: DocSymbol[], container: string | undefined) => {
        for (const s of list) {
          out.push({ name: s.name, kind: toSymbolKind(s.kind), location: { uri: e.uri, range: toRange(e.an, s.span) }, containerName: container });
          walk(s.children, s.name);
        }
      };
      walk(syms, undefined);
      return out;
    }));

    connection.onWorkspaceSymbol(ctx.guard('workspace/symbol', [] as SymbolInformation[] | LspWorkspaceSymbol[], async (params, token) => {
      const query = typeof params?.query === 'string' ? params.query : '';
      // Drafts on disk are read first (awaited); open documents are taken after the last await (an
      // analysis held across an await may be consumed by the next version's incremental update).
      const disk: { key: string; an: Analysis }[] = [];
      const files = await ctx.workspace.listFiles(token);
      for (const f of files) {
        checkCancelled(token);
        const uri = ctx.workspace.uriOf(f);
        if (ctx.documents.get(uri)) continue;
        const an = await ctx.workspace.analysis(f);
        if (an) disk.push({ key: uri, an });
      }
      checkCancelled(token);
      const entries = [...ctx.openEntries().map((e) => ({ key: e.uri, an: e.an })), ...disk.filter((d) => !ctx.documents.get(d.key))];
      const byKey = new Map(entries.map((x) => [x.key, x.an]));
      return workspaceSymbols(entries, query, 1000).map((s) => ({
        name: s.name,
        kind: toSymbolKind(s.kind),
        containerName: s.containerName || undefined,
        location: { uri: s.key, range: toRange(byKey.get(s.key)!, s.selectionSpan) },
      }));
    }));

    connection.onDefinition(ctx.guard('textDocument/definition', [] as Location[] | LocationLink[], (params) => {
      const e = ctx.entry(params.textDocument?.uri);
      if (!e) return [];
      const defs = definition(e.an, toOffset(e.an, params.position));
      if (linkSupport) {
        return defs.map((d) => ({
          originSelectionRange: toRange(e.an, d.originSpan),
          targetUri: e.uri,
          targetRange: toRange(e.an, d.span),
          targetSelectionRange: toRange(e.an, d.numberSpan),
        }));
      }
      return defs.map((d) => ({ uri: e.uri, range: toRange(e.an, d.span) }));
    }));

    connection.onReferences(ctx.guard('textDocument/references', [] as Location[], (params) => {
      const e = ctx.entry(params.textDocument?.uri);
      if (!e) return [];
      const include = !!params.context?.includeDeclaration;
      return references(e.an, toOffset(e.an, params.position), include).map((l) => ({ uri: e.uri, range: toRange(e.an, l.span) }));
    }));

    connection.onDocumentHighlight(ctx.guard('textDocument/documentHighlight', [] as DocumentHighlight[], (params) => {
      const e = ctx.entry(params.textDocument?.uri);
      if (!e) return [];
      return documentHighlights(e.an, toOffset(e.an, params.position)).map((h) => ({ range: toRange(e.an, h.span), kind: toHighlightKind(h.kind) }));
    }));

    connection.onSelectionRanges(ctx.guard('textDocument/selectionRange', [] as SelectionRange[], (params, token) => {
      const e = ctx.entry(params.textDocument?.uri);
      if (!e) return [];
      const out: SelectionRange[] = [];
      for (const pos of params.positions ?? []) {
        checkCancelled(token);
        const chain = selectionRanges(e.an, toOffset(e.an, pos));
        let node: SelectionRange | undefined;
        for (let i = chain.length - 1; i >= 0; i--) node = { range: toRange(e.an, chain[i]), parent: node };
        out.push(node ?? { range: { start: pos, end: pos } });
      }
      return out;
    }));

    connection.onHover(ctx.guard('textDocument/hover', null as Hover | null, async (params) => {
      // Awaits first: an analysis held across an await may be consumed by the next version's update.
      // One language per UI: the hover's labels and messages are those of the diagnostics (with `auto`,
      // the client's UI language); only the quoted draft text stays in the draft's language.
      const lang = await ctx.messageLanguage(params.textDocument?.uri ?? null);
      const e = ctx.entry(params.textDocument?.uri);
      if (!e) return null;
      const prior = ctx.hooks.priorHover;
      const h = hover(e.an, toOffset(e.an, params.position), {
        lang,
        priorHover: prior ? (a, an) => prior(a, an, e.uri, lang) : undefined,
      });
      if (!h) return null;
      return {
        contents: markdown ? { kind: MarkupKind.Markdown, value: h.markdown } : { kind: MarkupKind.PlainText, value: h.markdown.replace(/\\(.)/g, '$1') },
        range: toRange(e.an, h.span),
      };
    }));

    connection.onFoldingRanges(ctx.guard('textDocument/foldingRange', [] as FoldingRange[], (params) => {
      const e = ctx.entry(params.textDocument?.uri);
      if (!e) return [];
      const lineOnly = caps.textDocument?.foldingRange?.lineFoldingOnly;
      const limit = caps.textDocument?.foldingRange?.rangeLimit;
      let list = foldingRanges(e.an);
      if (typeof limit === 'number' && limit > 0 && list.length > limit) list = list.slice(0, limit);
      return list.map((r) => {
        const f: FoldingRange = { startLine: r.startLine, endLine: r.endLine };
        const kind = toFoldingKind(r.kind);
        if (kind) f.kind = kind;
        void lineOnly;
        return f;
      });
    }));

    const makeLens = (uri: string, revision: number, an: Analysis, article: string, lang: import('../core/types').Lang): CodeLens | null => {
      const lens = lensForArticle(an, article);
      if (!lens) return null;
      const r = resolveCodeLens(an, lens, lang);
      const position = toRange(an, r.numberSpan).start;
      return {
        range: toRange(an, r.span),
        command: {
          title: r.title,
          command: r.count > 0 ? ClientCommands.showReferences : '',
          arguments: r.count > 0 ? [{ uri, position, locations: r.locations.map((s) => ({ uri, range: toRange(an, s) })) } satisfies ShowReferencesArgs] : undefined,
        },
        data: { uri, revision, article } satisfies LensData,
      };
    };

    connection.onCodeLens(ctx.guard('textDocument/codeLens', [] as CodeLens[], async (params, token) => {
      const lang = await ctx.messageLanguage(params.textDocument?.uri ?? null);
      const mode = (await ctx.getSettings(params.textDocument?.uri ?? null)).codeLensReferences;
      const e = ctx.entry(params.textDocument?.uri);
      if (!e) return [];
      const out: CodeLens[] = [];
      // Resolved eagerly (counting is cheap) so clients without resolve support still show titles;
      // by default only above the articles that are cited (atazan.codeLens.references).
      for (const l of visibleCodeLenses(e.an, mode, lang)) {
        checkCancelled(token);
        const lens = makeLens(e.uri, e.revision, e.an, l.article.number.text, lang);
        if (lens) out.push(lens);
      }
      return out;
    }));

    connection.onCodeLensResolve(ctx.guard('codeLens/resolve', null as unknown as CodeLens, async (lens) => {
      const blank = { ...lens, command: lens?.command ?? { title: '', command: '' } };
      try {
        if (lens.command) return lens;
        const data = lens.data as LensData | undefined;
        if (!data) return blank;
        const lang = await ctx.messageLanguage(typeof data.uri === 'string' ? data.uri : null);
        const e = ctx.entry(data.uri);
        if (!e) return blank;
        return makeLens(e.uri, e.revision, e.an, data.article, lang) ?? blank;
      } catch (err) {
        ctx.error(`[atazan] codeLens/resolve failed: ${err}`);
        return blank;
      }
    }));

    connection.languages.semanticTokens.on(ctx.guard('textDocument/semanticTokens/full', { data: [] as number[] }, (params) => {
      const e = ctx.entry(params.textDocument?.uri);
      if (!e) return { data: [] };
      return semanticTokens(e.an);
    }));

    void flattenSymbols;
  },
};
