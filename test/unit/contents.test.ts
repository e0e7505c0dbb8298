// A table of contents printed before the act's own headings (Adilet's 2011 edition of the Constitution,
// /work/shared/corpus/amendments/kz-constitution-ru-2011-02-02.txt, opens with its nine section headings
// one after another) is not nine more sections: the outline, the folding and the lint summary
// (test/unit/corpus-lint.test.ts) see the act's own nine. Its heading lines stay in the text as they are.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, createLanguageService } from '../../server/src/core';

const FILE = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'amendments', 'kz-constitution-ru-2011-02-02.txt');
const TEXT = readFileSync(FILE, 'utf8');
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;
/** The 0-based line of the n-th (1-based) line equal to `line`. */
function nth(text: string, line: string, n: number): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i] === line && ++seen === n) return i;
  throw new Error(`no ${n}th line “${line}”`);
}

describe('a table of contents before the headings (the 2011 edition)', () => {
  it('the text does print the list first (the premise of this test)', () => {
    assert.equal(nth(TEXT, '## Раздел II Человек и гражданин', 1) < nth(TEXT, '## Раздел I. Общие положения', 2), true);
  });

  it('the outline has the nine sections of the act, each at its own heading, with its articles', () => {
    const service = createLanguageService();
    service.open('file:///c2011.txt', TEXT);
    const symbols = service.documentSymbols('file:///c2011.txt').filter((s) => s.kind === 'section');
    assert.equal(symbols.length, 9);
    assert.deepEqual(symbols.map((s) => s.name.split('.')[0]), ['Раздел I', 'Раздел II', 'Раздел III', 'Раздел IV', 'Раздел V', 'Раздел VI', 'Раздел VII', 'Раздел VIII', 'Раздел IX']);
    assert.equal(lineOf(TEXT, symbols[0].span.start), nth(TEXT, '## Раздел I. Общие положения', 2));
    assert.ok(symbols.every((s) => (s.children ?? []).some((c) => c.kind === 'article')), 'every section holds its articles');
    const folds = service.foldingRanges('file:///c2011.txt').filter((f) => f.unit === 'section');
    assert.equal(folds.length, 9);
  });

  it('a list that is not followed by the same headings stays the act\'s structure (empty sections are reported, not dropped)', () => {
    // Two empty sections at the top of a short act, and no later section I: they are the act's own.
    const text = '# Закон\n\n## Раздел I. Общие\n\n## Раздел II. Особые\n\n### Статья 1\n\nТекст.\n';
    const an = analyze(text);
    assert.equal(an.doc.sections.length, 2);
  });
});
