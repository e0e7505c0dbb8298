// The engine of the incremental differential campaign (issue 15, session 20): sessions of drafting on
// real texts, keystroke by keystroke, as an editor sends them. Every keystroke goes through
// analyzeIncremental (the server's path) and its result is compared with a full analysis of the same text
// (canon.ts: the whole model, problems, references, targets, diagnostics with messages, citations,
// outline). What a drafter does is replayed in the text's own language and forms: a new article's heading
// and paragraph typed where articles stand and erased, an article's, paragraph's, section's or chapter's
// number retyped, citations, headings of sections and chapters and prior annotations typed, words and
// lines backspaced, lines cut, pasted and joined, Enter at a line's end, pastes undone at once, articles
// moved, renames and renumberings applied as one change event. One
// keystroke in ten comes after the server's idle preparation (prepareIncremental). With `service`, the same
// keystrokes also go to a LanguageService (the server's core, with its own caches): after each operation, and
// after a keystroke in twenty, what it answers (problems, diagnostics, outline, code lenses, folding, semantic
// tokens, and hover, definition, references, highlights and completion at five places) is compared with a
// fresh service's answers on the same text. With `prior`, the comparison with the prior Constitution is
// made as the server makes it: by one Matcher kept through the session, quick (a hover's: the word
// statistics may lag) after a keystroke in twenty, and in full after each operation, where it must equal a
// fresh comparison (a new Matcher on a fresh analysis of the same text): rows, statuses, predecessors and
// scores, texts, spans, diffs, dropped articles, pin problems.
// Used by scripts/incremental-campaign.ts (long runs) and test/unit/incremental-campaign.test.ts (a short
// seeded run in `npm test`). Not a test file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type Analysis, analyze, analyzeIncremental, comparePrior, createLanguageService, type LanguageService, Matcher,
  prepareIncremental, type TextChange,
} from '../../server/src/core';
import { canon, seen } from './canon';

export interface CampaignText { name: string; text: string }

/**
 * The real texts, in this order (the seeded runs depend on it): the six Constitutions (data/priors), the laws
 * that amended the 1995 Constitution and Adilet's editions (../shared/corpus/amendments), the acts and the
 * bills of test/fixtures/acts (provenance in the SOURCES.md files). Named by their path from `root`.
 */
export function realTexts(root: string): CampaignText[] {
  const dir = (d: string): CampaignText[] => fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: path.join(d, f), text: fs.readFileSync(path.join(root, d, f), 'utf8') }));
  return [...dir('data/priors'), ...dir('../shared/corpus/amendments'), ...dir('test/fixtures/acts'), ...dir('test/fixtures/acts/bills')];
}

export interface Difference { text: string; name: string; op: string; change: TextChange; field: string; incremental: boolean; error?: string }

/**
 * What the editor did, in order, for a replay through the server (test/support/lsp-campaign.ts): a session's
 * text opened, a change event (one keystroke, or many edits in one event, each in the coordinates of the
 * text after the ones before), a point where the answers are compared, the session's end.
 */
export type CampaignEvent =
  | { kind: 'open'; name: string; text: string }
  | { kind: 'change'; changes: TextChange[] }
  | { kind: 'check'; when: string }
  | { kind: 'close' };

/**
 * One drafting session of `ops` operations on `text`, as the events an editor sends (for a replay through
 * the server): the edits are generated, not compared (runCampaign with `compare: false`). The seed of the
 * i-th session of a run is `seed + 7919 * i`.
 */
export function sessionEvents(t: CampaignText, seed: number, ops: number): { events: CampaignEvent[]; keystrokes: number; throws: number } {
  const events: CampaignEvent[] = [];
  const r = runCampaign({ seed, texts: [t], sessions: 1, opsPerSession: ops, compare: false, trace: (e) => events.push(e) });
  return { events, keystrokes: r.keystrokes, throws: r.throws };
}

export interface CampaignResult {
  sessions: number; keystrokes: number; fast: number; prepared: number; differences: number; throws: number; serviceChecks: number; priorChecks: number;
  ops: Map<string, number>; perText: Map<string, { keystrokes: number; fast: number; differences: number }>; first: Difference[];
}

/**
 * Runs sessions of `opsPerSession` operations on the texts in turn until `keystrokes` keystrokes (or the
 * deadline, a performance.now() time) are reached.
 */
export function runCampaign(o: {
  seed: number; texts: readonly CampaignText[]; keystrokes?: number; deadline?: number; opsPerSession?: number; service?: boolean;
  /** The prior to compare a text with (by its name and analysis), or null for none. */
  prior?: (name: string, an: Analysis) => { id: string; an: Analysis } | null;
  /** At most this many sessions. */
  sessions?: number;
  /**
   * false: no full analysis per keystroke (the edits are only generated, for `trace`); the incremental
   * analysis still gives the text the next operation is planned on. Default true.
   */
  compare?: boolean;
  /** Receives every event in order (a replay through the server). */
  trace?: (e: CampaignEvent) => void;
}): CampaignResult {
  // ───────────────────────────── randomness ─────────────────────────────

  let state = o.seed >>> 0;
  function rnd(): number {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];

  // ───────────────────────────── the editor ─────────────────────────────

  const differences: Difference[] = [];
  const stats: CampaignResult = {
    sessions: 0, keystrokes: 0, fast: 0, prepared: 0, differences: 0, throws: 0, serviceChecks: 0, priorChecks: 0, ops: new Map(), perText: new Map(), first: differences,
  };
  let an = null as unknown as Analysis;
  let name = '';
  let op = '';

  function firstDifference(a: unknown, b: unknown, at = ''): string {
    if (JSON.stringify(a) === JSON.stringify(b)) return '';
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys) {
        const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
        if (d) return d;
      }
    }
    return `${at}: ${JSON.stringify(a)?.slice(0, 160)} ≠ ${JSON.stringify(b)?.slice(0, 160)}`;
  }

  /** One keystroke (or paste, or undo): the incremental analysis against a full one. */
  function edit(start: number, end: number, text: string): void {
    const old = an.text;
    start = Math.max(0, Math.min(start, old.length));
    end = Math.max(start, Math.min(end, old.length));
    if (start === end && text === '') return;
    serviceEdit(start, end, text);
    if (rnd() < 0.1) { prepareIncremental(an); stats.prepared++; }
    judge([{ start, end, text }], old.slice(0, start) + text + old.slice(end), '');
    if (prior && rnd() < 0.05) priorCheck(true);
    // The replay compares the server's answers now and then while typing too.
    if (o.trace && rnd() < 0.05) o.trace({ kind: 'check', when: 'keystroke' });
  }

  /** The incremental analysis after `changes` (in order) against a full analysis of `next`; `an` moves on. */
  function judge(changes: TextChange[], next: string, label: string): void {
    const old = an.text;
    stats.keystrokes++;
    o.trace?.({ kind: 'change', changes });
    if (o.compare === false) {
      let inc = an;
      try {
        for (const c of changes) inc = analyzeIncremental(inc, c);
      } catch {
        stats.throws++;
        inc = analyze(next);
      }
      if (inc.incremental) stats.fast++;
      an = inc.text === next ? inc : analyze(next);
      return;
    }
    const full = analyze(next);
    let inc = an;
    try {
      for (const c of changes) inc = analyzeIncremental(inc, c);
    } catch (e) {
      stats.throws++;
      record(old, changes[0], `throw${label}`, false, String((e as Error)?.stack ?? e));
      an = full;
      return;
    }
    if (inc.incremental) stats.fast++;
    const field = inc.text !== next ? 'text' : firstDifference(canon(inc), canon(full));
    if (field) {
      stats.differences++;
      record(old, changes[0], field + label, !!inc.incremental);
      an = full;
      return;
    }
    an = inc;
  }

  // The service mode: the same keystrokes through a LanguageService, its answers against a fresh one's.
  let svc: LanguageService | null = null;
  let svcText = '';
  const URI = 'campaign:1';
  function viewOf(x: LanguageService, uri: string, offsets: number[]): string {
    const v: unknown[] = [
      x.problems(uri), x.diagnostics(uri), x.documentSymbols(uri), x.codeLenses(uri, 'all', 'ru'), x.foldingRanges(uri), x.semanticTokens(uri),
    ];
    for (const off of offsets) {
      v.push(x.hover(uri, off), x.definition(uri, off), x.references(uri, off, true), x.highlights(uri, off), x.completions(uri, off));
    }
    return JSON.stringify(v);
  }
  function serviceEdit(start: number, end: number, text: string): void {
    if (!svc) return;
    if (rnd() < 0.1) svc.prepare(URI);
    serviceChange([{ start, end, text }], svcText.slice(0, start) + text + svcText.slice(end));
    // Pulled now and then while typing, as a client pulls diagnostics.
    if (rnd() < 0.05) serviceCheck('keystroke');
  }
  /** The service gets `changes` in one event; `next` is its text after them. */
  function serviceChange(changes: TextChange[], next: string): void {
    if (!svc) return;
    svc.change(URI, changes);
    svcText = next;
  }
  function serviceCheck(when: string): void {
    if (!svc) return;
    stats.serviceChecks++;
    const offsets = Array.from({ length: 5 }, () => int(svcText.length + 1));
    let mine: string;
    let field = '';
    try {
      mine = viewOf(svc, URI, offsets);
    } catch (e) {
      stats.throws++;
      record(svcText, { start: 0, end: 0, text: '' }, `service (${when})`, true, String((e as Error)?.stack ?? e));
      svc = createLanguageService();
      svc.open(URI, svcText);
      return;
    }
    const fresh = createLanguageService();
    fresh.open(URI, svcText);
    const theirs = viewOf(fresh, URI, offsets);
    if (mine !== theirs) {
      const a = JSON.parse(mine) as unknown[];
      const b = JSON.parse(theirs) as unknown[];
      const names = ['problems', 'diagnostics', 'symbols', 'lenses', 'folding', 'tokens'];
      for (let i = 0; i < a.length && !field; i++) {
        const d = firstDifference(a[i], b[i]);
        if (d) field = `service (${when}) ${names[i] ?? `${['hover', 'definition', 'references', 'highlights', 'completion'][(i - 6) % 5]} at ${offsets[Math.floor((i - 6) / 5)]}`}${d}`;
      }
      stats.differences++;
      record(svcText, { start: 0, end: 0, text: '' }, field || `service (${when})`, true);
      svc = fresh;
    }
  }

  // The prior mode: one Matcher through the session, as the server keeps one per document.
  let prior: { id: string; an: Analysis } | null = null;
  let matcher: Matcher | null = null;
  function priorCheck(quick: boolean): void {
    if (!prior || !matcher) return;
    try {
      const mine = comparePrior(an, prior.an, prior.id, matcher, { deferIdf: quick });
      if (quick) return;
      stats.priorChecks++;
      const d = firstDifference(seen(mine), seen(comparePrior(analyze(an.text), prior.an, prior.id, new Matcher())));
      if (d) {
        stats.differences++;
        record(an.text, { start: 0, end: 0, text: '' }, `prior comparison${d}`, true);
        matcher = new Matcher();
      }
    } catch (e) {
      stats.throws++;
      record(an.text, { start: 0, end: 0, text: '' }, 'prior comparison', true, String((e as Error)?.stack ?? e));
      matcher = new Matcher();
    }
  }

  function record(text: string, change: TextChange, field: string, incremental: boolean, error?: string): void {
    if (differences.length < 200) differences.push({ text, name, op, change, field, incremental, error });
  }

  /**
   * Several edits in one change event (a rename or a renumbering applied: VS Code sends a workspace edit's
   * text edits as one didChange, last first, each in the coordinates of the text after the ones before).
   */
  function editMany(changes: TextChange[]): void {
    if (changes.length === 0) return;
    let next = an.text;
    for (const c of changes) next = next.slice(0, c.start) + c.text + next.slice(c.end);
    serviceChange(changes, next);
    judge(changes, next, ` (after ${changes.length} edits)`);
  }

  /** Types `s` at `at`, one character (or CRLF) at a time. */
  function type(at: number, s: string): void {
    for (let i = 0; i < s.length; i++) {
      const ch = s[i] === '\r' && s[i + 1] === '\n' ? '\r\n' : s[i];
      edit(at, at, ch);
      at += ch.length;
      i += ch.length - 1;
    }
  }

  /** Backspaces from `end` down to `start`, one character at a time. */
  function backspace(start: number, end: number): void {
    for (let p = end; p > start; p--) edit(p - 1, p, '');
  }

  /** Deletes forward `n` characters at `at`. */
  function del(at: number, n: number): void {
    for (let i = 0; i < n && at < an.text.length; i++) edit(at, at + 1, '');
  }

  // ───────────────────────────── positions ─────────────────────────────

  const lineStarts = (): readonly number[] => an.lineIndex.lineStarts;

  function lineEndFrom(p: number): number {
    const t = an.text;
    let e = p;
    while (e < t.length && t[e] !== '\n' && t[e] !== '\r') e++;
    return e;
  }

  /** A random line's start, end or inner position (biased to heading lines and their neighbours). */
  function somewhere(): number {
    const d = an.doc;
    const r = rnd();
    if (r < 0.35 && d.articles.length) {
      const a = pick(d.articles);
      const k = int(6);
      if (k === 0) return a.headSpan.start;
      if (k === 1) return a.headSpan.end;
      if (k === 2) return Math.min(a.span.end, an.text.length);
      if (k === 3) return a.number.span.end;
      const ls = a.lines;
      if (ls.length) { const l = pick(ls); return k === 4 ? l.start : l.end; }
      return a.headSpan.end;
    }
    if (r < 0.5) {
      const us = [...d.sections, ...d.chapters, ...d.subchapters];
      if (us.length) { const u = pick(us); return pick([u.headSpan.start, u.headSpan.end, u.number.span.end]); }
    }
    const ls = lineStarts();
    const s = pick(ls);
    const e = lineEndFrom(s);
    return pick([s, e, s + int(e - s + 1)]);
  }

  // ───────────────────────────── what drafters type ─────────────────────────────

  type Lang = 'ru' | 'kk' | 'en';
  const lang = (): Lang => (an.lang === 'kk' || an.lang === 'en' ? an.lang : 'ru');

  function articleHeading(n: string): string {
    // The text's own form when it has articles: an existing heading with its number replaced.
    const as = an.doc.articles;
    if (as.length && rnd() < 0.7) {
      const a = pick(as);
      const h = an.text.slice(a.headSpan.start, a.headSpan.end);
      const ns = a.number.span.start - a.headSpan.start;
      const ne = a.number.span.end - a.headSpan.start;
      if (ns >= 0 && ne <= h.length) {
        const head = h.slice(0, ns) + n + h.slice(ne);
        return rnd() < 0.5 ? head.slice(0, ns + n.length + (head[ns + n.length] === '-' ? 4 : 0)) : head;
      }
    }
    return { ru: `Статья ${n}`, kk: `${n}-бап`, en: `Article ${n}` }[lang()];
  }

  function paragraph(): string {
    return pick({
      ru: ['1. Граждане имеют право на труд.', '2) в порядке, установленном законом;', 'Текст статьи.', '3. Действие пункта 2 настоящей статьи не распространяется на случаи, предусмотренные статьей 5.'],
      kk: ['1. Азаматтардың еңбек етуге құқығы бар.', '2) заңда белгіленген тәртіппен;', 'Баптың мәтіні.', '3. Осы баптың 2-тармағының күші 5-бапта көзделген жағдайларға қолданылмайды.'],
      en: ['1. Citizens have the right to work.', '2) in the manner established by law;', 'Text of the article.', '3. Paragraph 2 of this Article shall not apply to the cases provided for by Article 5.'],
    }[lang()]);
  }

  function citation(): string {
    const n = an.doc.articles.length ? pick(an.doc.articles).number.text : String(1 + int(99));
    return pick({
      ru: [` (статья ${n})`, ` в соответствии с пунктом 2 статьи ${n}`, ` подпункта 1) пункта 3 статьи ${n} Конституции`, ` статьями ${n} и 999`, ' пункта 1 настоящей статьи'],
      kk: [` (${n}-бап)`, ` ${n}-баптың 2-тармағына сәйкес`, ` Конституцияның ${n}-бабының 3-тармағының 1) тармақшасы`, ' осы баптың 1-тармағы'],
      en: [` (Article ${n})`, ` in accordance with paragraph 2 of Article ${n}`, ` subparagraph 1) of paragraph 3 of Article ${n} of the Constitution`, ' paragraph 1 of this Article'],
    }[lang()]);
  }

  function unitHeading(): string {
    return pick({
      ru: ['Раздел IX. Новый раздел', 'Глава 3. Общие положения', 'Глава II', 'Параграф 2. Розница', 'РАЗДЕЛ X'],
      kk: ['9-бөлім. Жаңа бөлім', '3-тарау. Жалпы ережелер', 'II тарау', '2-параграф. Бөлшек сауда'],
      en: ['Section IX. A new section', 'Chapter 3. General provisions', 'Chapter II', 'SECTION X'],
    }[lang()]);
  }

  function annotation(): string {
    return pick([`<!-- prior: ${1 + int(98)} -->`, '<!-- prior: none -->', '<!-- заметка редактора -->', '<!-- cites: kz-1995 -->']);
  }

  // ───────────────────────────── operations ─────────────────────────────

  /** A drafting operation, done keystroke by keystroke; true if it may be undone in one edit. */
  const OPS: [string, number, () => void][] = [
    ['new article typed and erased', 3, () => {
      // Enter at an article's end, its heading, Enter, a paragraph; then erased back, or kept.
      const as = an.doc.articles;
      const at = as.length ? pick([pick(as).span.end, pick(as).headSpan.start, somewhere()]) : somewhere();
      const n = String(as.length ? Number.parseInt(pick(as).number.text, 10) + int(3) : 1 + int(9));
      const before = an.text;
      const s = '\n' + articleHeading(Number.isFinite(Number(n)) ? n : '7') + '\n' + paragraph();
      type(at, s);
      if (rnd() < 0.6) backspace(at, at + s.length);
      void before;
    }],
    ['number retyped', 3, () => {
      const d = an.doc;
      const units = [...d.articles, ...d.articles.flatMap((a) => a.paragraphs), ...d.sections, ...d.chapters, ...d.subchapters];
      if (!units.length) return;
      const u = pick(units);
      const s = u.number.span;
      const k = int(4);
      if (k === 0) { edit(s.end - 1, s.end, String(int(10))); return; }
      if (k === 1) { type(s.end, String(int(10))); if (rnd() < 0.7) backspace(s.end, s.end + 1); return; }
      if (k === 2) { backspace(s.start, s.end); if (rnd() < 0.8) type(s.start, u.number.text); return; }
      edit(s.start, s.end, String(1 + int(400)));
    }],
    ['citation typed', 2, () => {
      const d = an.doc;
      const a = d.articles.length ? pick(d.articles) : null;
      const at = a && a.lines.length ? pick(a.lines).end : somewhere();
      const s = citation();
      type(at, s);
      if (rnd() < 0.5) backspace(at, at + s.length);
    }],
    ['heading of a section or chapter typed', 1, () => {
      const at = somewhere();
      const s = '\n' + unitHeading();
      type(at, s);
      if (rnd() < 0.7) backspace(at, at + s.length);
    }],
    ['annotation typed', 1, () => {
      const at = somewhere();
      const s = (rnd() < 0.5 ? '\n' : ' ') + annotation();
      type(at, s);
      if (rnd() < 0.6) backspace(at, at + s.length);
    }],
    ['words backspaced', 3, () => {
      const e = somewhere();
      backspace(Math.max(0, e - 1 - int(40)), e);
    }],
    ['deleted forward', 1, () => del(somewhere(), 1 + int(20))],
    ['Enter, and the line break deleted', 3, () => {
      const at = somewhere();
      const lb = an.text.includes('\r\n') && rnd() < 0.5 ? '\r\n' : '\n';
      edit(at, at, lb);
      if (rnd() < 0.5) edit(at, at, lb);
      if (rnd() < 0.6) backspace(at, at + lb.length);
    }],
    ['lines joined', 1, () => {
      const s = lineEndFrom(somewhere());
      if (s < an.text.length) edit(s, s + (an.text.startsWith('\r\n', s) ? 2 : 1), rnd() < 0.5 ? ' ' : '');
    }],
    ['lines cut and pasted back', 2, () => {
      const ls = lineStarts();
      const i = int(ls.length);
      const j = Math.min(ls.length - 1, i + 1 + int(8));
      const s = ls[i];
      const e = j > i ? ls[j] : an.text.length;
      const cut = an.text.slice(s, e);
      edit(s, e, '');
      if (rnd() < 0.7) {
        const to = rnd() < 0.5 ? s : pick(lineStarts());
        edit(to, to, cut);
      }
    }],
    ['text typed in a line', 3, () => {
      const at = somewhere();
      const s = pick([' и', 'новые слова', '.', ';', ' 12', ')', '-1', 'а', '\u00a0', '«цитата»', ' —', 'Статья', 'бап', 'Article']);
      type(at, s);
      if (rnd() < 0.4) backspace(at, at + s.length);
    }],
    ['title or exclusion typed on a heading', 2, () => {
      // «Статья 12» + «. Права граждан», or «. Исключена» / « исключена» (an excluded article), then erased.
      const as = an.doc.articles;
      if (!as.length) return;
      const a = pick(as);
      const at = a.title !== undefined && rnd() < 0.5 ? a.headSpan.end : a.number.span.end;
      const s = pick({
        ru: ['. Права граждан', '. Исключена', ' исключена', '. Исключена Законом РК от 02.02.2011 № 403-IV'],
        kk: ['. Азаматтардың құқықтары', '. Алып тасталды', ' алып тасталды'],
        en: ['. Rights of citizens', '. Excluded', ' is excluded'],
      }[lang()]);
      type(at, s);
      if (rnd() < 0.7) backspace(at, at + s.length);
    }],
    ['quoted wording typed', 2, () => {
      // An amending article's new wording: «, the wording, », as a bill quotes it, at a paragraph's start or end.
      const d = an.doc;
      const a = d.articles.length ? pick(d.articles) : null;
      const at = a && a.lines.length ? (rnd() < 0.5 ? pick(a.lines).start : pick(a.lines).end) : somewhere();
      const inner = pick({
        ru: ['«Статья 5. Новая редакция', '«1. Новая редакция пункта.»;', '«', '»;', '\n«Статья 7-1. Новая статья\n1. Текст.».'],
        kk: ['«5-бап. Жаңа редакция', '«1. Жаңа редакция.»;', '«', '»;', '\n«7-1-бап. Жаңа бап\n1. Мәтін.».'],
        en: ['"Article 5. New wording', '"1. New wording."', '«', '»;'],
      }[lang()]);
      type(at, inner);
      if (rnd() < 0.6) backspace(at, at + inner.length);
    }],
    ['note line typed', 1, () => {
      // A publication note after an article's heading («Сноска. …», «Ескерту. …», «Footnote. …»).
      // (Session 23: or one that excludes the next article or a paragraph, which a gap then reads.)
      const as = an.doc.articles;
      const a = as.length ? pick(as) : null;
      const at = a ? a.headSpan.end : somewhere();
      const n = a ? a.number.base + 1 : 2;
      const s = '\n' + pick({
        ru: ['Сноска. Статья 2 с изменениями, внесенными Законом РК от 02.02.2011 № 403-IV.', 'Примечание ИЗПИ!',
          `Сноска. Статья ${n} исключена Законом РК от 02.02.2011 № 403-IV.`, 'Сноска. Пункт 2 исключен Законом РК от 02.02.2011 № 403-IV.'],
        kk: ['Ескерту. 2-бапқа өзгеріс енгізілді - ҚР 02.02.2011 № 403-IV Заңымен.', `Ескерту. ${n}-бап алып тасталды - ҚР 02.02.2011 № 403-IV Заңымен.`],
        en: ['Footnote. Article 2 as amended by the Law of the RK of 02.02.2011 No. 403-IV.', `Footnote. Article ${n} was excluded by the Law of the RK of 02.02.2011 No. 403-IV.`],
      }[lang()]);
      type(at, s);
      if (rnd() < 0.6) backspace(at, at + s.length);
    }],
    ['article moved', 1, () => {
      // An article cut whole (its heading to the next one's) and pasted before another; undone or not.
      const as = an.doc.articles;
      if (as.length < 2) return;
      const i = int(as.length - 1);
      const s0 = an.text.lastIndexOf('\n', as[i].headSpan.start - 1) + 1;
      const e0 = an.text.lastIndexOf('\n', as[i + 1].headSpan.start - 1) + 1;
      if (e0 <= s0) return;
      const cut = an.text.slice(s0, e0);
      edit(s0, e0, '');
      const bs = an.doc.articles;
      const to = bs.length ? an.text.lastIndexOf('\n', pick(bs).headSpan.start - 1) + 1 : 0;
      edit(to, to, cut);
      if (rnd() < 0.3) { edit(to, to + cut.length, ''); edit(s0, s0, cut); }
    }],
    ['rename or renumbering applied', 2, () => {
      // F2 on an article's number (every citation rewritten), or «renumber from here», applied at once.
      const as = an.doc.articles;
      if (!as.length) return;
      const tmp = createLanguageService();
      tmp.open('campaign:rename', an.text);
      let edits: { span: { start: number; end: number }; newText: string }[] = [];
      if (rnd() < 0.6) {
        const a = pick(as);
        const base = Number.parseInt(a.number.text, 10);
        const r = tmp.rename('campaign:rename', a.number.span.start, String(Number.isFinite(base) ? base + 1 + int(3) : 1 + int(9)));
        if (r && 'edits' in r) edits = r.edits;
      } else {
        const plan = tmp.renumberPlan('campaign:rename');
        if (plan) edits = plan.edits;
      }
      editMany(edits.slice().sort((x, y) => y.span.start - x.span.start).map((e) => ({ start: e.span.start, end: e.span.end, text: e.newText })));
    }],
    ['paste and undo', 1, () => {
      const at = somewhere();
      const src = pick(lineStarts());
      const piece = an.text.slice(src, lineEndFrom(src + int(400)));
      edit(at, at, piece);
      if (rnd() < 0.7) edit(at, at + piece.length, '');
    }],
  ];

  const weightSum = OPS.reduce((s, x) => s + x[1], 0);
  function anOp(): [string, () => void] {
    let r = rnd() * weightSum;
    for (const [n, w, f] of OPS) { if ((r -= w) < 0) return [n, f]; }
    return [OPS[0][0], OPS[0][2]];
  }

  const budget = o.keystrokes ?? Infinity;
  const deadline = o.deadline ?? Infinity;
  const more = () => stats.keystrokes < budget && performance.now() < deadline;
  while (more() && o.texts.length > 0 && stats.sessions < (o.sessions ?? Infinity)) {
    const t = o.texts[stats.sessions % o.texts.length];
    stats.sessions++;
    name = t.name;
    an = analyze(t.text);
    o.trace?.({ kind: 'open', name, text: t.text });
    prior = o.prior?.(name, an) ?? null;
    matcher = prior ? new Matcher() : null;
    if (o.service) {
      svc = createLanguageService();
      svc.open(URI, t.text);
      svcText = t.text;
      svc.problems(URI);
    }
    const before = { k: stats.keystrokes, f: stats.fast, d: stats.differences + stats.throws };
    for (let i = 0; i < (o.opsPerSession ?? 12) && more(); i++) {
      const [n, f] = anOp();
      op = n;
      stats.ops.set(n, (stats.ops.get(n) ?? 0) + 1);
      f();
      serviceCheck(`after «${n}»`);
      priorCheck(false);
      o.trace?.({ kind: 'check', when: `after «${n}»` });
    }
    o.trace?.({ kind: 'close' });
    const p = stats.perText.get(name) ?? { keystrokes: 0, fast: 0, differences: 0 };
    p.keystrokes += stats.keystrokes - before.k;
    p.fast += stats.fast - before.f;
    p.differences += stats.differences + stats.throws - before.d;
    stats.perText.set(name, p);
  }
  return stats;
}
