// One language per UI (issue 16, point 7): with `atazan.messages.language: auto` everything the server
// shows for a Russian (or Kazakh) draft — diagnostics, hovers (the prior hover too), inlay hints, code lenses,
// quick-fix titles — is in the client's UI language (initializationOptions.displayLanguage, as the
// VS Code client sends vscode.env.language). Only quoted draft text stays Russian.
// Before: an English UI got English diagnostics but Russian hovers and inlay hints repeating them.

import * as assert from 'node:assert/strict';
import type { CodeAction, CodeLens, Diagnostic, Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import { KK_TEXT, RU_TEXT, open, pull, startServer, type Server } from '../support/harness';
import { cursorPos } from '../support/text';

/** The ru draft without the heading «Статья 10» and with a reference to article 620 in article 1. */
const SEEDED = RU_TEXT
  .replace('\nСтатья 10\n', '\n')
  .replace('права и свободы.\n', 'права и свободы, закрепленные статьей 620 Конституции.\n');

/** The kk draft seeded the same way (no «10-бап» heading, a citation of article 620). */
const SEEDED_KK = KK_TEXT
  .replace('\n10-бап\n', '\n')
  .replace('құқықтары мен бостандықтары.\n', 'құқықтары мен бостандықтары, Конституцияның 620-бабында.\n');

const DRAFTS = [
  { name: 'Russian', uri: 'file:///ui-language/draft-ru.const.txt', text: SEEDED, original: RU_TEXT, ref: cursorPos(SEEDED, 'статьей 6$020'), heading: cursorPos(SEEDED, '\nСтатья 1$02\n') },
  { name: 'Kazakh', uri: 'file:///ui-language/draft-kk.const.txt', text: SEEDED_KK, original: KK_TEXT, ref: cursorPos(SEEDED_KK, '6$020-бабында'), heading: cursorPos(SEEDED_KK, '\n1$02-бап\n') },
];
type UiLang = 'en' | 'ru' | 'kk';

const KK_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
/** Letters that must not appear in a string shown in `lang` (the word «prior» names an annotation). */
function foreign(text: string, lang: UiLang): string[] {
  // Quoted text is the draft's (what a fix writes into it: “Статья 10 Исключена.”), not the UI's.
  const t = text.replace(/\bprior\b/g, '').replace(/“[^”]*”|«[^»]*»/g, '');
  if (lang === 'en') return t.match(/[\u0400-\u04FF]+/gu) ?? [];
  return t.match(/[A-Za-z]+/g) ?? [];
}

function assertIn(lang: UiLang, text: string, what: string): void {
  assert.deepEqual(foreign(text, lang), [], `${what} is not all ${lang}: ${text}`);
  if (lang === 'ru') assert.ok(!KK_LETTERS.test(text), `${what} is Kazakh, not Russian: ${text}`);
}

const EXPECT: Record<UiLang, {
  unresolved: string; heading: string; cited: string; priorLine: RegExp; inlay: RegExp; headers: string[];
}> = {
  en: {
    unresolved: 'Article 620 does not exist in this document',
    heading: '**Article 12**', cited: '_Cited in this document: ', priorLine: /^\*\*1995: Arts?\. [\d, -]+\*\* · /,
    inlay: /^1995: (?:Arts?\. [\d, -]+|new)$/,
    headers: ['Structural unit', 'Current wording', 'Proposed wording', 'Justification'],
  },
  ru: {
    unresolved: 'Статьи 620 в документе нет',
    heading: '**Статья 12**', cited: '_Ссылки в документе: ', priorLine: /^\*\*1995: ст\. [\d, -]+\*\* · /,
    inlay: /^1995: (?:ст\. [\d, -]+|новая)$/,
    headers: ['Структурная единица', 'Действующая редакция', 'Предлагаемая редакция', 'Обоснование'],
  },
  kk: {
    unresolved: 'Құжатта 620-бап жоқ',
    heading: '**12-бап**', cited: '_Құжаттағы сілтемелер: ', priorLine: /^\*\*1995: [\d, -]+-бап(?:тар)?\*\* · /,
    inlay: /^1995: (?:[\d, -]+-бап(?:тар)?|жаңа)$/,
    headers: ['Құрылымдық бірлік', 'Қолданыстағы редакция', 'Ұсынылатын редакция', 'Негіздеме'],
  },
};

describe('LSP: one language per UI (auto follows the client UI language, not the draft)', function () {
  this.timeout(120000);

  for (const draft of DRAFTS) for (const ui of ['en', 'ru', 'kk'] as const) {
    // The Kazakh draft under a Kazakh UI is the one case where both agree anyway: skipped.
    if (draft.name === 'Kazakh' && ui === 'kk') continue;
    const URI = draft.uri;
    const SEEDED_TEXT = draft.text;
    describe(`a ${draft.name} draft under a ${ui} UI`, () => {
      let s: Server;
      let diags: Diagnostic[];
      before(async () => {
        s = await startServer({ settings: {}, initializationOptions: { displayLanguage: ui } });
        open(s, URI, SEEDED_TEXT);
        diags = await pull(s, URI);
      });
      after(async () => {
        await s?.stop();
      });

      it('diagnostics', () => {
        assert.notEqual(SEEDED_TEXT, draft.original);
        assert.ok(diags.length >= 2);
        assert.equal(diags.find((d) => d.code === 'reference-unresolved-article')?.message, EXPECT[ui].unresolved);
        for (const d of diags) assertIn(ui, d.message as string, `diagnostic ${d.code}`);
      });

      it('the hover on an unresolved citation says what the diagnostic says', async () => {
        const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: draft.ref })) as Hover;
        assert.equal((h.contents as MarkupContent).value, `⚠ ${EXPECT[ui].unresolved}`);
      });

      it('the heading hover: address, prior summary and «cited» line', async () => {
        const h = (await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: draft.heading })) as Hover;
        const md = (h.contents as MarkupContent).value;
        if (process.env.ATAZAN_SHOW) console.log(md);
        const lines = md.split('\n').filter(Boolean);
        assert.equal(lines[0], EXPECT[ui].heading);
        const cited = lines[lines.length - 1];
        assert.ok(cited.startsWith(EXPECT[ui].cited), cited);
        assertIn(ui, cited, 'the cited line');
        const prior = lines.find((l) => l.startsWith('**1995:'));
        assert.ok(prior, `the prior hover is there: ${md}`);
        assert.match(prior!, EXPECT[ui].priorLine);
        assertIn(ui, prior!.replace(/\\/g, ''), 'the prior summary line');
        const legend = lines.find((l) => /^\*\*[^*]+\*\* \(~~/.test(l));
        assert.ok(legend, 'the diff legend');
        assertIn(ui, legend!, 'the diff legend');
        // The link opening the prior article is labelled in the UI language too.
        const link = lines.find((l) => l.includes('command:atazan.openPrior'));
        if (link) assertIn(ui, link.replace(/\(command:[^)]*\)/g, ''), 'the open-prior link');
      });

      it('inlay hints (prior article of each heading) and their tooltips', async () => {
        const hints = (await s.conn.sendRequest('textDocument/inlayHint', {
          textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 100000, character: 0 } },
        })) as InlayHint[];
        assert.ok(hints.length > 50, `${hints.length} hints`);
        for (const h of hints) {
          assert.match(String(h.label), EXPECT[ui].inlay);
          if (h.tooltip) assertIn(ui, String(h.tooltip), 'an inlay tooltip');
        }
      });

      it('quick-fix titles', async () => {
        const gap = diags.find((d) => d.code === 'article-number-gap')!;
        const actions = (await s.conn.sendRequest('textDocument/codeAction', {
          textDocument: { uri: URI }, range: gap.range, context: { diagnostics: [gap] },
        })) as CodeAction[];
        assert.ok(actions.length >= 1);
        for (const a of actions) assertIn(ui, a.title, 'a quick-fix title');
      });

      it('the comparative table in the editor: title and column headers in the UI language, the cells as written', async () => {
        const t = (await s.conn.sendRequest('atazan/comparativeTable', { uri: URI })) as { html: string; title: string };
        const headers = [...t.html.matchAll(/<th>([^<]*)<\/th>/g)].map((m) => m[1]);
        assert.deepEqual(headers, EXPECT[ui].headers);
        assertIn(ui, t.title.replace(/ — .*$/, ''), 'the panel title');
        const h1 = /<h1>([^<]*)<\/h1>/.exec(t.html)?.[1] ?? '';
        assertIn(ui, h1, 'the table title');
        // The page keeps the draft's language (hyphenation of its text).
        assert.match(t.html, new RegExp(`<html lang="${draft.name === 'Russian' ? 'ru' : 'kk'}">`));
      });

      it('code lenses', async () => {
        const lenses = (await s.conn.sendRequest('textDocument/codeLens', { textDocument: { uri: URI } })) as CodeLens[];
        assert.ok(lenses.length > 0);
        for (const l of lenses) assertIn(ui, l.command?.title ?? '', 'a code lens');
      });
    });
  }
});
