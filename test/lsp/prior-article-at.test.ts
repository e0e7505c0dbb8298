// Issue 16.10: *Open Prior Article* from the palette opens the prior article matching the article under
// the cursor. The server answers `atazan/priorArticleAt {textDocument, position}` with the prior id and
// language, the matching article and the range of its heading in the prior text; with no article under
// the cursor (or a new article), the list of prior articles to choose from.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { KK_TEXT, KK_URI, ROOT, RU_TEXT, RU_URI, open, startServer, type Server } from '../support/harness';
import { cursorPos } from '../support/text';

interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
interface At {
  prior: string; lang: string; label: string; draft?: string; status?: string; article?: string; range?: Range;
  others?: string[]; articles?: { number: string; title?: string; words: string; range: Range }[];
}

const prior = (f: string) => readFileSync(path.join(ROOT, 'data/priors', f), 'utf8').split('\n');
const P95RU = prior('kz-1995-ru.txt');
const P95KK = prior('kz-1995-kk.txt');

describe('LSP: atazan/priorArticleAt (issue 16.10, Open Prior Article)', function () {
  this.timeout(60000);
  let s: Server;
  const at = (uri: string, position: { line: number; character: number }) =>
    s.conn.sendRequest('atazan/priorArticleAt', { textDocument: { uri }, position }) as Promise<At>;

  before(async () => {
    s = await startServer({ settings: { prior: 'kz-1995' } });
    open(s, RU_URI, RU_TEXT);
    open(s, KK_URI, KK_TEXT);
  });
  after(async () => {
    await s?.stop();
  });

  it('in the body of 2026 Article 12: 1995 Article 13, with the range of its heading in the 1995 text', async () => {
    const r = await at(RU_URI, cursorPos(RU_TEXT, '2. Каждый $0человек имеет право на судебную защиту'));
    assert.equal(r.prior, 'kz-1995');
    assert.equal(r.lang, 'ru');
    assert.equal(r.draft, '12');
    assert.equal(r.article, '13');
    assert.equal(P95RU[r.range!.start.line], 'Статья 13');
    assert.equal(r.articles, undefined);
  });

  it('on the heading «Статья 62»: 1995 Article 63', async () => {
    const head = await at(RU_URI, cursorPos(RU_TEXT, '\nСт$0атья 62\n'));
    assert.equal(head.article, '63');
    assert.equal(P95RU[head.range!.start.line], 'Статья 63');
  });

  it('Kazakh draft: «62-бап» → the Kazakh 1995 text, «63-бап»', async () => {
    const r = await at(KK_URI, cursorPos(KK_TEXT, '\n6$02-бап\n'));
    assert.equal(r.lang, 'kk');
    assert.equal(r.article, '63');
    assert.equal(P95KK[r.range!.start.line], '63-бап');
  });

  it('outside any article (the preamble): no article, the 1995 articles to choose from', async () => {
    const r = await at(RU_URI, { line: 2, character: 5 });
    assert.equal(r.draft, undefined);
    assert.equal(r.article, undefined);
    const heads = P95RU.filter((l) => /^Статья \d/.test(l));
    assert.equal(r.articles!.length, heads.length);
    const a13 = r.articles!.find((a) => a.number === '13')!;
    assert.equal(P95RU[a13.range.start.line], 'Статья 13');
    assert.match(a13.words, /^1\. Каждый имеет право на признание его правосубъектности/);
  });

  it('a new article (2026 Article 86): says so and offers the list', async () => {
    const r = await at(RU_URI, cursorPos(RU_TEXT, '\nСт$0атья 86\n'));
    assert.equal(r.draft, '86');
    assert.equal(r.status, 'new');
    assert.equal(r.article, undefined);
    assert.ok(r.articles!.length > 90);
  });
});
