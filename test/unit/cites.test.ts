// Citations of the Constitution and of other acts (issue 12): which act a citation list belongs to, and
// what a law (not a constitution) cites as «the Constitution». Real excerpts: test/fixtures/acts/cites-*
// (their sources in test/fixtures/acts/SOURCES.md).
import * as assert from 'node:assert/strict';
import { scanReferences } from '../../server/src/core/refscan';
import { analyze } from '../../server/src/core/analysis';
import { citesOf } from '../../server/src/core/cites';
import type { Lang, RawReference, RefLevel } from '../../server/src/core/types';
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
