// Defined terms (issue 12): the article of definitions («Основные понятия, используемые в настоящем Законе»,
// "Explanation of some concepts contained in this Code") defines a term in each «1) термин – определение»;
// its uses in any case form («потерпевшим» for «потерпевший») get go to definition, hover (the definition)
// and find references. Real excerpts: test/fixtures/acts/ru-kz-domestic-violence-definitions.txt (Law
// No. 214-IV, Art. 1), en-kz-criminal-code-art3-concepts.txt (SOURCES.md).
import * as assert from 'node:assert/strict';
import { analyze, createLanguageService } from '../../server/src/core';
import { readRepo } from '../support/files';

function opened(file: string) {
  const text = readRepo(`test/fixtures/acts/${file}`);
  const s = createLanguageService();
  const uri = `file:///${file}`;
  s.open(uri, text);
  return { s, uri, text };
}
const slice = (text: string, sp: { start: number; end: number }) => text.slice(sp.start, sp.end);

describe('defined terms (issue 12)', () => {
  const ru = opened('ru-kz-domestic-violence-definitions.txt');

  it('ru: the law lints clean', () => {
    assert.deepEqual(analyze(ru.text).diagnostics.map((d) => d.code), []);
  });

  it('ru: go to definition from a use in another case form opens the term in Art. 1', () => {
    const { s, uri, text } = ru;
    const use = text.indexOf('потерпевшим');
    const [d] = s.definition(uri, use + 3);
    assert.equal(slice(text, d.headSpan), 'потерпевший');
    assert.equal(slice(text, d.originSpan), 'потерпевшим');
    assert.match(slice(text, d.span), /^1\) потерпевший - физическое лицо/);
  });

  it('ru: hover on a use shows the definition', () => {
    const { s, uri, text } = ru;
    const h = s.hover(uri, text.indexOf('потерпевшим') + 3, { lang: 'ru' });
    assert.equal(h!.markdown.split(' — ')[0], '**потерпевший**');
    assert.match(h!.markdown, /физическое лицо, в отношении которого есть основания полагать/);
  });

  it('ru: find references from the term lists its declaration and its uses; a term of several words is one use', () => {
    const { s, uri, text } = ru;
    const refs = s.references(uri, text.indexOf('1) потерпевший') + 5, true);
    assert.deepEqual(refs.map((r) => `${r.kind} ${slice(text, r.span)}`), ['declaration потерпевший', 'direct потерпевшим']);
    const multi = s.references(uri, text.indexOf('организации по оказанию помощи') + 2, true);
    assert.deepEqual(multi.map((r) => `${r.kind} ${slice(text, r.span)}`), ['declaration организации по оказанию помощи']);
    // «организаций» of the preamble is one word of that term, not the term: no definition there.
    assert.deepEqual(s.definition(uri, text.indexOf('организаций') + 2), []);
  });

  it('en: the Criminal Code\'s "Explanation of some concepts" defines its terms; hover on the term', () => {
    const { s, uri, text } = opened('en-kz-criminal-code-art3-concepts.txt');
    const h = s.hover(uri, text.indexOf('human exploitation') + 2, { lang: 'en' });
    assert.match(h!.markdown, /^\*\*human exploitation\*\* — the use by the perpetrator of forced labor/);
  });

  it('the constitutions define no terms: a word there is not a term', () => {
    const s = createLanguageService();
    const text = readRepo('data/priors/kz-2026-adopted-ru.txt');
    s.open('file:///c.txt', text);
    const at = text.indexOf('гражданин');
    assert.ok(at > 0);
    assert.equal(s.hover('file:///c.txt', at + 2, { lang: 'ru' }), null);
  });
});
