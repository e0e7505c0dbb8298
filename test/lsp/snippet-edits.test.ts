// LSP 3.18 snippet edits in code actions (issue 14) over stdio: the quick fixes that insert an exclusion
// note («Статья 62 / Исключена.», «3. Исключен.») put it in a placeholder — the drafter may keep it or
// type the article there instead — when the client announces `workspace.workspaceEdit.snippetEditSupport`;
// without it, the same plain TextEdit as before. The snippet's text escapes `$`, `}` and `\` of the text.

import * as assert from 'node:assert/strict';
import type {
  ClientCapabilities, CodeAction, Diagnostic, SnippetTextEdit, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { FULL_CAPS, RU_TEXT, open, pull, startServer, type Server } from '../support/harness';

const URI = 'file:///seeded/without-62.const.txt';
/** The example draft without article 62, a drafter's comment on the heading of article 61 (with `$`, `}`, `\`). */
const COMMENT = '<!-- ред. ${61} от 2026\\1 } $ -->';
const TEXT = (() => {
  const m = /\nСтатья 62\n/.exec(RU_TEXT)!;
  const next = RU_TEXT.indexOf('\nРаздел V.', m.index) + 1;
  return RU_TEXT.slice(0, m.index + 1) + RU_TEXT.slice(next);
})();
const COMMENTED = TEXT.replace('\nСтатья 61\n', `\nСтатья 61 ${COMMENT}\n`);
const PARA_URI = 'file:///seeded/without-paragraph.const.txt';
/** Article 1 without its paragraph 2 (cited by «пункте 2 настоящей статьи»). */
const PARA_TEXT = 'Статья 1\n1. Первый пункт.\n3. Третий пункт, как в пункте 2 настоящей статьи.\n';

const withDocumentChanges = (snippets: boolean): ClientCapabilities => ({
  ...FULL_CAPS,
  workspace: { ...FULL_CAPS.workspace, workspaceEdit: { documentChanges: true, ...(snippets ? { snippetEditSupport: true } : {}) } },
});

type AnyEdit = TextEdit | SnippetTextEdit;
function editsOf(we: WorkspaceEdit | undefined, uri: string): AnyEdit[] {
  return (we?.documentChanges ?? []).flatMap((c) => ('edits' in c && c.textDocument.uri === uri ? c.edits as AnyEdit[] : []));
}
const isSnippet = (e: AnyEdit): e is SnippetTextEdit => 'snippet' in e;

/**
 * Expands a snippet as a client would (no choices or variables: none are sent): its text, and the
 * placeholders' texts by tab stop. Throws on a `$` or `}` that is neither escaped nor snippet syntax.
 */
function expand(snippet: string): { text: string; placeholders: Map<number, string> } {
  let text = '';
  const placeholders = new Map<number, string>();
  let open: { n: number; from: number } | null = null;
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i];
    if (c === '\\' && /[$}\\]/.test(snippet[i + 1] ?? '')) { text += snippet[++i]; continue; }
    if (c === '$') {
      const m = /^\$\{(\d+):/.exec(snippet.slice(i));
      assert.ok(m && !open, `an unescaped $ at ${i} in ${JSON.stringify(snippet)}`);
      open = { n: Number(m[1]), from: text.length };
      i += m[0].length - 1;
      continue;
    }
    if (c === '}') {
      assert.ok(open, `an unescaped } at ${i} in ${JSON.stringify(snippet)}`);
      placeholders.set(open.n, text.slice(open.from));
      open = null;
      continue;
    }
    text += c;
  }
  assert.equal(open, null, 'every placeholder is closed');
  return { text, placeholders };
}

describe('LSP 3.18 snippet edits in code actions', function () {
  this.timeout(60000);
  let snippets: Server;
  let plain: Server;
  before(async () => {
    [snippets, plain] = await Promise.all([
      startServer({ capabilities: withDocumentChanges(true) }), startServer({ capabilities: withDocumentChanges(false) }),
    ]);
    for (const s of [snippets, plain]) {
      open(s, URI, COMMENTED);
      open(s, PARA_URI, PARA_TEXT);
    }
  });
  after(async () => {
    await Promise.all([snippets?.stop(), plain?.stop()]);
  });

  const actions = async (s: Server, uri: string, code: string): Promise<CodeAction[]> => {
    const d = (await pull(s, uri)).find((x: Diagnostic) => x.code === code);
    assert.ok(d, `${code} in ${uri}`);
    return await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
  };
  /** The one edit of the action titled `title` among the quick fixes for `code` in `uri`. */
  const keep = async (s: Server, uri: string, code: string, title: RegExp): Promise<AnyEdit> => {
    const acts = await actions(s, uri, code);
    const a = acts.find((x) => title.test(x.title));
    assert.ok(a, acts.map((x) => x.title).join(' | '));
    const edits = editsOf(a.edit, uri);
    assert.equal(edits.length, 1);
    return edits[0];
  };
  const KEEP_62 = /^Keep article 62 as excluded/;

  it('with snippetEditSupport: «keep article 62 as excluded» puts the note in placeholder 1, escaping $, } and \\ of the heading it copies', async () => {
    const e = await keep(snippets, URI, 'article-number-gap', KEEP_62);
    assert.ok(isSnippet(e), JSON.stringify(e));
    assert.equal(e.snippet.kind, 'snippet');
    assert.equal(e.snippet.value, 'Статья 62 <!-- ред. \\${61\\} от 2026\\\\1 \\} \\$ -->\n${1:Исключена.}\n');
    const x = expand(e.snippet.value);
    assert.equal(x.text, `Статья 62 ${COMMENT}\nИсключена.\n`);
    assert.deepEqual([...x.placeholders], [[1, 'Исключена.']]);
  });

  it('without it: the same quick fix is the plain TextEdit, the text the snippet expands to', async () => {
    const withSnippet = await keep(snippets, URI, 'article-number-gap', KEEP_62);
    const e = await keep(plain, URI, 'article-number-gap', KEEP_62);
    assert.ok(!isSnippet(e), JSON.stringify(e));
    assert.equal(e.newText, `Статья 62 ${COMMENT}\nИсключена.\n`);
    assert.ok(isSnippet(withSnippet));
    assert.equal(expand(withSnippet.snippet.value).text, e.newText);
    assert.deepEqual(withSnippet.range, e.range);
  });

  it('«keep paragraph 2 as excluded»: «2. ${1:Исключен.}» with the capability, «2. Исключен.» without', async () => {
    const title = /^Keep paragraph 2 of article 1 as excluded/;
    const s = await keep(snippets, PARA_URI, 'paragraph-number-gap', title);
    const p = await keep(plain, PARA_URI, 'paragraph-number-gap', title);
    assert.ok(isSnippet(s) && !isSnippet(p));
    assert.equal(s.snippet.value, '2. ${1:Исключен.}\n');
    assert.equal(p.newText, '2. Исключен.\n');
  });

  it('edits the drafter does not type over stay plain TextEdits, with the capability too', async () => {
    const acts = await actions(snippets, URI, 'article-number-gap');
    const others = acts.filter((a) => !/^Keep article/.test(a.title));
    assert.ok(others.length > 0, acts.map((a) => a.title).join(' | '));
    for (const a of others) {
      for (const e of editsOf(a.edit, URI)) assert.ok(!isSnippet(e), `${a.title}: ${JSON.stringify(e)}`);
    }
  });
});
