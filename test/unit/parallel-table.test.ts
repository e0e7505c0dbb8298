// The side-by-side view of two language versions (issue 13, *Compare Language Versions*) on the real
// 2026 final draft (ru ↔ kk): one row per unit, each version's own text, divergences at their unit; and
// its Markdown, HTML and JSON renderings.

import * as assert from 'node:assert/strict';
import {
  analyze, compareParallel, parallelTable, parallelTableHtml, parallelTableJson, parallelTableMarkdown, parallelTitle,
} from '../../server/src/core';
import { corpus } from '../support/files';

const RU = corpus('kz-2026-final-draft-ru.txt');
const KK = corpus('kz-2026-final-draft-kk.txt');

describe('parallel: the side-by-side view of two language versions', () => {
  const ru = analyze(RU);
  const kk = analyze(KK);

  it('the real drafts: one row per unit, both cells filled, no divergence; article 62 side by side', () => {
    const t = parallelTable(compareParallel(ru, kk), ru, kk, 'ru');
    const units = ru.doc.sections.length + ru.doc.articles.reduce((n, a) => n + 1 + a.paragraphs.length + a.subparagraphs.length
      + a.paragraphs.reduce((m, p) => m + p.subparagraphs.length, 0), 0);
    assert.equal(t.rows.length, units);
    assert.ok(t.rows.every((r) => r.a && r.b));
    assert.equal(t.diverging, 0);
    const i = t.rows.findIndex((r) => r.kind === 'article' && r.a!.label === 'Статья 62');
    assert.ok(i > 0);
    assert.equal(t.rows[i].b!.label, '62-бап');
    assert.equal(t.rows[i].a!.text, RU.split('\n')[t.rows[i].a!.line]);
    // Its first paragraph: the Russian and the Kazakh text of paragraph 1, without their subparagraphs.
    const p1 = t.rows[i + 1];
    assert.equal(p1.kind, 'paragraph');
    assert.equal(p1.a!.label, 'пункт 1');
    assert.equal(p1.b!.label, '1-тармақ');
    assert.match(p1.a!.text, /^1\. Президент Республики Казахстан вправе распустить Курултай/);
    assert.match(p1.b!.text, /^1\. /);
  });

  it('a paragraph deleted from kk: its row has no kk cell and names the divergence; the HTML marks the row and escapes text', () => {
    // Article 62, paragraph 3 removed from the kk text.
    const kkLines = KK.split('\n');
    const at = kkLines.findIndex((l, i) => l.startsWith('3. ') && kkLines.slice(0, i).reverse().find((x) => /^\d+(-\d+)?-бап/.test(x)) === '62-бап');
    assert.ok(at > 0, 'kk 62-бап has a paragraph 3');
    kkLines.splice(at, 1);
    const kk2 = analyze(kkLines.join('\n'));
    const t = parallelTable(compareParallel(ru, kk2), ru, kk2, 'en');
    const missing = t.rows.filter((r) => r.a && !r.b);
    assert.deepEqual(missing.map((r) => r.a!.label), ['пункт 3']);
    assert.equal(missing[0].divergences.length, 1);
    assert.equal(missing[0].divergences[0].code, 'parallel-unit-missing');
    assert.ok(t.diverging >= 1);
    const html = parallelTableHtml(t, 'en', parallelTitle(t, 'en', 'draft'));
    assert.match(html, /<title>Language versions ru — kk: draft<\/title>/);
    assert.match(html, /<tr class="diverging missing"><td lang="ru"><span class="label">пункт 3<\/span>/);
    assert.match(html, /<td class="gap">—<\/td>/);
    // Text is escaped, never markup: a «<» in a cell stays text.
    const withTag = parallelTable(compareParallel(analyze(RU.replace('Статья 62\n', 'Статья 62\n<b>x</b>\n')), kk), ru, kk, 'en');
    assert.ok(!parallelTableHtml(withTag, 'en', 't').includes('<b>x</b>'));
  });

  it('Markdown and JSON carry the same rows; the summary is in the UI language', () => {
    const t = parallelTable(compareParallel(ru, kk), ru, kk, 'kk');
    const md = parallelTableMarkdown(t, 'kk', parallelTitle(t, 'kk', 'жоба'));
    assert.match(md, /^# Тіл нұсқалары ru — kk: жоба\n\nБірліктер саны: \d+; алшақтығы барлары: 0\n\n\| Орысша нұсқасы \| Қазақша нұсқасы \| Алшақтықтар \|\n\|---\|---\|---\|\n/);
    assert.equal(md.trimEnd().split('\n').length, 6 + t.rows.length);
    const json = JSON.parse(parallelTableJson(t, 'x'));
    assert.equal(json.rows.length, t.rows.length);
    assert.deepEqual(Object.keys(json.rows[0]).sort(), ['a', 'b', 'divergences', 'kind']);
  });
});
