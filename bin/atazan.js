#!/usr/bin/env node
'use strict';
// Command-line entry point: the CLI itself is bundled into dist/cli.js by `npm run build`.
const path = require('path');
const fs = require('fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write(`atazan: ${path.relative(process.cwd(), cli) || cli} is missing; run \`npm run build\` first\n`);
  process.exit(2);
}
// `atazan … | head`: the reader went away; stop quietly, as Unix tools do, instead of a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
require(cli);
