// The `atazan` CLI: exit codes, text / JSON / SARIF output, outline JSON, clear errors.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../support/cli';

const ROOT = path.join(__dirname, '..', '..');
const DRAFT_RU = path.join(ROOT, 'examples', 'draft-2026-ru.const.txt');
const DRAFT_KK = path.join(ROOT, 'examples', 'draft-2026-kk.const.txt');

describe('cli: atazan lint', () => {
  let tmp: string;
  let seeded: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-cli-'));
    seeded = path.join(tmp, 'seeded.const.txt');
    const text = fs.readFileSync(DRAFT_RU, 'utf8')
      .replace(/\nСтатья 4\n[\s\S]*?\nСтатья 5\n/, '\nСтатья 5\n')
      .replace('пунктом 3 статьи 62', 'пунктом 3 статьи 620');
    fs.writeFileSync(seeded, text);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('exits 0 on the real drafts and prints a summary', async () => {
    const r = await runCli(['lint', DRAFT_RU, DRAFT_KK]);
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
    assert.match(r.err, /draft-2026-ru\.const\.txt: ru, 11 sections, 96 articles, 34 references \(34 resolved\), 0 problems/);
    assert.match(r.err, /draft-2026-kk\.const\.txt: kk, 11 sections, 96 articles/);
  });

  it('exits 1 with compiler-style lines on a draft with errors', async () => {
    const r = await runCli(['lint', seeded]);
    assert.equal(r.code, 1);
    const lines = r.out.split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /seeded\.const\.txt:\d+:8: error article-number-gap Article 5 follows article 3: article 4 is missing$/);
    assert.match(lines[1], /seeded\.const\.txt:\d+:\d+: error reference-unresolved-article Article 620 does not exist in this document$/);
  });

  it('localises messages with --lang', async () => {
    const r = await runCli(['lint', seeded, '--lang', 'kk']);
    assert.match(r.out, /Құжатта 620-бап жоқ/);
    const ru = await runCli(['lint', seeded, '--lang', 'ru']);
    assert.match(ru.out, /Статьи 620 в документе нет/);
    // The summary too, with the language's plural forms.
    assert.match(r.err, /seeded\.const\.txt: ru, 11 бөлім, 95 бап, 34 сілтеме \(шешілгені: 33\), 2 ескертпе\n2 қате, 0 ескерту; файл саны: 1\n?$/);
    assert.match(ru.err, /seeded\.const\.txt: ru, 11 разделов, 95 статей, 34 ссылки \(разрешено: 33\), 2 замечания\n2 ошибки, 0 предупреждений; файлов: 1\n?$/);
  });

  it('JSON: 0-based LSP ranges in UTF-16 code units', async () => {
    const r = await runCli(['lint', seeded, '--format', 'json']);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out);
    assert.equal(json.length, 1);
    assert.equal(json[0].language, 'ru');
    const d = json[0].diagnostics[1];
    assert.equal(d.code, 'reference-unresolved-article');
    assert.equal(d.severity, 'error');
    const line = fs.readFileSync(seeded, 'utf8').split('\n')[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), '620');
  });

  it('SARIF 2.1.0', async () => {
    const r = await runCli(['lint', seeded, '--format', 'sarif']);
    const s = JSON.parse(r.out);
    assert.equal(s.version, '2.1.0');
    const run0 = s.runs[0];
    assert.equal(run0.tool.driver.name, 'atazan');
    assert.deepEqual(run0.tool.driver.rules.map((x: any) => x.id), ['article-number-gap', 'reference-unresolved-article']);
    assert.equal(run0.results.length, 2);
    assert.equal(run0.results[0].level, 'error');
    assert.equal(run0.results[0].locations[0].physicalLocation.region.startColumn, 8);
  });

  it('exit 2 with one clear line: missing file, directory, binary file, bad option', async () => {
    const bin = path.join(tmp, 'x.bin');
    fs.writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff]));
    const latin1 = path.join(tmp, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from([0x41, 0xe9, 0x0a]));
    for (const [args, re] of [
      [['lint', path.join(tmp, 'nope.txt')], /cannot read \(no such file\)/],
      [['lint', tmp], /is a directory/],
      [['lint', bin], /not a text file/],
      [['lint', latin1], /not a UTF-8 text file/],
      [['lint', DRAFT_RU, '--format', 'xml'], /--format must be one of: text, json, sarif/],
      [['lint'], /lint needs at least one FILE/],
      [['frobnicate'], /unknown command/],
    ] as [string[], RegExp][]) {
      const r = await runCli([...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err.split('\n')[0], re);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
    }
  });
});

describe('cli: atazan outline', () => {
  it('JSON in the documented shape', async () => {
    const r = await runCli(['outline', path.join(ROOT, 'data', 'priors', 'kz-1995-ru.txt'), '--format', 'json']);
    assert.equal(r.code, 0);
    const o = JSON.parse(r.out);
    assert.equal(o.language, 'ru');
    assert.equal(o.preamble, true);
    assert.equal(o.sections.length, 9);
    assert.deepEqual(Object.keys(o.sections[0]).sort(), ['number', 'range', 'title']);
    assert.equal(o.articles.length, 102);
    const a = o.articles.find((x: any) => x.number === '83-1');
    assert.equal(a.section, 'VII');
    assert.equal(a.chapter, null);
    assert.equal(a.excluded, false);
    assert.equal(o.articles.find((x: any) => x.number === '84').excluded, true);
    const a44 = o.articles.find((x: any) => x.number === '44');
    assert.equal(a44.paragraphs.length, 0);
    assert.ok(a44.subparagraphs.some((s: any) => s.number === '10-1'));
    assert.deepEqual(Object.keys(a).sort(), ['chapter', 'excluded', 'number', 'paragraphs', 'range', 'section', 'subparagraphs', 'title']);
  });

  it('text outline', async () => {
    const r = await runCli(['outline', DRAFT_KK]);
    assert.equal(r.code, 0);
    assert.match(r.out, /^language: kk, preamble/);
    assert.match(r.out, /\n {2}96 +\[line \d+; \d+ paragraphs/);
  });

  it('text outline of a law with chapters: each chapter\'s heading before its articles (session 25: articles only)', async () => {
    const r = await runCli(['outline', path.join(ROOT, 'test', 'fixtures', 'acts', 'kk-kz-law-28756-mutual-insurance.txt')]);
    assert.equal(r.code, 0);
    const chapters = r.out.split('\n').filter((l) => /^ \S/u.test(l));
    assert.deepEqual(chapters.map((l) => l.split('.')[0].trim()), ['1-тарау', '2-тарау', '3-тарау', '4-тарау', '5-тарау', '6-тарау']);
    assert.match(r.out, /\n 1-тарау\. ЖАЛПЫ ЕРЕЖЕЛЕР\n {2}1\. /u);
  });
});

describe('cli: a closed pipe (atazan … | head)', () => {
  it('exits 0 without a stack trace when the reader stops after the first line', function (done) {
    this.timeout(60000);
    const bin = path.join(ROOT, 'bin', 'atazan.js');
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'cli.js')), 'dist/cli.js is missing: run npm run build first');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { spawn } = require('node:child_process') as typeof import('node:child_process');
    const p = spawn(process.execPath, [bin, 'table', DRAFT_RU, '--format', 'md'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => { err += d; });
    p.stdout.once('data', () => p.stdout.destroy()); // what `head -1` does after its line
    p.on('close', (code) => {
      try {
        assert.equal(err, '', 'nothing on stderr');
        assert.equal(code, 0);
        done();
      } catch (e) { done(e); }
    });
  });
});
