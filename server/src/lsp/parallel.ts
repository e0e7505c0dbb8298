// Language versions of one act in the language server (issue 13): each open document is paired with its
// other language versions, compared unit by unit (core/parallel through the front door), and the
// divergences merged into both documents' diagnostics as an external problem list (like the prior's,
// lsp/prior.ts). Live: when one version is analysed again after an edit, every open version paired with
// it gets its problems recomputed and, if they changed, re-published (ctx.hooks.diagnosticsChanged).
//
// Pairing, in this order (all partners found are used):
// - the annotation `<!-- parallel: other-file -->` (a path relative to the document; several: a comma list);
// - the setting `atazan.parallel`: groups of workspace-relative paths, `[["a-ru.txt", "a-kk.txt"]]`;
// - the file name: `x.ru.const.txt` / `x.kk.const.txt`, `x-ru.txt` / `x-kk.txt`, `x_ru…` (ru, kk, en), side by side;
// - the bundled texts (`atazan-prior:/<id>/<lang>/…`): the same act's other languages, when open.
// Only open versions are paired: a draft checked alone is not compared with a file on disk it may be
// ahead of (open both to compare them; `atazan parallel` compares files).
//
// Also: the request `atazan/parallelUnit` (the same unit in the other version: the client's *Go to the
// Same Unit in the Other Language*) and a hover section on headings and paragraph numbers with the
// other version's text and a link that opens it beside.

import {
  compareParallel, counterpartAt, escapeMarkdown, lexicon, parallelProblems, parallelTable, parallelTableHtml, parallelTableJson,
  parallelTableMarkdown, parallelTitle, requestError, type Analysis, type Lang, type ParallelTable, type Problem, type Unit,
} from '../core';
import {
  ClientCommands, PRIOR_SCHEME, Requests, type ParallelTableParams, type ParallelTableResult, type ParallelUnitArgs, type ParallelUnitParams,
  type ParallelUnitResult,
} from '../core/protocol';
import { parallelDocx } from '../host/node';
import { filePath } from './billBinding';
import type { ServerContext, ServerExtension } from './context';

const SOURCE = 'parallel';
const LANGS: readonly Lang[] = ['ru', 'kk', 'en'];

/** The file-name variants of `uri` in the other languages: «-ru.» → «-kk.», «.ru.» → «.kk.», … */
export function siblingUris(uri: string): string[] {
  const slash = uri.lastIndexOf('/');
  const dir = uri.slice(0, slash + 1);
  const name = uri.slice(slash + 1);
  const out: string[] = [];
  const re = /(^|[.\-_])(ru|kk|en)(?=[.\-_])/gi;
  for (const m of name.matchAll(re)) {
    const at = m.index! + m[1].length;
    const own = m[2].toLowerCase();
    for (const l of LANGS) {
      if (l === own) continue;
      const other = m[2] === m[2].toUpperCase() ? l.toUpperCase() : l;
      out.push(dir + name.slice(0, at) + other + name.slice(at + 2));
    }
  }
  if (uri.startsWith(PRIOR_SCHEME + ':')) {
    // atazan-prior:/<id>/<lang>/<name>: the other languages of the same act (their file names differ: matched by prefix).
    const m = /^([^/]*:\/[^/]+\/)(ru|kk|en)\//.exec(uri);
    if (m) for (const l of LANGS) if (l !== m[2]) out.push(`${m[1]}${l}/`);
  }
  return out;
}

/** Paths of `<!-- parallel: a, b -->` annotations, resolved against the document's URI. */
export function annotatedUris(uri: string, an: Analysis): string[] {
  const out: string[] = [];
  for (const c of an.doc.comments) {
    const m = /^<!--\s*parallel\s*:\s*([^>]*?)\s*(?:-->)?$/i.exec(c.text.trim());
    if (!m) continue;
    for (const p of m[1].split(',').map((x) => x.trim()).filter(Boolean)) {
      try {
        out.push(new URL(p.split('/').map(encodeURIComponent).join('/'), uri).toString());
      } catch {
        // not a path
      }
    }
  }
  return out;
}

/** The same key for equal file URIs written differently (case of the drive letter, escapes). */
const norm = (uri: string) => {
  const p = filePath(uri);
  return p ? 'file:' + p.replace(/^[a-z]:/, (d) => d.toUpperCase()) : uri;
};

export const parallelExtension: ServerExtension = {
  id: 'parallel',
  register(ctx) {
    const { service } = ctx;
    /** Per document: the stamp of its parallel problems (changes when they do). */
    const stamps = new Map<string, { sig: string; n: number }>();
    /** Settings groups, by the document they were read for. */
    let groups: string[][] = [];
    let busy = false;

    const readGroups = async () => {
      const s = await ctx.getSettings(null);
      const v = s.raw?.parallel;
      groups = Array.isArray(v) ? v.filter(Array.isArray).map((g: unknown[]) => g.filter((x): x is string => typeof x === 'string')) : [];
    };
    void readGroups().catch(() => {});
    ctx.hooks.configurationChanged.push(() => {
      void readGroups().then(() => { for (const u of service.uris()) recompute(u, true); }, () => {});
    });

    /** Workspace-relative paths of the setting's group holding `uri`, as URIs. */
    const groupUris = (uri: string): string[] => {
      const p = filePath(uri);
      if (!p || !groups.length) return [];
      const out: string[] = [];
      for (const folder of ctx.workspace.folderPaths) {
        const base = folder.endsWith('/') ? folder : folder + '/';
        if (!p.startsWith(base)) continue;
        const rel = p.slice(base.length);
        for (const g of groups) {
          if (!g.includes(rel)) continue;
          for (const other of g) if (other !== rel) out.push(ctx.workspace.uriOf(base + other));
        }
      }
      return out;
    };

    /** The open documents paired with `uri`. */
    const partners = (uri: string, an: Analysis): string[] => {
      const open = new Map(service.uris().map((u) => [norm(u), u]));
      const wanted = [...annotatedUris(uri, an), ...groupUris(uri), ...siblingUris(uri)];
      const out: string[] = [];
      const seen = new Set<string>([norm(uri)]);
      for (const w of wanted) {
        let u = open.get(norm(w));
        if (!u && w.endsWith('/') && w.startsWith(PRIOR_SCHEME)) u = service.uris().find((x) => x.startsWith(w));
        if (!u || seen.has(norm(u))) continue;
        seen.add(norm(u));
        out.push(u);
      }
      return out;
    };

    /** The current analysis of an open partner. */
    const withPartner = <T>(uri: string, fn: (an: Analysis) => T): T | undefined => service.read(uri, fn) ?? undefined;

    /** Recomputes `uri`'s parallel problems against every partner; re-publishes them if they changed (`announce`). */
    const recompute = (uri: string, announce: boolean): void => {
      service.read(uri, (an) => {
        const problems: Problem[] = [];
        for (const p of partners(uri, an)) {
          withPartner(p, (other) => {
            // The same text open twice (a copy): nothing to compare. Lengths first: `text` builds the whole string.
            if (other.doc.lang === an.doc.lang && other.source.length === an.source.length && other.text === an.text) return;
            problems.push(...parallelProblems(compareParallel(an, other), 'a'));
          });
        }
        service.setProblems(uri, SOURCE, problems);
        // (With the data: the place in the partner a problem points to moves when the partner is edited.)
        const sig = problems.map((x) => `${x.code}:${x.span.start}:${x.span.end}:${JSON.stringify(x.args)}:${JSON.stringify(x.data ?? null)}`).join('|');
        const st = stamps.get(uri);
        if (st && st.sig === sig) return;
        // The first problems of a document keep stamp 0 (its first pull's result id was made before them).
        stamps.set(uri, { sig, n: st ? st.n + 1 : 0 });
        if (announce && st) ctx.hooks.diagnosticsChanged?.(uri);
      });
    };

    service.onDidAnalyse((uri, an) => {
      if (!an) {
        stamps.delete(uri);
        // The partners lose this version's problems.
        for (const u of service.uris()) if (u !== uri) setTimeout(() => recompute(u, true), 0);
        return;
      }
      // A document analysed while another's analysis is handled (read by it: a partner, or any open
      // document the loop below reads) gets its turn after that one, not never: before, a pair opened
      // while another document had an edit pending lost its parallel problems until its next edit.
      queued.add(uri);
      if (busy) return;
      busy = true;
      try {
        for (let next = first(queued); next !== undefined; next = first(queued)) {
          queued.delete(next);
          handle(next, next !== uri);
        }
      } finally {
        busy = false;
        queued.clear();
      }
    });
    /** Documents analysed and not handled yet, in order. */
    const queued = new Set<string>();
    const first = (set: Set<string>): string | undefined => {
      for (const x of set) return x;
      return undefined;
    };
    /** `uri`'s problems, and those of every open version paired with it (they depend on its text). */
    const handle = (uri: string, announce: boolean): void => {
      // The document analysed: its own diagnostics follow (pulled or published for the new version); one
      // queued behind it is announced if its problems changed (it may have been pulled before).
      recompute(uri, announce);
      const mine = norm(uri);
      for (const u of service.uris()) {
        if (u === uri) continue;
        const related = service.read(u, (a) => partners(u, a).some((p) => norm(p) === mine)) ?? false;
        if (related) recompute(u, true);
      }
    };
    ctx.hooks.diagnosticsStamp = (uri) => String(stamps.get(uri)?.n ?? 0);

    /** The other version's unit at the same place as the unit at `offset` of `uri`. */
    const counterpart = (uri: string, offset: number, only?: string): { uri: string; an: Analysis; unit: Unit } | null => {
      return service.read(uri, (an) => {
        for (const p of partners(uri, an)) {
          if (only && norm(p) !== norm(only)) continue;
          const hit = withPartner(p, (other) => {
            const unit = counterpartAt(compareParallel(an, other), an, offset);
            return unit ? { uri: p, an: other, unit } : null;
          });
          if (hit) return hit;
        }
        return null;
      }) ?? null;
    };

    ctx.connection.onRequest(Requests.parallelUnit, ctx.guard(Requests.parallelUnit, null as ParallelUnitResult, (params: ParallelUnitParams) => {
      const uri = params?.textDocument?.uri;
      const lines = typeof uri === 'string' ? service.lines(uri) : null;
      if (!uri || !lines || !params.position) return null;
      const hit = counterpart(uri, lines.offsetAt(params.position), params.other);
      if (!hit) return null;
      const li = hit.an.lineIndex;
      return { uri: hit.uri, lang: hit.an.doc.lang, range: { start: li.positionAt(hit.unit.headSpan.start), end: li.positionAt(hit.unit.headSpan.end) } };
    }));

    // The side-by-side view (*Compare Language Versions*) and its export: the document and its first paired
    // version (or the one asked for), unit by unit, divergences worded in the UI language.
    ctx.connection.onRequest(Requests.parallelTable, ctx.guard(Requests.parallelTable, null as ParallelTableResult, async (params: ParallelTableParams) => {
      const uri = params?.uri;
      if (typeof uri !== 'string' || !service.lines(uri)) return null;
      const format = params.format;
      if (format !== 'md' && format !== 'html' && format !== 'json' && format !== 'docx') {
        throw new Error(requestError('unknownFormat', { format: String(format) }, await ctx.messageLanguage(uri)));
      }
      const ui = await ctx.messageLanguage(uri);
      const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
      const made = service.read(uri, (an) => {
        const other = partners(uri, an).find((p) => !params.other || norm(p) === norm(params.other));
        if (!other) return null;
        const t = withPartner(other, (b) => parallelTable(compareParallel(an, b), an, b, ui));
        return t ? { t, other } : null;
      });
      if (!made) return null;
      const t: ParallelTable = made.t;
      const title = parallelTitle(t, ui, name);
      const base = { title, other: made.other, rows: t.rows.length, diverging: t.diverging };
      if (format === 'docx') return { ...base, base64: (await parallelDocx(t, ui, title)).toString('base64') };
      const text = format === 'html' ? parallelTableHtml(t, ui, title) : format === 'md' ? parallelTableMarkdown(t, ui, title) : parallelTableJson(t, title);
      return { ...base, text };
    }));

    // Hover: the other version's text of the heading or paragraph, with a link that opens it beside.
    const prev = ctx.hooks.priorHover;
    ctx.hooks.priorHover = (unit, an, uri, lang) => {
      const own = prev ? prev(unit, an, uri, lang) : null;
      const hit = counterpart(uri, unit.headSpan.start);
      if (!hit) return own;
      const lex = lexicon(lang).parallel;
      const li = hit.an.lineIndex;
      const args: ParallelUnitArgs = { uri: hit.uri, range: { start: li.positionAt(hit.unit.headSpan.start), end: li.positionAt(hit.unit.headSpan.end) } };
      const link = `command:${ClientCommands.parallelUnit}?${encodeURIComponent(JSON.stringify([args]))}`;
      const text = hit.an.text.slice(hit.unit.headSpan.start, hit.unit.headSpan.end);
      const body = hit.unit.kind === 'article' || hit.unit.kind === 'section' || hit.unit.kind === 'chapter'
        ? firstBodyLine(hit.an, hit.unit) : '';
      const section = `**${escapeMarkdown(lex.titles[hit.an.doc.lang])}** · [${escapeMarkdown(lex.open)}](${link})\n\n> ${escapeMarkdown(text)}${body ? `\n>\n> ${escapeMarkdown(body)}` : ''}`;
      return own ? `${own}\n\n---\n\n${section}` : section;
    };
  },
};

/** The first line after an article's heading (one line of its text in the hover), cut at 300 characters. */
function firstBodyLine(an: Analysis, unit: Unit): string {
  if (unit.kind !== 'article') return '';
  const l = unit.lines[0];
  if (!l) return '';
  const t = an.text.slice(l.start, l.end);
  return t.length > 300 ? t.slice(0, 300) + '…' : t;
}
