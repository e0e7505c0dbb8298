// Typing inside a comment in an article's body (issue 15, session 17): a note, a justification
// («<!-- обоснование: … -->»), a reminder. Until session 17 every keystroke there was a full analysis
// (checkEdit: 'comment'). Now the edit is taken on the fast path when the comment stays a plain one
// ending where it did (core/incremental.ts commentEdit), and each result must equal a full analysis of
// the edited text (canon: every line, unit, comment, reference, target, problem and the masked text).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { type Analysis, analyze, analyzeIncremental, createLanguageService, incrementalStats } from '../../server/src/core';
import { corpus } from '../support/files';
import { generateDraft } from '../../bench/generate';
import { canon } from './incremental.test';

const DRAFT = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'draft-2026-ru.const.txt'), 'utf8');

/** `text` with `insert` put at the end of the first body line of article `number` (its heading: `head`). */
function withComment(text: string, head: string, insert: string): { text: string; at: number } {
  const h = text.indexOf(head);
  assert.ok(h >= 0, head);
  const lineEnd = text.indexOf('\n', text.indexOf('\n', h) + 1);
  return { text: text.slice(0, lineEnd) + insert + text.slice(lineEnd), at: lineEnd };
}

/** Types `s` one character at a time at `at`; each keystroke must be incremental and equal a full analysis. */
function typeAt(an: Analysis, at: number, s: string, expectFast = true): Analysis {
  for (const ch of s) {
    const fast = incrementalStats.fast;
    const next = an.text.slice(0, at) + ch + an.text.slice(at);
    const inc = analyzeIncremental(an, { start: at, end: at, text: ch });
    assert.equal(inc.text, next);
    if (expectFast) assert.equal(incrementalStats.fast, fast + 1, `«${ch}» at ${at}: ${incrementalStats.lastFallback}`);
    assert.deepEqual(canon(inc), canon(analyze(next)), `«${ch}» at ${at}`);
    an = inc;
    at += ch.length;
  }
  return an;
}

describe('incremental analysis: typing inside a comment in an article body', function () {
  this.timeout(120000);

  it('a note typed letter by letter in a comment before a citation on the same line (2026 draft): every keystroke fast', () => {
    // The citation after the comment moves with each letter: its span, its target's, the line's content.
    const { text, at } = withComment(DRAFT, 'Статья 44', ' <!--  --> согласно пункту 2 статьи 44');
    const an = analyze(text);
    assert.ok(an.targets.some((t) => t.ref.span.start > at && t.ref.span.start < at + 60), 'the citation after the comment is read');
    const inside = at + ' <!-- '.length;
    const done = typeAt(an, inside, 'проверить с Минюстом, ст. 5');
    assert.equal(done.doc.comments.find((c) => c.span.start === at + 1)!.text, '<!-- проверить с Минюстом, ст. 5 -->');
    assert.ok(!done.references.some((r) => r.ref.span.start > inside && r.ref.span.start < inside + 30), 'no citation is read inside the comment');
  });

  it('deleting and replacing text in a comment, a comment-only line, a justification, a closed comment over two lines', () => {
    const base = withComment(DRAFT, 'Статья 10', '\n<!-- обоснование: норма уточнена по предложению рабочей группы -->\n<!-- первая строка\nвторая строка -->').text;
    let an = analyze(base);
    const c1 = (a: Analysis) => a.doc.comments.find((c) => c.text.includes('обоснование'))!.span;
    const c2 = (a: Analysis) => a.doc.comments.find((c) => c.text.includes('первая строка'))!.span;
    const edits = [
      (a: Analysis) => ({ start: c1(a).start + 20, end: c1(a).start + 26, text: '' }),
      (a: Analysis) => ({ start: c1(a).start + 20, end: c1(a).start + 21, text: 'Н' }),
      (a: Analysis) => ({ start: c2(a).end - 10, end: c2(a).end - 8, text: 'ВТ' }), // on the comment's second line
      (a: Analysis) => ({ start: c2(a).start + 6, end: c2(a).start + 6, text: 'это ' }),
    ];
    let text = base;
    for (const edit of edits) {
      const e = edit(an);
      const fast = incrementalStats.fast;
      const next = text.slice(0, e.start) + e.text + text.slice(e.end);
      an = analyzeIncremental(an, e);
      assert.equal(incrementalStats.fast, fast + 1, `${JSON.stringify(e)}: ${incrementalStats.lastFallback}`);
      assert.deepEqual(canon(an), canon(analyze(next)), JSON.stringify(e));
      text = next;
    }
  });

  it('in the Kazakh and English texts (1995 kk, en) and a generated code of 120 articles', () => {
    for (const [src, head] of [[corpus('kz-1995-kk.txt'), '20-бап'], [corpus('kz-1995-en.txt'), 'Article 20'], [generateDraft({ articles: 120, seed: 7 }).text, 'Статья 60']] as const) {
      const { text, at } = withComment(src, head, ' <!-- x -->');
      typeAt(analyze(text), at + ' <!-- x'.length, ' ескерту, note, примечание');
    }
  });

  it('falls back, and is still right, where the comment\'s meaning or shape changes', () => {
    const cases: { insert: string; offset: number; typed: string; end?: number; reason: string }[] = [
      // The comment closed early: the text after the new «-->» comes out of it.
      { insert: ' <!-- заметка -->', offset: ' <!-- зам'.length, typed: '-->', reason: 'comment delimiter' },
      // A prior annotation typed («<!-- prior: 7 -->» is one of the article's pins).
      { insert: ' <!--  7 -->', offset: ' <!-- '.length, typed: 'prior:', reason: 'annotation in a comment' },
      // The cited Constitution named.
      { insert: ' <!--  kz-1995 -->', offset: ' <!-- '.length, typed: 'cites:', reason: 'annotation in a comment' },
      // A line break typed in a comment.
      { insert: ' <!-- заметка -->', offset: ' <!-- зам'.length, typed: '\n', reason: 'line break in a comment' },
      // An annotation edited (its number): a full analysis as before.
      { insert: ' <!-- prior: 7 -->', offset: ' <!-- prior: '.length, typed: '1', reason: 'annotation in a comment' },
    ];
    for (const k of cases) {
      const { text, at } = withComment(DRAFT, 'Статья 30', k.insert);
      const an = analyze(text);
      const s = at + k.offset;
      const fallback = incrementalStats.fallback;
      let cur = an;
      let curText = text;
      for (let i = 0; i < k.typed.length; i++) {
        const ch = k.typed[i];
        const next = curText.slice(0, s + i) + ch + curText.slice(s + i);
        cur = analyzeIncremental(cur, { start: s + i, end: s + i, text: ch });
        assert.deepEqual(canon(cur), canon(analyze(next)), `${k.typed} [${i}]`);
        curText = next;
      }
      assert.ok(incrementalStats.fallback > fallback, `${k.typed}: fell back`);
    }
    // A dash typed into «--->» («<!-- заметка ---->»): the first «-->» is still the comment's last three
    // characters, so the comment keeps its end: the fast path (the analysis it started from is consumed).
    const { text, at } = withComment(DRAFT, 'Статья 30', ' <!-- заметка --->');
    const an = analyze(text);
    analyzeIncremental(an, { start: at + ' <!-- заметка -'.length, end: at + ' <!-- заметка -'.length, text: '-' });
    assert.equal(an.stale, true, incrementalStats.lastFallback);
    // «-->» typed in the middle of the text: the comment would end there; the reason says so.
    const b = analyze(withComment(DRAFT, 'Статья 30', ' <!-- заметка -->').text);
    const c = b.doc.comments.find((x) => x.text === '<!-- заметка -->')!;
    analyzeIncremental(b, { start: c.span.start + 8, end: c.span.start + 8, text: '--> ' });
    assert.equal(incrementalStats.lastFallback, 'comment delimiter');
  });

  it('an unclosed comment, a comment on a heading line and an edit touching a delimiter are left to a full analysis', () => {
    const unclosed = withComment(DRAFT, 'Статья 31', ' <!-- не закрыт');
    let an = analyze(unclosed.text);
    let at = unclosed.at + ' <!-- не'.length;
    let fast = incrementalStats.fast;
    let inc = analyzeIncremental(an, { start: at, end: at, text: 'x' });
    assert.equal(incrementalStats.fast, fast, 'unclosed: not fast');
    assert.deepEqual(canon(inc), canon(analyze(unclosed.text.slice(0, at) + 'x' + unclosed.text.slice(at))));
    const h = DRAFT.indexOf('Статья 32');
    const headed = DRAFT.slice(0, h + 'Статья 32'.length) + ' <!-- заметка -->' + DRAFT.slice(h + 'Статья 32'.length);
    an = analyze(headed);
    at = h + 'Статья 32 <!-- зам'.length;
    fast = incrementalStats.fast;
    inc = analyzeIncremental(an, { start: at, end: at, text: 'x' });
    assert.equal(incrementalStats.fast, fast);
    assert.equal(incrementalStats.lastFallback, 'comment on a heading line');
    assert.deepEqual(canon(inc), canon(analyze(headed.slice(0, at) + 'x' + headed.slice(at))));
    // Typed right after «<!--» or right before «-->»: part of a delimiter's neighbourhood, not inside.
    const plain = withComment(DRAFT, 'Статья 33', ' <!--заметка-->');
    for (const off of [' <!-'.length, ' <!--заметка-'.length]) {
      an = analyze(plain.text);
      at = plain.at + off;
      inc = analyzeIncremental(an, { start: at, end: at, text: '-' });
      assert.deepEqual(canon(inc), canon(analyze(plain.text.slice(0, at) + '-' + plain.text.slice(at))));
    }
  });

  it('random edits inside comments of a generated draft equal a full analysis (property)', () => {
    const src = generateDraft({ articles: 60, seed: 12 }).text;
    // A comment on every fifth article's first body line: alone on a line, or before text.
    let text = src;
    for (let k = 55; k >= 5; k -= 5) {
      text = withComment(text, `Статья ${k}\n`, k % 10 ? '\n<!-- примечание к статье -->' : ' <!-- см. статью 3 --> и пункт 1 статьи 2').text;
    }
    const base = analyze(text);
    const comments = base.doc.comments.map((c) => ({ start: c.span.start, end: c.span.end }));
    const pieces = ['a', 'б', ' ', '-', '>', '<', '!', '-->', '<!--', 'prior: 3', 'статьи 5', '\n', 'ә', '\u200b'];
    fc.assert(fc.property(
      fc.integer({ min: 0, max: comments.length - 1 }), fc.nat(100), fc.nat(3), fc.constantFrom(...pieces), (ci, o, len, ins) => {
        const c = comments[ci];
        const start = c.start + 4 + (o % Math.max(1, c.end - c.start - 7));
        const end = Math.min(c.end - 3, start + len);
        const next = text.slice(0, start) + ins + text.slice(end);
        const inc = analyzeIncremental(analyze(text), { start, end, text: ins });
        assert.deepEqual(canon(inc), canon(analyze(next)), JSON.stringify({ start, end, ins }));
      },
    ), { seed: 20261206, numRuns: 150 });
  });

  it('through the language service: the tokens, folding, outline and problems after a note typed equal a fresh open', () => {
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x ?? null));
    const { text, at } = withComment(DRAFT, 'Статья 50', '\n<!-- обоснование:  -->\nсогласно статье 49');
    const svc = createLanguageService();
    svc.open('d:1', text);
    svc.problems('d:1');
    svc.prepare('d:1');
    const inside = at + '\n<!-- обоснование: '.length;
    const note = 'уточнено';
    const fast = incrementalStats.fast;
    for (let i = 0; i < note.length; i++) {
      svc.change('d:1', [{ start: inside + i, end: inside + i, text: note[i] }]);
      svc.problems('d:1');
    }
    assert.equal(incrementalStats.fast, fast + note.length, incrementalStats.lastFallback);
    const edited = text.slice(0, inside) + note + text.slice(inside);
    const fresh = createLanguageService();
    fresh.open('d:2', edited);
    assert.equal(svc.text('d:1'), edited);
    assert.deepEqual(plain(svc.problems('d:1')), plain(fresh.problems('d:2')));
    assert.deepEqual(plain(svc.semanticTokens('d:1')), plain(fresh.semanticTokens('d:2')));
    assert.deepEqual(plain(svc.foldingRanges('d:1')), plain(fresh.foldingRanges('d:2')));
    assert.deepEqual(plain(svc.documentSymbols('d:1')), plain(fresh.documentSymbols('d:2')));
    const cite = edited.indexOf('статье 49', inside) + 'статье '.length;
    assert.deepEqual(plain(svc.definition('d:1', cite)), plain(fresh.definition('d:2', cite)));
    assert.equal(svc.definition('d:1', cite).length, 1, 'the citation after the comment still resolves');
  });
});
