// Issue 17.2: the stdio frame parser (server/src/lsp/transport.ts) is byte-exact however the stream is
// split, and resynchronises after each malformed frame form.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FrameParser } from '../../server/src/lsp/transport';

const RU = readFileSync(path.join(__dirname, '..', '..', 'examples', 'draft-2026-ru.const.txt'), 'utf8');

function frame(value: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
}

function parse(chunks: Buffer[]): { messages: unknown[]; problems: string[] } {
  const messages: unknown[] = [];
  const problems: string[] = [];
  const p = new FrameParser({ message: (m) => messages.push(m), problem: (d, pe) => problems.push(`${pe ? 'parse' : 'frame'}: ${d.split(/[:(]/)[0].trim()}`) });
  for (const c of chunks) p.push(c);
  return { messages, problems };
}

describe('transport: FrameParser (issue 17.2)', () => {
  // Real text, with Cyrillic (2-byte) and «» and a 4-byte character.
  const text = RU.slice(0, 400) + ' 𝔸 ';
  const stream = Buffer.concat([
    frame({ jsonrpc: '2.0', id: 1, method: 'a', params: { text } }),
    Buffer.from('Content-Length: abc\r\n\r\n{}'),
    frame({ jsonrpc: '2.0', id: 2, method: 'b', params: { text: 'статьи 5' } }),
    Buffer.from('Content-Length: 300\r\n\r\n{"jsonrpc":"2.0","id":3,"p'),
    frame({ jsonrpc: '2.0', id: 4, method: 'c', params: { text } }),
    Buffer.from('Content-Length: 10\r\n\r\n{"jsonrpc":"2.0","id":5,"method":"x"}'),
    frame({ jsonrpc: '2.0', id: 6, method: 'd' }),
  ]);
  const whole = parse([stream]);

  it('reads the valid frames and reports each malformed one', () => {
    assert.deepEqual(whole.messages.map((m: any) => m.id), [1, 2, 4, 6]);
    assert.equal((whole.messages[0] as any).params.text, text);
    assert.deepEqual(whole.problems, [
      'frame: Content-Length is not a non-negative whole number',
      'parse: a body declared as 300 bytes ends after 26, where a new header starts',
      'parse: the body of 10 bytes is not valid JSON',
    ]);
  });

  it('gives the same result split in two at every byte', () => {
    for (let i = 1; i < stream.length; i++) {
      const r = parse([stream.subarray(0, i), stream.subarray(i)]);
      assert.deepEqual(r, whole, `split at ${i}`);
    }
  });

  it('gives the same result in chunks of every size from 1 to 17 bytes', () => {
    for (let size = 1; size <= 17; size++) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < stream.length; i += size) chunks.push(stream.subarray(i, i + size));
      assert.deepEqual(parse(chunks), whole, `chunks of ${size}`);
    }
  });

  it('reads a whole draft as one body (Content-Length counts UTF-8 bytes)', () => {
    const r = parse([frame({ text: RU }), frame({ text: 'б' })]);
    assert.deepEqual(r.problems, []);
    assert.equal((r.messages[0] as any).text, RU);
    assert.equal((r.messages[1] as any).text, 'б');
  });

  it('skips garbage with no header at all up to the next frame', () => {
    const r = parse([Buffer.from('hello world\r\n\r\n'), frame({ id: 1 })]);
    assert.deepEqual(r.messages, [{ id: 1 }]);
    assert.deepEqual(r.problems, ['frame: header line without a colon']);
  });
});
