// Diagnostics: pulled (textDocument/diagnostic, workspace/diagnostic) when the client can pull, pushed
// (textDocument/publishDiagnostics, debounced) otherwise.

import {
  DocumentDiagnosticReportKind, type ClientCapabilities, type Diagnostic, type DocumentDiagnosticReport,
  type ServerCapabilities, type WorkspaceDiagnosticReport, type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { diagnostics as coreDiagnostics, type Analysis, type Lang } from '../core';
import type { ServerContext, ServerExtension } from './context';
import type { AtazanSettings } from './settings';
import { toDiagnostic } from './convert';
import { checkCancelled } from './safe';

export function canPullDiagnostics(c: ClientCapabilities): boolean {
  return !!c.textDocument?.diagnostic;
}

/** The settings diagnostics depend on. */
async function options(ctx: ServerContext, uri: string): Promise<{ lang: Lang; severity: AtazanSettings['severity'] }> {
  const s = await ctx.getSettings(uri);
  return { lang: await ctx.messageLanguage(uri), severity: s.severity };
}

type Options = { lang: Lang; severity: AtazanSettings['severity'] };

/** The diagnostics of an open document (with the problems other features supplied to the service). */
function ofDocument(ctx: ServerContext, uri: string, o: Options): Diagnostic[] {
  const list = ctx.service.diagnostics(uri, o);
  const lines = ctx.service.lines(uri);
  return lines ? list.map((d) => toDiagnostic(lines, d)) : [];
}

/** The diagnostics of a draft on disk (not open). */
function ofDisk(an: Analysis, o: Options): Diagnostic[] {
  return coreDiagnostics(an, o).map((d) => toDiagnostic(an.lineIndex, d));
}

/** Result ids change with the document revision (never the client's version) and the settings generation. */
let generation = 0;

export const diagnosticsExtension: ServerExtension = {
  id: 'diagnostics',
  capabilities(client): ServerCapabilities {
    if (!canPullDiagnostics(client)) return {};
    return { diagnosticProvider: { identifier: 'atazan', interFileDependencies: false, workspaceDiagnostics: true } };
  },
  register(ctx) {
    const { connection, documents } = ctx;
    const pull = canPullDiagnostics(ctx.clientCapabilities);
    if (pull) {
      connection.languages.diagnostics.on(ctx.guard('textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] } as DocumentDiagnosticReport, async (params, token) => {
        const uri = params.textDocument?.uri;
        if (typeof uri !== 'string' || !ctx.documents.get(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const o = await options(ctx, uri);
        const e = ctx.entry(uri);
        if (!e) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const resultId = `${generation}:${e.revision}:${ctx.hooks.diagnosticsStamp?.(uri) ?? ''}`;
        if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
        checkCancelled(token);
        return { kind: DocumentDiagnosticReportKind.Full, resultId, items: ofDocument(ctx, uri, o) };
      }));
      connection.languages.diagnostics.onWorkspace(ctx.guard('workspace/diagnostic', { items: [] } as WorkspaceDiagnosticReport, async (params, token) => {
        // Drafts on disk that are not open (open ones are pulled per document).
        const previous = new Map((params.previousResultIds ?? []).map((p) => [p.uri, p.value]));
        const open = new Set(ctx.openEntries().map((e) => e.uri));
        const items: WorkspaceDocumentDiagnosticReport[] = [];
        const files = await ctx.workspace.listFiles(token);
        for (const f of files) {
          checkCancelled(token);
          const uri = ctx.workspace.uriOf(f);
          if (open.has(uri)) continue;
          const an = await ctx.workspace.analysis(f);
          if (!an) continue;
          const resultId = `${generation}:disk:${an.text.length}:${hash(an.text)}`;
          if (previous.get(uri) === resultId) {
            items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId });
          } else {
            items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: ofDisk(an, await options(ctx, uri)) });
          }
        }
        return { items };
      }));
    } else {
      // Push model, debounced per document.
      const timers = new Map<string, NodeJS.Timeout>();
      const push = (uri: string) => {
        const old = timers.get(uri);
        if (old) clearTimeout(old);
        timers.set(uri, setTimeout(() => {
          timers.delete(uri);
          if (!ctx.documents.get(uri)) return;
          options(ctx, uri).then((o) => {
            const e = ctx.entry(uri);
            if (!e) return;
            return connection.sendDiagnostics({ uri, version: e.version, diagnostics: ofDocument(ctx, uri, o) });
          }).catch((err) => ctx.error(`[atazan] publishing diagnostics for ${uri} failed: ${err}`));
        }, 150));
      };
      documents.onDidChangeContent((ev) => push(ev.document.uri));
      documents.onDidClose((ev) => {
        const t = timers.get(ev.document.uri);
        if (t) clearTimeout(t);
        timers.delete(ev.document.uri);
        connection.sendDiagnostics({ uri: ev.document.uri, diagnostics: [] }).catch(() => {});
      });
      ctx.hooks.configurationChanged.push(() => {
        for (const e of ctx.openEntries()) push(e.uri);
      });
      ctx.hooks.diagnosticsChanged = (uri) => push(uri);
    }
    if (pull) {
      // Another document's edit changed this one's problems: the client pulls again (debounced).
      let timer: NodeJS.Timeout | null = null;
      ctx.hooks.diagnosticsChanged = () => {
        if (timer) return;
        timer = setTimeout(() => {
          timer = null;
          if (ctx.clientCapabilities.workspace?.diagnostics?.refreshSupport) {
            void connection.sendRequest('workspace/diagnostic/refresh').catch(() => {});
          }
        }, 50);
      };
    }
    ctx.hooks.configurationChanged.push(() => {
      generation++;
    });
  },
};

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}
