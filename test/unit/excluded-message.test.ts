// A citation of an excluded unit is a warning that names the unit the drafter must look at: an excluded
// paragraph is named with its article («пункт 2 статьи 44», not «пункт 2»), in every message language.
// On the real 1995 text (ru), through the language service.

import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/core';
import { corpus } from '../support/files';

const URI = 'file:///excluded.txt';

function excludedMessages(text: string): Record<'en' | 'ru' | 'kk', string[]> {
  const svc = createLanguageService();
  svc.open(URI, text);
  const pick = (lang: 'en' | 'ru' | 'kk') =>
    svc.diagnostics(URI, { lang }).filter((d) => d.code === 'reference-to-excluded').map((d) => d.message);
  return { en: pick('en'), ru: pick('ru'), kk: pick('kk') };
}

/** The 1995 text with the first «пунктом 3 статьи 91» replaced by `citation`. */
function citing(citation: string): string {
  const base = corpus('kz-1995-ru.txt');
  assert.ok(base.includes('пунктом 3 статьи 91'));
  return base.replace('пунктом 3 статьи 91', citation);
}

describe('reference-to-excluded names the excluded unit with its article', () => {
  it('an excluded paragraph (1995 Art. 43 para. 2, excluded in 2007) is named with its article', () => {
    const base = corpus('kz-1995-ru.txt');
    // The paragraph is excluded in the real text: «2. Исключен Законом РК от 21.05.2007 № 254-III …» in Art. 43.
    const art = base.indexOf('\nСтатья 43');
    const para = base.indexOf('\n2. Исключен Законом РК от 21.05.2007', art);
    assert.ok(art > 0 && para > art && para < base.indexOf('\nСтатья 44'), 'paragraph 2 of Art. 43 is excluded in the 1995 text');
    assert.deepEqual(excludedMessages(citing('пунктом 2 статьи 43')), {
      en: ['Reference to paragraph 2 of article 43, which is excluded'],
      ru: ['Ссылка на исключенную единицу: пункт 2 статьи 43'],
      kk: ['Алып тасталған бөлікке сілтеме: 43-баптың 2-тармағы'],
    });
  });

  it('an excluded article is named as before', () => {
    assert.deepEqual(excludedMessages(citing('статьей 84')), {
      en: ['Reference to article 84, which is excluded'],
      ru: ['Ссылка на исключенную единицу: статья 84'],
      kk: ['Алып тасталған бөлікке сілтеме: 84-бап'],
    });
  });
});
