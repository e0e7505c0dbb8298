// "Keep article 62 as excluded": after an article is deleted, its number is kept as a heading with an
// exclusion note («Статья 62» + «Исключена.», «62-бап» + «Алып тасталды.», "Article 62" +
// "Excluded."), as the 1995 Constitution keeps Article 84. Numbers are never reused (domain.md), so the
// citations of the deleted article keep citing it — and are reported as `reference-to-excluded` —
// instead of being re-pointed by a renumbering. Pure: returns one insertion.

import type { Analysis } from '../analysis';
import type { Article, Edit, Lang, Paragraph, Span } from '../types';
import { canonical } from '../parser';
import { lexicon } from '../lang';
import { compareNumbers, parseArabic } from '../text';

/** The exclusion note, in the document's language (the forms the parser reads as `excluded`). */
export const EXCLUDED_NOTE: Readonly<Record<Lang, string>> = { ru: lexicon('ru').excluded.article, kk: lexicon('kk').excluded.article, en: lexicon('en').excluded.article };

const NUMBER = /^\d+(?:-\d+)*$/;

export interface KeepExcluded {
  /** Numbers kept, in order («62», or «62», «63», «64» for a wider gap). */
  numbers: string[];
  /** The article after which the headings are inserted. */
  after: Article;
  /** The heading of the first inserted article, as inserted («Статья 62»). */
  heading: string;
  note: string;
  edit: Edit;
}

/** The heading line of `a` with its number replaced by `num` and its title dropped («Статья 61» → «Статья 62»). */
function headingLike(an: Analysis, a: Article, num: string): string {
  const text = an.text;
  const li = an.lineIndex;
  const line = li.positionAt(a.number.span.start).line;
  const start = li.lineStart(line);
  let end = li.lineEnd(line);
  if (a.titleSpan && a.titleSpan.start >= a.number.span.end && a.titleSpan.start < end) end = a.titleSpan.start;
  const prefix = text.slice(start, a.number.span.start);
  // Keep the number's own suffix («-бап», «.», «**»), drop a title and the separators before it.
  const suffix = text.slice(a.number.span.end, end).replace(/[\s:—–]+$/u, '');
  return (prefix + num + suffix).trimEnd();
}

/**
 * The insertion that keeps the article numbers `numbers` (consecutive, missing from the document) as
 * excluded headings right after the article numbered just below them, provided the article after that
 * one (if any) is numbered above them. Null when the numbers do not fit a gap.
 */
export function keepExcluded(an: Analysis, numbers: string[]): KeepExcluded | null {
  if (numbers.length === 0 || numbers.length > 5 || !numbers.every((n) => NUMBER.test(n))) return null;
  const arts = an.doc.articles;
  if (numbers.some((n) => an.doc.articleByNumber.has(canonical(n)))) return null;
  const first = parseArabic(numbers[0], { start: 0, end: 0 });
  const last = parseArabic(numbers[numbers.length - 1], { start: 0, end: 0 });
  let prevIndex = -1;
  for (let i = 0; i < arts.length; i++) {
    const n = arts[i].number;
    if (!Number.isFinite(n.base) || !n.suffix.every(Number.isFinite)) continue;
    if (compareNumbers(n, first) < 0 && (prevIndex < 0 || compareNumbers(n, arts[prevIndex].number) > 0)) prevIndex = i;
  }
  if (prevIndex < 0) return null;
  const prev = arts[prevIndex];
  // The first number must follow the previous article's directly (62 after 61 or 61-1; 83-2 after
  // 83-1): a citation of article 7 in a document that ends at article 2 is no deleted article.
  const pn = prev.number;
  const direct = first.suffix.length === 0
    ? pn.base === first.base - 1
    : pn.base === first.base && (first.suffix[first.suffix.length - 1] === 1
      ? pn.suffix.join('-') === first.suffix.slice(0, -1).join('-')
      : pn.suffix.join('-') === [...first.suffix.slice(0, -1), first.suffix[first.suffix.length - 1] - 1].join('-'));
  if (!direct) return null;
  const next = arts[prevIndex + 1];
  if (next && Number.isFinite(next.number.base) && compareNumbers(next.number, last) <= 0) return null;
  const text = an.text;
  const li = an.lineIndex;
  const eol = /\r\n/.test(text) ? '\r\n' : /\r(?!\n)/.test(text) && !/\n/.test(text) ? '\r' : '\n';
  const note = EXCLUDED_NOTE[an.lang];
  const headings = numbers.map((n) => headingLike(an, prev, n));
  const block = headings.map((h) => `${h}${eol}${note}`).join(eol);
  // Each note is a placeholder: the drafter may keep it, or write the article there instead.
  const notes: Span[] = [];
  for (let i = 0, at = 0; i < headings.length; i++) {
    at += headings[i].length + eol.length;
    notes.push({ start: at, end: at + note.length });
    at += note.length + eol.length;
  }
  // After the previous article's last line; a blank separator line after it stays a separator.
  const lastLine = li.positionAt(prev.span.end).line;
  let edit: Edit;
  if (lastLine + 1 >= li.lineCount) {
    const lead = /[\r\n]$/.test(text) ? '' : eol;
    edit = { span: { start: text.length, end: text.length }, newText: lead + block + eol, placeholders: shift(notes, lead.length) };
  } else {
    const nextLine = lastLine + 1;
    const blank = text.slice(li.lineStart(nextLine), li.lineEnd(nextLine)).trim() === '';
    if (blank) {
      const at = nextLine + 1 < li.lineCount ? li.lineStart(nextLine + 1) : text.length;
      const lead = at === text.length && !/[\r\n]$/.test(text) ? eol : '';
      edit = { span: { start: at, end: at }, newText: lead + block + eol + eol, placeholders: shift(notes, lead.length) };
    } else {
      const at = li.lineStart(nextLine);
      edit = { span: { start: at, end: at }, newText: block + eol, placeholders: notes };
    }
  }
  return { numbers, after: prev, heading: headings[0], note, edit };
}

function shift(spans: Span[], by: number): Span[] {
  return spans.map((s) => ({ start: s.start + by, end: s.end + by }));
}

/** The plain numbers strictly between two article numbers (62 for 61 → 63), if they are few. */
export function missingBetween(prev: Article | undefined, cur: Article): string[] {
  if (!prev) return [];
  const a = prev.number;
  const b = cur.number;
  if (!Number.isFinite(a.base) || !Number.isFinite(b.base) || b.suffix.length > 0) return [];
  const out: string[] = [];
  for (let n = a.base + 1; n < b.base && out.length <= 5; n++) out.push(String(n));
  return out.length > 5 ? [] : out;
}

/** The exclusion note of a paragraph (masculine in Russian: «пункт … исключен»). */
export const EXCLUDED_PARAGRAPH_NOTE: Readonly<Record<Lang, string>> = {
  ru: lexicon('ru').excluded.paragraph, kk: lexicon('kk').excluded.paragraph, en: lexicon('en').excluded.paragraph,
};

export interface KeepExcludedParagraph {
  number: string;
  after: Paragraph;
  line: string;
  edit: Edit;
}

/**
 * "Keep paragraph 3 of article 62 as excluded": inserts «3. Исключен.» right after paragraph 2 of that
 * article, when paragraph 3 is missing there and the paragraph after 2 (if any) is numbered above 3.
 */
export function keepExcludedParagraph(an: Analysis, article: Article, num: string): KeepExcludedParagraph | null {
  if (!/^\d+$/.test(num)) return null;
  const n = parseInt(num, 10);
  const paras = article.paragraphs;
  if (paras.some((p) => canonical(p.number.text) === String(n))) return null;
  const i = paras.findIndex((p) => p.number.base === n - 1 && p.number.suffix.length === 0);
  if (i < 0) return null;
  const prev = paras[i];
  const next = paras[i + 1];
  if (next && Number.isFinite(next.number.base) && next.number.base <= n) return null;
  const text = an.text;
  const li = an.lineIndex;
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const headLine = li.positionAt(prev.number.span.start).line;
  const start = li.lineStart(headLine);
  const titleAt = prev.titleSpan && prev.titleSpan.start >= prev.number.span.end ? prev.titleSpan.start : prev.number.span.end;
  const note = EXCLUDED_PARAGRAPH_NOTE[an.lang];
  const line = text.slice(start, prev.number.span.start) + num + (text.slice(prev.number.span.end, titleAt) || '. ') + note;
  const lastLine = li.positionAt(prev.span.end).line;
  const atEnd = lastLine + 1 >= li.lineCount;
  const lead = atEnd && !/[\r\n]$/.test(text) ? eol : '';
  const at = atEnd ? text.length : li.lineStart(lastLine + 1);
  // The note is a placeholder: the drafter may keep it, or write the paragraph there instead.
  const noteEnd = lead.length + line.length;
  const edit: Edit = { span: { start: at, end: at }, newText: lead + line + eol, placeholders: [{ start: noteEnd - note.length, end: noteEnd }] };
  return { number: num, after: prev, line, edit };
}
