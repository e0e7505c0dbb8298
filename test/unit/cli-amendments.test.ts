// `atazan amendments` (issue 11): the instructions and problems of a real law against the act it amends.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';

const DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'amendments');
const LAW07 = path.join(DIR, 'kz-2007-254-III-ru.txt');
const BEFORE = path.join(DIR, 'kz-constitution-ru-1998-10-06.txt');

describe('atazan amendments (issue 11)', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-bill-')); });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('a law amending several acts: the summary counts the acts its items name (session 25: it named the enacting sentence as the act)', async () => {
    const law = path.resolve(__dirname, '..', 'fixtures', 'acts', 'bills', 'ru-kz-law-28757-mutual-insurance-2006.txt');
    const r = await runCli(['amendments', law]);
    assert.match(r.err, /26 instructions, 1 problems \(the bill amends 8 acts, each named by its items: give one's text with --act PATH to check its targets\)/u);
    const one = path.resolve(__dirname, '..', 'fixtures', 'acts', 'bills', 'ru-kz-law-15684-civil-code-mortgage-2003.txt');
    assert.match((await runCli(['amendments', one])).err, /\(the bill amends Гражданский кодекс Республики Казахстан[^:]*: give its text with --act PATH/u);
  });

  it('a chapter\'s target says which: its heading (`title`), the whole chapter (`chapterWhole`), its whole text (`everywhere`)', async () => {
    const file = path.join(dir, 'chapters-ru.txt');
    fs.writeFileSync(file, 'Статья 1. Внести в Закон Республики Казахстан "О выборах" следующие изменения:\n\n1) главу 5 исключить;\n2) заголовок главы 6 изложить в следующей редакции:\n"Глава 6. Новое";\n3) по всему тексту главы 7 слово "а" заменить словом "б";\n');
    const r = await runCli(['amendments', file, '--format', 'json']);
    assert.deepEqual(JSON.parse(r.out).instructions.map((i: { kind: string; target: object }) => [i.kind, i.target]), [
      ['delete-unit', { chapterWhole: true, chapter: '5' }], ['replace-unit', { title: true, chapter: '6' }], ['replace-words', { everywhere: true, chapter: '7' }],
    ]);
  });

  it('--format json: the 2007 law against the 1998 text, every target found', async () => {
    const r = await runCli(['amendments', LAW07, '--act', BEFORE, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.act, BEFORE);
    assert.equal(j.instructions.length, 50);
    assert.deepEqual(j.diagnostics, []);
    const nine = j.instructions.find((i: { item: string }) => i.item === '9');
    assert.deepEqual([nine.kind, nine.target], ['delete-unit', { article: '43', paragraph: '2' }]);
    assert.deepEqual(nine.range.start, { line: 38, character: 0 });
    const w = j.instructions.find((i: { item: string }) => i.item === '7.1');
    assert.deepEqual([w.kind, w.target, w.old, w.new], ['replace-words', { article: '41', paragraph: '1' }, 'семь', 'пять']);
  });

  it('the real 2011 law against the bundled kz-1995 (edition of 01.01.2023, which already has it): exit 0, one information note; against the 1998 text it amended, checked', async () => {
    const law = path.join(DIR, 'kz-2011-403-IV-ru.txt');
    const r = await runCli(['amendments', law, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepEqual(j.diagnostics.map((d: { code: string; severity: string }) => [d.code, d.severity]), [['bill-earlier-edition', 'information']]);
    assert.match(j.diagnostics[0].message, /earlier edition .*edition of 01\.01\.2023, which already has 1 of its 1 changes/u);
    // Bound to a file (its edition unknown to the tool): checked; the 1998 text has no 41.3-1 yet.
    const b = await runCli(['amendments', law, '--act', BEFORE, '--format', 'json']);
    assert.equal(b.code, 0, b.err);
    assert.deepEqual(JSON.parse(b.out).diagnostics, []);
    const t = await runCli(['table', law, '--format', 'md']);
    assert.match(t.err, /amends an earlier edition/u);
    assert.match(t.err, /item — does not apply/u);
  });

  it('a bill of an act that is not bundled (the 2004 law amending «О выборах»): read, not checked against kz-1995; apply asks for --act', async () => {
    const bill = path.resolve(__dirname, '..', 'fixtures', 'acts', 'ru-kz-constitutional-law-amending-Z040000545.txt');
    const r = await runCli(['amendments', bill, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.act, null);
    assert.deepEqual(j.instructions.map((i: { item: string; kind: string; target: unknown }) => [i.item, i.kind, i.target]), [
      ['1', 'replace-unit', { article: '4', paragraph: '4' }], ['2', 'replace-unit', { article: '5', paragraph: '3' }],
    ]);
    // Against the Constitution its targets would be wrong findings; there are none.
    assert.deepEqual(j.diagnostics, []);
    const a = await runCli(['apply', bill]);
    assert.equal(a.code, 2);
    assert.match(a.err, /--act PATH/u);
  });

  for (const [lang, file, from, to] of [
    ['ru', 'kz-2007-254-III-ru.txt', '9. Пункт 2 статьи 43 исключить.', '9. Пункт 7 статьи 43 исключить.'],
    ['kk', 'kz-2007-254-III-kk.txt', '9. 43-баптың 2-тармағы алып тасталсын.', '9. 43-баптың 7-тармағы алып тасталсын.'],
  ] as const) {
    it(`${lang}: a seeded missing target gives bill-target-missing at the number, exit 1`, async () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      assert.ok(text.includes(from));
      const seeded = text.replace(from, to);
      const f = path.join(dir, file);
      fs.writeFileSync(f, seeded);
      const r = await runCli(['amendments', f, '--act', BEFORE, '--format', 'json']);
      assert.equal(r.code, 1);
      const j = JSON.parse(r.out);
      assert.deepEqual(j.diagnostics.map((d: { code: string }) => d.code), ['bill-target-missing']);
      const line = seeded.split('\n').findIndex((l) => l === to);
      const col = to.indexOf('7');
      assert.deepEqual(j.diagnostics[0].range.start, { line, character: col });
      assert.match(j.diagnostics[0].message, /Item 9: the act has no unit 43\.7/);
    });
  }

  it('text format, and usage errors exit 2', async () => {
    const r = await runCli(['amendments', path.join(DIR, 'kz-2011-403-IV-ru.txt'), '--act', BEFORE]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /kz-2011-403-IV-ru\.txt:5:1: — insert-unit article 41 paragraph 3-1/);
    assert.equal((await runCli(['amendments', BEFORE])).code, 2);
    assert.equal((await runCli(['amendments'])).code, 2);
  });
});

describe('atazan amendments and apply: one rule for --act (issue 11)', () => {
  // A file named like a bundled act id in the working directory is the drafter's own copy: every command
  // that takes --act reads it (apply and table did; amendments read the bundled act instead).
  let dir: string;
  let cwd: string;
  before(() => {
    cwd = process.cwd();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-act-'));
    fs.copyFileSync(BEFORE, path.join(dir, 'kz-1995'));
    process.chdir(dir);
  });
  after(() => { process.chdir(cwd); fs.rmSync(dir, { recursive: true, force: true }); });

  it('--act kz-1995 with a file of that name: amendments checks the 2007 law against the file (the 1998 text, no problem), as apply does', async () => {
    const r = await runCli(['amendments', LAW07, '--act', 'kz-1995', '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out).diagnostics, []);
    const a = await runCli(['apply', LAW07, '--act', 'kz-1995']);
    assert.equal(a.code, 0, a.err);
    assert.match(a.err, /50 of 50 instructions applied/);
  });

  it('without the file, kz-1995 is the bundled consolidated text: the 2007 law no longer applies to it cleanly', async () => {
    fs.renameSync(path.join(dir, 'kz-1995'), path.join(dir, 'kz-1995.txt'));
    try {
      const r = await runCli(['amendments', LAW07, '--act', 'kz-1995', '--format', 'json']);
      assert.ok(JSON.parse(r.out).diagnostics.length > 0, 'the consolidated text already has the 2007 changes');
    } finally { fs.renameSync(path.join(dir, 'kz-1995.txt'), path.join(dir, 'kz-1995')); }
  });
});
