#!/usr/bin/env node
// End-to-end test with a second, non-VS Code LSP client: headless Neovim (Debian's 0.7.2) starts
// `bin/atazan-language-server.js --stdio`, opens the example draft and a copy with seeded defects,
// waits for diagnostics, and asks hover / definition / document symbols at a reference. The Lua side
// writes what it got to a JSON file; this script asserts it.
//
//   npm run build && npm run e2e:neovim
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Checks, descendants, killTree, norm } from './lib.mjs';
import { seedDefects } from '../support/text.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NVIM = process.env.NVIM_BIN || 'nvim';
const checks = new Checks('neovim');
const T0 = Date.now();
const log = (m) => console.log(`[neovim +${((Date.now() - T0) / 1000).toFixed(1)}s] ${m}`);

const DRAFT = 'draft-2026-ru.const.txt';
const DEFECTS = 'draft-2026-ru-defects.const.txt';
const draftText = readFileSync(join(ROOT, 'examples', DRAFT), 'utf8');
const lines = draftText.split(/\r?\n/);

// Reference «статьи 62» (0-based LSP position on "62"; LSP characters are UTF-16 units = JS indices).
const refLine0 = lines.findIndex((l) => /статьи 62\b/.test(l));
const refChar = lines[refLine0].indexOf('статьи 62') + 'статьи '.length;
const art62Line0 = lines.findIndex((l) => /^Статья 62\s*$/.test(l));
let art62End0 = lines.findIndex((l, i) => i > art62Line0 && /^(Статья|Раздел|Глава)\s/.test(l)) - 1;
if (art62End0 < 0) art62End0 = lines.length - 1;
const art62Fragments = lines
  .slice(art62Line0 + 1, art62End0 + 1)
  .map((l) => l.replace(/^\d+\.\s*/, '').slice(0, 40).trim())
  .filter((s) => s.length >= 20);


function luaString(s) {
  return JSON.stringify(s); // a JSON string literal is a valid Lua string literal for these paths
}

function initLua({ server, ws, out }) {
  return `
local out_path = ${luaString(out)}
local result = { steps = {} }
local function step(s) table.insert(result.steps, s) end
local function finish(err)
  if err then result.error = tostring(err) end
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'atazan',
    cmd = { 'node', ${luaString(server)}, '--stdio' },
    root_dir = ${luaString(ws)},
    init_options = { displayLanguage = 'en', workspaceTrusted = true },
  })
  assert(client_id, 'start_client failed')
  step('started client ' .. client_id)

  local function open(name)
    vim.cmd('edit ' .. vim.fn.fnameescape(${luaString(ws)} .. '/' .. name))
    local buf = vim.api.nvim_get_current_buf()
    vim.bo[buf].filetype = 'constitution'
    assert(vim.lsp.buf_attach_client(buf, client_id), 'buf_attach_client failed')
    return buf
  end

  -- 1. diagnostics of the copy with seeded defects
  local dbuf = open(${luaString(DEFECTS)})
  local got = vim.wait(30000, function() return #vim.diagnostic.get(dbuf) >= 2 end, 100)
  step('defect diagnostics arrived: ' .. tostring(got))
  result.defect_diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(dbuf)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(result.defect_diagnostics, {
      lnum = d.lnum, col = d.col, severity = d.severity, message = d.message,
      code = d.code or lsp.code, source = d.source or lsp.source,
    })
  end

  -- 2. the example draft: hover, definition and symbols at «статьи 62»
  local buf = open(${luaString(DRAFT)})
  local uri = vim.uri_from_bufnr(buf)
  local pos = { line = ${refLine0}, character = ${refChar} }
  local params = { textDocument = { uri = uri }, position = pos }

  local function first_result(resps)
    for _, r in pairs(resps or {}) do
      if r.error then return nil, r.error end
      if r.result ~= nil then return r.result end
    end
    return nil
  end

  local hover, herr = first_result(vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 20000))
  result.hover = hover
  result.hover_error = herr
  step('hover done')

  local def, derr = first_result(vim.lsp.buf_request_sync(buf, 'textDocument/definition', params, 20000))
  result.definition = def
  result.definition_error = derr
  step('definition done')

  local syms, serr = first_result(vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, 20000))
  result.symbols = {}
  for _, s in ipairs(syms or {}) do
    local children = {}
    for _, c in ipairs(s.children or {}) do table.insert(children, c.name) end
    table.insert(result.symbols, { name = s.name, children = children })
  end
  result.symbols_error = serr
  step('symbols done')

  -- the example draft itself has no problems: give the server a moment to publish, then read them
  vim.wait(1500, function() return false end, 100)
  result.draft_diagnostics = #vim.diagnostic.get(buf)
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 100)
end)
finish(not ok and err or nil)
`;
}

async function main() {
  const server = join(ROOT, 'bin', 'atazan-language-server.js');
  if (!existsSync(join(ROOT, 'dist', 'server.js'))) {
    log('dist/server.js missing: npm run build');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const version = execFileSync(NVIM, ['--version'], { encoding: 'utf8' }).split('\n')[0];
  log(`${version}`);

  const tmp = mkdtempSync(join(tmpdir(), 'atazan-nvim-'));
  const ws = join(tmp, 'workspace');
  mkdirSync(ws);
  writeFileSync(join(ws, DRAFT), draftText);
  writeFileSync(join(ws, DEFECTS), seedDefects(draftText));
  const out = join(tmp, 'result.json');
  const init = join(tmp, 'init.lua');
  writeFileSync(init, initLua({ server, ws, out }));

  let res;
  try {
    const nvim = spawn(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${init}`], {
      cwd: ws,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, XDG_STATE_HOME: join(tmp, 'state'), XDG_DATA_HOME: join(tmp, 'data'), XDG_CACHE_HOME: join(tmp, 'cache') },
    });
    let stderr = '';
    nvim.stderr.on('data', (d) => (stderr += d));
    nvim.stdout.on('data', () => {});
    const seen = new Set();
    const poll = setInterval(() => descendants(nvim.pid).forEach((p) => seen.add(p)), 300);
    const code = await new Promise((resolveExit) => {
      const timer = setTimeout(async () => {
        log('Neovim did not finish in 120 s: stopping it');
        await killTree(nvim.pid, { extraPids: [...seen] });
      }, 120000);
      nvim.on('exit', (c, sig) => {
        clearTimeout(timer);
        resolveExit(c ?? sig);
      });
    });
    clearInterval(poll);
    // The server should have exited with Neovim; stop anything left over, by pid.
    const left = [...seen].filter((p) => { try { process.kill(p, 0); return true; } catch { return false; } });
    if (left.length) {
      log(`stopping ${left.length} leftover process(es): ${left.join(', ')}`);
      await killTree(left[0], { extraPids: left });
    }
    log(`nvim exited with ${code}`);
    if (stderr.trim()) log(`nvim stderr: ${stderr.trim().slice(0, 500)}`);
    assert.ok(existsSync(out), 'Neovim wrote its results');
    res = JSON.parse(readFileSync(out, 'utf8'));
    mkdirSync(join(ROOT, 'test-results', 'e2e'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'e2e', 'neovim-result.json'), JSON.stringify(res, null, 2));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  log(`steps: ${(res.steps ?? []).join('; ')}`);
  await checks.check('the Lua side ran without error', () => assert.equal(res.error, undefined, res.error));

  await checks.check('diagnostics: the seeded article-number-gap and reference-unresolved-article (620)', () => {
    const ds = res.defect_diagnostics ?? [];
    const gap = ds.find((d) => d.code === 'article-number-gap');
    const unresolved = ds.find((d) => d.code === 'reference-unresolved-article');
    assert.ok(gap, `article-number-gap among ${JSON.stringify(ds.map((d) => d.code))}`);
    assert.ok(unresolved, `reference-unresolved-article among ${JSON.stringify(ds.map((d) => d.code))}`);
    assert.match(unresolved.message, /620/);
    log(`diagnostics: ${ds.length}; «${gap.message}» / «${unresolved.message}»`);
  });

  await checks.check('the example draft has no diagnostics', () => assert.equal(res.draft_diagnostics, 0));

  await checks.check(`hover on «статьи 62» (${refLine0}:${refChar}) shows the text of article 62`, () => {
    const c = res.hover?.contents;
    assert.ok(c, `hover result: ${JSON.stringify(res.hover ?? res.hover_error)}`);
    const text = typeof c === 'string' ? c : Array.isArray(c) ? c.map((x) => x.value ?? x).join('\n') : c.value;
    assert.ok(art62Fragments.some((f) => norm(text).includes(norm(f))), `hover text: ${norm(text).slice(0, 300)}`);
    log(`hover: ${norm(text).slice(0, 120)}…`);
  });

  await checks.check(`definition of «статьи 62» is in article 62 (lines ${art62Line0}–${art62End0}, 0-based)`, () => {
    const d = res.definition;
    assert.ok(d, `definition result: ${JSON.stringify(res.definition_error ?? d)}`);
    const loc = Array.isArray(d) ? d[0] : d;
    const range = loc.targetSelectionRange ?? loc.targetRange ?? loc.range;
    const uri = loc.targetUri ?? loc.uri;
    assert.ok(uri.endsWith(encodeURIComponent(DRAFT).replace(/%2F/g, '/')) || uri.endsWith(DRAFT), `uri ${uri}`);
    assert.ok(range.start.line >= art62Line0 && range.start.line <= art62End0, `definition at line ${range.start.line}`);
    log(`definition: ${uri.split('/').pop()}:${range.start.line}:${range.start.character}`);
  });

  await checks.check('document symbols: «Раздел I…» containing «Статья 1»', () => {
    const syms = res.symbols ?? [];
    const sec = syms.find((s) => /^Раздел I\b/.test(s.name));
    assert.ok(sec, `symbols: ${JSON.stringify(syms.map((s) => s.name).slice(0, 5))}`);
    assert.ok(sec.children.some((c) => /^Статья 1\b/.test(c)), `children of ${sec.name}: ${sec.children.slice(0, 3)}`);
  });
}

try {
  await main();
} catch (err) {
  checks.fail('neovim harness', err);
}
log(`finished in ${((Date.now() - T0) / 1000).toFixed(1)} s`);
process.exit(checks.summary());
