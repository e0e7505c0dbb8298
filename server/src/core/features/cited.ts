// Citations of the Constitution in a law, a code or another act (core/cites.ts decides which documents
// are such acts): resolved against the Constitution the act cites, an analysis the service gets from its
// registered provider (core/service.ts `setCitedConstitution`; the LSP adapter loads the bundled acts or
// a workspace file). Pure: diagnostics, definition and hover over two analyses.

import type { Analysis } from '../analysis';
import { citesConstitution } from '../cites';
import { escapeMarkdown } from '../escape';
import { canonical, problem } from '../parser';
import { resolveTarget, type ResolvedTarget } from '../resolve';
import type { Lang, Problem, Span, Unit } from '../types';
import { partBlock, unitBlock } from './hover';
import { migrationPlan, staleCitations, type MigrationPlan } from './migrate';
import { hitPart, type DefinitionTarget } from './navigation';

/** The Constitution a document cites, as the service's provider gives it. */
export interface CitedAct {
  /** As configured: a bundled act's id («kz-2026») or a workspace path. */
  id: string;
  /** Short label in messages and hovers («2026»). */
  label: string;
  /** The URI a client opens it at (the read-only virtual document of bundled acts, or the file). */
  uri: string;
  an: Analysis;
  /**
   * The edition the document should cite instead (the file says `<!-- cites: kz-1995 -->`, the setting
   * says kz-2026): its citations are flagged with their counterparts there (core/features/migrate.ts).
   */
  next?: CitedAct;
  /** The edition this one replaced: a citation may still follow its numbering (core/features/migrate.ts staleCitations). */
  previous?: CitedAct;
}

export interface CitedTargets {
  /** One per target of every citation of the Constitution, in document order. */
  resolved: ResolvedTarget[];
  /** Their problems, at the citing document's offsets. */
  problems: Problem[];
}

const MEMO = new WeakMap<Analysis, { cited: Analysis; label: string; r: CitedTargets }>();

/** The citations of the Constitution in `an`, resolved against `act` (memoised per pair of analyses). */
export function citedTargets(an: Analysis, act: CitedAct): CitedTargets {
  const m = MEMO.get(an);
  if (m && m.cited === act.an && m.label === act.label) return m.r;
  const resolved: ResolvedTarget[] = [];
  const problems: Problem[] = [];
  for (const { ref } of an.references) {
    if (!citesConstitution(ref, an.doc)) continue;
    for (const target of ref.targets) {
      // «пункта 2 Конституции» names no article: nothing to look up.
      if (target.article?.kind !== 'num') continue;
      const own: Problem[] = [];
      resolved.push(resolveTarget(act.an.doc, ref, target, { article: null, paragraph: null }, own));
      for (const p of own) problems.push(outsideProblem(p, act));
    }
  }
  const r = { resolved, problems };
  MEMO.set(an, { cited: act.an, label: act.label, r });
  return r;
}

/** A problem of the resolver, worded for a unit of another act (the cited Constitution, or an act cited by name). */
export function outsideProblem(p: Problem, act: CitedAct, code: 'reference-constitution-unresolved' | 'reference-act-unresolved' = 'reference-constitution-unresolved'): Problem {
  const a = p.args;
  let target: string | null = null;
  if (p.code === 'reference-unresolved-article') target = `article::${a.number}`;
  else if (p.code === 'reference-unresolved-paragraph') target = `paragraph:${a.article}:${a.number}`;
  else if (p.code === 'reference-unresolved-subparagraph') {
    const [kind, art, para] = String(a.parent).split(':');
    target = `subparagraph:${art}:${kind === 'paragraph' ? para : ''}:${a.number}`;
  }
  else if (p.code === 'reference-unresolved-part') {
    const [kind, art, para] = String(a.parent).split(':');
    target = `part:${art}:${kind === 'paragraph' ? para : ''}:${a.number}`;
  }
  if (target === null) return p;
  return problem(code, p.span, { target, act: act.label }, { act: act.id });
}

/** The target of a citation of the Constitution at `offset`: on one of its numbers, else the first of the phrase. */
export function citedHit(an: Analysis, act: CitedAct, offset: number): { t: ResolvedTarget; span: Span; part?: number } | null {
  const { resolved } = citedTargets(an, act);
  let phrase: ResolvedTarget | null = null;
  for (const t of resolved) {
    const r = t.ref.span;
    if (offset < r.start || offset > r.end) continue;
    const parts = t.target.parts;
    if (parts) for (let i = 0; i < parts.length; i++) {
      if (parts[i].span.start <= offset && offset <= parts[i].span.end) return { t, span: parts[i].span, part: i };
    }
    const ts = t.target.span;
    if (ts.start <= offset && offset <= ts.end) return { t, span: ts };
    for (const s of t.numberSpans) if (s.start <= offset && offset <= s.end) return { t, span: s };
    const al = t.target.article;
    if (al?.kind === 'num' && al.num.span.start <= offset && offset <= al.num.span.end) return { t, span: al.num.span };
    phrase ??= t;
  }
  return phrase ? { t: phrase, span: phrase.ref.span } : null;
}

/** Definition in the cited Constitution: its unit's spans there (offsets of `act.an`), and the origin here. */
export function citedDefinition(an: Analysis, act: CitedAct, offset: number): (Omit<DefinitionTarget, 'unit'> & { unit: Unit })[] {
  const hit = citedHit(an, act, offset);
  if (!hit) return [];
  const art = onArticle(act, hit);
  const u = art ?? (hit.t.ok ? hit.t.unit : null);
  if (!u) return [];
  const part = art ? null : hitPart({ target: hit.t, part: hit.part });
  if (part) return [{ unit: u, span: part, headSpan: part, numberSpan: u.number.span, originSpan: hit.span }];
  return [{ unit: u, span: u.span, headSpan: u.headSpan, numberSpan: u.number.span, originSpan: hit.span }];
}

/** On the article number of a smaller unit's citation («44» in «подпунктом 10-1) статьи 44»): that article. */
function onArticle(act: CitedAct, hit: { t: ResolvedTarget; span: Span }): Unit | null {
  const al = hit.t.target.article;
  if (hit.t.target.unit === 'article' || al?.kind !== 'num' || al.num.span.start !== hit.span.start) return null;
  return act.an.doc.articleByNumber.get(canonical(al.num.text)) ?? null;
}

/** Hover: the cited text of the Constitution, or why there is none. */
export function citedHover(an: Analysis, act: CitedAct, offset: number, lang: Lang, max = 600): { markdown: string; span: Span } | null {
  const hit = citedHit(an, act, offset);
  if (!hit) return null;
  const label = `_${escapeMarkdown(act.label)}_`;
  const t = hit.t;
  const art = onArticle(act, hit);
  if (!art && (!t.ok || !t.unit)) return null;
  const part = art ? null : hitPart({ target: t, part: hit.part });
  if (part) return { markdown: [label, partBlock(act.an, t.unit!, part, t.target.parts![hit.part ?? 0].value, lang, max)].join('\n\n'), span: hit.span };
  const units = art ? [art] : t.rangeUnits && t.rangeUnits.length > 1 ? t.rangeUnits.slice(0, 3) : [t.unit as Unit];
  const per = Math.max(200, Math.floor(max / units.length));
  return { markdown: [label, ...units.map((u) => unitBlock(act.an, u, lang, per))].join('\n\n'), span: hit.span };
}

const PLANS = new WeakMap<Analysis, { from: Analysis; to: Analysis; plan: MigrationPlan }>();

/** The migration of `an`'s citations from `act` to `act.next` (memoised per analyses). */
export function citedMigration(an: Analysis, act: CitedAct): MigrationPlan | null {
  // Bound to an older edition: every citation; citing the newer one: those that still follow the older numbering.
  const from = act.next ? act.an : act.previous?.an;
  const to = act.next ? act.next.an : act.an;
  if (!from) return null;
  const m = PLANS.get(an);
  if (m && m.from === from && m.to === to) return m.plan;
  const plan = act.next ? migrationPlan(an, from, to) : staleCitations(an, to, from);
  PLANS.set(an, { from, to, plan });
  return plan;
}

/** Each citation under the older numbering: its counterpart (with the rewrite as the quick fix's data), or none. */
export function migrationProblems(an: Analysis, act: CitedAct): Problem[] {
  const plan = citedMigration(an, act);
  const older = act.next ? act : act.previous;
  const newer = act.next ?? act;
  if (!plan || !older) return [];
  const args = { from: older.label, act: newer.label };
  const out: Problem[] = [];
  for (const r of plan.rewrites) {
    out.push(problem('reference-constitution-renumbered', r.span, { ...args, target: r.to.join(', ') }, {
      edits: r.edits.map((e) => ({ span: { start: e.span.start, end: e.span.end }, newText: e.newText })), to: r.to, from: r.from,
    }));
  }
  for (const l of plan.left) out.push(problem('reference-constitution-unmatched', l.span, args, { reason: l.reason, from: l.from }));
  return out;
}
