// Hover: the cited text of a reference, the message of an unresolved one, and on an article heading the
// prior-constitution hook plus "cited by N". Pure: returns markdown and the span it applies to.

import type { Analysis } from '../analysis';
import { escapeMarkdown } from '../escape';
import { docSources } from '../source';
import { formatMessage } from '../messages';
import { lexicon } from '../lang';
import type { Article, Lang, Paragraph, Span, Unit } from '../types';
import { citedBy, shorten, unitAddress, unitName } from './labels';
import { headingAt, hitPart, hitUnits, refHitAt, referencesTo } from './navigation';

export interface HoverOptions {
  /** Language of labels and messages; defaults to the document's language. */
  lang?: Lang;
  /** Extension point for the prior constitution: markdown about an article's predecessor, or null. */
  /** Prior-constitution text for an article heading (its predecessor) or a paragraph (the aligned prior paragraph). */
  priorHover?: (unit: Article | Paragraph, an: Analysis) => string | null | undefined;
  /** Maximum characters of cited text (default 600). */
  maxChars?: number;
}

export interface HoverResult {
  markdown: string;
  span: Span;
}

/** The legal text of a unit (comments removed), as paragraphs of plain text. */
function unitLines(an: Analysis, u: Unit): string[] {
  const text = docSources(an.doc).masked;
  const lines: string[] = [];
  const li = an.lineIndex;
  const first = li.positionAt(u.span.start).line;
  const last = li.positionAt(u.span.end).line;
  for (let l = first; l <= last; l++) {
    const s = Math.max(li.lineStart(l), u.span.start);
    const e = Math.min(li.lineEnd(l), u.span.end);
    const t = text.slice(s, e).replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
  }
  return lines;
}

/**
 * Text of a unit shortened sensibly: a paragraph or subparagraph whole up to `max` characters, cut at a
 * word boundary with «…»; an article: its heading then its first paragraphs until `max` is reached.
 */
export function unitExcerpt(an: Analysis, u: Unit, max = 600): string[] {
  let lines = unitLines(an, u);
  if (u.kind === 'article' || u.kind === 'section' || u.kind === 'chapter') lines = lines.slice(1); // heading shown separately
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    const room = max - used;
    if (room < 40 && out.length > 0) {
      out.push('…');
      break;
    }
    const cut = shorten(line, room);
    out.push(cut);
    used += cut.length;
    if (cut.endsWith('…')) break;
  }
  return out;
}

function quote(lines: string[]): string {
  return lines.map((l) => '> ' + escapeMarkdown(l)).join('\n>\n');
}

export function unitBlock(an: Analysis, u: Unit, lang: Lang, max: number): string {
  const title = u.kind === 'article' && u.title ? `. ${u.title}` : '';
  const head = `**${escapeMarkdown(unitAddress(u, lang) + title)}**`;
  const body = unitExcerpt(an, u, max);
  return body.length ? `${head}\n\n${quote(body)}` : head;
}

/** A cited unnumbered part: «Статья 5 · часть 2» in bold, then the text of its line. */
export function partBlock(an: Analysis, u: Unit, line: Span, place: number, lang: Lang, max: number): string {
  const head = `**${escapeMarkdown(`${unitAddress(u, lang)} · ${lexicon(lang).paragraphShort('')} ${place}`)}**`;
  return `${head}\n\n${quote([shorten(an.text.slice(line.start, line.end), max)])}`;
}

/** One line about the unit a cited unit belongs to: its address and first words, in italics. */
function contextLine(an: Analysis, u: Unit, lang: Lang): string {
  const title = u.kind === 'article' && u.title ? `. ${u.title}` : '';
  const first = unitExcerpt(an, u, 140)[0];
  return `_${escapeMarkdown(unitAddress(u, lang) + title)}_${first ? ` — ${escapeMarkdown(shorten(first, 140))}` : ''}`;
}

export function hover(an: Analysis, offset: number, opts: HoverOptions = {}): HoverResult | null {
  const lang = opts.lang ?? an.lang;
  const max = opts.maxChars ?? 600;
  const hit = refHitAt(an, offset);
  if (hit) {
    const t = hit.target;
    if (!t.ok || !t.unit) {
      // Unresolved: the localised message of the diagnostic at this target.
      const spans = [t.target.span, ...t.numberSpans, hit.span];
      const p = an.diagnostics.find((d) => d.code.startsWith('reference-') && spans.some((s) => d.span.start <= s.end && s.start <= d.span.end));
      const msg = p ? formatMessage(p.code, p.args, lang) : formatMessage('reference-unresolved-article', { number: an.text.slice(hit.span.start, hit.span.end) }, lang);
      return { markdown: `⚠ ${escapeMarkdown(msg)}`, span: hit.span };
    }
    const part = hitPart(hit);
    if (part) return { markdown: partBlock(an, t.unit, part, hit.target.target.parts![hit.part ?? 0].value, lang, max), span: hit.span };
    // On an outer number («62» in «пунктом 3 статьи 62») the cited unit is still paragraph 3: it comes
    // first, whole, and the article it belongs to follows as one line of context (the whole article
    // would push the cited paragraph below the fold, or cut it off).
    const outer = hit.level !== t.target.unit;
    const units = outer ? (t.rangeUnits && t.rangeUnits.length > 1 ? t.rangeUnits : [t.unit])
      : hit.level === t.target.unit && t.rangeUnits && t.rangeUnits.length > 1 ? t.rangeUnits : hitUnits(hit);
    const shown = units.slice(0, 3);
    const per = Math.max(200, Math.floor(max / shown.length));
    const blocks = shown.map((u) => unitBlock(an, u, lang, per));
    if (units.length > shown.length) blocks.push(lexicon(lang).more(units.length - shown.length));
    if (outer) {
      const ctx = hitUnits(hit)[0];
      if (ctx && ctx !== t.unit) blocks.push(contextLine(an, ctx, lang));
    }
    return { markdown: blocks.join('\n\n---\n\n'), span: hit.span };
  }
  const head = headingAt(an, offset);
  if (head && (head.kind === 'article' || head.kind === 'paragraph' || head.kind === 'subparagraph')) {
    const n = referencesTo(an, head, false).length;
    const parts: string[] = [`**${escapeMarkdown(unitAddress(head, lang) + (head.kind === 'article' && head.title ? `. ${head.title}` : ''))}**`];
    if ((head.kind === 'article' || head.kind === 'paragraph') && opts.priorHover) {
      try {
        const prior = opts.priorHover(head, an);
        if (prior) parts.push(prior);
      } catch {
        // a failing hook must not hide the rest of the hover
      }
    }
    parts.push(`_${escapeMarkdown(lexicon(lang).citedInDocument)}: ${escapeMarkdown(citedBy(n, lang))}_`);
    return { markdown: parts.join('\n\n'), span: head.kind === 'article' ? head.headSpan : head.number.span };
  }
  if (head && (head.kind === 'section' || head.kind === 'chapter')) {
    return { markdown: `**${escapeMarkdown(unitName(head, lang) + (head.title ? `. ${head.title}` : ''))}**`, span: head.headSpan };
  }
  return null;
}

