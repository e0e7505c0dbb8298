// Lazy DOCX (issue 14): the DOCX writer and the `docx` package are their own bundle, dist/docx.js,
// loaded on the first DOCX export; dist/server.js and dist/cli.js do not carry them. The export still
// works from the bundles: over LSP (dist/server.js) and from the command line (bin/atazan.js).

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildOnce, open, ROOT, RU_PATH, RU_TEXT, RU_URI, startServer, type Server } from '../support/harness';

const dist = (name: string) => fs.readFileSync(path.join(ROOT, 'dist', name), 'utf8');
/** Code of the writer (table/docx.ts) and of the `docx` package. */
const DOCX_CODE: [string, RegExp][] = [
  ['the docx package (its Packer)', /\bPacker\b/],
  ['the docx package (WordprocessingML parts)', /word\/document\.xml/],
  ['the writer (its table style)', /tableHeader/],
];

describe('LSP: the DOCX writer is loaded only when exporting', function () {
  this.timeout(120000);
  let s: Server | null = null;

  before(() => buildOnce());
  after(async () => {
    await s?.stop();
  });

  it('dist/server.js and dist/cli.js do not carry it; dist/docx.js does; the .vsix ships dist/docx.js', () => {
    for (const [what, re] of DOCX_CODE) assert.match(dist('docx.js'), re, `dist/docx.js: ${what}`);
    for (const bundle of ['server.js', 'cli.js']) {
      const code = dist(bundle);
      for (const [what, re] of DOCX_CODE) assert.doesNotMatch(code, re, `dist/${bundle}: ${what}`);
      assert.match(code, /require\(["']\.\/docx\.js["']\)/, `dist/${bundle} loads ./docx.js`);
    }
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!dist/docx.js'), '.vscodeignore keeps dist/docx.js');
  });

  it('over LSP: atazan/exportComparativeTable as docx returns a Word file', async () => {
    s = await startServer();
    open(s, RU_URI, RU_TEXT);
    const r = (await s.conn.sendRequest('atazan/exportComparativeTable', { uri: RU_URI, format: 'docx' })) as { base64?: string };
    const bytes = Buffer.from(r.base64 ?? '', 'base64');
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a ZIP container');
    assert.ok(bytes.includes(Buffer.from('word/document.xml')), 'with a Word document in it');
  });

  it('the CLI: atazan table --format docx -o writes a Word file', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-docx-'));
    try {
      const out = path.join(tmp, 'table.docx');
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'atazan.js'), 'table', RU_PATH, '--format', 'docx', '-o', out], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /comparative table written/);
      const bytes = fs.readFileSync(out);
      assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
      assert.ok(bytes.includes(Buffer.from('word/document.xml')));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
