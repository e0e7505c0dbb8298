// The whole of an Analysis as plain data, for comparing an incremental analysis with a full one
// (test/unit/incremental*.test.ts, test/support/campaign.ts), and what a user sees of a comparison with the
// prior (prior-incremental.test.ts, campaign.ts). Not a test file.

import { type Analysis, type Comparison, outline, type Span, type Unit } from '../../server/src/core';

const sp = (s: Span | undefined | null) => (s ? `${s.start}-${s.end}` : null);

/** Everything an Analysis exposes, as plain data (units by kind and span). */
export function canon(an: Analysis): unknown {
  const d = an.doc;
  const uid = (u: Unit | null | undefined) => (u ? `${u.kind}@${sp(u.span)}#${u.number.text}` : null);
  const unit = (u: Unit) => ({
    kind: u.kind, number: { text: u.number.text, span: sp(u.number.span), base: u.number.base, suffix: u.number.suffix },
    span: sp(u.span), headSpan: sp(u.headSpan), title: u.title ?? null, titleSpan: sp(u.titleSpan), excluded: u.excluded,
  });
  const sub = (s: any) => ({ ...unit(s), article: uid(s.article), paragraph: uid(s.paragraph), afterText: s.afterText });
  const level = (l: any) => (!l ? null : l.kind === 'this' ? `this@${sp(l.span)}` : `${l.num.text}@${sp(l.num.span)}${l.rangeEnd ? `..${l.rangeEnd.text}@${sp(l.rangeEnd.span)}` : ''}`);
  const rawRef = (r: any) => ({
    span: sp(r.span), external: r.external, act: r.externalAct ?? null,
    targets: r.targets.map((t: any) => ({ unit: t.unit, span: sp(t.span), a: level(t.article), p: level(t.paragraph), s: level(t.subparagraph) })),
  });
  const prob = (p: any) => ({ code: p.code, severity: p.severity, args: p.args, span: sp(p.span), message: p.message, data: p.data ?? null });
  const cites: string[] = [];
  for (const [u, ts] of an.citations) cites.push(`${uid(u)}:${ts.length}:${ts.map((t) => sp(t.target.span)).join(',')}`);
  cites.sort();
  return {
    text: an.text === d.text && d.text.length, lang: an.lang, docLang: d.lang, maskedSame: d.masked === d.text, masked: d.masked.length,
    maskedHash: hash(d.masked),
    lines: d.lines.map((l) => `${l.kind}:${sp(l.span)}:${sp(l.content)}`),
    lineStarts: an.lineIndex.lineStarts.join(','), lineText: an.lineIndex.text === an.text,
    titleLines: d.titleLines.map(sp), preamble: sp(d.preamble),
    sections: d.sections.map((s) => ({ ...unit(s), articles: s.articles.map(uid), chapters: s.chapters.map(uid) })),
    chapters: d.chapters.map((c) => ({ ...unit(c), section: uid(c.section), articles: c.articles.map(uid) })),
    subchapters: d.subchapters.map((c) => ({
      number: c.number.text, span: sp(c.span), headSpan: sp(c.headSpan), title: c.title ?? null, titleSpan: sp(c.titleSpan),
      chapter: uid(c.chapter), articles: c.articles.map(uid),
    })),
    kazakh: d.kazakh,
    articles: d.articles.map((a, i) => ({
      ...unit(a), index: a.index === i, section: uid(a.section), chapter: uid(a.chapter), lines: a.lines.map(sp), amending: !!a.amending,
      pins: a.priorPins.map((p) => ({ span: sp(p.span), none: p.none, numbers: p.numbers.map((x) => `${x.text}@${sp(x.span)}`) })),
      subparagraphs: a.subparagraphs.map(sub),
      paragraphs: a.paragraphs.map((p) => ({ ...unit(p), article: uid(p.article), subparagraphs: p.subparagraphs.map(sub) })),
    })),
    // (By key: the incremental analysis of a renumbered article adds or drops a key last; no feature reads the map's order.)
    byNumber: [...d.articleByNumber].map(([k, a]) => `${k}=${uid(a)}:${d.articles[a.index] === a}`).sort(),
    comments: d.comments.map((c) => `${sp(c.span)}:${c.text}`),
    problems: d.problems.map(prob),
    references: an.references.map((r) => ({ ref: rawRef(r.ref), context: uid(r.context), paragraph: uid(r.paragraph) })),
    targets: an.targets.map((t) => ({
      ok: t.ok, target: sp(t.target.span), ref: sp(t.ref.span), context: uid(t.context), unit: uid(t.unit),
      range: t.rangeUnits?.map(uid) ?? null, numberSpans: t.numberSpans.map(sp),
    })),
    diagnostics: an.diagnostics.map(prob),
    citations: cites,
    outline: outline(an),
  };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** What a user sees of a comparison: rows (status, predecessors and scores, texts, spans), dropped articles, pin problems. */
export function seen(c: Comparison): unknown {
  return {
    // The row a hover finds by number is the row of the table.
    byNumber: c.rows.map((r) => c.byDraft.get(r.draft)?.index ?? null),
    rows: c.rows.map((r) => ({
      draft: r.draft, status: r.status, matches: r.matches, score: r.score, pinned: r.pinned,
      draftText: r.draftText, draftSpans: r.draftSpans.map((s) => [s.start, s.end]), priorText: r.priorText, diff: r.diff, align: r.align,
    })),
    dropped: c.dropped,
    problems: c.problems.map((p) => [p.code, p.span.start, p.span.end]),
  };
}
