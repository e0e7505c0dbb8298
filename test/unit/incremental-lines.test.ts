// Typing in a line outside any article whose region cites after it (issue 15, session 17): a preamble
// or a header with citations further down (a Constitutional Council resolution, a law's preamble), a
// section's title typed with text under it that cites. Until session 17 each keystroke there was a full
// analysis ('references after the edit in the … region'); now the region's later lines are read again
// (core/incremental.ts linePath). Each result must equal a full analysis of the edited text (canon).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Analysis, analyze, analyzeIncremental, createLanguageService, incrementalStats } from '../../server/src/core';
import { canon } from './incremental.test';

const ACTS = path.join(__dirname, '..', 'fixtures', 'acts');
/** The laws that amended the 1995 Constitution (../shared/corpus/amendments, SOURCES.md there). */
const AMENDMENTS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'amendments');
const act = (name: string) => fs.readFileSync(name.startsWith('kz-1998') ? path.join(AMENDMENTS, name) : path.join(ACTS, name), 'utf8');

/** Types `s` at `at`, one character per edit; each must be incremental and equal a full analysis. */
function typeAt(an: Analysis, at: number, s: string): Analysis {
  for (const ch of s) {
    const fast = incrementalStats.fast;
    const next = an.text.slice(0, at) + ch + an.text.slice(at);
    const inc = analyzeIncremental(an, { start: at, end: at, text: ch });
    assert.equal(incrementalStats.fast, fast + 1, `«${ch}» at ${at}: ${incrementalStats.lastFallback}`);
    assert.deepEqual(canon(inc), canon(analyze(next)), `«${ch}» at ${at}`);
    an = inc;
    at += ch.length;
  }
  return an;
}

/** The first line of `an` whose region (up to the next heading) cites after it, and its kind. */
function lineCitedAfter(an: Analysis, kinds: readonly string[]): { at: number; kind: string } {
  const lines = an.doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!kinds.includes(l.kind) || l.content.end <= l.content.start) continue;
    let j = i + 1;
    while (j < lines.length && !['article', 'section', 'chapter', 'subchapter'].includes(lines[j].kind)) j++;
    const end = j < lines.length ? lines[j].span.start : an.text.length + 1;
    if (an.references.some((r) => r.ref.span.start > l.span.end && r.ref.span.start < end)) return { at: l.content.start + ((l.content.end - l.content.start) >> 1), kind: l.kind };
  }
  throw new Error('no such line');
}

describe('incremental analysis: a line outside articles whose region cites after it', function () {
  this.timeout(120000);

  for (const [name, kinds] of [
    ['cites-kk-constitutional-council-1996.txt', ['preamble']],
    ['cites-ru-constitution-1995-art72.txt', ['preamble']],
    // The 1998 law: its instructions stand outside any article, after «I. В Конституцию … внести
    // следующие изменения:» (an amending sentence: their citations name the amended act's units).
    ['kz-1998-284-I-ru.txt', ['preamble']],
    ['kz-1998-284-I-kk.txt', ['preamble']],
  ] as const) {
    it(`${name}: a word typed and deleted in the ${kinds.join(' or ')} before a citation`, () => {
      const text = act(name);
      let an = analyze(text);
      let found: { at: number; kind: string };
      try {
        found = lineCitedAfter(an, kinds);
      } catch {
        // (The fixture has no such line: the case is the one below on a constructed region.)
        return assert.fail(`${name}: no ${kinds.join('/')} line with a citation after it in its region`);
      }
      an = typeAt(an, found.at, ' статьи 5 ');
      // Deleting what was typed, character by character from its end.
      for (let k = ' статьи 5 '.length; k > 0; k--) {
        const at = found.at + k - 1;
        const fast = incrementalStats.fast;
        const next = an.text.slice(0, at) + an.text.slice(at + 1);
        an = analyzeIncremental(an, { start: at, end: at + 1, text: '' });
        assert.equal(incrementalStats.fast, fast + 1, incrementalStats.lastFallback);
        assert.deepEqual(canon(an), canon(analyze(next)));
      }
      assert.equal(an.text, text);
    });
  }

  it('a section\'s title typed while text under it cites (the citations after it move and resolve as before)', () => {
    const text = 'Статья 1. Первая\nТекст.\nСтатья 2. Вторая\nТекст.\nРаздел II. Общие\nНастоящий раздел применяется с учётом статьи 1 и пункта 2 статьи 3.\nСм. также статью 2.\nСтатья 3. Третья\n1. Один.\n2. Два.\n';
    const an = analyze(text);
    const at = text.indexOf('Общие') + 'Общие'.length;
    assert.ok(an.targets.filter((t) => t.ok).length >= 3);
    const done = typeAt(an, at, ' положения');
    const cite = done.targets.find((t) => t.ref.span.start > at && t.unit?.kind === 'paragraph')!;
    assert.equal(done.text.slice(cite.ref.span.start, cite.ref.span.end), 'пункта 2 статьи 3');
  });

  it('after an amending sentence of the preamble the later citations stay external (the 1998-style law)', () => {
    const text = 'Закон о внесении изменений\nВ Конституцию Республики Казахстан внести следующие изменения:\n1) в пункте 2 статьи 5 слова «ааа» заменить словами «ббб»;\n2) статью 7 исключить.\nСтатья 1. Первая\nТекст со ссылкой на статью 1.\n';
    const an = analyze(text);
    const external = (a: Analysis) => a.references.filter((r) => r.ref.span.start < a.text.indexOf('Статья 1.')).map((r) => r.ref.external);
    assert.ok(external(an).length >= 2 && external(an).every(Boolean), 'the instructions cite the amended act');
    const at = text.indexOf('о внесении') + 1;
    const done = typeAt(an, at, 'ещё ');
    assert.deepEqual(external(done), external(an));
  });

  it('through the language service: definitions and problems after typing in a resolution\'s header equal a fresh open', () => {
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x ?? null));
    const text = act('cites-ru-constitution-1995-art72.txt') + '\nСтатья 1. Текст\nСогласно пункту 2 статьи 1.\n';
    const svc = createLanguageService();
    svc.open('d:1', text);
    svc.problems('d:1');
    const at = text.indexOf('в случаях');
    const fast = incrementalStats.fast;
    for (const [i, ch] of [...'также '].entries()) svc.change('d:1', [{ start: at + i, end: at + i, text: ch }]);
    svc.problems('d:1');
    assert.equal(incrementalStats.fast, fast + 'также '.length, incrementalStats.lastFallback);
    const edited = text.slice(0, at) + 'также ' + text.slice(at);
    const fresh = createLanguageService();
    fresh.open('d:2', edited);
    assert.deepEqual(plain(svc.problems('d:1')), plain(fresh.problems('d:2')));
    const cite = edited.indexOf('статьи 47') + 'статьи '.length;
    assert.deepEqual(plain(svc.hover('d:1', cite)), plain(fresh.hover('d:2', cite)));
    assert.deepEqual(plain(svc.semanticTokens('d:1')), plain(fresh.semanticTokens('d:2')));
  });
});
