// Every `atazan` sub-command reads its options the same way (server/src/cli-args.ts): `--name=value`
// and `--name value`, `--` before a file name that starts with a dash, and the same usage errors
// (exit 2) for an unknown option, a missing value, a value outside the allowed ones and a value given
// to a switch. Run on the bundled example draft and the real 2011 law.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';

const ROOT = path.resolve(__dirname, '..', '..');
const DRAFT = path.join(ROOT, 'examples', 'draft-2026-ru.const.txt');
const AMEND = path.resolve(ROOT, '..', 'shared', 'corpus', 'amendments');
const LAW = path.join(AMEND, 'kz-2011-403-IV-ru.txt');
const BEFORE = path.join(AMEND, 'kz-constitution-ru-1998-10-06.txt');

describe('atazan: one option reader for every command', () => {
  it('`--name=value` gives the same answer as `--name value` (apply, amendments, lint)', async () => {
    const a = await runCli(['apply', LAW, '--act', BEFORE]);
    const b = await runCli(['apply', LAW, `--act=${BEFORE}`]);
    assert.equal(a.code, 0, a.err);
    assert.equal(b.code, 0, b.err);
    assert.equal(b.out, a.out);
    const j1 = await runCli(['amendments', LAW, '--act', BEFORE, '--format', 'json']);
    const j2 = await runCli(['amendments', LAW, `--act=${BEFORE}`, '--format=json']);
    assert.equal(j1.code, 0, j1.err);
    assert.equal(j2.out, j1.out);
    assert.equal(JSON.parse(j2.out).instructions.length, 1);
    const l = await runCli(['lint', '--format=json', DRAFT]);
    assert.ok([0, 1].includes(l.code), l.err);
    assert.equal(JSON.parse(l.out)[0].file, DRAFT);
  });

  it('`-o=FILE` and `--output FILE` write the same file (apply)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-args-'));
    try {
      const x = path.join(dir, 'x.txt');
      const y = path.join(dir, 'y.txt');
      assert.equal((await runCli(['apply', LAW, '--act', BEFORE, `-o=${x}`])).code, 0);
      assert.equal((await runCli(['apply', LAW, '--act', BEFORE, '--output', y])).code, 0);
      assert.equal(fs.readFileSync(x, 'utf8'), fs.readFileSync(y, 'utf8'));
      assert.match(fs.readFileSync(x, 'utf8'), /3-1\. Внеочередные президентские выборы/u);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown option (migrate)', ['migrate', '--frm', 'kz-1995', DRAFT], /unknown option --frm/],
    ['an unknown option in the `=` form names the option only (parallel)', ['parallel', '--formt=json', DRAFT, DRAFT], /unknown option --formt$/m],
    ['a missing value (amend)', ['amend', DRAFT, DRAFT, '-o'], /-o needs a value/],
    ['an empty value (apply)', ['apply', LAW, '--act='], /--act needs a value/],
    ['a value outside the allowed ones (amendments)', ['amendments', LAW, '--format', 'xml'], /--format must be one of: text, json/],
    ['a value outside the allowed ones (amend --lang)', ['amend', DRAFT, DRAFT, '--lang=en'], /--lang must be one of: ru, kk/],
    ['a value given to a switch (renumber)', ['renumber', '--write=yes', DRAFT], /--write takes no value/],
    ['a value outside the allowed ones (table)', ['table', DRAFT, '--format', 'pdf'], /--format must be one of: json, md, html, docx/],
    ['a value outside the allowed ones (lint --lang)', ['lint', '--lang', 'de', DRAFT], /--lang must be one of: en, ru, kk/],
  ];
  for (const [what, argv, message] of usage) {
    it(`usage error, exit 2: ${what}`, async () => {
      const r = await runCli(argv);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, message);
      assert.equal(r.out, '');
    });
  }

  it('`--` ends the options: a file named like an option is read as a file (lint)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-args-'));
    const cwd = process.cwd();
    try {
      fs.copyFileSync(DRAFT, path.join(dir, '--draft.txt'));
      process.chdir(dir);
      const r = await runCli(['lint', '--format', 'json', '--', '--draft.txt']);
      assert.ok([0, 1].includes(r.code), r.err);
      assert.equal(JSON.parse(r.out)[0].file, '--draft.txt');
    } finally {
      process.chdir(cwd);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
