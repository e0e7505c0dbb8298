// Completion of unit numbers inside references. Pure.
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
// document, so in its language), documentation = a longer excerpt.

import type { Analysis } from '../analysis';
import type { Article, Paragraph, Span, Subparagraph, UnitBase } from '../types';
import { canonical } from '../parser';

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
}

const NUM = String.raw`\d+(?:-\d+)*`;
/** A list of numbers already typed: «12, 14 и », "11, 13–15, and ". */
const LIST_RU = String.raw`(?:\(?${NUM}\)?(?:\s*[–—-]\s*\(?${NUM}\)?)?\s*(?:,|\sи|\sили)\s*)*`;
const LIST_EN = String.raw`(?:\(?${NUM}\)?(?:\s*[–—-]\s*\(?${NUM}\)?)?\s*(?:,|\sand|\sor)\s*)*`;

/** A number already standing right after the cursor (being replaced). */
const SKIP = String.raw`(?:\(?\d*(?:-\d+)*\)?)?`;

const RE = {
  ruArticle: new RegExp(String.raw`(?:^|[^\p{L}])(стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|статей)\s+${LIST_RU}$`, 'iu'),
  ruRelBefore: /(?:настоящ|эт|данн)\S*\s+$/iu,
  ruParaOfArticle: new RegExp(String.raw`пункт\S*\s+(${NUM})\s+(?:стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|статей)\s+${LIST_RU}$`, 'iu'),
  ruParagraph: new RegExp(String.raw`(?:^|[^\p{L}])(пункт(?:а|е|у|ом|ы|ов|ам|ами|ах)?)\s+${LIST_RU}$`, 'iu'),
  ruSub: new RegExp(String.raw`(?:^|[^\p{L}])(подпункт(?:а|е|у|ом|ы|ов|ам|ами|ах)?)\s+${LIST_RU}$`, 'iu'),
  ruAfterArticle: new RegExp(String.raw`^${SKIP}\s*(?:(?:стать(?:и|ей|е|ю|я|ям|ями|ях)|статей)\s+(${NUM})|(настоящей|этой|данной)\s+стать)`, 'iu'),
  ruAfterParagraph: new RegExp(String.raw`^${SKIP}\s*пункт\S*\s+(${NUM})\s+(?:(?:стать\S*|статей)\s+(${NUM})|(?:настоящей|этой|данной)\s+стать)`, 'iu'),
  kkArticles: /(?:^|[^\p{L}])конституция(?:сы)?ның\s+$/iu,
  kkParas: new RegExp(String.raw`(?:^|[^\d\p{L}])(${NUM})\s*-\s*(?:бабының|бабы|бабындағы)\s+$`, 'iu'),
  kkThisParas: /(?:^|[^\p{L}])осы\s+баптың\s+$/iu,
  kkSubs: new RegExp(String.raw`(?:^|[^\d\p{L}])(?:(${NUM})\s*-\s*(?:бабының|бабы)|(осы)\s+баптың)\s+(${NUM})\s*-\s*тармағының\s+$`, 'iu'),
  kkBare: new RegExp(String.raw`(?:^|[\s(«"])(${NUM})-$`, 'u'),
  enArticle: new RegExp(String.raw`(?:^|[^\p{L}])(articles?)\s+${LIST_EN}$`, 'iu'),
  enParaOfArticle: new RegExp(String.raw`paragraphs?\s+\(?(${NUM})\)?\s+of\s+(?:the\s+)?articles?\s+$`, 'iu'),
  enParagraph: new RegExp(String.raw`(?:^|[^\p{L}])(paragraphs?)\s+${LIST_EN}$`, 'iu'),
  enSub: new RegExp(String.raw`(?:^|[^\p{L}])(subparagraphs?)\s+${LIST_EN}$`, 'iu'),
  enAfterArticle: new RegExp(String.raw`^${SKIP}\s*of\s+(?:the\s+)?(?:article\s+(${NUM})|(this)\s+article)`, 'iu'),
  enAfterParagraph: new RegExp(String.raw`^${SKIP}\s*of\s+(?:the\s+)?paragraph\s+\(?(${NUM})\)?\s+of\s+(?:the\s+)?(?:article\s+(${NUM})|(this)\s+article)`, 'iu'),
};

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

function items(
  an: Analysis, units: (Article | Paragraph | Subparagraph)[], kind: CompletionItem['kind'],
  insert: (n: string) => string, replace?: Span,
): CompletionItem[] {
  return units.map((u, i) => {
    const text = unitText(an, u);
    const n = u.number.text;
    const item: CompletionItem = {
      label: n,
      detail: (u.excluded ? '⊘ ' : '') + firstWords(text),
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

function completionsInner(an: Analysis, offset: number): CompletionItem[] {
  const text = an.text;
  const pos = an.lineIndex.positionAt(offset);
  const lineStart = an.lineIndex.lineStarts[pos.line];
  const lineEnd = an.lineIndex.lineEnd(pos.line);
  const before = text.slice(Math.max(lineStart, offset - 160), offset);
  const after = text.slice(offset, Math.min(lineEnd, offset + 160));
  const cur = articleAt(an, offset);
  const curPara = paragraphAt(cur, offset);
  const lang = an.lang;
  let m: RegExpExecArray | null;

  const sub = (n: string) => `${n})`;
  if (lang === 'ru') {
    if ((m = RE.ruSub.exec(before))) {
      const am = RE.ruAfterParagraph.exec(after);
      if (am) {
        const a = am[2] ? article(an, am[2]) : cur;
        const p = a?.paragraphs.find((x) => canonical(x.number.text) === canonical(am[1]));
        return p ? items(an, p.subparagraphs, 'subparagraph', sub) : [];
      }
      const aa = RE.ruAfterArticle.exec(after);
      if (aa) {
        const a = aa[1] ? article(an, aa[1]) : cur;
        return a ? items(an, subsOf(a), 'subparagraph', sub) : [];
      }
      if (curPara && curPara.subparagraphs.length) return items(an, curPara.subparagraphs, 'subparagraph', sub);
      return cur ? items(an, subsOf(cur), 'subparagraph', sub) : [];
    }
    if ((m = RE.ruArticle.exec(before)) && !RE.ruRelBefore.test(prefixOf(before, m)) && !headingStart(before, m)) {
      const pm = RE.ruParaOfArticle.exec(before);
      let arts = an.doc.articles;
      if (pm) {
        const withPara = arts.filter((a) => a.paragraphs.some((p) => canonical(p.number.text) === canonical(pm[1])));
        if (withPara.length) arts = withPara;
      }
      return items(an, arts, 'article', String);
    }
    if ((m = RE.ruParagraph.exec(before))) {
      const aa = RE.ruAfterArticle.exec(after);
      const a = aa ? (aa[1] ? article(an, aa[1]) : cur) : cur;
      return a ? items(an, a.paragraphs, 'paragraph', String) : [];
    }
    return [];
  }
  if (lang === 'kk') {
    if ((m = RE.kkSubs.exec(before))) {
      const a = m[2] ? cur : article(an, m[1]);
      const p = a?.paragraphs.find((x) => canonical(x.number.text) === canonical(m![3]));
      return p ? items(an, p.subparagraphs, 'subparagraph', (n) => `${n}) тармақшасында`) : [];
    }
    if ((m = RE.kkParas.exec(before))) {
      const a = article(an, m[1]);
      return a ? items(an, a.paragraphs, 'paragraph', (n) => `${n}-тармағында`) : [];
    }
    if (RE.kkThisParas.test(before)) return cur ? items(an, cur.paragraphs, 'paragraph', (n) => `${n}-тармағында`) : [];
    if (RE.kkArticles.test(before)) return items(an, an.doc.articles, 'article', (n) => `${n}-бабы`);
    if ((m = RE.kkBare.exec(before))) {
      const typed = m[1];
      const start = offset - typed.length - 1;
      const key = canonical(typed);
      const arts = an.doc.articles.filter((a) => {
        const k = canonical(a.number.text);
        return k === key || k.startsWith(key + '-');
      });
      return items(an, arts, 'article', (n) => `${n}-бабы`, { start, end: offset });
    }
    return [];
  }
  // English
  if ((m = RE.enSub.exec(before))) {
    const am = RE.enAfterParagraph.exec(after);
    if (am) {
      const a = am[2] ? article(an, am[2]) : cur;
      const p = a?.paragraphs.find((x) => canonical(x.number.text) === canonical(am[1]));
      return p ? items(an, p.subparagraphs, 'subparagraph', sub) : [];
    }
    const aa = RE.enAfterArticle.exec(after);
    if (aa) {
      const a = aa[1] ? article(an, aa[1]) : cur;
      return a ? items(an, subsOf(a), 'subparagraph', sub) : [];
    }
    if (curPara && curPara.subparagraphs.length) return items(an, curPara.subparagraphs, 'subparagraph', sub);
    return cur ? items(an, subsOf(cur), 'subparagraph', sub) : [];
  }
  if ((m = RE.enArticle.exec(before)) && !/\b(?:this|the\s+same)\s+$/i.test(prefixOf(before, m)) && !headingStart(before, m)) {
    const pm = RE.enParaOfArticle.exec(before);
    let arts = an.doc.articles;
    if (pm) {
      const withPara = arts.filter((a) => a.paragraphs.some((p) => canonical(p.number.text) === canonical(pm[1])));
      if (withPara.length) arts = withPara;
    }
    return items(an, arts, 'article', String);
  }
  if ((m = RE.enParagraph.exec(before))) {
    const aa = RE.enAfterArticle.exec(after);
    const a = aa ? (aa[1] ? article(an, aa[1]) : cur) : cur;
    return a ? items(an, a.paragraphs, 'paragraph', String) : [];
  }
  return [];
}

export type { UnitBase };
