// Issue 15, session 18: an article heading typed or pasted in an article's body («Статья 13» typed on a
// new line, a whole article pasted, «5-бап», "Article 7") is taken on the incremental fast path. The
// article is read up to the heading, the articles the heading (or headings) open are read after it, in
// the same section, chapter and subchapter; the sequences are checked again; the map of numbers and the
// duplicated numbers follow the new numbers; the citations of the new numbers, of ranges of articles and
// of the split article are resolved again. Before, the keystroke that made the line a heading was a full
// analysis (≈ a warm pass: 36–90 ms at 5,000 articles). And the other way round: an edit that unmakes
// an article's heading (its number deleted, Backspace at the line's start, the line deleted) makes that
// article's lines the previous article's, read again with it. Every result is compared with a full analysis of
// the edited text (canon of incremental.test.ts: every span, line, unit, reference, target, diagnostic,
// citation and the outline).
// Real texts: the Constitutions of the corpus (1995 ru/kk/en, 2026 draft ru/kk and adopted ru), the
// amending laws, and the real acts of test/fixtures/acts (SOURCES.md there), as in incremental-heading.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { type Analysis, analyze, analyzeIncremental, createLanguageService, incrementalStats, type TextChange } from '../../server/src/core';
import { generateDraft } from '../../bench/generate';
import { canon } from './incremental.test';
import { arbSpec, check, fallsBack, INPUTS, plain, singleAndChained, type Spec, throughService, typeIn } from './incremental-heading.test';

const SEED = 20261206;
const CORPUS = path.join(__dirname, '..', '..', '..', 'shared', 'corpus');
const ACTS = path.join(__dirname, '..', 'fixtures', 'acts');
const CONSTITUTIONS = ['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt', 'kz-2026-final-draft-ru.txt', 'kz-2026-final-draft-kk.txt', 'kz-2026-adopted-ru.txt']
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(CORPUS, f), 'utf8') }));
const MORE_ACTS = ['ru-kz-civil-code-general.txt', 'en-kz-civil-code-K940001000.txt', 'ru-kz-constitutional-law-amending-Z040000545.txt']
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(ACTS, f), 'utf8') }));
const draft = CONSTITUTIONS[3].text;

/**
 * Lines a drafter types or pastes into a body: headings of every language and form (titled, with an
 * insertion number, a number the act already has, an excluded one), whole articles with paragraphs and
 * citations, two articles at once; and what must still fall back: another kind of heading, a quoted
 * heading, a prior annotation before a heading.
 */
const PIECES = [
  'Статья 5\n', 'Статья 12-1. Новая статья\n', 'Статья 200\n1. Текст со ссылкой на статью 3.\n2. Подпункт 1) пункта 1 статьи 200.\n',
  'Статья 201\nТекст.\nСтатья 202\nСм. статьи 201–202 и статью 5.\n', '5-бап\n', '12-1-бап. Жаңа бап\n1. 3-бапқа сәйкес.\n', 'Article 7\n',
  'Article 7-1. New\n1. As provided by Article 2.\n', 'Статья 9. Исключена\n', 'Раздел X\n', 'Глава 3\n', '«Статья 7. Новая редакция»\n',
  '<!-- prior: 3 -->\nСтатья 300\n', 'Статья 301\n', 'Статья 1\n', '1. Пункт со ссылкой на статью 1.\n',
];

/** A body line of some article (paragraph, subparagraph or text): where the piece goes. */
function bodyLine(an: Analysis, s: Spec): { start: number; end: number } | null {
  const arts = an.doc.articles;
  if (arts.length === 0) return null;
  const a = arts[s.a % arts.length];
  const ls = a.lines;
  if (ls.length === 0) return null;
  const l = ls[s.at % ls.length];
  return { start: an.lineIndex.lineStart(an.lineIndex.positionAt(l.start).line), end: an.lineIndex.lineEnd(an.lineIndex.positionAt(l.end).line) };
}

/** A piece typed at a body line's start, pasted after its end (Enter first), or put over the line. */
const splitChange = (an: Analysis, s: Spec): TextChange => {
  const piece = PIECES[s.c % PIECES.length];
  const l = bodyLine(an, s);
  if (!l) return { start: 0, end: 0, text: piece };
  switch (s.kind % 3) {
    case 0: return { start: l.start, end: l.start, text: piece };
    case 1: return { start: l.end, end: l.end, text: '\n' + piece.slice(0, -1) };
    default: return { start: l.start, end: l.end, text: piece.slice(0, -1) };
  }
};

/** Where an edit may unmake an article's heading: its word, its number, the line's start and end, the whole line. */
const unmakeChange = (an: Analysis, s: Spec): TextChange => {
  const arts = an.doc.articles;
  const a = arts[s.a % arts.length];
  const li = an.lineIndex;
  const line = li.positionAt(a.headSpan.start).line;
  const ls = li.lineStart(line);
  const le = li.lineEnd(line);
  const n = a.number.span;
  const pieces = ['', 'Текст', ' ', 'а', '1', 'Статья 7', '\n'];
  const piece = pieces[s.c % pieces.length];
  switch (s.kind % 6) {
    case 0: return { start: n.start, end: n.end, text: piece };
    case 1: return { start: n.end - 1, end: n.end, text: '' };
    case 2: return { start: Math.max(0, ls - 1), end: ls, text: '' };
    case 3: return { start: ls, end: Math.min(an.text.length, le + 1), text: '' };
    case 4: return { start: a.headSpan.start, end: a.headSpan.start + 1 + (s.at % 3), text: piece };
    default: return { start: ls, end: le, text: piece };
  }
};

/**
 * Deletes the `count` characters before `end` one at a time, as Backspace does: every keystroke must take
 * the fast path, and the end equals a full analysis.
 */
function eraseBack(an: Analysis, end: number, count: number): Analysis {
  for (let k = 0; k < count; k++) {
    const at = end - k - 1;
    const before = an.text;
    an = analyzeIncremental(an, { start: at, end: at + 1, text: '' });
    assert.equal(an.incremental, true, `${JSON.stringify(before.slice(at - 20, at + 20))}: ${incrementalStats.lastFallback}`);
  }
  assert.deepEqual(canon(an), canon(analyze(an.text)));
  return an;
}

describe('issue 15, session 18: an article heading typed or pasted in an article\'s body', function () {
  this.timeout(300000);

  [...CONSTITUTIONS, ...MORE_ACTS, ...INPUTS].forEach((input, i) => {
    it(`single and chained pastes of headings and articles into bodies equal a full analysis: ${input.name}`, () => {
      const fast = incrementalStats.fast;
      let split = 0;
      // (check compares each result with a full analysis; counted here: results with more articles, fast.)
      fc.assert(fc.property(arbSpec, (s) => {
        const an = analyze(input.text);
        const n = an.doc.articles.length;
        const inc = check(an, splitChange(an, s));
        if (inc.incremental && inc.doc.articles.length > n) split++;
      }), { seed: SEED + i, numRuns: 40 });
      // (Some texts have no body to split: a list of headings, or only articles that amend other acts.)
      const splittable = analyze(input.text).doc.articles.some((a) => !a.amending && a.lines.length > 0);
      if (splittable) assert.ok(split > 0, `no heading taken on the fast path (${incrementalStats.lastFallback})`);
      singleAndChained(input.text, splitChange, SEED + 100 + i, 10, (an) => an.doc.articles.length > 0);
      assert.ok(incrementalStats.fast > fast);
    });
  });

  it('a generated 300-article draft: pastes, then random typing, chained, equal a full analysis', () => {
    const text = generateDraft({ articles: 300, seed: 5 }).text;
    singleAndChained(text, splitChange, SEED + 500, 40, (an) => an.doc.articles.length > 0);
  });

  /** The diagnostics as the drafter reads them: code and the text they underline. */
  const seen = (an: Analysis) => an.diagnostics.map((d) => `${d.code} «${an.text.slice(d.span.start, d.span.end)}»`);

  it('the 2026 draft: a new Article 13 typed after Article 12, letter by letter: every keystroke fast; both Articles 13 reported, and undone', () => {
    const an0 = analyze(draft);
    const a12 = an0.doc.articleByNumber.get('12')!;
    const a13 = an0.doc.articleByNumber.get('13')!;
    const at = a12.span.end;
    assert.equal(draft.slice(at, a13.headSpan.start), '\n', 'Article 13 follows Article 12\'s last line');
    const typed = '\nСтатья 13\n1. Каждый имеет право на защиту, предусмотренную статьей 12.';
    const an = typeIn(an0, at, typed);
    // Two articles numbered 13 now: the new one first, then the old one.
    const arts = an.doc.articles.filter((a) => a.number.text === '13');
    assert.equal(arts.length, 2);
    assert.equal(an.doc.articleByNumber.get('13'), arts[0]);
    assert.equal(arts[0].paragraphs.length, 1);
    assert.equal(arts[0].section, a12.section);
    const dup = an.diagnostics.filter((d) => d.code === 'article-number-duplicate');
    assert.deepEqual(dup.map((d) => an.text.slice(d.span.start, d.span.end)), ['13', '13'], seen(an).join('\n'));
    // The citation typed in the new article resolves to Article 12, from Article 13.
    const t = an.targets.find((x) => x.context === arts[0])!;
    assert.equal(t.ok, true);
    assert.equal(t.unit, an.doc.articleByNumber.get('12'));
    // The outline: «Статья 13» twice, in the same section, the new one right after Article 12.
    const names = an.doc.articles.map((a) => a.number.text);
    assert.deepEqual(names.slice(names.indexOf('12'), names.indexOf('12') + 3), ['12', '13', '13']);
    // Deleted again at once (a multi-line deletion: a full analysis), it is the draft as it was.
    const back = check(an, { start: at, end: at + typed.length, text: '' });
    assert.equal(back.text, draft);
    assert.deepEqual(seen(back), seen(an0));
  });

  it('a whole article pasted between Articles 12 and 13 of the 2026 draft (Article 12-1): fast, in sequence, its citations resolved', () => {
    const an0 = analyze(draft);
    const a13 = an0.doc.articleByNumber.get('13')!;
    const at = a13.headSpan.start;
    const pasted = 'Статья 12-1\n1. Каждый имеет право на защиту.\n2. Права, указанные в пункте 1 настоящей статьи и в статье 13, гарантируются.\n';
    const before = seen(an0).length;
    const an = check(analyze(draft), { start: at, end: at, text: pasted });
    assert.equal(an.incremental, true, incrementalStats.lastFallback);
    const b = an.doc.articleByNumber.get('12-1')!;
    assert.equal(b.index, an.doc.articleByNumber.get('12')!.index + 1);
    assert.equal(b.paragraphs.length, 2);
    // An inserted number in its place: no new problem.
    assert.equal(seen(an).length, before, seen(an).join('\n'));
    const cites = an.targets.filter((x) => x.context === b);
    assert.deepEqual(cites.map((x) => [x.ok, x.unit?.kind, x.unit?.number.text]), [[true, 'paragraph', '1'], [true, 'article', '13']]);
  });

  [...CONSTITUTIONS, ...MORE_ACTS, ...INPUTS].forEach((input, i) => {
    it(`single and chained edits that unmake an article's heading equal a full analysis: ${input.name}`, () => {
      let merged = 0;
      fc.assert(fc.property(arbSpec, (s) => {
        const an = analyze(input.text);
        if (an.doc.articles.length === 0) return;
        const n = an.doc.articles.length;
        const inc = check(an, unmakeChange(an, s));
        if (inc.incremental && inc.doc.articles.length < n) merged++;
      }), { seed: SEED + 200 + i, numRuns: 40 });
      const mergeable = analyze(input.text).doc.articles.some((a, k, all) => k > 0 && !a.amending && !all[k - 1].amending && a.section === all[k - 1].section && a.chapter === all[k - 1].chapter);
      if (mergeable) assert.ok(merged > 0, `no heading unmade on the fast path (${incrementalStats.lastFallback})`);
      singleAndChained(input.text, (an, s) => (s.kind % 2 ? unmakeChange(an, s) : splitChange(an, s)), SEED + 300 + i, 10, (an) => an.doc.articles.length > 0);
    });
  });

  it('the new Article 13 erased again letter by letter, Backspace by Backspace: every keystroke fast, the draft as it was', () => {
    const an0 = analyze(draft);
    const at = an0.doc.articleByNumber.get('12')!.span.end;
    const typed = '\nСтатья 13\n1. Каждый имеет право на защиту, предусмотренную статьей 12.';
    let an = typeIn(an0, at, typed);
    an = eraseBack(an, at + typed.length, typed.length);
    assert.equal(an.text, draft);
    assert.deepEqual(seen(an), seen(analyze(draft)));
  });

  it('Article 13\'s heading line deleted from the 2026 draft: its paragraphs are Article 12\'s, the gap and the citations of 13 reported', () => {
    const an0 = analyze(draft);
    const a13 = an0.doc.articleByNumber.get('13')!;
    const start = a13.headSpan.start;
    const an = check(analyze(draft), { start, end: a13.headSpan.end + 1, text: '' });
    assert.equal(an.incremental, true, incrementalStats.lastFallback);
    assert.equal(an.doc.articles.length, an0.doc.articles.length - 1);
    assert.equal(an.doc.articleByNumber.get('13'), undefined);
    const a12 = an.doc.articleByNumber.get('12')!;
    assert.deepEqual(a12.paragraphs.map((p) => p.number.text), [...an0.doc.articleByNumber.get('12')!.paragraphs, ...a13.paragraphs].map((p) => p.number.text));
    assert.ok(seen(an).some((d) => d.startsWith('article-number-gap')), seen(an).join('\n'));
    assert.ok(seen(an).some((d) => d.startsWith('paragraph-number-')), seen(an).join('\n'));
    // Backspace at the start of Article 14's heading line joins it to Article 13's last line: no heading.
    const a14 = an0.doc.articleByNumber.get('14')!;
    const joined = check(analyze(draft), { start: a14.headSpan.start - 1, end: a14.headSpan.start, text: '' });
    assert.equal(joined.incremental, true, incrementalStats.lastFallback);
    assert.equal(joined.doc.articleByNumber.get('14'), undefined);
  });

  it('an unresolved citation\'s quick fix offers the numbers with its base as they come and go (Article 7-1 opened; Article 8 renumbered 8-1)', () => {
    const text = 'КОНСТИТУЦИЯ\nСтатья 6\nСм. статью 7 и статью 8-2.\nСтатья 8\nТекст.\nСтатья 9\nТекст.\n';
    const fixes = (an: Analysis) => an.diagnostics.filter((d) => d.code === 'reference-unresolved-article').map((d) => `${d.args.number}: ${(d.data as { candidates: string[] }).candidates.join(',')}`);
    assert.deepEqual(fixes(analyze(text)), ['7: ', '8-2: 8']);
    const body = text.indexOf('Текст.');
    const opened = check(analyze(text), { start: body, end: body, text: 'Статья 7-1\n' });
    assert.equal(opened.incremental, true, incrementalStats.lastFallback);
    assert.deepEqual(fixes(opened), ['7: 7-1', '8-2: 8']);
    const n8 = text.indexOf('Статья 8') + 'Статья 8'.length;
    const renumbered = check(analyze(text), { start: n8, end: n8, text: '-1' });
    assert.equal(renumbered.incremental, true, incrementalStats.lastFallback);
    assert.deepEqual(fixes(renumbered), ['7: ', '8-2: 8-1']);
    // «Статья 8» unmade («Статья »): no number with base 8 is left to offer.
    const unmade = check(analyze(text), { start: n8 - 1, end: n8, text: '' });
    assert.equal(unmade.incremental, true, incrementalStats.lastFallback);
    assert.deepEqual(fixes(unmade), ['7: ', '8-2: ']);
  });

  it('a heading unmade by the first keystroke after an analysis: the citations of its article, from before and after it, become unresolved', () => {
    const text = 'КОНСТИТУЦИЯ\nСтатья 6\nСм. пункт 1 статьи 8.\nСтатья 7\nТекст.\nСтатья 8\n1. Текст.\nСтатья 9\nСм. статью 8 и статью 9.\n';
    const unresolved = (an: Analysis) => an.diagnostics.filter((d) => d.code === 'reference-unresolved-article').map((d) => an.text.slice(d.span.start, d.span.end));
    assert.deepEqual(unresolved(analyze(text)), []);
    const n8 = text.indexOf('Статья 8') + 'Статья '.length;
    const an = check(analyze(text), { start: n8, end: n8 + 1, text: '' });
    assert.equal(an.incremental, true, incrementalStats.lastFallback);
    assert.deepEqual(unresolved(an), ['8', '8']);
    assert.equal(an.targets.filter((t) => t.ok).length, 1, 'only «статью 9» resolves');
  });

  it('the 1995 Constitution: Article 14-1 pasted before Article 15 joins the range «статьями 11, 13–15» of Article 39', () => {
    for (const name of ['kz-1995-ru.txt', 'kz-1995-en.txt']) {
      const text = CONSTITUTIONS.find((x) => x.name === name)!.text;
      const an0 = analyze(text);
      const range = (an: Analysis) => an.targets.find((t) => t.context?.number.text === '39' && t.rangeUnits?.[0]?.kind === 'article')!;
      assert.deepEqual(range(an0).rangeUnits!.map((u) => u.number.text), ['13', '14', '15'], name);
      const at = an0.doc.articleByNumber.get('15')!.headSpan.start;
      const piece = name.endsWith('ru.txt') ? 'Статья 14-1\nТекст.\n' : 'Article 14-1\nText.\n';
      // (Article 14 keeps its paragraphs: the range is resolved again all the same.)
      const an = check(an0, { start: at, end: at, text: piece });
      assert.equal(an.incremental, true, `${name}: ${incrementalStats.lastFallback}`);
      assert.deepEqual(range(an).rangeUnits!.map((u) => u.number.text), ['13', '14', '14-1', '15'], name);
    }
  });

  it('Kazakh and English: «12-1-бап» and "Article 12-1" pasted after Article 12: fast and exact', () => {
    for (const [name, piece] of [['kz-2026-final-draft-kk.txt', '12-1-бап\n1. 12-бапқа сәйкес.\n'], ['kz-1995-en.txt', 'Article 12-1\n1. As provided by Article 12.\n']] as const) {
      const text = CONSTITUTIONS.find((x) => x.name === name)!.text;
      const an0 = analyze(text);
      const at = an0.doc.articleByNumber.get('13')!.headSpan.start;
      const an = check(an0, { start: at - 1, end: at - 1, text: '\n' + piece.slice(0, -1) });
      assert.equal(an.incremental, true, `${name}: ${incrementalStats.lastFallback}`);
      assert.ok(an.doc.articleByNumber.get('12-1'), name);
    }
  });

  it('through the language service: after a pasted article every answer is that of the edited text opened afresh', () => {
    const an0 = analyze(draft);
    // Article 30's heading line follows Article 29's last line (no section or chapter heading between).
    const a30 = an0.doc.articleByNumber.get('30')!;
    assert.equal(an0.doc.articleByNumber.get('29')!.span.end, a30.headSpan.start - 1);
    const at = a30.headSpan.start;
    const pasted = 'Статья 30\n1. Статья с тем же номером, что и следующая; см. статью 30 и статьи 28–31.\n';
    const { svc, fresh, edited, fast } = throughService(draft, { start: at, end: at, text: pasted });
    assert.deepEqual(plain(svc.renumberPlan('d:1')), plain(fresh.renumberPlan('d:2')));
    const cite = edited.indexOf('статью 30') + 'статью '.length;
    assert.deepEqual(plain(svc.definition('d:1', cite)), plain(fresh.definition('d:2', cite)));
    assert.deepEqual(plain(svc.hover('d:1', cite)), plain(fresh.hover('d:2', cite)));
    assert.deepEqual(plain(svc.references('d:1', at + 'Статья '.length, true)), plain(fresh.references('d:2', at + 'Статья '.length, true)));
    // The pasted heading's number deleted again («Статья 30» → «Статья 3»: a renumbering; → «Статья »: its
    // lines are Article 29's): Article 30 is no longer numbered twice, and the lenses say so.
    const n = at + 'Статья 3'.length;
    svc.change('d:1', [{ start: n, end: n + 1, text: '' }]);
    svc.codeLenses('d:1', 'all', 'ru');
    svc.change('d:1', [{ start: n - 1, end: n, text: '' }]);
    const unmade = edited.slice(0, n - 1) + edited.slice(n + 1);
    const again = createLanguageService();
    again.open('d:3', unmade);
    assert.equal(svc.text('d:1'), unmade);
    assert.deepEqual(plain(svc.problems('d:1')), plain(again.problems('d:3')));
    assert.equal(incrementalStats.fast, fast + 3, incrementalStats.lastFallback);
    assert.deepEqual(plain(svc.codeLenses('d:1', 'all', 'ru')), plain(again.codeLenses('d:3', 'all', 'ru')));
    assert.deepEqual(plain(svc.documentSymbols('d:1')), plain(again.documentSymbols('d:3')));
    assert.deepEqual(plain(svc.renumberPlan('d:1')), plain(again.renumberPlan('d:3')));
  });

  it('falls back where the heading opens no article, waits for a prior annotation, ends an amending article\'s quote, or precedes an excluded article; and stays exact', () => {
    const an0 = analyze(draft);
    const l = an0.doc.articleByNumber.get('12')!.lines[0];
    fallsBack(draft, [
      [{ start: l.start, end: l.start, text: 'Раздел X\n' }, 'new heading'],
      [{ start: l.start, end: l.start, text: '<!-- prior: 3 -->\nСтатья 300\n' }, 'comment delimiter'],
    ]);
    // A prior annotation in the body: the parser gives a pin before a heading to the article it opens.
    // A prior annotation in the body: waiting for the heading typed after it (the parser gives it to the
    // article the heading opens), or anywhere in the region.
    const pinned = 'Статья 1\nТекст.\n<!-- prior: 1 -->\nЕщё текст.\nИ ещё.\nСтатья 2\nТекст.\n';
    const more = pinned.indexOf('Ещё текст.');
    const last = pinned.indexOf('И ещё.');
    fallsBack(pinned, [[{ start: more, end: more, text: 'Статья 5\n' }, 'new heading'], [{ start: last, end: last, text: 'Статья 5\n' }, 'pins']]);
    // An excluded article right after the region: the new article's number may make its heading a note.
    const excluded = 'Статья 1\nТекст.\nСтатья 2\nТекст статьи два.\nСтатья 3 исключена.\nСтатья 4\nТекст.\n';
    const two = excluded.indexOf('Текст статьи два.');
    fallsBack(excluded, [[{ start: two, end: two, text: 'Статья 3\n' }, 'new heading before an excluded article']]);
    // An amending article (the 2007 law): a heading in its body is left to a full analysis.
    const law = fs.readFileSync(path.join(CORPUS, 'amendments', 'kz-2007-254-III-ru.txt'), 'utf8');
    const amending = analyze(law).doc.articles.find((a) => a.amending && a.lines.length > 1)!;
    assert.ok(amending, 'the 2007 law has an amending article');
    const at = amending.lines[1].start;
    const inc = check(analyze(law), { start: at, end: at, text: 'Статья 77\n' });
    assert.notEqual(inc.incremental, true);
  });
});
