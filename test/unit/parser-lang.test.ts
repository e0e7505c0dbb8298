// detectLanguage (parser.ts) counts heading lines in one pass over line starts. Its definition is the
// global multi-line search below (the implementation before issue 6's speed work): the two must agree on
// the real texts and on random text made of the markup's own tokens.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectLanguage, lineMarker, mayBeHeading, parse } from '../../server/src/core/parser';
import type { Lang } from '../../server/src/core';
import { ALL_LEXICONS } from '../../server/src/core/lang';
import { citesAfterNumber, kazakhAct } from '../../server/src/core/lang/markup';
import { arbMixedLines, arbTokenText, arbUnicode, corpusTexts } from './fuzz-support';

function reference(text: string): Lang {
  const sample = text.length > 200000 ? text.slice(0, 200000) : text;
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  const kkHead = count(/^[^\S\r\n\u2028\u2029]*(?:#+\s*)?\d+(?:-\d+)*-бап(?![\p{L}\p{N}])/gmu)
    + count(/^[^\S\r\n\u2028\u2029]*(?:#+\s*)?\S+ бөлім(?![\p{L}\p{N}])/gmu);
  const ruHead = count(/^[^\S\r\n\u2028\u2029]*(?:#+\s*)?(Статья|Раздел|Глава)\s/gmu);
  const enHead = count(/^[^\S\r\n\u2028\u2029]*(?:#+\s*)?(Article|Section|Chapter|Part)\s/gmu);
  const heads = Math.max(kkHead, ruHead, enHead);
  if (heads >= 2) return kkHead === heads ? 'kk' : ruHead === heads ? 'ru' : 'en';
  const kk = count(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g);
  const cyr = count(/[\u0400-\u04FF]/g);
  const lat = count(/[A-Za-z]/g);
  if (cyr > lat) return kk > cyr * 0.01 ? 'kk' : 'ru';
  if (lat > 0) return 'en';
  return 'ru';
}

describe('detectLanguage', () => {
  it('reads the real texts as their language', () => {
    const texts = corpusTexts();
    assert.ok(texts.length >= 6, 'corpus texts found');
    for (const { name, text } of texts) {
      const expected = /-kk\b|\.kk\.|kk\./.test(name) ? 'kk' : /-en\b|\.en\.|en\./.test(name) ? 'en' : 'ru';
      assert.equal(detectLanguage(text), expected, name);
      assert.equal(detectLanguage(text), reference(text), name);
    }
  });

  it('agrees with the multi-line search on hand-picked edge cases', () => {
    const cases = [
      '', '\n\n', 'Статья 1\nСтатья 2', '  Статья 1\r\n\tСтатья 2', '#\n\nСтатья 1\nСтатья 2\n1-бап\n2-бап\n3-бап',
      '# Article 1\n## Article 2\n1-бап', 'I бөлім\nII бөлім\nСтатья 1', 'I бөлімі\nII бөлім', 'I  бөлім\nII бөлім',
      '1-бап\r2-бап\u20283-бап\u2029Раздел I', '\u00a0Глава 1\n\u3000Глава 2', '#Статья\n#\tСтатья\n', 'Part I\nPart II',
      '12-баптар\n13-бап\n14-бап', 'Статья1\nСтатья 2', 'бір екі үш', 'one two', '123', '\uFEFFСтатья 1\nСтатья 2',
      `${'x'.repeat(199990)}\nСтатья 1\nСтатья 2`, `${'\n'.repeat(200005)}Статья 1\nСтатья 2`,
      // Headings that only U+2028, U+2029 or \r set on their own line decide the language (each break
      // is looked up on its own: parser.ts detectLanguage).
      'Статья 1\nСтатья 2\n1-бап\u20282-бап\u20283-бап', 'Статья 1\nСтатья 2\n1-бап\u20292-бап\u20293-бап',
      'Статья 1\nСтатья 2\n1-бап\r2-бап\r3-бап', 'Article 1\u2028Article 2\u2029Article 3\nСтатья 1\nСтатья 2',
      // A line starting with a digit is tried for «N-бап» only when its digits and hyphens end in «-»
      // before «б» (issue 15, session 10): headings with inner hyphens, blanks before them, the pattern's
      // look-ahead, and lines that come close.
      '1-1-бап\n2-1-бап\nСтатья 1', '1-2-3-бап\n\t 4-1-бап\nСтатья 1', '1--бап\n2--бап\nСтатья 1', '12-бапы\n13-бапқа\nСтатья 1',
      '1-бап.\n2-бап:\n3-бап', '1-Бап\n2-БАП\nСтатья 1', '1 -бап\n2 -бап\nСтатья 1', '1.-бап\n2)-бап\nСтатья 1', '1-б\n2-ба\n3-', '1-бап',
      '1-бап\n2-бап-\n3-бап1\nСтатья 1\nСтатья 2', '\u00a012-бап\n\u300013-бап\nГлава 1', '1-\n-бап\n1-бап\n2-бап',
    ];
    for (const c of cases) assert.equal(detectLanguage(c), reference(c), JSON.stringify(c.slice(0, 60)));
  });

  it('agrees with the multi-line search on random text', () => {
    fc.assert(fc.property(fc.oneof(arbTokenText(400), arbMixedLines(), arbUnicode(300)), (t) => detectLanguage(t) === reference(t)), { numRuns: 3000, seed: 6 });
  });
});

describe('parser line classification (hand-written fast paths)', () => {
  const RE_HEADING_START = /^(?:Статья|Article|Глава|Chapter|Раздел|Section|Part|[\d-]+-(?:бап|тарау)|[\p{L}\p{N}]{1,12}[ \t\u00a0]+бөлім)/iu;
  // (Session 22: also glued to its text, «5.Жәбірленуші», «1)жәбірленуші», as real laws print some.)
  const RE_MARKER = /^(\d{1,6}(?:-\d{1,6}){0,3})([.)])(?:(?<=\.)(?=[ \t\u00a0]|$|\p{Lu})|(?<=\))(?=[ \t\u00a0]|$|\p{L}))[ \t\u00a0]*/u;
  const lines = fc.oneof(arbTokenText(120), arbUnicode(60), fc.constantFrom(
    'Статья 1', 'статья 2.', '12-бап', '12-БАП', '3-тарау', 'IV бөлім', 'ХІ  Бөлім', '12 бөлім', 'ſection 1', 'Part II',
    '1. Текст', '1) текст', '1-1. Текст', '1-2-3-4. т', '1-2-3-4-5. т', '1234567. т', '123456) т', '1.', '1)', '1.2', '1 .',
    '12-. x', '1.\u00a0x', '1.\tx', '5.Жәбірленуші', '1)жәбірленуші', '1.жәбірленуші', '1)Ж', '1.5x', '1.ǅx', '2)ǅ', '3.ß', '-12-бап', 'Граждане имеют', 'б бөлім', 'абвгдеёжзийкл бөлім', 'абвгдеёжзийк бөлім',
  ));
  it('mayBeHeading never rejects a line the heading expression accepts', () => {
    fc.assert(fc.property(lines, (t) => !RE_HEADING_START.test(t) || mayBeHeading(t)), { numRuns: 20000, seed: 61 });
  });
  it('citesAfterNumber reads a line as lower-casing its head does, whatever its first character', () => {
    // The fast path answers from the first character's lower case (markup.ts citedInitials); the
    // definition lower-cases the head and compares. Every code unit first, before the kk noun's rest.
    const reference = (s: string, p: number) => s.slice(p, p + 12).toLowerCase().startsWith('тармақша');
    for (let c = 0; c < 0x10000; c++) {
      for (const rest of ['армақша', 'АРМАҚША', 'армақшасы', 'армақ', '']) {
        const s = `1) ${String.fromCharCode(c)}${rest} x`;
        assert.equal(citesAfterNumber(s, 3), reference(s, 3), `U+${c.toString(16)} ${rest}`);
      }
    }
    for (const s of ['1) тармақша', '1) Тармақша', '1) ТАРМАҚША', '1) Тармақшасы', '1) тармақ', '1)', '1) ', '1) \u0130тармақша']) {
      assert.equal(citesAfterNumber(s, 3), reference(s, 3), s);
    }
    fc.assert(fc.property(lines, fc.nat(8), (t, p) => citesAfterNumber(t, p) === reference(t, p)), { numRuns: 20000, seed: 63 });
  });
  it('lineMarker reads N. and N) as the marker expression does', () => {
    fc.assert(fc.property(lines, (t) => {
      const m = RE_MARKER.exec(t);
      const r = lineMarker(t);
      if (!m) return r === null;
      return r !== null && r.kind === m[2] && r.numberEnd === m[1].length && r.end === m[0].length;
    }), { numRuns: 20000, seed: 62 });
  });
});

describe('kazakhAct (a home word early answers first)', () => {
  // The definition: the first 3,000 characters lower-cased, Kyrgyz letters (kk), then home and foreign words.
  const HOME = ALL_LEXICONS.flatMap((l) => l.markup.home).map((w) => w.toLowerCase());
  const FOREIGN = ALL_LEXICONS.flatMap((l) => l.markup.foreign).map((w) => w.toLowerCase());
  const reference = (masked: string, lang: Lang): boolean => {
    if (lang === 'en') return false;
    const head = masked.slice(0, 3000).toLowerCase();
    if (lang === 'kk' && /[өүң]/u.test(head) && !/[әғқұһі]/u.test(head)) return false;
    if (HOME.some((w) => head.includes(w))) return true;
    if (FOREIGN.some((w) => head.includes(w))) return false;
    return true;
  };
  const langs: Lang[] = ['ru', 'kk', 'en'];

  it('reads the real texts as the whole head does', () => {
    for (const { name, text } of corpusTexts()) for (const lang of langs) assert.equal(kazakhAct(text, lang), reference(text, lang), `${name} ${lang}`);
  });

  it('agrees on texts with home and foreign words around the first look\'s end', () => {
    const words = ['Казахстан', 'КАЗАХСТАН', 'Қазақстан', 'Kazakhstan', 'Российской Федерации', 'Кыргызской Республики', 'Russian Federation', 'өүң', 'ә', 'Σ', 'ΣΑ', 'İ', '\ud801\udc00', ' ', 'x'];
    fc.assert(fc.property(fc.nat(300), fc.array(fc.constantFrom(...words), { maxLength: 6 }), fc.constantFrom(...langs), fc.nat(3200), (pad, ws, lang, tail) => {
      const t = 'а'.repeat(pad) + ws.join('') + 'б'.repeat(tail % 3) + ' '.repeat(tail);
      return kazakhAct(t, lang) === reference(t, lang);
    }), { numRuns: 20000, seed: 64 });
    // A home word cut by the first look's end, or starting after it; a foreign state alone; a Kyrgyz kk text.
    for (let pad = 240; pad <= 260; pad++) {
      for (const w of ['Казахстан', 'Российской Федерации']) {
        const t = 'x'.repeat(pad) + w + ' '.repeat(3000);
        for (const lang of langs) assert.equal(kazakhAct(t, lang), reference(t, lang), `${pad} ${w} ${lang}`);
      }
    }
    assert.equal(kazakhAct(`Казахстан өүң ${' '.repeat(300)}`, 'kk'), false);
    assert.equal(kazakhAct(`Кыргызской Республики ${' '.repeat(300)}`, 'ru'), false);
  });
});

describe('the parser\'s line bounds (line feeds taken over from detectLanguage)', () => {
  // The definition: a line ends at the first \n or \r (\r\n is one break); the last line ends at the text's end.
  const reference = (t: string): [number, number][] => {
    const out: [number, number][] = [];
    let pos = 0;
    for (;;) {
      let eol = pos;
      while (eol < t.length && t[eol] !== '\n' && t[eol] !== '\r') eol++;
      out.push([pos, eol]);
      if (eol >= t.length) return out;
      pos = t[eol] === '\r' && t[eol + 1] === '\n' ? eol + 2 : eol + 1;
    }
  };
  const spans = (t: string) => parse(t).lines.map((l) => [l.span.start, l.span.end] as [number, number]);

  it('are the text\'s lines on random and real text, each text parsed after another', () => {
    for (const { name, text } of corpusTexts()) assert.deepEqual(spans(text), reference(text), name);
    fc.assert(fc.property(fc.oneof(arbTokenText(400), arbMixedLines(), arbUnicode(300)), (t) => {
      const a = spans(t);
      return JSON.stringify(a) === JSON.stringify(reference(t));
    }), { numRuns: 3000, seed: 65 });
  });

  it('past the language sample and past the line feeds kept', () => {
    const body = 'Статья 1\n1. Текст.\n\n\r\nСтатья 2\r2) текст\u2028ещё\n';
    const cases = [
      body.repeat(9000), // ≈ 310,000 characters: lines after the 200,000 of the language sample
      '\n'.repeat(20000) + body.repeat(10), // more line feeds than are kept, in the sample
      '\n'.repeat(16383) + 'Статья 1\nСтатья 2\n', '\n'.repeat(16384) + 'x\ny', '\n'.repeat(16385) + 'x',
      '\r\n'.repeat(17000) + 'Статья 1', 'x'.repeat(199999) + '\n\ny\nz', 'x'.repeat(200000) + '\ny\n', '', '\n', 'a\n',
      body, // a short text after the long ones (the kept line feeds are the last text's)
    ];
    for (const c of cases) assert.deepEqual(spans(c), reference(c), JSON.stringify(c.slice(0, 40)) + ` (${c.length})`);
  });
});
