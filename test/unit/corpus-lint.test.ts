// Issue 12: every official text of the shared corpus — the constitutions and the laws amending the
// Constitution in /work/shared/corpus/amendments — linted as an ordinary document, as a drafter would
// (`atazan lint FILE`), gives no error and no warning, and the structure the lint reports is pinned.
// A law amending the Constitution cites its units in its instructions («В пункте 4 статьи 33 …», also
// outside any article in the 1998 law), quotes its new wording («"Статья 53 … Статья 54 …".»), and cites
// «статьей 61 Конституции Республики Казахстан»: none of these are this law's own units. The 2011 edition
// opens with a list of its sections, and prints «Статья 84 исключена Законом РК …» on the heading line.

import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

/** file → «lang, sections, articles, references (resolved)» as the lint's summary line says it. */
const PINNED: Record<string, string> = {
  'kz-1995-en.txt': 'en, 9 sections, 102 articles, 33 references (33 resolved)',
  'kz-1995-kk.txt': 'kk, 9 sections, 102 articles, 33 references (33 resolved)',
  'kz-1995-ru.txt': 'ru, 9 sections, 102 articles, 33 references (33 resolved)',
  'kz-2026-adopted-ru.txt': 'ru, 11 sections, 96 articles, 34 references (34 resolved)',
  'kz-2026-final-draft-kk.txt': 'kk, 11 sections, 96 articles, 34 references (34 resolved)',
  'kz-2026-final-draft-ru.txt': 'ru, 11 sections, 96 articles, 34 references (34 resolved)',
  // Instructions outside any article: every citation names a unit of the amended Constitution.
  'amendments/kz-1998-284-I-kk.txt': 'kk, 0 sections, 0 articles, 0 references (0 resolved)',
  'amendments/kz-1998-284-I-ru.txt': 'ru, 0 sections, 0 articles, 0 references (0 resolved)',
  // Articles 1-3; «Статья 54» inside the quoted new wording of Articles 53 and 54 is not a fourth.
  'amendments/kz-2007-254-III-kk.txt': 'kk, 0 sections, 3 articles, 1 reference (1 resolved)',
  'amendments/kz-2007-254-III-ru.txt': 'ru, 0 sections, 3 articles, 1 reference (1 resolved)',
  'amendments/kz-2011-403-IV-kk.txt': 'kk, 0 sections, 2 articles, 0 references (0 resolved)',
  'amendments/kz-2011-403-IV-ru.txt': 'ru, 0 sections, 2 articles, 0 references (0 resolved)',
  'amendments/kz-2019-238-VI-kk.txt': 'kk, 0 sections, 2 articles, 0 references (0 resolved)',
  'amendments/kz-2019-238-VI-ru.txt': 'ru, 0 sections, 2 articles, 0 references (0 resolved)',
  // «статьей 61 Конституции Республики Казахстан» / «Конституциясының 61-бабында» cite the Constitution.
  'amendments/kz-2022-06-referendum-kk.txt': 'kk, 0 sections, 3 articles, 1 reference (1 resolved)',
  'amendments/kz-2022-06-referendum-ru.txt': 'ru, 0 sections, 3 articles, 1 reference (1 resolved)',
  'amendments/kz-2022-09-142-VII-kk.txt': 'kk, 0 sections, 2 articles, 0 references (0 resolved)',
  'amendments/kz-2022-09-142-VII-ru.txt': 'ru, 0 sections, 2 articles, 0 references (0 resolved)',
  'amendments/kz-constitution-ru-1998-10-06.txt': 'ru, 9 sections, 98 articles, 25 references (25 resolved)',
  // A list of the 9 sections, then the sections: the list is a table of contents, not 9 more; 84 excluded.
  'amendments/kz-constitution-ru-2011-02-02.txt': 'ru, 9 sections, 99 articles, 26 references (25 resolved)',
  'amendments/kz-law-150038-expulsion-kk.txt': 'kk, 0 sections, 2 articles, 0 references (0 resolved)',
  'amendments/kz-law-150038-expulsion-ru.txt': 'ru, 0 sections, 2 articles, 0 references (0 resolved)',
  'amendments/kz-law-164356-some-acts-ru.txt': 'ru, 0 sections, 3 articles, 1 reference (1 resolved)',
};

const files = [
  ...readdirSync(SHARED).filter((f) => f.endsWith('.txt')),
  ...readdirSync(path.join(SHARED, 'amendments')).filter((f) => f.endsWith('.txt')).map((f) => `amendments/${f}`),
].sort();

describe('corpus lint: every official text of the shared corpus lints clean', () => {
  it('every text of the corpus is pinned here (a new text needs its line)', () => {
    assert.deepEqual(files, Object.keys(PINNED).sort());
  });

  for (const file of files) {
    it(`${file}: no error, no warning`, async () => {
      const r = await runCli(['lint', path.join(SHARED, file)]);
      const lines = [r.out, r.err].join('\n').split('\n').filter((l) => l.trim() !== '');
      const problems = lines.filter((l) => /: (error|warning) /.test(l)).map((l) => l.slice(SHARED.length + 1));
      assert.deepEqual(problems, []);
      assert.equal(r.code, 0);
      const summary = lines.find((l) => l.includes(' problems'));
      assert.equal(summary, `${path.join(SHARED, file)}: ${PINNED[file]}, 0 problems`);
      assert.ok(lines.includes('0 errors, 0 warnings in 1 file'), r.err);
    });
  }
});
