import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';

describe('atazan migrate (issue 12)', () => {
  let dir: string;
  const LAW = '<!-- cites: kz-1995 -->\nЗакон Республики Казахстан от 1 января 2020 года\nСтатья 1\n'
    + 'Согласно статье 44, пунктам 1 и 2 статьи 47, подпунктам 1) и 3) статьи 57 Конституции и статье 3 настоящего Закона.\n';
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-migrate-')); });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('prints the rewrites and the citations left for the drafter; writes only with --write', async () => {
    const file = path.join(dir, 'law.txt');
    fs.writeFileSync(file, LAW);
    const r = await runCli(['migrate', file]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /:4:10: «статье 44» → «статье 46»/);
    assert.match(r.out, /«пунктам 1 и 2 статьи 47» → «пунктам 2 и 3 статьи 50»/);
    assert.match(r.out, /left for the drafter \(dropped\): «подпунктам 1\) и 3\) статьи 57»/);
    assert.match(r.err, /2 rewritten, 1 left for the drafter; dry run/);
    assert.equal(fs.readFileSync(file, 'utf8'), LAW);

    const w = await runCli(['migrate', file, '--write']);
    assert.equal(w.code, 0, w.err);
    assert.equal(fs.readFileSync(file, 'utf8'), '<!-- cites: kz-2026 -->\nЗакон Республики Казахстан от 1 января 2020 года\nСтатья 1\n'
      + 'Согласно статье 46, пунктам 2 и 3 статьи 50, подпунктам 1) и 3) статьи 57 Конституции и статье 3 настоящего Закона.\n');
  });

  it('a constitution is not migrated; --format json; usage errors exit 2', async () => {
    const file = path.join(dir, 'c.txt');
    fs.writeFileSync(file, 'Статья 1\nСогласно статье 44 Конституции.\n');
    const r = await runCli(['migrate', file]);
    assert.equal(r.code, 0);
    assert.match(r.err, /a constitution cites itself, nothing to migrate/);
    const law = path.join(dir, 'law2.txt');
    fs.writeFileSync(law, LAW);
    const j = await runCli(['migrate', law, '--format', 'json']);
    const [rep] = JSON.parse(j.out);
    assert.deepEqual(rep.rewrites.map((x: { citation: string; to: string[] }) => `${x.citation} → ${x.to}`), [
      'статье 44 → article::46', 'пунктам 1 и 2 статьи 47 → paragraph:50:2,paragraph:50:3',
    ]);
    assert.deepEqual(rep.left.map((x: { reason: string }) => x.reason), ['dropped']);
    assert.equal((await runCli(['migrate'])).code, 2);
    assert.equal((await runCli(['migrate', law, '--to'])).code, 2);
  });
});
