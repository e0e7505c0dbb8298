// Loading prior constitutions from disk: the bundled acts in data/priors (the files the registry,
// core/acts.ts, lists) and, in a trusted workspace, a text inside a workspace folder named by the
// `atazan.prior` setting.
// The file-system adapter around the pure core (core/prior/compare.ts).
//
// Security of a path from settings:
//   - never read in an untrusted workspace (the check happens before any file-system call);
//   - relative paths resolve against the workspace folders; absolute paths are accepted only if
//     they lie inside a workspace folder;
//   - the lexical path must stay inside the folder (`..` escapes are refused), and so must its
//     real path (a symlink pointing outside is refused);
//   - directories, files over 10 MB, binary (NUL) and non-UTF-8 files, and texts in which no
//     article heading is found are refused with a one-line reason. Nothing here throws.

import * as fs from 'fs';
import * as path from 'path';
import {
  actFile, BUNDLED_ACTS, bundledAct, bundledIds, DEFAULT_PRIOR, type Analysis, type BundledAct, type Lang,
} from './core';
import { priorText, type PriorResult, type PriorSource } from './prior-source';

export type { FailedPrior, LoadedPrior, PriorResult } from './prior-source';

export const MAX_PRIOR_BYTES = 10 * 1024 * 1024;

let dataDirCache: string | null | undefined;

/**
 * The bundled data/priors folder: next to the bundle (dist/../data/priors), next to the sources
 * (server/src/../../data/priors), or under an explicit extension path.
 */
export function priorDataDir(extraRoots: string[] = []): string | null {
  if (dataDirCache !== undefined && extraRoots.length === 0) return dataDirCache;
  const candidates = [
    ...extraRoots.map((r) => path.join(r, 'data', 'priors')),
    path.join(__dirname, '..', 'data', 'priors'),
    path.join(__dirname, '..', '..', 'data', 'priors'),
    path.join(__dirname, '..', '..', '..', 'data', 'priors'),
  ];
  // The folder that holds the first file of the first act.
  const probe = Object.values(BUNDLED_ACTS[0].files)[0]!;
  for (const c of candidates) {
    try {
      if (fs.statSync(path.join(c, probe)).isFile()) {
        if (extraRoots.length === 0) dataDirCache = c;
        return c;
      }
    } catch {
      // try the next one
    }
  }
  if (extraRoots.length === 0) dataDirCache = null;
  return null;
}

export type Resolved = { ok: true; file: string } | { ok: false; reason: string };

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel) && rel.split(/[\\/]/)[0] !== '..');
}

function realpathOrNull(p: string): string | null {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return null;
  }
}

/**
 * Resolves a path from settings to a file inside a workspace folder. Refuses everything in an
 * untrusted workspace without touching the file system.
 */
export function resolveWorkspacePath(setting: string, folders: readonly string[], trusted: boolean): Resolved {
  const p = setting.trim();
  if (!trusted) return { ok: false, reason: `the workspace is not trusted, so a prior given as a path is not read (use ${bundledIds()}, or trust the workspace)` };
  if (!p) return { ok: false, reason: 'the path is empty' };
  if (p.includes('\0')) return { ok: false, reason: 'the path is invalid' };
  if (folders.length === 0) return { ok: false, reason: 'no workspace folder is open, so a prior path cannot be resolved' };
  let lastReason = `“${p}” was not found in the workspace`;
  for (const folder of folders) {
    const root = path.resolve(folder);
    const target = path.isAbsolute(p) ? path.resolve(p) : path.resolve(root, p);
    if (!inside(target, root)) {
      lastReason = `“${p}” is outside the workspace folder`;
      continue;
    }
    const realRoot = realpathOrNull(root);
    const realTarget = realpathOrNull(target);
    if (!realRoot) continue;
    if (!realTarget) {
      lastReason = `“${p}” does not exist`;
      continue;
    }
    if (!inside(realTarget, realRoot)) {
      lastReason = `“${p}” resolves (through a symbolic link) outside the workspace folder`;
      continue;
    }
    return { ok: true, file: realTarget };
  }
  return { ok: false, reason: lastReason };
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  result: { text: string; analysis: Analysis } | { reason: string };
}

/** Reads and parses a prior file, with checks. Cached by path, mtime and size. */
export class PriorLoader implements PriorSource {
  private cache = new Map<string, CacheEntry>();
  constructor(private readonly opts: { dataDir?: string | null; maxBytes?: number } = {}) {}

  get dataDir(): string | null {
    return this.opts.dataDir !== undefined ? this.opts.dataDir : priorDataDir();
  }

  /** Reads `file` (already resolved and authorised) as a prior text. */
  readFile(file: string): { text: string; analysis: Analysis } | { reason: string } {
    const max = this.opts.maxBytes ?? MAX_PRIOR_BYTES;
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { reason: code === 'ENOENT' ? 'the file does not exist' : code === 'EACCES' ? 'permission denied' : `cannot read the file (${code ?? 'error'})` };
    }
    if (st.isDirectory()) return { reason: 'it is a directory, not a text file' };
    if (!st.isFile()) return { reason: 'it is not a regular file' };
    if (st.size > max) return { reason: `the file is too large (${(st.size / 1048576).toFixed(1)} MB; the limit is ${Math.round(max / 1048576)} MB)` };
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.result;
    const result = this.readUncached(file);
    this.cache.set(file, { mtimeMs: st.mtimeMs, size: st.size, result });
    return result;
  }

  private readUncached(file: string): { text: string; analysis: Analysis } | { reason: string } {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { reason: code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory, not a text file' : `cannot read the file (${code ?? 'error'})` };
    }
    if (buf.includes(0)) return { reason: 'it is not a text file (contains NUL bytes)' };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    } catch {
      return { reason: 'it is not a UTF-8 text file' };
    }
    return priorText(text);
  }

  /** A bundled act (core/acts.ts) in a language. */
  bundled(act: BundledAct, lang: Lang): PriorResult {
    const id = act.id;
    const f = actFile(act, lang);
    if ('reason' in f) return { ok: false, id, reason: f.reason };
    const dir = this.dataDir;
    if (!dir) return { ok: false, id, reason: 'the bundled data/priors folder was not found' };
    const file = path.join(dir, f.file);
    const r = this.readFile(file);
    if ('reason' in r) return { ok: false, id, reason: `${f.file}: ${r.reason}` };
    return { ok: true, id, lang: r.analysis.lang, file, text: r.text, analysis: r.analysis };
  }

  /**
   * The prior named by the setting: a bundled id, or a path inside a workspace folder (trusted
   * workspaces only). `lang` is the language wanted for a bundled prior.
   */
  load(setting: string | undefined | null, lang: Lang, ctx: { folders: readonly string[]; trusted: boolean }): PriorResult {
    const id = (setting ?? '').trim() || DEFAULT_PRIOR;
    const act = bundledAct(id);
    if (act) return this.bundled(act, lang);
    const res = resolveWorkspacePath(id, ctx.folders, ctx.trusted);
    if (!res.ok) return { ok: false, id, reason: res.reason };
    return this.loadFile(res.file, id);
  }

  /** A prior from an explicit file (CLI: the user named it on the command line). */
  loadFile(file: string, id = file): PriorResult {
    const r = this.readFile(file);
    if ('reason' in r) return { ok: false, id, reason: r.reason };
    return { ok: true, id, lang: r.analysis.lang, file, text: r.text, analysis: r.analysis };
  }

  clear(): void {
    this.cache.clear();
  }
}
