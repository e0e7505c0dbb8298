// Generating an amendment bill (issue 11, the reverse of read/apply): from the act in force and an edited
// copy, the bill «О внесении изменений и дополнений в Конституцию …» in the official style of Law No. 480-V
// as the real laws write it (corpus/amendments): items in the act's order, one item per article with
// sub-items when it has several changes («4. В статье 39: 1) …; 2) …»), a whole unit rewritten or only
// words replaced («слова «…» заменить словами «…»») when a small part of it changed, inserted units with
// their inserted numbers, excluded units. Units are matched by number: the bill never renumbers. Pure;
// the phrases come from the lexicons (lang/*.ts bill.write).

import type { Analysis } from '../analysis';
import { lexicon } from '../lang';
import type { BillFrame, BillPath, BillWriting, InstructionKind, NewEditionReason } from '../lang';
import { parse, RE_DRAFT_MARKER, type DocumentModel } from '../parser';
import { applyBill, homoglyphs, sectionNumeral } from './apply';
import { readBill } from './read';
import type { Article, Lang, Line, Paragraph, Span, Subparagraph } from '../types';

type Kind = 'article' | 'paragraph' | 'subparagraph';

/** One unit of the act as the bill sees it: its own lines (notes and blank lines left out) and children. */
interface Node {
  kind: Kind;
  num: string;
  key: string;
  path: BillPath;
  lines: string[];
  children: Node[];
  /** The unit's lines with each child's lines replaced by one marker line (\u0000 + the child's key). */
  frame: string[];
  /** An exclusion note («3. Исключен.», «Статья 84. Исключена.»). */
  excluded: boolean;
}

/** One change the bill makes, before it is worded. */
export interface AmendChange {
  kind: InstructionKind;
  /** The unit: for insert-unit, the parent (article undefined: the act itself). */
  path: BillPath | undefined;
  /** insert-unit: the kind and numbers of the new units. */
  inserted?: { kind: Kind; numbers: string[] };
  /** replace-unit, insert-unit: the new text, as lines. */
  text?: string;
  old?: string;
  new?: string;
  anchor?: string;
  position?: 'after' | 'before';
  /** The article whose item this change belongs to (for nesting); a section heading: its first article. */
  article: string;
  /** The preamble or a section's heading (then `path` is undefined). */
  frame?: BillFrame;
  /** replace-unit: an unnumbered part of the unit (1-based), rewritten alone. */
  part?: number;
  /** replace-unit of the whole act: the new edition (the bill's appendix), `text` the whole new text. */
  whole?: true;
  /**
   * replace-unit of several siblings in one statement («Пункты 2 и 3 статьи 50 …»), or the same word edits
   * of several siblings («в пунктах 1 и 2 слово …»): every unit, `path` first.
   */
  paths?: BillPath[];
}

/** A unit the edited copy renumbered: the bill keeps its number (Law No. 480-V: no renumbering). */
export interface Renumbered {
  kind: Kind;
  /** The parent's path (undefined: the act's articles). */
  parent: BillPath | undefined;
  /** The number in the copy, and the number the bill gives it (the act's, or an inserted one). */
  from: string;
  to: string;
}

export interface AmendResult {
  /** The bill's text; empty when nothing changed. */
  text: string;
  changes: AmendChange[];
  /** Units the copy renumbered; the bill keeps the act's numbers and gives new units inserted numbers. */
  renumbered: Renumbered[];
  /**
   * Changes the bill cannot express, each named: 'title' (the title lines: a draft marker, the record of
   * adoption), 'preamble' (added or removed: a bill rewrites or edits a preamble, it does not add or
   * exclude one), 'sections' (a section added or removed, or articles moved between sections).
   */
  unexpressed: string[];
  /**
   * How the bill is written: instruction by instruction (`units`), or the whole act set out in a new
   * edition (`new-edition`, one statement and the new text as the law's appendix).
   */
  style: AmendStyle;
  /**
   * What applying the instruction-level bill to the act would not reproduce, each with its reason (why
   * the bill is a new edition; with `style: 'units'` forced, what the bill leaves different). Empty when
   * the instruction-level bill reproduces the copy exactly.
   */
  reasons: NewEditionReason[];
}

export type AmendStyle = 'units' | 'new-edition';

export interface AmendOptions {
  /** The bill's language (default: the old act's; en acts get ru). */
  lang?: 'ru' | 'kk';
  /** Word-level edits when at most this share of the unit's characters changed (default 0.3). */
  wordShare?: number;
  /**
   * Force a style. By default the instruction-level bill is written when applying it to the act gives the
   * copy exactly (checked by applying it), and the new edition otherwise.
   */
  style?: AmendStyle;
}

/**
 * The amendment bill that turns `oldAct` into `newAct`: instruction by instruction when that reproduces
 * `newAct` exactly, else (or when `options.style` says so) the whole act in a new edition, with the reasons.
 */
export function amend(oldAct: Analysis, newAct: Analysis, options: AmendOptions = {}): AmendResult {
  const lang: 'ru' | 'kk' = options.lang ?? (oldAct.lang === 'kk' ? 'kk' : 'ru');
  const units = unitsBill(oldAct, newAct, lang, options);
  const w = lexicon(lang).bill.write;
  if (!w || oldAct.text === newAct.text) return units;
  if (options.style === 'units' || options.style === undefined) {
    // Self-check: the bill applied to the act.
    const applied = units.text ? applyBill(readBill(units.text, lang), oldAct.text, { parsed: oldAct.doc }).text : oldAct.text;
    if (applied === newAct.text) return units;
    units.reasons = newEditionReasons(oldAct, newAct, applied);
    // What differs is not legal text (publication notes, layout, the wording of exclusion notes): the bill
    // says all there is to say.
    if (options.style === 'units' || units.reasons.every((r) => r.kind === 'notes')) return units;
    // The copy renumbered units and nothing else differs: the bill keeps the act's numbers and gives new
    // units inserted numbers, as the law requires (Law No. 480-V); `renumbered` says so.
    if (units.renumbered.length && units.reasons.every((r) => r.kind === 'text')) return units;
  } else units.reasons = newEditionReasons(oldAct, newAct, units.text ? applyBill(readBill(units.text, lang), oldAct.text, { parsed: oldAct.doc }).text : oldAct.text);
  // The new text quoted after the statement, as the real laws quote a new wording; in the law's appendix
  // when its own quotation marks would not let it be read back exactly (an unbalanced «).
  const head = `# ${w.title(true, false)}\n\n${w.billArticle(1)} `;
  const entry = `${w.billArticle(2)} ${w.entry}\n`;
  let text = `${head}${w.newEdition(false)}\n\n${w.quote(newAct.text)}.\n\n${entry}`;
  if (readBill(text, lang).instructions[0]?.text?.text !== newAct.text) text = `${head}${w.newEdition(true)}\n\n${entry}\n${w.appendix}\n\n${newAct.text}`;
  return {
    text,
    changes: [{ kind: 'replace-unit', path: undefined, text: newAct.text, article: '', whole: true }],
    renumbered: [], unexpressed: units.unexpressed, style: 'new-edition', reasons: units.reasons,
  };
}

/**
 * What the instruction-level bill leaves different: `applied` is the act with that bill applied. Articles
 * kept as exclusion notes, sections added, removed or regrouped, the title lines, a preamble added or
 * removed; anything else as the first line that differs.
 */
function newEditionReasons(oldAct: Analysis, newAct: Analysis, applied: string): NewEditionReason[] {
  if (applied === newAct.text) return [];
  const out: NewEditionReason[] = [];
  const got: DocumentModel = parse(applied);
  const a = normative(got);
  const b = normative(newAct.doc);
  const sameBody = a.length === b.length && a.every((x, i) => x.text === b[i].text);
  if (sameBody) return [titleText(got) === titleText(newAct.doc) ? { kind: 'notes' } : { kind: 'title' }];
  const o = oldAct.doc;
  const n = newAct.doc;
  const kept = got.articles.filter((x) => x.excluded && !n.articles.some((y) => y.number.text === x.number.text)).map((x) => x.number.text);
  if (kept.length) out.push({ kind: 'excluded', articles: kept });
  const oSecs = new Map(o.sections.map((x) => [sectionNumeral(x.number.text), x]));
  const nSecs = new Map(n.sections.map((x) => [sectionNumeral(x.number.text), x]));
  const added = [...nSecs.keys()].filter((k) => !oSecs.has(k));
  const removed = [...oSecs.keys()].filter((k) => !nSecs.has(k));
  if (added.length) out.push({ kind: 'sections-added', sections: added });
  if (removed.length) out.push({ kind: 'sections-removed', sections: removed });
  const moved = [...nSecs].filter(([k, x]) => oSecs.has(k) && x.articles[0] && oSecs.get(k)!.articles[0]?.number.text !== x.articles[0].number.text).map(([, x]) => x.articles[0].number.text);
  if (moved.length) out.push({ kind: 'sections-moved', articles: moved });
  if (titleText(o) !== titleText(n)) out.push({ kind: 'title' });
  if (!o.preamble && n.preamble) out.push({ kind: 'preamble-added' });
  if (o.preamble && !n.preamble) out.push({ kind: 'preamble-removed' });
  // Nothing structural explains it (the title lines are not in the body compared): the first line that differs.
  if (!out.some((r) => r.kind !== 'title')) {
    let i = 0;
    while (i < a.length && i < b.length && a[i].text === b[i].text) i++;
    out.push({ kind: 'text', line: (b[i] ?? b[b.length - 1])?.line ?? 1 });
  }
  return out;
}

/**
 * The legal text of an act below its title, line by line (1-based line numbers): the title lines,
 * publication notes, comments and blank lines left out, each line trimmed, an excluded unit as one marker whatever its note says («4. Исключен.»,
 * «4. Исключен Законом РК от …»).
 */
function normative(doc: DocumentModel): { line: number; text: string }[] {
  const excluded: { span: Span; num: string }[] = [];
  const add = (u: { excluded: boolean; span: Span; number: { text: string } }, prefix: string) => {
    if (u.excluded) excluded.push({ span: u.span, num: `${prefix}${u.number.text}` });
  };
  for (const a of doc.articles) {
    add(a, '');
    for (const p of a.paragraphs) {
      add(p, `${a.number.text}.`);
      for (const sp of p.subparagraphs) add(sp, `${a.number.text}.${p.number.text}.`);
    }
    for (const sp of a.subparagraphs) add(sp, `${a.number.text}..`);
  }
  excluded.sort((x, y) => x.span.start - y.span.start);
  const out: { line: number; text: string }[] = [];
  let k = 0;
  let last: unknown;
  doc.lines.forEach((l, i) => {
    if (l.kind === 'blank' || l.kind === 'note' || l.kind === 'comment' || l.kind === 'title') return;
    while (k < excluded.length && excluded[k].span.end <= l.span.start) k++;
    // (Nested excluded units: the outer one, which starts first, holds the line.)
    const ex = k < excluded.length && excluded[k].span.start <= l.span.start ? excluded[k] : undefined;
    if (ex) {
      if (ex !== last) out.push({ line: i + 1, text: `\u2298 ${ex.num}` });
      last = ex;
      return;
    }
    out.push({ line: i + 1, text: doc.text.slice(l.content.start, l.content.end).trim() });
  });
  return out;
}

/** The instruction-level bill (Law No. 480-V: units rewritten, inserted, excluded, words edited). */
function unitsBill(oldAct: Analysis, newAct: Analysis, lang: 'ru' | 'kk', options: AmendOptions): AmendResult {
  const w = lexicon(lang).bill.write;
  const result: AmendResult = { text: '', changes: [], renumbered: [], unexpressed: [], style: 'units', reasons: [] };
  if (!w) return result;
  const share: Ctx = { share: options.wordShare ?? 0.3, renumbered: result.renumbered };
  const olds = oldAct.doc.articles.map((a) => articleNode(oldAct, a));
  const news = newAct.doc.articles.map((a) => articleNode(newAct, a));
  const changes = result.changes;
  diffList(olds, news, undefined, changes, share, true);
  groupWords(changes);
  // The preamble first; a section's heading before the items of the section's first article.
  const frames = frameChanges(oldAct, newAct, share.share, result.unexpressed);
  if (frames.length) {
    const merged: AmendChange[] = [];
    let k = 0;
    for (const c of changes) {
      while (k < frames.length && ('preamble' in frames[k].frame! || compareNumbers(canon(c.article), canon(frames[k].article)) >= 0)) merged.push(frames[k++]);
      merged.push(c);
    }
    merged.push(...frames.slice(k));
    changes.splice(0, changes.length, ...merged);
  }
  if (changes.length) result.text = word(w, changes);
  return result;
}

// ── The units of an act

/** The kind of the line that holds each offset (the article's body spans may start after an indent). */
function lineKinds(an: Analysis): (pos: number) => Line['kind'] {
  let f = KINDS.get(an);
  if (!f) {
    const lines = an.doc.lines;
    f = (pos: number) => {
      let lo = 0;
      let hi = lines.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lines[mid].span.start <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lines[lo]?.kind ?? 'text';
    };
    KINDS.set(an, f);
  }
  return f;
}
const KINDS = new WeakMap<Analysis, (pos: number) => Line['kind']>();

function lineText(text: string, s: Span): string {
  return text.slice(s.start, s.end).replace(/[\r\s]+$/u, '');
}

/**
 * An act's title lines as compared between two texts. A draft marker («ПРОЕКТ», «ЖОБА») is not part of the
 * act: a bill neither adds nor removes it.
 */
function titleText(d: DocumentModel): string {
  return d.titleLines.map((s) => lineText(d.text, s)).filter((l) => !RE_DRAFT_MARKER.test(l)).join('\n');
}

/** Content lines of an article: the heading, then every body line but notes, comments and blank lines. */
function contentLines(an: Analysis, a: Article): Span[] {
  const kinds = lineKinds(an);
  const head = lineSpanAt(an.text, a.headSpan.start);
  const out: Span[] = [head];
  for (const l of a.lines) {
    const k = kinds(l.start);
    if (k === 'note' || k === 'blank' || k === 'comment' || !an.text.slice(l.start, l.end).trim()) continue;
    out.push(l);
  }
  return out;
}

function lineSpanAt(text: string, pos: number): Span {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  let e = text.indexOf('\n', pos);
  if (e < 0) e = text.length;
  return { start: s, end: e };
}

function canon(n: string): string {
  return n.replace(/\s+/gu, '').replace(/[–—]/gu, '-');
}

function articleNode(an: Analysis, a: Article): Node {
  const lines = contentLines(an, a);
  const path: BillPath = { article: a.number.text };
  const within = (s: Span) => lines.filter((l) => l.start >= s.start && l.start < s.end);
  const sub = (p: Paragraph | null, s: Subparagraph): Node =>
    leaf('subparagraph', s.number.text, { ...path, ...(p ? { paragraph: p.number.text } : {}), subparagraph: s.number.text }, within(s.span), s.excluded);
  const leaf = (kind: Kind, num: string, p: BillPath, ls: Span[], excluded: boolean, children: Node[] = [], childSpans: Span[][] = []): Node =>
    ({ kind, num, key: canon(num), path: p, lines: ls.map((l) => lineText(an.text, l)), children, frame: frameOf(an.text, ls, children, childSpans), excluded });
  let children: Node[] = [];
  let spans: Span[][] = [];
  if (a.paragraphs.length) {
    children = a.paragraphs.map((p) => {
      const subs = p.subparagraphs.map((s) => sub(p, s));
      const ls = within(p.span);
      return leaf('paragraph', p.number.text, { ...path, paragraph: p.number.text }, ls, p.excluded, subs, p.subparagraphs.map((s) => within(s.span)));
    });
    spans = a.paragraphs.map((p) => within(p.span));
  } else if (a.subparagraphs.length) {
    children = a.subparagraphs.map((s) => sub(null, s));
    spans = a.subparagraphs.map((s) => within(s.span));
  }
  return leaf('article', a.number.text, path, lines, a.excluded, children, spans);
}

function frameOf(text: string, lines: Span[], children: Node[], childSpans: Span[][]): string[] {
  const owner = new Map<number, number>();
  childSpans.forEach((ls, i) => ls.forEach((l, j) => owner.set(l.start, j === 0 ? i : -1)));
  const out: string[] = [];
  for (const l of lines) {
    const o = owner.get(l.start);
    if (o === undefined) out.push(lineText(text, l));
    else if (o >= 0) out.push('\u0000' + children[o].key);
  }
  return out;
}

// ── Comparing units

function numberParts(key: string): number[] {
  return key.split('-').map((x) => (/^\d+$/u.test(x) ? parseInt(x, 10) : NaN));
}

function compareNumbers(a: string, b: string): number {
  const x = numberParts(a);
  const y = numberParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? -1;
    const q = y[i] ?? -1;
    if (p !== q) return p - q;
  }
  return 0;
}

function ascending(nodes: Node[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < nodes.length; i++) {
    if (seen.has(nodes[i].key) || numberParts(nodes[i].key).some((n) => Number.isNaN(n))) return false;
    seen.add(nodes[i].key);
    if (i > 0 && compareNumbers(nodes[i - 1].key, nodes[i].key) >= 0) return false;
  }
  return true;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The changes between two lists of sibling units matched by number. `parent` is the unit that holds
 * them (undefined: the act). Returns false when the lists cannot be matched (numbers out of order or
 * repeated): the caller rewrites the parent.
 */
interface Ctx {
  share: number;
  renumbered: Renumbered[];
}

/** Body of a unit without its number: the first line after the number («3. », «3) », the heading). */
function bodyKey(n: Node): string {
  const first = n.kind === 'article' ? '' : n.lines[0].replace(/^[ \t]*\d+(?:-\d+)*\\?[.)][ \t]*/u, '');
  return [first, ...n.lines.slice(1)].join('\n');
}

/** The node with another number: its first line (number or heading) and the paths under it. */
function renumberNode(n: Node, num: string): Node {
  const first = n.lines[0];
  const i = first.indexOf(n.num);
  const line = i < 0 ? first : first.slice(0, i) + num + first.slice(i + n.num.length);
  const fix = (p: BillPath): BillPath => ({ ...p, [n.kind]: num });
  const kids = (c: Node): Node => ({ ...c, path: fix(c.path), children: c.children.map(kids) });
  return { ...n, num, key: canon(num), path: fix(n.path), lines: [line, ...n.lines.slice(1)], frame: n.frame.map((l, k) => (k === 0 && l === first ? line : l)), children: n.children.map(kids) };
}

/**
 * The copy renumbered the list (a unit inserted or removed and the ones after it shifted): the new
 * units with the act's numbers back, and inserted numbers for the new ones («2-1» after 2). Null when the
 * copy did not renumber, or the lists differ too much to tell (then units are matched by number).
 */
function unrenumber(olds: Node[], news: Node[], parent: Node | undefined, ctx: Ctx): Node[] | null {
  const m = olds.length;
  const n = news.length;
  if (!m || !n || m * n > 250_000) return null;
  const a = olds.map(bodyKey);
  const b = news.map(bodyKey);
  const L = new Uint16Array((m + 1) * (n + 1));
  for (let i = m - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) L[i * (n + 1) + j] = a[i] === b[j] ? L[(i + 1) * (n + 1) + j + 1] + 1 : Math.max(L[(i + 1) * (n + 1) + j], L[i * (n + 1) + j + 1]);
  // Aligned: exact matches, and in each gap between them the units side by side (edited in place).
  const pairs: [number, number][] = [];
  const added: { j: number; after: number }[] = [];
  let removed = 0;
  let exact = 0;
  let shifted = 0;
  let i = 0;
  let j = 0;
  let gi = 0;
  let gj = 0;
  const closeGap = () => {
    const k = Math.min(i - gi, j - gj);
    for (let x = 0; x < k; x++) pairs.push([gi + x, gj + x]);
    removed += i - gi - k;
    for (let y = gj + k; y < j; y++) added.push({ j: y, after: gi + k - 1 });
  };
  while (i < m && j < n) {
    if (a[i] === b[j]) {
      closeGap();
      pairs.push([i, j]);
      exact++;
      if (olds[i].key !== news[j].key) shifted++;
      i++;
      j++;
      gi = i;
      gj = j;
    } else if (L[(i + 1) * (n + 1) + j] >= L[i * (n + 1) + j + 1]) i++;
    else j++;
  }
  i = m;
  j = n;
  closeGap();
  if (!shifted || exact < Math.max(2, 0.6 * Math.min(m, n)) || added.length + removed > 3) return null;
  const out: Node[] = [];
  const used = new Set(olds.map((o) => o.key));
  const byJ = new Map(pairs.map(([x, y]) => [y, x]));
  for (let y = 0; y < n; y++) {
    const x = byJ.get(y);
    if (x !== undefined) {
      if (news[y].key !== olds[x].key) ctx.renumbered.push({ kind: news[y].kind, parent: parent?.path, from: news[y].num, to: olds[x].num });
      out.push(news[y].key === olds[x].key ? news[y] : renumberNode(news[y], olds[x].num));
      continue;
    }
    // A new unit: an inserted number after the unit before it («2-1», then «2-2»).
    const add = added.find((d) => d.j === y)!;
    const prev = out.length ? out[out.length - 1] : undefined;
    if (!prev && add.after < 0) return null;
    // After a unit of the act: its number with «-1»; after an inserted one: the next suffix.
    const base = prev ? prev.num : olds[add.after].num;
    const inserted = !olds.some((o) => o.key === canon(base));
    const parts = base.split('-');
    // («15-1» after 15; «94-3» after 94-2: the next suffix, never a suffix of a suffix)
    const num = inserted || parts.length > 1 ? [...parts.slice(0, -1), String(Number(parts[parts.length - 1]) + 1)].join('-') : `${base}-1`;
    if (used.has(canon(num))) return null;
    if (!num) return null;
    used.add(canon(num));
    ctx.renumbered.push({ kind: news[y].kind, parent: parent?.path, from: news[y].num, to: num });
    out.push(renumberNode(news[y], num));
  }
  return out;
}

/**
 * Rewrites of sibling units that follow one another among the changes (no other change between them) go in
 * one statement, as the 2007 law writes them («Пункты 1, 3, 4, 5 статьи 51 изложить …»: paragraph 2 kept).
 */
function groupRewrites(out: AmendChange[], from: number): void {
  const single = (c: AmendChange) => c.kind === 'replace-unit' && !c.frame && c.part === undefined && c.path !== undefined && (c.path.paragraph !== undefined || c.path.subparagraph !== undefined);
  const parentKey = (p: BillPath) => (p.subparagraph !== undefined ? `s|${p.article}|${p.paragraph ?? ''}` : `p|${p.article}`);
  for (let i = from; i < out.length; i++) {
    const c = out[i];
    if (!single(c)) continue;
    let j = i + 1;
    while (j < out.length && single(out[j]) && parentKey(out[j].path!) === parentKey(c.path!)) j++;
    if (j - i < 2) continue;
    const group = out.slice(i, j);
    out.splice(i, j - i, { ...c, paths: group.map((g) => g.path!), text: group.map((g) => g.text).join('\n') });
  }
}

/**
 * The same word edits of sibling paragraphs or subparagraphs that follow one another among the changes go
 * in one statement on all of them, as the referendum amendments of 2022 write them («в пунктах 1 и 2 слово
 * «Совет» заменить словом «Суд»»). Each edit was checked on its own unit.
 */
function groupWords(out: AmendChange[]): void {
  const runs: AmendChange[][] = [];
  for (const c of out) {
    const last = runs[runs.length - 1];
    if (last && isWords(c) && isWords(last[0]) && samePath(last[0].path, c.path)) last.push(c);
    else runs.push([c]);
  }
  const sibling = (p: BillPath | undefined) => (p && (p.paragraph !== undefined || p.subparagraph !== undefined)
    ? (p.subparagraph !== undefined ? `s|${p.article}|${p.paragraph ?? ''}` : `p|${p.article}`) : undefined);
  const sameEdits = (a: AmendChange[], b: AmendChange[]) => a.length === b.length
    && a.every((x, i) => x.kind === b[i].kind && x.old === b[i].old && x.new === b[i].new && x.anchor === b[i].anchor && (x.position ?? 'after') === (b[i].position ?? 'after'));
  const merged: AmendChange[][] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    const key = isWords(r[0]) ? sibling(r[0].path) : undefined;
    if (last && key !== undefined && isWords(last[0]) && sibling(last[0].path) === key && sameEdits(last, r)) {
      for (const c of last) c.paths = [...(c.paths ?? [c.path!]), r[0].path!];
    } else merged.push(r);
  }
  out.splice(0, out.length, ...merged.flat());
}

function diffList(olds: Node[], news: Node[], parent: Node | undefined, out: AmendChange[], share: Ctx, top = false): boolean {
  const from = out.length;
  // The act's articles are merged by number whatever their order in the copy; a list inside a unit that
  // cannot be matched is rewritten with the unit.
  const inOrder = ascending(news);
  if (!top && (!inOrder || !ascending(olds))) return false;
  const back = inOrder ? unrenumber(olds, news, parent, share) : null;
  if (back) news = back;
  const oldBy = new Map(olds.map((n) => [n.key, n]));
  const newBy = new Map(news.map((n) => [n.key, n]));
  // The act's order: old units and new ones merged by number.
  const keys = [...new Set([...olds.map((n) => n.key), ...news.map((n) => n.key)])].sort(compareNumbers);
  let pending: Node[] = [];
  const flush = () => {
    if (!pending.length) return;
    const kind = pending[0].kind;
    out.push({
      kind: 'insert-unit', path: parent?.path, inserted: { kind, numbers: pending.map((n) => n.num) },
      text: pending.map(quoted).join('\n'), article: parent?.path.article ?? pending[0].num,
    });
    pending = [];
  };
  for (const k of keys) {
    const o = oldBy.get(k);
    const n = newBy.get(k);
    if (o && n) {
      flush();
      diffUnit(o, n, out, share);
    } else if (n) {
      // Consecutive new units of one parent go in one instruction («дополнить пунктами 3 и 4»); a new
      // article is its own item, as the real laws write them.
      if (pending.length && (!parent || n.kind === 'article')) flush();
      pending.push(n);
    } else if (o) {
      flush();
      out.push({ kind: 'delete-unit', path: o.path, article: o.path.article });
    }
  }
  flush();
  if (parent) groupRewrites(out, from);
  return true;
}

function diffUnit(o: Node, n: Node, out: AmendChange[], share: Ctx): void {
  if (same(o.lines, n.lines)) return;
  // The copy keeps the number with an exclusion note: the unit is excluded.
  if (n.excluded && !o.excluded) {
    out.push({ kind: 'delete-unit', path: o.path, article: o.path.article });
    return;
  }
  // The numbered children differ but the unit around them does not: the changes are the children's.
  if (o.children.length && n.children.length && sameFrame(o, n)) {
    const inner: AmendChange[] = [];
    if (diffList(o.children, n.children, o, inner, share)) {
      const kept = o.children.filter((c) => {
        const m = n.children.find((x) => x.key === c.key);
        return m && same(m.lines, c.lines);
      }).length;
      // Nothing of the unit is kept: it is rewritten whole.
      if (kept > 0 || o.children.length === 1) {
        out.push(...inner);
        return;
      }
    }
  }
  const words = wordEdits(o, n, share.share);
  if (words) {
    out.push(...words);
    return;
  }
  const parts = partChanges(o, n);
  if (parts) {
    out.push(...parts);
    return;
  }
  out.push({ kind: 'replace-unit', path: o.path, text: quoted(n), article: o.path.article });
}

/** The unnumbered parts of a unit without numbered ones: its lines after the number (or the heading). */
function partsOf(n: Node): string[] | null {
  if (n.children.length || n.excluded) return null;
  if (n.kind === 'article') return n.lines.slice(1).map((l) => l.replace(/^[ \t]+/u, ''));
  const m = /^[ \t]*\d+(?:-\d+)*\\?[.)][ \t]+/u.exec(n.lines[0]);
  if (!m) return null;
  return [n.lines[0].slice(m[0].length), ...n.lines.slice(1).map((l) => l.replace(/^[ \t]+/u, ''))];
}

/**
 * A unit of several parts (unnumbered paragraphs of text) in which some parts changed and the others did
 * not: each changed part rewritten alone («часть вторую пункта 5 изложить в следующей редакции», as the
 * 2022 laws do); null when the parts were added or removed, or all changed.
 */
function partChanges(o: Node, n: Node): AmendChange[] | null {
  const a = partsOf(o);
  const b = partsOf(n);
  if (!a || !b || a.length < 2 || a.length !== b.length || a.length > 10) return null;
  const head = (x: Node, ps: string[]) => (x.kind === 'article' ? x.lines[0] : x.lines[0].slice(0, x.lines[0].length - ps[0].length));
  if (head(o, a) !== head(n, b) || b.some((x) => !x.trim())) return null;
  const changed = a.map((x, i) => x !== b[i]);
  const k = changed.filter(Boolean).length;
  if (k === 0 || k === a.length) return null;
  return changed.flatMap((c, i): AmendChange[] => (c ? [{ kind: 'replace-unit', path: o.path, part: i + 1, text: b[i], article: o.path.article }] : []));
}

/**
 * The new text of a unit as the bill quotes it: its lines, the first without the act's markup before the
 * heading or number (Adilet's «### », an indent) — apply writes the act's own markup back.
 */
function quoted(n: Node): string {
  return [n.lines[0].replace(/^[ \t]*(?:#+[ \t]+)?/u, ''), ...n.lines.slice(1)].join('\n');
}

/** The unit's own lines match once the children that only one side has are left out, and every new child sits after a child. */
function sameFrame(o: Node, n: Node): boolean {
  const ok = new Set(o.children.map((c) => c.key));
  const nk = new Set(n.children.map((c) => c.key));
  const strip = (f: string[], keep: Set<string>) => f.filter((l) => l[0] !== '\u0000' || keep.has(l.slice(1)));
  const both = new Set([...ok].filter((k) => nk.has(k)));
  if (!same(strip(o.frame, both), strip(n.frame, both))) return false;
  // A new child goes after the child before it: it must follow a child, not text.
  for (let i = 0; i < n.frame.length; i++) {
    const l = n.frame[i];
    if (l[0] === '\u0000' && !ok.has(l.slice(1)) && (i === 0 || n.frame[i - 1][0] !== '\u0000')) return false;
  }
  // An old child removed from between text lines leaves the text as it was.
  return true;
}

// ── Word-level edits

const TOKEN = /[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu;
const QUOTES = /[«»"“”„]/u;

interface Region {
  /** In the old text. */
  os: number;
  oe: number;
  /** In the new text. */
  ns: number;
  ne: number;
}

/** Token-level differences of two strings, as character regions; null when too costly to compute or when
 * more than `budget` characters surely changed (the tokens the two do not share, counted before any alignment). */
function regions(a: string, b: string, budget = Infinity): Region[] | null {
  const ta = [...a.matchAll(TOKEN)].map((m) => m[0]);
  const tb = [...b.matchAll(TOKEN)].map((m) => m[0]);
  let pre = 0;
  while (pre < ta.length && pre < tb.length && ta[pre] === tb[pre]) pre++;
  let suf = 0;
  while (suf < ta.length - pre && suf < tb.length - pre && ta[ta.length - 1 - suf] === tb[tb.length - 1 - suf]) suf++;
  const A = ta.slice(pre, ta.length - suf);
  const B = tb.slice(pre, tb.length - suf);
  // A lower bound of the characters changed: tokens of one side with no copy left on the other.
  const bag = new Map<string, number>();
  for (const t of A) bag.set(t, (bag.get(t) ?? 0) + 1);
  let lost = 0;
  for (const t of B) {
    const k = bag.get(t) ?? 0;
    if (k > 0) bag.set(t, k - 1);
    else lost += t.length;
  }
  for (const [t, k] of bag) lost += t.length * k;
  if (lost > budget) return null;
  if (A.length * B.length > 400_000) return null;
  // LCS table (suffix form) on the middle.
  const m = A.length;
  const n = B.length;
  const L = new Uint16Array((m + 1) * (n + 1));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      L[i * (n + 1) + j] = A[i] === B[j] ? L[(i + 1) * (n + 1) + j + 1] + 1 : Math.max(L[(i + 1) * (n + 1) + j], L[i * (n + 1) + j + 1]);
    }
  }
  // Offsets of tokens.
  const offA: number[] = [0];
  for (const t of ta) offA.push(offA[offA.length - 1] + t.length);
  const offB: number[] = [0];
  for (const t of tb) offB.push(offB[offB.length - 1] + t.length);
  const out: Region[] = [];
  let i = 0;
  let j = 0;
  let cur: { i: number; j: number } | null = null;
  const close = () => {
    if (cur) out.push({ os: offA[pre + cur.i], oe: offA[pre + i], ns: offB[pre + cur.j], ne: offB[pre + j] });
    cur = null;
  };
  while (i < m || j < n) {
    if (i < m && j < n && A[i] === B[j]) {
      close();
      i++;
      j++;
    } else {
      if (!cur) cur = { i, j };
      if (j < n && (i === m || L[i * (n + 1) + j + 1] >= L[(i + 1) * (n + 1) + j])) j++;
      else i++;
    }
  }
  close();
  // Regions separated only by a space or a short common word are one edit («слова «…» заменить …»).
  const merged: Region[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r.os - last.oe <= 2 && a.slice(last.oe, r.os).length <= 2) {
      last.oe = r.oe;
      last.ne = r.ne;
    } else merged.push({ ...r });
  }
  return merged;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The word edits that turn unit `o` into `n`, each checked by applying it as the reader and apply read
 * it; null when the change is not small or cannot be worded unambiguously.
 */
function wordEdits(o: Node, n: Node, share: number, fixedHead?: number): AmendChange[] | null {
  if (fixedHead !== undefined && fixedHead < 0) return null;
  if (o.kind === 'article' && o.lines[0] !== n.lines[0]) return null;
  const a = o.lines.join('\n');
  const b = n.lines.join('\n');
  // The unit's number («3.», «4)», the article's heading) is never part of a word edit.
  const head = fixedHead ?? (o.kind === 'article' ? o.lines[0].length + 1 : (/^\s*\S+\s/u.exec(a)?.[0].length ?? 0));
  if (a.slice(0, head) !== b.slice(0, head)) return null;
  if (Math.abs(a.length - b.length) > share * Math.max(a.length, b.length)) return null;
  const rs = regions(a, b, share * Math.max(a.length, b.length));
  if (!rs || !rs.length || rs.length > 4) return null;
  let changed = 0;
  for (const r of rs) changed += r.oe - r.os + (r.ne - r.ns);
  if (changed > share * Math.max(a.length, b.length)) return null;
  const edits: AmendChange[] = [];
  let cur = a;
  let delta = 0;
  for (const r of rs) {
    if (r.os < head) return null;
    const e = wordEdit(cur, a, b, { os: r.os + delta, oe: r.oe + delta, ns: r.ns, ne: r.ne }, o, head);
    if (!e) return null;
    edits.push(e.change);
    cur = e.result;
    delta = cur.length - a.length;
    // After this edit the text up to the region's end is the new one.
    if (cur.slice(0, r.ne) !== b.slice(0, r.ne)) return null;
  }
  if (cur !== b) return null;
  return edits;
}

/** Applies one word edit the way apply reads it (core/bill/apply.ts): exact, at the only occurrence. */
export function applyWordEdit(text: string, e: Pick<AmendChange, 'kind' | 'old' | 'new' | 'anchor' | 'position'>, from = 0): string | null {
  // Found as apply finds words: look-alike letters folded (Latin «i» in Kazakh words), once only.
  const hay = homoglyphs(text);
  const only = (s: string) => {
    const q = homoglyphs(s);
    const i = hay.indexOf(q);
    if (i < from || hay.indexOf(q, i + 1) >= 0) return -1;
    return i;
  };
  if (e.kind === 'replace-words') {
    const i = only(e.old!);
    return i < 0 ? null : text.slice(0, i) + e.new! + text.slice(i + e.old!.length);
  }
  if (e.kind === 'delete-words') {
    const i = only(e.old!);
    if (i < 0) return null;
    let before = text.slice(0, i);
    let after = text.slice(i + e.old!.length);
    // The words go with one of the spaces around them; a space before punctuation goes too.
    // As apply does (core/bill/apply.ts).
    if (/ $/u.test(before) && (/^ /u.test(after) || /^[,.;:)]/u.test(after) || after === '' || after[0] === '\n')) before = before.slice(0, -1);
    else if (/^ /u.test(after) && (before === '' || /[\s(«"]$/u.test(before))) after = after.slice(1);
    return before + after;
  }
  if (e.kind === 'insert-words') {
    const w = e.new!;
    const glue = (left: string, right: string) => {
      // A space between words; none before punctuation that closes or after an opening bracket.
      const l = /[^\s(«]$/u.test(left) ? (/^[,.;:)»]/u.test(right) ? '' : ' ') : '';
      return l;
    };
    if (e.anchor === undefined) {
      // At the end of the unit, before its final punctuation mark.
      const m = /[.;:]?$/u.exec(text)!;
      const body = text.slice(0, m.index);
      return body + glue(body, w) + w + text.slice(m.index);
    }
    const i = only(e.anchor);
    if (i < 0) return null;
    if (e.position === 'before') {
      const left = text.slice(0, i);
      const right = text.slice(i);
      return left + w + glue(w, right) + right;
    }
    const end = i + e.anchor.length;
    return text.slice(0, end) + glue(text.slice(0, end), w) + w + text.slice(end);
  }
  return null;
}

function wordEdit(cur: string, a: string, b: string, r: Region, o: Node, head: number): { change: AmendChange; result: string } | null {
  const oldPart = cur.slice(r.os, r.oe);
  const newPart = b.slice(r.ns, r.ne);
  if (QUOTES.test(oldPart) || QUOTES.test(newPart) || oldPart.includes('\n') || newPart.includes('\n')) return null;
  const base = { path: o.path, article: o.path.article };
  const tries: AmendChange[] = [];
  // Occurs once in the unit, as apply searches (look-alike letters folded).
  const folded = homoglyphs(cur);
  const once = (q: string) => {
    const f = homoglyphs(q);
    const i = folded.indexOf(f);
    return i >= head && folded.indexOf(f, i + 1) < 0;
  };
  // Words widened to whole words on both sides, then further until they occur once in the unit.
  let s = r.os;
  let e = r.oe;
  const grow = (): boolean => {
    for (let step = 0; step < 12; step++) {
      while (s > head && isWordChar(cur[s - 1])) s--;
      while (e < cur.length && isWordChar(cur[e])) e++;
      while (s < e && cur[s] === ' ' && s < r.os) s++;
      while (e > s && cur[e - 1] === ' ' && e > r.oe) e--;
      const q = cur.slice(s, e);
      if (q.trim() && q === q.trim() && once(q)) return true;
      // One more word on the side that has one.
      if (s > head) {
        s--;
        while (s > head && cur[s - 1] !== ' ' && !isWordChar(cur[s])) s--;
      } else if (e < cur.length) e++;
      else return false;
    }
    return false;
  };
  const shift = r.ns - r.os;
  if (!oldPart.trim() && newPart.trim()) {
    // Inserted words: after the words before them, or before the words after them.
    const w = newPart.trim();
    // The last word before the insertion point.
    let as = r.os;
    while (as > head && !isWordChar(cur[as - 1]) && !/[,.;:)»]/u.test(cur[as - 1])) as--;
    const ae = as;
    let st = ae;
    while (st > head && cur[st - 1] !== ' ' && cur[st - 1] !== '\n') st--;
    for (let k = 0; k < 6 && st < ae; k++) {
      const anchor = cur.slice(st, ae);
      if (anchor.trim() === anchor && once(anchor)) {
        tries.push({ ...base, kind: 'insert-words', anchor, position: 'after', new: w });
        break;
      }
      st--;
      while (st > head && cur[st - 1] !== ' ' && cur[st - 1] !== '\n') st--;
    }
    if (r.oe >= cur.replace(/[.;:]$/u, '').length - 1) tries.push({ ...base, kind: 'insert-words', new: w });
  } else if (oldPart.trim() && !newPart.trim()) {
    s = r.os;
    e = r.oe;
    while (s < e && cur[s] === ' ') s++;
    while (e > s && cur[e - 1] === ' ') e--;
    const ss = s;
    const ee = e;
    if (isWordChar(cur[ss - 1]) && isWordChar(cur[ss]) || isWordChar(cur[ee - 1]) && isWordChar(cur[ee])) {
      // A part of a word: widened below as a replacement.
    } else {
      const q = cur.slice(ss, ee);
      if (q && once(q)) tries.push({ ...base, kind: 'delete-words', old: q });
    }
  }
  s = r.os;
  e = r.oe;
  if (grow()) {
    const old = cur.slice(s, e);
    const repl = b.slice(s + shift, e + shift + (r.ne - r.ns) - (r.oe - r.os));
    if (repl.trim() === repl && repl) tries.push({ ...base, kind: 'replace-words', old, new: repl });
    else if (!repl) tries.push({ ...base, kind: 'delete-words', old });
  }
  for (const t of tries) {
    const result = applyWordEdit(cur, t, head);
    if (result !== null && result.slice(0, r.ne) === b.slice(0, r.ne) && result.length - cur.length === (r.ne - r.ns) - (r.oe - r.os)) {
      return { change: t, result };
    }
  }
  return null;
}

// ── The preamble, the section headings, and what the bill cannot express


/** The statements of one edited text outside the articles: word edits when small, else a rewrite. */
function frameEdit(frame: BillFrame, article: string, a: string, b: string, head: number, share: number): AmendChange[] {
  const path: BillPath = { article: '' };
  const node = (lines: string[]): Node => ({ kind: 'paragraph', num: '', key: '', path, lines, children: [], frame: lines, excluded: false });
  const words = a.includes('\n') || b.includes('\n') ? null : wordEdits(node([a]), node([b]), share, head);
  if (words) return words.map((c) => ({ ...c, path: undefined, frame, article }));
  return [{ kind: 'replace-unit', path: undefined, frame, article, text: frameQuote(frame, b, head) }];
}

/**
 * The new heading as the referendum amendments of 2022 quote it (item 27): the section's number, then its
 * name on a line of its own («Раздел VII» / «Суды и правосудие…»); apply joins them with «. » again.
 * The preamble as it is.
 */
function frameQuote(frame: BillFrame, text: string, head: number): string {
  if ('preamble' in frame || head <= 0) return text;
  const number = text.slice(0, head).replace(/\.\s*$/u, '');
  const name = text.slice(head);
  return /\.\s*$/u.test(text.slice(0, head)) && name && !/^[.\s]/u.test(name) ? `${number}\n\n${name}` : text;
}

/** Where a section heading's name starts: after «Раздел II. », «II бөлім. » (0 when it has no such form). */
function headingHead(text: string, numberEnd: number): number {
  const m = /^(?:[ \t]+\p{L}+)?\.[ \t]+/u.exec(text.slice(numberEnd));
  return m ? numberEnd + m[0].length : 0;
}

function frameChanges(oldAct: Analysis, newAct: Analysis, share: number, unexpressed: string[]): AmendChange[] {
  const out: AmendChange[] = [];
  const o = oldAct.doc;
  const n = newAct.doc;
  if (titleText(o) !== titleText(n)) unexpressed.push('title');
  // The preamble: rewritten or its words edited; one that is added or removed is not a unit a bill amends.
  const op = o.preamble ? oldAct.text.slice(o.preamble.start, o.preamble.end) : '';
  const np = n.preamble ? newAct.text.slice(n.preamble.start, n.preamble.end) : '';
  if (op !== np) {
    if (!op || !np) unexpressed.push('preamble');
    else out.push(...frameEdit({ preamble: true }, '0', op, np, 0, share));
  }
  // Sections matched by number: a heading whose words changed is rewritten (or its words edited); a
  // section added or removed, or one that starts at another article, is a regrouping a bill cannot make.
  const count = (an: Analysis) => {
    const m = new Map<string, number>();
    for (const s of an.doc.sections) m.set(sectionNumeral(s.number.text), (m.get(sectionNumeral(s.number.text)) ?? 0) + 1);
    return m;
  };
  const oc = count(oldAct);
  const nc = count(newAct);
  let regrouped = false;
  for (const k of new Set([...oc.keys(), ...nc.keys()])) if (oc.get(k) !== 1 || nc.get(k) !== 1) regrouped = true;
  for (const ns of n.sections) {
    const os = o.sections.find((s) => sectionNumeral(s.number.text) === sectionNumeral(ns.number.text));
    if (!os || oc.get(sectionNumeral(os.number.text)) !== 1 || nc.get(sectionNumeral(ns.number.text)) !== 1) continue;
    const start = os.articles[0]?.number.text;
    if (start === undefined) {
      regrouped = true;
      continue;
    }
    if (ns.articles[0]?.number.text !== start) regrouped = true;
    const oh = oldAct.text.slice(os.span.start, os.headSpan.end);
    const nh = newAct.text.slice(ns.span.start, ns.headSpan.end);
    if (oh === nh) continue;
    const head = headingHead(nh, ns.number.span.end - ns.span.start);
    const oHead = headingHead(oh, os.number.span.end - os.span.start);
    // Word edits only within the names (the number and its form kept).
    const words = head > 0 && oHead === head && oh.slice(0, head) === nh.slice(0, head);
    const edits = frameEdit({ section: sectionNumeral(os.number.text) }, start, oh, nh, words ? head : -1, share);
    if (!words) for (const e of edits) if (e.kind === 'replace-unit') e.text = frameQuote(e.frame!, nh, head);
    out.push(...edits);
  }
  if (regrouped) unexpressed.push('sections');
  return out;
}

// ── Wording

function word(w: BillWriting, changes: AmendChange[]): string {
  const changesKinds = changes.some((c) => c.kind !== 'insert-unit' && c.kind !== 'insert-words');
  const additions = changes.some((c) => c.kind === 'insert-unit' || c.kind === 'insert-words');
  const items: string[] = [];
  // Items: the changes of one article together, in the act's order.
  const groups: AmendChange[][] = [];
  for (const c of changes) {
    const last = groups[groups.length - 1];
    const articleLevel = (x: AmendChange) => x.path === undefined || x.kind === 'insert-unit' && x.inserted?.kind === 'article';
    if (last && last[0].article === c.article && !articleLevel(c) && !articleLevel(last[0]) && !wholeArticle(last[0]) && !wholeArticle(c)) last.push(c);
    else if (last && sameFrame2(last[0].frame, c.frame)) last.push(c);
    else groups.push([c]);
  }
  for (const changesOfItem of groups) {
    // Word edits of one unit make one statement (two statements on one unit would be bill-unit-twice).
    const g: AmendChange[][] = [];
    for (const c of changesOfItem) {
      const last = g[g.length - 1];
      if (last && isWords(c) && isWords(last[0]) && (samePath(last[0].path, c.path) || sameFrame2(last[0].frame, c.frame))) last.push(c);
      else g.push([c]);
    }
    const say = (s: AmendChange[], rel: boolean, top: boolean) => (s.length === 1 && !(s[0].paths && isWords(s[0])) ? statement(w, s[0], rel, top) : wordsStatement(w, s, rel, top));
    if (g.length === 1) {
      items.push(`${items.length + 1}. ${say(g[0], false, true)}${closing(true)}`);
      continue;
    }
    const subs = g.map((s, i) => `${i + 1}) ${say(s, true, false)}${closing(i === g.length - 1)}`);
    items.push(`${items.length + 1}. ${w.context(changesOfItem[0].article)}\n\n${subs.join('\n\n')}`);
  }
  return [
    `# ${w.title(changesKinds, additions)}`,
    '',
    `${w.billArticle(1)} ${w.enacting(changesKinds, additions)}`,
    '',
    items.join('\n\n'),
    '',
    `${w.billArticle(2)} ${w.entry}`,
    '',
  ].join('\n');
}

const wholeArticle = (c: AmendChange) => c.path !== undefined && c.path.paragraph === undefined && c.path.subparagraph === undefined && c.part === undefined && (c.kind === 'replace-unit' || c.kind === 'delete-unit');

function statement(w: BillWriting, c: AmendChange, rel: boolean, top: boolean): string {
  const cap = (s: string) => (top ? w.capital(s) : s);
  if (c.frame) {
    if (c.kind === 'replace-unit') return `${w.replaceFrame(c.frame)}\n\n${w.quote(c.text!)}`;
    // Words added: «Преамбулу после слова «…» дополнить …»; other word edits: «В заголовке раздела VI слово …».
    if (c.kind === 'insert-words') return cap(`${w.frame(c.frame, 'subject')} ${w.insertClause(c.anchor, c.position ?? 'after', c.new!, true)}`);
    return wordsStatement(w, [c], rel, top);
  }
  switch (c.kind) {
    case 'replace-unit':
      if (c.part !== undefined) return `${cap(w.replacePart(c.path!, c.part, rel))}\n\n${w.quote(c.text!)}`;
      if (c.paths) return `${cap(w.replaceUnits(c.paths, rel))}\n\n${w.quote(c.text!)}`;
      return `${cap(w.replaceUnit(c.path!, rel))}\n\n${w.quote(c.text!)}`;
    case 'delete-unit':
      return cap(w.deleteUnit(c.path!, rel));
    case 'insert-unit':
      return `${cap(w.insertUnits(c.path, c.inserted!.kind, c.inserted!.numbers, rel))}\n\n${w.quote(c.text!)}`;
    case 'replace-words':
      return cap(w.replaceWords(c.path!, rel, c.old!, c.new!));
    case 'delete-words':
      return cap(w.deleteWords(c.path!, rel, c.old!));
    case 'insert-words':
      return cap(w.insertWords(c.path!, rel, c.anchor, c.position ?? 'after', c.new!));
  }
}

/** «.» after the last statement of an item, «;» between sub-items. */
function closing(last: boolean): string {
  return last ? '.' : ';';
}

const isWords = (c: AmendChange) => c.kind === 'replace-words' || c.kind === 'delete-words' || c.kind === 'insert-words';
const samePath = (a: BillPath | undefined, b: BillPath | undefined) =>
  !!a && !!b && a.article === b.article && a.paragraph === b.paragraph && a.subparagraph === b.subparagraph;

const sameFrame2 = (a: BillFrame | undefined, b: BillFrame | undefined) =>
  !!a && !!b && ('preamble' in a ? 'preamble' in b : 'section' in b && a.section === b.section);

/** «в пункте 2 слова «…» заменить словами «…», слова «…» исключить». */
function wordsStatement(w: BillWriting, cs: AmendChange[], rel: boolean, top: boolean): string {
  const clauses = cs.map((c, i) => {
    const last = i === cs.length - 1;
    if (c.kind === 'replace-words') return w.replaceClause(c.old!, c.new!, last);
    if (c.kind === 'delete-words') return w.deleteClause(c.old!, last);
    return w.insertClause(c.anchor, c.position ?? 'after', c.new!, last);
  });
  const s = [cs[0].frame ? w.frame(cs[0].frame, 'in') : cs[0].paths ? w.wordsAtMany(cs[0].paths, rel) : w.wordsAt(cs[0].path!, rel), clauses.join(', ')].filter((x) => x).join(' ');
  return top ? w.capital(s) : s;
}

/** The language a bill is written in by default for an act in `lang`. */
export function billLanguage(lang: Lang): 'ru' | 'kk' {
  return lang === 'kk' ? 'kk' : 'ru';
}
