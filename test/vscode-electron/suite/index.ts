// Entry point VS Code calls inside the extension host (extensionTestsPath): runs every
// *.test.js next to this file with Mocha and resolves or rejects with the result.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: process.env.ATAZAN_MOCHA_REPORTER || 'spec' });
  for (const f of fs.readdirSync(__dirname)) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        // One plain closing line, whatever the reporter printed.
        console.log(`vscode-suite: ${mocha.suite.total() - failures} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
