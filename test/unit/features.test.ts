// Pure features on analyze(text): navigation, symbols, hover, folding, code lens, semantic tokens,
// diagnostics, message language. A cursor is a `$0` marker in a piece of the fixture text (cursorIn).

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type Analysis, analyze, type Span, type Unit } from '../../server/src/core';
import { codeLenses, lensMode, resolveCodeLens, visibleCodeLenses } from '../../server/src/core/features/codeLens';
import { diagnostics, toDiagnostic } from '../../server/src/core/features/diagnostics';
import { foldingRanges } from '../../server/src/core/features/folding';
import { hover, unitExcerpt } from '../../server/src/core/features/hover';
import { citedBy, resolveMessageLanguage, shorten, unitAddress } from '../../server/src/core/features/labels';
import {
  definition, documentHighlights, headingAt, references, referencesTo, selectionRanges, targetAt, unitAt,
} from '../../server/src/core/features/navigation';
import { semanticTokenList, semanticTokens, semanticTokensLegend } from '../../server/src/core/features/semanticTokens';
import { documentSymbols, flattenSymbols, workspaceSymbols } from '../../server/src/core/features/symbols';
import { cursorIn } from '../support/text';

const FIXTURE = `ПРОЕКТ
Раздел I. Общие положения
Статья 1
1. Текст о правах человека.
2. Иной текст, указанный в пункте 1 настоящей статьи.
Статья 2
1. Положения:
1) альфа;
2) бета.
2. Предусмотренные статьями 1–3 и подпунктом 2) пункта 1 статьи 2 Конституции.
Раздел II. Прочее
Статья 3
Согласно пункту 2 статьи 1 и статье 620 Конституции.
<!-- комментарий
на двух строках -->
`;

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const RU = readFileSync(path.join(EXAMPLES, 'draft-2026-ru.const.txt'), 'utf8');
const KK = readFileSync(path.join(EXAMPLES, 'draft-2026-kk.const.txt'), 'utf8');

const slice = (an: Analysis, s: Span) => an.text.slice(s.start, s.end);
const label = (u: Unit | null) => (u ? `${u.kind} ${u.kind === 'paragraph' || u.kind === 'subparagraph' ? u.article.number.text + '.' : ''}${u.number.text}` : 'null');

describe('core features', () => {
  const an = analyze(FIXTURE);
  const ru = analyze(RU);
  const kk = analyze(KK);

  describe('navigation', () => {
    it('unitAt finds the innermost unit, headingAt only headings and numbers', () => {
      assert.equal(label(unitAt(an, cursorIn(FIXTURE, '$0альфа'))), 'subparagraph 2.1');
      assert.equal(label(unitAt(an, cursorIn(FIXTURE, '$0Положения'))), 'paragraph 2.1');
      assert.equal(label(unitAt(an, cursorIn(FIXTURE, '$0Статья 2'))), 'article 2');
      assert.equal(label(headingAt(an, cursorIn(FIXTURE, 'Статья $02'))), 'article 2');
      assert.equal(label(headingAt(an, cursorIn(FIXTURE, 'Р$0аздел II'))), 'section II');
      assert.equal(headingAt(an, cursorIn(FIXTURE, 'ал$0ьфа')), null);
      assert.equal(unitAt(an, 0), null, 'title line is in no unit');
      assert.equal(label(unitAt(an, 1e9)), 'null', 'past the end clamps to the end (after the comment)');
    });

    it('targetAt finds the target by number span or target span', () => {
      const t = targetAt(an, cursorIn(FIXTURE, 'пункте $01'));
      assert.ok(t && t.ok);
      assert.equal(label(t!.unit), 'paragraph 1.1');
      assert.equal(targetAt(an, cursorIn(FIXTURE, '$0Текст о правах')), null);
    });

    it('definition goes to the exact unit, also from outer numbers and relative words', () => {
      const d1 = definition(an, cursorIn(FIXTURE, 'подпунктом $02)'));
      assert.deepEqual(d1.map((d) => label(d.unit)), ['subparagraph 2.2']);
      assert.equal(slice(an, d1[0].span), '2) бета.');
      assert.equal(slice(an, d1[0].numberSpan), '2');
      const d2 = definition(an, cursorIn(FIXTURE, 'пункта $01 статьи 2'));
      assert.deepEqual(d2.map((d) => label(d.unit)), ['paragraph 2.1'], 'paragraph level of a subparagraph reference');
      const d3 = definition(an, cursorIn(FIXTURE, 'пункта 1 статьи $02'));
      assert.deepEqual(d3.map((d) => label(d.unit)), ['article 2'], 'article number of a subparagraph reference');
      const d4 = definition(an, cursorIn(FIXTURE, 'нас$0тоящей статьи'));
      assert.deepEqual(d4.map((d) => label(d.unit)), ['article 1'], '«настоящей статьи» is the containing article');
      const d5 = definition(an, cursorIn(FIXTURE, 'пункте $01 настоящей'));
      assert.deepEqual(d5.map((d) => label(d.unit)), ['paragraph 1.1']);
      assert.equal(slice(an, d5[0].span), '1. Текст о правах человека.');
    });

    it('range references: first unit, the end number its unit, or every unit', () => {
      const start = cursorIn(FIXTURE, 'статьями $01–3');
      const end = cursorIn(FIXTURE, 'статьями 1–$03');
      assert.deepEqual(definition(an, start).map((d) => label(d.unit)), ['article 1']);
      assert.deepEqual(definition(an, end).map((d) => label(d.unit)), ['article 3']);
      assert.deepEqual(definition(an, start, { allRangeUnits: true }).map((d) => label(d.unit)), ['article 1', 'article 2', 'article 3']);
    });

    it('unresolved references have no definition', () => {
      assert.deepEqual(definition(an, cursorIn(FIXTURE, '6$020')), []);
      assert.deepEqual(definition(an, cursorIn(FIXTURE, '$0Текст')), []);
    });

    it('references from a heading include range members and outer citations', () => {
      const refs2 = references(an, cursorIn(FIXTURE, 'Статья $02'), false);
      // «статьями 1–3» covers 2 (middle of the range), «статьи 2» names it as the container.
      assert.deepEqual(refs2.map((r) => `${r.kind}:${slice(an, r.span)}`), ['range:1–3', 'outer:2']);
      const refs1 = references(an, cursorIn(FIXTURE, 'Статья $01'), true);
      assert.deepEqual(refs1.map((r) => `${r.kind}:${slice(an, r.span)}`),
        ['declaration:1', 'outer:настоящей статьи', 'direct:1', 'outer:1']);
      const refsP = references(an, cursorIn(FIXTURE, 'пункту $02'), true);
      assert.deepEqual(refsP.map((r) => r.kind), ['declaration', 'direct']);
    });

    it('references from a reference equal references from the heading', () => {
      const fromRef = references(an, cursorIn(FIXTURE, 'пункта $01 статьи 2'), false).map((r) => r.span.start);
      const fromHead = references(an, cursorIn(FIXTURE, '$01. Положения'), false).map((r) => r.span.start);
      assert.deepEqual(fromRef, fromHead);
      assert.equal(fromRef.length, 1);
    });

    it('references of every unit of the real constitutions equal a walk over every target (the per-analysis index)', () => {
      // The definition: every resolved target of the document, in order, as referencesTo read them before
      // the index (issue 15); the index must give the same locations, kinds, targets and order.
      const walk = (a: Analysis, unit: Unit): { span: Span; kind: string; target?: unknown }[] => {
        const out: { span: Span; kind: string; target?: unknown }[] = [];
        for (const t of a.targets) {
          if (!t.ok || !t.unit) continue;
          const inner = t.target[t.target.unit];
          const lvl = (l: typeof inner) => (!l ? null : l.kind === 'num' ? l.num.span : l.span);
          if (t.rangeUnits && t.rangeUnits.length) {
            const i = t.rangeUnits.indexOf(unit);
            if (i >= 0) {
              const x = t.numberSpans[0];
              const y = t.numberSpans[1] ?? x;
              const last = t.rangeUnits.length - 1;
              out.push({ span: i === 0 ? x : i === last ? y : { start: x.start, end: y.end }, kind: i === 0 || i === last ? 'direct' : 'range', target: t });
              continue;
            }
          } else if (t.unit === unit) {
            out.push({ span: lvl(inner) ?? t.target.span, kind: 'direct', target: t });
            continue;
          }
          const u = t.unit;
          if (unit.kind === 'article' && (u.kind === 'paragraph' || u.kind === 'subparagraph') && u.article === unit) {
            const x = lvl(t.target.article);
            if (x) out.push({ span: x, kind: 'outer', target: t });
          } else if (unit.kind === 'paragraph' && u.kind === 'subparagraph' && u.paragraph === unit) {
            const x = lvl(t.target.paragraph);
            if (x) out.push({ span: x, kind: 'outer', target: t });
          }
        }
        const seen = new Set<string>();
        const uniq = out.filter((l) => !seen.has(`${l.span.start}:${l.span.end}`) && !!seen.add(`${l.span.start}:${l.span.end}`));
        return uniq.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
      };
      let units = 0;
      let found = 0;
      const texts = [FIXTURE, ...['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt', 'kz-2026-adopted-ru.txt', 'kz-2026-final-draft-ru.txt', 'kz-2026-final-draft-kk.txt']
        .map((f) => readFileSync(path.join(__dirname, '../../data/priors', f), 'utf8'))];
      for (const text of texts) {
        const a = analyze(text);
        for (const art of a.doc.articles) {
          for (const u of [art, ...art.paragraphs, ...art.subparagraphs, ...art.paragraphs.flatMap((p) => p.subparagraphs)] as Unit[]) {
            const want = walk(a, u);
            assert.deepEqual(referencesTo(a, u, false), want, `${u.kind} ${u.number.text} of article ${art.number.text}`);
            units++;
            found += want.length;
          }
        }
      }
      assert.ok(units > 3000 && found > 300, `${units} units, ${found} locations`);
    });

    it('document highlights: the number written, the citations read', () => {
      const hs = documentHighlights(an, cursorIn(FIXTURE, 'статье $0620'));
      assert.deepEqual(hs.map((h) => h.kind), ['text'], 'an unresolved number highlights alone');
      const h1 = documentHighlights(an, cursorIn(FIXTURE, 'Статья $03'));
      assert.deepEqual(h1.map((h) => `${h.kind}:${slice(an, h.span)}`), ['read:3', 'write:3'], 'end of «статьями 1–3», then the heading');
    });

    it('selection ranges grow from the number to the whole document', () => {
      const o = cursorIn(FIXTURE, 'подпунктом $02)');
      const chain = selectionRanges(an, o).map((s) => slice(an, s));
      assert.equal(chain[0], '2');
      assert.ok(chain.includes('подпунктом 2) пункта 1 статьи 2'));
      assert.ok(chain.includes('2. Предусмотренные статьями 1–3 и подпунктом 2) пункта 1 статьи 2 Конституции.'));
      assert.ok(chain.some((c) => c.startsWith('Статья 2\n')), 'article');
      assert.ok(chain.some((c) => c.startsWith('Раздел I.')), 'section');
      assert.equal(chain[chain.length - 1], FIXTURE);
      const spans = selectionRanges(an, o);
      for (let i = 1; i < spans.length; i++) {
        assert.ok(spans[i].start <= spans[i - 1].start && spans[i].end >= spans[i - 1].end, 'each contains the previous');
        assert.ok(spans[i].end - spans[i].start > spans[i - 1].end - spans[i - 1].start, 'strictly growing');
      }
      const head = selectionRanges(an, cursorIn(FIXTURE, 'Статья $02')).map((s) => slice(an, s));
      assert.deepEqual(head.slice(0, 2), ['2', 'Статья 2']);
    });

    it('out-of-range offsets are clamped, never thrown', () => {
      for (const o of [-5, NaN, 1e12, FIXTURE.length]) {
        definition(an, o);
        references(an, o, true);
        documentHighlights(an, o);
        assert.ok(selectionRanges(an, o).length >= 1);
        hover(an, o);
      }
    });
  });

  describe('on the 2026 drafts', () => {
    it('«пунктом 3 статьи 62» → paragraph 3 of article 62 (ru) and «62-бабының 3-тармағында» (kk)', () => {
      const d = definition(ru, cursorIn(RU, 'пунктом $03 статьи 62'));
      assert.deepEqual(d.map((x) => label(x.unit)), ['paragraph 62.3']);
      assert.ok(slice(ru, d[0].span).startsWith('3. Курултай не может быть распущен'));
      const dk = definition(kk, cursorIn(KK, '62-бабының $03-тармағында'));
      assert.deepEqual(dk.map((x) => label(x.unit)), ['paragraph 62.3']);
      const da = definition(kk, cursorIn(KK, '$062-бабының 3-тармағында'));
      assert.deepEqual(da.map((x) => label(x.unit)), ['article 62']);
    });

    it('article 62 paragraph 3 is cited three times; article 51 four times; article 50 once as a list', () => {
      for (const a of [ru, kk]) {
        const p623 = a.doc.articleByNumber.get('62')!.paragraphs[2];
        assert.equal(referencesTo(a, p623).length, 3);
        assert.equal(referencesTo(a, a.doc.articleByNumber.get('51')!).length, 4);
        // «пунктами 2 и 3 статьи 50»: one outer location shared by the list, and paragraphs 2 and 3 directly.
        const a50 = a.doc.articleByNumber.get('50')!;
        assert.equal(referencesTo(a, a50.paragraphs[1]).length, 1);
        assert.equal(referencesTo(a, a50.paragraphs[2]).length, 1);
        assert.equal(referencesTo(a, a50).length, 2, 'list counted once + «пунктом 1 статьи 50»');
        // «статьями 12, 14, 16, 17, 20, 22, 25»: every listed article is cited.
        for (const n of ['12', '14', '16', '17', '20', '22', '25']) assert.equal(referencesTo(a, a.doc.articleByNumber.get(n)!).length, 1, n);
      }
    });

    it('hover on a reference quotes the cited paragraph in the document language', () => {
      const h = hover(ru, cursorIn(RU, 'пунктом $03 статьи 62'))!;
      assert.match(h.markdown, /^\*\*Статья 62, пункт 3\*\*/);
      assert.match(h.markdown, /Курултай не может быть распущен/);
      const hk = hover(kk, cursorIn(KK, '62-бабының $03-тармағында'))!;
      assert.match(hk.markdown, /^\*\*62-бап, 3-тармақ\*\*/);
      assert.match(hk.markdown, /Құрылтайды төтенше жағдай/);
      const he = hover(ru, cursorIn(RU, 'пунктом $03 статьи 62'), { lang: 'en' })!;
      assert.match(he.markdown, /^\*\*Article 62, paragraph 3\*\*/);
    });

    it('issue 16.5: hover on «62» of «пунктом 3 статьи 62» shows paragraph 3 first, whole, then one line of the article', () => {
      const h = hover(ru, cursorIn(RU, 'пунктом 3 статьи 6$02'))!;
      const p3 = ru.doc.articleByNumber.get('62')!.paragraphs[2];
      const p3text = RU.slice(p3.span.start, p3.span.end).replace(/^3\.\s*/, '').trim();
      assert.match(h.markdown, /^\*\*Статья 62, пункт 3\*\*/);
      assert.ok(h.markdown.replace(/\\/g, '').includes(p3text), 'the cited paragraph, whole');
      const ctx = h.markdown.indexOf('_Статья 62_');
      assert.ok(ctx > h.markdown.indexOf('Курултай не может быть распущен'), 'the article comes after the cited paragraph');
      assert.match(h.markdown.slice(ctx), /^_Статья 62_ — 1\\\. Президент Республики Казахстан вправе/);
      assert.ok(!h.markdown.includes('повторного отказа в даче согласия'), 'not the whole article (paragraph 2)');
      const hk = hover(kk, cursorIn(KK, '6$02-бабының 3-тармағында'))!;
      assert.match(hk.markdown, /^\*\*62-бап, 3-тармақ\*\*/);
      assert.match(hk.markdown, /Құрылтайды төтенше жағдай/);
      assert.match(hk.markdown, /\n_62-бап_ — /);
      // On the paragraph number itself nothing changes: the paragraph, no context line.
      assert.doesNotMatch(hover(ru, cursorIn(RU, 'пунктом $03 статьи 62'))!.markdown, /_Статья 62_/);
    });

    it('hover on an article heading: prior hook and cited-by count', () => {
      const a62 = ru.doc.articleByNumber.get('62')!;
      const h = hover(ru, a62.number.span.start, { priorHover: (a) => `prior of ${a.number.text}` })!;
      assert.match(h.markdown, /\*\*Статья 62\*\*/);
      assert.match(h.markdown, /prior of 62/);
      assert.match(h.markdown, /3 ссылки/);
      const broken = hover(ru, a62.number.span.start, { priorHover: () => { throw new Error('boom'); } })!;
      assert.match(broken.markdown, /3 ссылки/, 'a failing hook does not hide the hover');
    });

    it('symbols: 11 sections, 96 articles, names and first words', () => {
      for (const [a, name] of [[ru, 'Статья 12'], [kk, '12-бап']] as const) {
        const syms = documentSymbols(a);
        assert.equal(syms.filter((s) => s.kind === 'section').length, 11);
        const flat = flattenSymbols(syms);
        assert.equal(flat.filter((s) => s.kind === 'article').length, 96);
        assert.equal(flat.filter((s) => s.kind === 'paragraph').length, 297);
        assert.equal(flat.filter((s) => s.kind === 'subparagraph').length, 111);
        const s12 = flat.find((s) => s.kind === 'article' && s.name === name)!;
        assert.ok(s12, name);
        assert.ok(s12.detail.length > 10 && s12.detail.length <= 61, s12.detail);
        for (const s of flat) {
          assert.ok(s.selectionSpan.start >= s.span.start && s.selectionSpan.end <= s.span.end, `${s.name} selection inside range`);
          for (const c of s.children) assert.ok(c.span.start >= s.span.start && c.span.end <= s.span.end, `${c.name} inside ${s.name}`);
        }
      }
    });

    it('workspace symbols match numbers, names and first words across documents', () => {
      const entries = [{ key: 'ru', an: ru }, { key: 'kk', an: kk }];
      const r = workspaceSymbols(entries, '62');
      assert.deepEqual(r.slice(0, 2).map((s) => `${s.key}:${s.name}`).sort(), ['kk:62-бап', 'ru:Статья 62']);
      assert.equal(workspaceSymbols(entries, '').filter((s) => s.kind === 'article').length, 192);
      const byWords = workspaceSymbols(entries, 'КУРУЛТАЙ');
      assert.ok(byWords.some((s) => s.key === 'ru' && s.kind === 'section' && /Курултай/.test(s.name)));
      assert.ok(workspaceSymbols(entries, 'государственный язык').some((s) => s.name === 'Статья 9'));
      assert.equal(workspaceSymbols(entries, 'zzzzqqq').length, 0);
    });

    it('folding: sections, articles, multi-line paragraphs and subparagraph lists', () => {
      const f = foldingRanges(ru);
      assert.equal(f.filter((r) => r.unit === 'section').length, 11);
      const arts = f.filter((r) => r.unit === 'article').length;
      assert.ok(arts >= 90 && arts <= 96, `${arts}`);
      assert.ok(f.some((r) => r.unit === 'paragraph'));
      for (const r of f) assert.ok(r.endLine > r.startLine);
    });

    it('code lens counts citations per article', () => {
      const lenses = codeLenses(ru).map((l) => resolveCodeLens(ru, l));
      assert.equal(lenses.length, 96);
      const by = new Map(lenses.map((l) => [l.article.number.text, l]));
      assert.equal(by.get('62')!.count, 3);
      assert.equal(by.get('62')!.title, '3 ссылки');
      assert.equal(by.get('51')!.count, 4);
      assert.equal(by.get('1')!.count, 0);
      assert.equal(by.get('1')!.title, 'нет ссылок');
      assert.equal(resolveCodeLens(kk, codeLenses(kk)[61], 'en').title, '3 references');
    });

    it('issue 16.8: by default ("cited") lenses only above cited articles; "all" and "off"', () => {
      for (const an of [ru, kk]) {
        const cited = visibleCodeLenses(an, lensMode(undefined));
        assert.ok(cited.length > 5 && cited.length < 40, `${cited.length}`);
        assert.ok(cited.every((l) => l.count > 0));
        assert.ok(!cited.some((l) => l.article.number.text === '1'));
        assert.equal(cited.find((l) => l.article.number.text === '62')!.count, 3);
        const all = visibleCodeLenses(an, 'all');
        assert.equal(all.length, 96);
        assert.equal(all.filter((l) => l.count > 0).length, cited.length);
        assert.deepEqual(visibleCodeLenses(an, 'off'), []);
      }
      assert.equal(lensMode('bogus'), 'cited');
    });

    it('zero diagnostics on the drafts', () => {
      assert.deepEqual(diagnostics(ru), []);
      assert.deepEqual(diagnostics(kk), []);
    });
  });

  describe('hover text', () => {
    it('cuts long text at a word boundary with «…»', () => {
      const long = 'слово '.repeat(200);
      const s = shorten(long, 600);
      assert.ok(s.length <= 601 && s.endsWith('…') && !s.endsWith(' …'));
      assert.equal(shorten('  a \n b  ', 10), 'a b');
    });

    it('an article excerpt is its first paragraphs up to the limit', () => {
      const a5 = ru.doc.articleByNumber.get('5')!;
      const ex = unitExcerpt(ru, a5, 600);
      assert.ok(ex[0].startsWith('1. Действующее право'));
      assert.ok(ex.join(' ').length <= 700);
      assert.ok(ex[ex.length - 1].endsWith('…'));
    });

    it('an unresolved reference shows the localised diagnostic', () => {
      const h = hover(an, cursorIn(FIXTURE, '6$020'), { lang: 'ru' })!;
      assert.match(h.markdown, /Статьи 620 в документе нет/);
      const hk = hover(an, cursorIn(FIXTURE, '6$020'), { lang: 'kk' })!;
      assert.match(hk.markdown, /620-бап жоқ/);
      const he = hover(an, cursorIn(FIXTURE, '6$020'), { lang: 'en' })!;
      assert.match(he.markdown, /Article 620 does not exist/);
    });

    it('a range hover shows each unit', () => {
      const h = hover(an, cursorIn(FIXTURE, 'статьями $01–3'), { lang: 'ru' })!;
      assert.match(h.markdown, /\*\*Статья 1\*\*/);
      assert.match(h.markdown, /\*\*Статья 2\*\*/);
      assert.match(h.markdown, /\*\*Статья 3\*\*/);
    });
  });

  describe('semantic tokens', () => {
    it('legend and well-formed delta encoding', () => {
      const { data } = semanticTokens(an);
      assert.equal(data.length % 5, 0);
      assert.ok(data.length > 0);
      let line = 0;
      let ch = 0;
      const lines = FIXTURE.split('\n');
      const decoded: { line: number; ch: number; len: number; type: string }[] = [];
      for (let i = 0; i < data.length; i += 5) {
        const [dl, dc, len, type, mods] = data.slice(i, i + 5);
        assert.ok(dl >= 0 && len > 0 && type >= 0 && type < semanticTokensLegend.tokenTypes.length && mods >= 0);
        line += dl;
        ch = dl === 0 ? ch + dc : dc;
        assert.ok(ch + len <= lines[line].length, 'on one line');
        decoded.push({ line, ch, len, type: semanticTokensLegend.tokenTypes[type] });
      }
      const text = (d: (typeof decoded)[number]) => lines[d.line].slice(d.ch, d.ch + d.len);
      const of = (t: string) => decoded.filter((d) => d.type === t).map(text);
      assert.ok(of('keyword').includes('Статья') && of('keyword').includes('Раздел'));
      assert.ok(of('number').includes('II'));
      assert.ok(of('reference').includes('пункте 1 настоящей статьи'));
      assert.deepEqual(of('unresolvedReference'), ['620']);
      assert.deepEqual(of('comment'), ['<!-- комментарий', 'на двух строках -->']);
    });

    it('kk headings mark «-бап» and «бөлім» as keywords; tokens never overlap', () => {
      const list = semanticTokenList(kk);
      const kws = new Set(list.filter((t) => t.type === 'keyword').map((t) => slice(kk, t.span)));
      assert.ok(kws.has('-бап') && kws.has('бөлім'), [...kws].join(','));
      for (let i = 1; i < list.length; i++) assert.ok(list[i].span.start >= list[i - 1].span.end);
    });
  });

  describe('diagnostics and language', () => {
    it('messages in the chosen language; severity overrides; off removes a code', () => {
      const ds = diagnostics(an, { lang: 'ru' });
      assert.deepEqual(ds.map((d) => d.code), ['reference-unresolved-article']);
      assert.equal(ds[0].message, 'Статьи 620 в документе нет');
      assert.equal(ds[0].source, 'atazan');
      assert.equal(diagnostics(an, { lang: 'kk' })[0].message, 'Құжатта 620-бап жоқ');
      assert.equal(diagnostics(an, { severity: { 'reference-unresolved-article': 'hint' } })[0].severity, 'hint');
      assert.deepEqual(diagnostics(an, { severity: { 'reference-unresolved-article': 'off' } }), []);
      assert.equal(diagnostics(an, { severity: { 'reference-unresolved-article': 'bogus' } })[0].severity, 'error');
      assert.equal(toDiagnostic(an.diagnostics[0], { lang: 'en' })!.message, 'Article 620 does not exist in this document');
    });

    it('auto follows the client display language', () => {
      assert.equal(resolveMessageLanguage('auto', 'ru-RU'), 'ru');
      assert.equal(resolveMessageLanguage('auto', 'kk'), 'kk');
      assert.equal(resolveMessageLanguage('auto', 'de'), 'en');
      assert.equal(resolveMessageLanguage(undefined, undefined), 'en');
      assert.equal(resolveMessageLanguage('kk', 'ru'), 'kk');
    });

    it('labels', () => {
      const p = ru.doc.articleByNumber.get('73')!.paragraphs[0].subparagraphs[0];
      assert.equal(unitAddress(p, 'ru'), 'Статья 73, пункт 1, подпункт 1)');
      assert.equal(unitAddress(p, 'kk'), '73-бап, 1-тармақ, 1) тармақша');
      assert.equal(unitAddress(p, 'en'), 'Article 73, paragraph 1, subparagraph 1)');
      assert.deepEqual([1, 2, 5, 11, 21, 22].map((n) => citedBy(n, 'ru')), ['1 ссылка', '2 ссылки', '5 ссылок', '11 ссылок', '21 ссылка', '22 ссылки']);
    });
  });
});

describe('shorten (labels.ts) on long texts', () => {
  // The definition: collapse all whitespace, trim, cut at a word boundary. shorten collapses only a
  // prefix of a long text when that decides the result; the two must agree.
  const reference = (text: string, max: number): string => {
    const t = text.replace(/\s+/g, ' ').trim();
    if (t.length <= max) return t;
    let cut = t.lastIndexOf(' ', max);
    if (cut < max * 0.6) cut = max;
    return t.slice(0, cut).replace(/[\s,;:–—-]+$/u, '') + '…';
  };
  it('agrees with collapsing the whole text', () => {
    const piece = fc.constantFrom('слово', 'a', ' ', '  ', '\n', '\t', '\u00a0', ',', '—', '-', 'Конституция', '\u2028', 'x'.repeat(30), ' '.repeat(300));
    fc.assert(fc.property(fc.array(piece, { minLength: 10, maxLength: 200, size: 'max' }), fc.integer({ min: 1, max: 80 }), (parts, max) => {
      const text = parts.join('');
      return shorten(text, max) === reference(text, max);
    }), { numRuns: 5000, seed: 90 });
  });
  it('agrees on titles with single spaces (the fast path) and every kind of whitespace', () => {
    const piece = fc.constantFrom('слово', 'a', ' ', ' ', ' ', ',', ';', ':', '—', '–', '-', 'Конституция', 'x'.repeat(30), '\u00a0', '\ufeff', '\u3000', '\u2009', '\u000b', '\u0001', '  ');
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 120, size: 'max' }), fc.integer({ min: 1, max: 80 }), (parts, max) => {
      const text = parts.join('');
      return shorten(text, max) === reference(text, max);
    }), { numRuns: 5000, seed: 91 });
  });
});
