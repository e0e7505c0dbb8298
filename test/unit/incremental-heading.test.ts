// Issue 15, session 14: typing on an article's heading line (its title: «Статья 51. Очередные выборы …»,
// «406-бап. Сатып алу-сату шарты») is taken on the incremental fast path when the line stays the heading
// of the same article, and gives exactly the analysis of the edited text (canon of incremental.test.ts:
// every span, line, unit, reference, target, diagnostic and the outline). Before, every keystroke on a
// heading line was a full analysis (175 ms per keystroke through the service at 5,000 articles).
// Real texts: the elections law's chapter 10 headings, the Kazakh civil code's contents, the amending
// laws of the corpus (titled articles); and a generated 120-article draft with a title on every article.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { type Analysis, analyze, createLanguageService, type LanguageService } from '../../server/src/core';
import type { Span } from '../../server/src/core/types';
import { articleBearing, canonical, numberColumn } from '../../server/src/core/parser';
import { definition } from '../../server/src/core/features/navigation';
import { analyzeIncremental, incrementalStats, type TextChange } from '../../server/src/core/incremental';
import { docSources } from '../../server/src/core/source';
import { generateDraft } from '../../bench/generate';
import { canon } from './incremental.test';

const SEED = 20261205;
const ACTS = path.join(__dirname, '..', 'fixtures', 'acts');
const CORPUS = path.join(__dirname, '..', '..', '..', 'shared', 'corpus');
const AMENDMENTS = path.join(CORPUS, 'amendments');

function apply(text: string, c: TextChange): string {
  return text.slice(0, c.start) + c.text + text.slice(c.end);
}

/** The incremental analysis of `prev` after `c`, checked against a full analysis of the edited text. */
export function check(prev: Analysis, c: TextChange): Analysis {
  const next = apply(prev.text, c);
  const inc = analyzeIncremental(prev, c);
  assert.equal(inc.text, next);
  assert.deepEqual(canon(inc), canon(analyze(next)), `change ${JSON.stringify(c)}`);
  return inc;
}

/** A generated draft whose every article has a title, as codes and laws have («Статья 12. Заголовок статьи 12»). */
const titled = generateDraft({ articles: 120, seed: 11 }).text.replace(/^Статья (\d+(?:-\d+)?)$/gm, 'Статья $1. Заголовок статьи $1');

export const INPUTS = [
  ...['ru-kz-elections-chapter10-headings.txt', 'kk-kz-civil-code-special-contents.txt', 'en-kz-government-Z950002688.txt', 'ru-kz-parliament-2529.txt']
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(ACTS, f), 'utf8') })),
  ...['kz-2019-238-VI-ru.txt', 'kz-2019-238-VI-kk.txt', 'kz-2022-06-referendum-ru.txt', 'kz-law-164356-some-acts-ru.txt']
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(AMENDMENTS, f), 'utf8') })),
  { name: 'generated 120, titled', text: titled },
];

const CHARS = ['а', 'ж', 'e', ' ', '.', ',', '1', '0', '-', '\n', '«', '»', '\u00a0', '\u00ad', '\ufeff', '<', '#'];
const SNIPPETS = [
  ' статьи 3', ', предусмотренные пунктом 2 статьи 7', ' 5-бабында', ' of Article 2', ' статьи 999', 'Исключена', 'исключена',
  ' Внести в следующие законодательные акты изменения:', ' <!-- prior: 3 -->', '<!--', ' (Конституции)', 'екінші бабы', '',
];

export interface Spec { a: number; at: number; kind: number; c: number }

/** An edit on (or just around) the heading line of one article: typed, deleted, replaced, pasted. */
/**
 * Types `typed` at `at` one character at a time, as an editor sends it: every keystroke must take the
 * fast path without building the new version's whole text, and the end equals a full analysis.
 */
export function typeIn(an: Analysis, at: number, typed: string): Analysis {
  const fast = incrementalStats.fast;
  for (const ch of typed) {
    an = analyzeIncremental(an, { start: at, end: at, text: ch }, docSources(an.doc).text.edit(at, at, ch));
    assert.equal(an.incremental, true, incrementalStats.lastFallback);
    assert.equal((an.source as unknown as { whole?: string }).whole, undefined, 'the new text is not built');
    at++;
  }
  assert.equal(incrementalStats.fast - fast, typed.length);
  assert.deepEqual(canon(an), canon(analyze(an.text)));
  return an;
}

/**
 * Random edits made by `change` on `text`, each alone (`runs` of them, with `seed`) and in chains of two to
 * six (10, with `seed` + 100), each equal to a full analysis (check); some must take the fast path.
 */
export function singleAndChained(
  text: string, change: (an: Analysis, s: Spec) => TextChange, seed: number, runs: number, still: (an: Analysis) => boolean = () => true,
): void {
  const fast = incrementalStats.fast;
  fc.assert(fc.property(arbSpec, (s) => { const an = analyze(text); check(an, change(an, s)); }), { seed, numRuns: runs });
  fc.assert(fc.property(fc.array(arbSpec, { minLength: 2, maxLength: 6 }), (specs) => {
    let an = analyze(text);
    // (A chain stops where an edit left no line of the kind it edits: `still`.)
    for (const s of specs) {
      if (!still(an)) break;
      an = check(an, change(an, s));
    }
  }), { seed: seed + 100, numRuns: 10 });
  assert.ok(incrementalStats.fast - fast > 0, `none fast (${incrementalStats.lastFallback})`);
}

function headingChange(an: Analysis, s: Spec): TextChange {
  const arts = an.doc.articles;
  const a = arts[s.a % arts.length];
  const li = an.lineIndex;
  const line = an.doc.lines[li.positionAt(a.headSpan.start).line];
  // From the number's last character to one past the line's end.
  const lo = a.number.span.end - 1;
  const hi = line.span.end + 1;
  const at = Math.min(an.text.length, lo + (s.at % (hi - lo + 1)));
  const ch = s.c % 3 === 0 ? SNIPPETS[s.c % SNIPPETS.length] : CHARS[s.c % CHARS.length];
  switch (s.kind % 4) {
    case 0: return { start: at, end: at, text: ch };
    case 1: return { start: at, end: Math.min(an.text.length, at + 1), text: '' };
    case 2: return { start: at, end: Math.min(an.text.length, at + 1), text: ch };
    default: return { start: at, end: Math.min(an.text.length, at + (s.c % 7)), text: ch };
  }
}

/** Edits on the lines of one kind (or on their edges): one of `pieces` typed or put over a character, or a few characters deleted. */
function lineChange(kind: 'preamble' | 'title', pieces: string[]): (an: Analysis, s: Spec) => TextChange {
  return (an, s) => {
    const ls = an.doc.lines.filter((l) => l.kind === kind);
    const l = ls[s.a % ls.length];
    const at = Math.min(an.text.length, l.span.start + (s.at % (l.span.end - l.span.start + 2)));
    const piece = pieces[s.c % pieces.length];
    switch (s.kind % 3) {
      case 0: return { start: at, end: at, text: piece };
      case 1: return { start: at, end: Math.min(an.text.length, at + 1 + (s.c % 5)), text: '' };
      default: return { start: at, end: Math.min(an.text.length, at + 1), text: piece };
    }
  };
}

/**
 * One test per text: random single and chained edits on its lines of `kind` (lineChange with `pieces`),
 * each equal to a full analysis; a chain stops where no such line is left.
 */
function lineEditTests(kind: 'preamble' | 'title', place: string, texts: { name: string; text: string }[], pieces: string[], seed: number): void {
  const change = lineChange(kind, pieces);
  texts.forEach((input, i) => {
    it(`single and chained edits ${place} equal a full analysis: ${input.name}`, () => {
      singleAndChained(input.text, change, seed + i, 50, (an) => an.doc.lines.some((l) => l.kind === kind));
    });
  });
}

/** Each change on `text` falls back to a full analysis for the reason given, equal to analyze(), and leaves the analysis it started from usable. */
export function fallsBack(text: string, cases: [TextChange, string][]): void {
  for (const [c, why] of cases) {
    const prev = analyze(text);
    const inc = check(prev, c);
    assert.notEqual(inc.incremental, true, why);
    assert.equal(incrementalStats.lastFallback, why);
    assert.notEqual(prev.stale, true);
  }
}

/** As the client receives an answer: JSON. */
export const plain = (x: unknown) => JSON.parse(JSON.stringify(x ?? null));

/**
 * `text` opened in a language service as 'd:1' (its problems, outline and lenses asked once), `change`
 * made through it, and the edited text opened afresh in another as 'd:2': the change took the fast path,
 * and the problems, outline, lenses, folding ranges and semantic tokens are the fresh service's.
 */
export function throughService(text: string, change: TextChange): { svc: LanguageService; fresh: LanguageService; edited: string; fast: number } {
  const edited = apply(text, change);
  const svc = createLanguageService();
  svc.open('d:1', text);
  svc.problems('d:1');
  svc.documentSymbols('d:1');
  svc.codeLenses('d:1', 'all', 'ru');
  const fast = incrementalStats.fast;
  svc.change('d:1', [change]);
  const fresh = createLanguageService();
  fresh.open('d:2', edited);
  assert.equal(svc.text('d:1'), edited);
  assert.deepEqual(plain(svc.problems('d:1')), plain(fresh.problems('d:2')));
  assert.equal(incrementalStats.fast, fast + 1, incrementalStats.lastFallback);
  assert.deepEqual(plain(svc.documentSymbols('d:1')), plain(fresh.documentSymbols('d:2')));
  assert.deepEqual(plain(svc.codeLenses('d:1', 'all', 'ru')), plain(fresh.codeLenses('d:2', 'all', 'ru')));
  assert.deepEqual(plain(svc.foldingRanges('d:1')), plain(fresh.foldingRanges('d:2')));
  assert.deepEqual(plain(svc.semanticTokens('d:1')), plain(fresh.semanticTokens('d:2')));
  return { svc, fresh, edited, fast };
}

export const arbSpec: fc.Arbitrary<Spec> = fc.record({ a: fc.nat(), at: fc.nat(), kind: fc.nat(), c: fc.nat() });

describe('issue 15, session 14: typing on an article\'s heading line', function () {
  this.timeout(300000);

  INPUTS.forEach((input, i) => {
    it(`single edits on heading lines equal a full analysis: ${input.name}`, () => {
      assert.ok(analyze(input.text).doc.articles.some((a) => a.title), 'the text has titled articles');
      const fast = incrementalStats.fast;
      fc.assert(fc.property(arbSpec, (s) => {
        const prev = analyze(input.text);
        check(prev, headingChange(prev, s));
      }), { seed: SEED + i, numRuns: 60 });
      // Not vacuous: some edits took the fast path on the heading line.
      assert.ok(incrementalStats.fast - fast > 0, `none fast (${incrementalStats.lastFallback})`);
    });
  });

  it('chains of edits on heading lines and bodies, each from the previous incremental analysis', () => {
    INPUTS.forEach((input, i) => {
      fc.assert(fc.property(fc.array(arbSpec, { minLength: 2, maxLength: 8 }), (specs) => {
        let an = analyze(input.text);
        for (const s of specs) {
          if (an.doc.articles.length === 0) break;
          an = check(an, headingChange(an, s));
        }
      }), { seed: SEED + 100 + i, numRuns: 15 });
    });
  });

  it('a title typed letter by letter is taken on the fast path at every keystroke, without building the whole text', () => {
    let an = analyze(titled);
    const a = an.doc.articles[60];
    an = typeIn(an, a.titleSpan!.end, ' и порядок их применения, предусмотренный статьей 5');
    // What the drafter sees: the new title, and the citation typed into it resolved to Article 5.
    const b = an.doc.articles[60];
    assert.equal(b.title, 'Заголовок статьи 61 и порядок их применения, предусмотренный статьей 5');
    // («Заголовок статьи 61» cites Article 61 itself: the generated titles are citations too.)
    const inTitle = an.references.filter((r) => r.context === b && r.ref.span.start < b.headSpan.end);
    assert.deepEqual(inTitle.map((r) => an.text.slice(r.ref.span.start, r.ref.span.end)), ['статьи 61', 'статьей 5']);
    const ref = inTitle[1];
    const defs = definition(an, ref.ref.span.start + 2);
    assert.deepEqual(defs.map((d) => `${d.unit.kind} ${d.unit.number.text} @${an.lineIndex.positionAt(d.headSpan.start).line}`),
      [`article 5 @${an.lineIndex.positionAt(an.doc.articles[4].headSpan.start).line}`]);
  });

  it('a heading on the first line, after a byte-order mark: the mark stays the document\'s, not an invisible character', () => {
    const text = '\ufeffСтатья 1. Заголовок\n\n1. Текст статьи 2.\n\nСтатья 2. Второй\n\nТекст\u00ad.\n';
    const at = text.indexOf('Заголовок') + 3;
    for (const ins of ['ж', '\u00ad', '\ufeff']) {
      const inc = check(analyze(text), { start: at, end: at, text: ins });
      assert.equal(inc.incremental, true, incrementalStats.lastFallback);
      // Only the characters typed or pasted into the text are reported, never the mark at offset 0.
      assert.ok(inc.diagnostics.every((d) => d.span.start > 0));
    }
  });

  it('falls back to a full analysis where the heading itself changes, and stays exact', () => {
    const base = analyze(titled);
    const a = base.doc.articles[30];
    const t = a.titleSpan!;
    const cases: [TextChange, string][] = [
      [{ start: a.headSpan.start + 2, end: a.headSpan.start + 3, text: 'ж' }, 'heading word'], // «Стжтья 31»: no heading
      [{ start: a.number.span.start, end: a.number.span.end, text: 'А' }, 'heading changed'], // «Статья А.»: no number
      [{ start: t.start, end: t.end, text: 'Исключена' }, 'excluded title'],
      [{ start: t.start + 3, end: t.start + 3, text: '\n1. Новый пункт' }, 'line break on a heading'],
      [{ start: t.start, end: t.end, text: 'Внести в следующие законодательные акты изменения:' }, 'amending'],
    ];
    for (const [c, why] of cases) {
      const prev = analyze(titled);
      const fb = incrementalStats.fallback;
      const inc = check(prev, c);
      assert.notEqual(inc.incremental, true);
      assert.equal(incrementalStats.fallback, fb + 1);
      assert.equal(incrementalStats.lastFallback, why);
      assert.notEqual(prev.stale, true, 'the analysis it started from is left as it was');
    }
  });
});

// Issue 15, session 14: typing in the preamble (the text before the first heading) is taken on the fast
// path while the line stays a preamble line. Real preambles: the 1995 and 2026 constitutions in three
// languages, the amending laws (the 1998 law's «В Конституцию … внести следующие изменения …:» stands
// before its items: the citations after it are external), and the acts' excerpts with notes and titles.
describe('issue 15, session 14: typing in the preamble', function () {
  this.timeout(300000);
  const texts = [
    ...['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt', 'kz-2026-final-draft-ru.txt', 'kz-2026-final-draft-kk.txt'].map((f) => path.join(CORPUS, f)),
    ...['kz-1998-284-I-ru.txt', 'kz-2022-06-referendum-kk.txt', 'kz-law-164356-some-acts-ru.txt'].map((f) => path.join(AMENDMENTS, f)),
    ...['ru-kz-law-notes-continent.txt', 'cites-ru-constitutional-court-2022-header.txt', 'en-kz-civil-code-K940001000.txt'].map((f) => path.join(ACTS, f)),
  ].map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }))
    .filter((x) => analyze(x.text).doc.lines.some((l) => l.kind === 'preamble'));
  const PIECES = ['ж', ' ', ',', '.', '1', 'Статья 5', ' статьи 3', ' пунктом 2 статьи 7', 'Раздел II', 'Сноска. ', '(см. стар. ред.)', 'КОНСТИТУЦИЯ', '\u00ad',
    '\u00a0', '\ufeff', '<!--', '\n', ' внести следующие изменения:', '# ', '3-бабында', 'Article 2', ''];

  lineEditTests('preamble', 'in the preamble', texts, PIECES, SEED + 200);

  it('the 2026 draft\'s preamble typed in letter by letter: every keystroke on the fast path, a citation typed resolved', () => {
    const text = fs.readFileSync(path.join(CORPUS, 'kz-2026-final-draft-ru.txt'), 'utf8');
    let an = analyze(text);
    const l = an.doc.lines.find((x) => x.kind === 'preamble')!;
    an = typeIn(an, l.content.end, ' в соответствии со статьей 91');
    const ref = an.references.find((r) => r.context === null && an.text.slice(r.ref.span.start, r.ref.span.end) === 'статьей 91')!;
    const defs = definition(an, ref.ref.span.start + 3);
    assert.deepEqual(defs.map((d) => d.unit.kind === 'article' && d.unit.number.text), ['91']);
  });

  it('falls back where the line stops being a preamble line, an amending sentence or an act\'s title changes, and stays exact', () => {
    const text = fs.readFileSync(path.join(CORPUS, 'kz-2026-final-draft-ru.txt'), 'utf8');
    const l = analyze(text).doc.lines.find((x) => x.kind === 'preamble')!;
    const cases: [TextChange, string][] = [
      [{ start: l.content.start, end: l.content.start, text: 'Статья 0. ' }, 'preamble line changed'], // a heading now («Статья 0 Мы, …» without the dot is not one)
      [{ start: l.content.start, end: l.content.end, text: 'Сноска. Преамбула изменена.' }, 'preamble line changed'], // a note
      [{ start: l.content.end, end: l.content.end, text: '\nвторой абзац' }, 'line break on a preamble line'],
      [{ start: l.content.start, end: l.content.end, text: 'В Конституцию внести следующие изменения:' }, 'amending preamble'],
      // The first preamble line turned into the act's title line.
      [{ start: l.content.start, end: l.content.end, text: 'Конституция Республики Казахстан' }, 'preamble line changed'],
      // A title naming a law: «Конституции» in it is then another act's (core/cites.ts).
      [{ start: l.content.start, end: l.content.end, text: 'Конституционный закон Республики Казахстан' }, 'act title in the preamble'],
    ];
    fallsBack(text, cases);
  });
});

describe('issue 15, session 14: a preamble line after an amending sentence (the 1998 law\'s form)', () => {
  it('its citations, typed or edited, stay external as after a full analysis', () => {
    // «I. В Конституцию … внести следующие изменения …:» outside any article: the citations after it name the
    // amended act's units (analyze: amendingOutside), also on the preamble lines after it.
    const text = [
      'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', '', 'В Конституцию Республики Казахстан внести следующие изменения и дополнения:', '',
      'в пункте 2 статьи 5 слова «может» заменить словами «вправе»;', '', 'Статья 5', '', '1. Текст.', '', '2. Текст.', '',
    ].join('\n');
    const l = analyze(text).doc.lines.filter((x) => x.kind === 'preamble').at(-1)!;
    assert.equal(text.slice(l.content.start, l.content.start + 9), 'в пункте ');
    for (const c of [
      { start: l.content.start + 9, end: l.content.start + 10, text: '1' }, // «пункте 1 статьи 5»
      { start: l.content.end - 1, end: l.content.end, text: ', а также в статье 5;' },
    ]) {
      const inc = check(analyze(text), c);
      assert.equal(inc.incremental, true, incrementalStats.lastFallback);
      const r = inc.references.filter((x) => x.context === null);
      assert.ok(r.length > 0 && r.every((x) => x.ref.external), 'the preamble\'s citations are external');
    }
  });
});

// Issue 15, session 14: a subchapter heading («Параграф 2. Розничная купля-продажа», as the civil code's
// chapters are divided) ends the region of the article before it. Before, it lay in that article's region:
// every edit of the article's body was a full analysis, and an edit that broke the heading's word
// («Парагжраф 2») was taken on the fast path with the subchapter left in the outline (a wrong analysis).
describe('issue 15, session 14: subchapter headings', function () {
  this.timeout(300000);
  let k = 0;
  const text = generateDraft({ articles: 120, seed: 5 }).text
    .replace(/^Статья (\d+)$/gm, (m, n) => (Number(n) % 6 === 0 ? `Параграф ${++k}. Общие положения параграфа ${k}\n\nТекст после заголовка параграфа: статья ${n}.\n\n` : '') + m);

  it('the generated draft has subchapters, each holding articles', () => {
    const an = analyze(text);
    assert.ok(an.doc.subchapters.length >= 15 && an.doc.subchapters.every((s) => s.articles.length > 0));
  });

  it('an edit of the heading\'s word falls back and gives the full analysis (it took the fast path and kept the subchapter)', () => {
    const an0 = analyze(text);
    for (const s of an0.doc.subchapters.slice(0, 6)) {
      const at = s.headSpan.start + 4;
      const inc = check(analyze(text), { start: at, end: at, text: 'ж' });
      assert.notEqual(inc.incremental, true);
      // (The edit lies in the heading's word, before its number. Until session 17 the reason given was the
      // citation after the line in its region, «… статья N», which no longer falls back; until session 19
      // it was «subchapter number»: an edit of the number fell back too.)
      assert.equal(incrementalStats.lastFallback, 'subchapter heading word');
      assert.equal(inc.doc.subchapters.length, an0.doc.subchapters.length - 1);
    }
  });

  it('typing in the body of the article before a subchapter heading takes the fast path', () => {
    let an = analyze(text);
    const fast = incrementalStats.fast;
    const subs = an.doc.subchapters.length;
    for (let i = 0; i < subs; i++) {
      const s = an.doc.subchapters[i];
      const a = an.doc.articles[an.doc.articles.findIndex((x) => x.headSpan.start > s.headSpan.start) - 1];
      const l = a.lines[a.lines.length - 1];
      an = check(an, { start: l.end - 1, end: l.end - 1, text: i % 2 ? 'ж' : ' статьи 5' });
    }
    assert.equal(incrementalStats.fast - fast, subs, incrementalStats.lastFallback);
  });

  it('random edits around subchapter headings equal a full analysis, single and chained', () => {
    const around = (an: Analysis, s: Spec): TextChange => {
      const subs = an.doc.subchapters;
      if (subs.length === 0) return { start: 0, end: 0, text: 'ж' };
      const h = subs[s.a % subs.length].headSpan.start;
      const at = Math.max(0, Math.min(an.text.length, h - 120 + (s.at % 400)));
      const piece = [...CHARS, ...SNIPPETS, 'Параграф 9. Новый', '\nПараграф 9. Новый\n'][s.c % (CHARS.length + SNIPPETS.length + 2)];
      return s.kind % 3 === 0 ? { start: at, end: at, text: piece } : { start: at, end: Math.min(an.text.length, at + 1 + (s.c % 4)), text: s.kind % 3 === 1 ? '' : piece };
    };
    const fast = incrementalStats.fast;
    fc.assert(fc.property(arbSpec, (s) => { const an = analyze(text); check(an, around(an, s)); }), { seed: SEED + 500, numRuns: 80 });
    fc.assert(fc.property(fc.array(arbSpec, { minLength: 2, maxLength: 6 }), (specs) => {
      let an = analyze(text);
      for (const s of specs) an = check(an, around(an, s));
    }), { seed: SEED + 501, numRuns: 15 });
    assert.ok(incrementalStats.fast - fast > 40, `fast ${incrementalStats.fast - fast}`);
  });
});

// Issue 15, session 14: typing a section's or chapter's title («Раздел II. Человек и гражданин», «Глава 10.
// Выборы Президента», «II бөлім. Адам және азамат») takes the fast path while the line stays the heading of
// the same unit (its title on the line before and after, or on neither).
describe('issue 15, session 14: typing on a section\'s or chapter\'s heading line', function () {
  this.timeout(300000);
  const texts = [
    ...['kz-1995-ru.txt', 'kz-1995-en.txt', 'kz-2026-final-draft-ru.txt', 'kz-2026-final-draft-kk.txt'].map((f) => path.join(CORPUS, f)),
    ...['ru-kz-elections-chapter10-headings.txt', 'ru-kz-civil-code-general.txt', 'en-kz-civil-code-K940001000.txt'].map((f) => path.join(ACTS, f)),
  ].map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  // Untitled headings with their titles on the next line, and text under a heading outside any article.
  const untitled = ['ЗАКОН', '', 'Глава I', 'Общие положения', '', 'Статья 1', '', '1. Текст статьи 1.', '', 'Глава II', '', 'Основные понятия',
    'Текст под главой.', '', 'Статья 2', '', 'Согласно статье 1.', '', 'Раздел 3', 'Заключительные положения', '', 'Статья 3', '', 'Текст.', ''].join('\n');
  texts.push({ name: 'untitled headings', text: untitled }, { name: 'generated 120, titled', text: titled });
  // Subchapters («Параграф 2. …», as the codes divide their chapters): a generated draft with one before
  // every sixth article (every other one untitled, its title on the next line), and a small text where a
  // subchapter heading is the last line of its chapter, of its section and of the text.
  let k = 0;
  const withSubchapters = generateDraft({ articles: 120, seed: 7 }).text
    .replace(/^Статья (\d+)$/gm, (m, n) => (Number(n) % 6 === 0 ? (++k % 2 ? `Параграф ${k}. Общие положения параграфа ${k}\n\n` : `Параграф ${k}\nПорядок ${k}\n\n`) : '') + m);
  const subEnds = ['Раздел I. Общие положения', '', 'Глава 1. Основы', '', 'Параграф 1. Начало', '', 'Статья 1', '', '1. Текст статьи 1 и статьи 2.', '',
    'Параграф 2. Пустой', '', 'Глава 2. Другое', '', 'Статья 2', '', 'Текст, пункт 1 статьи 1.', '', 'Параграф 1. Последний в разделе', '',
    'Раздел II. Заключительные положения', '', 'Статья 3', '', 'Текст.', '', 'Параграф 1. Последний'].join('\n');
  texts.push({ name: 'generated 120, with subchapters', text: withSubchapters }, { name: 'subchapters ending a chapter, a section, the text', text: subEnds });

  const headingLines = (an: Analysis) => [...an.doc.sections, ...an.doc.chapters, ...an.doc.subchapters].map((u) => ({ u, line: an.doc.lines[an.lineIndex.positionAt(u.headSpan.start).line] }));
  const change = (an: Analysis, s: Spec): TextChange => {
    const hs = headingLines(an);
    if (hs.length === 0) return { start: 0, end: 0, text: 'ж' };
    const { u, line } = hs[s.a % hs.length];
    const lo = u.number.span.end - 1;
    const at = Math.min(an.text.length, lo + (s.at % (line.span.end - lo + 2)));
    const piece = [...CHARS, ...SNIPPETS][s.c % (CHARS.length + SNIPPETS.length)];
    return s.kind % 3 === 0 ? { start: at, end: at, text: piece } : { start: at, end: Math.min(an.text.length, at + 1 + (s.c % 3)), text: s.kind % 3 === 1 ? '' : piece };
  };

  texts.forEach((input, i) => {
    it(`single and chained edits on section, chapter and subchapter headings equal a full analysis: ${input.name}`, () => {
      assert.ok(headingLines(analyze(input.text)).length > 0);
      singleAndChained(input.text, change, SEED + 600 + i, 50);
    });
  });

  it('a section\'s title typed letter by letter in the 2026 draft: every keystroke on the fast path, the outline follows', () => {
    let an = analyze(fs.readFileSync(path.join(CORPUS, 'kz-2026-final-draft-ru.txt'), 'utf8'));
    const s = an.doc.sections[1];
    an = typeIn(an, s.titleSpan!.end, ' и его права');
    assert.ok(an.doc.sections[1].title!.endsWith(' и его права'), an.doc.sections[1].title);
  });

  it('a subchapter\'s title typed letter by letter: every keystroke on the fast path, the outline and the spans follow', () => {
    let an = analyze(withSubchapters);
    const i = an.doc.subchapters.findIndex((s) => s.title && s.titleSpan && s.titleSpan.start > s.headSpan.start);
    an = typeIn(an, an.doc.subchapters[i].titleSpan!.end, ' и исключения из них');
    assert.ok(an.doc.subchapters[i].title!.endsWith(' и исключения из них'), an.doc.subchapters[i].title);
    // The same at the end of a chapter, of a section and of the text: their spans end with the line.
    let b = analyze(subEnds);
    for (const j of [1, 2, 3]) {
      b = typeIn(b, b.doc.subchapters[j].titleSpan!.end, ' (новое)');
      assert.ok(b.doc.subchapters[j].title!.endsWith(' (новое)'), b.doc.subchapters[j].title);
    }
    assert.equal(b.doc.sections[1].span.end, b.text.length);
    // A broken heading word («Парагжраф») is no subchapter heading: a full analysis, the subchapter gone.
    const s0 = an.doc.subchapters[i];
    const broken = check(an, { start: s0.headSpan.start + 4, end: s0.headSpan.start + 4, text: 'ж' });
    assert.notEqual(broken.incremental, true);
    assert.equal(incrementalStats.lastFallback, 'subchapter heading word');
    assert.equal(broken.doc.subchapters.length, an.doc.subchapters.length - 1);
    assert.equal(b.doc.sections[0].span.end, b.text.indexOf('Последний в разделе (новое)') + 'Последний в разделе (новое)'.length);
  });

  it('an untitled chapter\'s heading: a space typed after its number moves its title on the next line', () => {
    const at = untitled.indexOf('Глава II') + 'Глава II'.length;
    const inc = check(analyze(untitled), { start: at, end: at, text: ' ' });
    assert.equal(inc.incremental, true, incrementalStats.lastFallback);
    assert.equal(inc.doc.chapters[1].title, 'Основные понятия');
  });
});

// Issue 15, session 14: text under a section's, chapter's or subchapter's heading, outside any article
// («Раздел II. …» / «Положения настоящего раздела применяются с учетом статьи 5.»), typed: the line is
// read again alone, as a preamble line is, while it stays text (no heading, no note) and is not the line
// the parse may take as an untitled heading's title.
describe('issue 15, session 14: typing text under a heading, outside any article', function () {
  this.timeout(300000);
  // A line of text (with a citation) under every section heading of a generated draft, and under every
  // other article's subchapter heading.
  let n = 0;
  const underHeadings = generateDraft({ articles: 150, seed: 9 }).text
    .replace(/^(Раздел [IVXLC]+\..*)$/gm, (m) => `${m}\n\nПоложения настоящего раздела применяются с учетом статьи ${1 + (++n * 7) % 150}.\nИные положения раздела.`)
    .replace(/^Статья (\d+)$/gm, (m, a) => (Number(a) % 10 === 5 ? `Параграф ${Number(a)}. Общие\nТекст параграфа, пункт 1 статьи ${Number(a) - 3}.\n\n` : '') + m);
  const untitledText = ['ЗАКОН', '', 'Глава I', 'Общие положения', '', 'Статья 1', '', '1. Текст статьи 1.', '', 'Глава II', '', 'Основные понятия',
    'Текст под главой, статья 1.', '', 'Статья 2', '', 'Согласно статье 1.', '', 'Раздел 3', '', 'заключительные положения;', '', 'Статья 3', '', 'Текст.', ''].join('\n');
  const texts = [
    { name: 'generated 150, text under section and subchapter headings', text: underHeadings },
    { name: 'untitled headings with text under them', text: untitledText },
    { name: 'ru-rf-constitution-excerpt.txt (an elision mark under a chapter heading)', text: fs.readFileSync(path.join(ACTS, 'ru-rf-constitution-excerpt.txt'), 'utf8') },
  ];
  const outsideText = (an: Analysis) => an.doc.lines.filter((l) => l.kind === 'text' && !an.doc.articles.some((a) => a.span.start <= l.content.start && l.content.start <= a.span.end));
  const change = (an: Analysis, s: Spec): TextChange => {
    const ls = outsideText(an);
    if (ls.length === 0) return { start: 0, end: 0, text: 'ж' };
    const l = ls[s.a % ls.length];
    const at = Math.min(an.text.length, l.content.start + (s.at % (l.content.end - l.content.start + 2)));
    const piece = [...CHARS, ...SNIPPETS, 'Статья 9', 'Сноска.'][s.c % (CHARS.length + SNIPPETS.length + 2)];
    return s.kind % 3 === 0 ? { start: at, end: at, text: piece } : { start: at, end: Math.min(an.text.length, at + 1 + (s.c % 3)), text: s.kind % 3 === 1 ? '' : piece };
  };

  texts.forEach((input, i) => {
    it(`single and chained edits on text outside articles equal a full analysis: ${input.name}`, () => {
      assert.ok(outsideText(analyze(input.text)).length > 0);
      singleAndChained(input.text, change, SEED + 800 + i, 60);
    });
  });

  it('a citation typed letter by letter into the last line of text under a section heading: every keystroke fast, the citation resolved', () => {
    let an = analyze(underHeadings);
    const l = outsideText(an).filter((x) => an.text.slice(x.content.start, x.content.end) === 'Иные положения раздела.')[2];
    an = typeIn(an, l.content.end - 1, ', кроме статьи 12');
    const ref = an.references.find((r) => r.context === null && an.text.slice(r.ref.span.start, r.ref.span.end) === 'статьи 12')!;
    assert.ok(ref, 'the typed citation is read');
    assert.deepEqual(definition(an, ref.ref.span.start + 3).map((d) => d.unit.kind === 'article' && d.unit.number.text), ['12']);
  });

  it('after an untitled heading\'s title line, text is typed on the fast path; after an amending preamble its citations stay external', () => {
    const at = untitledText.indexOf('Текст под главой') + 5;
    const inc = check(analyze(untitledText), { start: at, end: at, text: 'ж' });
    assert.equal(inc.incremental, true, incrementalStats.lastFallback);
    // «В Конституцию … внести следующие изменения:» before the first heading: the citations outside articles
    // after it name the amended act's units (analyze: amendingOutside), under a section heading too.
    const text = [
      'ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН', '', 'В Конституцию Республики Казахстан внести следующие изменения и дополнения:', '',
      'Раздел I. Изменения', '', 'в пункте 2 статьи 5 слова «может» заменить словами «вправе»;', '', 'Статья 5', '', '1. Текст.', '', '2. Текст.', '',
    ].join('\n');
    const l = outsideText(analyze(text))[0];
    assert.equal(text.slice(l.content.start, l.content.start + 9), 'в пункте ');
    for (const c of [
      { start: l.content.start + 9, end: l.content.start + 10, text: '1' },
      { start: l.content.end - 1, end: l.content.end, text: ', а также в статье 5;' },
    ]) {
      const r = check(analyze(text), c);
      assert.equal(r.incremental, true, incrementalStats.lastFallback);
      const refs = r.references.filter((x) => x.context === null);
      assert.ok(refs.length > 0 && refs.every((x) => x.ref.external), 'the citations under the heading are external');
    }
  });

  it('falls back where a citation follows in the region, the line may become a heading\'s title, or turns into a heading or a note', () => {
    const an0 = analyze(underHeadings);
    const first = outsideText(an0).find((x) => an0.text.slice(x.content.start, x.content.end).startsWith('Положения настоящего раздела'))!;
    // (The line after it has no citation: this one is read again alone.)
    const fine = check(an0, { start: first.content.end - 1, end: first.content.end - 1, text: ' и статьи 3' });
    assert.equal(fine.incremental, true, incrementalStats.lastFallback);
    // «заключительные положения;» after the untitled «Раздел 3» is text (it ends as a list's item does); typing
    // its «;» away makes it the section's title.
    const u = analyze(untitledText);
    const semi = untitledText.indexOf('заключительные положения;') + 'заключительные положения'.length;
    const titled = check(u, { start: semi, end: semi + 1, text: '' });
    assert.notEqual(titled.incremental, true);
    assert.equal(incrementalStats.lastFallback, 'text after an untitled heading');
    assert.equal(titled.doc.sections[0].title, 'заключительные положения');
    // A heading typed over the text, and a note.
    const at = first.content.start;
    const heading = check(analyze(underHeadings), { start: at, end: at, text: 'Статья 9. ' });
    assert.notEqual(heading.incremental, true);
    assert.equal(incrementalStats.lastFallback, 'text line changed');
    const note = check(analyze(underHeadings), { start: at, end: at, text: 'Сноска. ' });
    assert.notEqual(note.incremental, true);
    assert.equal(incrementalStats.lastFallback, 'text line changed');
  });
});

describe('issue 15, session 15: typing in the act\'s title lines', function () {
  this.timeout(300000);
  // Every text of the corpus with title lines («КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН», «ПРОЕКТ», «Конституция
  // принята на республиканском референдуме …»), and a fixture of another state's constitution.
  const texts = [
    ...['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt', 'kz-2026-final-draft-ru.txt', 'kz-2026-final-draft-kk.txt', 'kz-2026-adopted-ru.txt'].map((f) => path.join(CORPUS, f)),
    path.join(ACTS, 'ru-rf-constitution-excerpt.txt'),
  ].map((f) => ({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
  const PIECES = ['Ж', 'я', ' ', '.', ',', '1', 'РЕСПУБЛИКИ ', 'Статья 5', 'Раздел I', 'Сноска. ', ' статьи 3', '\u00ad', '\u00a0', '\ufeff',
    '<!--', '\n', ' от 1 июля 2026 года', 'Закон Республики Казахстан от 1 июля 2026 года', 'Конституциясы', ''];

  it('every text here has title lines', () => {
    for (const t of texts) assert.ok(analyze(t.text).doc.titleLines.length > 0, t.name);
  });

  lineEditTests('title', 'on title lines', texts, PIECES, SEED + 1000);

  it('the 2026 draft\'s title typed letter by letter: every keystroke on the fast path, the title lines follow', () => {
    const text = fs.readFileSync(path.join(CORPUS, 'kz-2026-final-draft-ru.txt'), 'utf8');
    let an = analyze(text);
    const l = an.doc.titleLines[1];
    assert.equal(text.slice(l.start, l.end), 'КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН');
    an = typeIn(an, l.end, ' (НОВАЯ РЕДАКЦИЯ)');
    const t = an.doc.titleLines[1];
    assert.equal(an.text.slice(t.start, t.end), 'КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН (НОВАЯ РЕДАКЦИЯ)');
    // The draft marker «ПРОЕКТ» typed into is no title line any more but the preamble's first line, and the
    // title after it is then a preamble line too: a full analysis, exact (check in typeIn's canon above).
    const m = an.doc.titleLines[0];
    an = analyzeIncremental(an, { start: m.start, end: m.start, text: 'Ж' }, docSources(an.doc).text.edit(m.start, m.start, 'Ж'));
    assert.notEqual(an.incremental, true);
    assert.equal(incrementalStats.lastFallback, 'title line changed');
    assert.deepEqual(an.doc.titleLines, []);
    assert.deepEqual(canon(an), canon(analyze(an.text)));
  });

  it('the first of two title lines typed at its start: the second title line, the preamble and every article move', () => {
    const text = fs.readFileSync(path.join(CORPUS, 'kz-1995-kk.txt'), 'utf8');
    let an = analyze(text);
    const head = an.doc.articles[0].headSpan.start;
    const pre = an.doc.preamble!.start;
    an = typeIn(an, an.doc.titleLines[0].start, 'Жаңа ');
    assert.deepEqual(an.doc.titleLines.map((x) => an.text.slice(x.start, x.end)),
      ['Жаңа Қазақстан Республикасының Конституциясы', 'Конституция 1995 жылы 30 тамызда республикалық референдумда қабылданды.']);
    assert.equal(an.doc.articles[0].headSpan.start, head + 5);
    assert.equal(an.doc.preamble?.start, pre + 5);
  });

  it('falls back where the line stops being a title line or comes to name a law, and stays exact', () => {
    const text = fs.readFileSync(path.join(CORPUS, 'kz-1995-ru.txt'), 'utf8');
    const [l0, l1] = analyze(text).doc.titleLines;
    const cases: [TextChange, string][] = [
      [{ start: l0.start, end: l0.end, text: 'Мы, народ Казахстана' }, 'title line changed'], // a preamble line now
      [{ start: l0.start, end: l0.start, text: 'Статья 0. ' }, 'title line changed'], // a heading
      [{ start: l1.start, end: l1.end, text: 'Сноска. Конституция принята на референдуме.' }, 'title line changed'], // a note
      [{ start: l1.end, end: l1.end, text: '\nКонституция Республики Казахстан' }, 'line break on a title line'],
      // A title line naming a law: «Конституции» in the text is then another act's (core/cites.ts).
      [{ start: l1.start, end: l1.end, text: 'Конституция Республики Казахстан. Закон Республики Казахстан от 1 июля 2026 года' }, 'act title changed'],
    ];
    fallsBack(text, cases);
    // Lines of a title's form that read first as something else: an article heading, a publication note
    // (the Kazakh title's form «… Конституциясы» fits both).
    const kk = fs.readFileSync(path.join(CORPUS, 'kz-1995-kk.txt'), 'utf8');
    const [k0] = analyze(kk).doc.titleLines;
    fallsBack(kk, [
      [{ start: k0.start, end: k0.start, text: '1-бап. ' }, 'title line changed'],
      [{ start: k0.start, end: k0.start, text: 'Ескерту. ' }, 'title line changed'],
    ]);
  });
});

// Issue 15, session 16: an article's number edited on its heading line («Статья 12» → «Статья 12-1»,
// «12-бап» → «13-бап», "Article 5" → "Article 55") while the line stays the heading of an article. The
// article is read again with its new number; the sequences of articles are checked again; the map of
// numbers is filled again; the citations of the old and of the new number are resolved again (a number
// may come to be borne by two articles). Before, every such keystroke was a full analysis (≈ 130 ms at
// 5,000 articles). And Enter at the end of a heading line (or a blank line after it deleted from there):
// the same new text as the edit one line break further on, in the body, which is taken instead.
describe('issue 15, session 16: an article\'s number edited on its heading line', function () {
  this.timeout(300000);
  const CONSTITUTIONS = ['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt', 'kz-2026-final-draft-ru.txt', 'kz-2026-final-draft-kk.txt', 'kz-2026-adopted-ru.txt']
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(CORPUS, f), 'utf8') }));
  const PIECES = ['1', '2', '0', '9', '-', '-1', '–', '.', ' ', 'а', '5', ''];

  /** An edit on an article's number: a piece typed in it or at its edges, put over one of its characters, or characters deleted. */
  const numberChange = (an: Analysis, s: Spec): TextChange => {
    const arts = an.doc.articles;
    const a = arts[s.a % arts.length];
    const n = a.number.span;
    const at = n.start + (s.at % (n.end - n.start + 1));
    const piece = PIECES[s.c % PIECES.length];
    switch (s.kind % 3) {
      case 0: return { start: at, end: at, text: piece };
      case 1: return { start: at, end: Math.min(n.end, at + 1 + (s.c % 2)), text: '' };
      default: return { start: at, end: Math.min(an.text.length, at + 1), text: piece };
    }
  };

  [...CONSTITUTIONS, ...INPUTS].forEach((input, i) => {
    it(`single and chained edits of article numbers equal a full analysis: ${input.name}`, () => {
      singleAndChained(input.text, numberChange, SEED + 2000 + i, 40, (an) => an.doc.articles.length > 0);
    });
  });

  const draft = CONSTITUTIONS[3].text;
  /** The diagnostics as the drafter reads them: code and the text they underline. */
  const seen = (an: Analysis) => an.diagnostics.map((d) => `${d.code} «${an.text.slice(d.span.start, d.span.end)}»`);

  it('the 2026 draft: «Статья 12» typed into «Статья 123» and back, every keystroke fast; the citations of Article 12 follow', () => {
    const an0 = analyze(draft);
    const a = an0.doc.articleByNumber.get('12')!;
    assert.equal(draft.slice(a.headSpan.start, a.headSpan.end), 'Статья 12');
    // The citations naming Article 12 by its number (their number spans), before the edit.
    const named = (x: Analysis, n: string) => x.targets.filter((t) => t.target.article?.kind === 'num' && (t.target.article as { num: { text: string } }).num.text === n);
    const spans12 = [...new Set(named(an0, '12').map((t) => (t.target.article as { num: { span: Span } }).num.span.start))];
    assert.ok(named(an0, '12').some((t) => t.ok && t.context !== a), 'Article 12 is cited from other articles');
    const inside = named(an0, '12').filter((t) => t.context === a).length;
    const before = seen(an0);
    let an = typeIn(an0, a.number.span.end, '3');
    // What the drafter sees: Article 123 out of sequence, and every citation of Article 12 unresolved
    // (each underlined once, at its number, moved by the character typed when it lies after it).
    const b = an.doc.articleByNumber.get('123')!;
    assert.equal(an.doc.articleByNumber.get('12'), undefined);
    const now = seen(an);
    assert.ok(now.some((d) => /^article-/.test(d) && d.endsWith('«123»')), now.join('\n'));
    const unresolved = an.diagnostics.filter((d) => d.code === 'reference-unresolved-article' && an.text.slice(d.span.start, d.span.end) === '12');
    assert.deepEqual(unresolved.map((d) => d.span.start).sort((x, y) => x - y),
      spans12.map((x) => (x > a.number.span.end ? x + 1 : x)).sort((x, y) => x - y));
    assert.equal(inside, 0, 'the draft\'s Article 12 does not cite itself by number');
    assert.equal(b.number.text, '123');
    // Deleted again: exactly the analysis of the draft as it was.
    const at = b.number.span.end - 1;
    an = analyzeIncremental(an, { start: at, end: at + 1, text: '' }, docSources(an.doc).text.edit(at, at + 1, ''));
    assert.equal(an.incremental, true, incrementalStats.lastFallback);
    assert.equal(an.text, draft);
    assert.deepEqual(seen(an), before);
    assert.deepEqual(canon(an), canon(analyze(draft)));
  });

  it('a number made the same as another article\'s: both headings and every citation of it reported, and undone', () => {
    const an0 = analyze(draft);
    const a13 = an0.doc.articleByNumber.get('13')!;
    // «Статья 13» → «Статья 12»: Article 12 twice.
    const c = { start: a13.number.span.end - 1, end: a13.number.span.end, text: '2' };
    const an = check(analyze(draft), c);
    assert.equal(an.incremental, true, incrementalStats.lastFallback);
    const now = seen(an);
    assert.ok(now.filter((d) => d.startsWith('article-duplicate') || d.includes('duplicate')).length >= 2, now.join('\n'));
    assert.ok(now.some((d) => d.startsWith('reference-ambiguous') && d.endsWith('«12»')), now.join('\n'));
    const back = check(an, { start: c.start, end: c.end, text: '3' });
    assert.equal(back.incremental, true, incrementalStats.lastFallback);
    assert.deepEqual(seen(back), seen(an0));
  });

  it('Kazakh and English headings: «12-бап» → «13-бап», "Article 5" → "Article 55", fast and exact', () => {
    for (const [name, num] of [['kz-2026-final-draft-kk.txt', '12'], ['kz-1995-en.txt', '5']] as const) {
      const text = CONSTITUTIONS.find((t) => t.name === name)!.text;
      const a = analyze(text).doc.articleByNumber.get(num)!;
      const c = name.includes('kk') ? { start: a.number.span.end - 1, end: a.number.span.end, text: '3' } : { start: a.number.span.end, end: a.number.span.end, text: '5' };
      const an = check(analyze(text), c);
      assert.equal(an.incremental, true, `${name}: ${incrementalStats.lastFallback}`);
      assert.ok(an.doc.articleByNumber.get(name.includes('kk') ? '13' : '55'));
    }
  });

  it('Enter at the end of a heading line, or a blank line after it deleted from there: fast and exact', () => {
    const an0 = analyze(draft);
    const a = an0.doc.articleByNumber.get('12')!;
    const le = a.headSpan.end;
    assert.equal(draft[le], '\n');
    const entered = check(analyze(draft), { start: le, end: le, text: '\n' });
    assert.equal(entered.incremental, true, incrementalStats.lastFallback);
    const typed = check(analyze(draft), { start: le, end: le, text: '\n1. Новый пункт.' });
    assert.equal(typed.incremental, true, incrementalStats.lastFallback);
    // The blank line typed after the heading, removed by Backspace at the heading's end.
    const removed = check(entered, { start: le, end: le + 1, text: '' });
    assert.equal(removed.incremental, true, incrementalStats.lastFallback);
    assert.deepEqual(canon(removed), canon(an0));
    assert.notEqual(an0.stale, true);
    // CRLF line breaks: the same.
    const crlf = draft.replace(/\n/g, '\r\n');
    const b = analyze(crlf).doc.articleByNumber.get('12')!;
    const inc = check(analyze(crlf), { start: b.headSpan.end, end: b.headSpan.end, text: '\r\n' });
    assert.equal(inc.incremental, true, incrementalStats.lastFallback);
  });

  // Lines typed at the start of a heading line (Enter there, or a line pasted before it), or Enter at the end
  // of the line before it: new lines at the end of the region before the heading.
  const LINES = ['\n', 'Текст.\n', '1. Пункт со ссылкой на статью 3.\n', 'Статья 5\n', '2) подпункт;\n', '<!-- prior: 3 -->\n', 'Сноска. Статья исключена.\n',
    '\r\n', '«Статья 7. Новая редакция»\n', '12-бап\n'];
  const beforeHeading = (an: Analysis, s: Spec): TextChange => {
    const heads = an.doc.lines.map((l, i) => i).filter((i) => i > 0 && ['article', 'section', 'chapter', 'subchapter'].includes(an.doc.lines[i].kind));
    const i = heads[s.a % heads.length];
    const piece = LINES[s.c % LINES.length];
    const at = an.doc.lines[i].span.start;
    if (s.kind % 2 === 0 || !piece.endsWith('\n') || piece.endsWith('\r\n')) return { start: at, end: at, text: piece };
    // Enter at the end of the line before, then the piece without its line break.
    const le = an.doc.lines[i - 1].span.end;
    return { start: le, end: le, text: '\n' + piece.slice(0, -1) };
  };

  [...CONSTITUTIONS, ...INPUTS].forEach((input, i) => {
    it(`lines typed before a heading line equal a full analysis: ${input.name}`, () => {
      singleAndChained(input.text, beforeHeading, SEED + 3000 + i, 30, (an) => an.doc.articles.length > 0);
    });
  });

  it('Enter at the start of an article\'s or a section\'s heading line (an article before it), and a new article\'s heading followed by Enter: fast', () => {
    const an0 = analyze(draft);
    const a13 = an0.doc.articleByNumber.get('13')!;
    const sec = an0.doc.sections[2];
    for (const at of [a13.headSpan.start, sec.headSpan.start]) {
      const inc = check(analyze(draft), { start: at, end: at, text: '\n' });
      assert.equal(inc.incremental, true, `${draft.slice(at, at + 20)}: ${incrementalStats.lastFallback}`);
    }
    // «Статья 12-1» typed on a new line after Article 12's last line, then Enter and its first paragraph:
    // after the heading (a full analysis: a new article), every keystroke fast.
    const at = a13.headSpan.start - 1;
    let an = check(analyze(draft), { start: at, end: at, text: '\nСтатья 12-1' });
    const end = at + '\nСтатья 12-1'.length;
    an = typeIn(an, end, '\n1. Каждый имеет право на труд, предусмотренное статьей 12.');
    const b = an.doc.articleByNumber.get('12-1')!;
    assert.equal(b.paragraphs.length, 1);
    assert.ok(an.targets.some((t) => t.context === b && t.ok && t.unit === an.doc.articleByNumber.get('12')));
  });

  it('through the language service: after «Статья 12» → «Статья 123» every answer is that of the edited text opened afresh', () => {
    const an0 = analyze(draft);
    const a = an0.doc.articleByNumber.get('12')!;
    const at = a.number.span.end;
    const { svc, fresh } = throughService(draft, { start: at, end: at, text: '3' });
    // A citation of Article 12 elsewhere: no definition now; Article 123's number: its references.
    const cite = an0.targets.find((t) => t.ok && t.unit === a && t.context !== a)!;
    const off = cite.target.span.start + (cite.target.span.start > at ? 1 : 0);
    assert.deepEqual(plain(svc.definition('d:1', off)), plain(fresh.definition('d:2', off)));
    assert.equal(svc.definition('d:1', off).length, 0, 'Article 12 is no more');
    assert.ok(svc.documentSymbols('d:1').some((x) => x.children.some((c) => c.name.startsWith('Статья 123'))), 'the outline names Article 123');
    assert.deepEqual(plain(svc.hover('d:1', off)), plain(fresh.hover('d:2', off)));
    assert.deepEqual(plain(svc.references('d:1', at, true)), plain(fresh.references('d:2', at, true)));
    assert.deepEqual(plain(svc.renumberPlan('d:1')), plain(fresh.renumberPlan('d:2')));
  });

  it('the article bearing a number is found by the number column as by the canonical numbers («012» is «12»)', () => {
    const odd = 'Статья 1. А\nТекст.\nСтатья 012. Б\nТекст.\nСтатья 12. В\nТекст.\nСтатья 12-1. Г\nТекст.\nСтатья 12-01. Е\nТекст.\nСтатья 3-1-2. Ж\nТекст.\n';
    for (const text of [odd, ...CONSTITUTIONS.map((t) => t.text)]) {
      const arts = analyze(text).doc.articles;
      assert.ok(numberColumn(arts), 'the model\'s article list has its column');
      const keys = arts.map((a) => canonical(a.number.text));
      for (let i = 0; i < arts.length; i++) {
        for (const from of [0, i, i + 1]) {
          const want = keys.indexOf(keys[i], from);
          assert.equal(articleBearing(arts, keys[i], from), want, `${keys[i]} from ${from}`);
          assert.equal(articleBearing(arts.slice(), keys[i], from), want, `${keys[i]} from ${from}, no column`);
        }
      }
      assert.equal(articleBearing(arts, '99999999'), -1);
    }
    assert.deepEqual(analyze(odd).doc.articles.map((a) => canonical(a.number.text)), ['1', '12', '12', '12-1', '12-1', '3-1-2']);
  });

  it('falls back where a renumbered article comes before an excluded one («Статья 3 исключена.» would be its own note)', () => {
    const text = 'Статья 1. Первая\n1. Текст.\nСтатья 2. Вторая\nТекст.\nСтатья 3 исключена.\nСтатья 4. Четвертая\nТекст статьи 2 и статьи 3.\n';
    const a2 = analyze(text).doc.articles[1];
    fallsBack(text, [[{ start: a2.number.span.start, end: a2.number.span.end, text: '3' }, 'renumbered before an excluded article']]);
  });
});
