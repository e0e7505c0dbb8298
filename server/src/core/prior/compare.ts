// Comparison of a draft with a prior constitution: the article concordance (match.ts), per-row
// texts, word diffs and paragraph alignment (diff.ts), with `<!-- prior: … -->` pins honoured and
// validated. Pure: no fs, no vscode. The adapter (lsp/prior.ts, cli.ts) loads the prior text.
//
// Pins: `<!-- prior: 13 -->` fixes the predecessor(s) of an article, `<!-- prior: none -->` marks it
// new. A pinned number the prior does not have is reported as `prior-article-missing` at the number
// and left out of the pin; if nothing valid remains (and the pin was not `none`), the article is
// matched automatically as if it had no pin.

import { duplicatedArticleNumbers } from '../features/duplicates';
import type { Analysis } from '../analysis';
import { problem, canonical } from '../parser';
import type { Lang, Problem, Span } from '../types';
import { bundledAct } from '../acts';
import { articleTexts, type ModelArticleText } from './articles';
import { Matcher, type ArticleMatch, type PriorCandidate } from './match';
import { paragraphAlign, wordDiff, type DiffOp, type ParaPair } from './diff';
import { articleJustification } from './justification';

export type RowStatus = ArticleMatch['status'];

export interface PriorParagraph {
  /** Prior article number (canonical). */
  article: string;
  /** Index of the paragraph (body line) inside that article. */
  index: number;
  text: string;
  /** Number of the point as written: "2" for «2. …», "3)" for «3) …», "" for an unnumbered part. */
  label: string;
}

export interface PriorArticleRef {
  number: string;
  /** False if the number came from a pin and the prior has no such article (never true for matcher output). */
  exists: boolean;
  title?: string;
  text: string;
  paragraphs: string[];
}

export interface ComparisonRow {
  /** Draft article number (canonical), as in the JSON export. */
  draft: string;
  /** Draft article number as written. */
  written: string;
  /** Index in the draft's article list. */
  index: number;
  title?: string;
  status: RowStatus;
  matches: PriorCandidate[];
  /** Score of the main predecessor (0 for a new article). */
  score: number;
  pinned: boolean;
  /** The drafter's justification (`<!-- justification: … -->` in the article), or '' (none). */
  justification: string;
  draftText: string;
  draftParagraphs: string[];
  /** Span of every draft paragraph (body line) in the draft document. */
  draftSpans: Span[];
  /** Heading span of the draft article. */
  headSpan: Span;
  prior: PriorArticleRef[];
  /** Texts of all predecessors joined with line breaks (in the order of `matches`). */
  priorText: string;
  /** Paragraphs of all predecessors, in order, with their origin. */
  priorParagraphs: PriorParagraph[];
  /** Word diff from `priorText` to `draftText` (empty for a new article). Computed on first use. */
  readonly diff: DiffOp[];
  /** Paragraph alignment: a = index into priorParagraphs, b = index into draftParagraphs. Computed on first use. */
  readonly align: ParaPair[];
}

export interface DroppedArticle {
  number: string;
  title?: string;
  text: string;
  paragraphs: string[];
  excluded: boolean;
}

export interface Comparison {
  /** Prior id as configured: a bundled act's id (core/acts.ts) or a path. */
  priorId: string;
  /** Short label for hints and headers: "1995", "2026", or the file name. */
  priorLabel: string;
  draftLang: Lang;
  priorLang: Lang;
  /** One row per draft article, in order (built on first use: a hover needs one row, the table all). */
  readonly rows: ComparisonRow[];
  /** Prior articles that feed no draft article (in prior order). */
  dropped: string[];
  droppedArticles: DroppedArticle[];
  /** Pin problems (`prior-article-missing`). */
  problems: Problem[];
  /**
   * The row of a draft article by its canonical number; none for a number borne by two draft headings
   * (it names neither). Builds only the row asked for.
   */
  readonly byDraft: { get(number: string): ComparisonRow | undefined };
}

/** A bundled act's label ("1995" for kz-1995), the file name without extension for a path. */
export function priorLabel(priorId: string): string {
  const act = bundledAct(priorId);
  if (act) return act.label;
  const base = priorId.split(/[\\/]/).filter(Boolean).pop() ?? priorId;
  return base.replace(/\.(const\.txt|const\.md|constitution|txt|md)$/i, '') || base;
}

const POINT = /^(\d{1,6}(?:-\d{1,6}){0,3})([.)])(?=\s|$)/;
function pointLabel(text: string): string {
  const m = POINT.exec(text);
  return m ? (m[2] === ')' ? m[1] + ')' : m[1]) : '';
}

/** Pins of the draft, validated against the prior. */
function pinsOf(draft: ModelArticleText[], priorNumbers: Set<string>, priorId: string): { pins: Map<string, string[]>; problems: Problem[] } {
  const pins = new Map<string, string[]>();
  const problems: Problem[] = [];
  const label = priorLabel(priorId);
  for (const a of draft) {
    if (!a.article.priorPins.length) continue;
    let none = false;
    const valid: string[] = [];
    for (const pin of a.article.priorPins) {
      if (pin.none) none = true;
      for (const n of pin.numbers) {
        const key = canonical(n.text);
        if (!priorNumbers.has(key)) {
          problems.push(problem('prior-article-missing', n.span, { prior: label, number: n.text }, { prior: priorId, number: key }));
          continue;
        }
        if (!valid.includes(key)) valid.push(key);
      }
    }
    if (valid.length) pins.set(a.number, valid);
    else if (none) pins.set(a.number, []);
  }
  return { pins, problems };
}

/**
 * The comparison of a draft with a prior. `matcher`: the matcher of this draft's earlier versions, to
 * reuse their work (the result is the same as with a new one; see Matcher). `deferIdf`: see
 * MatchOptions (then `matcher.stale` says whether the result is a fresh matcher's). `budget`: see
 * MatchOptions; null while the comparison is not finished (call again with the same analyses).
 */
export function comparePrior(
  draft: Analysis, prior: Analysis, priorId: string, matcher: Matcher | undefined, opts: { deferIdf?: boolean; budget: number },
): Comparison | null;
export function comparePrior(
  draft: Analysis, prior: Analysis, priorId: string, matcher?: Matcher, opts?: { deferIdf?: boolean },
): Comparison;
export function comparePrior(
  draft: Analysis, prior: Analysis, priorId: string, matcher: Matcher = new Matcher(), opts: { deferIdf?: boolean; budget?: number } = {},
): Comparison | null {
  const dArts = articleTexts(draft);
  const pArts = articleTexts(prior);
  const pByNum = new Map<string, ModelArticleText>();
  for (const a of pArts) if (!pByNum.has(a.number)) pByNum.set(a.number, a);
  const { pins, problems } = pinsOf(dArts, new Set(pByNum.keys()), priorId);
  const res = matcher.match(dArts, pArts, { lang: draft.lang, pins, deferIdf: opts.deferIdf, budget: opts.budget });
  if (!res) return null;
  const built: (ComparisonRow | undefined)[] = new Array(dArts.length);
  const rowAt = (i: number): ComparisonRow => (built[i] ??= comparisonRow(draft, dArts[i], i, res.rows[i], pByNum, pins.has(dArts[i].number)));
  let rows: ComparisonRow[] | undefined;
  const droppedArticles: DroppedArticle[] = res.dropped.map((n) => {
    const p = pByNum.get(n)!;
    return { number: n, title: p?.article.title, text: p?.text ?? '', paragraphs: p?.paragraphs ?? [], excluded: !!p?.article.excluded };
  });
  return {
    priorId,
    priorLabel: priorLabel(priorId),
    draftLang: draft.lang,
    priorLang: prior.lang,
    get rows(): ComparisonRow[] {
      return (rows ??= dArts.map((_, i) => rowAt(i)));
    },
    dropped: res.dropped,
    droppedArticles,
    problems,
    // By number: a number borne by two draft headings names neither (issue 16.4: the article just typed
    // as «Статья 62» above the old 62 showed the old one's 1995 match, hover diff and inlay hint).
    byDraft: {
      get(number: string): ComparisonRow | undefined {
        const a = draft.doc.articleByNumber.get(number);
        if (!a || dArts[a.index]?.article !== a || duplicatedArticleNumbers(draft.doc).has(number)) return undefined;
        return rowAt(a.index);
      },
    },
  };
}

/** The row of draft article `d` (index `i`) from its match. */
function comparisonRow(
  draft: Analysis, d: ModelArticleText, i: number, r: ArticleMatch, pByNum: Map<string, ModelArticleText>, pinned: boolean,
): ComparisonRow {
  const prior: PriorArticleRef[] = r.matches.map((m) => {
    const p = pByNum.get(m.prior);
    return p
      ? { number: p.number, exists: true, title: p.article.title, text: p.text, paragraphs: p.paragraphs }
      : { number: m.prior, exists: false, text: '', paragraphs: [] };
  });
  const priorParagraphs: PriorParagraph[] = [];
  for (const p of prior) p.paragraphs.forEach((text, index) => priorParagraphs.push({ article: p.number, index, text, label: pointLabel(text) }));
  const priorText = priorParagraphs.map((p) => p.text).join('\n');
  const has = prior.some((p) => p.exists);
  // Diff and alignment are computed on first use (hover needs one row, the table all of them).
  let diff: DiffOp[] | undefined;
  let align: ParaPair[] | undefined;
  return {
    draft: d.number,
    written: d.written,
    index: i,
    title: d.article.title,
    status: r.status,
    matches: r.matches,
    score: r.matches.length ? r.matches[0].score : 0,
    pinned,
    justification: articleJustification(draft.doc, i),
    draftText: d.text,
    draftParagraphs: d.paragraphs,
    draftSpans: d.spans,
    headSpan: d.article.headSpan,
    prior,
    priorText,
    priorParagraphs,
    get diff(): DiffOp[] {
      return (diff ??= has ? readableDiff(priorText, d.text) : []);
    },
    get align(): ParaPair[] {
      return (align ??= has ? paragraphAlign(priorParagraphs.map((p) => p.text), d.paragraphs) : []);
    },
  };
}

/** The prior constitution could not be used (missing, unreadable, not available in this language…). */
export interface PriorUnavailable {
  prior: string;
  reason: string;
}

/**
 * Diagnostics the prior comparison adds to the draft: pin problems, or one `prior-unavailable`
 * warning on the first line when the prior cannot be loaded (only if the draft has articles).
 */
export function priorDiagnostics(draft: Analysis, result: Comparison | PriorUnavailable | null | undefined): Problem[] {
  if (!result) return [];
  if ('rows' in result) return result.problems;
  if (draft.doc.articles.length === 0) return [];
  const first = draft.doc.lines.find((l) => l.kind !== 'blank');
  const span = first ? first.content : { start: 0, end: 0 };
  return [problem('prior-unavailable', span, { prior: result.prior, reason: result.reason }, { prior: result.prior })];
}

/** Draft paragraph index (into row.draftParagraphs) at a document offset, or -1. */
export function draftParagraphAt(row: ComparisonRow, offset: number): number {
  return row.draftSpans.findIndex((s) => s.start <= offset && offset <= s.end);
}

/** The prior paragraphs aligned with draft paragraph `b`, best first. */
export function priorParagraphsFor(row: ComparisonRow, b: number): { para: PriorParagraph; score: number }[] {
  return row.align
    .filter((p) => p.b === b)
    .sort((x, y) => y.score - x.score)
    .map((p) => ({ para: row.priorParagraphs[p.a], score: p.score }));
}

/**
 * Word diff made readable: a run of changes separated only by whitespace becomes one deletion
 * followed by one insertion («~~a b~~ **x y**» instead of «~~a~~**x** ~~b~~**y**»). The invariants of
 * wordDiff hold: equal+delete texts give `a`, equal+insert texts give `b`.
 */
export function readableDiff(a: string, b: string): DiffOp[] {
  return coalesceDiff(wordDiff(a, b), a, b);
}

/**
 * `a` and `b`, when given, are the texts of `ops` (equal+delete give `a`, equal+insert give `b`): each
 * text of the result is then one slice of them rather than a concatenation of the ops' texts (session 11:
 * a rope that every reader of the row had to flatten or walk), the same characters.
 */
export function coalesceDiff(ops: DiffOp[], a?: string, b?: string): DiffOp[] {
  const out: DiffOp[] = [];
  // Where the last op of `out` starts in its text (a for equal and delete, b for insert).
  let lastFrom = 0;
  const push = (op: DiffOp['op'], text: string, at: number) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text = a !== undefined && b !== undefined ? (op === 'insert' ? b : a).slice(lastFrom, at + text.length) : last.text + text;
    else { out.push({ op, text }); lastFrom = at; }
  };
  // Offsets in a and b of ops[i].
  let pa = 0, pb = 0;
  let i = 0;
  while (i < ops.length) {
    if (ops[i].op === 'equal') {
      const t = ops[i].text;
      push('equal', t, pa);
      pa += t.length; pb += t.length;
      i++;
      continue;
    }
    // a change block: changes and whitespace-only equals between changes
    let j = i;
    let del = '', ins = '';
    let end = i; // exclusive end of the block (last change + 1)
    while (j < ops.length) {
      const o = ops[j];
      if (o.op === 'equal') {
        if (!/^\s+$/.test(o.text)) break;
        // only absorb whitespace if another change follows
        if (j + 1 >= ops.length || ops[j + 1].op === 'equal') break;
      }
      j++;
      end = j;
    }
    if (a !== undefined && b !== undefined) {
      let na = 0, nb = 0;
      for (let k = i; k < end; k++) {
        const o = ops[k];
        if (o.op !== 'insert') na += o.text.length;
        if (o.op !== 'delete') nb += o.text.length;
      }
      // One change alone is its own text already (no new string).
      del = na === 0 ? '' : end - i === 1 ? ops[i].text : a.slice(pa, pa + na);
      ins = nb === 0 ? '' : end - i === 1 ? ops[i].text : b.slice(pb, pb + nb);
    } else {
      for (let k = i; k < end; k++) {
        const o = ops[k];
        if (o.op !== 'insert') del += o.text;
        if (o.op !== 'delete') ins += o.text;
      }
    }
    push('delete', del, pa);
    push('insert', ins, pb);
    pa += del.length; pb += ins.length;
    i = end;
  }
  return out;
}
