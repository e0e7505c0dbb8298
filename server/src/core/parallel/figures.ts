// Figures of a piece of text, for comparing language versions (core/parallel): numbers written in digits
// («5», «1995», «0,5» = "0.5"), ordinals in digits ("8th" = "/8") and the common number words of the
// language's lexicon («пять», «бес», "five"; ordinals and fractions' denominators «восьмого»,
// «сегізінші», «трети», «үштен», "thirds" as "/N"; tens and units in two words, «сорок восемь»,
// «он бір», "forty-eight", as one figure), and a Roman number beside a unit's noun («статьи V», «V бабының»). Pure.
//
// Words are looked up by a hash of their lower-case letters computed while scanning, so a word that is not
// a number word (nearly all of them) costs no string: the text is read once, allocation-free but for the
// figures found.

import { lexicon } from '../lang';
import { normaliseRoman, ROMAN_CAPITALS, romanValue } from '../text';
import type { Lang } from '../types';

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const stripZeros = (s: string) => (s.charCodeAt(0) === 48 ? s.replace(/^0+(?=\d)/, '') : s);

/** The lower-case form of a letter's code (Latin, Cyrillic with the Kazakh letters; ё as е). */
function lower(c: number): number {
  // A Latin i or I is the Kazakh і (the sources mix them: «екi»); the table's forms are read so too.
  if (c === 0x69 || c === 0x49) return 0x456;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x400 && c <= 0x40f) return c === 0x401 ? 0x435 : c + 0x50;
  if (c === 0x451) return 0x435;
  if (c >= 0x460 && c <= 0x4ff && (c & 1) === 0) return c + 1;
  return c;
}

const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
const H0 = 0x811c9dc5 | 0;

function hashOf(word: string): number {
  let h = H0;
  for (let i = 0; i < word.length; i++) h = step(h, lower(word.charCodeAt(i)));
  return h;
}

interface WordTable {
  /** Hash of the lower-case form → [form, value] (forms with the same hash chained). */
  byHash: Map<number, [string, string][]>;
  /** The lexicon's numberBefore: a form → the next words that change its value, and that value ('' none). */
  before: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const TABLES = new Map<Lang, WordTable>();

/** Every form of `lang`'s number words, stems expanded with their endings, by hash. */
function table(lang: Lang): WordTable {
  let t = TABLES.get(lang);
  if (t) return t;
  const w = lexicon(lang).parallel;
  const byHash = new Map<number, [string, string][]>();
  const add = (form: string, value: string) => {
    const f = [...form].map((ch) => String.fromCharCode(lower(ch.charCodeAt(0)))).join('');
    const h = hashOf(f);
    const l = byHash.get(h);
    if (l) { if (!l.some((x) => x[0] === f)) l.push([f, value]); } else byHash.set(h, [[f, value]]);
  };
  // Exact forms win over a stem's forms: added first, and `add` keeps the first.
  for (const [form, value] of Object.entries(w.numbers)) if (!form.endsWith('*')) add(form, value);
  for (const [form, value] of Object.entries(w.numbers)) {
    if (form.endsWith('*')) for (const e of w.stemEndings) add(form.slice(0, -1) + e, value);
  }
  t = { byHash, before: w.numberBefore ?? {} };
  TABLES.set(lang, t);
  return t;
}

function lookup(t: WordTable, h: number, text: string, start: number, end: number): string | undefined {
  const l = t.byHash.get(h);
  if (!l) return undefined;
  for (const [form, value] of l) {
    if (form.length !== end - start) continue;
    let ok = true;
    for (let k = 0; k < form.length && ok; k++) ok = form.charCodeAt(k) === lower(text.charCodeAt(start + k));
    if (ok) {
      const other = t.before[form]?.[nextWord(text, end)];
      return other === undefined ? value : other || undefined;
    }
  }
  return undefined;
}

/** The lower-case word after the blanks at `at` ('' if none). */
function nextWord(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++;
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  let w = '';
  for (let k = i; k < j; k++) w += String.fromCharCode(lower(text.charCodeAt(k)));
  return w;
}

/**
 * The figure of number word `v` written right after the figure `last`, or 0 when they are two figures: units
 * after tens («сорок восемь», «он бір»: "+1" counts only so), tens or units after hundreds («двести
 * пятьдесят»), hundreds after a unit («екі жүз», «бес жүз»).
 */
function compound(last: number, v: string): number {
  const n = v === '+1' ? 1 : /^\d+$/.test(v) ? Number(v) : 0;
  if (n === 0) return 0;
  if (n === 100 && last >= 2 && last <= 9) return last * 100;
  if (last >= 100 && last % 100 === 0 && n < 100) return last + n;
  if (last % 10 === 0 && last % 100 !== 0 && n <= 9) return last + n;
  return 0;
}

/** Whether text[i, j) is written in capital Roman letters (Latin I V X L C D M; the Cyrillic І, Х and Ү, as Kazakh texts print I, X, V). */
function isRomanWord(text: string, i: number, j: number): boolean {
  if (j - i > 8) return false;
  for (let k = i; k < j; k++) {
    if (ROMAN_CAPITALS.indexOf(text[k]) < 0) return false;
  }
  return true;
}

/** The word before `i` (lower case, as `lower` reads it), skipping blanks, or ''. */
function prevWord(text: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k--;
  const end = k + 1;
  while (k >= 0 && isLetter(text.charCodeAt(k))) k--;
  let w = '';
  for (let x = k + 1; x < end; x++) w += String.fromCharCode(lower(text.charCodeAt(x)));
  return w;
}

/** The value of the Roman number text[i, j) when a unit's noun stands beside it as `lang` writes it, else undefined. */
function romanFigure(text: string, i: number, j: number, lang: Lang): string | undefined {
  const w = lexicon(lang).parallel;
  let noun: string;
  if (w.romanBefore) noun = text.charCodeAt(j) === 45 ? nextWord(text, j + 1) : nextWord(text, j);
  else noun = prevWord(text, i);
  // (lower() reads a Latin i as the Kazakh і: the nouns are matched on Cyrillic forms, Latin ones folded back.)
  if (!w.romanNouns.test(noun.replace(/\u0456/gu, lang === 'en' ? 'i' : '\u0456'))) return undefined;
  // A citation of this act in a Roman number («в статье I настоящего Закона», «осы Заңның І бабында»), which the
  // citations' comparison reads in the other version's digits: not a figure of the text.
  if (w.romanBefore ? /^(?:заң|кодекс)/u.test(prevWord(text, i)) : /^(?:настоящ|this$)/u.test(nextWord(text, j).replace(/\u0456/gu, 'i'))) return undefined;
  const v = romanValue(normaliseRoman(text.slice(i, j)));
  return Number.isFinite(v) ? String(v) : undefined;
}

/** The value of a word in `lang`'s number words ("5", "/3", "+1"), or undefined. */
export function numberWord(word: string, lang: Lang): string | undefined {
  return lookup(table(lang), hashOf(word), word, 0, word.length);
}

/** Adds the figures of text[start, end) to `out` (created on the first figure); returns it. */
export function figuresOf(text: string, start: number, end: number, lang: Lang, out: Set<string> | null): Set<string> | null {
  const t = table(lang);
  // The last number word and where it ended: tens and units written as two words are one figure.
  let lastWord: string | null = null;
  let lastEnd = -1;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let j = i;
      while (j < end && isDigit(text.charCodeAt(j))) j++;
      out ??= new Set();
      // A decimal fraction: «0,5», "2.5" (a comma or dot between digits, no space).
      if (j + 1 < end && (text.charCodeAt(j) === 44 || text.charCodeAt(j) === 46) && isDigit(text.charCodeAt(j + 1))) {
        let k = j + 1;
        while (k < end && isDigit(text.charCodeAt(k))) k++;
        out.add(`${stripZeros(text.slice(i, j))}.${text.slice(j + 1, k)}`);
        i = k;
        continue;
      }
      // An ordinal in digits: "8th", "2nd", "1st", "3rd".
      const s1 = text.charCodeAt(j) | 32;
      const s2 = text.charCodeAt(j + 1) | 32;
      if (j + 2 <= end && ((s1 === 116 && s2 === 104) || (s1 === 115 && s2 === 116) || (s1 === 110 && s2 === 100) || (s1 === 114 && s2 === 100))
        && !isLetter(text.charCodeAt(j + 2))) {
        out.add(`/${stripZeros(text.slice(i, j))}`);
        i = j + 2;
        continue;
      }
      out.add(stripZeros(text.slice(i, j)));
      i = j;
      continue;
    }
    if (isLetter(c)) {
      let j = i;
      let h = H0;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (!isLetter(d)) break;
        h = step(h, lower(d));
        j++;
      }
      // A Roman number beside a unit's noun («статьи V, параграфа I», «V бабының», «ІІ бөлім»): its value.
      if (isRomanWord(text, i, j)) {
        const r = romanFigure(text, i, j, lang);
        if (r !== undefined) (out ??= new Set()).add(r);
        i = j;
        continue;
      }
      // A word glued to digits by a hyphen («5-ти», «3-тен») adds nothing to the digits.
      const glued = i > 1 && text.charCodeAt(i - 1) === 45 && isDigit(text.charCodeAt(i - 2));
      const v = glued ? undefined : lookup(t, h, text, i, j);
      if (v !== undefined) {
        out ??= new Set();
        // Number words written in a row are one figure: «сорок восемь» 48, «двухсот пятидесяти» 250, «екі
        // жүз елу» 250 (session 23: hundreds), not 40 and 8.
        const joined: number = lastWord !== null && /^[\s-]+$/.test(text.slice(lastEnd, i)) ? compound(Number(lastWord), v) : 0;
        if (joined > 0) {
          out.delete(lastWord!);
          out.add(String(joined));
          lastWord = String(joined);
          lastEnd = j;
        } else if (v !== '+1') {
          out.add(v);
          lastWord = /^\d+$/.test(v) ? v : null;
          lastEnd = j;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  return out;
}
