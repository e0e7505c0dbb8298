// Architecture invariants: everything under server/src/core is pure. No editor API, no LSP library, no
// file system, no processes, no network, and no import that leaves the core. Only the adapter
// (server/src outside the core: server.ts, lsp/, host/, table/, the CLI) may use those, and it reaches the core through its front door
// (server/src/core/index.ts) only.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { filesUnder } from '../support/files';

const SRC = path.resolve(__dirname, '..', '..', 'server', 'src');
const CORE = path.join(SRC, 'core');

const BANNED: RegExp[] = [
  /^vscode$/, /^vscode-languageserver/, /^vscode-languageclient/, /^vscode-jsonrpc/,
  /^fs$/, /^fs\//, /^path$/, /^path\//, /^node:/, /^child_process$/, /^https?$/, /^net$/, /^os$/, /^worker_threads$/,
];

/** Module specifiers of static imports, re-exports, `import x = require()`, `require()` and `import()`. */
export function specifiers(source: string): string[] {
  const src = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const re of patterns) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(src))) out.push(m[1]);
  }
  return out;
}

describe('purity of server/src/core', () => {
  const files = filesUnder(CORE);

  it('finds the core sources', () => {
    assert.ok(files.length >= 10, `only ${files.length} files under ${CORE}`);
    assert.ok(files.some((f) => f.endsWith(path.join('features', 'navigation.ts'))));
  });

  it('the import scanner sees every import form', () => {
    const s = specifiers(`import * as fs from 'fs';\nimport { x } from "node:path";\nimport 'http';\nexport { y } from 'net';\n`
      + `const c = require('child_process');\nconst d = await import('https');\nimport type { Z } from 'vscode-languageserver/node';\n// import 'vscode';`);
    assert.deepEqual(s.sort(), ['child_process', 'fs', 'http', 'https', 'net', 'node:path', 'vscode-languageserver/node'].sort());
  });

  for (const f of filesUnder(CORE)) {
    const rel = path.relative(CORE, f);
    it(`${rel} imports nothing impure`, () => {
      const bad = specifiers(readFileSync(f, 'utf8')).filter((s) => BANNED.some((re) => re.test(s)));
      assert.deepEqual(bad, [], `${rel} imports ${bad.join(', ')}`);
    });
  }
});

/** Where a relative specifier of `file` leads (without extension), or null for a package. */
export function target(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return path.resolve(path.dirname(file), spec).replace(/\.(ts|js)$/, '').replace(/[\\/]index$/, '');
}

const inside = (dir: string, p: string) => p === dir || p.startsWith(dir + path.sep);

/** The relative imports of `file` that leave `dir`. */
export function leaving(file: string, source: string, dir: string): string[] {
  return specifiers(source).filter((s) => {
    const t = target(file, s);
    return t !== null && !inside(dir, t);
  });
}

/** The protocol (names, params and results of the custom messages), shared with the client: the one other core module the adapter may import. */
const PROTOCOL = path.join(CORE, 'protocol');

/** The imports of `file` that reach into the core past its front door (and the protocol). */
export function pastTheFrontDoor(file: string, source: string): string[] {
  return specifiers(source).filter((s) => {
    const t = target(file, s);
    return t !== null && inside(CORE, t) && t !== CORE && t !== PROTOCOL; // core/index resolves to CORE
  });
}

describe('the core has no way out', () => {
  it('the check sees an import that leaves the core, and lets one that stays pass', () => {
    const f = path.join(CORE, 'features', 'x.ts');
    assert.deepEqual(leaving(f, `import { a } from '../../lsp/context';\nimport { b } from '../analysis';\nimport type { T } from '../../table/docx';`, CORE),
      ['../../lsp/context', '../../table/docx']);
  });

  for (const f of filesUnder(CORE)) {
    const rel = path.relative(CORE, f);
    it(`${rel} imports nothing outside server/src/core`, () => {
      const out = leaving(f, readFileSync(f, 'utf8'), CORE);
      assert.deepEqual(out, [], `${rel} imports ${out.join(', ')}`);
    });
  }
});

describe('the adapter reaches the core through its front door only', () => {
  // Everything under server/src that is not the core: the LSP adapter, its hosts, the CLI, the prior's loader, the DOCX writer.
  const adapter = filesUnder(SRC).filter((f) => !inside(CORE, f) && !f.endsWith('.d.ts'));

  it('finds the adapter sources', () => {
    assert.ok(adapter.length >= 8, `only ${adapter.length} adapter files`);
    for (const f of ['server.ts', 'cli.ts', 'prior-source.ts', path.join('table', 'docx.ts'), path.join('host', 'web.ts')]) {
      assert.ok(adapter.includes(path.join(SRC, f)), `${f} is not checked`);
    }
  });

  it('the check sees an import past the front door, and lets the front door pass', () => {
    const f = path.join(SRC, 'lsp', 'x.ts');
    assert.deepEqual(pastTheFrontDoor(f, `import { a } from '../core/analysis';\nimport { b } from '../core';\nimport { c } from '../core/index';\nimport { d } from './convert';\n`
      + `import { Requests } from '../core/protocol';\nimport type { Lang } from '../core/types';`),
      ['../core/analysis', '../core/types']);
  });

  for (const f of adapter) {
    const rel = path.relative(SRC, f);
    it(`${rel} imports the core from server/src/core/index.ts (and protocol.ts) only`, () => {
      const out = pastTheFrontDoor(f, readFileSync(f, 'utf8'));
      assert.deepEqual(out, [], `${rel} imports ${out.join(', ')}`);
    });
  }
});

describe('tests import the core through index.ts', () => {
  const TESTS = path.resolve(__dirname, '..');
  /**
   * Tests of a core module's own workings, which the front door rightly does not show: file — reason.
   * Every other test reaches the core through server/src/core/index.ts (or protocol.ts), as the adapter,
   * the CLI and the bench do; feature tests through createLanguageService() (test/support/service.ts).
   */
  const EXCEPTIONS: Record<string, string> = {
    'unit/detach.test.ts': 'memory: detach(), the generational caches and the scan cache\'s internals (sizes, budgets)',
    'unit/scan-cache.test.ts': 'the per-line scan cache (scanLine) against a fresh scan',
    'unit/incremental.test.ts': 'the incremental update itself (analyzeIncrementalAll, chains of edits) against analyze',
    'unit/incremental-heading.test.ts': 'the incremental update on a heading line and in the preamble against analyze: its fallback reasons, the new version as the service passes it (a SourceText), go-to-definition on the analysis it makes',
    'unit/parser-lang.test.ts': 'the parser\'s line classifier (lineMarker, mayBeHeading), the kk noun after «N)» and the Kazakh-act test (markup.ts citesAfterNumber, kazakhAct), the line bounds of parse',
    'unit/refscan.test.ts': 'the reference scanner\'s prefilter (mayCite) is sound',
    'unit/lexicon.test.ts': 'the heading-line builder of core/lang/headings against the parser',
    'unit/prior-match.test.ts': 'the article matcher and the word/paragraph diff (matchArticles, wordDiff, paragraphAlign, diffTokens)',
    'unit/prior-compare.test.ts': 'the comparison\'s diff coalescing (coalesceDiff) and wordDiff',
    'unit/prior-lowercase.test.ts': 'the matcher\'s featuriser (its code-unit lower case) against the stems of lowerText\'s string (stems)',
    'unit/diff-ranges.test.ts': 'the word diff (wordDiff) and its coalescing with and without the two texts (coalesceDiff) against the reference',
    'unit/renumber.test.ts': 'the renumbering primitives (prepareRename, numberCitations, sequenceNumbers) the features build on, and the parser\'s number column they read',
    'unit/number-citations.test.ts': 'the list of cited numbers (numberCitations, digitSpan) against the reference, on analyses of the incremental update too',
    'support/number-citations-reference.ts': 'numberCitations and digitSpan as they were before issue 15 session 12, kept as the reference of number-citations.test.ts: the model types, the resolver\'s look-ups and the duplicated numbers they read',
    'unit/renumber-captured.test.ts': 'the plans the quick fixes are made of (renameUnitTo, renumberFromPlan), for every article',
    'unit/renumber-local.test.ts': 'the rename\'s local check (renameProvedSafe) against the full analysis (renameUnitTo with fullCheck) and the oracle',
    'unit/no-lost-text.test.ts': '«renumber from here» (renumberFromPlan) for every article, not only where a quick fix offers it',
    'unit/plural.test.ts': 'the title builders (fixTitle, fromBaseTitle, citedBy) at every count, which no document reaches',
    'unit/cites.test.ts': 'the matcher\'s paragraph alignment (paragraphAlign) pairs a migrated citation\'s old and new lines; staleCitations, the migration\'s scan',
    'unit/features.test.ts': 'each feature function on one analysis, with its helpers (unitExcerpt, targetAt, flattenSymbols, …)',
    'support/refscan-reference.ts': 'the reference scanner as it was before issue 15 session 7 (one object per token), kept as the reference of refscan-reference.test.ts: the types, lexicons, generational cache and detach() it is built on',
    'support/match-reference.ts': 'the matcher as it was before issue 15 session 6, kept as the reference of match-reference.test.ts: the generational cache and detach() it is built on',
    'unit/rare.test.ts': 'the one search for U+0000 and the invisible characters (firstRareChar) against a character loop, and the invisible-character search (invisibleProblems) from the text\'s start',
    'unit/bill-lookups.test.ts': 'the bill reader\'s quotation index (QuoteIndex), bill-unit-twice\'s indexes and apply\'s pending edits (PendingEdits) against the scans they replaced',
  };

  const files = filesUnder(TESTS, /\.(ts|mjs)$/, ['fixtures']);
  const past = new Map(files.map((f) => [path.relative(TESTS, f).split(path.sep).join('/'), pastTheFrontDoor(f, readFileSync(f, 'utf8'))]));

  it('finds the tests', () => {
    assert.ok(past.size >= 40 && past.has('unit/purity.test.ts'), `${past.size} test files`);
  });

  it('no test imports a core module past index.ts, except the listed ones', () => {
    const bad = [...past].filter(([rel, specs]) => specs.length > 0 && !(rel in EXCEPTIONS)).map(([rel, specs]) => `${rel}: ${specs.join(', ')}`);
    assert.deepEqual(bad, []);
  });

  it('every listed exception still imports past index.ts (no stale entry)', () => {
    const stale = Object.keys(EXCEPTIONS).filter((rel) => !(past.get(rel)?.length));
    assert.deepEqual(stale, []);
  });
});
