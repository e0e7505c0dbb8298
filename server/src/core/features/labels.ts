// Localised labels for units and small UI strings shared by the features (symbols, hover, code lens).
// Pure: plain strings in, plain strings out.

import { countOf, type PluralForms } from '../plural';
import type { Article, Chapter, Lang, Paragraph, Section, Subparagraph, Unit } from '../types';

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
  const n = u.number.text;
  switch (u.kind) {
    case 'section':
      return lang === 'ru' ? `Раздел ${n}` : lang === 'kk' ? `${n} бөлім` : `Section ${n}`;
    case 'chapter':
      return lang === 'ru' ? `Глава ${n}` : lang === 'kk' ? `${n}-тарау` : `Chapter ${n}`;
    case 'article':
      return lang === 'ru' ? `Статья ${n}` : lang === 'kk' ? `${n}-бап` : `Article ${n}`;
    case 'paragraph':
      return lang === 'ru' ? `Пункт ${n}` : lang === 'kk' ? `${n}-тармақ` : `Paragraph ${n}`;
    case 'subparagraph':
      return lang === 'ru' ? `Подпункт ${n})` : lang === 'kk' ? `${n}) тармақша` : `Subparagraph ${n})`;
  }
}

function lower(kind: 'paragraph' | 'subparagraph', n: string, lang: Lang): string {
  if (kind === 'paragraph') return lang === 'ru' ? `пункт ${n}` : lang === 'kk' ? `${n}-тармақ` : `paragraph ${n}`;
  return lang === 'ru' ? `подпункт ${n})` : lang === 'kk' ? `${n}) тармақша` : `subparagraph ${n})`;
}

/**
 * Full address of a unit: «Статья 62, пункт 3» / «62-бап, 3-тармақ» / "Article 62, paragraph 3";
 * «Статья 73, пункт 1, подпункт 1)».
 */
export function unitAddress(u: Unit, lang: Lang): string {
  switch (u.kind) {
    case 'section':
    case 'chapter':
    case 'article':
      return unitName(u, lang);
    case 'paragraph':
      return `${unitName(u.article, lang)}, ${lower('paragraph', u.number.text, lang)}`;
    case 'subparagraph': {
      const parts = [unitName(u.article, lang)];
      if (u.paragraph) parts.push(lower('paragraph', u.paragraph.number.text, lang));
      parts.push(lower('subparagraph', u.number.text, lang));
      return parts.join(', ');
    }
  }
}

export function preambleName(lang: Lang): string {
  return lang === 'en' ? 'Preamble' : 'Преамбула';
}

/** "cited by N" in the message language: «1 ссылка», «3 ссылки», «11 ссылок», «21 ссылка». */
export function citedBy(n: number, lang: Lang): string {
  if (n === 0) return lang === 'ru' ? 'нет ссылок' : lang === 'kk' ? 'сілтеме жоқ' : 'no references';
  return countOf(lang, n, CITED_FORMS[lang]);
}

const CITED_FORMS: Record<Lang, PluralForms> = {
  en: { one: 'reference', other: 'references' },
  ru: { one: 'ссылка', few: 'ссылки', many: 'ссылок', other: 'ссылки' },
  kk: { other: 'сілтеме' },
};

/** Collapses whitespace and cuts at a word boundary with «…» if longer than `max`. */
export function shorten(text: string, max: number): string {
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

/** Runs of whitespace as one space (most titles have none to collapse: no new string for them). */
function collapse(s: string): string {
  return /[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s;
}

/** The first `max` characters of collapsed text `t`, cut at a word boundary, with «…». */
function cutAt(t: string, max: number): string {
  let cut = t.lastIndexOf(' ', max);
  if (cut < max * 0.6) cut = max;
  return t.slice(0, cut).replace(/[\s,;:–—-]+$/u, '') + '…';
}

/** First words of an article (its first body line without the paragraph number), about `max` chars. */
export function firstWords(text: string, a: Article, max = 60): string {
  const first = a.lines[0];
  if (!first) return '';
  const line = text.slice(first.start, first.end).replace(/^\d+(?:-\d+)*[.)]\s*/u, '');
  return shorten(line, max);
}

export type AnyUnit = Section | Chapter | Article | Paragraph | Subparagraph;
