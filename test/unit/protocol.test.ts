// The custom protocol is written once (issue 14): server/src/core/protocol.ts names every request,
// notification and command between the client and the server; no other source spells one of them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import {
  ClientCommands, Notifications, PRIOR_SCHEME, Requests, ServerCommands, TABLE_VIEW_TYPE,
} from '../../server/src/core/protocol';

const ROOT = path.join(__dirname, '..', '..');
const PROTOCOL = path.join('server', 'src', 'core', 'protocol.ts');

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (fs.statSync(path.join(ROOT, rel)).isDirectory()) out.push(...tsFiles(rel));
    else if (name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** Every string literal and template-literal piece of a source, with its line. */
function literals(source: string, file = 'x.ts'): { text: string; line: number }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: { text: string; line: number }[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      out.push({ text: n.text, line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const NAMES = new Set<string>([
  ...Object.values(Requests), ...Object.values(Notifications), ...Object.values(ServerCommands),
  ...Object.values(ClientCommands), TABLE_VIEW_TYPE, PRIOR_SCHEME,
]);

/** A literal that names (or builds a link to) a protocol name. */
function spellsProtocol(text: string): boolean {
  return NAMES.has(text) || /^atazan\//.test(text) || /command:atazan\./.test(text);
}

describe('protocol: one definition of the custom names', () => {
  it('the scanner sees names in strings, templates and links', () => {
    const found = literals("const a = 'atazan/priorText';\nconst b = `command:atazan.openPrior?${x}`;\nconst c = \"atazan.revealArticle\";\nconst d = 'atazan.prior';")
      .filter((l) => spellsProtocol(l.text)).map((l) => l.line);
    assert.deepEqual(found, [1, 2, 3]); // a setting name ('atazan.prior') is not a protocol name
  });

  it('no source in client/src or server/src outside core/protocol.ts spells a request, notification or command', () => {
    const files = [...tsFiles(path.join('client', 'src')), ...tsFiles(path.join('server', 'src'))];
    assert.ok(files.includes(PROTOCOL) && files.some((f) => f.endsWith('extension.ts')), 'found the sources');
    const bad: string[] = [];
    for (const f of files) {
      if (f === PROTOCOL) continue;
      for (const l of literals(fs.readFileSync(path.join(ROOT, f), 'utf8'), f)) {
        if (spellsProtocol(l.text)) bad.push(`${f}:${l.line} '${l.text}'`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('the names are distinct, and the requests and notifications are `atazan/…`', () => {
    const methods = [...Object.values(Requests), ...Object.values(Notifications)];
    assert.equal(new Set(methods).size, methods.length);
    for (const m of methods) assert.match(m, /^atazan\/[a-zA-Z]+$/);
    const commands = [...Object.values(ClientCommands), ...Object.values(ServerCommands)];
    assert.equal(new Set(commands).size, commands.length);
    for (const c of commands) assert.match(c, /^atazan\.[a-zA-Z.]+$/);
  });

  it('the client registers every client command, and package.json contributes only those', () => {
    const client = fs.readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    for (const key of Object.keys(ClientCommands)) {
      assert.match(client, new RegExp(`registerCommand\\(ClientCommands\\.${key}\\b`), `the client registers ClientCommands.${key}`);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);
    const known = new Set<string>(Object.values(ClientCommands));
    assert.deepEqual(contributed.filter((c) => !known.has(c)), []);
  });

  it('each request and notification is used by both sides', () => {
    const read = (dir: string) => tsFiles(dir).map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
    const server = read(path.join('server', 'src', 'lsp'));
    const client = read(path.join('client', 'src'));
    for (const key of Object.keys(Requests)) {
      assert.match(server, new RegExp(`Requests\\.${key}\\b`), `the server handles Requests.${key}`);
      assert.match(client, new RegExp(`Requests\\.${key}\\b`), `the client sends Requests.${key}`);
    }
    for (const key of Object.keys(Notifications)) {
      assert.match(server, new RegExp(`Notifications\\.${key}\\b`), `the server uses Notifications.${key}`);
      assert.match(client, new RegExp(`Notifications\\.${key}\\b`), `the client uses Notifications.${key}`);
    }
  });
});
