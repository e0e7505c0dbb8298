// `atazan table` on an amendment bill (issue 11): the bill's comparative table against the act it amends,
// as *Comparative Table* gives it in the editor. The real 2007 law (No. 254-III) on the consolidated text
// of 1998-10-06 (../shared/corpus/amendments/SOURCES.md section C).

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../support/cli';

const DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'amendments');
const LAW = path.join(DIR, 'kz-2007-254-III-ru.txt');
const BEFORE = path.join(DIR, 'kz-constitution-ru-1998-10-06.txt');

describe('atazan table on an amendment bill (issue 11)', () => {
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-billtable-')); });
  after(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('--act PATH --format json: a row per amended unit; md to stdout with the official headers', async () => {
    const j = await runCli(['table', LAW, '--act', BEFORE, '--format', 'json']);
    assert.equal(j.code, 0, j.err);
    const t = JSON.parse(j.out) as { title: string; rows: { label: string; change: string; inForce: string | null }[] };
    assert.equal(t.rows.length, 64);
    assert.deepEqual(t.rows.slice(0, 3).map((r) => r.label), ['Пункт 3 статьи 2', 'Пункт 1 статьи 5', 'Пункт 2 статьи 5']);
    assert.equal(t.rows.find((r) => r.label === 'Статья 84')?.change, 'excluded');
    assert.equal(j.err, '');
    const m = await runCli(['table', LAW, '--act', BEFORE]);
    assert.equal(m.code, 0, m.err);
    assert.match(m.out, /^# Сравнительная таблица к проекту Закона «О внесении изменений и дополнений в Конституцию Республики Казахстан»/u);
    assert.match(m.out, /\| Структурная единица \| Действующая редакция \| Предлагаемая редакция \| Обоснование \|/u);
    assert.match(m.out, /\| Статья 81 \| .*~~судам общей юрисдикции~~/u);
  });

  it('-o FILE --format docx writes a Word file; against the bundled kz-1995 the instructions that do not apply are named', async () => {
    const out = path.join(dir, 't.docx');
    const r = await runCli(['table', LAW, '--act', BEFORE, '--format', 'docx', '-o', out]);
    assert.equal(r.code, 0, r.err);
    assert.equal(fs.readFileSync(out).subarray(0, 2).toString(), 'PK');
    assert.match(r.err, /comparative table of the bill written \(64 units/);
    // kz-1995 is the text after every amendment: some of the 2007 law's word edits find nothing there.
    const b = await runCli(['table', LAW, '--format', 'json']);
    assert.equal(b.code, 0, b.err);
    assert.match(b.err, /kz-2007-254-III-ru\.txt:\d+:\d+: .*: item [\d.]+ does not apply/u);
  });
});
