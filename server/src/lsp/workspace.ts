// Drafts on disk in the workspace folders (for workspace symbols and workspace diagnostics).
// The only file-system access of the server. Bounded in count, size and depth; never leaves the folders
// (symbolic links are not followed); results are cached by modification time.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver/node';
import { analyze, type Analysis } from '../core';
import type { DiskDrafts } from './context';

import { DRAFT_SUFFIXES } from './drafts';
export { DRAFT_SUFFIXES };

export interface ScanLimits {
  /** Directory entries visited per scan, over all folders. */
  maxEntries: number;
  maxFiles: number;
  maxFileBytes: number;
  maxDepth: number;
  /** Seconds a scan result is reused. */
  ttlMs: number;
}

export const DEFAULT_LIMITS: ScanLimits = { maxEntries: 20000, maxFiles: 500, maxFileBytes: 4 * 1024 * 1024, maxDepth: 8, ttlMs: 5000 };

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);

export function isDraftName(name: string): boolean {
  const n = name.toLowerCase();
  return DRAFT_SUFFIXES.some((s) => n.endsWith(s));
}

/** Local path of a file: URI, or null for other schemes. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return null;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

interface Cached {
  mtimeMs: number;
  size: number;
  an: Analysis;
}

export class WorkspaceDrafts implements DiskDrafts {
  private folders: string[] = [];
  private cache = new Map<string, Cached>();
  private lastScan: { at: number; files: string[] } | null = null;
  private scanning: Promise<string[]> | null = null;

  constructor(private readonly limits: ScanLimits = DEFAULT_LIMITS, private readonly log: (m: string) => void = () => {}) {}

  /** Workspace folder URIs (multi-root). Non-file folders are ignored. */
  setFolders(uris: string[]): void {
    this.folders = [...new Set(uris.map(uriToPath).filter((p): p is string => !!p))];
    this.lastScan = null;
  }

  get folderPaths(): readonly string[] {
    return this.folders;
  }

  uriOf(file: string): string {
    return pathToUri(file);
  }

  /** Forget scan results (after a file watcher event). */
  invalidate(): void {
    this.lastScan = null;
  }

  async listFiles(token?: CancellationToken): Promise<string[]> {
    if (this.lastScan && Date.now() - this.lastScan.at < this.limits.ttlMs) return this.lastScan.files;
    if (!this.scanning) {
      this.scanning = this.scan(token).finally(() => {
        this.scanning = null;
      });
    }
    return this.scanning;
  }

  private async scan(token?: CancellationToken): Promise<string[]> {
    const files: string[] = [];
    let entries = 0;
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > this.limits.maxDepth || files.length >= this.limits.maxFiles || entries >= this.limits.maxEntries) return;
      if (token?.isCancellationRequested) return;
      let list: import('node:fs').Dirent[];
      try {
        list = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      list.sort((a, b) => a.name.localeCompare(b.name));
      const subdirs: string[] = [];
      for (const e of list) {
        if (++entries > this.limits.maxEntries || files.length >= this.limits.maxFiles) break;
        // Symbolic links are never followed: nothing outside the folders is read.
        if (e.isSymbolicLink()) continue;
        if (e.isDirectory()) {
          if (!e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) subdirs.push(path.join(dir, e.name));
        } else if (e.isFile() && isDraftName(e.name)) {
          files.push(path.join(dir, e.name));
        }
      }
      for (const d of subdirs) await walk(d, depth + 1);
    };
    for (const f of this.folders) await walk(f, 0);
    if (entries > this.limits.maxEntries || files.length >= this.limits.maxFiles) {
      this.log(`[atazan] workspace scan stopped at ${files.length} drafts / ${entries} entries (limits)`);
    }
    this.lastScan = { at: Date.now(), files };
    // Drop cached analyses of files that disappeared.
    const keep = new Set(files);
    for (const k of this.cache.keys()) if (!keep.has(k)) this.cache.delete(k);
    return files;
  }

  /** True if the path lies inside one of the workspace folders. */
  contains(p: string): boolean {
    const n = path.normalize(p);
    return this.folders.some((f) => n === f || n.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
  }

  /** The analysis of a draft on disk, cached by mtime and size; null if unreadable or too big. */
  async analysis(file: string): Promise<Analysis | null> {
    if (!this.contains(file)) return null;
    let st: import('node:fs').Stats;
    try {
      st = await fs.lstat(file);
    } catch {
      this.cache.delete(file);
      return null;
    }
    if (!st.isFile() || st.size > this.limits.maxFileBytes) return null;
    const c = this.cache.get(file);
    if (c && c.mtimeMs === st.mtimeMs && c.size === st.size) return c.an;
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      return null;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const an = analyze(text);
    this.cache.set(file, { mtimeMs: st.mtimeMs, size: st.size, an });
    return an;
  }
}
