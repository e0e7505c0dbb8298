// Citations of the Constitution and of other acts (issue 12): which act a citation list belongs to, and
// what a law (not a constitution) cites as «the Constitution». Real excerpts: test/fixtures/acts/cites-*
// (their sources in test/fixtures/acts/SOURCES.md).
import * as assert from 'node:assert/strict';
import {
  actKey, analyze, applyEdits, citesOf, createLanguageService, formatMessage, type Lang, migrationPlan, type RawReference,
  type RefLevel, scanReferences, titleKeys,
} from '../../server/src/core';
import { staleCitations } from '../../server/src/core/features/migrate';
import { paragraphAlign } from '../../server/src/core/prior/diff';
import { corpus, readRepo } from '../support/files';

const fixture = (name: string) => readRepo(`test/fixtures/acts/${name}`);

function lv(l: RefLevel | undefined): string {
  if (!l) return '-';
  if (l.kind === 'this') return 'this';
  return l.num.text + (l.rangeEnd ? '..' + l.rangeEnd.text : '');
}
/** Each reference as «phrase → act: targets». */
function described(text: string, lang: Lang): string[] {
  return scanReferences(text, lang).references.map((r: RawReference) => {
    const act = r.external ? `ext(${r.externalAct ?? ''})` : r.constitution ? 'constitution' : 'internal';
    const ts = r.targets.map((t) => `${t.unit[0]}:${lv(t.article)}/${lv(t.paragraph)}/${lv(t.subparagraph)}`).join(' ');
    return `${text.slice(r.span.start, r.span.end)} → ${act}: ${ts}`;
  });
}
const unresolved = (text: string) => analyze(text).diagnostics.filter((d) => d.code.startsWith('reference-')).map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`);

describe('citations of the Constitution and of other acts (issue 12)', () => {
  describe('every unit of a list before the act\'s name belongs to that act', () => {
    it('ru: a list of chains before «Конституции» (the issue\'s constitutional law)', () => {
      assert.deepEqual(described('в случаях, предусмотренных пунктами 1 и 2 статьи 47, подпунктами 1) и 3) статьи 57 Конституции.', 'ru'), [
        'пунктами 1 и 2 статьи 47 → constitution: p:47/1/- p:47/2/-',
        'подпунктами 1) и 3) статьи 57 → constitution: s:57/-/1 s:57/-/3',
      ]);
    });
    it('ru: a parenthesised part does not cut the list; «46 - 54» is a range', () => {
      assert.deepEqual(described('гарантированных статьями 20, 21, 23 (часть 1), 24, 28, 46 - 54 Конституции.', 'ru'), [
        'статьями 20, 21, 23 (часть 1), 24, 28, 46 - 54 → constitution: a:20/-/- a:21/-/- a:23/-/- a:24/-/- a:28/-/- a:46..54/-/-',
      ]);
    });
    it('ru: a parenthesised part after a single number keeps the act\'s name in reach', () => {
      assert.deepEqual(described('в порядке, установленном статьей 23 (часть 1) Конституции.', 'ru'), ['статьей 23 → constitution: a:23/-/-']);
    });
    it('en: every chain before "of the Constitution" and "of the Treaty on …"', () => {
      assert.deepEqual(described('guaranteed by Articles 20, 21, 23 (part 1), 24, 28 and 46 - 54 of the Constitution', 'en'), [
        'Articles 20, 21, 23 (part 1), 24, 28 and 46 - 54 → constitution: a:20/-/- a:21/-/- a:23/-/- a:24/-/- a:28/-/- a:46..54/-/-',
      ]);
      assert.deepEqual(described('Article 3 (paragraph 1), Article 5 of the Treaty on the Eurasian Economic Union', 'en'), [
        'Article 3 → ext(the Treaty on the Eurasian Economic Union): a:3/-/-',
        'paragraph 1 → ext(the Treaty on the Eurasian Economic Union): p:-/1/-',
        'Article 5 → ext(the Treaty on the Eurasian Economic Union): a:5/-/-',
      ]);
    });
    it('kk (real: Constitutional Council, 1996): the Constitution, then a decree, each before its own citation', () => {
      const text = fixture('cites-kk-constitutional-council-1996.txt').split('\n')[2];
      assert.deepEqual(described(text, 'kk'), [
        '72-бабының 1-тармағы 4-тармақшасы → constitution: s:72/1/4',
        '17-бабы 3-тармағының 1-тармақшасы → ext(Жарлығының): s:17/3/1',
        '52-бабының 3-тармағын → constitution: p:52/3/-',
      ]);
    });
    it('kk: «осы Конституциялық заңның» is this act, like ru «настоящего Конституционного закона»', () => {
      assert.deepEqual(described('осы Конституциялық заңның 30-бабының 2-тармағында көзделген', 'kk'), ['30-бабының 2-тармағында → internal: p:30/2/-']);
      assert.deepEqual(described('пунктом 2 статьи 30 настоящего Конституционного закона', 'ru'), ['пунктом 2 статьи 30 → internal: p:30/2/-']);
      assert.deepEqual(described('Қазақстан Республикасының Конституциялық заңының 30-бабында', 'kk'), ['30-бабында → ext(Конституциялық заңының): a:30/-/-']);
    });
  });

  describe('what a document cites as «the Constitution»', () => {
    it('the six constitutions cite themselves; the real acts\' headers name an act', () => {
      for (const f of ['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt', 'kz-2026-final-draft-ru.txt', 'kz-2026-final-draft-kk.txt', 'kz-2026-adopted-ru.txt']) {
        assert.equal(citesOf(analyze(corpus(f)).doc).act, false, f);
      }
      for (const f of ['cites-kk-constitutional-law-1995-header.txt', 'cites-kk-constitutional-council-1996.txt', 'cites-en-constitutional-court-2022-header.txt', 'cites-ru-constitutional-court-2022-header.txt']) {
        assert.equal(citesOf(analyze(fixture(f)).doc).act, true, f);
      }
      const pinned = analyze('<!-- cites: kz-1995 -->\nСтатья 1\nСогласно статье 44 Конституции.\n');
      assert.deepEqual(citesOf(pinned.doc).annotation?.value, 'kz-1995');
      assert.equal(citesOf(pinned.doc).act, true);
    });

    it('a law\'s citations of the Constitution are not checked against the law itself (the issue\'s false errors)', () => {
      const body = 'Статья 1\n1. Конституционный Суд дает заключения в случаях, предусмотренных пунктами 1 и 2 статьи 47, подпунктами 1) и 3) статьи 57 Конституции.\n2. Права, гарантированные статьями 20, 21, 23 (часть 1), 24, 28, 46 - 54 Конституции, и пункт 1 настоящей статьи.\n';
      const law = fixture('cites-ru-constitutional-court-2022-header.txt') + body;
      assert.deepEqual(unresolved(law), []);
      // The same text as a constitution's own article: cited against itself, as before.
      assert.deepEqual(unresolved(body), [
        'reference-unresolved-article 47', 'reference-unresolved-article 57', 'reference-unresolved-article 20', 'reference-unresolved-article 21',
        'reference-unresolved-article 23', 'reference-unresolved-article 24', 'reference-unresolved-article 28', 'reference-unresolved-article 46',
        'reference-unresolved-article 54',
      ]);
    });

    it('a law\'s own citations are still checked', () => {
      const law = fixture('cites-ru-constitutional-court-2022-header.txt') + 'Статья 1\n1. Текст.\nСтатья 2\nСогласно пункту 3 статьи 1 настоящего Конституционного закона и статье 9.\n';
      assert.deepEqual(unresolved(law), ['reference-unresolved-paragraph 3', 'reference-unresolved-article 9']);
    });
  });

  it('a problem is reported once at one range («пунктами 1 и 2 статьи 47» with no Article 47)', () => {
    const text = 'Статья 1\nСогласно пунктами 1 и 2 статьи 47.\n';
    assert.deepEqual(unresolved(text), ['reference-unresolved-article 47']);
  });
});

describe('citations of the Constitution resolve against the one the act cites (issue 12)', () => {
  const acts: Record<string, string> = { 'kz-2026': 'kz-2026-adopted-ru.txt', 'kz-1995': 'kz-1995-ru.txt' };
  const analyses = new Map<string, ReturnType<typeof analyze>>();
  const asked: (string | undefined)[] = [];
  function service(setting: string) {
    const s = createLanguageService();
    s.setCitedConstitution((_uri, annotation, lang) => {
      asked.push(annotation);
      const id = annotation ?? setting;
      if (!acts[id] || lang !== 'ru') return null;
      let an = analyses.get(id);
      if (!an) analyses.set(id, (an = analyze(corpus(acts[id]))));
      return { id, label: id.slice(3), uri: `atazan-prior:/${id}/ru/x.constitution`, an };
    });
    return s;
  }
  const header = fixture('cites-ru-constitutional-court-2022-header.txt').split('\n')[0];
  const law = `${header}\nСтатья 1\n1. Президент Республики вправе обратиться в случаях, предусмотренных подпунктом 10-1) статьи 44 Конституции.\n2. Полномочия, установленные статьей 100 и пунктом 4 статьи 45 Конституции.\n`;

  it('diagnostics: a unit the cited Constitution lacks is an error with its own code; the rest resolve', () => {
    const s = service('kz-1995');
    s.open('file:///law.txt', law);
    const shown = (x: ReturnType<typeof service>) =>
      x.problems('file:///law.txt').map((p) => `${p.code} ${law.slice(p.span.start, p.span.end)}: ${formatMessage(p.code, p.args, 'ru')}`);
    assert.deepEqual(shown(s), [
      'reference-constitution-unresolved 100: В Конституции (1995) нет такой единицы: статья 100',
      'reference-constitution-unresolved 4: В Конституции (1995) нет такой единицы: пункт 4 статьи 45',
    ]);
    // 2026: Article 44 has no subparagraphs, Article 45 two paragraphs.
    const s26 = service('kz-2026');
    s26.open('file:///law.txt', law);
    assert.deepEqual(shown(s26), [
      'reference-constitution-unresolved 10-1: В Конституции (2026) нет такой единицы: подпункт 10-1) (статья 44)',
      'reference-constitution-unresolved 100: В Конституции (2026) нет такой единицы: статья 100',
      'reference-constitution-unresolved 4: В Конституции (2026) нет такой единицы: пункт 4 статьи 45',
    ]);
    // With no Constitution to be had (no provider), nothing is checked: no false error.
    const none = createLanguageService();
    none.open('file:///law.txt', law);
    assert.deepEqual(none.problems('file:///law.txt'), []);
  });

  it('definition opens the cited Constitution at the unit; hover shows its text', () => {
    const s = service('kz-2026');
    s.open('file:///law.txt', law);
    const at = law.indexOf('44 Конституции') + 1;
    const [d] = s.definition('file:///law.txt', at);
    assert.equal(d.uri, 'atazan-prior:/kz-2026/ru/x.constitution');
    const cited = analyses.get('kz-2026')!;
    assert.equal(cited.text.slice(d.headSpan.start, d.headSpan.end), 'Статья 44');
    assert.equal(law.slice(d.originSpan.start, d.originSpan.end), '44');
    assert.equal(d.lines!.positionAt(d.span.start).line, cited.lineIndex.positionAt(cited.text.indexOf('\nСтатья 44\n') + 1).line);
    // the subparagraph 10-1) of 2026 Art. 44 does not exist: the citation is an error, and no definition there
    const sub = law.indexOf('10-1)');
    assert.deepEqual(s.definition('file:///law.txt', sub), []);
    const h = s.hover('file:///law.txt', law.indexOf('пунктом 4 статьи 45') + 1, { lang: 'ru' });
    assert.equal(h, null);
    const h44 = s.hover('file:///law.txt', law.indexOf('статьи 44') + 8, { lang: 'ru' });
    assert.match(h44!.markdown, /Статья 44/);
    assert.match(h44!.markdown, /Президент Республики Казахстан вступает в должность/);
  });

  it('<!-- cites: kz-1995 --> in the file overrides the setting', () => {
    const s = service('kz-2026');
    const text = `<!-- cites: kz-1995 -->\n${law}`;
    s.open('file:///law.txt', text);
    const [d] = s.definition('file:///law.txt', text.indexOf('44 Конституции') + 1);
    assert.equal(d.uri, 'atazan-prior:/kz-1995/ru/x.constitution');
    assert.equal(asked[asked.length - 1], 'kz-1995');
  });

  it('a constitution citing «Конституции» still cites itself (no provider asked)', () => {
    const s = service('kz-2026');
    const before = asked.length;
    const text = 'Статья 1\nСогласно статье 2 Конституции.\nСтатья 2\nТекст.\n';
    s.open('file:///c.txt', text);
    const [d] = s.definition('file:///c.txt', text.indexOf('2 Конституции'));
    assert.equal(d.uri, undefined);
    assert.equal(text.slice(d.headSpan.start, d.headSpan.end), 'Статья 2');
    assert.deepEqual(s.problems('file:///c.txt'), []);
    assert.equal(asked.length, before);
  });
});

describe('migration of citations of the Constitution, 1995 → 2026 (issue 12)', () => {
  const ed = (f: string) => analyze(corpus(f));
  /** The text of a unit's first line (its body line), whitespace collapsed. */
  const lineOf = (an: ReturnType<typeof analyze>, target: string): string => {
    const [kind, a, p, s] = target.split(':');
    const art = an.doc.articleByNumber.get(kind === 'article' ? p : a)!;
    let u: { headSpan: { start: number; end: number } } = art;
    if (kind === 'paragraph') u = art.paragraphs.find((x) => x.number.text === p)!;
    if (kind === 'subparagraph') u = (p ? art.paragraphs.find((x) => x.number.text === p)!.subparagraphs : art.subparagraphs).find((x) => x.number.text === s)!;
    return an.text.slice(u.headSpan.start, u.headSpan.end).replace(/\s+/g, ' ').trim();
  };

  /** The body lines of a unit's article, and the index of the unit's own line among them. */
  const linesOf = (an: ReturnType<typeof analyze>, target: string): { lines: string[]; at: number } => {
    const [kind, a, p] = target.split(':');
    const art = an.doc.articleByNumber.get(kind === 'article' ? p : a)!;
    const lines = art.lines.map((l) => an.text.slice(l.start, l.end).replace(/\s+/g, ' ').trim()).filter(Boolean);
    return { lines, at: lines.indexOf(lineOf(an, target)) };
  };
  /** The matcher's paragraph alignment of the two articles pairs the old unit's line with the new one's. */
  const aligned = (from: ReturnType<typeof analyze>, f: string, to: ReturnType<typeof analyze>, t: string): boolean => {
    const a = linesOf(from, f), b = linesOf(to, t);
    assert.ok(a.at >= 0 && b.at >= 0);
    return paragraphAlign(a.lines, b.lines).some((x) => x.a === a.at && x.b === b.at);
  };

  it('a real act citing the 1995 Constitution (kk, Constitutional Council 1996): every rewrite points to the 2026 unit with the same content', () => {
    const from = ed('kz-1995-kk.txt'), to = ed('kz-2026-final-draft-kk.txt');
    const text = fixture('cites-kk-constitutional-council-1996.txt');
    const an = analyze(text);
    const plan = migrationPlan(an, from, to);
    assert.deepEqual(plan.rewrites.map((r) => `${text.slice(r.span.start, r.span.end)}: ${r.from} → ${r.to}`), [
      '52-бабының 3-тармағын: paragraph:52:3 → paragraph:55:2',
      '72-бабының 1-тармағы 4-тармақшасы: subparagraph:72:1:4 → subparagraph:73:1:6',
      '52-бабының 3-тармағын: paragraph:52:3 → paragraph:55:2',
    ]);
    // Left for the drafter: none here (the decree's citation is not one of the Constitution).
    assert.deepEqual(plan.left, []);
    // Same content: the matcher's paragraph alignment pairs the 1995 line with the 2026 line on its own.
    for (const r of plan.rewrites) {
      r.from.forEach((f, i) => {
        assert.ok(aligned(from, f, to, r.to[i]), `${f} ~ ${r.to[i]}: ${lineOf(from, f)} / ${lineOf(to, r.to[i])}`);
      });
    }
    const result = applyEdits(text, plan.rewrites.flatMap((r) => r.edits));
    assert.match(result, /Конституциясының 73-бабының 1-тармағы 6-тармақшасы/);
    assert.match(result, /Конституциясының 55-бабының 2-тармағын ресми/);
    assert.match(result, /Жарлығының 17-бабы 3-тармағының 1-тармақшасы/); // another act: untouched
  });

  it('ru: Art. 44 → 46, paragraphs and subparagraphs renumbered; the citations with no single counterpart are listed', () => {
    const from = ed('kz-1995-ru.txt'), to = ed('kz-2026-adopted-ru.txt');
    const text = 'Закон Республики Казахстан от 1 января 2020 года\nСтатья 1\nСогласно статье 44, подпункту 10-1) статьи 44, пунктам 1 и 2 статьи 47, подпунктам 1) и 3) статьи 57 и статьям 46 - 54 Конституции.\n';
    const plan = migrationPlan(analyze(text), from, to);
    assert.deepEqual(plan.rewrites.map((r) => `${text.slice(r.span.start, r.span.end)}: ${r.to}`), [
      'статье 44: article::46',
      'подпункту 10-1) статьи 44: subparagraph:46::11',
      'пунктам 1 и 2 статьи 47: paragraph:50:2,paragraph:50:3',
    ]);
    assert.deepEqual(plan.left.map((l) => `${text.slice(l.span.start, l.span.end)}: ${l.reason}`), [
      'подпунктам 1) и 3) статьи 57: dropped',
      'статьям 46 - 54: range',
    ]);
    for (const r of plan.rewrites) {
      r.from.forEach((f, i) => {
        if (f.startsWith('article')) return;
        assert.ok(aligned(from, f, to, r.to[i]), `${f} ~ ${r.to[i]}`);
      });
    }
  });

  it('a file bound to kz-1995 while the setting says kz-2026: a warning naming the 2026 unit, and its quick fix', () => {
    const from = ed('kz-1995-ru.txt'), to = ed('kz-2026-adopted-ru.txt');
    const s = createLanguageService();
    const act = (id: string, an: ReturnType<typeof analyze>) => ({ id, label: id.slice(3), uri: `atazan-prior:/${id}/ru/x.constitution`, an });
    s.setCitedConstitution((_uri, annotation) => (annotation === 'kz-1995' ? { ...act('kz-1995', from), next: act('kz-2026', to) } : act('kz-2026', to)));
    const text = '<!-- cites: kz-1995 -->\nЗакон Республики Казахстан от 1 января 2020 года\nСтатья 1\nВ случаях, предусмотренных статьей 44 Конституции.\n';
    s.open('file:///law.txt', text);
    const ps = s.problems('file:///law.txt');
    assert.deepEqual(ps.map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}: ${formatMessage(p.code, p.args, 'ru')}`), [
      'reference-constitution-renumbered статьей 44: Ссылка по нумерации Конституции (1995); в Конституции (2026) это статья 46',
    ]);
    const [fix] = s.codeActions('file:///law.txt', ps[0], 'ru');
    assert.equal(fix.title, 'Сослаться на Конституцию (2026): статья 46');
    assert.equal(applyEdits(text, fix.edits).split('\n')[3], 'В случаях, предусмотренных статьей 46 Конституции.');
  });
});

describe('a law citing the 2026 Constitution with a number left from 1995 (issue 12)', () => {
  it('the words around the citation are those of the 1995 unit: flagged with the 2026 counterpart; a right citation is not', () => {
    const r95 = analyze(corpus('kz-1995-ru.txt')), r26 = analyze(corpus('kz-2026-adopted-ru.txt'));
    const text = 'Закон Республики Казахстан от 1 января 2020 года\nСтатья 1\n'
      + '1. Президент Республики Казахстан обращается с ежегодным посланием к народу Казахстана в соответствии с подпунктом 1) статьи 44 Конституции.\n'
      + '2. Президент приносит присягу народу в соответствии со статьей 42 Конституции.\n'
      + '3. Президент вступает в должность после принесения присяги согласно статье 44 Конституции.\n';
    const plan = staleCitations(analyze(text), r26, r95);
    assert.deepEqual(plan.rewrites.map((r) => `${text.slice(r.span.start, r.span.end)}: ${r.from} → ${r.to}`), [
      // 2026 Art. 44 has no subparagraphs: the 1995 numbering (the President's powers are 2026 Art. 46)
      'подпунктом 1) статьи 44: subparagraph:44::1 → subparagraph:46::1',
      // 2026 Art. 42 is about something else; the oath of 1995 Art. 42 is 2026 Art. 44
      'статьей 42: article::42 → article::44',
    ]);
    assert.deepEqual(plan.left, []);
    // Through the service: a provider that gives the previous edition.
    const s = createLanguageService();
    const act = (id: string, an: ReturnType<typeof analyze>) => ({ id, label: id.slice(3), uri: `atazan-prior:/${id}/ru/x.constitution`, an });
    s.setCitedConstitution(() => ({ ...act('kz-2026', r26), previous: act('kz-1995', r95) }));
    s.open('file:///law.txt', text);
    assert.deepEqual(s.problems('file:///law.txt').map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}`), [
      'reference-constitution-renumbered подпунктом 1) статьи 44',
      'reference-constitution-unresolved 1',
      'reference-constitution-renumbered статьей 42',
    ]);
  });
});

describe('citations of other acts by name (issue 12)', () => {
  const ACT = 'О выборах в Республике Казахстан\nКонституционный закон Республики Казахстан от 28 сентября 1995 года N 2464.\n'
    + 'Статья 1\nТекст первой статьи.\nСтатья 2\n1. Первый пункт.\n2. Второй пункт.\nСтатья 3\n1. Текст.\n2. Текст.\n';
  const KK_ACT = 'Қазақстан Республикасындағы сайлау туралы\nҚазақстан Республикасының 1995 жылғы 28 қыркүйектегі N 2464 Конституциялық заңы.\n1-бап\nМәтін.\n2-бап\nМәтін.\n';
  const LAW = 'Закон Республики Казахстан от 1 января 2020 года\nСтатья 1\nВ соответствии со статьей 2 и пунктом 5 статьи 3 Конституционного закона Республики Казахстан «О выборах в Республике Казахстан», '
    + 'статьей 40 Закона Республики Казахстан «О местном государственном управлении и самоуправлении в Республике Казахстан».\n';
  const KK_LAW = 'Қазақстан Республикасының 2020 жылғы 1 қаңтардағы Заңы.\n1-бап\n"Қазақстан Республикасындағы сайлау туралы" Қазақстан Республикасы Конституциялық заңының 2-бабына және 9-бабына сәйкес.\n';

  function service() {
    const s = createLanguageService();
    const acts = new Map([['file:///elections.txt', analyze(ACT)], ['file:///elections-kk.txt', analyze(KK_ACT)]]);
    s.setNamedActs((key, asking) => {
      for (const [uri, an] of acts) if (uri !== asking && titleKeys(an).includes(key)) return { id: uri, label: key, uri, an };
      return null;
    });
    return s;
  }

  it('the quoted title is the key (ru, en, kk); a workspace file\'s first lines give its own', () => {
    assert.equal(actKey('Конституционного закона Республики Казахстан «О выборах в Республике Казахстан»'), 'о выборах в республике казахстан');
    assert.equal(actKey('the Constitutional Law "On Elections in the Republic of Kazakhstan"'), 'on elections in the republic of kazakhstan');
    assert.equal(actKey('Конституциялық заңының'), null);
    assert.deepEqual(titleKeys(analyze(ACT)), ['о выборах в республике казахстан']);
    assert.deepEqual(titleKeys(analyze(KK_ACT)), ['қазақстан республикасындағы сайлау туралы']);
  });

  it('a unit the named act lacks is reference-act-unresolved; definition opens the act at the unit; an act not in the workspace stays unchecked', () => {
    const s = service();
    s.open('file:///law.txt', LAW);
    assert.deepEqual(s.problems('file:///law.txt').map((p) => `${p.code} ${LAW.slice(p.span.start, p.span.end)}: ${formatMessage(p.code, p.args, 'ru')}`), [
      'reference-act-unresolved 5: В акте «о выборах в республике казахстан» нет такой единицы: пункт 5 статьи 3',
    ]);
    const [d] = s.definition('file:///law.txt', LAW.indexOf('статьей 2') + 8);
    assert.equal(d.uri, 'file:///elections.txt');
    assert.equal(ACT.slice(d.headSpan.start, d.headSpan.end), 'Статья 2');
    const h = s.hover('file:///law.txt', LAW.indexOf('статьей 2') + 8, { lang: 'ru' });
    assert.match(h!.markdown, /Первый пункт/);
    assert.deepEqual(s.definition('file:///law.txt', LAW.indexOf('статьей 40') + 8), []);
  });

  it('kk: «"… сайлау туралы" Қазақстан Республикасы Конституциялық заңының 9-бабына»', () => {
    const s = service();
    s.open('file:///law-kk.txt', KK_LAW);
    assert.deepEqual(s.problems('file:///law-kk.txt').map((p) => `${p.code} ${KK_LAW.slice(p.span.start, p.span.end)}`), ['reference-act-unresolved 9']);
    const [d] = s.definition('file:///law-kk.txt', KK_LAW.indexOf('2-бабына'));
    assert.equal(KK_ACT.slice(d.headSpan.start, d.headSpan.end), '2-бап');
  });
});
