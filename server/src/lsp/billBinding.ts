// `atazan.amendmentBills`: a map of glob → act binding files to the act they amend (issue 11). A file the
// setting matches is read as an amendment bill of that act even without its enacting words or an
// `<!-- amends: ID -->` annotation (which, when present, still names the act). The act: a bundled id
// (`kz-1995`, `kz-2026`) or a workspace path (read in a trusted workspace only, as the prior is).
//
// Globs are matched against the file's path relative to a workspace folder ('/' separators); a glob without
// '/' against its name only, as `files.associations` does. `*` matches within a name, `**` any folders,
// `?` one character, `{a,b}` either; case-sensitive.

/** The setting's value, cleaned: string → non-empty string entries only. */
export function readBindings(v: unknown): [string, string][] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [];
  return Object.entries(v as Record<string, unknown>)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && !!e[0].trim() && !!e[1].trim())
    .map(([g, a]) => [g.trim(), a.trim()]);
}

/** A glob as a regular expression over a whole relative path. */
export function globRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` any folders (none too); `**` at the end anything.
        if (glob[i + 2] === '/') {
          re += '(?:[^/]*/)*';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      re += '(?:';
      depth++;
    } else if (c === '}' && depth > 0) {
      re += ')';
      depth--;
    } else if (c === ',' && depth > 0) re += '|';
    else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  while (depth-- > 0) re += ')';
  return new RegExp(`^${re}$`, 'u');
}

/** The act the first matching glob binds `path` (absolute, '/' separators) to, or undefined. */
export function boundAct(bindings: readonly [string, string][], path: string | null, folders: readonly string[]): string | undefined {
  if (!path || !bindings.length) return undefined;
  const p = path.replace(/\\/g, '/');
  const rels: string[] = [];
  for (const f of folders) {
    const base = f.replace(/\\/g, '/').replace(/\/?$/, '/');
    if (p.startsWith(base)) rels.push(p.slice(base.length));
  }
  const name = p.slice(p.lastIndexOf('/') + 1);
  for (const [glob, act] of bindings) {
    const g = glob.replace(/^\.\//, '');
    const re = globRegExp(g);
    if (!g.includes('/') ? re.test(name) : rels.some((r) => re.test(r))) return act;
  }
  return undefined;
}

/** The local path of a `file:` URI ('/' separators, no leading slash before a drive letter), else null. */
export function filePath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    const p = decodeURIComponent(new URL(uri).pathname);
    return /^\/[A-Za-z]:\//.test(p) ? p.slice(1) : p;
  } catch {
    return null;
  }
}
