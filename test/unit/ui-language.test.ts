// One language per UI (issue 16.7), pure parts: which language `auto` means, and the reasons a prior
// constitution cannot be used (worded in English by prior-loader.ts) shown in that language inside
// the prior-unavailable message and hover — not «Предыдущую конституцию нельзя использовать: the file
// does not exist».
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { actFile, bundledAct, formatMessage, resolveMessageLanguage } from '../../server/src/core';
import { PriorLoader, resolveWorkspacePath } from '../../server/src/prior-loader';
import { BundledTexts } from '../../server/src/prior-source';

describe('UI language', () => {
  it('auto follows the client UI language; a setting wins', () => {
    const cases: [string, string | undefined, string][] = [
      ['auto', 'ru', 'ru'], ['auto', 'ru-RU', 'ru'], ['auto', 'kk', 'kk'], ['auto', 'kk-KZ', 'kk'],
      ['auto', 'en-US', 'en'], ['auto', 'de', 'en'], ['auto', undefined, 'en'], ['ru', 'en-US', 'ru'], ['kk', 'ru', 'kk'], ['en', 'ru', 'en'],
    ];
    for (const [setting, locale, want] of cases) assert.equal(resolveMessageLanguage(setting, locale), want, `${setting} / ${locale}`);
  });

  describe('the reasons a prior cannot be used, in the UI language', () => {
    let ws: string;
    const reasons: string[] = [];
    before(() => {
      ws = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-ui-lang-'));
      fs.mkdirSync(path.join(ws, 'dir'));
      fs.writeFileSync(path.join(ws, 'nul.txt'), 'Статья 1\n\u0000\n');
      fs.writeFileSync(path.join(ws, 'latin1.txt'), Buffer.from([0x53, 0xe9, 0xe9, 0x0a]));
      fs.writeFileSync(path.join(ws, 'big.txt'), 'Статья 1\n' + 'слово '.repeat(400));
      fs.writeFileSync(path.join(ws, 'prose.txt'), 'Просто текст без статей.\n');
      const l = new PriorLoader({ maxBytes: 1000 });
      const ctx = { folders: [ws], trusted: true };
      for (const p of ['nope.txt', 'dir', 'nul.txt', 'latin1.txt', 'big.txt', 'prose.txt', '../outside.txt', '']) {
        const r = l.load(p || ' ', 'ru', ctx);
        if (!r.ok) reasons.push(r.reason);
      }
      const untrusted = l.load('prose.txt', 'ru', { folders: [ws], trusted: false });
      if (!untrusted.ok) reasons.push(untrusted.reason);
      const noFolder = resolveWorkspacePath('x.txt', [], true);
      if (!noFolder.ok) reasons.push(noFolder.reason);
      const web = new BundledTexts({}).load('texts/old.txt', 'ru'); // VS Code for the Web: no file system
      if (!web.ok) reasons.push(web.reason);
      const en2026 = actFile(bundledAct('kz-2026')!, 'en');
      if ('reason' in en2026) reasons.push(en2026.reason);
    });
    after(() => fs.rmSync(ws, { recursive: true, force: true }));

    it('every reason the loader gives has its ru and kk wording', () => {
      assert.ok(reasons.length >= 10, reasons.join('\n'));
      // What may stay Latin: quoted names and paths, setting names and values, encodings, MB.
      const latinLeft = (s: string) => s
        .replace(/“[^”]*”|«[^»]*»|"[^"]*"/g, '')
        .replace(/[\w./-]+\.txt\b/g, '').replace(/\b(?:kz-1995|kz-2026|UTF-8|NUL|data\/priors)\b/g, '')
        .match(/[A-Za-z]{2,}/g) ?? [];
      for (const reason of reasons) {
        for (const lang of ['ru', 'kk'] as const) {
          const msg = formatMessage('prior-unavailable', { prior: 'x.txt', reason }, lang);
          assert.deepEqual(latinLeft(msg), [], `${lang}: ${msg}`);
        }
        assert.ok(formatMessage('prior-unavailable', { prior: 'x.txt', reason }, 'en').endsWith(reason));
      }
    });
  });
});
