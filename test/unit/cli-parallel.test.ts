// `atazan parallel A B [C]` (issue 13): the language versions of one act checked against each other from
// the command line, on the real texts and on a seeded copy.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';
import { corpusPath } from '../support/files';

const RU26 = corpusPath('kz-2026-final-draft-ru.txt');
const KK26 = corpusPath('kz-2026-final-draft-kk.txt');

describe('atazan parallel (issue 13)', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-parallel-')); });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('the 1995 Constitution ru ↔ kk ↔ en: no divergence, exit 0', async () => {
    const r = await runCli(['parallel', corpusPath('kz-1995-ru.txt'), corpusPath('kz-1995-kk.txt'), corpusPath('kz-1995-en.txt'), '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out), []);
  });

  it('a paragraph deleted from the kk draft: one entry with its place in both files, exit 1 (json, text, sarif)', async () => {
    const ru = fs.readFileSync(RU26, 'utf8').split('\n');
    const lines = fs.readFileSync(KK26, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('5. Қазақстан Республикасы мен Қазақстан атауларының'));
    lines.splice(at, 1);
    const kk = path.join(dir, 'draft-kk.txt');
    fs.writeFileSync(kk, lines.join('\n'));
    const j = await runCli(['parallel', RU26, kk, '--format', 'json']);
    assert.equal(j.code, 1);
    assert.deepEqual(JSON.parse(j.out), [{
      code: 'parallel-unit-missing', severity: 'error', message: 'No counterpart in the Kazakh version: paragraph 5 of article 2',
      // The paragraph's line in ru; in kk, the line of the paragraph before the place it would be.
      a: { file: RU26, range: { start: { line: at, character: 0 }, end: { line: at, character: ru[at].length } } },
      b: { file: kk, range: { start: { line: at - 1, character: 0 }, end: { line: at - 1, character: lines[at - 1].length } } },
    }]);
    const t = await runCli(['parallel', RU26, kk, '--lang', 'ru']);
    assert.equal(t.code, 1);
    assert.equal(t.out.split('\n')[0], `${RU26}:${at + 1}:1: error parallel-unit-missing Нет соответствия в казахской версии: пункт 5 статьи 2 (${kk}:${at}:1)`);
    const s = await runCli(['parallel', RU26, kk, '--format', 'sarif']);
    const run = JSON.parse(s.out).runs[0];
    assert.deepEqual(run.results.map((x: { ruleId: string; relatedLocations: { physicalLocation: { region: { startLine: number } } }[] }) =>
      [x.ruleId, x.relatedLocations[0].physicalLocation.region.startLine]), [['parallel-unit-missing', at]]);
  });

  it('a figure changed: a warning only, exit 0', async () => {
    const kk = path.join(dir, 'figure-kk.txt');
    const text = fs.readFileSync(KK26, 'utf8');
    assert.ok(text.includes('мерзімі – бес жыл.'));
    fs.writeFileSync(kk, text.replace('мерзімі – бес жыл.', 'мерзімі – жеті жыл.'));
    const r = await runCli(['parallel', RU26, kk, '--format', 'json']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out).map((e: { code: string; severity: string }) => [e.code, e.severity]), [['parallel-figures', 'warning']]);
  });

  it('usage errors exit 2', async () => {
    assert.equal((await runCli(['parallel', RU26])).code, 2);
    assert.equal((await runCli(['parallel', RU26, KK26, '--format', 'xml'])).code, 2);
  });
});
