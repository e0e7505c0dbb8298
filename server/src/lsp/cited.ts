// The Constitution that laws, codes and other acts cite (issue 12): setting `atazan.constitution` (a
// bundled act's id, default kz-2026, or a workspace-relative path), overridden in a file by
// `<!-- cites: kz-1995 -->`. This extension registers the core service's provider: it loads the act with
// the prior's loader (bundled texts, or a workspace file in a trusted workspace) and names it by the
// read-only virtual document the client shows the prior in (atazan-prior:/<id>/<lang>/…).

import {
  analyze, bundledAct, citesOf, localiseTarget, migrationPlan, titleKeys, type Analysis, type CitedAct, type CitedProvider, type Lang,
  type LineIndex, type MigrationPlan, type NamedActProvider,
} from '../core';
import { PRIOR_SCHEME, Requests, type MigrationFile, type MigrationPlanParams, type MigrationPlanResult } from '../core/protocol';
import { toRange } from './convert';
import { createPriorSource } from '../host/node';
import type { ServerContext, ServerExtension } from './context';
import { initialTrust } from './prior';

/** The Constitution cited when `atazan.constitution` is not set. */
export const DEFAULT_CONSTITUTION = 'kz-2026';

/** The virtual document of a bundled act or a path (client/src/extension.ts `priorUri` builds the same). */
export function actUri(id: string, lang: Lang): string {
  const base = id.split(/[\\/]/).pop() || id;
  const name = `${base.replace(/\.(const\.txt|const\.md|constitution|txt|md)$/i, '')} (${lang})`;
  return `${PRIOR_SCHEME}:/${encodeURIComponent(encodeURIComponent(id))}/${lang}/${encodeURIComponent(name)}.constitution`;
}

function settingOf(raw: Record<string, unknown>): string {
  const v = raw.constitution;
  return typeof v === 'string' && v.trim() ? v.trim() : DEFAULT_CONSTITUTION;
}

export const citedExtension: ServerExtension = {
  id: 'cited',
  register(ctx: ServerContext) {
    const source = createPriorSource();
    const start = initialTrust(ctx.initializeParams.initializationOptions);
    const trusted = () => ctx.hooks.workspaceTrusted?.() ?? start;
    /** `atazan.constitution` per document ('' = the last one read), for the synchronous provider. */
    const snapshot = new Map<string, string>();
    const load = (id: string, lang: Lang): CitedAct | null => {
      const r = source.load(id, lang, { folders: ctx.workspace.folderPaths, trusted: trusted() });
      return r.ok ? { id: r.id, label: bundledAct(r.id)?.label ?? r.id, uri: actUri(r.id, r.lang), an: r.analysis } : null;
    };
    // A file bound to another edition by `<!-- cites: … -->` cites that one, and is migrated to the setting's.
    const provider: CitedProvider = (uri, annotation, lang) => {
      const setting = snapshot.get(uri) ?? snapshot.get('') ?? DEFAULT_CONSTITUTION;
      const act = load(annotation ?? setting, lang);
      if (!act) return null;
      if (!annotation || annotation === setting) {
        // Citing the newer edition: its citations that still follow the older numbering are flagged.
        const prev = bundledAct(act.id)?.previous;
        const previous = prev ? load(prev, lang) : null;
        return previous ? { ...act, previous } : act;
      }
      const next = load(setting, lang);
      return next && next.an !== act.an ? { ...act, next } : act;
    };
    ctx.service.setCitedConstitution(provider);
    /** Reads a document's setting; when it names another act, the citations are checked again. */
    const readSetting = (uri: string) => {
      void ctx.getSettings(uri).then((s) => {
        const v = settingOf(s.raw);
        const had = snapshot.get(uri);
        snapshot.set(uri, v);
        snapshot.set('', v);
        if (had === v) return;
        if (had === undefined && v === DEFAULT_CONSTITUTION) return;
        ctx.service.setCitedConstitution(provider);
        ctx.refresh();
      }, () => {});
    };
    // Acts cited by name («статьи 5 Конституционного закона «О выборах …»»): an open document or a draft on
    // disk whose first lines carry that title (core/features/named.ts). Drafts on disk are indexed once,
    // on the first look-up (and again after a configuration change).
    const onDiskActs = new Map<string, { uri: string; an: Analysis }>();
    const openCopies = new Map<string, { text: string; an: Analysis }>();
    let indexed: 'no' | 'running' | 'done' = 'no';
    /** The last index found acts (an edit that removed the last one must still re-check the citations). */
    let hadActs = false;
    /** A file changed on disk while indexing: index again when done. */
    let stale = false;
    const indexDisk = async () => {
      indexed = 'running';
      stale = false;
      try {
        const found = new Map<string, { uri: string; an: Analysis }>();
        for (const f of await ctx.workspace.listFiles()) {
          const an = await ctx.workspace.analysis(f);
          if (!an) continue;
          for (const k of titleKeys(an)) if (!found.has(k)) found.set(k, { uri: ctx.workspace.uriOf(f), an });
        }
        onDiskActs.clear();
        for (const [k, v] of found) onDiskActs.set(k, v);
      } catch {
        // no drafts on disk: open documents only
      }
      indexed = 'done';
      if (onDiskActs.size > 0 || hadActs) {
        hadActs = onDiskActs.size > 0;
        ctx.service.setNamedActs(named);
        ctx.refresh();
      }
      if (stale) void indexDisk();
    };
    // An act on disk edited, added or deleted: the drafts are indexed again (their analyses are cached by
    // modification time, so only the changed files are read), and the citations checked again.
    ctx.hooks.watchedFilesChanged.push(() => {
      if (indexed === 'running') stale = true;
      else if (indexed === 'done') void indexDisk();
    });
    const named: NamedActProvider = (key, asking) => {
      if (indexed === 'no') void indexDisk();
      for (const uri of ctx.service.uris()) {
        if (uri === asking || uri.startsWith(PRIOR_SCHEME + ':')) continue;
        if (!(ctx.service.read(uri, (an) => titleKeys(an).includes(key)) ?? false)) continue;
        // A copy of the open act's analysis (the service's own may not be kept).
        const text = ctx.service.text(uri) ?? '';
        let c = openCopies.get(uri);
        if (!c || c.text !== text) openCopies.set(uri, (c = { text, an: analyze(text) }));
        return { id: uri, label: key, uri, an: c.an };
      }
      const d = onDiskActs.get(key);
      return d && d.uri !== asking && !ctx.service.isOpen(d.uri) ? { id: d.uri, label: key, uri: d.uri, an: d.an } : null;
    };
    ctx.service.setNamedActs(named);
    ctx.service.onDidAnalyse((uri, an) => {
      if (!an) {
        snapshot.delete(uri);
        if (openCopies.delete(uri)) ctx.service.setNamedActs(named);
        return;
      }
      // An act others may cite by name changed: their citations are resolved again.
      if (citesOf(an.doc).act && titleKeys(an).length > 0 && !uri.startsWith(PRIOR_SCHEME + ':')) ctx.service.setNamedActs(named);
      if (!snapshot.has(uri) && !uri.startsWith(PRIOR_SCHEME + ':')) readSetting(uri);
    });
    /** A plan as the client applies it: ranges, labels in the UI language. */
    const asFile = (uri: string, version: number | null, text: string, lines: LineIndex, plan: MigrationPlan, lang: Lang): MigrationFile => ({
      uri, version,
      edits: plan.rewrites.flatMap((r) => r.edits.map((e) => ({
        range: toRange(lines, e.span), newText: e.newText, label: `${text.slice(r.span.start, r.span.end)} → ${localiseTarget(r.to.join(', '), lang)}`,
      }))),
      left: plan.left.map((l) => ({ range: toRange(lines, l.span), citation: text.slice(l.span.start, l.span.end), reason: l.reason })),
    });
    /** A draft on disk: migrated when its annotation names another edition than its setting. */
    const onDisk = async (uri: string, an: Analysis): Promise<MigrationPlan | null> => {
      const from = citesOf(an.doc).annotation?.value;
      const to = settingOf((await ctx.getSettings(uri)).raw);
      if (!from || from === to) return null;
      const a = load(from, an.lang), b = load(to, an.lang);
      return a && b && a.an !== b.an ? migrationPlan(an, a.an, b.an) : null;
    };
    ctx.connection.onRequest(Requests.migrationPlan, ctx.guard(Requests.migrationPlan, { files: [] } as MigrationPlanResult, async (params: MigrationPlanParams) => {
      const files: MigrationFile[] = [];
      const seen = new Set<string>();
      const wanted = new Set(Array.isArray(params?.uris) ? params.uris.filter((u) => typeof u === 'string') : []);
      if (params?.workspace) for (const e of ctx.openEntries()) wanted.add(e.uri);
      for (const uri of wanted) {
        const e = ctx.entry(uri);
        if (!e) continue;
        seen.add(uri);
        const lang = await ctx.messageLanguage(uri);
        const plan = ctx.service.migration(uri);
        const lines = ctx.service.lines(uri);
        const text = ctx.service.text(uri);
        if (plan && lines && text !== null && (plan.rewrites.length || plan.left.length)) files.push(asFile(uri, e.version, text, lines, plan, lang));
      }
      if (params?.workspace) {
        for (const file of await ctx.workspace.listFiles()) {
          const uri = ctx.workspace.uriOf(file);
          if (seen.has(uri)) continue;
          const an = await ctx.workspace.analysis(file);
          if (!an || !citesOf(an.doc).act) continue;
          const plan = await onDisk(uri, an);
          if (plan && (plan.rewrites.length || plan.left.length)) files.push(asFile(uri, null, an.text, an.lineIndex, plan, await ctx.messageLanguage(uri)));
        }
      }
      return { files };
    }));
    ctx.hooks.configurationChanged.push(() => {
      source.clear();
      indexed = 'no';
      ctx.service.setNamedActs(named);
      const uris = [...snapshot.keys()].filter((u) => u !== '');
      snapshot.clear();
      ctx.service.setCitedConstitution(provider);
      for (const uri of uris) readSetting(uri);
    });
  },
};
