// Editing features over the renumbering core (server/src/core/features/{renumber,codeActions,completion}.ts):
// quick fixes, rename of a unit number (with every reference), completion of unit numbers, and the
// command `atazan.server.renumberPreview` the VS Code client calls before asking for confirmation.

import {
  CompletionItemKind, LSPErrorCodes, ResponseError,
  type CodeAction as LspCodeAction, type CompletionItem as LspCompletionItem, type CompletionList,
  type PrepareRenameResult, type ServerCapabilities, type SnippetTextEdit, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import {
  editMessage, escapeMarkdown, repointedMessage, repointedSummary, type Edit, type Problem, type RenumberPlan,
} from '../core';
import { ServerCommands, type RenumberPreview, type RenumberPreviewArgs } from '../core/protocol';
import type { ServerContext, ServerExtension } from './context';
import { exactOffset, toOffset, toRange, type Lines } from './convert';

function textEdits(lines: Lines, edits: Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(lines, e.span), newText: e.newText }));
}

/** Snippet syntax: `$`, `}` and `\` are escaped wherever they occur in the text. */
function escapeSnippet(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}

/** An edit with placeholders as an LSP 3.18 snippet edit: the text with `${1:…}`, `${2:…}` around them. */
function snippetEdit(lines: Lines, e: Edit): SnippetTextEdit {
  let value = '';
  let pos = 0;
  (e.placeholders ?? []).forEach((p, i) => {
    value += escapeSnippet(e.newText.slice(pos, p.start)) + `\${${i + 1}:${escapeSnippet(e.newText.slice(p.start, p.end))}}`;
    pos = p.end;
  });
  value += escapeSnippet(e.newText.slice(pos));
  return { range: toRange(lines, e.span), snippet: { kind: 'snippet', value } };
}

/**
 * The edits as a WorkspaceEdit. With `snippets` (code actions), edits with placeholders become snippet
 * edits when the client takes them (`workspace.workspaceEdit.snippetEditSupport`, LSP 3.18; they exist
 * only in `documentChanges`): the client puts the cursor in the first placeholder. Else plain TextEdits.
 */
function workspaceEdit(uri: string, version: number, lines: Lines, edits: Edit[], ctx: ServerContext, snippets = false): WorkspaceEdit {
  const te = textEdits(lines, edits);
  const caps = ctx.clientCapabilities.workspace?.workspaceEdit;
  if (caps?.documentChanges) {
    const withSnippets = snippets && !!caps.snippetEditSupport;
    return { documentChanges: [{ textDocument: { uri, version }, edits: edits.map((e, i) => (withSnippets && e.placeholders?.length ? snippetEdit(lines, e) : te[i])) }] };
  }
  return { changes: { [uri]: te } };
}

function isError(x: unknown): x is { error: string; code: string; args: Record<string, string | number> } {
  return !!x && typeof x === 'object' && 'error' in x && 'code' in x;
}

export const editingExtension: ServerExtension = {
  id: 'editing',
  capabilities(client): ServerCapabilities {
    return {
      codeActionProvider: { codeActionKinds: ['quickfix', 'refactor'] },
      renameProvider: client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
      completionProvider: { triggerCharacters: [' ', '-', ','], resolveProvider: false },
      executeCommandProvider: { commands: [ServerCommands.renumberPreview] },
    };
  },
  register(ctx) {
    const { connection } = ctx;

    connection.onCodeAction(ctx.guard('textDocument/codeAction', [] as LspCodeAction[], async (params, token) => {
      const lang = await ctx.messageLanguage(params.textDocument?.uri ?? null);
      const e = ctx.entry(params.textDocument?.uri);
      const lines = ctx.service.lines(e?.uri ?? '');
      if (!e || !lines) return [];
      const start = toOffset(lines, params.range?.start);
      const end = toOffset(lines, params.range?.end);
      // The client's diagnostics, matched to the problems of this version by code and range; else every
      // problem touching the selection.
      const wanted = params.context?.diagnostics ?? [];
      const problems: { p: Problem; d?: (typeof wanted)[number] }[] = [];
      for (const p of ctx.service.problems(e.uri)) {
        if (token.isCancellationRequested) break;
        const d = wanted.find((w) => w.code === p.code && toOffset(lines, w.range.start) === p.span.start && toOffset(lines, w.range.end) === p.span.end);
        if (d || (wanted.length === 0 && p.span.start <= end && start <= p.span.end)) problems.push({ p, d });
      }
      const only = params.context?.only;
      const out: LspCodeAction[] = [];
      for (const { p, d } of problems) {
        for (const a of ctx.service.codeActions(e.uri, p, lang)) {
          if (only && !only.some((k) => a.kind === k || a.kind.startsWith(k + '.'))) continue;
          out.push({
            title: a.title, kind: a.kind, isPreferred: a.isPreferred, diagnostics: d ? [d] : undefined,
            edit: workspaceEdit(e.uri, e.version, lines, a.edits, ctx, true),
          });
        }
      }
      return out;
    }));

    connection.onPrepareRename(ctx.guard('textDocument/prepareRename', null as PrepareRenameResult | null, async (params) => {
      const e = ctx.entry(params.textDocument?.uri);
      const lines = ctx.service.lines(e?.uri ?? '');
      if (!e || !lines) return null;
      const r = ctx.service.prepareRename(e.uri, exactOffset(lines, params.position));
      if (!r) return null;
      if (isError(r)) throw new ResponseError(LSPErrorCodes.RequestFailed, editMessage(r.code, r.args, await ctx.messageLanguage(e.uri)));
      return { range: toRange(lines, r.span), placeholder: r.placeholder };
    }));

    connection.onRenameRequest(ctx.guard('textDocument/rename', null as WorkspaceEdit | null, async (params) => {
      const e = ctx.entry(params.textDocument?.uri);
      const lines = ctx.service.lines(e?.uri ?? '');
      if (!e || !lines) return null;
      const r = ctx.service.rename(e.uri, exactOffset(lines, params.position), String(params.newName ?? ''));
      if (!r) return null;
      if (isError(r)) throw new ResponseError(LSPErrorCodes.RequestFailed, editMessage(r.code, r.args, await ctx.messageLanguage(e.uri)));
      return workspaceEdit(e.uri, e.version, lines, r.edits, ctx);
    }));

    connection.onCompletion(ctx.guard('textDocument/completion', null as CompletionList | null, (params) => {
      const uri = params.textDocument?.uri;
      const lines = ctx.service.lines(uri);
      if (!lines) return null;
      const offset = toOffset(lines, params.position);
      const details = !!ctx.clientCapabilities.textDocument?.completion?.completionItem?.labelDetailsSupport;
      const items: LspCompletionItem[] = ctx.service.completions(uri, offset).map((c) => {
        const item: LspCompletionItem = {
          label: c.label,
          // The unit's first words in the list row itself, not only in the detail pane.
          ...(details ? { labelDetails: { description: c.description } } : {}),
          detail: c.detail,
          kind: c.kind === 'article' ? CompletionItemKind.Class : c.kind === 'paragraph' ? CompletionItemKind.Field : CompletionItemKind.EnumMember,
          sortText: c.sortText,
          filterText: c.filterText,
        };
        // Draft text, escaped: the client renders Markdown (and a subset of HTML) here.
        if (c.documentation) item.documentation = { kind: 'markdown', value: escapeMarkdown(c.documentation) };
        if (c.replace) item.textEdit = { range: toRange(lines, c.replace), newText: c.insertText };
        else item.insertText = c.insertText;
        return item;
      });
      // Incomplete: the list depends on what is typed after the unit word (a number's prefix, never the
      // number itself; a word of the unit's text), so the client asks again at each keystroke.
      return { isIncomplete: true, items };
    }));

    connection.onExecuteCommand(ctx.guard('workspace/executeCommand', null as unknown, async (params) => {
      if (params.command !== ServerCommands.renumberPreview) return null;
      const arg = (params.arguments?.[0] ?? {}) as Partial<RenumberPreviewArgs>;
      const lang = await ctx.messageLanguage(typeof arg.uri === 'string' ? arg.uri : null);
      const e = ctx.entry(arg.uri);
      const lines = ctx.service.lines(e?.uri ?? '');
      if (!e || !lines) return null;
      let paragraphsOf: string | undefined;
      if (arg.paragraphs) {
        paragraphsOf = (arg.position !== undefined ? ctx.service.articleAt(e.uri, exactOffset(lines, arg.position)) : null) ?? undefined;
      }
      const shape = (plan: RenumberPlan): RenumberPreview<WorkspaceEdit> => ({
        map: plan.map.map((m) => ({ old: m.old, new: m.new, kind: m.kind, line: m.line })),
        edit: plan.edits.length ? workspaceEdit(e.uri, e.version, lines, plan.edits, ctx) : null,
        references: plan.references,
        warnings: plan.warnings.map((w) => ({ range: toRange(lines, w.span), code: w.code, message: w.args ? editMessage(w.code, w.args, lang) : w.message })),
        // Citations the edit would make cite another unit (or start / stop resolving): the client lists
        // them and asks; its default is the safe variant.
        repointedSummary: plan.repointed.length > 0 ? repointedSummary(plan.repointed, lang) : undefined,
        repointed: plan.repointed.map((r) => ({ range: toRange(lines, r.span), line: r.line, reference: r.reference, message: repointedMessage(r, lang) })),
      });
      const plan = ctx.service.renumberPlan(e.uri, { paragraphsOf, inserted: !!arg.insertions });
      if (!plan) return null;
      const out = shape(plan);
      if (plan.repointed.length > 0) {
        // The same renumbering, giving no unit a number that an unresolved citation names.
        const safe = ctx.service.renumberPlan(e.uri, { paragraphsOf, inserted: !!arg.insertions, keepUnresolved: true });
        if (safe) out.safe = shape(safe);
      }
      return out;
    }));
  },
};
