// Reading the repository's texts in tests: the bundled corpus (data/priors) and any file by its path
// from the repository root.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PRIORS = path.join(ROOT, 'data', 'priors');

/** The path of a corpus file of data/priors, by name. */
export const corpusPath = (name: string) => path.join(PRIORS, name);
/** The text of a corpus file of data/priors, by name. */
export const corpus = (name: string) => fs.readFileSync(corpusPath(name), 'utf8');
/** The text of a file, by its path from the repository root. */
export const readRepo = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
