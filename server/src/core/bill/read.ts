// Reading an amendment bill («О внесении изменений и дополнений в Конституцию …»): its instructions, each
// with the unit it targets, the words it edits and the quoted new text. Pure; never throws. The words
// come from the lexicons (lang/*.ts `bill`); unit nouns and numbers from the reference scanner.

import { lexicon } from '../lang';
import { afterMoreItems } from '../lang/markup';
import type { EnactedLaw, InstructionKind } from '../lang';
import { canonical, detectLanguage, problem } from '../parser';
import { scanReferences } from '../refscan';
import { normaliseRoman } from '../text';
import type { Edit, Lang, Problem, RefLevel, Span } from '../types';

/** A chapter's number as written: digits, or a Roman numeral folded as a section's («ІV» → «IV»). */
function chapterNumber(n: string): string {
  return /^\d/u.test(n) ? n : sectionNumeral(n);
}

/** A chapter's number as compared (an act's or a bill's): digits canonical, a Roman numeral folded. */
export function chapterKey(n: string): string {
  return /^\d/u.test(n) ? canonical(n) : sectionNumeral(n);
}

/**
 * A section's numeral as compared: the look-alikes of Roman letters folded as the parser reads a heading's
 * number («ІІ», «Х», «ІҮ»: text.ts normaliseRoman), so that a bill's «IV» finds a section printed «ІҮ».
 */
export function sectionNumeral(n: string): string {
  return normaliseRoman(n);
}

export type { InstructionKind };

/** The unit an instruction names. Numbers are as written («3-1», «7»); outer levels from the item above. */
export interface BillTarget {
  article?: string;
  paragraph?: string;
  subparagraph?: string;
  /**
   * An unnumbered part of the unit (ru «часть вторая», «абзац первый»; kk «екінші бөлігі»): 1-based; for an
   * insertion without a number («дополнить частью следующего содержания:»), 'next' (a new last part).
   */
  part?: number | 'next';
  /**
   * The paragraph was read from an ordinal part of a code («часть вторая статьи 297»): an act whose article
   * has no numbered paragraphs (a code divided into «пункты», or unnumbered parts) reads it as that part.
   */
  codePart?: true;
  /**
   * With `subparagraph`: the unnumbered part of its paragraph (or of an article without paragraphs) that holds
   * its list («подпункт 9) части второй пункта 1», «1-тармағының екінші бөлігіндегі 3) тармақшасы»): 1-based. A
   * paragraph whose parts each hold a list may number each list from 1); the part says which (apply.ts findUnit).
   */
  inPart?: number;
  /** The part is an indent («абзац второй», «екінші абзацы»), never a code's numbered part. */
  indent?: true;
  /** A sentence of the unit: 1-based, or 'last'; for an insertion, 'next' (a new last sentence). */
  sentence?: number | 'last' | 'next';
  /** The heading of a section («заголовок раздела VI»): the section number. */
  section?: string;
  /** The heading of a chapter («заголовок главы 3-2», «3-2-тараудың тақырыбы»): the chapter number. */
  chapter?: string;
  /** With `chapter`: the whole chapter, its articles with it («главу 5 исключить»), not its heading. */
  chapterWhole?: true;
  /** The act's preamble («Преамбулу изложить …», «в преамбуле слова …»). */
  preamble?: true;
  /** Every article of the act («по всему тексту», «бүкіл мәтін бойынша»): a word edit wherever the words occur. */
  everywhere?: true;
  /** The whole act, set out in a new edition («Конституцию … изложить в новой редакции …»). */
  whole?: true;
  /** The article's heading («заголовок статьи 352», «352-баптың тақырыбы»), not the article. */
  title?: true;
  /** The act's table of contents («в оглавлении заголовок статьи 352»): the article's line there. */
  contents?: true;
  span: Span;
}

export interface Quoted {
  /** The text between the quotation marks. */
  text: string;
  /** Span of the text between the marks. */
  span: Span;
}

export interface Instruction {
  /** The item path as written: "4", or "4.1" for sub-item 1) of item 4. */
  item: string;
  kind: InstructionKind;
  /** The units it acts on (several for «пункты 2 и 3», «подпункты 2), 3), 4)»); for insert-unit, the new ones. */
  targets: BillTarget[];
  /** The whole statement, from its item number to its end. */
  span: Span;
  /** replace-words, delete-words: the words in force. */
  old?: Quoted;
  /** replace-words, insert-words: the new words. */
  new?: Quoted;
  /** Word edits: which occurrences of the words in the unit («во втором случае»: [2]); absent means every one. */
  occurrences?: number[];
  /** insert-words: the words after or before which the new ones go; absent means at the end. */
  anchor?: Quoted;
  /** insert-words after an anchor: a punctuation mark put before the new words (kk «… кейін үтір қойылып, …»: ','). */
  mark?: string;
  position?: 'after' | 'before' | 'end';
  /** replace-unit, insert-unit: the quoted new text. */
  text?: Quoted;
  /** A law amending several acts: the act of this instruction as its item names it. */
  act?: string;
}

export interface Bill {
  lang: Lang;
  /** Annotation `<!-- amends: ID -->`, if any. */
  amends?: string;
  /**
   * The act the enacting line names when it is not the Constitution («Внести в Конституционный закон …
   * «О выборах» следующие изменения»), with no annotation or setting binding the bill to an act: the bill is
   * not checked or applied against a bundled Constitution (the editor and the CLI need the act's file).
   */
  otherAct?: string;
  /**
   * The bill's own date and number, when its header or signature block gives them (a signed law), and its
   * entry into force: apply then writes an exclusion note as the consolidated texts do («Исключен Законом
   * РК от 21.05.2007 № 254-III (…)»).
   */
  law?: EnactedLaw;
  /** The enacting line («Внести в Конституцию …»), when there is one. */
  intro?: Span;
  /**
   * The year of the last publication the enacting line lists for the act it amends («(Ведомости …, 1996 г.,
   * № 4, ст. 217; …; 2017 г., № 5, ст. 9)»: 2017): the bill amends the edition with the amendments up to it.
   */
  citesThrough?: number;
  instructions: Instruction[];
  /** Items that only say the other language's text changed (nothing to apply in this language). */
  notes: Span[];
  problems: Problem[];
}

const ANNOTATION = /<!--\s*amends:\s*([^\s>]+)\s*-->/u;

/** How much of a text's beginning isBill reads for a bill's introduction. */
export const BILL_HEAD = 20000;

/**
 * The act a bill is checked and applied against when nothing names one: `bill.amends`, else the default
 * (the Constitution), unless the enacting line names another act (then none: its text is not bundled).
 */
export function billActId(bill: Bill, fallback: string): string | undefined {
  return bill.amends ?? (bill.otherAct ? undefined : fallback);
}

/**
 * The statements of the bill that could not be read, so nothing of them is applied
 * (bill-instruction-unreadable). A statement read with a warning (bill-verb-missing) is applied and not
 * counted.
 */
export function unreadStatements(bill: Bill): number {
  let n = 0;
  for (const p of bill.problems) if (p.code === 'bill-instruction-unreadable') n++;
  return n;
}

/** Does this text look like an amendment bill? The enacting words, a new-edition statement or an annotation. */
export function isBill(text: string): boolean {
  if (ANNOTATION.test(text)) return true;
  const head = text.slice(0, BILL_HEAD);
  const lang = detectLanguage(head);
  const lex = lexicon(lang).bill;
  const folded = fold(head, lang);
  return lex.intro.test(folded) || !!lex.newEdition?.test(folded);
}

/**
 * Lower case, «ё» → «е», «ə» → «ә», and for ru and kk Latin «i» → «і» (kk texts mix them); same length.
 * An English text keeps its Latin «i»: its lexicon and its citations are Latin («constitution», «article»).
 */
function fold(s: string, lang: Lang): string {
  let out = s.toLowerCase();
  if (out.length !== s.length) out = s; // never expected for these scripts; keep offsets exact
  out = out.replace(/ё/g, 'е').replace(/ə/g, 'ә');
  return lang === 'en' ? out : out.replace(/i/g, 'і');
}

/**
 * Quotations in `text[from, to)`: «…» nest; a straight or curly double quote opens after a space, a line
 * start or a bracket and closes otherwise. Returns the spans of the whole quotations (marks included).
 */
export function quotations(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let start = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    let open = false;
    let close = false;
    if (c === '«' || c === '„' || c === '“') open = true;
    else if (c === '»' || c === '”') close = true;
    else if (c === '"') {
      const prev = i > from ? text[i - 1] : '\n';
      const next = i + 1 < to ? text[i + 1] : '\n';
      if (/[\s(\[—–-]/u.test(prev) && !/\s/u.test(next)) {
        // A mark opening a line inside a quotation that began on an earlier line is a stray one (the
        // 2007 law quotes its last new subparagraph again: «"7) назначает …»): not a nested quotation.
        if (depth > 0 && /\n[ \t]*$/u.test(text.slice(Math.max(start, i - 8), i)) && text.lastIndexOf('\n', i) > start) continue;
        open = true;
      } else if (depth === 0 && /^[ \t]+[^\s"]/u.test(text.slice(i + 1, Math.min(to, i + 8))) && opensLine(text, i)) {
        // A mark that opens its line with a blank after it, outside any quotation: «" 1. Основанием …» (a
        // rebuilt 1997 law, session 24): the new text opens here; a closing mark never stands alone there.
        open = true;
      } else close = true;
    }
    if (open) {
      if (depth === 0) start = i;
      depth++;
    } else if (close && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start, end: i + 1 });
    }
  }
  return out;
}

/** Only blanks before position i on its line. */
function opensLine(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || text[j] === '\n';
}

/**
 * Look-ups in the quotations of `quotations()` (sorted, disjoint), each in O(log n): the one around a
 * position, the one opening at a position, the last one closed by a position. The reader asked these of
 * every line and statement by a linear scan (quadratic in the bill's length).
 */
export class QuoteIndex {
  private readonly byStart = new Map<number, number>();
  constructor(readonly quotes: Span[]) {
    quotes.forEach((q, k) => this.byStart.set(q.start, k));
  }
  /** Index of the last quotation whose start is < pos (−1 if none). */
  private lastStartBefore(pos: number): number {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
  /** The quotation strictly around `pos` (start < pos < end). */
  around(pos: number): Span | undefined {
    const k = this.lastStartBefore(pos);
    const q = k >= 0 ? this.quotes[k] : undefined;
    return q && pos < q.end ? q : undefined;
  }
  /** Index of the quotation opening at `pos` (−1 if none). */
  indexAt(pos: number): number {
    return this.byStart.get(pos) ?? -1;
  }
  /** Index of the last quotation that ends at or before `pos` (−1 if none). */
  lastEndingBy(pos: number): number {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** The first non-blank character of text[from, to), or −1. */
function nextNonBlank(text: string, from: number, to: number): number {
  NON_BLANK.lastIndex = from;
  const m = NON_BLANK.exec(text);
  return m && m.index < to ? m.index : -1;
}
const NON_BLANK = /\S/gu;
/** A Markdown heading's marks and the blanks after them (sticky). */
const HEADING_MARKS = /#{1,6}[ \t]+/y;

/** Every character of `s` a space, its line breaks kept (same length). */
function blanked(s: string): string {
  return s.includes('\n') ? s.split('\n').map((l) => ' '.repeat(l.length)).join('\n') : ' '.repeat(s.length);
}

interface Statement {
  start: number;
  end: number;
}

interface Context {
  article?: string;
  paragraph?: string;
  subparagraph?: string;
  /** The context line's part or indent («в абзаце третьем пункта 1 статьи 14:»), when it names one. */
  part?: number;
  indent?: true;
  /** «1) в преамбуле:»: the statements below it change the preamble (session 23). */
  preamble?: true;
  /** «1. Заңның бүкіл мәтіні бойынша:»: the word edits below it apply throughout the act (session 24). */
  everywhere?: true;
  /** With `everywhere`: throughout this chapter («6-тараудың бүкіл мәтіні бойынша:», session 25), its heading too with `chapterTitle`. */
  chapter?: string;
  chapterTitle?: true;
}

/** A context without its part: the unit a narrower context line below it names anew. */
function unitOnly(c: Context): Context {
  const { part: _p, indent: _i, ...rest } = c;
  return rest;
}

function levelText(l: RefLevel | undefined): string | undefined {
  return l && l.kind === 'num' ? l.num.text : undefined;
}

/**
 * An op's pattern with its quotation slots: {old} and {new} may be lists («слова "X" и "Y" исключить»,
 * kk «"X", "Y" деген сөздер тиісінше "Z" деген сөзбен ауыстырылсын»: session 24), and so may an insertion's
 * {anchor}: their further quotations are the groups `oldMore`, `newMore`, `anchorMore`. Compiled with
 * indices (`d`): each quotation's place in the match.
 */
function compile(re: string, occurrence: string): RegExp {
  const more = String.raw`(?:\s*,\s*|\s+(?:и|және|and)\s+)\u0001`;
  return new RegExp(re
    .replace(/\{(old|new|anchor)\}/g, `(?<$1>\u0001)(?<$1More>(?:${more})*)\\s*`)
    .replace(/\{text\}/g, '(?<text>\u0001)\\s*')
    .replace('{occ}', `(?:(?<occ>${occurrence})\\s*)?`), 'dgu');
}

const compiled = new Map<Lang, { kind: InstructionKind; re: RegExp }[]>();
function opsOf(lang: Lang): { kind: InstructionKind; re: RegExp }[] {
  let ops = compiled.get(lang);
  if (!ops) {
    ops = lexicon(lang).bill.ops.map((o) => ({ kind: o.kind, re: compile(o.re, lexicon(lang).bill.occurrence) }));
    compiled.set(lang, ops);
  }
  return ops;
}

/** Reads a bill. `lang` defaults to the text's language. */
export interface ReadBillOptions {
  /**
   * The act a setting binds the file to (`atazan.amendmentBills`): the text is read as a bill of that act
   * even without the enacting words or the annotation (from its first line); an annotation still wins.
   */
  amends?: string;
}

export function readBill(text: string, lang: Lang = detectLanguage(text), opts: ReadBillOptions = {}): Bill {
  const bill: Bill = { lang, instructions: [], notes: [], problems: [] };
  try {
    read(text, bill, opts.amends);
  } catch {
    // The reader never throws; whatever was read stands.
  }
  return bill;
}

function read(text: string, bill: Bill, bound: string | undefined): void {
  const lex = lexicon(bill.lang).bill;
  const ann = ANNOTATION.exec(text);
  if (ann) bill.amends = ann[1];
  else if (bound) bill.amends = bound;
  // Lines.
  const lines: Span[] = [];
  for (let s = 0; s <= text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    lines.push({ start: s, end: e });
    s = e + 1;
  }
  const folded = fold(text, bill.lang);
  // A new edition of the whole act: one instruction, its text quoted or in the appendix.
  if (newEdition(text, folded, lines, bill)) return;
  // The instructions: after the enacting line (or the annotation), to the end line.
  let first = lines.findIndex((l) => lex.intro.test(folded.slice(l.start, l.end)));
  if (first < 0) {
    if (ann) first = lines.findIndex((l) => l.end >= ann.index + ann[0].length);
    else if (!bound) return;
  }
  if (first >= 0) {
    bill.intro = { start: lines[first].start, end: lines[first].end };
    // «(Ведомости Парламента …, 1996 г., № 4, ст. 217; …; 2017 г., № 5, ст. 9)»: the amendments of the
    // edition it amends, by the year of their publication.
    const list = /\(([^()]*\b(?:1[89]|2\d)\d\d\s*(?:г|ж)\.[^()]*)\)/u.exec(text.slice(lines[first].start, lines[first].end));
    if (list) {
      let y = 0;
      for (const m of list[1].matchAll(/\b((?:1[89]|2\d)\d\d)\s*(?:г|ж)\./gu)) y = Math.max(y, Number(m[1]));
      if (y) bill.citesThrough = y;
    }
  }
  if (first >= 0 && !bill.amends) {
    const intro = text.slice(lines[first].start, lines[first].end);
    const head = intro.split('(')[0];
    if (lex.otherAct.test(fold(head, bill.lang))) bill.otherAct = head.replace(/^\s*(?:\S+\s+\d+\s*\.|\d+-\S+\s*\.)\s*/u, '').replace(lex.otherActTrim, '').trim();
  }
  // A file bound by a setting, with neither: its instructions from the first line (first = -1).
  const from = first < 0 ? 0 : lines[first].end;
  let to = text.length;
  const quotes = quotations(text, from, text.length);
  const qi = new QuoteIndex(quotes);
  const inQuote = (pos: number) => qi.around(pos);
  for (let i = first + 1; i < lines.length; i++) {
    const l = lines[i];
    if (inQuote(l.start)) continue;
    if (lex.end.test(folded.slice(l.start, l.end))) {
      to = l.start;
      break;
    }
  }
  bill.law = enactedLaw(text.slice(0, first < 0 ? 0 : lines[first].start), text.slice(to), bill.lang);
  const hasVerb = (line: string) => opsOf(bill.lang).some((op) => {
    op.re.lastIndex = 0;
    return op.re.test(`${line} \u0001`);
  });
  // Statements: a line outside quotations, extended through a quotation that starts on it or on the next
  // non-blank line after a colon, to the end of the line where that quotation closes.
  const statements: Statement[] = [];
  for (let i = first + 1; i < lines.length && lines[i].start < to; i++) {
    const l = lines[i];
    if (inQuote(l.start) || !text.slice(l.start, l.end).trim()) continue;
    let end = l.end;
    for (;;) {
      const q = qi.around(end);
      if (q) {
        end = text.indexOf('\n', q.end);
        if (end < 0) end = text.length;
        continue;
      }
      // A quotation closed by «";» and followed by another on the next line: the same new text quoted
      // in pieces (the 2007 law: «"2) …; 3) …; 5) …;"» then «"7) …";»).
      // (Only the last quotation closed by `end` can have nothing but «;» and blanks up to it: any earlier
      // one has the later one's marks in between.)
      const lastK = qi.lastEndingBy(end);
      const lastQ = lastK >= 0 ? quotes[lastK] : undefined;
      const prevQ = lastQ && lastQ.end > l.start && /^[;,]?\s*$/u.test(text.slice(lastQ.end, end)) ? lastQ : undefined;
      if (prevQ && /^;/u.test(text.slice(prevQ.end, end))) {
        const next = nextNonBlank(text, end, to);
        const k3 = next < 0 ? -1 : qi.indexAt(next);
        const q3 = k3 >= 0 ? quotes[k3] : undefined;
        if (q3) {
          end = text.indexOf('\n', q3.end);
          if (end < 0) end = text.length;
          continue;
        }
      }
      if (!/:\s*$/u.test(text.slice(l.start, end))) break;
      // A colon: the quotation may start on the next non-blank line (after a Markdown heading's marks,
      // «## «7-1-бап. …» in a rebuilt text: session 23).
      let at = nextNonBlank(text, end, to);
      if (at < 0) break;
      if (text.charCodeAt(at) === 35) {
        HEADING_MARKS.lastIndex = at;
        if (HEADING_MARKS.test(text)) at = HEADING_MARKS.lastIndex;
      }
      const k2 = qi.indexAt(at);
      if (k2 < 0) break;
      const q2 = quotes[k2];
      let e2 = text.indexOf('\n', q2.end);
      if (e2 < 0) e2 = text.length;
      // A statement of its own after the quotation («1. 5-бапта:» / «"а" деген сөздер "б" деген сөздермен
      // ауыстырылсын;»): a line with no verb of its own is a context line (session 24). (A new text may
      // open with a quoted word: «… редакцияда жазылсын:» / «"Ұлттық" мәртебені …».)
      if (!/^[\s.;,]*$/u.test(text.slice(q2.end, e2)) && !hasVerb(folded.slice(l.start, end))) break;
      end = e2;
    }
    statements.push({ start: l.start, end: Math.min(end, to) });
    while (i + 1 < lines.length && lines[i + 1].start < end) i++;
  }
  // The masked text: lower case, quotations as \u0001 and spaces (line breaks kept), joined once.
  const pieces: string[] = [];
  let done = 0;
  for (const q of quotes) {
    // A Markdown heading's marks before a quotation that opens its line («## «7-1-бап. …»): blanks.
    let before = folded.slice(done, q.start);
    const marks = /(^|\n)([ \t]*#{1,6}[ \t]+)$/u.exec(before);
    if (marks) before = before.slice(0, before.length - marks[2].length) + ' '.repeat(marks[2].length);
    pieces.push(before, '\u0001', blanked(folded.slice(q.start + 1, q.end)));
    done = q.end;
  }
  pieces.push(folded.slice(done));
  const masked = pieces.join('');
  const quoteAt = (pos: number, stEnd: number): Quoted => {
    const k = qi.indexAt(pos);
    const q = quotes[k];
    let last = q;
    // Pieces of one new text (see the statements above): joined, their marks dropped.
    let value = text.slice(q.start + 1, q.end - 1);
    for (let j = k + 1; j < quotes.length && quotes[j].end <= stEnd; j++) {
      const gap = text.slice(last.end, quotes[j].start);
      if (!/^;\s*\n\s*$/u.test(gap)) break;
      // The «;» between the pieces closes the quotation, not the unit: each piece ends with its own.
      value += gap.slice(1) + text.slice(quotes[j].start + 1, quotes[j].end - 1);
      last = quotes[j];
    }
    return { text: value, span: { start: q.start + 1, end: last.end - 1 } };
  };

  let top = '';
  let topCtx: Context = {};
  /** The context before a sub-item's context line (restored at the next sub-item). */
  let subBase: Context = {};
  let ctx: Context = {};
  let act: string | undefined;
  /** The item whose line named `act`, when a numbered item did («1. В Гражданский кодекс …:»). */
  let actTop: string | undefined;
  /** The act of the instructions is a code (its act line or enacting line names one): parts are numbered. */
  const inCode = () => {
    const named = act ?? bill.otherAct;
    return named !== undefined && lex.code.test(fold(named, bill.lang));
  };
  /** The sub-item whose context line («2) в статье 84:») the unnumbered lines below it belong to. */
  let subItem = '';
  /** The last sub-item's path (lettered items below it extend it). */
  let lastSub = '';
  const ops = opsOf(bill.lang);
  /**
   * A statement that is a unit and one quotation and nothing else — «94-баптың 1-тармағы "…".», item 18
   * of the 1998 kk law, whose verb («… сөздерімен толықтырылсын», ru «дополнить словами») the official
   * text lacks. It is read as words added at the end of the unit, and the caller reports that the verb
   * is missing, with the edit that writes it. Null when anything but the unit's words stands outside the
   * quotation, or when no unit is named.
   */
  const verblessAppend = (s: number, end: number, ctx: Context) => {
    const at = masked.indexOf('\u0001', s);
    if (at <= s || at >= end) return null;
    const k = qi.indexAt(at);
    if (k < 0 || quotes[k].start !== at) return null;
    const words = quoteAt(at, end);
    const close = words.span.end + 1;
    if (!/^[\s.;]*$/u.test(text.slice(close, end))) return null;
    const targets = targetsOf(masked, s, at, bill.lang, ctx, false, inCode());
    if (!targets.length) return null;
    // Only the unit's words before the quotation: every letter or digit there lies in a citation the
    // scanner reads («94-баптың 1-тармағы», «Пункт 1 статьи 94»).
    let rest = masked.slice(s, at);
    for (const r of scanReferences(masked, bill.lang, s, at).references) {
      const a = Math.max(r.span.start, s) - s;
      const b = Math.min(r.span.end, at) - s;
      if (b > a) rest = rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b);
    }
    if (/[\p{L}\p{N}]/u.test(rest)) return null;
    const verb = lex.appendVerb.after ?? lex.appendVerb.before ?? '';
    if (!verb) return null;
    const fix: Edit = lex.appendVerb.after !== undefined
      ? { span: { start: close, end: close }, newText: lex.appendVerb.after }
      : { span: { start: at, end: at }, newText: lex.appendVerb.before! };
    let unitEnd = at;
    while (unitEnd > s && /\s/u.test(text[unitEnd - 1])) unitEnd--;
    return { targets, words, unit: { start: s, end: unitEnd }, fix, verb: verb.trim() };
  };
  /** The statement reported unreadable last, and its problem's index (a remark after it may explain it). */
  let unread: { st: Statement; problem: number } | undefined;
  for (const [k, st] of statements.entries()) {
    const before = k > 0 ? statements[k - 1] : undefined;
    let s = st.start;
    const line = masked.slice(st.start, st.end);
    const lead = /^\s*/u.exec(line)![0].length;
    s += lead;
    let item: string;
    let level: 'top' | 'sub' | 'none' = 'none';
    const topM = /^(\d+)\.\s+/u.exec(masked.slice(s, st.end));
    const subM = /^(\d+(?:-\d+)?)\)\s+(\S+)/u.exec(masked.slice(s, st.end));
    // «а) в части первой …» under a sub-item: a third level of items («4.а»).
    const letM = !topM && !subM ? /^([а-яәіңғүұқө])\)\s+(?=\S)/u.exec(masked.slice(s, st.end)) : null;
    if (topM) {
      level = 'top';
      // A new item of a law amending several acts names its own act: the act of the item before is not carried
      // over (session 25: an act line the reader could not read gave its instructions the previous item's act).
      if (actTop !== undefined && actTop !== topM[1]) {
        act = undefined;
        actTop = undefined;
      }
      top = topM[1];
      s += topM[0].length;
      topCtx = {};
      ctx = {};
      item = top;
      subItem = '';
      lastSub = '';
    } else if (subM && !(lex.subparagraphNumberFirst && (isSubparagraphWord(subM[2], bill.lang) || listOfItems(masked.slice(s + subM[0].length - subM[2].length, st.end), bill.lang)))) {
      level = 'sub';
      s += subM[0].length - subM[2].length;
      if (subItem) {
        // The sub-item before set the context of its own lines only.
        topCtx = { ...subBase };
        subItem = '';
      }
      ctx = { ...topCtx };
      item = top ? `${top}.${subM[1]}` : subM[1];
      lastSub = item;
    } else if (letM && (subItem || lastSub || top)) {
      s += letM[0].length;
      ctx = { ...topCtx };
      item = `${subItem || lastSub || top}.${letM[1]}`;
    } else {
      ctx = { ...topCtx };
      item = subItem || top;
      // A line after a sub-item that set no context continues it, in the article its statement named
      // («54) пункт 1 статьи 76 дополнить частью …: "…"; пункт 6 дополнить частью …»: session 24).
      const prev = bill.instructions[bill.instructions.length - 1];
      if (!subItem && lastSub && prev?.item === lastSub) {
        item = lastSub;
        const arts = new Set(prev.targets.map((t) => t.article));
        if (ctx.article === undefined && arts.size === 1 && prev.targets[0].article !== undefined) ctx = { ...ctx, article: prev.targets[0].article };
      }
    }
    const body = masked.slice(s, st.end);
    if (lex.otherLanguage.test(body)) {
      // «…; қазақша мәтін өзгеріссіз қалдырылсын;» alone on its line: the statement before it (unreadable
      // here: «… деген сөз бас әріппен жазылсын», a capital letter of the Russian text) is the other
      // language's too (session 24).
      const only = lex.thisUnchanged?.exec(body);
      if (only && /^\s*$/u.test(body.slice(0, only.index)) && /^[\s.;]*$/u.test(body.slice(only.index + only[0].length)) && unread && unread.st === before) {
        bill.problems.splice(unread.problem, 1);
        bill.notes.push({ start: before.start + (/^\s*/u.exec(masked.slice(before.start, before.end))![0].length), end: before.end });
        unread = undefined;
      }
      bill.notes.push({ start: st.start + lead, end: st.end });
      continue;
    }
    // Operations, in order, not overlapping.
    const found: { kind: InstructionKind; m: RegExpExecArray; start: number; end: number }[] = [];
    for (const op of ops) {
      op.re.lastIndex = 0;
      for (let m = op.re.exec(body); m; m = op.re.exec(body)) {
        const a = s + m.index;
        const b = a + m[0].length;
        if (!found.some((f) => f.start < b && a < f.end)) found.push({ kind: op.kind, m, start: a, end: b });
      }
    }
    found.sort((x, y) => x.start - y.start);
    if (!found.length && lex.actLine.test(folded.slice(s, st.end).trim())) {
      act = text.slice(s, st.end).trim().replace(/:\s*$/u, '');
      actTop = level === 'top' ? top : undefined;
      topCtx = {};
      ctx = {};
      continue;
    }
    const unreadable = () => {
      unread = { st, problem: bill.problems.length };
      bill.problems.push(problem('bill-instruction-unreadable', { start: st.start + lead, end: lineEnd(text, st.start + lead, st.end) }, { item: item || '—' }));
    };
    if (!found.length) {
      // A context line («В статье 41:», «5-бапта:») sets the unit of the sub-items below it.
      if (/:\s*$/u.test(body)) {
        const c = contextOf(masked, s, st.end, bill.lang, level === 'top' ? {} : topCtx, inCode());
        if (c) {
          if (level === 'sub') {
            subBase = { ...topCtx };
            subItem = item;
          }
          if (level === 'top' || level === 'none' && !top) topCtx = c;
          else topCtx = { ...unitOnly(topCtx), ...c };
          ctx = topCtx;
          continue;
        }
      }
      const verbless = verblessAppend(s, st.end, ctx);
      if (verbless) {
        const ins: Instruction = { item, kind: 'insert-words', targets: verbless.targets, span: { start: st.start + lead, end: st.end }, new: verbless.words, position: 'end' };
        if (act) ins.act = act;
        numberedParts(ins);
        bill.instructions.push(ins);
        bill.problems.push(problem('bill-verb-missing', verbless.unit, { item: item || '—' }, { edit: verbless.fix, verb: verbless.verb }));
        continue;
      }
      unreadable();
      continue;
    }
    // A table's row or column («строку 1.53. таблицы статьи 471 исключить», kk «471-бап кестесінің 1.53-жолы
    // алып тасталсын»), an appendix («в приложении 1 в пункте 73 …»): no unit of the model; read as the unit
    // around it, the row excluded the whole article, the appendix's paragraph was the act's (session 25).
    const named = masked.slice(s, found[found.length - 1].start);
    if (lex.row.test(named) || lex.annex.test(named)) {
      unreadable();
      continue;
    }
    const location = { start: s, end: found[0].start };
    let base = targetsOf(masked, location.start, location.end, bill.lang, ctx, false, inCode());
    let prevEnd = -1;
    for (const f of found) {
      // A later operation of the statement may name its own unit between it and the one before («3)
      // тармақшасы алып тасталсын және 4) тармақшасындағы "…" деген сөздер … ауыстырылып, 5) тармақшасы алып
      // тасталсын»: session 24, each read as subparagraph 3 before), within the first one's outer levels.
      if (prevEnd >= 0 && prevEnd < f.start && base.length) {
        const own = targetsOf(masked, prevEnd, f.start, bill.lang, { article: base[0].article, paragraph: base[0].paragraph }, false, inCode());
        if (own.length && own.every((t) => t.span.end > t.span.start && t.span.start >= prevEnd - 1)) base = own;
      }
      // «слова на "…" исключить» (the source's quotation mark misplaced, session 24): no words edit was read,
      // and the exclusion would take the whole unit; the statement is unreadable instead.
      const between = masked.slice(prevEnd >= 0 ? prevEnd : s, f.start);
      prevEnd = f.end;
      if (f.kind === 'delete-unit' && between.includes('\u0001') && lex.wordsNoun.test(between)) {
        unreadable();
        continue;
      }
      const g = f.m.groups ?? {};
      const at = (name: string): Quoted | undefined => {
        if (g[name] === undefined) return undefined;
        const rel = groupOffset(f.m, name);
        return rel < 0 ? undefined : quoteAt(s + f.m.index + rel, st.end);
      };
      const ins: Instruction = { item, kind: f.kind, targets: f.kind === 'replace-unit' || f.kind === 'delete-unit' ? wholeOver(base) : base, span: { start: st.start + lead, end: st.end } };
      if (act) ins.act = act;
      if (f.kind === 'replace-words' || f.kind === 'delete-words') ins.old = at('old');
      if (f.kind === 'replace-words' || f.kind === 'insert-words') ins.new = at('new');
      if (f.kind === 'insert-words') {
        ins.anchor = at('anchor');
        const pos = g.pos;
        ins.position = !pos ? 'end' : lex.after.has(pos) ? 'after' : 'before';
        if (g.mark) ins.mark = /нүкте/u.test(g.mark) ? ';' : ',';
      }
      if (f.kind === 'replace-words' && g.put && !ins.old) {
        // A mark put after the words (kk «… деген сөзден кейін нүктелі үтір қойылсын»): the words, then the mark.
        const a = at('anchor');
        if (a) {
          ins.old = { text: a.text, span: a.span };
          ins.new = { text: a.text + (/нүкте/u.test(g.put) ? ';' : ','), span: a.span };
        }
      }
      if (f.kind === 'replace-words' && g.mark && !ins.old) {
        // A mark after the words excluded: the words with the mark become the words.
        const a = at('anchor');
        if (a) {
          ins.old = { text: a.text + (/точк[а-я]*\s+с\s+запят/u.test(g.mark) ? ';' : /запят/u.test(g.mark) ? ',' : '.'), span: a.span };
          ins.new = { text: a.text, span: a.span };
        }
      }
      if (f.kind === 'replace-unit' || f.kind === 'insert-unit') ins.text = at('text');
      if (g.occ) {
        const ns = (g.occ.match(/[\p{L}]+/gu) ?? []).map((w) => lexicon(bill.lang).scan.ordinal(w)).filter((n) => n > 0);
        if (ns.length) ins.occurrences = ns;
      }
      if (f.kind === 'insert-unit') {
        const objStart = s + f.m.index + groupOffset(f.m, 'obj');
        // Scanned from the verb: a number that opens the scanned text is not read as a citation.
        const obj = targetsOf(masked, f.start, objStart + (g.obj ?? '').length, bill.lang, {}, true, inCode());
        const parent = base[0] ?? { span: { start: objStart, end: objStart }, ...ctx };
        ins.targets = obj.map((o) => insertedTarget(parent, o));
        // «оглавление дополнить заголовком статьи 443-1 …», kk «мазмұны … 9-1-баптың тақырыбымен толықтырылсын»
        // (session 24: read as the article itself): a new line of the table of contents.
        const named = (k: number) => obj[k]?.title && obj[k].article !== undefined && obj[k].paragraph === undefined && obj[k].subparagraph === undefined;
        if (ins.targets.length && ins.targets.every((_, k) => named(k)) && contentsWord(masked.slice(s, f.start), bill.lang)) {
          for (const t of ins.targets) {
            t.title = true;
            t.contents = true;
          }
        }
        if (!ins.targets.length) {
          unreadable();
          continue;
        }
      }
      if (!ins.targets.length) {
        unreadable();
        continue;
      }
      numberedParts(ins);
      // Lists of words: one edit per word (or per anchor of an insertion), the new words «respectively»
      // (one new word for all, or one each; other counts are unreadable).
      const olds = moreOffsets(f.m, 'oldMore');
      const anchors = moreOffsets(f.m, 'anchorMore');
      const news = moreOffsets(f.m, 'newMore');
      if (!olds.length && !news.length && !anchors.length) {
        bill.instructions.push(ins);
        continue;
      }
      const quote = (rel: number) => quoteAt(s + f.m.index + rel, st.end);
      const keyList = f.kind === 'insert-words' ? ins.anchor ? [ins.anchor, ...anchors.map(quote)] : [] : ins.old ? [ins.old, ...olds.map(quote)] : [];
      const newList = ins.new ? [ins.new, ...news.map(quote)] : [];
      const paired = f.kind === 'delete-words' || newList.length === 1 || newList.length === keyList.length;
      if (!keyList.length || !paired) {
        unreadable();
        continue;
      }
      for (let k = 0; k < keyList.length; k++) {
        const one: Instruction = f.kind === 'insert-words' ? { ...ins, anchor: keyList[k] } : { ...ins, old: keyList[k] };
        if (f.kind !== 'delete-words') one.new = newList.length === 1 ? newList[0] : newList[k];
        bill.instructions.push(one);
      }
    }
  }
  // Quoted words that run on into a line reading as a numbered statement of its own («2. Статью 3 дополнить
  // …»): the words' closing mark is missing in the source (session 24, a 1997 law). A unit's quoted text that
  // runs on into statements («8-бапта:», «1-тармақтың 1) тармақшасы мынадай редакцияда жазылсын:», session 25: a
  // 1997 kk law whose quoted Articles 7 and 9 were never closed, four statements swallowed).
  const lexB = lexicon(bill.lang).bill;
  /** The first line after the first of quotation `q` that `isStatement` reads as a statement, reported once per quotation. */
  const runsOn = (ins: Instruction, q: Quoted | undefined, isStatement: (line: string) => boolean): void => {
    if (!q || !q.text.includes('\n')) return;
    const line = q.text.split('\n').slice(1).map((l) => l.trim()).find(isStatement);
    if (line === undefined || bill.problems.some((p) => p.code === 'bill-quote-unclosed' && p.span.start === q.span.start - 1)) return;
    bill.problems.push(problem('bill-quote-unclosed', { start: q.span.start - 1, end: q.span.start }, { item: ins.item || '—', line: line.length > 80 ? `${line.slice(0, 80)}…` : line }));
  };
  for (const ins of bill.instructions) {
    if (ins.kind === 'replace-unit' || ins.kind === 'insert-unit') runsOn(ins, ins.text, (l) => lexB.statementLine.test(fold(l, bill.lang)));
    else for (const q of [ins.old, ins.anchor, ins.new]) runsOn(ins, q, (l) => /^\d+(?:-\d+)?[.)]\s+\S/u.test(l) && hasVerb(fold(l, bill.lang)));
  }
}

/**
 * «Конституцию Республики Казахстан изложить в новой редакции согласно приложению к настоящему Закону»
 * (kk «… осы Заңға қосымшаға сәйкес жаңа редакцияда жазылсын»): the statement's first line, before any
 * enacting line, sets the whole act out anew. Its text is the appendix (everything after the appendix's
 * heading line and one blank line, exactly) or the quotation after the statement's colon. False when the
 * bill has no such statement.
 */
function newEdition(text: string, folded: string, lines: Span[], bill: Bill): boolean {
  const lex = lexicon(bill.lang).bill;
  if (!lex.newEdition) return false;
  let k = -1;
  let m: RegExpExecArray | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = folded.slice(lines[i].start, lines[i].end);
    if (lex.intro.test(l)) return false;
    lex.newEdition.lastIndex = 0;
    m = lex.newEdition.exec(l);
    if (m) {
      k = i;
      break;
    }
  }
  if (k < 0 || !m) return false;
  const line = lines[k];
  const lead = /^[ \t#]*/u.exec(text.slice(line.start, line.end))![0].length;
  const item = /^[ \t#]*(?:\S+\s+)?(\d+)/u.exec(folded.slice(line.start, line.start + m[0].length))?.[1] ?? '1';
  const target: BillTarget = { whole: true, span: { start: line.start + lead, end: line.start + m.index + m[0].length } };
  let quoted: Quoted | undefined;
  let end = line.end;
  let tail = text.slice(line.end);
  if (m.groups?.appendix) {
    const a = lines.findIndex((l, j) => j > k && !!lex.appendix?.test(folded.slice(l.start, l.end)));
    if (a >= 0) {
      let start = Math.min(lines[a].end + 1, text.length);
      if (text[start] === '\n') start++;
      else if (text.startsWith('\r\n', start)) start += 2;
      quoted = { text: text.slice(start), span: { start, end: text.length } };
      tail = text.slice(line.end, lines[a].start);
    }
  } else {
    const at = nextNonBlank(text, line.end, text.length);
    const q = at >= 0 && /:\s*$/u.test(text.slice(line.start, line.end)) ? quotations(text, at, text.length)[0] : undefined;
    if (q && q.start === at) {
      quoted = { text: text.slice(q.start + 1, q.end - 1), span: { start: q.start + 1, end: q.end - 1 } };
      end = lineEnd(text, q.end, text.length);
      tail = text.slice(end);
    }
  }
  bill.law = enactedLaw(text.slice(0, line.start), tail, bill.lang);
  const span = { start: line.start + lead, end };
  if (!quoted) {
    bill.problems.push(problem('bill-instruction-unreadable', { start: line.start + lead, end: line.end }, { item }));
    return true;
  }
  bill.instructions.push({ item, kind: 'replace-unit', targets: [target], span, text: quoted });
  return true;
}

/**
 * The law's date and number in its header, or in its signature block (after the President's title: a date
 * in the transitional provisions before it may be another law's), and its entry into force (the lexicon's
 * patterns).
 */
function enactedLaw(header: string, tail: string, lang: Lang): EnactedLaw | undefined {
  const lex = lexicon(lang).bill;
  if (!lex.enacted || !lex.months) return undefined;
  // The signature line: the President's title, spaces and look-alike letters aside («ПрезидентРеспублики Казахстан»).
  const squeeze = (x: string) => fold(x, lang).replace(/\s+/gu, '');
  const titles = lexicon(lang).markup.signature.map(squeeze);
  let signed = -1;
  for (let at = 0; at < tail.length;) {
    let e = tail.indexOf('\n', at);
    if (e < 0) e = tail.length;
    if (titles.some((x) => squeeze(tail.slice(at, e)).includes(x))) signed = e;
    at = e + 1;
  }
  const outside = header + '\n' + (signed < 0 ? '' : tail.slice(signed));
  const m = lex.enacted.exec(outside);
  const g = m?.groups;
  if (!g) return undefined;
  const mon = g.mon ? lex.months.findIndex((x) => g.mon.toLowerCase().startsWith(x)) + 1 : Number(g.mm);
  if (!(mon >= 1 && mon <= 12)) return undefined;
  const date = `${g.d.padStart(2, '0')}.${String(mon).padStart(2, '0')}.${g.y}`;
  const e = lex.entry?.exec(tail)?.groups?.e;
  // Roman numerals of the number in Latin letters, as the consolidated texts write new notes («№ 51-VI»).
  return { date, ...(g.n ? { number: g.n.replace(/І/gu, 'I') } : {}), ...(e ? { entry: e.trim() } : {}) };
}

function lineEnd(text: string, start: number, end: number): number {
  const nl = text.indexOf('\n', start);
  return nl < 0 || nl > end ? end : nl;
}

/** Where a group of an op's match starts, relative to the match (−1 when it did not take part). */
function groupOffset(m: RegExpExecArray, name: string): number {
  const at = m.indices?.groups?.[name];
  return at ? at[0] - m.index : -1;
}

/** The quotations of a list group (`oldMore`, `newMore`): their offsets relative to the match. */
function moreOffsets(m: RegExpExecArray, name: string): number[] {
  const v = m.groups?.[name];
  const at = groupOffset(m, name);
  if (!v || at < 0) return [];
  const out: number[] = [];
  for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) === 1) out.push(at + i);
  return out;
}

/**
 * «және 2) тармақшалар …» after a line's «1)»: the line cites items 1) and 2), it is no sub-item of the bill
 * (session 23: «1) және 2) тармақшалар мынадай редакцияда жазылсын:» of a real law; the parser reads such a
 * line so too, lang/markup.ts citesAfterNumber).
 */
function listOfItems(rest: string, lang: Lang): boolean {
  const k = afterMoreItems(rest, 0);
  const m = k > 0 ? /^\p{L}+/u.exec(rest.slice(k)) : null;
  return m !== null && isSubparagraphWord(m[0], lang);
}

function isSubparagraphWord(word: string, lang: Lang): boolean {
  const w = word.replace(/[^\p{L}]/gu, '');
  return lexicon(lang).scan.noun(w)?.unit === 'subparagraph';
}

function contextOf(masked: string, start: number, end: number, lang: Lang, outer: Context, inCode: boolean): Context | null {
  const t = targetsOf(masked, start, end, lang, outer, false, inCode);
  // «6-тараудың тақырыбы мен бүкіл мәтіні бойынша:» (the chapter's heading and articles, session 25).
  const ev = t[t.length - 1];
  if (ev?.everywhere && ev.chapter !== undefined && t.every((x) => x.chapter === ev.chapter) && t.length <= 2) {
    return { everywhere: true, chapter: ev.chapter, ...(t.length === 2 ? { chapterTitle: true as const } : {}) };
  }
  if (t.length !== 1) return null;
  const { article, paragraph, subparagraph, part, indent } = t[0];
  // (Session 23: «в преамбуле:», the statements below change the preamble.)
  if (t[0].preamble) return { preamble: true };
  if (t[0].everywhere) return { everywhere: true };
  // (Session 22: the part or indent too; before, «в абзаце третьем пункта 1 статьи 14:» gave its
  // statements below the whole paragraph.)
  return { article, paragraph, subparagraph, ...(typeof part === 'number' ? { part } : {}), ...(indent ? { indent } : {}) };
}

/** Units named in masked[start, end), with outer levels from `ctx`; parts and sentences attached. */
function targetsOf(masked: string, start: number, end: number, lang: Lang, ctx: Context, inserted = false, inCode = false): BillTarget[] {
  const lex = lexicon(lang).bill;
  const out: BillTarget[] = [];
  /** Targets whose article the scanner took from another citation of the list. */
  const shared = new Set<BillTarget>();
  // The scanner does not read a number that opens the scanned text («13) тармақшадағы»): start one
  // character earlier when a space is there.
  if (start > 0 && /\s/u.test(masked[start - 1])) start--;
  const seg = masked.slice(start, end);
  const head = lex.heading.exec(seg);
  const pre = lex.preamble.exec(seg);
  if (pre && !inserted && (!head || pre.index < head.index)) return [{ preamble: true, span: { start: start + pre.index, end: start + pre.index + pre[0].length } }];
  if (head?.groups?.n) return [{ section: sectionNumeral(head.groups.n), span: { start: start + head.index, end: start + head.index + head[0].length } }];
  const every = inserted || ctx.article !== undefined ? null : lex.everywhere.exec(seg);
  if (every) {
    const span = { start: start + every.index, end: start + every.index + every[0].length };
    // «6-тараудың мемлекеттік тілдегі тақырыбы мен бүкіл мәтіні бойынша», «в заголовке и по всему тексту главы 6»
    // (session 25: read as the whole act's text): the chapter's articles, and its heading when the statement names it.
    const cn = lex.chapterNamed.exec(seg);
    if (cn?.groups?.n) {
      const chapter = chapterNumber(cn.groups.n);
      const out: BillTarget[] = [{ chapter, everywhere: true, span }];
      const titled = seg.slice(0, every.index).split(/[^\p{L}]+/u).some((w) => wholeWord(lex.title, w));
      if (titled) out.unshift({ chapter, span: { start: start + cn.index, end: start + cn.index + cn[0].length } });
      return out;
    }
    // «5-баптың бүкіл мәтіні бойынша»: the unit named (the scan below), not the act.
    if (!scanReferences(masked, lang, start, start + every.index).references.some((r) => r.targets.length > 0)) return [{ everywhere: true, span }];
  }
  const ch = inserted ? null : lex.chapterHeading.exec(seg);
  if (ch?.groups?.n) {
    const heading: BillTarget = { chapter: chapterNumber(ch.groups.n), span: { start: start + ch.index, end: start + ch.index + ch[0].length } };
    // «15-тараудың атауы, 93, 94-баптар …» (session 24): the units listed after the heading too.
    const after = heading.span.end;
    const more = targetsOf(masked, after, end, lang, {}, inserted, inCode).filter((t) => t.span.end > t.span.start && t.article !== undefined);
    // (Session 25: «заголовок главы 3 , заголовок и текст статьи 14», «в заголовке главы 3 и статье 14»,
    // «3-тараудың тақырыбындағы, 14-баптың тақырыбы мен мәтініндегі»: the article's heading and text words, and
    // its noun, between.)
    const between = masked.slice(after, more[0]?.span.start ?? after).split(/([^\p{L}]+)/u)
      .filter((w) => !(wholeWord(lex.title, w) || wholeWord(lex.text, w) || /^(?:и|және|мен|and)$/iu.test(w) || lexicon(lang).scan.noun(w.toLowerCase()))).join('');
    if (more.length && /^[\s,]*$/u.test(between)) return [heading, ...more];
    return [heading];
  }
  const cw = inserted ? null : lex.chapterWhole?.exec(seg);
  if (cw?.groups?.n) return [{ chapter: chapterNumber(cw.groups.n), chapterWhole: true, span: { start: start + cw.index, end: start + cw.index + cw[0].length } }];
  for (const r of scanReferences(masked, lang, start, end).references) {
    for (const t of r.targets) {
      const a = levelText(t.article);
      const p = levelText(t.paragraph);
      const sp = levelText(t.subparagraph);
      const bt: BillTarget = { span: t.span };
      // «1-2)» is an inserted number, not the range 1–2.
      const lv = t.unit === 'article' ? t.article : t.unit === 'paragraph' ? t.paragraph : t.subparagraph;
      const glued = lv && lv.kind === 'num' && lv.rangeEnd && masked.slice(lv.num.span.end, lv.rangeEnd.span.start) === '-'
        ? `${lv.num.text}-${lv.rangeEnd.text}` : undefined;
      if (t.unit === 'article') bt.article = a;
      else if (t.unit === 'paragraph') {
        bt.article = a ?? ctx.article;
        bt.paragraph = p;
      } else {
        bt.article = a ?? ctx.article;
        bt.paragraph = p ?? (a ? undefined : ctx.paragraph);
        bt.subparagraph = sp;
      }
      if (inserted && !a) delete bt.article;
      // The article taken from the next citation of the list (refscan inheritLevels: «пункт 3) части второй
      // статьи 65»): as if not written here, for the step below that makes one unit of the chain.
      if (a !== undefined && t.article?.kind === 'num' && (t.article.num.span.start >= r.span.end || t.article.num.span.end <= r.span.start)) shared.add(bt);
      if (glued) bt[t.unit] = glued;
      // «пункт 3)», «пунктом 5-2)», kk «3) тармағы»: a code's numbered item, written with a bracket, is
      // the subparagraph level of the unit model (directly under the article, or under the part named).
      if (t.unit === 'paragraph' && lv && lv.kind === 'num' && masked[(lv.rangeEnd ?? lv.num).span.end] === ')') {
        bt.subparagraph = bt.paragraph;
        delete bt.paragraph;
      }
      out.push(bt);
      // A range («пункты 2-4») stands for each number; the scanner gives it as one target with an end.
      const lvl = t.unit === 'article' ? t.article : t.unit === 'paragraph' ? t.paragraph : t.subparagraph;
      if (lvl && lvl.kind === 'num' && lvl.rangeEnd && !glued) {
        const lo = parseInt(lvl.num.text, 10);
        const hi = parseInt(lvl.rangeEnd.text, 10);
        if (String(lo) === lvl.num.text && String(hi) === lvl.rangeEnd.text && hi > lo && hi - lo < 100) {
          for (let n = lo + 1; n <= hi; n++) out.push({ ...bt, [t.unit]: String(n) });
        }
      }
    }
  }
  // «6-2) тармақпен» (a code's numbered item of a part): a number with a bracket before a paragraph noun.
  // The scanner misses «2) тармақшадағы» too: the same reading for a subparagraph noun.
  {
    const list = /(?<![\p{L}\p{N}-])((?:(?:\d+(?:-\d+)*|[а-яәіңғүұқө])\)(?:\s*,\s*|\s+(?:және|и)\s+))*)(\d+(?:-\d+)*|[а-яәіңғүұқө])\)\s+(\p{L}+)/gu;
    for (const lm of seg.matchAll(list)) {
      const unit = lexicon(lang).scan.noun(lm[3])?.unit;
      if (unit !== 'paragraph' && unit !== 'subparagraph') continue;
      // «а) пункта 2»: the noun has its own number (a noun-first language); not this item's noun.
      if (/^\s+\d/u.test(seg.slice(lm.index! + lm[0].length))) continue;
      const nums = [...`${lm[1]}${lm[2]})`.matchAll(/(\d+(?:-\d+)*|[а-яәіңғүұқө])\)/gu)].map((x) => ({ n: x[1], at: start + lm.index! + x.index! }));
    for (const { n, at } of nums) {
      const m = [n, n] as const;
      if (out.some((t) => t.span.start <= at + m[1].length && at <= t.span.end)) continue;
      const t: BillTarget = { ...(inserted ? {} : { article: ctx.article, paragraph: ctx.paragraph }), subparagraph: m[1], span: { start: at, end: at + m[1].length + 1 } };
      // «58-баптың 3-тармағының 7) тармақшасы»: the outer levels are the ones cited before it.
      const outer = out.find((o) => o.span.end <= at);
      if (outer) {
        t.article = outer.article;
        if (outer.paragraph) t.paragraph = outer.paragraph;
        // The chain names one unit: the outer levels are not a target of their own.
        if (outer.subparagraph === undefined && !inserted) out.splice(out.indexOf(outer), 1);
      }
      for (const k of Object.keys(t) as (keyof BillTarget)[]) if (t[k] === undefined) delete t[k];
      out.push(t);
    }
    }
  }
  // Lettered subparagraphs after their noun («подпункт а) пункта 2 статьи 6», «в подпунктах а) и б)»): the
  // outer levels are cited after them (or come from the context).
  if (LETTER_ITEM.test(seg)) {
    const letters = /(?<![\p{L}\p{N}-])(\p{L}+)\s+((?:[а-яәіңғүұқө]\)(?:\s*,\s*|\s+(?:и|және)\s+))*[а-яәіңғүұқө]\))/gu;
    for (const lm of seg.matchAll(letters)) {
      const unit = lexicon(lang).scan.noun(lm[1])?.unit;
      if (unit !== 'paragraph' && unit !== 'subparagraph') continue;
      const base = start + lm.index! + lm[0].length - lm[2].length;
      const after = out.find((o) => o.span.start >= base + lm[2].length && o.subparagraph === undefined);
      for (const x of lm[2].matchAll(/([а-яәіңғүұқө])\)/gu)) {
        const at = base + x.index!;
        if (out.some((t) => t.span.start <= at && at < t.span.end)) continue;
        const t: BillTarget = { ...(inserted ? {} : { article: ctx.article, paragraph: ctx.paragraph }), subparagraph: x[1], span: { start: at, end: at + 2 } };
        if (after && !inserted) {
          t.article = after.article;
          t.paragraph = after.paragraph;
        }
        for (const k of Object.keys(t) as (keyof BillTarget)[]) if (t[k] === undefined) delete t[k];
        out.push(t);
      }
      if (after && !inserted) out.splice(out.indexOf(after), 1);
    }
  }
  out.sort((x, y) => x.span.start - y.span.start);
  // «пункт 3) части второй статьи 65», kk «65-баптың екінші бөлігінің 3) тармағы»: the item and the article
  // were read as two targets; one chain names one unit.
  {
    const arts = out.filter((t) => t.article !== undefined && t.paragraph === undefined && t.subparagraph === undefined);
    const bare = out.filter((t) => (t.article === undefined || (shared.has(t) && t.article === arts[0]?.article)) && (t.paragraph !== undefined || t.subparagraph !== undefined));
    if (bare.length && arts.length === 1 && !inserted) {
      for (const t of bare) t.article = arts[0].article;
      out.splice(out.indexOf(arts[0]), 1);
    }
    // «в части второй пункта 1 статьи 157 подпункт 3) исключить» (session 25: read as paragraph 2 of the article and a
    // bare subparagraph 3): the subparagraph of the one paragraph named.
    const paras = out.filter((t) => t.article !== undefined && t.paragraph !== undefined && t.subparagraph === undefined);
    const subs = out.filter((t) => t.article === undefined && t.paragraph === undefined && t.subparagraph !== undefined);
    if (!inserted && paras.length === 1 && subs.length && paras.length + subs.length === out.length) {
      for (const t of subs) {
        t.article = paras[0].article;
        t.paragraph = paras[0].paragraph;
      }
      out.splice(out.indexOf(paras[0]), 1);
    }
  }
  // Parts, indents and sentences: the ordinals or numbers next to the noun; the article's heading; the
  // table of contents.
  const lx = lexicon(lang);
  // (Most locations name none of these: the words are read only when one of the nouns is there.)
  const words = unitWords(lang).test(seg) ? [...seg.matchAll(/[\p{L}\p{N}-]+/gu)].map((m) => ({ w: m[0], at: start + m.index! })) : [];
  /**
   * The value of the word at k: an ordinal with the tens before it (kk «он бірінші», ru «двадцать втором»:
   * also from the tens word itself), a number, or null. `from`..`to`: the words it takes.
   */
  const valueAt = (k: number): { v: number | string; from: number; to: number } | null => {
    const w = words[k]?.w;
    if (!w) return null;
    if (/^\d+(?:-\d+)*$/u.test(w)) return { v: w, from: k, to: k };
    const t = lex.tens?.get(w);
    const after = t && words[k + 1] ? lx.scan.ordinal(words[k + 1].w) : 0;
    if (t && after > 0 && after < 10) return { v: t + after, from: k, to: k + 1 };
    const n = lx.scan.ordinal(w);
    if (!n) return null;
    const tens = k > 0 ? lex.tens?.get(words[k - 1].w) : undefined;
    return tens && n < 10 ? { v: tens + n, from: k - 1, to: k } : { v: n, from: k, to: k };
  };
  /** The list of values after (ru) or before (kk) the noun at i: «части третью и четвертую», «үшінші және төртінші бөліктері». */
  /** A comma between words a and b (a < b). */
  const comma = (a: number, b: number) => masked.slice(words[a].at + words[a].w.length, words[b].at).includes(',');
  const listAt = (i: number, after: boolean): (number | string)[] => {
    const out: (number | string)[] = [];
    // The values of a list are joined by a list word or a comma: «в части шестой первое предложение» is
    // part 6 and sentence 1, not parts 6 and 1 (session 24, a 2001 law: sentence 1 of part 1 excluded too).
    if (after) {
      for (let k = i + 1; k < words.length;) {
        const x = valueAt(k);
        if (!x) break;
        out.push(x.v);
        k = x.to + 1;
        if (words[k] && lex.and.has(words[k].w) && valueAt(k + 1)) k++;
        else if (!words[k] || !comma(x.to, k)) break;
      }
    } else {
      for (let k = i - 1; k >= 0;) {
        const x = valueAt(k);
        if (!x) break;
        out.unshift(x.v);
        k = x.from - 1;
        if (k >= 0 && lex.and.has(words[k].w) && valueAt(k - 1)) k--;
        else if (k < 0 || !comma(k, x.from)) break;
      }
    }
    return out;
  };
  /** `container`: the unit noun next to a part on its larger side («части второй пункта 1»: paragraph; kk «1-тармақтың екінші бөлігі»). */
  type Found = { kind: 'part' | 'indent' | 'sentence'; values: (number | string | 'last' | 'next')[]; span: Span; container?: string };
  /** The unit whose noun stands next to the word at i on its larger side (ru after it, kk before it), within four words. */
  const containerAt = (i: number): string | undefined => {
    const step = lx.scan.order === 'noun-first' ? 1 : -1;
    for (let k = i + step, n = 0; k >= 0 && k < words.length && n < 4; k += step, n++) {
      const u = lx.scan.noun(words[k].w.replace(/^[\d-]+-/u, '').toLowerCase())?.unit;
      if (u === 'article' || u === 'paragraph' || u === 'subparagraph') return u;
    }
    return undefined;
  };
  const found: Found[] = [];
  let title = false;
  let titleSpan: Span | undefined;
  let contents = false;
  let withText = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].w;
    if (wholeWord(lex.title, w)) {
      title = true;
      titleSpan ??= { start: words[i].at, end: words[i].at + w.length };
    }
    if (wholeWord(lex.contents, w)) contents = true;
    if (wholeWord(lex.text, w)) withText = true;
    // kk «1-1-бөлікпен»: the number glued to the noun.
    const glued = /^(\d+(?:-\d+)*)-(\p{L}+)$/u.exec(w);
    if (glued && wholeWord(lex.part, glued[2])) {
      // «4-3 және 4-4-бөліктер», «4-5, 4-6 және 4-7-бөліктермен»: the numbers before it too.
      const j = i > 0 && lex.and.has(words[i - 1].w) ? i - 1 : -1;
      const before = j > 0 ? listAt(j, false).filter((v) => typeof v === 'string') : [];
      found.push({ kind: 'part', values: [...before, glued[1]], span: { start: words[i].at, end: words[i].at + w.length } });
      continue;
    }
    const kind = wholeWord(lex.part, w) ? 'part' : wholeWord(lex.indent, w) ? 'indent' : wholeWord(lex.sentence, w) ? 'sentence' : null;
    if (!kind) continue;
    let values: Found['values'] = listAt(i, lx.scan.ordinalAfterNoun);
    if (!values.length) values = listAt(i, !lx.scan.ordinalAfterNoun).slice(-1);
    if (!values.length) {
      const prev = words[i - 1]?.w ?? '';
      const next = words[i + 1]?.w ?? '';
      if (lex.last.test(prev) || lex.last.test(next)) values = ['last'];
      // An insertion without a number: a new last sentence or part («дополнить частью (абзацем)
      // следующего содержания:», session 24).
      else if (inserted) values = ['next'];
    }
    if (!values.length) continue;
    found.push({ kind, values, span: { start: words[i].at, end: words[i].at + w.length }, container: kind === 'part' ? containerAt(i) : undefined });
  }
  if (found.length) {
    // A code's numbered parts: a number («часть 1-1»), an ordinal under an item («пункт 3) части второй»),
    // or a part holding an indent («абзац первый части первой») are paragraphs.
    const hasIndent = found.some((f) => f.kind === 'indent');
    const hasSub = out.some((t) => t.subparagraph !== undefined);
    const codePart = inCode && !out.some((t) => t.paragraph !== undefined);
    if (!out.length) out.push({ ...(inserted ? {} : ctx), span: found[0].span });
    for (const f of found) {
      const numbered = f.kind === 'part' && (typeof f.values[0] === 'string' && f.values[0] !== 'last' && f.values[0] !== 'next' || hasIndent || hasSub || codePart && typeof f.values[0] === 'number');
      const next: BillTarget[] = [];
      for (const t of out) {
        // An ordinal part of a subparagraph («в части первой подпункта 1) пункта 2 статьи 14», kk «… 1) тармақшасының
        // бірінші бөлігінде»: the part named on the subparagraph's smaller side, or with its paragraph named) is the
        // subparagraph's own part, not a code's numbered part (session 25: read as paragraph 1, paragraph 2 lost).
        const ofSub = f.kind === 'part' && !hasIndent && t.subparagraph !== undefined && f.container !== 'paragraph'
          && ((t.paragraph !== undefined && !t.codePart) || (lx.scan.order === 'noun-first' ? f.span.start < t.span.start : f.span.start >= t.span.end));
        // A part of the paragraph the statement names («части второй пункта 1 статьи 157», «абзац пятый части
        // второй пункта 6 статьи 20»; session 25: «пункта 6» lost, the part read as paragraph 2): where its
        // subparagraph is (the part only locates it), or the paragraph's part; with an indent inside it as well,
        // two levels of parts the target cannot hold: no target (the statement is unreadable).
        const inParagraph = f.kind === 'part' && f.container === 'paragraph' && t.paragraph !== undefined && !t.codePart;
        if (inParagraph && (hasIndent || t.subparagraph !== undefined)) {
          // (Session 26: the part was dropped, and a paragraph with a list in each part read the first list.)
          if (t.subparagraph !== undefined) next.push(f.values.length === 1 && typeof f.values[0] === 'number' ? { ...t, inPart: f.values[0] } : t);
          continue;
        }
        // kk «157-баптың 1-тармағының екінші бөлігіндегі 3) тармақшасы»: the paragraph read before the part is the
        // subparagraph's own outer level, not a target of its own (it was read as paragraph 2, excluded).
        if (inParagraph && out.some((u) => u !== t && u.article === t.article && u.paragraph === t.paragraph && u.subparagraph !== undefined)) continue;
        for (const v of f.values) {
          const c: BillTarget = { ...t };
          if (numbered && !inParagraph && !(ofSub && typeof v === 'number')) {
            c.paragraph = String(v);
            // (Under an item too, session 24: «29-баптың бірінші бөлігінің 3) тармақшасы» of a law whose
            // article has no numbered paragraphs is the article's subparagraph 3; apply.ts resolveCodePart.)
            if (typeof v === 'number' && !hasIndent) c.codePart = true;
          }
          else if (f.kind === 'sentence') c.sentence = v as BillTarget['sentence'];
          else if (typeof v === 'number' || v === 'next') {
            c.part = v;
            if (f.kind === 'indent') c.indent = true;
          } else if (v === 'last') delete c.part;
          next.push(c);
        }
      }
      out.splice(0, out.length, ...next);
    }
  }
  if (title || contents) {
    if (!out.length && !inserted && ctx.article) out.push({ ...ctx, span: { start, end: start } });
    // «заголовок, пункты 1 и 2 изложить …», «тақырып, 1 және 2-тармақтар …» (session 24: the heading was
    // dropped): the heading of the units' article, listed before them.
    const first = out[0];
    if (title && !contents && !inserted && titleSpan && first && first.article !== undefined && !out.some((t) => t.paragraph === undefined && t.subparagraph === undefined)
      && out.every((t) => t.article === first.article && t.part === undefined && t.sentence === undefined) && titleSpan.end <= first.span.start
      && /^[\s,]*(?:(?:и|және|and)\s+)?$/u.test(masked.slice(titleSpan.end, first.span.start).replace(/\p{L}+\s*$/u, ''))) {
      out.unshift({ article: first.article, title: true, span: titleSpan });
    }
    // «заголовок и текст статьи 14», «14-баптың тақырыбы мен мәтініндегі» (session 25: the text was dropped):
    // the article's heading, then its text.
    const both = title && withText && !contents && !inserted;
    for (let k = 0; k < out.length; k++) {
      const t = out[k];
      if (t.article === undefined || t.paragraph !== undefined || t.subparagraph !== undefined) continue;
      if (both && !t.title) out.splice(++k, 0, { ...t });
      if (title) t.title = true;
      if (contents) t.contents = true;
    }
  }
  if (!out.length && !inserted && (ctx.article || ctx.paragraph || ctx.preamble || ctx.everywhere)) {
    const sp = /\S/u.exec(seg);
    const at = sp ? start + sp.index : start;
    const { chapterTitle, ...unit } = ctx;
    if (chapterTitle) out.push({ chapter: unit.chapter, span: { start: at, end: at } });
    out.push({ ...unit, span: { start: at, end: at } });
  }
  return out;
}

/**
 * A code's parts are numbered («1.», «1-1.»): the paragraph level of the unit model (targetsOf reads them so
 * in a code). Elsewhere, when the quoted new text of a whole part opens with the part's number («часть
 * вторую … изложить: «2. …»»), the ordinal part of the article is that paragraph.
 */
function numberedParts(ins: Instruction): void {
  const bare = (t: BillTarget) => t.article !== undefined && t.part !== undefined && !t.indent && t.paragraph === undefined && t.subparagraph === undefined && !t.title;
  if (!ins.targets.some(bare)) return;
  let numbered = false;
  if (ins.text && (ins.kind === 'replace-unit' || ins.kind === 'insert-unit')) {
    const first = ins.targets[0];
    const m = /^\s*(\d+(?:-\d+)*)\.\s/u.exec(ins.text.text);
    numbered = bare(first) && first.sentence === undefined && m !== null && m[1] === String(first.part);
  }
  if (!numbered) return;
  for (const t of ins.targets) {
    if (!bare(t)) continue;
    t.paragraph = String(t.part);
    delete t.part;
  }
}

/** Does `re` match the whole of word `w`? */
function wholeWord(re: RegExp, w: string): boolean {
  const m = re.exec(w);
  return m !== null && m[0] === w;
}

/** The table of contents' noun as a whole word in `seg` («оглавление», «мазмұны»). */
function contentsWord(seg: string, lang: Lang): boolean {
  const re = lexicon(lang).bill.contents;
  return (seg.match(/\p{L}+/gu) ?? []).some((w) => wholeWord(re, w));
}

/** A lettered item («а)») somewhere in a location. */
const LETTER_ITEM = /(?<![\p{L}\p{N}])[а-яәіңғүұқө]\)/u;

const unitWordsOf = new Map<Lang, RegExp>();
/** Any word of the part, indent, sentence, heading or contents nouns (their whole-word anchors dropped). */
function unitWords(lang: Lang): RegExp {
  let re = unitWordsOf.get(lang);
  if (!re) {
    const b = lexicon(lang).bill;
    const src = [b.part, b.indent, b.sentence, b.title, b.contents].map((r) => r.source.replace(/^\^/u, '').replace(/\$$/u, ''));
    re = new RegExp(src.join('|'), 'iu');
    unitWordsOf.set(lang, re);
  }
  return re;
}

/** The new unit of an insertion: the parent's levels, then the inserted one. */
/**
 * «заголовок и текст статьи 14 изложить в следующей редакции», «… исключить»: the article set out anew or excluded
 * holds its heading (its heading's own target, which «заголовок и текст» reads, goes).
 */
function wholeOver(ts: BillTarget[]): BillTarget[] {
  const whole = (u: BillTarget) => !u.title && u.article !== undefined && u.paragraph === undefined && u.subparagraph === undefined && u.part === undefined && u.sentence === undefined && u.chapter === undefined;
  return ts.some((t) => t.title) ? ts.filter((t) => !(t.title && !t.contents && ts.some((u) => whole(u) && u.article === t.article))) : ts;
}

function insertedTarget(parent: BillTarget, o: BillTarget): BillTarget {
  const t: BillTarget = { span: o.span };
  // «пункт 4 статьи 50 дополнить частью третьей» of a code (session 25: read as a new paragraph 3): an ordinal
  // part of a unit the statement names is that unit's part, not one of the article's numbered parts.
  if (o.codePart && !o.article && o.paragraph !== undefined && o.subparagraph === undefined && (parent.paragraph !== undefined || parent.subparagraph !== undefined)) {
    o = { span: o.span, part: Number(o.paragraph), ...(o.sentence !== undefined ? { sentence: o.sentence } : {}) };
  }
  if (o.article) t.article = o.article;
  else if (o.paragraph !== undefined) {
    t.article = parent.article;
    t.paragraph = o.paragraph;
    if (o.subparagraph !== undefined) t.subparagraph = o.subparagraph;
  } else if (o.subparagraph !== undefined) {
    t.article = parent.article;
    t.paragraph = parent.paragraph;
    t.subparagraph = o.subparagraph;
    // «часть вторую пункта 1 статьи 157 дополнить подпунктом 9)»: the list of that part (session 26: the part was
    // dropped, and the new item went to the list of the paragraph's first part).
    if (typeof parent.part === 'number' && !parent.indent && parent.subparagraph === undefined && parent.sentence === undefined) t.inPart = parent.part;
  } else {
    t.article = parent.article;
    t.paragraph = parent.paragraph;
    t.subparagraph = parent.subparagraph;
  }
  if (o.part !== undefined) {
    t.part = o.part;
    if (o.indent) t.indent = true;
  } else if (o.sentence !== undefined && parent.part !== undefined && o.paragraph === undefined && o.subparagraph === undefined) {
    t.part = parent.part;
    if (parent.indent) t.indent = true;
  }
  if (o.sentence !== undefined) t.sentence = o.sentence;
  for (const k of Object.keys(t) as (keyof BillTarget)[]) if (t[k] === undefined) delete t[k];
  return t;
}
