// A line of the model is one object (issue 15, session 9: parser.ts LineRow): the line *is* its content
// span, shared with the heading span of the unit on it and with article.lines; a line whose content
// differs from its span (indentation, Markdown heading markers, trailing blanks) keeps its span apart.
// What readers see must not change: each line's span is the line's bounds, its content the line without
// leading blanks, BOM, heading markers and trailing blanks, the spans read as plain spans (JSON, spread,
// keys), before and after incremental edits (which anchor the model's spans in place).

import * as assert from 'node:assert/strict';
import { type Analysis, analyze, analyzeIncremental, incrementalStats, type Span } from '../../server/src/core';
import { corpus } from '../support/files';

const FILES = ['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt', 'kz-2026-adopted-ru.txt', 'kz-2026-final-draft-ru.txt', 'kz-2026-final-draft-kk.txt'];

/** Each line's bounds and content, computed here from the text alone (line breaks \r\n, \r, \n). */
function expectedLines(text: string): { span: Span; content: Span }[] {
  const out: { span: Span; content: Span }[] = [];
  const re = /\r\n|\r|\n/g;
  let pos = 0;
  for (;;) {
    const m = re.exec(text);
    const eol = m ? m.index : text.length;
    let cs = pos;
    while (cs < eol && /[ \t\u00a0\ufeff]/u.test(text[cs])) cs++;
    let ce = eol;
    while (ce > cs && /[ \t\u00a0]/u.test(text[ce - 1])) ce--;
    const md = /^#{1,6}[ \t]+/u.exec(text.slice(cs, ce));
    if (md && ce - cs > md[0].length) cs += md[0].length;
    out.push({ span: { start: pos, end: eol }, content: { start: cs, end: ce } });
    if (!m) break;
    pos = eol + m[0].length;
  }
  return out;
}

const plain = (s: Span) => ({ start: s.start, end: s.end });

/** Lines as the readers see them: bounds, content, kind, and how the spans read as values. */
function checkLines(an: Analysis, label: string, shared = true): string[] {
  const want = expectedLines(an.text);
  const lines = an.doc.lines;
  assert.equal(lines.length, want.length, `${label}: line count`);
  const kinds: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const at = `${label}: line ${i + 1}`;
    assert.deepEqual(plain(l.span), want[i].span, at);
    assert.deepEqual(plain(l.content), want[i].content, at);
    // A span read as a value is a span: nothing of the line (its kind) comes with it.
    for (const s of [l.span, l.content]) {
      assert.deepEqual(JSON.parse(JSON.stringify(s)), plain(s), at);
      assert.deepEqual({ ...s }.start ?? s.start, s.start, at);
      assert.ok(!Object.keys(s).includes('kind'), at);
    }
    kinds.push(l.kind);
  }
  // A unit's heading span is its heading line's content span (one object; they move together). Not
  // checked after an edit: the re-parsed article's heading span is its own copy (incremental.ts).
  if (!shared) return kinds;
  const contentOf = new Set(lines.map((l) => l.content));
  for (const a of an.doc.articles) {
    assert.ok(contentOf.has(a.headSpan), `${label}: article ${a.number.text} heading`);
    for (const s of a.lines) assert.ok(contentOf.has(s), `${label}: a body line of article ${a.number.text}`);
    for (const p of a.paragraphs) assert.ok(contentOf.has(p.headSpan), `${label}: paragraph ${a.number.text}.${p.number.text}`);
  }
  return kinds;
}

describe('model lines: one object per line', () => {
  it('a line without indentation is its own span and content, and the heading span of the unit on it', () => {
    const text = ['Статья 1. Первая', '1. Текст статьи 1.', '  2. С отступом.  ', '## Статья 2. Вторая', '1) подпункт;', '', '   ', 'Текст.'].join('\n');
    const an = analyze(text);
    const ls = an.doc.lines;
    assert.deepEqual(ls.map((l) => l.kind), ['article', 'paragraph', 'paragraph', 'article', 'subparagraph', 'blank', 'blank', 'text']);
    for (const i of [0, 1, 4, 5, 7]) {
      assert.equal(ls[i].span, ls[i].content, `line ${i + 1}`);
      assert.equal(ls[i].content, ls[i] as unknown, `line ${i + 1}: the line is its content span`);
    }
    for (const i of [2, 3, 6]) assert.notEqual(ls[i].span, ls[i].content, `line ${i + 1}`);
    const [a1, a2] = an.doc.articles;
    assert.equal(a1.headSpan, ls[0].content);
    assert.equal(a2.headSpan, ls[3].content);
    assert.equal(a1.paragraphs[1].headSpan, ls[2].content);
    assert.equal(a1.lines[1], ls[2].content);
    assert.deepEqual(Object.keys(a1.headSpan), ['start', 'end']);
    assert.equal(JSON.stringify(a2.headSpan), `{"start":${text.indexOf('Статья 2')},"end":${text.indexOf('Статья 2') + 'Статья 2. Вторая'.length}}`);
    checkLines(an, 'small');
  });

  it('spans, contents and kinds on the six real texts and marked-up lines, before and after incremental edits', () => {
    const marked = ['\ufeff# Конституция', '', 'Раздел I', '### Статья 1. Общие \t', '\t1. Текст статьи 1 и пункта 2 статьи 2.\u00a0', '2. Текст.\r\n', 'Статья 2. Вторая\r', '1. Текст статьи 1.', ''].join('\n');
    let differing = 0;
    for (const [name, text] of [...FILES.map((f) => [f, corpus(f)]), ['marked', marked]]) {
      let an = analyze(text);
      const kinds = checkLines(an, name);
      differing += an.doc.lines.filter((l) => l.span !== l.content).length;
      let cur = text;
      // Edits inside articles (the fast path anchors the model's spans in place), before and after others.
      for (const k of [3, 1, 2]) {
        const art = an.doc.articles[Math.floor((an.doc.articles.length * k) / 4)];
        const line = art.lines.find((s) => s.end > s.start) ?? art.headSpan;
        const at = line.start + 1;
        const fast = incrementalStats.fast;
        cur = cur.slice(0, at) + 'ж' + cur.slice(at);
        an = analyzeIncremental(an, { start: at, end: at, text: 'ж' });
        if (name !== 'marked') assert.equal(incrementalStats.fast, fast + 1, `${name}: fast path (${incrementalStats.lastFallback})`);
        assert.deepEqual(checkLines(an, `${name} after an edit at ${at}`, false), checkLines(analyze(cur), `${name} full`));
      }
      assert.equal(kinds.length, an.doc.lines.length);
    }
    assert.ok(differing >= 3, `${differing} lines whose content differs from their span`);
  });
});

describe('model units: a paragraph\'s and subparagraph\'s title read from the text it was parsed from', () => {
  /** Every body unit's title, checked against the text at its title span. */
  function titles(an: Analysis, label: string): string[] {
    const out: string[] = [];
    for (const a of an.doc.articles) {
      for (const u of [...a.subparagraphs, ...a.paragraphs.flatMap((p) => [p, ...p.subparagraphs])]) {
        const at = `${label}: ${u.kind} ${a.number.text}/${u.number.text}`;
        const ts = u.titleSpan!;
        assert.equal(u.title, an.text.slice(ts.start, ts.end), at);
        assert.ok(!Object.prototype.hasOwnProperty.call(u, 'title'), at);
        out.push(`${u.kind}:${u.title}`);
      }
    }
    return out;
  }

  it('equal to the text at the title span on the six real texts and a code, before and after incremental edits', () => {
    const quoted = ['Статья 1. Внести в Закон следующие изменения:', '1) в статье 2:', '«1. Новый текст.»;', '2) пункт 3 исключить.', 'Статья 2. Вторая', '1. Исключен.', '2. а) лишний;', 'б) второй.', ''].join('\n');
    for (const [name, text] of [...FILES.map((f) => [f, corpus(f)]), ['quoted', quoted]]) {
      let an = analyze(text);
      const n = titles(an, name).length;
      assert.ok(n > 0, name);
      let cur = text;
      for (const k of [3, 1, 2]) {
        // An edit in a paragraph's title (the article re-parsed from the edited region) and the others moved.
        const art = an.doc.articles[Math.floor((an.doc.articles.length * k) / 4)];
        const u = art.paragraphs[0] ?? art.subparagraphs[0];
        const at = u ? u.titleSpan!.start + 1 : art.headSpan.end;
        cur = cur.slice(0, at) + 'ж' + cur.slice(at);
        an = analyzeIncremental(an, { start: at, end: at, text: 'ж' });
        assert.deepEqual(titles(an, `${name} after an edit at ${at}`), titles(analyze(cur), `${name} full`));
      }
    }
  });

  it('a title written is the unit\'s own; the others keep reading theirs', () => {
    const an = analyze(['Статья 1. Первая', '1. Первый пункт.', '2. Второй пункт:', '1) подпункт;', ''].join('\n'));
    const [p1, p2] = an.doc.articles[0].paragraphs;
    assert.deepEqual([p1.title, p2.title, p2.subparagraphs[0].title], ['Первый пункт.', 'Второй пункт:', 'подпункт;']);
    p1.title = 'Другой.';
    assert.deepEqual([p1.title, p2.title, p2.subparagraphs[0].title], ['Другой.', 'Второй пункт:', 'подпункт;']);
    assert.ok(Object.prototype.hasOwnProperty.call(p1, 'title'));
    assert.equal(an.doc.articles[0].paragraphs[0].excluded, false);
  });
});
