// Reading the repository's texts in tests: the bundled corpus (data/priors) and any file by its path
// from the repository root.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PRIORS = path.join(ROOT, 'data', 'priors');

/** The six constitutions of data/priors (1995 ru, kk, en; 2026 adopted ru, final draft ru, kk), by name. */
export const REAL_TEXTS = ['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt', 'kz-2026-adopted-ru.txt', 'kz-2026-final-draft-ru.txt', 'kz-2026-final-draft-kk.txt'] as const;

/** The path of a corpus file of data/priors, by name. */
export const corpusPath = (name: string) => path.join(PRIORS, name);
/** The text of a corpus file of data/priors, by name. */
export const corpus = (name: string) => fs.readFileSync(corpusPath(name), 'utf8');
/** Every file below `dir` whose name matches `name` (default: .ts), depth first; `skip` names folders to pass over. */
export function filesUnder(dir: string, name: RegExp = /\.ts$/, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!skip.includes(e.name)) out.push(...filesUnder(p, name, skip));
    } else if (name.test(e.name)) {
      out.push(p);
    }
  }
  return out;
}

/** The text of a file, by its path from the repository root. */
export const readRepo = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
