// The server's own LSP transport over stdio, and the lifecycle gate every transport goes through.
//
// vscode-jsonrpc's StreamMessageReader stops reading for good after one malformed frame (a bad
// Content-Length, a header line without a colon, a body shorter than its length): the server stays up
// but never answers again, and the client's restart never fires. FrameParser reads the frames itself,
// byte-exact (Content-Length counts UTF-8 bytes; chunks may split anywhere, inside a header or inside a
// multi-byte character), and after a malformed frame it logs one clear line and resynchronises on the
// next `Content-Length:` header; a body that is not valid JSON is answered with a JSON-RPC parse error
// (-32700, id null).
//
// LifecycleGate: before `initialize`, requests are answered ServerNotInitialized (-32002) and
// notifications other than `exit` are dropped; a second `initialize`, and any request after `shutdown`,
// is answered InvalidRequest (-32600). `exit` reaches vscode-languageserver, which exits with 0 after shutdown and 1 otherwise.

import {
  AbstractMessageReader, ErrorCodes, type DataCallback, type Disposable, type Message, type MessageReader, type MessageWriter,
} from 'vscode-languageserver/node';

/** Headers longer than this without their blank line are not headers. */
const MAX_HEADER_BYTES = 8192;
/** The largest body accepted (the 50 MB drafts of the tests fit many times over). */
const MAX_BODY_BYTES = 1 << 30;
const CRLFCRLF = Buffer.from('\r\n\r\n', 'latin1');
/** The spellings of the header name searched when resynchronising (the protocol uses the first). */
const HEADER_NAMES = ['Content-Length:', 'content-length:', 'CONTENT-LENGTH:'].map((s) => Buffer.from(s, 'latin1'));
const NAME_LEN = HEADER_NAMES[0].length;
/** A complete Content-Length header line at the start of a string. */
const LENGTH_LINE = /^content-length:[ \t]*\d+[ \t]*\r\n/i;
/** A prefix of one that may still be completed by more bytes. */
const LENGTH_LINE_PREFIX = /^content-length:[ \t]*\d*[ \t]*\r?$/i;
/** RFC 7230 token: a header name. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export interface FrameSink {
  /** A frame whose body is valid JSON. */
  message(value: unknown): void;
  /**
   * A malformed frame, skipped. `parseError`: the body was read and is not valid JSON (the client may be
   * told with a -32700 response).
   */
  problem(description: string, parseError: boolean): void;
}

/** First occurrence of a `Content-Length:` spelling in buf at or after `from`, or -1. */
function findHeaderName(buf: Buffer, from: number): number {
  let best = -1;
  for (const name of HEADER_NAMES) {
    const i = buf.indexOf(name, from);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

function show(bytes: Buffer, max = 60): string {
  const s = bytes.subarray(0, max).toString('utf8');
  return JSON.stringify(s) + (bytes.length > max ? '…' : '');
}

/**
 * Splits a byte stream into LSP frames. Push chunks in order; the sink hears every frame and every
 * problem. Never throws.
 */
export class FrameParser {
  /** Unconsumed bytes while reading headers (or skipping garbage). */
  private head: Buffer = Buffer.alloc(0);
  /** After a malformed frame: drop bytes until the next `Content-Length:`. */
  private skipping = false;
  /** Reading a body: its declared length, the chunks so far (they may run past the body) and their size. */
  private body: { need: number; chunks: Buffer[]; size: number; carry: Buffer; carryAt: number } | null = null;

  constructor(private readonly sink: FrameSink) {}

  /** Bytes still expected for the body being read (0 when between frames). */
  get awaiting(): number {
    return this.body ? Math.max(0, this.body.need - this.body.size) : 0;
  }

  push(chunk: Buffer): void {
    try {
      if (this.body) this.feedBody(chunk);
      else this.head = this.head.length ? Buffer.concat([this.head, chunk]) : chunk;
      this.drain();
    } catch (e) {
      // A defect here must not silence the server: start over at the next header.
      this.body = null;
      this.head = Buffer.alloc(0);
      this.skipping = true;
      this.sink.problem(`transport failure, skipping to the next header: ${e instanceof Error ? e.message : String(e)}`, false);
    }
  }

  private drain(): void {
    while (!this.body) {
      if (this.skipping) {
        const k = findHeaderName(this.head, 0);
        if (k < 0) {
          // Keep what could be the start of a header name split across chunks.
          this.head = this.head.subarray(Math.max(0, this.head.length - (NAME_LEN - 1)));
          return;
        }
        this.head = this.head.subarray(k);
        this.skipping = false;
      }
      // Blank lines between frames are tolerated.
      let s = 0;
      while (s < this.head.length && (this.head[s] === 13 || this.head[s] === 10 || this.head[s] === 32 || this.head[s] === 9)) s++;
      if (s) this.head = this.head.subarray(s);
      if (!this.head.length) return;
      const end = this.head.indexOf(CRLFCRLF);
      if (end < 0 || end > MAX_HEADER_BYTES) {
        if (end > MAX_HEADER_BYTES || this.head.length > MAX_HEADER_BYTES) {
          this.malformed(`no end of the headers within ${MAX_HEADER_BYTES} bytes: ${show(this.head)}`);
          continue;
        }
        return;
      }
      const block = this.head.subarray(0, end);
      const length = this.readHeaders(block);
      if (length === null) continue; // malformed() already resynchronised
      const rest = this.head.subarray(end + 4);
      this.head = Buffer.alloc(0);
      this.body = { need: length, chunks: [], size: 0, carry: Buffer.alloc(0), carryAt: 0 };
      this.feedBody(rest);
    }
  }

  /** The Content-Length of a header block, or null after reporting it malformed. */
  private readHeaders(block: Buffer): number | null {
    let length: number | null = null;
    for (const line of block.toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) {
        this.malformed(`header line without a colon: ${show(Buffer.from(line, 'latin1'))}`);
        return null;
      }
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (!TOKEN.test(name)) {
        this.malformed(`not a header name: ${show(Buffer.from(line, 'latin1'))}`);
        return null;
      }
      if (name.toLowerCase() !== 'content-length') continue;
      if (!/^\d+$/.test(value)) {
        this.malformed(`Content-Length is not a non-negative whole number: ${JSON.stringify(value)}`);
        return null;
      }
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n > MAX_BODY_BYTES) {
        this.malformed(`Content-Length ${value} is larger than ${MAX_BODY_BYTES} bytes`);
        return null;
      }
      if (length !== null && length !== n) {
        this.malformed(`two different Content-Length headers: ${length} and ${n}`);
        return null;
      }
      length = n;
    }
    if (length === null) {
      this.malformed(`no Content-Length header in ${show(block)}`);
      return null;
    }
    return length;
  }

  /** Reports the frame at the start of `head` and skips to the next header after its first byte. */
  private malformed(description: string): void {
    this.sink.problem(description, false);
    this.head = this.head.subarray(1);
    this.skipping = true;
  }

  private feedBody(chunk: Buffer): void {
    const b = this.body!;
    const start = b.size;
    if (chunk.length) {
      b.chunks.push(chunk);
      b.size += chunk.length;
    }
    // A body of JSON never holds a raw `Content-Length: N\r\n` (a raw CR is not allowed inside a JSON string
    // and the words are no JSON outside one), so one means this body was cut short and a new frame
    // starts there: catch it as it arrives instead of waiting for bytes that may never come.
    if (start < b.need && chunk.length) {
      const view = b.carry.length ? Buffer.concat([b.carry, chunk]) : chunk;
      const viewAt = b.carry.length ? b.carryAt : start;
      let from = 0;
      let carryFrom = Math.max(0, view.length - (NAME_LEN - 1));
      for (;;) {
        const i = findHeaderName(view, from);
        if (i < 0 || viewAt + i >= b.need) break;
        const probe = view.subarray(i, i + 64).toString('latin1');
        if (LENGTH_LINE.test(probe)) {
          this.truncated(viewAt + i);
          return;
        }
        if (i + 64 > view.length && LENGTH_LINE_PREFIX.test(probe)) {
          carryFrom = Math.min(carryFrom, i); // may complete with the next chunk
          break;
        }
        from = i + 1;
      }
      b.carry = view.subarray(carryFrom);
      b.carryAt = viewAt + carryFrom;
    }
    if (b.size < b.need) return;
    const all = b.chunks.length === 1 ? b.chunks[0] : Buffer.concat(b.chunks, b.size);
    this.body = null;
    const bytes = all.subarray(0, b.need);
    this.head = all.subarray(b.need);
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch (e) {
      this.sink.problem(`the body of ${b.need} bytes is not valid JSON (${e instanceof Error ? e.message : String(e)}): ${show(bytes)}`, true);
      // A Content-Length shorter than the body leaves its tail ahead: skip to the next header, which may
      // also start inside the bytes just read (right at the start for a Content-Length of 0).
      this.head = all.subarray(Math.min(1, b.need));
      this.skipping = true;
      return;
    }
    this.sink.message(value);
  }

  /** The body being read ends at `at` (body offset): a new frame starts there. */
  private truncated(at: number): void {
    const b = this.body!;
    const all = b.chunks.length === 1 ? b.chunks[0] : Buffer.concat(b.chunks, b.size);
    this.body = null;
    this.sink.problem(`a body declared as ${b.need} bytes ends after ${at}, where a new header starts: ${show(all.subarray(0, at))}`, true);
    this.head = all.subarray(at);
  }
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function errorResponse(id: unknown, code: number, message: string): Message {
  return { jsonrpc: '2.0', id, error: { code, message } } as unknown as Message;
}

/** LSP's ServerNotInitialized. */
export const SERVER_NOT_INITIALIZED = -32002;

/**
 * The LSP lifecycle in front of the connection: what may pass before `initialize` and after `shutdown`.
 * `filter` returns the message to deliver, or null when it was answered here or dropped.
 */
export class LifecycleGate {
  initialized = false;
  shutdown = false;

  constructor(private readonly reply: (m: Message) => void) {}

  filter(message: unknown): Message | null {
    if (!isObject(message)) {
      this.reply(errorResponse(null, ErrorCodes.InvalidRequest, 'Invalid request: a JSON-RPC message is an object'));
      return null;
    }
    const method = message.method;
    const hasId = 'id' in message && message.id !== undefined;
    if (typeof method !== 'string') return message as unknown as Message; // a response (or garbage the connection reports)
    if (!hasId) {
      if (method === 'exit') return message as unknown as Message;
      if (!this.initialized || this.shutdown) return null;
      return message as unknown as Message;
    }
    if (!this.initialized) {
      if (method === 'initialize') {
        this.initialized = true;
        return message as unknown as Message;
      }
      this.reply(errorResponse(message.id, SERVER_NOT_INITIALIZED, `Server not initialized: "${method}" before "initialize"`));
      return null;
    }
    if (this.shutdown) {
      this.reply(errorResponse(message.id, ErrorCodes.InvalidRequest, `Invalid request: "${method}" after "shutdown"`));
      return null;
    }
    if (method === 'initialize') {
      // Once only (LSP): a second one would register every handler again.
      this.reply(errorResponse(message.id, ErrorCodes.InvalidRequest, 'Invalid request: "initialize" was already received'));
      return null;
    }
    if (method === 'shutdown') this.shutdown = true;
    return message as unknown as Message;
  }
}

/** A reader that passes every message of `inner` through a gate. */
export class GatedReader extends AbstractMessageReader {
  constructor(private readonly inner: MessageReader, private readonly gate: LifecycleGate) {
    super();
    inner.onError((e) => this.fireError(e));
    inner.onClose(() => this.fireClose());
    inner.onPartialMessage((i) => this.firePartialMessage(i));
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((m) => {
      const pass = this.gate.filter(m);
      if (pass) callback(pass);
    });
  }

  override dispose(): void {
    super.dispose();
    this.inner.dispose();
  }
}

/**
 * Reads LSP frames from a stream (stdin) with FrameParser. Problems go to `log` (stderr, which the
 * client's output channel shows); a body that is not JSON is answered with -32700 through `reply`.
 */
export class ResyncingStreamReader extends AbstractMessageReader {
  private readonly parser: FrameParser;
  private callback: DataCallback | null = null;
  private waitTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stream: NodeJS.ReadableStream,
    private readonly reply: (m: Message) => void,
    private readonly log: (line: string) => void,
  ) {
    super();
    this.parser = new FrameParser({
      message: (value) => this.callback?.(value as Message),
      problem: (description, parseError) => {
        this.log(`[atazan] transport: malformed message skipped: ${description}`);
        if (parseError) this.reply(errorResponse(null, ErrorCodes.ParseError, `Parse error: ${description}`));
      },
    });
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (d: Buffer | string) => {
      this.parser.push(typeof d === 'string' ? Buffer.from(d, 'utf8') : d);
      this.watchPartial();
    };
    const onError = (e: Error) => this.fireError(e);
    const onClose = () => this.fireClose();
    this.stream.on('data', onData);
    this.stream.on('error', onError);
    this.stream.on('end', onClose);
    this.stream.on('close', onClose);
    return {
      dispose: () => {
        this.stream.off('data', onData);
        this.stream.off('error', onError);
        this.stream.off('end', onClose);
        this.stream.off('close', onClose);
      },
    };
  }

  /** Logs once when a body stays incomplete for a while (its length was larger than what was sent). */
  private watchPartial(): void {
    if (this.waitTimer) clearTimeout(this.waitTimer);
    this.waitTimer = undefined;
    if (!this.parser.awaiting) return;
    this.waitTimer = setTimeout(() => {
      if (this.parser.awaiting) this.log(`[atazan] transport: still waiting for ${this.parser.awaiting} bytes of a message body (was its Content-Length too large?)`);
    }, 10000);
    this.waitTimer.unref?.();
  }
}

/** A writer's write as a fire-and-forget reply. */
export function replyWith(writer: MessageWriter): (m: Message) => void {
  return (m) => {
    writer.write(m).catch(() => {});
  };
}
