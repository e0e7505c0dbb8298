// Seeded defects: a mutated copy of a real text yields exactly the expected code at the expected range,
// and nothing else.

import * as assert from 'node:assert/strict';
import { analyze, formatMessage } from '../../server/src/core';
import { corpus } from '../support/files';
import { lineOf } from '../support/text';


interface Seen {
  code: string;
  line: number; // 1-based
  text: string; // the text under the diagnostic range
}

function lintSeen(text: string): Seen[] {
  const an = analyze(text);
  return an.diagnostics.map((d) => ({
    code: d.code,
    line: an.lineIndex.positionAt(d.span.start).line + 1,
    text: text.slice(d.span.start, d.span.end),
  }));
}

/** Replaces the first occurrence of `from` on the line that starts with `lineStart` (unique). */
function mutateLine(text: string, lineStart: string, from: string, to: string): { text: string; line: number } {
  const lines = text.split('\n');
  const idx = lines.findIndex((l) => l.startsWith(lineStart));
  assert.ok(idx >= 0, `line starting with ${lineStart} not found`);
  assert.ok(lines[idx].includes(from), `“${from}” not on line ${idx + 1}`);
  lines[idx] = lines[idx].replace(from, to);
  return { text: lines.join('\n'), line: idx + 1 };
}

/** Replaces `from` on the first line that contains it. */
function mutateFirst(text: string, from: string, to: string): { text: string; line: number } {
  const lines = text.split('\n');
  const idx = lines.findIndex((l) => l.includes(from));
  assert.ok(idx >= 0, `“${from}” not found`);
  lines[idx] = lines[idx].replace(from, to);
  return { text: lines.join('\n'), line: idx + 1 };
}

function deleteArticle(text: string, heading: string): string {
  const lines = text.split('\n');
  const i = lines.indexOf(heading);
  let j = i + 1;
  while (j < lines.length && !/^(Статья \d|\d+(-\d+)*-бап$|Article \d|Раздел |Section |[IVX]+ бөлім)/.test(lines[j])) j++;
  lines.splice(i, j - i);
  return lines.join('\n');
}

const RU26 = 'kz-2026-final-draft-ru.txt';

describe('seeded defects in the real 2026 draft (ru)', () => {
  const base = corpus(RU26);

  it('baseline: no diagnostics at all', () => {
    assert.deepEqual(lintSeen(base), []);
  });

  it('article deleted → one article-number-gap at the next heading', () => {
    // Article 4 is cited by nothing in the draft, so deleting it breaks no reference.
    const t = deleteArticle(base, 'Статья 4');
    assert.deepEqual(lintSeen(t), [{ code: 'article-number-gap', line: lineOf(t, 'Статья 5'), text: '5' }]);
  });

  it('article heading duplicated → article-number-duplicate', () => {
    const t = base.replace('\nСтатья 5\n', '\nСтатья 4\n');
    const seen = lintSeen(t);
    // Issue 16.4: at both headings.
    assert.deepEqual(seen, [
      { code: 'article-number-duplicate', line: lineOf(t, 'Статья 4'), text: '4' },
      { code: 'article-number-duplicate', line: lineOf(t, 'Статья 4') + lineAfter(t, 'Статья 4'), text: '4' },
    ]);
  });

  it('two articles swapped → article-number-order', () => {
    const t = base.replace('\nСтатья 5\n', '\nСтатья 6\n').replace(/\nСтатья 6\n(?![\s\S]*\nСтатья 6\n)/, '\nСтатья 5\n');
    const seen = lintSeen(t);
    // 4, 6, 5, 7: article 6 stands before 5 — one diagnostic, at the article out of place.
    assert.deepEqual(seen.map((s) => [s.code, s.text, s.line]), [['article-number-order', '6', lineOf(t, 'Статья 6')]]);
  });

  it('paragraph renumbered → paragraph-number-gap at that paragraph', () => {
    const m = mutateLine(base, '3. Административно-территориальное', '3.', '4.');
    const seen = lintSeen(m.text);
    // 1, 2, 4, 4, 5: the first 4 takes the slot of 3 — one diagnostic, expecting 3.
    assert.deepEqual(seen, [{ code: 'paragraph-number-gap', line: m.line, text: '4' }]);
    assert.equal(analyze(m.text).diagnostics[0].data?.expected, '3');
  });

  it('homoglyph numeral: Cyrillic І in a section number → section-numeral-invalid', () => {
    const t = base.replace('Раздел II. ', 'Раздел І\u0049. ');
    const seen = lintSeen(t);
    assert.deepEqual(seen, [{ code: 'section-numeral-invalid', line: lineOf(t, t.split('\n').find((l) => l.startsWith('Раздел ІI'))!), text: 'ІI' }]);
  });

  it('the section numeral\'s reason is given in the language of the message', () => {
    const d = analyze(base.replace('Раздел II. ', 'Раздел І\u0049. ')).diagnostics[0];
    assert.equal(formatMessage(d.code, d.args ?? {}, 'ru'), 'Номер раздела «ІI» — неверное римское число: смешаны латинские и кириллические буквы');
    assert.equal(formatMessage(d.code, d.args ?? {}, 'kk'), '«ІI» бөлім нөмірі — дұрыс емес рим цифры: латын және кирилл әріптері араласқан');
    assert.equal(formatMessage(d.code, d.args ?? {}, 'en'), 'Section number “ІI” is not a valid Roman numeral: Latin and Cyrillic letters are mixed');
    const arabic = analyze(base.replace('Раздел II. ', 'Раздел 2. ')).diagnostics.find((x) => x.code === 'section-numeral-invalid')!;
    assert.equal(formatMessage(arabic.code, arabic.args ?? {}, 'ru'), 'Номер раздела «2» — неверное римское число: разделы нумеруются римскими цифрами');
  });

  it('section numbering: gap, duplicate and order', () => {
    // I, II, IV, IV, V: the first IV takes the slot of III.
    assert.deepEqual(lintSeen(base.replace('Раздел III. ', 'Раздел IV. ')).map((s) => [s.code, s.text]), [['section-number-gap', 'IV']]);
    // A section deleted: I, II, IV — a gap at IV.
    assert.deepEqual(lintSeen(base.replace('Раздел III. ', 'Раздел II. ')).map((s) => [s.code, s.text]), [['section-number-duplicate', 'II'], ['section-number-duplicate', 'II']]);
    // Sections swapped: ..., IV, VI, V, VII → order at VI.
    const swapped = base.replace('Раздел V. ', 'Раздел @. ').replace('Раздел VI. ', 'Раздел V. ').replace('Раздел @. ', 'Раздел VI. ');
    assert.deepEqual(lintSeen(swapped).map((s) => [s.code, s.text]), [['section-number-order', 'VI']]);
  });

  it('inserted article misplaced → inserted-number-misplaced', () => {
    const t = base.replace('\nСтатья 5\n', '\nСтатья 3-1\n');
    assert.deepEqual(lintSeen(t).map((s) => [s.code, s.text]), [['inserted-number-misplaced', '3-1']]);
  });

  it('subparagraph numbering gap', () => {
    const lines = base.split('\n');
    const i = lines.findIndex((l) => l.startsWith('2) '));
    lines[i] = lines[i].replace(/^2\)/, '3)');
    const t = lines.join('\n');
    // 1), 3), 3): the first 3) takes the slot of 2).
    assert.deepEqual(lintSeen(t).map((s) => [s.code, s.line, s.text]), [['subparagraph-number-gap', i + 1, '3']]);
  });
});

describe('seeded reference defects in the real 2026 draft (ru)', () => {
  const base = corpus(RU26);

  it('reference to a missing article → reference-unresolved-article at the number', () => {
    const m = mutateFirst(base, 'пунктом 3 статьи 62', 'пунктом 3 статьи 620');
    assert.deepEqual(lintSeen(m.text), [{ code: 'reference-unresolved-article', line: m.line, text: '620' }]);
  });

  it('reference to a missing paragraph → reference-unresolved-paragraph', () => {
    const m = mutateFirst(base, 'пунктом 3 статьи 62', 'пунктом 9 статьи 62');
    assert.deepEqual(lintSeen(m.text), [{ code: 'reference-unresolved-paragraph', line: m.line, text: '9' }]);
  });

  it('reference to a missing subparagraph → reference-unresolved-subparagraph', () => {
    const lines = base.split('\n');
    const i = lines.findIndex((l) => l.includes('подпунктом 17) статьи 56'));
    lines[i] = lines[i].replace('подпунктом 17) статьи 56', 'подпунктом 77) статьи 56');
    assert.deepEqual(lintSeen(lines.join('\n')), [{ code: 'reference-unresolved-subparagraph', line: i + 1, text: '77' }]);
  });

  it('reversed range → reference-range-invalid', () => {
    const lines = base.split('\n');
    const i = lines.findIndex((l) => l.includes('статьями 12, 14, 16, 17, 20, 22, 25'));
    lines[i] = lines[i].replace('статьями 12, 14, 16, 17, 20, 22, 25', 'статьями 12, 14, 16, 17, 25–20');
    assert.deepEqual(lintSeen(lines.join('\n')), [{ code: 'reference-range-invalid', line: i + 1, text: '25–20' }]);
  });

  it('ordinal adjective → reference-ordinal-adjective warning', () => {
    const lines = base.split('\n');
    const i = lines.findIndex((l) => l.includes('пункта 1 настоящей статьи'));
    lines[i] = lines[i].replace('пункта 1 настоящей статьи', 'первого пункта настоящей статьи');
    const seen = lintSeen(lines.join('\n'));
    assert.deepEqual(seen.map((s) => [s.code, s.line]), [['reference-ordinal-adjective', i + 1]]);
    assert.match(seen[0].text, /^первого пункта/);
  });
});

describe('seeded reference defects in the real 1995 text', () => {
  it('ru: a reference to excluded article 84 → reference-to-excluded (warning)', () => {
    const base = corpus('kz-1995-ru.txt');
    const lines = base.split('\n');
    const i = lines.findIndex((l) => /пунктом 3 статьи 91/.test(l));
    assert.ok(i >= 0);
    lines[i] = lines[i].replace('пунктом 3 статьи 91', 'статьей 84');
    const an = analyze(lines.join('\n'));
    assert.deepEqual(an.diagnostics.map((d) => [d.code, d.severity, an.lineIndex.positionAt(d.span.start).line + 1]), [['reference-to-excluded', 'warning', i + 1]]);
  });

  it('kk: a reference to a missing article in a possessive chain', () => {
    const base = corpus('kz-2026-final-draft-kk.txt');
    const i = base.split('\n').findIndex((l) => l.includes('62-бабының 3-тармағында'));
    assert.ok(i >= 0);
    const t = base.replace('62-бабының 3-тармағында', '620-бабының 3-тармағында');
    assert.deepEqual(lintSeen(t).map((s) => [s.code, s.text]), [['reference-unresolved-article', '620']]);
  });

  it('en: a reversed range and a missing subparagraph', () => {
    const base = corpus('kz-1995-en.txt');
    const i = base.indexOf('subparagraph 10-1) of Article 44');
    assert.ok(i >= 0);
    const t = base.replace('subparagraph 10-1) of Article 44', 'subparagraph 10-7) of Article 44');
    assert.deepEqual(lintSeen(t).map((s) => [s.code, s.text]), [['reference-unresolved-subparagraph', '10-7']]);
  });
});

/** How many lines below the first `heading` the second occurrence is. */
function lineAfter(text: string, heading: string): number {
  const lines = text.split('\n');
  const a = lines.indexOf(heading);
  const b = lines.indexOf(heading, a + 1);
  return b - a;
}
