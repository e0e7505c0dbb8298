// Mocha configuration. `npm test` runs every unit and LSP test; `npx mocha test/unit/x.test.ts` runs
// only the files named (a spec in the config would otherwise be added to them).
const named = process.argv.slice(2).some((a) => /\.test\.ts$/.test(a));
module.exports = {
  require: ['tsx/cjs'],
  extension: ['ts'],
  spec: named ? [] : ['test/unit/**/*.test.ts', 'test/lsp/**/*.test.ts'],
  timeout: 60000,
  reporter: 'spec',
};
