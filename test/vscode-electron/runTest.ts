// Runs the integration suite (suite/) inside a real VS Code downloaded by @vscode/test-electron —
// the harness extension maintainers expect. `npm run test:electron`.
//
// VS Code versions: ATAZAN_VSCODE_VERSIONS (comma-separated, default "stable"; e.g. "1.91.0,stable"
// checks the minimum engine as well). This needs to reach VS Code's update service; on machines that
// cannot, the same suite is run inside code-server by test/e2e/vscode-suite.e2e.mjs.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // out/test/vscode-electron/runTest.js → repository root
  const root = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.resolve(__dirname, 'suite', 'index');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-electron-'));
  fs.copyFileSync(path.join(root, 'examples', 'draft-2026-ru.const.txt'), path.join(workspace, 'draft-2026-ru.const.txt'));

  const versions = (process.env.ATAZAN_VSCODE_VERSIONS || 'stable').split(',').map((v) => v.trim()).filter(Boolean);
  for (const version of versions) {
    console.log(`[test:electron] VS Code ${version}`);
    await runTests({
      version,
      extensionDevelopmentPath: root,
      extensionTestsPath,
      extensionTestsEnv: { ATAZAN_TEST_WORKSPACE: workspace, ATAZAN_REPO_ROOT: root },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  }
  fs.rmSync(workspace, { recursive: true, force: true });
}

main().catch((err) => {
  console.error('[test:electron] failed:', err);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo/.test(String(err?.code ?? err))) {
    console.error('[test:electron] VS Code could not be downloaded here; `npm run test:vscode-suite` runs the same suite inside code-server.');
  }
  process.exit(1);
});
