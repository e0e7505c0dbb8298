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
    // --style units: by default the bill would be a new edition (the 2011 copy lists its section headings
    // before Article 1, which no instruction reproduces); stderr names the first line that differs.
    const r = await runCli(['amend', BEFORE, AFTER, '--style', 'units', '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /; applied, it differs from NEW: the applied bill differs from the edited copy from line 33\)$/u);
    assert.equal(r.out, '');
    const bill = fs.readFileSync(out, 'utf8');
    assert.match(bill, /^# О внесении изменений и дополнений в Конституцию Республики Казахстан\n/u);
    // The preamble's lines are broken differently in the two sources: the bill rewrites it. Nothing is
    // left unexpressed (the sections are the same, each from the same article).
    assert.match(bill, /\n1\. Преамбулу изложить в следующей редакции:\n\n«\*Мы, народ Казахстана,\*\n/u);
    const n = Number(/\((\d+) instructions;/u.exec(r.err)?.[1]);
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

  it('kz-1995 → the adopted 2026 text: a new edition with the reasons on stderr; `apply` of it to kz-1995 writes the 2026 text exactly', async () => {
    const to = path.join(CORPUS, 'kz-2026-adopted-ru.txt');
    const out = path.join(dir, 'new-edition.txt');
    const r = await runCli(['amend', 'kz-1995', to, '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, `${out}: amendment bill written (the whole act in a new edition — not expressible unit by unit: `
      + 'articles 83-1, 94-1, 94-2, 97, 98, 99 would remain as exclusion notes (a bill never renumbers); sections X, XI added; '
      + 'articles 12, 42, 52, 63, 70, 72, 76, 87 begin another section (a bill does not move articles between sections); the title lines differ; '
      + 'the preamble removed (a bill rewrites a preamble, it does not remove one))');
    assert.match(fs.readFileSync(out, 'utf8'), /\nСтатья 1\. Конституцию Республики Казахстан изложить в новой редакции:\n\n«Конституция Республики Казахстан\n/u);
    const applied = path.join(dir, 'applied.txt');
    const a = await runCli(['apply', out, '--act', 'kz-1995', '-o', applied]);
    assert.equal(a.code, 0, a.err);
    assert.ok(fs.readFileSync(applied, 'utf8') === fs.readFileSync(to, 'utf8'));
    // Forced to units: the instruction-level bill, and what it leaves different.
    const u = await runCli(['amend', 'kz-1995', to, '--style', 'units']);
    assert.equal(u.code, 0, u.err);
    assert.match(u.out, /^# О внесении изменений в Конституцию Республики Казахстан\n\nСтатья 1\. Внести в Конституцию/u);
    assert.match(u.err, /^\d+ instructions; applied, it differs from NEW: articles 83-1, 94-1, 94-2, 97, 98, 99 would remain as exclusion notes/u);
    assert.equal((await runCli(['amend', 'kz-1995', to, '--style', 'whole'])).code, 2);
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
