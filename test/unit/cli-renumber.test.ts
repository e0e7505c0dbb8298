import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { runCli } from '../support/cli';
import { unifiedDiff } from '../../server/src/cli-renumber';
import { analyze } from '../../server/src/core';
import { corpus } from '../support/files';

describe('atazan renumber', () => {
  let dir: string;
  const DOC = 'Статья 1\n1. См. статью 4 и пункт 3 статьи 4.\nСтатья 2\nТекст.\nСтатья 4\n1. Текст.\n3. Текст.\n';
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-renumber-')); });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('prints the map and a unified diff, and does not write without --write', async () => {
    const file = path.join(dir, 'draft.const.txt');
    fs.writeFileSync(file, DOC);
    const r = await runCli(['renumber', file, '--paragraphs', '4']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Article 4 → 3  \(line 5\)$/m);
    assert.match(r.out, /^Article 4: paragraph 3\. → 2\.  \(line 7\)$/m);
    assert.match(r.out, /^--- a\//m);
    assert.match(r.out, /^\+\+\+ b\//m);
    assert.match(r.out, /^-1\. См\. статью 4 и пункт 3 статьи 4\.$/m);
    assert.match(r.out, /^\+1\. См\. статью 3 и пункт 2 статьи 3\.$/m);
    assert.match(r.err, /dry run/);
    assert.equal(fs.readFileSync(file, 'utf8'), DOC, 'file untouched');
  });

  it('--write writes the result atomically (no temporary file left)', async () => {
    const file = path.join(dir, 'w.const.txt');
    fs.writeFileSync(file, DOC);
    const r = await runCli(['renumber', file, '--write', '--paragraphs=4']);
    assert.equal(r.code, 0, r.err);
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(text, 'Статья 1\n1. См. статью 3 и пункт 2 статьи 3.\nСтатья 2\nТекст.\nСтатья 3\n1. Текст.\n2. Текст.\n');
    assert.deepEqual(analyze(text).diagnostics, []);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), []);
    const again = await runCli(['renumber', file, '--paragraphs', '3']);
    assert.match(again.out, /already consecutive/);
  });

  it('--format json with --inserted on the real 1995 text', async () => {
    const file = path.join(dir, 'kz-1995-en.txt');
    fs.writeFileSync(file, corpus('kz-1995-en.txt'));
    const r = await runCli(['renumber', file, '--inserted', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.map.length, 19);
    assert.deepEqual(j.map[0], { kind: 'article', old: '83-1', new: '84', line: j.map[0].line });
    assert.equal(j.written, false);
    assert.deepEqual(j.warnings, []);
    assert.match(j.diff, /^-Article 83-1$/m);
    assert.equal(fs.readFileSync(file, 'utf8'), corpus('kz-1995-en.txt'));
  });

  it('issue 16.1: --format json lists the citations a renumbering would re-point; --keep-unresolved re-points none', async () => {
    const file = path.join(dir, 'no62.const.txt');
    const ru = corpus('kz-2026-final-draft-ru.txt');
    const from = ru.indexOf('\nСтатья 62\n') + 1;
    fs.writeFileSync(file, ru.slice(0, from) + ru.slice(ru.indexOf('Раздел V.', from)));
    const r = await runCli(['renumber', file, '--format', 'json']);
    const j = JSON.parse(r.out);
    assert.deepEqual(j.repointed.map((x: { line: number; message: string }) => x.message), [198, 201, 206].map((l) =>
      `Line ${l}: “пунктом 3 статьи 62” — nothing → article 63 (62 after renumbering), paragraph 3`));
    const safe = JSON.parse((await runCli(['renumber', file, '--format', 'json', '--keep-unresolved'])).out);
    assert.deepEqual(safe.repointed, []);
    assert.deepEqual(safe.map, []);
  });

  it('usage errors exit 2', async () => {
    assert.equal((await runCli(['renumber'])).code, 2);
    assert.equal((await runCli(['renumber', path.join(dir, 'missing.txt')])).code, 2);
    const file = path.join(dir, 'u.txt');
    fs.writeFileSync(file, DOC);
    assert.equal((await runCli(['renumber', file, '--paragraphs'])).code, 2);
    assert.equal((await runCli(['renumber', file, '--format', 'xml'])).code, 2);
    assert.equal((await runCli(['renumber', file, '--bogus'])).code, 2);
  });

  it('spawned through tsx: dry run leaves the file unchanged', function () {
    this.timeout(60000);
    const file = path.join(dir, 'spawn.const.txt');
    fs.writeFileSync(file, DOC);
    const cli = path.join(__dirname, '..', '..', 'server', 'src', 'cli.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', cli, 'renumber', file], { encoding: 'utf8', cwd: path.join(__dirname, '..', '..') });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Article 4 → 3/);
    assert.equal(fs.readFileSync(file, 'utf8'), DOC);
  });

  it('unifiedDiff: hunks with context, merged when close, no-newline marker', () => {
    const a = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n');
    const b = a.replace('l2\n', 'L2\n').replace('l5\n', 'L5\n').replace(/l19$/, 'L19');
    const d = unifiedDiff(a, b, 'a/x', 'b/x');
    assert.equal(d.split('\n').filter((l) => l.startsWith('@@')).length, 2);
    assert.match(d, /^@@ -1,9 \+1,9 @@$/m);
    assert.match(d, /^\\ No newline at end of file$/m);
    assert.equal(unifiedDiff(a, a, 'a', 'b'), '');
  });
});
