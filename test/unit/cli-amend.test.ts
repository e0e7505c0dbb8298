// `atazan amend OLD NEW [--lang ru|kk] [-o FILE]` (issue 11): the bill written by the CLI is the one
// `atazan amendments` reads back against the old act with no problem; a bundled act id as OLD; no bill when
// nothing changed; usage errors exit 2.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
const BEFORE = path.join(CORPUS, 'amendments', 'kz-constitution-ru-1998-10-06.txt');
const AFTER = path.join(CORPUS, 'amendments', 'kz-constitution-ru-2011-02-02.txt');

describe('atazan amend (issue 11)', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-amend-')); });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('-o FILE: the bill from the 1998 text to the 2011 text reads back against 1998 with no problem', async () => {
    const out = path.join(dir, 'bill.txt');
    const r = await runCli(['amend', BEFORE, AFTER, '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    const bill = fs.readFileSync(out, 'utf8');
    assert.match(bill, /^# О внесении изменений и дополнений в Конституцию Республики Казахстан\n/u);
    // The preamble's lines are broken differently in the two sources: the bill rewrites it. Nothing is
    // left unexpressed (the sections are the same, each from the same article).
    assert.match(bill, /\n1\. Преамбулу изложить в следующей редакции:\n\n«\*Мы, народ Казахстана,\*\n/u);
    const n = Number(/\((\d+) instructions\)/u.exec(r.err)?.[1]);
    assert.ok(n > 50, r.err);
    const back = await runCli(['amendments', out, '--act', BEFORE, '--format', 'json']);
    assert.equal(back.code, 0, back.err);
    const j = JSON.parse(back.out);
    assert.equal(j.instructions.length, n);
    assert.deepEqual(j.diagnostics, []);
    const w = j.instructions.find((i: { kind: string; old?: string }) => i.kind === 'replace-words' && i.old === 'семь');
    assert.deepEqual([w.target, w.new], [{ article: '41', paragraph: '1' }, 'пять']);
  });

  it('kk: OLD as the bundled kz-1995, one word changed in the copy: one Kazakh instruction on stdout', async () => {
    const kk = fs.readFileSync(path.join(CORPUS, 'kz-1995-kk.txt'), 'utf8');
    const from = 'асыратын Республиканың ең жоғары өкiлдi органы.';
    assert.ok(kk.includes(from));
    const copy = path.join(dir, 'copy-kk.txt');
    fs.writeFileSync(copy, kk.replace(from, 'асыратын Республиканың ең жоғары өкiлдi мемлекеттік органы.'));
    const r = await runCli(['amend', 'kz-1995', copy, '--lang', 'kk']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^# Қазақстан Республикасының Конституциясына толықтырулар енгізу туралы\n/u);
    assert.match(r.out, /\n1\. 49-баптың 1-тармағы «өкiлдi» деген сөзден кейін «мемлекеттік» деген сөзбен толықтырылсын\.\n/u);
    assert.equal(r.err, '1 instruction');
  });

  it('nothing changed: no bill, exit 0; one file only or a bad --lang: exit 2', async () => {
    const same = await runCli(['amend', BEFORE, BEFORE]);
    assert.equal(same.code, 0);
    assert.equal(same.out, '');
    assert.match(same.err, /^no changes between /u);
    assert.equal((await runCli(['amend', BEFORE])).code, 2);
    assert.equal((await runCli(['amend', BEFORE, AFTER, '--lang', 'en'])).code, 2);
  });
});
