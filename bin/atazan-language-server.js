#!/usr/bin/env node
'use strict';
// The Ata Zan language server for any LSP client: `atazan-language-server --stdio`.
// (VS Code's client starts dist/server.js itself, over IPC.)
const path = require('path');
const fs = require('fs');
const server = path.join(__dirname, '..', 'dist', 'server.js');
if (!fs.existsSync(server)) {
  process.stderr.write(`atazan-language-server: ${server} is missing; run \`npm run build\` first\n`);
  process.exit(2);
}
require(server);
