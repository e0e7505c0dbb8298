import { strict as assert } from 'assert';
import { analyze, type CompletionItem } from '../../server/src/core';
import { completionsAt } from '../support/service';
import { corpus } from '../support/files';
import { cursor, cursorIn, replaceAt } from '../support/text';
import { readFileSync } from 'fs';
import * as path from 'path';

const example = (name: string) => readFileSync(path.join(__dirname, '..', '..', 'examples', name), 'utf8');

/** Cuts `remove` out of `text` right after `prefix` and completes at the cut. */
function at(text: string, prefix: string, remove = ''): CompletionItem[] {
  return complete(replaceAt(text, prefix + remove, `${prefix}$0`));
}

/** Completions at the `$0` marker of a fixture, or of text edited with replaceAt. */
function complete(doc: { text: string; offset: number }): CompletionItem[] {
  return completionsAt(doc.text, doc.offset);
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe('completion: Russian (1995 text)', () => {
  const ru = corpus('kz-1995-ru.txt');

  it('«статьями 11, 13–15, пунктом 1 статьи » → articles that have paragraph 1', () => {
    const items = at(ru, 'пунктом 1 статьи ', '16');
    assert.ok(labels(items).includes('16'));
    assert.ok(!labels(items).includes('84'), 'excluded 84 has no paragraph 1');
    assert.ok(items.every((i) => i.kind === 'article'));
    const a16 = items.find((i) => i.label === '16')!;
    assert.equal(a16.insertText, '16');
    assert.ok(a16.detail.length <= 61, a16.detail);
    assert.match(a16.detail, /^[А-Яа-я]/);
  });

  it('«статьей » → every article, in document order, with details', () => {
    const items = at(ru, 'статьей ', '17');
    assert.equal(items.length, 102);
    assert.deepEqual(labels(items).slice(82, 86), ['83', '83-1', '84', '85']);
    assert.ok(items.every((it, k) => it.sortText === String(k).padStart(5, '0')));
    assert.match(items[83].detail, /Уполномоченный по правам человека/);
  });

  it('«пунктом 3 статьи » → articles that have paragraph 3', () => {
    const items = at(ru, 'пунктом 3 статьи ', '91');
    assert.ok(labels(items).includes('91'));
    assert.ok(items.every((i) => analyze(ru).doc.articleByNumber.get(i.label)!.paragraphs.some((p) => p.number.text === '3')));
  });

  it('«пунктом | статьи 91» → paragraphs of article 91', () => {
    const items = at(ru, 'предусмотренном пунктом ', '3');
    const a91 = analyze(ru).doc.articleByNumber.get('91')!;
    assert.deepEqual(labels(items), a91.paragraphs.map((p) => p.number.text));
    assert.ok(items.every((i) => i.kind === 'paragraph'));
  });

  it('«пунктом | настоящей статьи» → paragraphs of the current article', () => {
    const items = at(ru, 'предусмотренными пунктом ', '1');
    assert.deepEqual(labels(items), ['1', '2']);
    assert.match(items[0].detail, /досрочного/);
  });

  it('plain text offers nothing; «настоящей статьи » offers nothing', () => {
    assert.deepEqual(at(ru, 'Республика Казахстан утверждает '), []);
    assert.deepEqual(at(ru, 'настоящей статьи '), []);
  });
});

describe('completion: Russian (draft with subparagraphs)', () => {
  const DOC = `Статья 1
1. Президент:
1) издает указы;
2) назначает выборы;
2. Полномочия, указанные в подпункте 2) пункта 1 настоящей статьи, и в подпункте 1) пункта 1 статьи 2.
Статья 2
1. Правительство:
1) разрабатывает бюджет;
2) исполняет законы;
3) управляет имуществом.
`;
  it('«подпункте | пункта 1 статьи 2» → subparagraphs of paragraph 1 of article 2, inserted with “)”', () => {
    const items = at(DOC, 'и в подпункте ', '1)');
    assert.deepEqual(labels(items), ['1', '2', '3']);
    assert.equal(items[0].insertText, '1)');
    assert.equal(items[0].kind, 'subparagraph');
    assert.match(items[2].detail, /имуществом/);
  });
  it('«подпункте | пункта 1 настоящей статьи» → subparagraphs of the current article\'s paragraph 1', () => {
    assert.deepEqual(labels(at(DOC, 'указанные в подпункте ', '2)')), ['1', '2']);
  });
  it('«статьи » at the start of a heading line is not a reference', () => {
    assert.deepEqual(complete(cursor('Статья 1\nТекст.\nСтатья $0')), []);
  });
});

describe('completion: Kazakh (1995 text)', () => {
  const kk = corpus('kz-1995-kk.txt');

  it('«91-бабының » → paragraphs of 91 as «N-тармағында»', () => {
    const items = at(kk, 'Конституциясының 91-бабының ', '3-тармағында');
    const a91 = analyze(kk).doc.articleByNumber.get('91')!;
    assert.deepEqual(labels(items), a91.paragraphs.map((p) => p.number.text));
    assert.equal(items[2].insertText, '3-тармағында');
    assert.match(items[0].detail, /[А-Яа-яӘәҚқҢңӨөҰұҮүІі]/);
  });

  it('«72-бабының 1-тармағының » → subparagraphs of 72.1 as «N) тармақшасында»', () => {
    const items = at(kk, 'Конституцияның 72-бабының 1-тармағының ', '1) тармақшасында');
    assert.ok(labels(items).includes('2-1'), labels(items).join(' '));
    assert.equal(items[0].insertText, '1) тармақшасында');
    assert.ok(items.every((i) => i.kind === 'subparagraph'));
  });

  it('«Конституцияның » → articles as «N-бабы»', () => {
    const items = at(kk, 'Конституцияның ', '47-бабының');
    assert.equal(items.length, 102);
    assert.equal(items.find((i) => i.label === '83-1')!.insertText, '83-1-бабы');
  });

  it('bare «83-» → article 83 and its inserted 83-1, replacing the typed number', () => {
    const doc = replaceAt(kk, 'Конституцияның 47-бабының', 'Конституцияның 83-$0');
    const { offset } = doc;
    const items = complete(doc);
    assert.deepEqual(labels(items), ['83', '83-1']);
    assert.deepEqual(items[1].replace, { start: offset - 3, end: offset });
    assert.equal(items[1].insertText, '83-1-бабы');
  });

  it('«осы баптың » → paragraphs of the current article', () => {
    const text = corpus('kz-1995-kk.txt');
    const items = completionsAt(text, cursorIn(text, 'осы баптың $0'));
    assert.ok(items.length > 0 && items.every((x) => x.kind === 'paragraph'));
  });
});

describe('completion: English (1995 text)', () => {
  const en = corpus('kz-1995-en.txt');

  it('"subparagraph | of Article 44" → subparagraphs of Article 44 incl. 10-1', () => {
    const items = at(en, 'in subparagraph ', '10-1)');
    assert.ok(labels(items).includes('10-1'), labels(items).join(' '));
    assert.equal(items.find((i) => i.label === '10-1')!.insertText, '10-1)');
    assert.match(items.find((i) => i.label === '10-1')!.detail, /^[A-Za-z]/);
  });

  it('"paragraph 3 of Article " → articles that have paragraph 3', () => {
    const items = at(en, 'paragraph 3 of Article ', '91');
    assert.ok(labels(items).includes('91'));
    assert.ok(!labels(items).includes('1'));
  });

  it('"paragraph | of Article 91" → paragraphs of Article 91', () => {
    const doc = replaceAt(en, 'in paragraph 3 of Article 91', 'in paragraph $0 of Article 91');
    const items = complete(doc);
    const a91 = analyze(doc.text).doc.articleByNumber.get('91')!;
    assert.deepEqual(labels(items), a91.paragraphs.map((p) => p.number.text));
  });

  it('"Articles " → all articles', () => {
    assert.equal(at(en, 'Articles ', '11').length, 102);
  });

  it('"this Article " offers nothing', () => {
    assert.deepEqual(completionsAt(en, cursorIn(en, 'of this Article $0')), []);
  });
});

describe('completion: what is typed after the unit word (issue 16.3, the 2026 drafts)', () => {
  const ru = example('draft-2026-ru.const.txt');
  const kk = example('draft-2026-kk.const.txt');

  /** Completes right after `typed` written at `needle` (the text after the cut is kept). */
  function typedAt(text: string, needle: string, typed: string): { items: CompletionItem[]; offset: number; an: ReturnType<typeof analyze> } {
    const doc = replaceAt(text, needle, `${needle}${typed}$0`);
    const an = analyze(doc.text);
    return { items: completionsAt(an.text, doc.offset), offset: doc.offset, an };
  }

  it('«пунктом 3 статьи 62|»: the typed number is not offered (Enter starts a new line)', () => {
    // The draft's own citation, the cursor right after «62».
    assert.deepEqual(completionsAt(ru, cursorIn(ru, 'пунктом 3 статьи 62$0')), []);
    const r = typedAt(ru, 'пунктом 3 статьи ', '62');
    assert.ok(!r.items.some((x) => x.label === '62'));
  });

  it('«статьи 6|»: articles whose number starts with 6 except 6, replacing the typed «6»', () => {
    const { text, offset } = replaceAt(ru, 'права и свободы.\n', 'права и свободы, предусмотренные статьей 6$0\n');
    const items = completionsAt(text, offset);
    assert.deepEqual(labels(items), ['60', '61', '62', '63', '64', '65', '66', '67', '68', '69']);
    assert.ok(items.every((x) => x.replace!.start === offset - 1 && x.replace!.end === offset && x.insertText === x.label));
    const text2 = text.replace('статьей 6\n', 'статьей 62\n');
    assert.deepEqual(completionsAt(text2, offset + 1), []);
  });

  it('kk «Конституцияның 62|»: nothing (the typed number itself is not offered); «6|» → 60–69 as «N-бабы»', () => {
    assert.deepEqual(complete(replaceAt(kk, 'Конституцияның 62-бабының', 'Конституцияның 62$0')), []);
    const items = complete(replaceAt(kk, 'Конституцияның 62-бабының', 'Конституцияның 6$0'));
    assert.equal(items.length, 10);
    assert.equal(items.find((x) => x.label === '62')!.insertText, '62-бабы');
  });

  it('a complete word matches only longer words; «г|» already narrows the list', () => {
    const items = complete(replaceAt(ru, 'права и свободы.\n', 'права и свободы согласно статье граждан$0\n'));
    assert.ok(items.length > 0 && items.every((x) => x.filterText!.length > 'граждан'.length), items.map((x) => x.filterText).join(' '));
    const g = complete(replaceAt(ru, 'права и свободы.\n', 'права и свободы согласно статье г$0\n'));
    assert.ok(g.length > 0 && g.length < 96);
  });

  it('«статье гражд|»: the articles about citizens, inserted as the number in place of the word', () => {
    const { text, offset } = replaceAt(ru, 'права и свободы.\n', 'права и свободы согласно статье гражд$0\n');
    const an = analyze(text);
    const items = completionsAt(an.text, offset);
    assert.ok(items.length >= 3, labels(items).join(' '));
    for (const it of items) {
      assert.equal(it.kind, 'article');
      assert.equal(it.insertText, it.label);
      assert.deepEqual(it.replace, { start: offset - 'гражд'.length, end: offset });
      assert.ok(it.filterText!.startsWith('гражд') && it.filterText!.length > 5, it.filterText);
      const a = an.doc.articleByNumber.get(it.label)!;
      assert.match(an.text.slice(a.span.start, a.span.end), /[Гг]ражд/);
    }
    // Matches in the first words come first: the first item's first words speak of citizens.
    assert.match(items[0].detail, /[Гг]ражд/);
    // Articles that do not mention citizens are not offered.
    const none = an.doc.articles.filter((a) => !/[Гг]ражд/.test(an.text.slice(a.span.start, a.span.end))).map((a) => a.number.text);
    assert.ok(none.length > 20);
    assert.ok(!labels(items).some((l) => none.includes(l)));
  });

  it('kk «Конституцияның азамат|» → articles about citizens (азаматтар)', () => {
    const items = complete(replaceAt(kk, 'Конституцияның 62-бабының', 'Конституцияның азамат$0'));
    assert.ok(items.length >= 3);
    assert.ok(items.every((x) => /^\d+(?:-\d+)*-бабы$/.test(x.insertText)));
  });

  it('«статьи закона|», «статьи настоящ|», «статьи з|» (another act, a relative reference): nothing', () => {
    for (const w of ['закона', 'закон', 'настоящ', 'з', 'эт']) {
      assert.deepEqual(complete(replaceAt(ru, 'права и свободы.\n', `права и свободы согласно статье ${w}$0\n`)), [], w);
    }
  });

  it('every item carries its first words for the list row (description)', () => {
    const items = complete(replaceAt(ru, 'права и свободы.\n', 'права и свободы, предусмотренные статьей $0\n'));
    assert.equal(items.length, 96);
    const a62 = items.find((x) => x.label === '62')!;
    assert.match(a62.description, /^Президент Республики Казахстан вправе/);
    assert.ok(items.every((x) => x.description.length > 0 && x.description.length <= 41));
  });
});
