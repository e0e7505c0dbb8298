// The LSP adapter's positionNear / toRangeNear (issue 15, session 6: the outline's ranges searched from
// the previous symbol's line) against LineIndex.positionAt, on plain and edited texts (the language
// service's lines after incremental edits are a ShiftedLineIndex), for every offset and many hints.

import * as assert from 'node:assert/strict';
import { createLanguageService, LineIndex } from '../../server/src/core';
import { positionNear, toRange, toRangeNear } from '../../server/src/lsp/convert';
import { generateDraft } from '../../bench/generate';

function checkAll(lines: LineIndex, length: number, label: string): void {
  const n = lines.lineCount;
  const hints = [0, 1, n >> 2, n >> 1, n - 2, n - 1, n, n + 5, -3, NaN];
  for (let off = -2; off <= length + 2; off++) {
    const want = lines.positionAt(off);
    for (const h of hints) assert.deepEqual(positionNear(lines, off, h), want, `${label}: offset ${off}, near ${h}`);
    assert.deepEqual(positionNear(lines, off, (off * 7919) % (n + 1)), want, `${label}: offset ${off}`);
  }
  assert.deepEqual(positionNear(lines, NaN, 3), lines.positionAt(NaN));
  assert.deepEqual(positionNear(lines, Infinity, 3), lines.positionAt(Infinity));
}

describe('lsp convert: positions searched from a nearby line', () => {
  it('equal positionAt on texts with \\n, \\r\\n, \\r, empty lines, no final break, and the empty text', () => {
    for (const text of ['', 'a', '\n', 'ab\ncd', 'ab\r\ncd\r\n', 'a\rb\r\rc', '\n\n\nx\r\n\ry\n', 'Статья 1.\n\n1. Текст.\r\n2) подпункт;\rконец']) {
      checkAll(new LineIndex(text), text.length, JSON.stringify(text));
    }
  });

  it('equal positionAt on an edited draft (the service\'s shifted line index), and the outline\'s ranges equal toRange', () => {
    let text = generateDraft({ articles: 40, seed: 3 }).text;
    const svc = createLanguageService();
    svc.open('u', text);
    for (let k = 0; k < 6; k++) {
      const at = (text.length * (k + 1)) / 7 | 0;
      const change = k % 2 ? { start: at, end: at + 3, text: '' } : { start: at, end: at, text: 'ж\nновая строка\r\n' };
      text = text.slice(0, change.start) + change.text + text.slice(change.end);
      svc.change('u', [change]);
      const lines = svc.lines('u')!;
      checkAll(lines, text.length, `edit ${k}`);
      const cursor = { line: 0 };
      const walk = (list: ReturnType<typeof svc.documentSymbols>) => {
        for (const s of list) {
          assert.deepEqual(toRangeNear(lines, s.span, cursor), toRange(lines, s.span));
          walk(s.children);
        }
      };
      walk(svc.documentSymbols('u'));
    }
  });
});
