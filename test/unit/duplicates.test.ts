// Issue 16.4: a duplicated number is reported at both headings, with the fixes at both; a heading whose
// number is duplicated shows no prior match (inlay hint, hover diff) and no code lens; its citations are
// ambiguous, not bound to the first heading.

import { strict as assert } from 'assert';
import {
  analyze, applyEdits, comparePrior, formatMessage, priorHoverMarkdown, priorInlayLabel, renumberPlan,
} from '../../server/src/core';
import { codeActionsFor, serviceWith } from '../support/service';
import { corpus } from '../support/files';
import { lineAt } from '../support/text';

const RU = corpus('kz-2026-final-draft-ru.txt');
const PRIOR = analyze(corpus('kz-1995-ru.txt'));
// The drafter types a new «Статья 62» above the old article 62.
const TYPED = RU.replace('\nСтатья 62\n', '\nСтатья 62\nКурултай вправе образовывать комиссии.\nСтатья 62\n');

describe('issue 16.4: a duplicated article number', () => {
  const an = analyze(TYPED);
  const dups = an.diagnostics.filter((d) => d.code === 'article-number-duplicate');
  const newLine = lineAt(TYPED, TYPED.indexOf('\nСтатья 62\n') + 1);

  it('is reported at both headings, each naming both lines', () => {
    assert.deepEqual(dups.map((d) => lineAt(TYPED, d.span.start)), [newLine, newLine + 2]);
    for (const d of dups) {
      assert.equal(TYPED.slice(d.span.start, d.span.end), '62');
      assert.equal(d.message, `Article 62 is numbered twice: lines ${newLine} and ${newLine + 2}`);
      assert.equal(formatMessage(d.code, d.args, 'ru'), `Номер статьи 62 повторяется: строки ${newLine} и ${newLine + 2}`);
    }
  });

  it('the fixes are offered at both headings, and each fix leaves no numbering problem', () => {
    for (const d of dups) {
      const acts = codeActionsFor(an.text, d, 'en');
      assert.ok(acts.length >= 2, `${lineAt(TYPED, d.span.start)}: ${acts.map((a) => a.title)}`);
      assert.equal(acts.filter((a) => a.isPreferred).length, 1);
      for (const a of acts) {
        const after = analyze(applyEdits(TYPED, a.edits));
        assert.deepEqual(after.diagnostics.filter((x) => /-number-/.test(x.code)).map((x) => x.message), [], a.title);
      }
    }
    // At the heading just typed: «62 → 61-1» settles the three citations on the old article, and says so.
    const atNew = codeActionsFor(an.text, dups[0], 'en');
    const rename = atNew.find((a) => a.title.startsWith('Change article number 62 to 61-1'))!;
    assert.match(rename.title, /re-points 3 citations of article 62$/);
    assert.notEqual(rename.isPreferred, true);
  });

  it('its citations are ambiguous (not bound to the first heading), and no renumbering rewrites them', () => {
    assert.deepEqual(an.diagnostics.filter((d) => d.code.startsWith('reference-')).map((d) => [d.code, lineAt(TYPED, d.span.start)]),
      [['reference-ambiguous', 198], ['reference-ambiguous', 201], ['reference-ambiguous', 206]]);
    const plan = renumberPlan(an);
    const out = applyEdits(TYPED, plan.edits);
    assert.equal((out.match(/пунктом 3 статьи 62 Конституции/g) ?? []).length, 3);
  });

  it('go to definition on an ambiguous citation offers both headings', () => {
    const at = TYPED.indexOf('пунктом 3 статьи 62') + 'пунктом 3 статьи 6'.length;
    const { service, uri } = serviceWith(TYPED);
    const defs = service.definition(uri, at);
    assert.deepEqual(defs.map((d) => lineAt(TYPED, d.numberSpan.start)), [newLine, newLine + 2]);
  });

  it('neither heading shows a prior match (inlay hint, hover diff) or a code lens', () => {
    const cmp = comparePrior(an, PRIOR, 'kz-1995');
    assert.equal(priorInlayLabel(cmp, '62', 'ru'), null);
    assert.equal(priorHoverMarkdown(cmp, '62', 'ru'), null);
    const lenses = (text: string) => { const { service, uri } = serviceWith(text); return service.codeLenses(uri, 'all', 'ru'); };
    assert.ok(!lenses(TYPED).some((l) => l.article === '62'));
    // Unchanged for the others, and for 62 once the number is unique again.
    assert.match(priorInlayLabel(cmp, '61', 'ru') ?? '', /^1995: /);
    const cmp0 = comparePrior(analyze(RU), PRIOR, 'kz-1995');
    assert.match(priorInlayLabel(cmp0, '62', 'ru') ?? '', /^1995: /);
    assert.ok(lenses(RU).some((l) => l.article === '62'));
  });
});
