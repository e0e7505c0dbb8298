// Localised labels for units and small UI strings shared by the features (symbols, hover, code lens).
// Pure: plain strings in, plain strings out.

import { countOf } from '../plural';
import { lexicon } from '../lang';
import type { Article, Lang, Unit } from '../types';
import type { TextReader } from '../source';

/** The message language: `auto` follows the client's display language ('ru*' → ru, 'kk*' → kk, else en). */
export function resolveMessageLanguage(setting: string | undefined | null, clientLocale: string | undefined | null): Lang {
  const s = (setting ?? 'auto').toLowerCase();
  if (s === 'ru' || s === 'kk' || s === 'en') return s;
  const loc = (clientLocale ?? '').toLowerCase();
  if (loc.startsWith('ru')) return 'ru';
  if (loc.startsWith('kk') || loc.startsWith('kz')) return 'kk';
  return 'en';
}

/** Heading-style name of one unit on its own: «Статья 12», «12-бап», "Article 12", «Раздел I», «1-тармақ». */
export function unitName(u: Unit, lang: Lang): string {
  return lexicon(lang).unitHeading(u.kind, u.number.text);
}

/**
 * Full address of a unit: «Статья 62, пункт 3» / «62-бап, 3-тармақ» / "Article 62, paragraph 3";
 * «Статья 73, пункт 1, подпункт 1)».
 */
export function unitAddress(u: Unit, lang: Lang): string {
  const lex = lexicon(lang);
  switch (u.kind) {
    case 'section':
    case 'chapter':
    case 'article':
      return unitName(u, lang);
    case 'paragraph':
      return `${unitName(u.article, lang)}, ${lex.unitInAddress('paragraph', u.number.text)}`;
    case 'subparagraph': {
      const parts = [unitName(u.article, lang)];
      if (u.paragraph) parts.push(lex.unitInAddress('paragraph', u.paragraph.number.text));
      parts.push(lex.unitInAddress('subparagraph', u.number.text));
      return parts.join(', ');
    }
  }
}

export function preambleName(lang: Lang): string {
  return lexicon(lang).preamble;
}

/** "cited by N" in the message language: «1 ссылка», «3 ссылки», «11 ссылок», «21 ссылка». */
export function citedBy(n: number, lang: Lang): string {
  const lex = lexicon(lang);
  if (n === 0) return lex.noReferences;
  return countOf(lang, n, lex.plurals.cited);
}

/** Collapses whitespace and cuts at a word boundary with «…» if longer than `max`. */
export function shorten(text: string, max: number): string {
  // Fast path (most titles): the first max + 3 characters hold no whitespace to collapse or trim, so
  // the collapsed, trimmed text begins with the same max + 2 characters, and the cut reads only the
  // first max + 1 of them.
  if (text.length > max + 2 && plainPrefix(text, max + 3)) return cutAt(text, max);
  // Only the first max + 1 characters of the collapsed text matter: for a long text, collapse a prefix
  // and use it when it is long enough to decide (document symbols shorten ~25,000 titles at 5,000
  // articles; collapsing whole paragraphs was most of their time).
  const lim = 4 * max + 8;
  if (text.length > lim) {
    const head = collapse(text.slice(0, lim)).trimStart();
    if (head.length >= max + 2) return cutAt(head, max);
  }
  const t = collapse(text).trim();
  return t.length <= max ? t : cutAt(t, max);
}

/** A character `\s` matches (the whitespace of ECMAScript: WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first `n` characters hold no whitespace other than single spaces, and do not start with one. */
function plainPrefix(text: string, n: number): boolean {
  let prevSpace = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (isSpace(c)) return false;
    else prevSpace = false;
  }
  return true;
}

/** Runs of whitespace as one space (most titles have none to collapse: no new string for them). */
function collapse(s: string): string {
  return /[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** Trailing whitespace and punctuation a cut text drops before «…» (`[\s,;:–—-]+$`). */
function isTrailing(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2013 || c === 0x2014 || c === 0x2d || isSpace(c);
}

/** The first `max` characters of collapsed text `t`, cut at a word boundary, with «…». */
function cutAt(t: string, max: number): string {
  let cut = t.lastIndexOf(' ', max);
  if (cut < max * 0.6) cut = max;
  while (cut > 0 && isTrailing(t.charCodeAt(cut - 1))) cut--;
  return t.slice(0, cut) + '…';
}

/** First words of an article (its first body line without the paragraph number), about `max` chars. */
export function firstWords(text: TextReader, a: Article, max = 60): string {
  const first = a.lines[0];
  if (!first) return '';
  const line = text.slice(first.start, first.end).replace(/^\d+(?:-\d+)*[.)]\s*/u, '');
  return shorten(line, max);
}

