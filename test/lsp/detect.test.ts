// Issue 16.10 over LSP: `atazan/detectDraft {text}` answers whether the head of a Plain Text file looks
// like a constitutional draft (the client is thin: the rule is the server's).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { KK_TEXT, ROOT, startServer, type Server } from '../support/harness';

describe('LSP: atazan/detectDraft (issue 16.10)', function () {
  this.timeout(60000);
  let s: Server;
  before(async () => {
    s = await startServer();
  });
  after(async () => {
    await s?.stop();
  });
  const detect = (text: unknown) => s.conn.sendRequest('atazan/detectDraft', { text }) as Promise<{ draft: boolean; lang: string }>;

  it('the head of a draft is one; a README, prose under «ПРОЕКТ» and junk are not', async () => {
    const head = readFileSync(path.join(ROOT, 'data/priors/kz-2026-final-draft-ru.txt'), 'utf8').split('\n').slice(0, 400).join('\n');
    assert.deepEqual(await detect(head), { draft: true, lang: 'ru', reason: 'title+headings' });
    assert.equal((await detect(KK_TEXT.slice(0, 5000))).lang, 'kk');
    assert.equal((await detect(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))).draft, false);
    assert.equal((await detect('ПРОЕКТ\nПисьмо коллегам.\n')).draft, false);
    assert.equal((await detect(42)).draft, false);
    assert.equal((await detect(undefined)).draft, false);
  });
});
