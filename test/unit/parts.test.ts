// Citations of unnumbered parts (issue 12): «частью второй пункта 2 настоящей статьи», «осы тармақтың
// бірінші бөлігінде», "the second part of paragraph 2 of this Article" — as the Constitution itself writes
// them (Art. 61 of the 1995 text as amended in 2022; Art. 61(4) of the 2026 texts). A part is a line of
// text of an article without numbered paragraphs, or of a paragraph (its numbered line is part one): the
// 2022 law «пункт 3 дополнить частью третьей» added the line after «Все иные отношения …» as part three
// of Art. 61(3), and that is the third part here.
import * as assert from 'node:assert/strict';
import {
  analyze, createLanguageService, formatMessage, type Lang, scanReferences,
} from '../../server/src/core';
import { corpus } from '../support/files';

const lineOf = (text: string, offset: number) => text.slice(text.lastIndexOf('\n', offset - 1) + 1, text.indexOf('\n', offset));

function opened(file: string, text = corpus(file)) {
  const s = createLanguageService();
  const uri = `file:///${file}`;
  s.open(uri, text);
  return { s, uri, text };
}

/** Definition from the place word of each part citation: the first five words of the line it opens. */
function partDefinitions(file: string, words: string[]): string[] {
  const { s, uri, text } = opened(file);
  return words.map((w) => {
    const at = text.indexOf(w);
    assert.ok(at > 0, w);
    const ds = s.definition(uri, at + 1);
    assert.equal(ds.length, 1, w);
    const d = ds[0];
    assert.equal(lineOf(text, d.span.start).trim(), text.slice(d.span.start, d.span.end).trim(), 'the definition is the whole line');
    return `${w} → ${text.slice(d.span.start, d.span.end).split(' ').slice(0, 5).join(' ')}`;
  });
}

describe('citations of unnumbered parts (issue 12)', () => {
  it('the scanner reads the part and its place, and takes the phrase into the citation', () => {
    const d = (t: string, lang: Lang) => scanReferences(t, lang).references.map((r) =>
      `${t.slice(r.span.start, r.span.end)}: ${r.targets.map((x) => `${x.unit} ${(x.parts ?? []).map((p) => `${p.value}@${t.slice(p.span.start, p.span.end)}`).join(',')}`).join(' ')}`);
    assert.deepEqual(d('предусмотренных частью второй пункта 2 настоящей статьи', 'ru'), ['частью второй пункта 2 настоящей статьи: paragraph 2@второй']);
    assert.deepEqual(d('в соответствии с частями первой и второй статьи 5 настоящего Закона', 'ru'), ['частями первой и второй статьи 5: article 1@первой,2@второй']);
    assert.deepEqual(d('Осы баптың 2-тармағының екінші бөлігінде көзделген', 'kk'), ['Осы баптың 2-тармағының екінші бөлігінде: paragraph 2@екінші']);
    assert.deepEqual(d('5-баптың бірінші бөлігі', 'kk'), ['5-баптың бірінші бөлігі: article 1@бірінші']);
    assert.deepEqual(d('under part one of Article 5', 'en'), ['part one of Article 5: article 1@one']);
    assert.deepEqual(d('in accordance with the second part of paragraph 2 of this Article', 'en'), ['second part of paragraph 2 of this Article: paragraph 2@second']);
    // Places over ten in two words (session 24: no part attached before).
    assert.deepEqual(d('14-баптың он үшінші бөлігінде көзделген', 'kk'), ['14-баптың он үшінші бөлігінде: article 13@он үшінші']);
    assert.deepEqual(d('14-баптың он бірінші және жиырма екінші бөліктерінде', 'kk'), ['14-баптың он бірінші және жиырма екінші бөліктерінде: article 11@он бірінші,22@жиырма екінші']);
    assert.deepEqual(d('частями первой и двадцать второй статьи 5', 'ru'), ['частями первой и двадцать второй статьи 5: article 1@первой,22@двадцать второй']);
    // «бөлім» is a section, not a part; an ordinal next to a part noun is no ordinal citation.
    assert.deepEqual(d('5-баптың бірінші бөлімі', 'kk'), ['5-баптың: article ']);
    assert.deepEqual(scanReferences('частями первой и второй статьи 5', 'ru').ordinals, []);
  });

  it('1995 (ru, kk, en), Art. 61(3): definition opens the cited part; no problem', () => {
    assert.deepEqual(partDefinitions('kz-1995-ru.txt', ['второй пункта 2 настоящей статьи', 'первой настоящего пункта']), [
      'второй пункта 2 настоящей статьи → Законопроекты, внесенные в порядке законодательной',
      'первой настоящего пункта → 3. Парламент вправе издавать законы,',
    ]);
    assert.deepEqual(partDefinitions('kz-1995-kk.txt', ['екінші бөлігінде көзделген', 'бірінші бөлігінде көрсетілген']), [
      'екінші бөлігінде көзделген → Халықтың өмірі мен денсаулығына, конституциялық',
      'бірінші бөлігінде көрсетілген → 3. Парламент аса маңызды қоғамдық',
    ]);
    assert.deepEqual(partDefinitions('kz-1995-en.txt', ['second part of paragraph 2', 'first part of this paragraph']), [
      'second part of paragraph 2 → Bills introduced on the legislative',
      'first part of this paragraph → 3. Parliament shall have the',
    ]);
    for (const f of ['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt']) {
      assert.deepEqual(analyze(corpus(f)).diagnostics.map((p) => p.code), [], f);
    }
  });

  it('2026 (ru, kk): «частью первой настоящего пункта» of Art. 61(4) is its numbered line', () => {
    assert.deepEqual(partDefinitions('kz-2026-adopted-ru.txt', ['первой настоящего пункта']), ['первой настоящего пункта → 4. Законопроекты, внесенные в порядке']);
    assert.deepEqual(partDefinitions('kz-2026-final-draft-kk.txt', ['бірінші бөлігінде көзделген']), ['бірінші бөлігінде көзделген → 4. Халықтың өмірі мен денсаулығына,']);
  });

  it('hover shows the text of the part', () => {
    const { s, uri, text } = opened('kz-1995-ru.txt');
    const h = s.hover(uri, text.indexOf('второй пункта 2 настоящей статьи') + 1, { lang: 'ru' });
    assert.match(h!.markdown, /Законопроекты, внесенные в порядке законодательной инициативы Правительства/);
    assert.match(h!.markdown, /часть 2/);
  });

  it('a part that does not exist is an error at its place word (en, ru, kk messages)', () => {
    const base = corpus('kz-1995-ru.txt');
    const text = base.replace('частью второй пункта 2 настоящей статьи', 'частью третьей пункта 2 настоящей статьи');
    const ps = analyze(text).diagnostics.filter((p) => p.severity !== 'hint');
    assert.deepEqual(ps.map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}`), ['reference-unresolved-part третьей']);
    assert.equal(formatMessage(ps[0].code, ps[0].args, 'ru'), 'пункт 2 статьи 61: нет части 3 (частей: 2)');
    assert.equal(formatMessage(ps[0].code, ps[0].args, 'kk'), '61-баптың 2-тармағы ішінде 3-бөлік жоқ (бөліктер саны: 2)');
    assert.equal(formatMessage(ps[0].code, ps[0].args, 'en'), 'paragraph 2 of article 61 has no part 3 (parts: 2)');
    const kk = corpus('kz-1995-kk.txt').replace('осы тармақтың бірінші бөлігінде', 'осы тармақтың төртінші бөлігінде');
    assert.deepEqual(analyze(kk).diagnostics.map((p) => `${p.code} ${kk.slice(p.span.start, p.span.end)}`), ['reference-unresolved-part төртінші']);
  });

  it('a law citing a part of the Constitution: definition opens the cited Constitution at that line; a missing part is an error', () => {
    const s = createLanguageService();
    const cited = analyze(corpus('kz-1995-ru.txt'));
    s.setCitedConstitution(() => ({ id: 'kz-1995', label: '1995', uri: 'atazan-prior:/kz-1995/ru/x.constitution', an: cited }));
    const law = 'Закон Республики Казахстан от 1 января 2020 года\nСтатья 1\n'
      + '1. Законопроекты, предусмотренные частью второй пункта 2 статьи 61 Конституции, рассматриваются в первоочередном порядке.\n'
      + '2. Временные акты, указанные в части третьей пункта 2 статьи 61 Конституции.\n';
    s.open('file:///law.txt', law);
    const [d] = s.definition('file:///law.txt', law.indexOf('второй') + 1);
    assert.equal(d.uri, 'atazan-prior:/kz-1995/ru/x.constitution');
    assert.match(cited.text.slice(d.span.start, d.span.end), /^Законопроекты, внесенные в порядке законодательной инициативы/);
    assert.deepEqual(s.problems('file:///law.txt').map((p) => `${p.code} ${law.slice(p.span.start, p.span.end)}: ${formatMessage(p.code, p.args, 'ru')}`), [
      'reference-constitution-unresolved третьей: В Конституции (1995) нет такой единицы: часть 3 (пункт 2 статьи 61)',
    ]);
    const h = s.hover('file:///law.txt', law.indexOf('второй') + 1, { lang: 'ru' });
    assert.match(h!.markdown, /Законопроекты, внесенные в порядке законодательной инициативы/);
  });
});
