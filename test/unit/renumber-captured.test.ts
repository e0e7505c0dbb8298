// Issue 16.1: after an article is deleted, no renumbering, rename or quick fix re-points its citations
// unannounced; "keep article 62 as excluded" is offered (and preferred); citations of an excluded
// article, also of its paragraphs, get `reference-to-excluded`.

import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { type Analysis, analyze, countOf, repointedSummary } from '../../server/src/core';
import { codeActionsFor } from '../support/service';
import fc from 'fast-check';
import { applyEdits, renameUnitTo, renumberFromPlan, renumberPlan, repointedMessage } from '../../server/src/core/features/renumber';
import { movedCitations, type Moved } from './renumber-property';
import { corpus } from '../support/files';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const RU = readFileSync(path.join(EXAMPLES, 'draft-2026-ru.const.txt'), 'utf8');
const KK = readFileSync(path.join(EXAMPLES, 'draft-2026-kk.const.txt'), 'utf8');

/** The draft with article 62 (the Kurultai-dissolution article) deleted, heading and body. */
function without62(text: string): string {
  const m = /\n(Статья 62|62-бап)\n/.exec(text)!;
  const next = /\n(Раздел V\.|V бөлім\.)/.exec(text.slice(m.index + 1))!;
  return text.slice(0, m.index + 1) + text.slice(m.index + 1 + next.index + 1);
}

const codesAt = (an: Analysis, code: string) => an.diagnostics.filter((d) => d.code === code);
const line = (an: Analysis, offset: number) => an.lineIndex.positionAt(offset).line + 1;

describe('issue 16.1: a deleted article and its citations', () => {
  for (const [lang, text] of [['ru', RU], ['kk', KK]] as const) {
    describe(`2026 draft (${lang}) without article 62`, () => {
      const deleted = without62(text);
      const an = analyze(deleted);

      it('its three citations are unresolved and the gap after article 61 is reported', () => {
        assert.deepEqual(codesAt(an, 'reference-unresolved-article').map((d) => line(an, d.span.start)), [198, 201, 206]);
        assert.equal(codesAt(an, 'article-number-gap').length, 1);
      });

      it('the preferred fix on the gap and on each citation keeps article 62 as excluded; its citations then cite an excluded article', () => {
        const gap = codesAt(an, 'article-number-gap')[0];
        const onGap = codeActionsFor(an.text, gap, 'en');
        assert.equal(onGap[0].isPreferred, true);
        assert.equal(onGap.filter((a) => a.isPreferred).length, 1, onGap.map((a) => a.title).join('\n'));
        assert.match(onGap[0].title, /^Keep article 62 as excluded/);
        for (const cite of codesAt(an, 'reference-unresolved-article')) {
          const acts = codeActionsFor(an.text, cite, lang);
          assert.equal(acts[0].isPreferred, true);
          assert.deepEqual(acts[0].edits, onGap[0].edits);
        }
        const kept = applyEdits(deleted, onGap[0].edits);
        // Inserted right after article 61, in the document's language, before «Раздел V» / «V бөлім».
        const heading = lang === 'ru' ? 'Статья 62\nИсключена.\n' : '62-бап\nАлып тасталды.\n';
        assert.ok(kept.includes(`${heading}${lang === 'ru' ? 'Раздел V.' : 'V бөлім.'}`), kept.slice(kept.indexOf(heading) - 50, kept.indexOf(heading) + 60));
        assert.equal(kept.replace(heading, ''), deleted, 'nothing but the heading and the note is inserted');
        const after = analyze(kept);
        assert.equal(after.doc.articleByNumber.get('62')?.excluded, true);
        assert.deepEqual(after.diagnostics.map((d) => `${d.code}@${line(after, d.span.start)} ${d.message}`), [
          'reference-to-excluded@198 Reference to article 62, which is excluded',
          'reference-to-excluded@201 Reference to article 62, which is excluded',
          'reference-to-excluded@206 Reference to article 62, which is excluded',
        ]);
      });

      it('the renumbering from 63 on is not preferred and its title says it re-points the three citations', () => {
        const gap = codesAt(an, 'article-number-gap')[0];
        const renumber = codeActionsFor(an.text, gap, 'en').find((a) => a.title.startsWith('Renumber'))!;
        assert.ok(renumber, 'a renumbering is still offered');
        assert.notEqual(renumber.isPreferred, true);
        assert.match(renumber.title, / — re-points 3 citations of article 62$/);
        assert.equal(renumber.repointed?.length, 3);
        const ru = codeActionsFor(an.text, gap, 'ru').find((a) => a.title.startsWith('Перенумеровать'))!;
        assert.match(ru.title, /\(34 номера и 4 ссылки\) — перенаправит 3 ссылки на статью 62$/);
        assert.doesNotMatch(ru.title, /ссылк\(и\)|номер\(ов\)/);
      });

      it('the renumber plan lists the re-pointed citations; the safe variant leaves them alone', () => {
        const plan = renumberPlan(an);
        assert.deepEqual(plan.repointed.map((r) => [r.line, r.reference, r.before, r.after]), [198, 201, 206].map((l) => [
          l, lang === 'ru' ? 'пунктом 3 статьи 62' : '62-бабының 3-тармағында', null,
          { kind: 'paragraph', article: '63', paragraph: '3', renumbered: '62' },
        ]));
        assert.equal(repointedMessage(plan.repointed[0], 'ru'),
          lang === 'ru'
            ? 'Строка 198: «пунктом 3 статьи 62» — ничего → статья 63 (62 после перенумерации), пункт 3'
            : 'Строка 198: «62-бабының 3-тармағында» — ничего → статья 63 (62 после перенумерации), пункт 3');
        assert.equal(repointedSummary(plan.repointed, 'en'), 'Renumbering would re-point 3 citations of article 62');
        assert.equal(repointedSummary(plan.repointed, 'ru'), 'Перенумерация перенаправит 3 ссылки на статью 62');
        // Applying the plan really does re-point them: «пунктом 3 статьи 62» resolves, to the Government article.
        const applied = analyze(applyEdits(deleted, plan.edits));
        assert.deepEqual(codesAt(applied, 'reference-unresolved-article'), []);
        const safe = renumberPlan(an, { keepUnresolved: true });
        assert.deepEqual(safe.repointed, []);
        assert.deepEqual(safe.edits, [], 'nothing else to renumber: 62 stays free');
      });
    });
  }

  it('the safe variant still renumbers what does not capture a citation', () => {
    // Articles 62 (cited) and 10 (not cited by number) deleted: the safe plan closes the gap at 10
    // and keeps 62's number free: 11 → 10 … 61 → 60, 63 → 61, and so on; no article becomes 62.
    const t = without62(RU).replace(/\nСтатья 10\n/, '\n');
    const an = analyze(t);
    const safe = renumberPlan(an, { keepUnresolved: true });
    assert.deepEqual(safe.repointed, []);
    assert.ok(safe.map.some((m) => m.old === '11' && m.new === '10'));
    assert.ok(!safe.map.some((m) => m.new === '62'), 'no article takes number 62');
    assert.equal(codesAt(analyze(applyEdits(t, safe.edits)), 'reference-unresolved-article').length, 3);
  });

  it('quick fixes on the other gap: a safe "renumber, keeping 62 free" next to the one that re-points; the rename picks a number that re-points nothing', () => {
    const t = without62(RU).replace(/\nСтатья 10\n/, '\n');
    const an = analyze(t);
    const gap10 = an.diagnostics.find((d) => d.code === 'article-number-gap' && d.args.number === '11')!;
    const acts = codeActionsFor(an.text, gap10, 'en');
    assert.deepEqual(acts.map((a) => [a.title, a.isPreferred ?? false]), [
      ['Change article number 11 to 10', true],
      ['Renumber articles from 11 on (85 numbers and 18 references) — re-points 3 citations of article 62', false],
      ['Renumber articles from 11 on (85 numbers and 18 references), keeping number 62 free for the unresolved citations', false],
      ['Keep article 10 as excluded (“Статья 10 Исключена.” after article 9)', false],
    ]);
    const safe = analyze(applyEdits(t, acts[2].edits));
    assert.equal(safe.diagnostics.filter((d) => d.code === 'reference-unresolved-article').length, 3, 'the citations of 62 still cite nothing');
    assert.ok(!safe.doc.articleByNumber.has('62'));
    assert.match(codeActionsFor(an.text, gap10, 'ru')[2].title, /, оставив свободным номер 62 для неразрешенных ссылок$/);
    // On the gap at 63: «63 → 62» would re-point the citations, so the rename offered is «63 → 61-1».
    const gap63 = an.diagnostics.find((d) => d.code === 'article-number-gap' && d.args.number === '63')!;
    assert.deepEqual(codeActionsFor(an.text, gap63, 'en').map((a) => a.title).filter((x) => x.startsWith('Change')), ['Change article number 63 to 61-1']);
  });

  it('a deleted paragraph: "keep paragraph 3 of article 62 as excluded" on its citations, and as a non-preferred fix on a paragraph gap', () => {
    const m = /\nСтатья 62\n/.exec(RU)!;
    const p3 = RU.indexOf('\n3. ', m.index) + 1;
    const t = RU.slice(0, p3) + RU.slice(RU.indexOf('\n', p3) + 1);
    const an = analyze(t);
    const cites = an.diagnostics.filter((d) => d.code === 'reference-unresolved-paragraph');
    assert.equal(cites.length, 3);
    for (const d of cites) {
      assert.deepEqual(codeActionsFor(an.text, d, 'ru').map((a) => [a.title, a.isPreferred]), [['Сохранить пункт 3 статьи 62 как исключенный («3. Исключен.»)', true]]);
    }
    const out = applyEdits(t, codeActionsFor(an.text, cites[0], 'en')[0].edits);
    assert.equal(out, RU.slice(0, p3) + '3. Исключен.\n' + RU.slice(RU.indexOf('\n', p3) + 1));
    assert.deepEqual(analyze(out).diagnostics.map((d) => d.code), ['reference-to-excluded', 'reference-to-excluded', 'reference-to-excluded']);
    // Paragraph 2 (cited by nothing) deleted: the gap's fixes renumber first; keeping 2 as excluded is last.
    const p2 = RU.indexOf('\n2. ', m.index) + 1;
    const t2 = RU.slice(0, p2) + RU.slice(RU.indexOf('\n', p2) + 1);
    const an2 = analyze(t2);
    const gap = an2.diagnostics.find((d) => d.code === 'paragraph-number-gap')!;
    const acts = codeActionsFor(an2.text, gap, 'en');
    assert.deepEqual(acts.map((a) => a.isPreferred ?? false), [true, ...acts.slice(1).map(() => false)]);
    assert.equal(acts[acts.length - 1].title, 'Keep paragraph 2 of article 62 as excluded (“2. Исключен.”)');
  });

  it('citations of paragraphs and subparagraphs of an excluded article get reference-to-excluded, not "no paragraph 3"', () => {
    const t = RU.replace(/\nСтатья 62\n[\s\S]*?\n(?=Раздел V\.)/, '\nСтатья 62\nИсключена.\n');
    const an = analyze(t);
    assert.deepEqual(codesAt(an, 'reference-unresolved-paragraph'), []);
    assert.deepEqual(codesAt(an, 'reference-to-excluded').map((d) => [line(an, d.span.start), an.text.slice(d.span.start, d.span.end)]),
      [[198, '3 статьи 62'], [201, '3 статьи 62'], [206, '3 статьи 62']]);
    // The 1995 text: Article 84 is excluded; a citation of its paragraph 2 is a citation of an excluded article.
    const old = corpus('kz-1995-ru.txt');
    const p = analyze(old.replace('\nСтатья 85\n', '\nСтатья 85\nСм. подпункт 1) пункта 2 статьи 84.\n'));
    const d = p.diagnostics.filter((x) => x.message.includes('84'));
    assert.deepEqual(d.map((x) => x.code), ['reference-to-excluded']);
  });

  it('plural forms are real: ссылку / ссылки / ссылок', () => {
    const f = { one: 'ссылку', few: 'ссылки', many: 'ссылок', other: 'ссылки' };
    assert.deepEqual([1, 3, 5, 21, 22, 11].map((n) => countOf('ru', n, f)), ['1 ссылку', '3 ссылки', '5 ссылок', '21 ссылку', '22 ссылки', '11 ссылок']);
    assert.equal(countOf('en', 1, { one: 'citation', other: 'citations' }), '1 citation');
  });
});

// ───────────────────────────── the property ─────────────────────────────

describe('issue 16.1 property: no renumber, rename or quick fix changes a citation\'s target without listing it', function () {
  this.timeout(600000);
  const DRAFTS = { ru: RU, kk: KK };
  const BODY = { ru: 'Текст новой статьи.', kk: 'Жаңа баптың мәтіні.', en: 'Text of the new article.' };

  type Op = { kind: 'delete'; at: number } | { kind: 'deleteParagraph'; at: number } | { kind: 'insert'; at: number; num: 'same' | 'next' | 'inserted' | 'gap' };

  function lineStartOf(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }
  function nextLineStart(text: string, offset: number): number {
    const i = text.indexOf('\n', offset);
    return i < 0 ? text.length : i + 1;
  }

  function applyOp(text: string, op: Op): string {
    const an = analyze(text);
    const arts = an.doc.articles;
    if (arts.length < 3) return text;
    if (op.kind === 'deleteParagraph') {
      // A cited paragraph, preferably: its citations then break («пунктом 3 статьи 62»).
      const cited = an.targets.filter((t) => t.ok && t.unit?.kind === 'paragraph').map((t) => t.unit!);
      const paras = cited.length ? cited : arts.flatMap((x) => x.paragraphs);
      if (paras.length === 0) return text;
      const p = paras[op.at % paras.length];
      return text.slice(0, lineStartOf(text, p.span.start)) + text.slice(nextLineStart(text, p.span.end));
    }
    const a = arts[op.at % arts.length];
    const start = lineStartOf(text, a.headSpan.start);
    const end = nextLineStart(text, a.span.end);
    if (op.kind === 'delete') return text.slice(0, start) + text.slice(end);
    const b = a.number.base;
    const num = op.num === 'same' ? a.number.text : op.num === 'next' ? String(b + 1) : op.num === 'inserted' ? `${a.number.text}-1` : String(b + 2);
    const headLine = text.slice(start, nextLineStart(text, a.headSpan.start));
    const heading = headLine.slice(0, a.number.span.start - start) + num + headLine.slice(a.number.span.end - start);
    return text.slice(0, end) + heading + (heading.endsWith('\n') ? '' : '\n') + BODY[an.lang] + '\n' + text.slice(end);
  }

  const covered = (m: Moved, listed: { span: { start: number; end: number } }[]) =>
    listed.some((r) => r.span.start <= m.span.end && m.span.start <= r.span.end);
  const show = (ms: Moved[]) => ms.map((m) => `«${m.text}» ${m.before} → ${m.after}`).join('; ');

  it('on the real 2026 drafts (ru, kk) with random deletions and insertions of articles and deletions of paragraphs', () => {
    let checkedActions = 0;
    let repointing = 0;
    fc.assert(fc.property(
      fc.constantFrom<'ru' | 'kk'>('ru', 'kk'),
      fc.array(fc.oneof(
        fc.record({ kind: fc.constant<'delete'>('delete'), at: fc.nat(200) }),
        fc.record({ kind: fc.constant<'deleteParagraph'>('deleteParagraph'), at: fc.nat(200) }),
        fc.record({ kind: fc.constant<'insert'>('insert'), at: fc.nat(200), num: fc.constantFrom<'same' | 'next' | 'inserted' | 'gap'>('same', 'next', 'inserted', 'gap') }),
      ), { minLength: 1, maxLength: 2 }),
      fc.nat(1000), fc.nat(1000),
      (lang, ops, pickUnit, pickNumber) => {
        let text = DRAFTS[lang];
        for (const op of ops) text = applyOp(text, op);
        const an = analyze(text);
        // Renumberings, as the Renumber command and the CLI make them.
        for (const opts of [{}, { keepUnresolved: true }, { inserted: true }, { paragraphsOf: '*' }]) {
          const plan = renumberPlan(an, opts);
          const moved = movedCitations(an, plan.edits);
          assert.deepEqual(moved.filter((m) => !covered(m, plan.repointed)), [], `renumber ${JSON.stringify(opts)} after ${JSON.stringify(ops)}: ${show(moved)}`);
          if (moved.length > 0) repointing++;
        }
        // "Renumber from here" and F2 on a random article.
        const art = an.doc.articles[pickUnit % an.doc.articles.length];
        const from = renumberFromPlan(an, art);
        const movedFrom = movedCitations(an, from.edits);
        assert.deepEqual(movedFrom.filter((m) => !covered(m, from.repointed)), [], `renumber from ${art.number.text}: ${show(movedFrom)}`);
        const wanted = String(1 + (pickNumber % (an.doc.articles.length + 5)));
        const r = renameUnitTo(an, art, pickNumber % 3 === 0 ? `${art.number.text}-1` : wanted);
        if (!('error' in r)) {
          const movedRename = movedCitations(an, r.edits);
          assert.deepEqual(movedRename, [], `F2 ${art.number.text} → ${wanted}: ${show(movedRename)}`);
        }
        // Every quick fix on every numbering and reference problem.
        for (const p of an.diagnostics) {
          if (!/-number-|^reference-|inserted-number/.test(p.code)) continue;
          for (const a of codeActionsFor(an.text, p, 'en')) {
            checkedActions++;
            const moved = movedCitations(an, a.edits, p.code.startsWith('reference-') ? p.span : undefined);
            const listed = a.repointed ?? [];
            assert.deepEqual(moved.filter((m) => !covered(m, listed)), [], `quick fix «${a.title}» on ${p.code} after ${JSON.stringify(ops)}: ${show(moved)}`);
            if (listed.length > 0) {
              assert.ok(a.title.includes(String(listed.length)), `«${a.title}» does not say how many citations it re-points`);
              assert.notEqual(a.isPreferred, true, `«${a.title}» re-points citations and is preferred`);
            }
          }
        }
      },
    ), { seed: 16001, numRuns: 50 });
    // The generator does reach the cases that matter.
    assert.ok(checkedActions > 50, `${checkedActions} quick fixes checked`);
    assert.ok(repointing > 0, 'some renumbering re-points a citation (and lists it)');
  });
});
