// `atazan apply` (issue 11): the consolidated text of a real act after a real law.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';

const DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'amendments');
const BEFORE = path.join(DIR, 'kz-constitution-ru-1998-10-06.txt');

describe('atazan apply (issue 11)', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-apply-')); });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('the 2011 law on the 1998 text: Art. 41 gets paragraph 3-1 after 3, exit 0, the rest unchanged', async () => {
    const r = await runCli(['apply', path.join(DIR, 'kz-2011-403-IV-ru.txt'), '--act', BEFORE]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /1 of 1 instructions applied/);
    const before = fs.readFileSync(BEFORE, 'utf8');
    const at = r.out.indexOf('3-1. Внеочередные президентские выборы');
    assert.ok(at > 0);
    const art41 = r.out.lastIndexOf('### Статья 41', at);
    assert.ok(art41 > 0 && r.out.indexOf('### Статья 42', art41) > at);
    assert.ok(r.out.lastIndexOf('\n3. ', at) > art41, 'after paragraph 3');
    // Nothing else changed: the output is the act with one inserted paragraph.
    const inserted = r.out.length - before.length;
    assert.equal(r.out.slice(0, at - 2) + r.out.slice(at - 2 + inserted), before);
  });

  it('a statement read with a warning (bill-verb-missing) is applied: exit 0, the warning printed, nothing counted as not applied', async () => {
    // The 2011 law with its verb taken out of a statement as the 1998 kk law's item 18 is written: a unit and words.
    const law = fs.readFileSync(path.join(DIR, 'kz-2011-403-IV-ru.txt'), 'utf8');
    const extra = law.replace(/(\n\s*Статья 2\.)/u, '\n2. Пункт 2 статьи 41 «Требования к кандидатам устанавливаются законом.».\n$1');
    assert.notEqual(extra, law);
    const file = path.join(dir, 'verbless.txt');
    fs.writeFileSync(file, extra);
    const r = await runCli(['apply', file, '--act', BEFORE]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /warning bill-verb-missing/);
    assert.match(r.err, /2 of 2 instructions applied \(/);
    assert.doesNotMatch(r.err, /not applied/);
    // A sentence of its own goes after the paragraph's closing period.
    assert.match(r.out, /\n2\. [^\n]*\. Требования к кандидатам устанавливаются законом\.\n/u);
  });

  it('-o FILE writes the text; the 2007 and 2011 laws in a row give Art. 94-1', async () => {
    const mid = path.join(dir, 'mid.txt');
    const out = path.join(dir, 'out.txt');
    assert.equal((await runCli(['apply', path.join(DIR, 'kz-2007-254-III-ru.txt'), '--act', BEFORE, '-o', mid])).code, 0);
    const r = await runCli(['apply', path.join(DIR, 'kz-2011-403-IV-ru.txt'), '--act', mid, '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    const text = fs.readFileSync(out, 'utf8');
    assert.match(text, /### Статья 94-1\n\nПоложение пункта 1 статьи 41 Конституции/u);
    assert.match(text, /2\. Исключен\./u);
  });

  for (const [lang, file, from, to, code] of [
    ['ru', 'kz-2019-238-VI-ru.txt', 'слово «Астаны» заменить', 'слово «Алматы» заменить', 'bill-words-not-found'],
    ['kk', 'kz-2019-238-VI-kk.txt', '3-1-тармақтағы «Астана»', '3-2-тармақтағы «Астана»', 'bill-target-missing'],
  ] as const) {
    it(`${lang}: an instruction that does not apply: exit 1, its problem on stderr, the rest applied (bundled kz-1995 in the bill's language)`, async () => {
      const seeded = fs.readFileSync(path.join(DIR, file), 'utf8').replace(from, to);
      const f = path.join(dir, file);
      fs.writeFileSync(f, seeded);
      const r = await runCli(['apply', f, '--act', 'kz-1995']);
      assert.equal(r.code, 1);
      const line = seeded.split('\n').findIndex((l) => l.includes(to)) + 1;
      assert.match(r.err, new RegExp(`${file.replace(/\./g, '\\.')}:${line}:\\d+: error ${code} `));
      assert.match(r.err, /1 of 2 instructions applied, 1 not applied/);
      assert.match(r.out, lang === 'ru' ? /город {1,2}Нур-Султан\./u : /Нұр-Сұлтан қаласы болып табылады/u);
    });
  }

  it('usage errors exit 2', async () => {
    assert.equal((await runCli(['apply'])).code, 2);
    assert.equal((await runCli(['apply', BEFORE])).code, 2);
    assert.equal((await runCli(['apply', path.join(DIR, 'kz-2011-403-IV-ru.txt'), '--bogus'])).code, 2);
  });
});
