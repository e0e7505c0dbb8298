// What the model shares or derives instead of keeping one object per unit (issue 15, session 8: the
// retained heap of an analysis). A resolved target reads its number spans from its target (resolve.ts
// Resolved); an article's empty lists are shared and frozen (parser.ts NO_UNITS, NO_PINS), and a pin is
// added through addPriorPin. These tests pin down what the readers rely on: the spans read are the
// target's own level spans, where the text has the numbers, before and after incremental edits and equal
// to a full analysis's; an article's pins are its own list, whichever path (full parse, re-parse of an
// article, the end of the document) adds them.

import * as assert from 'node:assert/strict';
import { type Analysis, analyze, analyzeIncremental, incrementalStats, LineIndex, type RefLevel, type Span } from '../../server/src/core';
import { corpus, REAL_TEXTS } from '../support/files';
import { threeInsertions } from '../support/insertions';

const FILES = REAL_TEXTS;

/** The spans a target's numbers should have, from its levels (independently of resolve.ts). */
function expectedNumberSpans(t: Analysis['targets'][number]): Span[] {
  const tg = t.target;
  const inner: RefLevel | undefined = tg.unit === 'article' ? tg.article : tg.unit === 'paragraph' ? tg.paragraph : tg.subparagraph;
  if (!inner) return [];
  if (inner.kind === 'this') return [inner.span];
  return inner.rangeEnd ? [inner.num.span, inner.rangeEnd.span] : [inner.num.span];
}

function checkTargets(an: Analysis, label: string): string[] {
  const out: string[] = [];
  for (const t of an.targets) {
    const at = `${label}: target at ${t.target.span.start}`;
    const spans = t.numberSpans;
    const want = expectedNumberSpans(t);
    assert.equal(spans.length, want.length, at);
    for (let i = 0; i < want.length; i++) assert.equal(spans[i], want[i], at); // the level's own span object
    const tg = t.target;
    const inner = tg.unit === 'article' ? tg.article : tg.unit === 'paragraph' ? tg.paragraph : tg.subparagraph;
    if (inner?.kind === 'num') assert.equal(an.text.slice(spans[0].start, spans[0].end), inner.num.text, at);
    // Not kept on the target: read from it.
    assert.ok(!Object.prototype.hasOwnProperty.call(t, 'numberSpans'), at);
    out.push(spans.map((s) => `${s.start}-${s.end}`).join(','));
  }
  return out;
}

describe('model sharing: resolved targets, empty lists, pins', () => {
  it("a target's number spans are its levels' spans, on the six real texts, before and after incremental edits", () => {
    let total = 0;
    for (const f of FILES) {
      const an = analyze(corpus(f));
      total += checkTargets(an, f).length;
      // Before a reference of the analysis so far (its spans move) and, once, inside the article that holds it.
      const offsetAt = (cur: Analysis, k: number) => {
        const t = cur.targets[Math.floor((cur.targets.length * k) / 4)];
        return k === 2 ? t.ref.span.start : Math.max(0, t.ref.span.start - 40);
      };
      threeInsertions(corpus(f), an, offsetAt, (inc, cur, at) => {
        const got = checkTargets(inc, `${f} after an insertion at ${at}`);
        assert.deepEqual(got, checkTargets(analyze(cur), `${f} full`), `${f} after an insertion at ${at}`);
      });
    }
    assert.ok(total > 150, `${total} targets`);
  });

  it("a paragraph's kind and a number's empty suffix are read from the class; a suffix written or parsed is the number's own", () => {
    const an = analyze(['Статья 1. Первая', '1. Текст.', '1-1. Вставлен.', '1) подпункт;', '2-3) вставлен;', '2. Текст.', ''].join('\n'));
    const paras = an.doc.articles[0].paragraphs;
    const subs = paras[1].subparagraphs;
    assert.deepEqual(paras.map((p) => [p.kind, p.number.text, p.number.base, [...p.number.suffix]]), [
      ['paragraph', '1', 1, []], ['paragraph', '1-1', 1, [1]], ['paragraph', '2', 2, []],
    ]);
    assert.deepEqual(subs.map((x) => [x.kind, x.number.text, x.number.base, [...x.number.suffix]]), [
      ['subparagraph', '1', 1, []], ['subparagraph', '2-3', 2, [3]],
    ]);
    for (const u of [...paras, ...subs]) assert.ok(!Object.prototype.hasOwnProperty.call(u, 'kind'), u.number.text);
    assert.ok(!Object.prototype.hasOwnProperty.call(paras[0].number, 'suffix'));
    // A write is the number's own: the other numbers keep theirs.
    paras[0].number.suffix = [7];
    assert.deepEqual([paras[0].number.suffix, paras[2].number.suffix, subs[0].number.suffix], [[7], [], []]);
  });

  it("an article's pins are its own list; an article without any shares none it could change", () => {
    const text = [
      'Статья 1. Первая', '1. Текст статьи 2.', '<!-- prior: 4 -->',
      'Статья 2. Вторая', '1. Текст.',
      '<!-- prior: 7 -->', 'Статья 3. Третья', '1. Текст пункта 1 статьи 2.', '2. Текст.',
      'Статья 4. Четвёртая', '1. Текст.', '<!-- prior: 9 -->', '2. Текст.',
      'Статья 5. Пятая', '1. Текст.', '<!-- prior: 5 -->', '',
    ].join('\n');
    let an = analyze(text);
    const pins = (x: Analysis) => x.doc.articles.map((a) => a.priorPins.map((p) => p.numbers.map((n) => n.text).join('+')).join(','));
    assert.deepEqual(pins(an), ['', '4', '7', '9', '5']);
    // Edits in the body of article 4 (its pin read again by the re-parse of one article) and of article 5
    // (its pin at the end of the document): both taken by the incremental analysis's fast path (an error
    // there would fall back to a full analysis, which the pins alone would not show).
    let cur = text;
    for (const pos of [text.indexOf('2. Текст.', text.indexOf('Статья 4')) + 3, text.lastIndexOf('Текст.') + 1]) {
      cur = cur.slice(0, pos) + 'x' + cur.slice(pos);
      const fast = incrementalStats.fast;
      an = analyzeIncremental(an, { start: pos, end: pos, text: 'x' });
      assert.equal(incrementalStats.fast, fast + 1, `fast path: ${incrementalStats.lastFallback}`);
      assert.deepEqual(pins(an), pins(analyze(cur)), `after an insertion at ${pos}`);
    }
    assert.deepEqual(pins(an), ['', '4', '7', '9', '5']);
    const lists = an.doc.articles.map((a) => a.priorPins);
    assert.equal(new Set(lists.filter((l) => l.length > 0)).size, 4, 'each article with pins has its own list');
    // Lists with nothing in them cannot be added to in place (a writer must give the article its own).
    for (const a of an.doc.articles) {
      for (const l of [a.priorPins, a.subparagraphs, a.lines]) if (l.length === 0) assert.ok(Object.isFrozen(l));
    }
  });
  it("an analysis's numbered level is its own number: text and span its own, kind and range end from the class; JSON as the scanner's", () => {
    const text = ['Статья 1. Первая', '1. Текст.', '2. См. пункты 1 и 2 настоящей статьи, статьи 1–2 и подпункт 1) пункта 2 статьи 1.', ''].join('\n');
    let levels = 0;
    // A level that is not a range has no range field: its class's (NumLevel) rangeEnd, one prototype for all;
    // a range's level is of a class of its own (RangeLevel) that keeps its end.
    const protos = new Map<boolean, Set<object>>([[false, new Set()], [true, new Set()]]);
    const check = (an: Analysis, label: string) => {
      for (const { ref } of an.references) {
        for (const t of ref.targets) {
          for (const l of [t.article, t.paragraph, t.subparagraph]) {
            if (l?.kind !== 'num') continue;
            levels++;
            protos.get(!!l.rangeEnd)!.add(Object.getPrototypeOf(l));
            assert.equal(l.num, l, label);
            assert.deepEqual(Object.keys(l), ['text', 'span'], label);
            assert.equal(an.text.slice(l.num.span.start, l.num.span.end), l.num.text, label);
            if (l.rangeEnd) assert.equal(an.text.slice(l.rangeEnd.span.start, l.rangeEnd.span.end), l.rangeEnd.text, label);
            // JSON gives the level, as the scanner's { kind, num, rangeEnd }.
            assert.deepEqual(JSON.parse(JSON.stringify(l)), JSON.parse(JSON.stringify({
              kind: 'num', num: { text: l.num.text, span: l.num.span }, rangeEnd: l.rangeEnd && { text: l.rangeEnd.text, span: l.rangeEnd.span },
            })), label);
          }
        }
      }
    };
    const an = analyze(text);
    check(an, 'full');
    assert.ok(an.references.some(({ ref }) => ref.targets.some((t) => t.article?.kind === 'num' && t.article.rangeEnd)), 'a range');
    // Moved by an edit before them (their spans' anchors), and re-scanned by an edit on their line.
    const at = text.indexOf('См.');
    const inc = analyzeIncremental(an, { start: 10, end: 10, text: 'ая' });
    check(inc, 'after an insertion before');
    const inc2 = analyzeIncremental(inc, { start: at + 2, end: at + 2, text: ' ' });
    check(inc2, 'after an insertion on the line');
    const refs = (a: Analysis) => JSON.stringify(a.references.map((r) => r.ref));
    assert.equal(refs(inc2), refs(analyze(inc2.text)));
    assert.ok(levels >= 15, `${levels} levels`);
    const [plain, ranges] = [[...protos.get(false)!], [...protos.get(true)!]];
    assert.equal(plain.length, 1);
    assert.equal(ranges.length, 1);
    assert.notEqual(plain[0], ranges[0]);
    assert.equal(Object.getPrototypeOf(ranges[0]), plain[0]);
    assert.equal(Reflect.get(plain[0], 'rangeEnd', plain[0]), undefined);
  });
  it("an analysis's reference is its own entry, placed in its article and paragraph, also after incremental edits; a copy made external is a record", () => {
    /** Each entry's reference, context and paragraph, checked against the model; the places as text. */
    const places = (an: Analysis, label: string): string[] => an.references.map((e) => {
      const at = `${label}: reference at ${e.ref.span.start}`;
      if (e.ref.external && !(e as object === e.ref)) assert.ok(e.context?.amending, at); // inContext's copy
      else assert.equal(e.ref, e, at);
      // Its own properties are a reference's; JSON is the reference's (no context).
      assert.deepEqual(Object.keys(e.ref), ['span', 'external', 'externalAct', 'constitution', 'targets'], at);
      // The context is an article of this version's model (an incremental update places what it takes over again).
      if (e.context) assert.equal(an.doc.articles[e.context.index], e.context, at);
      // The paragraph whose lines hold it (none on a heading line or outside paragraphs).
      const para = e.context?.paragraphs.find((p) => p.headSpan.start <= e.ref.span.start && e.ref.span.start <= p.span.end) ?? null;
      assert.equal(e.paragraph, para, at);
      if (para) inParagraph++;
      if (e.context) assert.ok(e.context.span.start <= e.ref.span.start && e.ref.span.start <= e.context.span.end, at);
      return `${e.ref.span.start}:${e.context?.number.text ?? '-'}:${e.paragraph?.number.text ?? '-'}`;
    });
    let total = 0;
    let inParagraph = 0;
    for (const f of FILES) {
      const an = analyze(corpus(f));
      total += places(an, f).length;
      // Before a reference (its entry moves) and, once, inside the article that holds it (its entries are made again).
      const offsetAt = (cur: Analysis, k: number) => {
        const e = cur.references[Math.floor((cur.references.length * k) / 4)];
        return k === 2 ? e.ref.span.start : Math.max(0, (e.context?.headSpan.start ?? e.ref.span.start) - 1);
      };
      threeInsertions(corpus(f), an, offsetAt, (inc, cur, at) => {
        assert.deepEqual(places(inc, `${f} after an insertion at ${at}`), places(analyze(cur), `${f} full`), `${f} after an insertion at ${at}`);
      });
    }
    assert.ok(total > 150 && inParagraph > 100, `${total} references, ${inParagraph} in paragraphs`);
    // A reference on an article's heading line, taken over by an edit in that article's body (placed again in its re-parse).
    const head = ['Статья 1. Первая', '1. Текст.', 'Статья 2. Каждый вправе согласно статье 1.', '1. Текст пункта 1 статьи 1.', ''].join('\n');
    const before = analyze(head);
    const after = analyzeIncremental(before, { start: head.indexOf('Текст пункта'), end: head.indexOf('Текст пункта'), text: 'x' });
    assert.ok(after.incremental);
    assert.deepEqual(places(after, 'heading line'), places(analyze(after.text), 'heading line, full'));
    assert.equal(after.references[0].context, after.doc.articles[1]);
    // An amending article: its citations are copies made external, each in a record.
    const amending = analyze(['Статья 1. Внести в Закон следующие изменения:', '1) в статье 5 пункт 2 исключить;', ''].join('\n'));
    assert.ok(amending.references.length > 0 && amending.references.every((e) => e.ref.external && (e as object) !== e.ref && e.context === amending.doc.articles[0]));
  });

  it("a paragraph's or subparagraph's excluded is false from the class; an excluded unit, or one written, has its own", () => {
    const an = analyze(['Статья 1. Первая', '1. Текст:', '1) подпункт;', '2) исключен;', '2. Исключен.', '3. Текст.', ''].join('\n'));
    const a = an.doc.articles[0];
    const units = [...a.paragraphs, ...a.paragraphs[0].subparagraphs];
    assert.deepEqual(units.map((u) => [u.kind, u.number.text, u.excluded, Object.prototype.hasOwnProperty.call(u, 'excluded')]), [
      ['paragraph', '1', false, false], ['paragraph', '2', true, true], ['paragraph', '3', false, false],
      ['subparagraph', '1', false, false], ['subparagraph', '2', true, true],
    ]);
    // A write is the unit's own: the others keep false.
    a.paragraphs[2].excluded = true;
    assert.deepEqual(units.map((u) => u.excluded), [false, true, true, false, true]);
    // The real texts: every unit's own or inherited value, before and after incremental edits, as a full analysis's.
    const flags = (x: Analysis) => x.doc.articles.flatMap((ar) => [...ar.paragraphs, ...ar.subparagraphs, ...ar.paragraphs.flatMap((p) => p.subparagraphs)])
      .map((u) => `${u.number.text}${u.excluded ? 'x' : ''}${Object.prototype.hasOwnProperty.call(u, 'excluded') !== u.excluded ? '!' : ''}`).join(' ');
    let excluded = 0;
    for (const f of FILES) {
      const full = analyze(corpus(f));
      excluded += (flags(full).match(/x/g) ?? []).length;
      assert.ok(!flags(full).includes('!'), f);
      threeInsertions(corpus(f), full, (cur, k) => cur.doc.articles[Math.floor((cur.doc.articles.length * k) / 4)].lines.at(-1)?.start ?? 0, (inc, cur, at) => {
        assert.equal(flags(inc), flags(analyze(cur)), `${f} after an insertion at ${at}`);
      });
    }
    assert.ok(excluded > 0, 'the real texts have excluded units');
  });

  it('the line index of a full analysis: lineStarts is a list built when read, equal to a fresh index; the index reads its own rows', () => {
    for (const f of FILES) {
      const an = analyze(corpus(f));
      const li = an.lineIndex;
      const starts = li.lineStarts;
      assert.ok(Array.isArray(starts) && starts === li.lineStarts, f);
      assert.deepEqual(starts, new LineIndex(an.text).lineStarts, f);
      assert.equal(li.lineCount, starts.length, f);
      starts[1] = -1; // a reader's change does not reach the index
      assert.equal(li.lineStart(1), an.doc.lines[1].span.start, f);
      assert.deepEqual(li.positionAt(an.doc.lines[1].span.start + 1), { line: 1, character: 1 }, f);
    }
  });

  it("a paragraph's length and title offset share one field: units far beyond its range read the same spans and title, also moved by an edit", () => {
    // A title 300 blanks after its number, and a paragraph of more than 2^22 characters (continuation lines).
    const long = Array.from({ length: 45 }, (_, k) => `Строка ${k} ${'текст '.repeat(16_000)}конец`);
    const text = ['Статья 1. Первая', '1. Текст.', 'Статья 2. Вторая', '1.' + ' '.repeat(300) + 'Далёкий заголовок.', '2. Длинный:', ...long, '3. Короткий.', '1) подпункт;', ''].join('\n');
    assert.ok(text.length > 2 ** 22 + 1000);
    const check = (an: Analysis, label: string) => {
      const t = an.text;
      const [p1, p2, p3] = an.doc.articles[1].paragraphs;
      const sub = p3.subparagraphs[0];
      const at = (s: string) => t.indexOf(s);
      assert.deepEqual([p1.title, p1.titleSpan, p1.span], ['Далёкий заголовок.', { start: at('Далёкий'), end: at('2. Длинный') - 1 }, { start: at('1.  '), end: at('2. Длинный') - 1 }], label);
      assert.deepEqual([p2.title, p2.span], ['Длинный:', { start: at('2. Длинный'), end: at('3. Короткий') - 1 }], label);
      assert.ok(p2.span.end - p2.span.start > 2 ** 22, label);
      assert.deepEqual([p3.title, p3.span, sub.title, sub.span], ['Короткий.', { start: at('3. Короткий'), end: at('1) подпункт') + 12 }, 'подпункт;', { start: at('1) подпункт'), end: at('1) подпункт') + 12 }], label);
    };
    const an = analyze(text);
    check(an, 'full');
    // An edit in the article before moves them (their heading spans); a full analysis of the new text reads the same.
    const inc = analyzeIncremental(an, { start: text.indexOf('Текст.'), end: text.indexOf('Текст.'), text: 'новый ' });
    assert.ok(inc.incremental);
    check(inc, 'after an edit before them');
    check(analyze(inc.text), 'full, edited');
  });

  it("an article's number reads its span from the article's heading span: where the text has it, after edits in and before the article, as a full analysis's", () => {
    const numbers = (an: Analysis, label: string): string => an.doc.articles.map((a) => {
      const n = a.number;
      const at = `${label}: article ${n.text}`;
      assert.equal(an.text.slice(n.span.start, n.span.end), n.text, at);
      assert.ok(!Object.prototype.hasOwnProperty.call(n, 'span'), at);
      // JSON as the parser's plain number.
      assert.deepEqual(JSON.parse(JSON.stringify(n)), { text: n.text, span: { start: n.span.start, end: n.span.end }, base: n.base, suffix: [...n.suffix] }, at);
      return `${n.text}@${n.span.start}`;
    }).join(' ');
    let edits = 0;
    for (const f of FILES) {
      let text = corpus(f);
      let an = analyze(text);
      numbers(an, f);
      // An edit in an article's body (its re-parse takes the number over), then one before it (its heading span moves).
      const a = an.doc.articles[Math.floor((an.doc.articles.length * 3) / 4)];
      const before = an.doc.articles[Math.floor(an.doc.articles.length / 4)];
      for (const at of [a.lines.at(-1)?.start ?? a.span.end, before.lines.at(-1)?.start ?? before.span.end, a.lines.at(-1)?.start ?? a.span.end]) {
        const p = at + (at > a.headSpan.start ? 3 : 0); // the offsets after the first edit: in the body of the same article
        text = text.slice(0, p) + 'слово ' + text.slice(p);
        an = analyzeIncremental(an, { start: p, end: p, text: 'слово ' });
        if (an.incremental) edits++;
        assert.equal(numbers(an, `${f} after an insertion at ${p}`), numbers(analyze(text), `${f} full`), `${f} after an insertion at ${p}`);
      }
    }
    assert.ok(edits >= 12, `${edits} incremental edits`);
    // The re-parsed article's number reads that article's heading span, not the replaced article's (which
    // it would keep alive): a change to the old article does not reach it.
    const two = ['Статья 1. Первая', 'Текст.', 'Статья 2. Вторая', 'Текст.', ''].join('\n');
    const old = analyze(two);
    const oldA = old.doc.articles[1];
    const next = analyzeIncremental(old, { start: two.lastIndexOf('Текст'), end: two.lastIndexOf('Текст'), text: 'x' });
    assert.ok(next.incremental && next.doc.articles[1] !== oldA);
    oldA.headSpan = { start: 0, end: 9 };
    assert.deepEqual(next.doc.articles[1].number.span, { start: 31, end: 32 });
    // A number written keeps its own span.
    const an = analyze(['Статья 1. Первая', 'Текст.', 'Статья 2. Вторая', 'Текст.', ''].join('\n'));
    an.doc.articles[0].number.span = { start: 100, end: 101 };
    assert.deepEqual([an.doc.articles[0].number.span, an.doc.articles[1].number.span], [{ start: 100, end: 101 }, { start: 31, end: 32 }]);
  });

  it("an article's span is read from its heading span and its length: from the heading to its last line, after edits in and before it, as a full analysis's", () => {
    const HEADINGS = new Set(['article', 'section', 'chapter', 'subchapter']);
    const spans = (an: Analysis, label: string): string => {
      const lines = an.doc.lines;
      let li = 0;
      return an.doc.articles.map((a) => {
        const at = `${label}: article ${a.number.text}`;
        assert.ok(!Object.prototype.hasOwnProperty.call(a, 'span'), at);
        // Independently: from its heading line to the end of its last line before the next heading that is not blank or a comment.
        while (lines[li].content.start !== a.headSpan.start) li++;
        let end = a.headSpan.end;
        for (let k = li + 1; k < lines.length && !HEADINGS.has(lines[k].kind); k++) {
          if (lines[k].kind !== 'blank' && lines[k].kind !== 'comment') end = Math.max(end, lines[k].content.end);
        }
        assert.deepEqual(a.span, { start: a.headSpan.start, end }, at);
        return `${a.span.start}-${a.span.end}`;
      }).join(' ');
    };
    let edits = 0;
    for (const f of FILES) {
      let text = corpus(f);
      let an = analyze(text);
      spans(an, f);
      // A line added at the end of an article's body (it grows), then an edit before it (it moves), then a word in its body.
      const a = an.doc.articles[Math.floor((an.doc.articles.length * 3) / 4)];
      const last = a.lines.at(-1) ?? a.headSpan;
      const before = an.doc.articles[Math.floor(an.doc.articles.length / 4)].headSpan.end;
      for (const [p, ins] of [[last.end, '\nНовая строка статьи.'], [before, ' слово'], [last.end - 3, ' слово']] as const) {
        const q = p > before ? p + (edits % 3 === 0 ? 0 : 6) + (edits % 3 === 2 ? 20 : 0) : p;
        text = text.slice(0, q) + ins + text.slice(q);
        an = analyzeIncremental(an, { start: q, end: q, text: ins });
        if (an.incremental) edits++;
        assert.equal(spans(an, `${f} after an insertion at ${q}`), spans(analyze(text), `${f} full`), `${f} after an insertion at ${q}`);
      }
    }
    assert.ok(edits >= 8, `${edits} incremental edits`);
    // A span written is the article's own, and the others keep theirs.
    const an = analyze(['Статья 1. Первая', 'Текст.', 'Статья 2. Вторая', 'Текст.', ''].join('\n'));
    an.doc.articles[0].span = { start: 0, end: 5 };
    assert.deepEqual([an.doc.articles[0].span, an.doc.articles[1].span], [{ start: 0, end: 5 }, { start: 24, end: 47 }]);
  });
  it("an article's kind, and excluded but for an excluded article, are read from the class; after edits as a full analysis's; a write is the article's own", () => {
    const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
    // Excluded by its title, and by its first body line; the re-parse of an edited article makes the same.
    const text = ['Статья 1. Первая', 'Текст.', 'Статья 2. Исключена.', 'Статья 3.', 'Исключена.', 'Статья 4. Четвёртая', 'Текст.', ''].join('\n');
    const shape = (x: Analysis) => x.doc.articles.map((a) => [a.kind, a.number.text, a.excluded, own(a, 'kind'), own(a, 'excluded')]);
    const want = [
      ['article', '1', false, false, false], ['article', '2', true, false, true], ['article', '3', true, false, true],
      ['article', '4', false, false, false],
    ];
    const an = analyze(text);
    assert.deepEqual(shape(an), want);
    const p = text.indexOf('Исключена.', text.indexOf('Статья 3.'));
    const inc = analyzeIncremental(an, { start: p, end: p, text: ' ' });
    assert.ok(inc.incremental, 'an incremental re-parse of article 3');
    assert.deepEqual(shape(inc), want);
    // Not in a spread or in JSON, as a paragraph's kind.
    assert.ok(!('kind' in { ...an.doc.articles[0] }));
    // A write is the article's own: the others keep false.
    an.doc.articles[0].excluded = true;
    assert.deepEqual(an.doc.articles.map((a) => a.excluded), [true, true, true, false]);
    assert.equal(Object.getPrototypeOf(an.doc.articles[0]).excluded, false);
    // The real texts: every article's own or inherited value, before and after incremental edits, as a full analysis's.
    const flags = (x: Analysis) => x.doc.articles
      .map((a) => `${a.kind === 'article' && !own(a, 'kind') ? '' : '?'}${a.number.text}${a.excluded ? 'x' : ''}${own(a, 'excluded') !== a.excluded ? '!' : ''}`).join(' ');
    let excluded = 0;
    for (const f of FILES) {
      const full = analyze(corpus(f));
      excluded += (flags(full).match(/x/g) ?? []).length;
      assert.ok(!/[!?]/.test(flags(full)), f);
      threeInsertions(corpus(f), full, (cur, k) => cur.doc.articles[Math.floor((cur.doc.articles.length * k) / 4)].lines.at(-1)?.start ?? 0, (inc2, cur, at) => {
        assert.ok(!/[!?]/.test(flags(inc2)), `${f} after an insertion at ${at}`);
        assert.equal(flags(inc2), flags(analyze(cur)), `${f} after an insertion at ${at}`);
      });
    }
    assert.ok(excluded > 0, 'the real texts have excluded articles');
  });
  it("an untitled, not amending article's title, title span and amending are read from the class; a titled or amending article's are its own, also re-parsed", () => {
    const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
    const text = [
      'Статья 1. Первая', 'Текст.', 'Статья 2', 'Внести в следующие законодательные акты изменения:', '1) в Закон «О браке»;',
      'Статья 3. Внести в следующие законодательные акты изменения и дополнения:', '1. Текст.', 'Статья 4', 'Текст.', '',
    ].join('\n');
    const shape = (x: Analysis) => x.doc.articles.map((a) => [
      a.number.text, a.title, a.titleSpan && x.text.slice(a.titleSpan.start, a.titleSpan.end), a.amending,
      own(a, 'title'), own(a, 'titleSpan'), own(a, 'amending'),
    ]);
    const t3 = 'Внести в следующие законодательные акты изменения и дополнения:';
    const want = [
      ['1', 'Первая', 'Первая', undefined, true, true, false], ['2', undefined, undefined, true, false, false, true],
      ['3', t3, t3, true, true, true, true], ['4', undefined, undefined, undefined, false, false, false],
    ];
    let an = analyze(text);
    assert.deepEqual(shape(an), want);
    // Each article re-parsed in turn (a character typed in its body), after an edit before it that moves it.
    let cur = text;
    let edits = 0;
    for (const word of ['Текст.', '1) в Закон', '1. Текст.', 'Текст.\n']) {
      const p = cur.lastIndexOf(word) + 1;
      const q = word === 'Текст.' ? cur.indexOf(word) + 1 : p;
      cur = cur.slice(0, q) + 'х' + cur.slice(q);
      an = analyzeIncremental(an, { start: q, end: q, text: 'х' });
      if (an.incremental) edits++;
      assert.deepEqual(shape(an), shape(analyze(cur)), `after an insertion at ${q}`);
    }
    assert.equal(edits, 4, 'every edit incremental');
    assert.deepEqual(shape(an).map((r) => r.slice(1)), want.map((r) => r.slice(1)));
    // A write is the article's own.
    an.doc.articles[3].title = 'Четвёртая';
    assert.deepEqual(an.doc.articles.map((a) => a.title), ['Первая', undefined, t3, 'Четвёртая']);
    // The real texts (untitled articles) before and after incremental edits, as a full analysis's.
    const flags = (x: Analysis) => x.doc.articles.map((a) => `${a.number.text}${a.title ?? ''}${a.amending ? 'a' : ''}`
      + `${own(a, 'title') !== (a.title !== undefined) || own(a, 'titleSpan') !== own(a, 'title') || own(a, 'amending') !== !!a.amending ? '!' : ''}`).join(' ');
    for (const f of FILES) {
      const full = analyze(corpus(f));
      assert.ok(!flags(full).includes('!'), f);
      threeInsertions(corpus(f), full, (c, k) => c.doc.articles[Math.floor((c.doc.articles.length * k) / 4)].lines.at(-1)?.start ?? 0, (inc, c, at) => {
        assert.ok(!flags(inc).includes('!'), `${f} after an insertion at ${at}`);
        assert.equal(flags(inc), flags(analyze(c)), `${f} after an insertion at ${at}`);
      });
    }
  });
});
