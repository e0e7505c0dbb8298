// *Ata Zan: Generate Amendment Bill* (issue 11): the server answers `atazan/amendmentBill {uri}` with the
// bill that turns the act in force (the prior setting, in the draft's language) into the open draft, over
// stdio. The bill is the core's `amend` of the same texts; a draft equal to the act gives no bill; an
// English draft is refused with a message (bills are written in Russian or Kazakh).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { amend, analyze } from '../../server/src/core';
import { ROOT, RU_TEXT, RU_URI, open, startServer, type Server } from '../support/harness';

interface Bill { text: string; lang: string; instructions: number; unexpressed: string[]; renumbered: string[]; style: string; reasons: string[]; prior: string; label: string }

const prior = (f: string) => readFileSync(path.join(ROOT, 'data/priors', f), 'utf8');
const uri = (name: string) => pathToFileURL(path.join(ROOT, 'examples', name)).href;

describe('LSP: atazan/amendmentBill (issue 11, Generate Amendment Bill)', function () {
  this.timeout(60000);
  let s: Server;
  const bill = (u: string, style?: string) => s.conn.sendRequest('atazan/amendmentBill', { uri: u, ...(style ? { style } : {}) }) as Promise<Bill>;

  before(async () => {
    s = await startServer({ settings: { prior: 'kz-1995', priorLanguage: 'ru' } });
  });
  after(async () => {
    await s?.stop();
  });

  for (const [lang, from, to] of [
    ['ru', 'является высшим представительным органом Республики', 'является высшим представительным государственным органом Республики'],
    ['kk', 'асыратын Республиканың ең жоғары өкiлдi органы.', 'асыратын Республиканың ең жоғары өкiлдi мемлекеттік органы.'],
  ] as const) {
    it(`${lang}: a copy of the 1995 text with words added → the one-instruction bill in ${lang} (the act taken in the draft's language)`, async () => {
      const act = prior(`kz-1995-${lang}.txt`);
      assert.ok(act.includes(from));
      const draft = act.replace(from, to);
      const u = uri(`amend-${lang}.const.txt`);
      open(s, u, draft);
      const r = await bill(u);
      assert.equal(r.lang, lang);
      assert.equal(r.prior, 'kz-1995');
      assert.equal(r.instructions, 1);
      assert.deepEqual(r.unexpressed, []);
      assert.deepEqual([r.style, r.reasons], ['units', []]);
      assert.equal(r.text, amend(analyze(act), analyze(draft), { lang }).text);
      assert.match(r.text, lang === 'ru' ? /\n1\. Пункт 1 статьи 49 после слова «представительным» дополнить словом «государственным»\.\n/u : /\n1\. 49-баптың 1-тармағы «өкiлдi» деген сөзден кейін «мемлекеттік» деген сөзбен толықтырылсын\.\n/u);
    });
  }

  it('the 2026 draft against 1995: a new edition of the whole act, with why instructions cannot express it; style "units" forces a bill of every article', async () => {
    open(s, RU_URI, RU_TEXT);
    const r = await bill(RU_URI);
    assert.equal(r.lang, 'ru');
    assert.equal(r.style, 'new-edition');
    assert.equal(r.text, amend(analyze(prior('kz-1995-ru.txt')), analyze(RU_TEXT), { lang: 'ru' }).text);
    assert.match(r.text, /\nСтатья 1\. Конституцию Республики Казахстан изложить в новой редакции:\n\n«/u);
    assert.ok(r.text.includes(`\n«${RU_TEXT}».\n`));
    assert.equal(r.instructions, 1);
    // The reasons in the UI language (en here), each unit named.
    assert.deepEqual(r.reasons.slice(0, 2), ['articles 83-1, 94-1, 94-2, 97, 98, 99 would remain as exclusion notes (a bill never renumbers)', 'sections X, XI added']);
    const u = await bill(RU_URI, 'units');
    assert.equal(u.style, 'units');
    assert.equal(u.text, amend(analyze(prior('kz-1995-ru.txt')), analyze(RU_TEXT), { lang: 'ru', style: 'units' }).text);
    assert.ok(u.instructions > 90, String(u.instructions));
    assert.ok(u.unexpressed.includes('sections'));
    assert.deepEqual(u.reasons, r.reasons);
  });

  it('a draft that renumbered: the bill inserts «2-1» and names the units that keep the act\'s numbers', async () => {
    const act = prior('kz-1995-ru.txt');
    const from = '\n3. Никто не может присваивать власть';
    const next = '\n4. Государственная власть в Республике';
    assert.ok(act.includes(from) && act.includes(next));
    const draft = act.replace(next, '\n5.' + next.slice(3)).replace(from, '\n3. Новый пункт.\n4.' + from.slice(3));
    const u = uri('renumbered-ru.const.txt');
    open(s, u, draft);
    const r = await bill(u);
    assert.equal(r.instructions, 1);
    assert.match(r.text, /\n1\. Статью 3 дополнить пунктом 2-1 следующего содержания:\n\n«2-1\. Новый пункт\.»\.\n/u);
    assert.deepEqual(r.renumbered, ['3.3 → 2-1', '3.4 → 3', '3.5 → 4']);
  });

  it('the act itself: no bill', async () => {
    const u = uri('same-ru.const.txt');
    open(s, u, prior('kz-1995-ru.txt'));
    const r = await bill(u);
    assert.equal(r.text, '');
    assert.equal(r.instructions, 0);
  });

  it('an English draft: refused, with the reason', async () => {
    const u = uri('en.const.txt');
    open(s, u, prior('kz-1995-en.txt'));
    await assert.rejects(bill(u), /written in Russian or Kazakh; the draft is in en/);
  });
});
