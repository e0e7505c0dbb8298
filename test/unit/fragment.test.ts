// Issue 16.10: a fragment (no title line) that starts at article N is not told that articles 1…N−1 are
// missing; gaps after N are still reported. The excerpts are real: articles 62–70 of the final draft of
// the 2026 Constitution (data/priors/kz-2026-final-draft-{ru,kk}.txt, lines 356–406; provenance in
// /work/shared/corpus/SOURCES.md: belilovsky/constitution-rag «КРК 12.02.26 рус.docx» / «… каз.docx»).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, formatMessage } from '../../server/src/core';

const ROOT = path.join(__dirname, '..', '..');
const lines = (f: string) => fs.readFileSync(path.join(ROOT, 'data/priors', f), 'utf8').split('\n');

/** Lines [from, to) of a corpus file, 1-based `from` as in an editor. */
function excerpt(f: string, from: number, to: number): string {
  return lines(f).slice(from - 1, to - 1).join('\n') + '\n';
}

const numbering = (text: string) => analyze(text).diagnostics.filter((d) => /-number-|inserted-number/.test(d.code));

describe('issue 16.10: numbering of a fragment', () => {
  const ru = excerpt('kz-2026-final-draft-ru.txt', 356, 407);
  const kk = excerpt('kz-2026-final-draft-kk.txt', 356, 407);

  it('the excerpt is what it claims: articles 62–70, no title line', () => {
    for (const [text, first] of [[ru, 'Статья 62'], [kk, '62-бап']]) {
      const an = analyze(text);
      assert.strictEqual(text.split('\n')[0], first);
      assert.deepStrictEqual(an.doc.articles.map((a) => a.number.text), ['62', '63', '64', '65', '66', '67', '68', '69', '70']);
      assert.strictEqual(an.doc.titleLines.length, 0);
    }
  });

  it('ru and kk excerpts starting at article 62: no "articles 1–61 are missing"', () => {
    assert.deepStrictEqual(numbering(ru).map((d) => `${d.code}: ${d.message}`), []);
    assert.deepStrictEqual(numbering(kk).map((d) => `${d.code}: ${d.message}`), []);
  });

  it('a real gap after the first article is still reported, once, with the missing number', () => {
    // Article 65 (lines 370–380) cut out of the excerpt.
    const text = excerpt('kz-2026-final-draft-ru.txt', 356, 370) + excerpt('kz-2026-final-draft-ru.txt', 381, 407);
    const ds = numbering(text);
    assert.deepStrictEqual(ds.map((d) => d.code), ['article-number-gap']);
    assert.strictEqual(text.slice(ds[0].span.start, ds[0].span.end), '66');
    assert.strictEqual(ds[0].args.previous, '64');
    assert.strictEqual(ds[0].args.expected, '65');
    assert.match(formatMessage(ds[0].code, ds[0].args, 'ru'), /65/);
  });

  it('a duplicate of the first article of a fragment is still reported', () => {
    const text = ru + excerpt('kz-2026-final-draft-ru.txt', 356, 360); // Article 62 again, without «Раздел V»
    // Issue 16.4: at both headings.
    assert.deepStrictEqual(numbering(text).map((d) => d.code), ['article-number-duplicate', 'article-number-duplicate']);
  });

  it('the excerpt\'s sections (V, VI) are a fragment too', () => {
    assert.deepStrictEqual(analyze(ru).doc.sections.map((s) => s.number.text), ['V', 'VI']);
  });

  it('a whole act (with its title line) that skips articles 1–61 and sections I–IV is still told so', () => {
    const text = 'ПРОЕКТ\nКОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН\n' + ru;
    const ds = numbering(text);
    assert.deepStrictEqual(ds.map((d) => d.code).sort(), ['article-number-gap', 'section-number-gap']);
    assert.strictEqual(ds.find((d) => d.code === 'article-number-gap')!.args.expected, '1–61');
  });

  it('a fragment that starts at an inserted article (62-1) accepts 62-2 and 63 after it', () => {
    const text = 'Статья 62-1\n1. Текст.\nСтатья 62-2\n1. Текст.\nСтатья 63\n1. Текст.\n';
    assert.deepStrictEqual(numbering(text), []);
  });
});
