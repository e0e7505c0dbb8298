// Mocha configuration. `npm test` runs every unit and LSP test; `npx mocha test/unit/x.test.ts` runs
// only the files named (a spec in the config would otherwise be added to them).
const named = process.argv.slice(2).some((a) => /\.test\.ts$/.test(a));
module.exports = {
  // tsx runs the TypeScript tests; the root hooks kill language servers left by a timed-out test.
  require: ['tsx/cjs', './test/support/hooks.ts'],
  extension: ['ts'],
  spec: named ? [] : ['test/unit/**/*.test.ts', 'test/lsp/**/*.test.ts'],
  timeout: 60000,
  reporter: 'spec',
};
