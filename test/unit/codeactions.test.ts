import { strict as assert } from 'assert';
import { type Analysis, analyze, applyEdits, type CodeAction, type Problem } from '../../server/src/core';
import { codeActionsFor } from '../support/service';
import { corpus } from '../support/files';

/** Diagnostics as "code@line«text»" keys. */
function keys(an: Analysis): string[] {
  return an.diagnostics.map((d) => key(an, d));
}

function key(an: Analysis, d: Problem): string {
  return `${d.code}@${an.lineIndex.positionAt(d.span.start).line + 1}«${an.text.slice(d.span.start, d.span.end)}»`;
}

function only(an: Analysis, code: string): Problem {
  const ps = an.diagnostics.filter((d) => d.code === code);
  assert.equal(ps.length, 1, `${code}: ${JSON.stringify(keys(an))}`);
  return ps[0];
}

/** Applies an action; the diagnostic disappears and no diagnostic appears that was not there before. */
function applyAndCheck(text: string, p: Problem, a: CodeAction): string {
  const an = analyze(text);
  const before = keys(an);
  const out = applyEdits(text, a.edits);
  const after = keys(analyze(out));
  const fixed = key(an, p);
  const line = fixed.slice(0, fixed.indexOf('«'));
  assert.ok(!after.some((k) => k.startsWith(line)) || after.filter((k) => k.startsWith(line)).length < before.filter((k) => k.startsWith(line)).length, `${a.title}: ${fixed} still reported in\n${out}`);
  for (const k of after) assert.ok(before.includes(k), `${a.title}: new diagnostic ${k} in\n${out}`);
  return out;
}

function fix(text: string, code: string, pick: (a: CodeAction[]) => CodeAction | undefined = (a) => a[0]): { out: string; actions: CodeAction[] } {
  const an = analyze(text);
  const p = only(an, code);
  const actions = codeActionsFor(an.text, p);
  const a = pick(actions);
  assert.ok(a, `no action for ${code}: ${JSON.stringify(actions.map((x) => x.title))}`);
  return { out: applyAndCheck(text, p, a), actions };
}

describe('code actions: numbering', () => {
  it('article gap: fix this number rewrites references; renumber from here offered', () => {
    const doc = 'Статья 1\nСм. статью 4.\nСтатья 2\nТекст.\nСтатья 4\nТекст.\n';
    const { out, actions } = fix(doc, 'article-number-gap');
    assert.equal(actions[0].title, 'Change article number 4 to 3 and 1 reference');
    assert.equal(actions[0].isPreferred, true);
    assert.equal(out, 'Статья 1\nСм. статью 3.\nСтатья 2\nТекст.\nСтатья 3\nТекст.\n');
    assert.ok(actions.some((a) => /^Renumber articles from 4 on/.test(a.title)));
  });

  it('article gap followed by more articles: renumber from here', () => {
    const doc = 'Статья 1\nСм. статьи 4 и 5.\nСтатья 2\nТекст.\nСтатья 4\nТекст.\nСтатья 5\nТекст.\n';
    const { out } = fix(doc, 'article-number-gap', (a) => a.find((x) => x.title.startsWith('Renumber')));
    assert.equal(out, 'Статья 1\nСм. статьи 3 и 4.\nСтатья 2\nТекст.\nСтатья 3\nТекст.\nСтатья 4\nТекст.\n');
  });

  it('article duplicate: the next number is taken, so the inserted number that fits (2-1)', () => {
    const doc = 'Статья 1\nТекст.\nСтатья 2\nТекст.\nСтатья 2\nТекст.\nСтатья 3\nТекст.\n';
    const an = analyze(doc);
    const [first, second] = an.diagnostics.filter((d) => d.code === 'article-number-duplicate');
    const actions = codeActionsFor(an.text, second);
    const out = applyEdits(doc, actions[0].edits);
    assert.ok(out.includes('Статья 2-1\n'), out);
    assert.equal(analyze(out).diagnostics.length, 0, out);
    // Issue 16.4: the fixes at the first heading too.
    assert.ok(codeActionsFor(an.text, first).some((a) => a.title.startsWith('Renumber')));
    assert.ok(actions.some((a) => a.title.startsWith('Renumber')));
  });

  it('article order: renumber from here', () => {
    const doc = 'Статья 1\nТекст.\nСтатья 2\nТекст.\nСтатья 4\nТекст.\nСтатья 3\nТекст.\n';
    const an = analyze(doc);
    const p = an.diagnostics.find((d) => d.code === 'article-number-order')!;
    assert.ok(p);
    const actions = codeActionsFor(an.text, p);
    const fixOne = actions.find((a) => a.title.startsWith('Change'))!;
    applyAndCheck(doc, p, fixOne); // 3 → 5: the order problem goes, the old gap before 4 stays
    const from = actions.find((a) => a.title.startsWith('Renumber'))!;
    applyAndCheck(doc, p, from);
  });

  it('inserted number misplaced → follows its predecessor', () => {
    const doc = 'Статья 1\nТекст.\nСтатья 2\nСм. статью 5-1.\nСтатья 5-1\nТекст.\nСтатья 3\nТекст.\n';
    const { out } = fix(doc, 'inserted-number-misplaced');
    assert.ok(out.includes('Статья 2-1\n') && out.includes('См. статью 2-1.'), out);
  });

  it('paragraph gap and subparagraph gap', () => {
    const doc = 'Статья 1\n1. Текст.\n2. Текст:\n1) одно;\n3) другое.\n4. См. пункт 4 и подпункт 3) пункта 2 настоящей статьи.\n';
    const an = analyze(doc);
    const gaps = an.diagnostics.filter((d) => d.code === 'paragraph-number-gap' || d.code === 'subparagraph-number-gap');
    assert.equal(gaps.length, 2, JSON.stringify(keys(an)));
    for (const p of gaps) {
      const a = codeActionsFor(an.text, p)[0];
      const out = applyAndCheck(doc, p, a);
      if (p.code === 'paragraph-number-gap') assert.ok(out.includes('3. См. пункт 3 и'), out);
      else assert.ok(out.includes('2) другое.') && out.includes('подпункт 2) пункта 2'), out);
    }
  });

  it('section and chapter numbering: headings only', () => {
    const doc = 'Раздел I. Первый\nСтатья 1\nТекст.\nРаздел III. Второй\nСтатья 2\nТекст.\n';
    const { out } = fix(doc, 'section-number-gap');
    assert.ok(out.includes('Раздел II. Второй'), out);
  });

  it('titles are localised', () => {
    const doc = 'Статья 1\nСм. статью 4.\nСтатья 2\nТекст.\nСтатья 4\nТекст.\n';
    const an = analyze(doc);
    const p = only(an, 'article-number-gap');
    // Grammatical titles (issue 16.7): no «(статья)» template, real plural forms.
    assert.equal(codeActionsFor(an.text, p, 'ru')[0].title, 'Изменить номер статьи 4 на 3 и 1 ссылку');
    assert.equal(codeActionsFor(an.text, p, 'kk')[0].title, '4-баптың нөмірін 3 деп өзгерту (1 сілтемемен бірге)');
  });

  it('on the real 2026 draft: deleting an article heading, the fix restores consecutive numbering', () => {
    const text = corpus('kz-2026-final-draft-ru.txt');
    const i = text.indexOf('\nСтатья 40\n');
    assert.ok(i > 0);
    const doc = text.slice(0, i) + text.slice(text.indexOf('\n', i + 1));
    const { out } = fix(doc, 'article-number-gap', (a) => a.find((x) => x.title.startsWith('Renumber')));
    const an = analyze(out);
    assert.deepEqual(an.diagnostics.filter((d) => d.code.startsWith('article-number')), []);
  });
});

describe('code actions: section numerals', () => {
  for (const [doc, expected] of [
    ['Раздел І. Общие положения\nСтатья 1\nТекст.\n', 'Раздел I.'],
    ['ІІ бөлім. Адам\n1-бап\nМәтін.\n', 'II бөлім'],
    ['Section Х. General\nArticle 1\nText.\n', 'Section X.'],
  ] as const) {
    it(JSON.stringify(expected), () => {
      const an = analyze(doc);
      const p = an.diagnostics.find((d) => d.code === 'section-numeral-invalid')!;
      assert.ok(p, JSON.stringify(keys(an)));
      const a = codeActionsFor(an.text, p);
      assert.equal(a.length, 1);
      const out = applyEdits(doc, a[0].edits);
      assert.ok(out.includes(expected), out);
      assert.ok(!analyze(out).diagnostics.some((d) => d.code === 'section-numeral-invalid'));
    });
  }
});

describe('code actions: unresolved references', () => {
  it('article: the inserted variant that exists («Replace with 3»), preferred when alone', () => {
    const doc = 'Статья 1\nСм. статью 3-1.\nСтатья 2\nТекст.\nСтатья 3\nТекст.\n';
    const { out, actions } = fix(doc, 'reference-unresolved-article');
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, 'Replace with 3');
    assert.equal(actions[0].isPreferred, true);
    assert.ok(out.includes('См. статью 3.'));
  });

  it('article: on the real 1995 text «статьи 83-2» → 83, 83-1', () => {
    const text = corpus('kz-1995-ru.txt').replace('пунктом 3 статьи 91', 'пунктом 3 статьи 83-2');
    const an = analyze(text);
    const p = only(an, 'reference-unresolved-article');
    const actions = codeActionsFor(an.text, p);
    assert.deepEqual(actions.map((a) => a.title), ['Replace with 83', 'Replace with 83-1']);
    applyAndCheck(text, p, actions[1]);
  });

  it('paragraph: same base, or the only paragraph', () => {
    const doc = 'Статья 1\n1. Текст.\n2. Текст.\n2-1. Текст.\nСтатья 2\n1. См. пункт 2-2 статьи 1 и пункт 4 статьи 3.\nСтатья 3\n1. Единственный пункт.\n';
    const an = analyze(doc);
    const ps = an.diagnostics.filter((d) => d.code === 'reference-unresolved-paragraph');
    assert.equal(ps.length, 2);
    const a1 = codeActionsFor(an.text, ps[0]);
    assert.deepEqual(a1.map((a) => a.title), ['Replace with 2', 'Replace with 2-1']);
    applyAndCheck(doc, ps[0], a1[1]);
    const a2 = codeActionsFor(an.text, ps[1]);
    assert.deepEqual(a2.map((a) => a.title), ['Replace with 1']);
    applyAndCheck(doc, ps[1], a2[0]);
  });

  it('subparagraph (English, real text): «subparagraph 10-2) of Article 44» → 10, 10-1', () => {
    const text = corpus('kz-1995-en.txt').replace('subparagraph 10-1) of Article 44', 'subparagraph 10-2) of Article 44');
    const an = analyze(text);
    const p = only(an, 'reference-unresolved-subparagraph');
    const actions = codeActionsFor(an.text, p);
    assert.deepEqual(actions.map((a) => a.title), ['Replace with 10', 'Replace with 10-1']);
    applyAndCheck(text, p, actions[1]);
  });

  it('no candidate, no action', () => {
    const doc = 'Статья 1\nСм. статью 7.\nСтатья 2\nТекст.\n';
    const an = analyze(doc);
    assert.deepEqual(codeActionsFor(an.text, only(an, 'reference-unresolved-article')), []);
  });
});

describe('code actions: ordinal adjectives', () => {
  it('the ordinal rule of Law No. 480-V is not applied to English texts or foreign acts (issue 12)', () => {
    const en = analyze('Article 1\n1. Text.\n2. As stated in the first paragraph of this Article.\n');
    assert.deepEqual(en.diagnostics.map((d) => d.code), []);
    const foreign = analyze('КОНСТИТУЦИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ\nСтатья 1\n1. Текст.\n2. Согласно первому пункту настоящей статьи.\n');
    assert.deepEqual(foreign.diagnostics.map((d) => d.code), []);
    const kazakh = analyze('КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН\nСтатья 1\n1. Текст.\n2. Согласно первому пункту настоящей статьи.\n');
    assert.deepEqual(kazakh.diagnostics.map((d) => d.code), ['reference-ordinal-adjective']);
  });

  const cases: [string, string, string][] = [
    ['Статья 1\n1. Текст.\n2. Согласно первому пункту настоящей статьи.\n', 'Согласно пункту 1 настоящей статьи.', 'Указать номером: «пункту 1»'],
    ['Статья 1\n1. Текст.\n2. Как сказано во втором пункте настоящей статьи.\n3. Текст.\n', 'Как сказано в пункте 2 настоящей статьи.', ''],
    ['Статья 1\n1. Текст.\n2. Первый пункт настоящей статьи применяется.\n', '2. Пункт 1 настоящей статьи применяется.', ''],
    ['1-бап\n1. Мәтін.\n2. Осы баптың бірінші тармағында көзделген.\n', 'Осы баптың 1-тармағында көзделген.', ''],
  ];
  for (const [doc, expected, ruTitle] of cases) {
    it(expected, () => {
      const an = analyze(doc);
      const p = only(an, 'reference-ordinal-adjective');
      const actions = codeActionsFor(an.text, p, ruTitle ? 'ru' : 'en');
      assert.equal(actions.length, 1);
      if (ruTitle) assert.equal(actions[0].title, ruTitle);
      const out = applyAndCheck(doc, p, actions[0]);
      assert.ok(out.includes(expected), out);
    });
  }
});

describe('code actions: other diagnostics', () => {
  it('returns [] for codes without a fix, and never throws on a stale problem', () => {
    const an = analyze('Статья 1\nТекст.\n');
    assert.deepEqual(codeActionsFor(an.text, { code: 'comment-unterminated', severity: 'warning', args: {}, span: { start: 0, end: 1 }, message: '' }), []);
    assert.deepEqual(codeActionsFor(an.text, { code: 'article-number-gap', severity: 'error', args: {}, span: { start: 999, end: 1000 }, message: '' }), []);
  });
});
