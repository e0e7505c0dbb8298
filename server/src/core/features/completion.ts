// Completion of unit numbers inside references. Pure. The words of each context are the lexicons'
// (Lexicon.completion in core/lang/{ru,kk,en}.ts); this file holds the logic, the same for every language
// of one citation shape (noun first: ru, en; number first: kk).
//
// Contexts (the text before the cursor on its line, and for the unit whose article is named after
// the cursor in ru/en, the text after it):
//   ru  «статьи |», «статьей |», «статью |», «статьями 12, |», «пункта 2 статьи |» → articles
//       (after «пункта 2 статьи» only articles that have paragraph 2);
//       «пункта |» → paragraphs of the article named after the cursor («| статьи 12»,
//       «| настоящей статьи»), else of the current article;
//       «подпункта |» → subparagraphs of the paragraph named after the cursor, else of the current
//       paragraph, else of the current article.
//   kk  «Конституцияның |» → articles («44-бабы»); «44-бабының |» → paragraphs of 44
//       («3-тармағында»); «осы баптың |» → paragraphs of the current article;
//       «44-бабының 1-тармағының |» / «осы баптың 1-тармағының |» → its subparagraphs («4) тармақшасында»);
//       a bare «44-» → articles whose number starts with 44 («44-бабы», «44-1-бабы»), replacing «44-».
//   en  "Article |", "Articles 11, |", "paragraph 2 of Article |" → articles; "paragraph |" →
//       paragraphs of "| of Article 12" / "| of this Article" / the current article;
//       "subparagraph |" → subparagraphs likewise.
// Items: label = the number, detail = the first words of the unit (~60 characters, as written in the
// document, so in its language), description = its first words for the list itself (~40 characters),
// documentation = a longer excerpt.
//
// What is typed after the unit word filters the list (the client asks again at every keystroke):
//   digits  «статьи 6|» → the units whose number starts with 6, except 6 itself: a completion equal to
//           what was typed would turn Enter into a no-op instead of a new line;
//   letters «статье гражд|» → the units whose text has a word starting with «гражд» (title and first
//           words first, then the first line), inserted as the number in place of the typed word. Not after words that start
//           another act or a relative reference («статьи закона», «настоящей»), and not for a word
//           that is already complete (only longer words match).

import type { Analysis } from '../analysis';
import type { Article, Paragraph, Span, Subparagraph, UnitBase } from '../types';
import { canonical } from '../parser';
import { lexicon, type NounFirstCompletion, type NumberFirstCompletion } from '../lang';

export interface CompletionItem {
  label: string;
  detail: string;
  documentation?: string;
  insertText: string;
  kind: 'article' | 'paragraph' | 'subparagraph';
  sortText: string;
  /** Text to replace instead of inserting at the cursor (the typed «44-»), if any. */
  replace?: Span;
  filterText?: string;
  /** The first words of the unit, short, for the list row (LSP labelDetails.description). */
  description: string;
}

function firstWords(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return (sp > max / 2 ? cut.slice(0, sp) : cut) + '…';
}

function unitText(an: Analysis, u: Article | Paragraph | Subparagraph): string {
  if (u.kind === 'article') {
    if (u.title) return u.title;
    const first = u.lines[0];
    if (!first) return '';
    return an.doc.masked.slice(first.start, first.end).replace(/^\d+(?:-\d+)*[.)]\s*/, '');
  }
  return u.title ?? '';
}

function articleAt(an: Analysis, offset: number): Article | null {
  let found: Article | null = null;
  for (const a of an.doc.articles) {
    if (a.headSpan.start <= offset) found = a;
    else break;
  }
  if (found && offset > found.span.end) {
    // Past the article's last line: a section heading may lie between.
    const sec = an.doc.sections.find((s) => s.headSpan.start > found!.span.end && s.headSpan.start <= offset);
    if (sec) return null;
  }
  return found;
}

function paragraphAt(a: Article | null, offset: number): Paragraph | null {
  if (!a) return null;
  let found: Paragraph | null = null;
  for (const p of a.paragraphs) {
    if (p.span.start <= offset) found = p;
    else break;
  }
  return found && offset <= found.span.end + 1 ? found : null;
}

function makeItems(
  an: Analysis, units: (Article | Paragraph | Subparagraph)[], kind: CompletionItem['kind'],
  insert: (n: string) => string, replace?: Span,
): CompletionItem[] {
  return units.map((u, i) => {
    const text = unitText(an, u);
    const n = u.number.text;
    const item: CompletionItem = {
      label: n,
      detail: (u.excluded ? '⊘ ' : '') + firstWords(text),
      description: (u.excluded ? '⊘ ' : '') + firstWords(text, 40),
      insertText: insert(n),
      kind,
      sortText: String(i).padStart(5, '0'),
    };
    if (text.length > 60) item.documentation = firstWords(text, 400);
    if (replace) {
      item.replace = replace;
      item.filterText = insert(n);
    }
    return item;
  });
}

/** The text before the unit word of a match (the match may start with one separator character). */
function prefixOf(before: string, m: RegExpExecArray): string {
  return before.slice(0, m.index + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0));
}

/** «Статья |» / "Article |" alone at the start of a line is a heading being typed, not a reference. */
function headingStart(before: string, m: RegExpExecArray): boolean {
  return before.length < 160 && /^[\s#]*$/.test(prefixOf(before, m)) && m.index + m[0].length === before.length && !/[\d,]/.test(m[0]);
}

function article(an: Analysis, num: string | undefined): Article | null {
  return num ? an.doc.articleByNumber.get(canonical(num)) ?? null : null;
}

function subsOf(a: Article): Subparagraph[] {
  return a.subparagraphs.length > 0 || a.paragraphs.length === 0 ? a.subparagraphs : a.paragraphs.flatMap((p) => p.subparagraphs);
}

/** Completion items at `offset`, or [] when the cursor is not where a unit number is expected. */
export function completions(an: Analysis, offset: number): CompletionItem[] {
  try {
    return completionsInner(an, Math.max(0, Math.min(offset, an.text.length)));
  } catch {
    return [];
  }
}

/** A number or a word being typed right before the cursor. */
const TYPED = /(?:^|[^\p{L}\p{N}-])(\d+(?:-\d+)*|\p{L}+)$/u;
/** Any letter narrows the list: the client keeps asking only while the list is not empty. */
const MIN_WORD = 1;

function completionsInner(an: Analysis, offset: number): CompletionItem[] {
  const text = an.text;
  const pos = an.lineIndex.positionAt(offset);
  const lineStart = an.lineIndex.lineStart(pos.line);
  const lineEnd = an.lineIndex.lineEnd(pos.line);
  const before = text.slice(Math.max(lineStart, offset - 160), offset);
  const after = text.slice(offset, Math.min(lineEnd, offset + 160));
  const direct = contextItems(an, offset, before, after);
  if (direct.length) return direct;
  const t = TYPED.exec(before);
  if (!t) return [];
  const typed = t[1];
  const start = offset - typed.length;
  const replace = { start, end: offset };
  if (/^\d/.test(typed)) {
    // «статьи 6|»: numbers that start with what was typed, not the typed number itself.
    const key = canonical(typed);
    return contextItems(an, start, before.slice(0, before.length - typed.length), after)
      .filter((it) => {
        const k = canonical(it.label);
        return k !== key && k.startsWith(key);
      })
      .map((it) => ({ ...it, replace, filterText: it.label }));
  }
  const word = typed.toLowerCase();
  const notANumber = lexicon(an.lang).completion.notANumber;
  if (word.length < MIN_WORD || notANumber.some((w) => w.startsWith(word) || word.startsWith(w))) return [];
  const units: (Article | Paragraph | Subparagraph)[] = [];
  const base = contextItems(an, start, before.slice(0, before.length - typed.length), after, units);
  // «статье гражд|»: units with a longer word starting with what was typed; title / first line first.
  const found: { it: CompletionItem; tier: number; w: string }[] = [];
  for (let i = 0; i < base.length && i < units.length; i++) {
    const it = base[i];
    const u = units[i];
    const head = unitText(an, u);
    const hw = longerWord(head, word);
    const w = hw ?? longerWord(bodyText(an, u), word);
    if (w) found.push({ it, tier: longerWord(it.detail, word) ? 0 : hw ? 1 : 2, w });
  }
  found.sort((a, b) => a.tier - b.tier || a.it.sortText.localeCompare(b.it.sortText));
  return found.map(({ it, w }, i) => ({ ...it, replace, filterText: w, sortText: String(i).padStart(5, '0') }));
}

/** The first word of `text` that starts with `prefix` (lower case) and is longer than it. */
function longerWord(text: string, prefix: string): string | null {
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    if (w.length > prefix.length && w.startsWith(prefix)) return w;
  }
  return null;
}

/** The whole legal text of a unit (comments masked). */
function bodyText(an: Analysis, u: Article | Paragraph | Subparagraph): string {
  return an.doc.masked.slice(u.span.start, u.span.end);
}

/**
 * The items of the context that `before` ends in (the text before the cursor on its line, after the
 * number or word being typed is cut off); `seen` receives the listed units, in the same order.
 */
function contextItems(an: Analysis, offset: number, before: string, after: string, seen?: (Article | Paragraph | Subparagraph)[]): CompletionItem[] {
  const items = (a: Analysis, units: (Article | Paragraph | Subparagraph)[], kind: CompletionItem['kind'], insert: (n: string) => string, replace?: Span) => {
    seen?.push(...units);
    return makeItems(a, units, kind, insert, replace);
  };
  const cur = articleAt(an, offset);
  const words = lexicon(an.lang).completion;
  return words.order === 'number-first'
    ? numberFirst(an, words, cur, offset, before, items)
    : nounFirst(an, words, cur, paragraphAt(cur, offset), before, after, items);
}

type Items = (a: Analysis, units: (Article | Paragraph | Subparagraph)[], kind: CompletionItem['kind'], insert: (n: string) => string, replace?: Span) => CompletionItem[];

/** ru, en: «пункта 2 статьи |», "subparagraph | of paragraph 1 of this Article". */
function nounFirst(
  an: Analysis, w: NounFirstCompletion, cur: Article | null, curPara: Paragraph | null, before: string, after: string, items: Items,
): CompletionItem[] {
  let m: RegExpExecArray | null;
  const sub = w.insertSubparagraph;
  if (w.subparagraph.test(before)) {
    const am = w.afterParagraph.exec(after);
    if (am) {
      const a = am[2] ? article(an, am[2]) : cur;
      const p = a?.paragraphs.find((x) => canonical(x.number.text) === canonical(am[1]));
      return p ? items(an, p.subparagraphs, 'subparagraph', sub) : [];
    }
    const aa = w.afterArticle.exec(after);
    if (aa) {
      const a = aa[1] ? article(an, aa[1]) : cur;
      return a ? items(an, subsOf(a), 'subparagraph', sub) : [];
    }
    if (curPara && curPara.subparagraphs.length) return items(an, curPara.subparagraphs, 'subparagraph', sub);
    return cur ? items(an, subsOf(cur), 'subparagraph', sub) : [];
  }
  if ((m = w.article.exec(before)) && !w.relativeBefore.test(prefixOf(before, m)) && !headingStart(before, m)) {
    const pm = w.paragraphOfArticle.exec(before);
    let arts = an.doc.articles;
    if (pm) {
      const withPara = arts.filter((a) => a.paragraphs.some((p) => canonical(p.number.text) === canonical(pm[1])));
      if (withPara.length) arts = withPara;
    }
    return items(an, arts, 'article', String);
  }
  if (w.paragraph.test(before)) {
    const aa = w.afterArticle.exec(after);
    const a = aa ? (aa[1] ? article(an, aa[1]) : cur) : cur;
    return a ? items(an, a.paragraphs, 'paragraph', String) : [];
  }
  return [];
}

/** kk: «Конституцияның |», «44-бабының 1-тармағының |», «44-|». */
function numberFirst(an: Analysis, w: NumberFirstCompletion, cur: Article | null, offset: number, before: string, items: Items): CompletionItem[] {
  let m: RegExpExecArray | null;
  if ((m = w.subparagraphsOf.exec(before))) {
    const a = m[2] ? cur : article(an, m[1]);
    const para = m[3];
    const p = a?.paragraphs.find((x) => canonical(x.number.text) === canonical(para));
    return p ? items(an, p.subparagraphs, 'subparagraph', w.insert.subparagraph) : [];
  }
  if ((m = w.paragraphsOf.exec(before))) {
    const a = article(an, m[1]);
    return a ? items(an, a.paragraphs, 'paragraph', w.insert.paragraph) : [];
  }
  if (w.thisParagraphs.test(before)) return cur ? items(an, cur.paragraphs, 'paragraph', w.insert.paragraph) : [];
  if (w.articles.test(before)) return items(an, an.doc.articles, 'article', w.insert.article);
  if ((m = w.bare.exec(before))) {
    const typed = m[1];
    const start = offset - typed.length - 1;
    const key = canonical(typed);
    const arts = an.doc.articles.filter((a) => {
      const k = canonical(a.number.text);
      return k === key || k.startsWith(key + '-');
    });
    return items(an, arts, 'article', w.insert.article, { start, end: offset });
  }
  return [];
}

export type { UnitBase };
