// Issue 16.10: a constitutional draft saved as .txt opens as Plain Text; the client asks the server
// whether it looks like a draft (core/detect.ts). Real texts: the 2026 drafts («ПРОЕКТ», «ЖОБА»), the
// 1995 Constitution in three languages (data/priors; provenance in /work/shared/corpus/SOURCES.md).
import * as assert from 'assert';
import { DETECT_SAMPLE, detectDraft } from '../../server/src/core';
import { readRepo } from '../support/files';

describe('issue 16.10: does a Plain Text file look like a draft?', () => {
  it('the 2026 drafts (ПРОЕКТ / ЖОБА) and the 1995 texts (ru, kk, en) do, in their language', () => {
    const cases: [string, string][] = [
      ['data/priors/kz-2026-final-draft-ru.txt', 'ru'], ['data/priors/kz-2026-final-draft-kk.txt', 'kk'],
      ['data/priors/kz-1995-ru.txt', 'ru'], ['data/priors/kz-1995-kk.txt', 'kk'], ['data/priors/kz-1995-en.txt', 'en'],
    ];
    for (const [f, lang] of cases) {
      const d = detectDraft(readRepo(f));
      assert.deepStrictEqual([d.draft, d.lang, d.reason], [true, lang, 'title+headings'], f);
    }
    assert.ok(readRepo('data/priors/kz-2026-final-draft-ru.txt').startsWith('ПРОЕКТ\n'));
    assert.ok(readRepo('data/priors/kz-2026-final-draft-kk.txt').startsWith('ЖОБА\n'));
  });

  it('only the head is read: the draft is recognised from its first 20,000 characters, even cut mid-line', () => {
    const text = readRepo('data/priors/kz-2026-final-draft-ru.txt');
    assert.ok(text.length > 4 * DETECT_SAMPLE);
    assert.strictEqual(detectDraft(text.slice(0, DETECT_SAMPLE + 7)).draft, true);
    // «ПРОЕКТ» followed by prose only, then the first heading beyond the sample: not judged a draft
    const late = 'ПРОЕКТ\n' + 'Текст без заголовков.\n'.repeat(DETECT_SAMPLE / 10) + 'Статья 1\n1. Текст.\n';
    assert.strictEqual(detectDraft(late).draft, false);
  });

  it('an excerpt without a title (articles 62–70 of the 2026 draft) does', () => {
    const lines = readRepo('data/priors/kz-2026-final-draft-ru.txt').split('\n');
    const d = detectDraft(lines.slice(355, 406).join('\n'));
    assert.deepStrictEqual([d.draft, d.reason], [true, 'headings']);
  });

  it('«ПРОЕКТ» over a contract, a README, a letter, an empty file do not', () => {
    assert.strictEqual(detectDraft('ПРОЕКТ\nДОГОВОР аренды нежилого помещения\n1. Арендодатель передаёт помещение.\n2. Срок аренды — год.\n').draft, false);
    assert.strictEqual(detectDraft(readRepo('README.md')).draft, false);
    assert.strictEqual(detectDraft('DRAFT\nDear colleagues,\nplease find the minutes attached.\n').draft, false);
    assert.strictEqual(detectDraft('').draft, false);
    assert.strictEqual(detectDraft('Статья 1\nСтатья 2\n').draft, false, 'two headings without a title are too few');
  });
});
