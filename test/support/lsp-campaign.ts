// The incremental campaign through the server (issue 15, session 21): the drafting sessions of campaign.ts,
// replayed over the protocol into the bundled server (dist/server.js, stdio) as an editor sends them. The
// client keeps its copy of each document in vscode-languageserver-textdocument's TextDocument (the
// reference for LSP positions, which the server's own SourceDocument, lsp/document.ts, must match), turns
// each change event into one textDocument/didChange of ranged content changes with the next version, and at
// each check point opens the same text as a second document of the same name in another folder and
// compares what the server answers for both:
// - diagnostics, pulled (with the previous result id, as VS Code pulls: an «unchanged» answer must still
//   be right) or, with `push`, the ones published for the current version;
// - the comparative table (the full comparison with the prior, made with the matcher the server keeps for
//   the edited document; a hover's or an inlay hint's quick comparison may lag while typing, by design);
// - the outline, folding ranges, semantic tokens, code lenses and inlay hints of the whole document;
// - hover, definition, references, highlights, completion, prepare-rename, rename (to «77»), selection ranges
//   and code actions at three random places.
// With `partners` (the other language versions of a text: the same act in Kazakh, Russian, English), each
// version is opened beside the edited document under its own name (paired by the file names, as
// lsp/parallel.ts pairs x-ru.txt with x-kk.txt), and the fresh copy gets fresh copies of them: then the
// partners' diagnostics (their parallel problems follow the edited text: pulled with their previous result
// ids, which must change when those problems do) and the side-by-side table (`atazan/parallelTable`) of
// each pair are compared too.
// A change the protocol cannot express (a range boundary between the CR and the LF of a line break: LSP
// positions cannot point there) is sent as a whole-text change, and one event in fifty is sent whole anyway
// (both kinds of content change are legal in incremental sync). Used by scripts/incremental-campaign.ts
// (--lsp) and test/lsp/lsp-campaign.test.ts. Not a test file.

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import type { CampaignEvent } from './campaign';
import type { Server } from './harness';
import { until } from './wait';

/** `text`: the document's text at the check (whole up to 200,000 characters), to reproduce it. */
export interface LspDifference { name: string; when: string; version: number; field: string; text: string }

export interface LspCampaignResult {
  sessions: number; changeEvents: number; wholeTextChanges: number; checks: number; differences: number; unchanged: number; first: LspDifference[];
}

type Any = any;

/**
 * Replays `events` into `s` (a server started with the capabilities the mode needs: pull diagnostics, or
 * none with `push`). Documents are opened under `dirA` and their fresh copies under `dirB` (file URIs of
 * folders that hold nothing: the names only decide the document kinds as the files' names would).
 */
export async function replayThroughServer(s: Server, events: Iterable<CampaignEvent>, o: {
  seed: number; dirA: string; dirB: string; push?: boolean;
  /** The other language versions of a text, by its name (names whose file names pair with it). */
  partners?: (name: string) => { name: string; text: string }[];
}): Promise<LspCampaignResult> {
  let state = (o.seed ^ 0x5bd1e995) >>> 0;
  const rnd = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const r: LspCampaignResult = { sessions: 0, changeEvents: 0, wholeTextChanges: 0, checks: 0, differences: 0, unchanged: 0, first: [] };
  let doc: TextDocument | null = null;
  let uriA = '';
  let name = '';
  let copies = 0;
  /** The last pulled report of the edited document (previousResultId). */
  let last: { resultId?: string; items: Any[] } | null = null;
  /** The edited document's open partners (in its folder) and their last pulled reports. */
  let partnersA: { uri: string; name: string; text: string; last: { resultId?: string; items: Any[] } | null }[] = [];
  /** Opens the partners of the text `n` in `dir` (before the document itself: the pairing is by names). */
  const openPartners = (n: string, dir: string) => (o.partners?.(n) ?? []).map((p) => {
    const uri = `${dir}/${fileName(p.name)}`;
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'constitution', version: 1, text: p.text } });
    return { uri, name: p.name, text: p.text, last: null };
  });
  const closeAll = (list: { uri: string }[]) => {
    for (const p of list) s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: p.uri } });
  };
  const req = (method: string, params: unknown): Promise<Any> => s.conn.sendRequest(method, params);

  // The same name in both folders (the server reads a document's kind, and the table its title, from it).
  const fileName = (n: string) => n.split('/').pop()!.replace(/[^\w.-]+/g, '_');

  for (const e of events) {
    if (s.exited) throw new Error(`the server exited; its log: ${s.logs.slice(-5).join('\n')}`);
    if (e.kind === 'open') {
      r.sessions++;
      name = e.name;
      uriA = `${o.dirA}/${r.sessions}/${fileName(e.name)}`;
      partnersA = openPartners(e.name, `${o.dirA}/${r.sessions}`);
      doc = TextDocument.create(uriA, 'constitution', 1, e.text);
      last = null;
      s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriA, languageId: 'constitution', version: 1, text: e.text } });
    } else if (e.kind === 'change' && doc) {
      r.changeEvents++;
      const whole = rnd() < 0.02;
      const changes: TextDocumentContentChangeEvent[] = [];
      let text = doc.getText();
      let expressible = !whole;
      // Each change in the coordinates of the text after the ones before (as the campaign made them).
      let cur = doc;
      for (const c of e.changes) {
        const start = cur.positionAt(c.start);
        const end = cur.positionAt(c.end);
        if (cur.offsetAt(start) !== c.start || cur.offsetAt(end) !== c.end) expressible = false;
        changes.push({ range: { start, end }, text: c.text });
        text = text.slice(0, c.start) + c.text + text.slice(c.end);
        cur = TextDocument.create(uriA, 'constitution', cur.version, text);
      }
      const version = doc.version + 1;
      const sent = expressible ? changes : [{ text }];
      if (!expressible) r.wholeTextChanges++;
      doc = TextDocument.update(doc, sent, version);
      if (doc.getText() !== text) throw new Error(`the client's own copy diverged at version ${version} (${name})`);
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriA, version }, contentChanges: sent });
    } else if (e.kind === 'check' && doc) {
      r.checks++;
      const field = await check(doc, e.when);
      if (field) {
        r.differences++;
        const t = doc.getText();
        if (r.first.length < 50) r.first.push({ name, when: e.when, version: doc.version, field, text: t.length > 200_000 ? `${t.length} characters` : t });
        // Start the document afresh, so one difference is not reported at every later check.
        s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uriA } });
        closeAll(partnersA);
        uriA = `${o.dirA}/${r.sessions}-${r.differences}/${fileName(name)}`;
        partnersA = openPartners(name, `${o.dirA}/${r.sessions}-${r.differences}`);
        doc = TextDocument.create(uriA, 'constitution', 1, t);
        last = null;
        s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriA, languageId: 'constitution', version: 1, text: t } });
      }
    } else if (e.kind === 'close' && doc) {
      s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uriA } });
      closeAll(partnersA);
      partnersA = [];
      doc = null;
    }
  }
  return r;

  async function diagnosticsOf(uri: string, version: number, previous: typeof last): Promise<{ report: { resultId?: string; items: Any[] }; unchanged: boolean }> {
    if (o.push) {
      const p = await until(s.signal, () => {
        const x = s.pushed.get(uri);
        return x && x.version === version ? x : undefined;
      }, `diagnostics published for ${uri} at version ${version}`, 60000);
      return { report: { items: p.diagnostics }, unchanged: false };
    }
    const rep = await req('textDocument/diagnostic', { textDocument: { uri }, previousResultId: previous?.resultId });
    if (rep.kind === 'unchanged') {
      if (!previous) throw new Error('«unchanged» answered to a first pull');
      return { report: { resultId: rep.resultId, items: previous.items }, unchanged: true };
    }
    return { report: { resultId: rep.resultId, items: rep.items }, unchanged: false };
  }

  /** The first difference between the edited document's answers and a fresh copy's, or ''. */
  async function check(d: TextDocument, when: string): Promise<string> {
    const text = d.getText();
    const uriB = `${o.dirB}/${++copies}/${fileName(name)}`;
    const partnersB = openPartners(name, `${o.dirB}/${copies}`);
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriB, languageId: 'constitution', version: 1, text } });
    try {
      const a = await diagnosticsOf(uriA, d.version, last);
      if (a.unchanged) r.unchanged++;
      last = a.report;
      const b = await diagnosticsOf(uriB, 1, null);
      // The partners: their diagnostics (after the edited document's, as an editor pulls them after the
      // refresh it asks for) and each pair's side-by-side table.
      for (let i = 0; i < partnersA.length; i++) {
        const pa = partnersA[i];
        const pb = partnersB[i];
        // (A pushing client gets a partner's new problems after the server's debounce, with no event to
        // wait for but time: its partners' tables are compared, not their diagnostics.)
        const none = { report: { items: [] as Any[] } };
        const x = o.push ? none : await diagnosticsOf(pa.uri, 1, pa.last);
        if (!o.push) pa.last = x.report;
        const y = o.push ? none : await diagnosticsOf(pb.uri, 1, null);
        const tables = await Promise.all([[uriA, pa.uri], [uriB, pb.uri]].map(([uri, other]) => req('atazan/parallelTable', { uri, other, format: 'md' })
          .then((t: Any) => (t ? { ...t, other: t.other === other ? '‹partner›' : t.other } : t), (err: Any) => ({ error: String(err?.message ?? err) }))));
        const pav = normalised([x.report.items, tables[0]], uriA);
        const pbv = normalised([y.report.items, tables[1]], uriB);
        if (pav !== pbv) return `${when}: the partner ${pa.name}: ${diff(JSON.parse(pav), JSON.parse(pbv), '')}`;
      }
      // The comparative table: the full comparison with the prior (which the quick one of a hover or an
      // inlay hint, made while typing, may lag behind by design until typing pauses), so what follows reads it.
      const tables = await Promise.all([uriA, uriB].map((uri) => req('atazan/comparativeTable', { uri }).then((t: Any) => (t ? { ...t, version: undefined } : t), (err: Any) => ({ error: String(err?.message ?? err) }))));
      for (const uri of [uriA, uriB]) s.conn.sendNotification('atazan/comparativeTableClosed', { uri });
      const offsets = [0, 1, 2].map(() => Math.floor(rnd() * (text.length + 1)));
      const picks = [rnd(), rnd()];
      const views = await Promise.all([view(uriA, d, a.report.items, offsets, picks), view(uriB, d, b.report.items, offsets, picks)]);
      const va = normalised([a.report.items, tables[0], ...views[0]], uriA);
      const vb = normalised([b.report.items, tables[1], ...views[1]], uriB);
      if (va === vb) return '';
      return `${when}: ${firstDifference(JSON.parse(va), JSON.parse(vb), '', offsets.map((x) => d.positionAt(x)))}`;
    } finally {
      s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uriB } });
      closeAll(partnersB);
    }
  }

  async function view(uri: string, d: TextDocument, diagnostics: Any[], offsets: number[], picks: number[]): Promise<unknown[]> {
    const td = { uri };
    const whole = { start: { line: 0, character: 0 }, end: d.positionAt(d.getText().length) };
    const out: Promise<unknown>[] = [
      req('textDocument/documentSymbol', { textDocument: td }),
      req('textDocument/foldingRange', { textDocument: td }),
      req('textDocument/semanticTokens/full', { textDocument: td }),
      // The lenses, and two of them resolved (the text a drafter reads on them).
      req('textDocument/codeLens', { textDocument: td }).then(async (lenses: Any[] | null) => {
        if (!lenses?.length) return lenses;
        const resolved = await Promise.all(picks.map((p) => req('codeLens/resolve', lenses[Math.floor(p * lenses.length)])));
        return [lenses, resolved];
      }),
      req('textDocument/inlayHint', { textDocument: td, range: whole }),
    ];
    for (const off of offsets) {
      const position = d.positionAt(off);
      const at = { textDocument: td, position };
      const here = diagnostics.filter((x) => before(x.range.start, position, true) && before(position, x.range.end, true));
      out.push(
        req('textDocument/hover', at),
        req('textDocument/definition', at),
        req('textDocument/references', { ...at, context: { includeDeclaration: true } }),
        req('textDocument/documentHighlight', at),
        req('textDocument/completion', at),
        req('textDocument/prepareRename', at),
        req('textDocument/rename', { ...at, newName: '77' }),
        req('textDocument/selectionRange', { textDocument: td, positions: [position] }),
        req('textDocument/codeAction', { textDocument: td, range: { start: position, end: position }, context: { diagnostics: here } }),
      );
    }
    // An error answer is part of the view (both documents must give the same one).
    return Promise.all(out.map((p) => p.then((x) => x ?? null, (err: Any) => ({ error: String(err?.message ?? err) }))));
  }
}

/**
 * `v` as JSON without result ids and revisions, the folder of `uri` (where the document and its partners
 * are open) written as ‹dir›, as it is and URL-encoded (in a command link's arguments).
 */
function normalised(v: unknown, uri: string): string {
  const dir = uri.slice(0, uri.lastIndexOf('/'));
  const json = JSON.stringify(v, (k, w) => (k === 'resultId' || k === 'revision' ? undefined : w));
  return [JSON.stringify(dir).slice(1, -1), encodeURIComponent(dir)].reduce((acc, d) => acc.split(d).join('‹dir›'), json);
}

function before(a: Position, b: Position, orEqual: boolean): boolean {
  return a.line < b.line || (a.line === b.line && (orEqual ? a.character <= b.character : a.character < b.character));
}

const NAMES = ['diagnostics', 'comparative table', 'outline', 'folding', 'semantic tokens', 'code lenses (and two resolved)', 'inlay hints'];
const AT = ['hover', 'definition', 'references', 'highlights', 'completion', 'prepareRename', 'rename', 'selectionRange', 'codeAction'];

function firstDifference(a: unknown[], b: unknown[], _at: string, positions: Position[]): string {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = diff(a[i], b[i], '');
    if (!d) continue;
    const what = i < NAMES.length ? NAMES[i] : `${AT[(i - NAMES.length) % AT.length]} at ${JSON.stringify(positions[Math.floor((i - NAMES.length) / AT.length)])}`;
    return `${what}${d}`;
  }
  return 'differs';
}

function diff(a: unknown, b: unknown, at: string): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  if (typeof a === 'string' && typeof b === 'string') {
    // Long strings (a hover's Markdown): around the first character that differs.
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    const from = Math.max(0, i - 60);
    return `${at} (at ${i}): ${JSON.stringify(a.slice(from, i + 140))} ≠ ${JSON.stringify(b.slice(from, i + 140))}`;
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

/**
 * The other language versions of each text among `texts`, as lsp/parallel.ts pairs open documents by their
 * names: the same name with «ru», «kk» or «en» in place of its language («kz-1995-ru.txt» → «kz-1995-kk.txt»,
 * «kz-1995-en.txt»), in the same folder.
 */
export function languagePartners(texts: readonly { name: string; text: string }[]): (name: string) => { name: string; text: string }[] {
  const byName = new Map(texts.map((t) => [t.name, t]));
  return (name) => {
    const out: { name: string; text: string }[] = [];
    const re = /(^|[./\-_])(ru|kk|en)(?=[.\-_])/g;
    for (const m of name.matchAll(re)) {
      const at = m.index! + m[1].length;
      for (const l of ['ru', 'kk', 'en']) {
        if (l === m[2]) continue;
        const t = byName.get(name.slice(0, at) + l + name.slice(at + 2));
        if (t && !out.includes(t)) out.push(t);
      }
    }
    return out;
  };
}
