// Citations of other acts by name (issue 12): «статьи 5 Конституционного закона «О выборах в Республике
// Казахстан»», «"… сайлау туралы" Конституциялық заңының 5-бабы», "Article 5 of the Constitutional Law
// … "On Elections …"". An act is known by the title in quotes; a workspace file whose title lines carry
// the same title is that act (the service's provider finds it). Unknown acts stay unchecked. Pure.

import type { Analysis } from '../analysis';
import { docSources } from '../source';
import { resolveTarget, type ResolvedTarget } from '../resolve';
import type { Problem, Span } from '../types';
import { outsideProblem, type CitedAct } from './cited';

/** Titles shorter than this are not names of acts («О»). */
const SHORTEST = 8;
const TITLE_LINES = 6;

function normal(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0]+/g, ' ').replace(/[.,;:]+$/, '').trim();
}

/** The key of an act's name as cited: its title in quotes, normalised; null when it has none. */
export function actKey(name: string): string | null {
  const m = /["«“„]([^"«»“”„]+)["»”“]/.exec(name);
  if (!m) return null;
  const k = normal(m[1]);
  return k.length >= SHORTEST ? k : null;
}

/**
 * The keys of the act a document is, from its first lines before any heading: a quoted title
 * («Конституционный закон … "О выборах …"»), or a title line of its own («О выборах в Республике
 * Казахстан», as Adilet prints it).
 */
export function titleKeys(an: Analysis): string[] {
  const out: string[] = [];
  let seen = 0;
  for (const line of an.doc.lines) {
    if (line.kind === 'section' || line.kind === 'chapter' || line.kind === 'article') break;
    if (line.kind === 'blank' || line.kind === 'comment') continue;
    if (++seen > TITLE_LINES) break;
    const text = docSources(an.doc).masked.slice(line.content.start, line.content.end);
    if (text.length > 400) continue;
    const quoted = actKey(text);
    if (quoted) out.push(quoted);
    else if (seen === 1 && text.trim().length >= SHORTEST) out.push(normal(text));
  }
  return out;
}

export interface NamedTargets {
  resolved: { t: ResolvedTarget; act: CitedAct }[];
  problems: Problem[];
}

/** The citations of other acts that `find` knows by name, resolved against them. */
export function namedTargets(an: Analysis, find: (key: string) => CitedAct | null): NamedTargets {
  const resolved: NamedTargets['resolved'] = [];
  const problems: Problem[] = [];
  const acts = new Map<string, CitedAct | null>();
  for (const { ref } of an.references) {
    if (!ref.external || !ref.externalAct) continue;
    const key = actKey(ref.externalAct);
    if (!key) continue;
    let act = acts.get(key);
    if (act === undefined) acts.set(key, (act = find(key)));
    if (!act) continue;
    for (const target of ref.targets) {
      if (target.article?.kind !== 'num') continue;
      const own: Problem[] = [];
      resolved.push({ t: resolveTarget(act.an.doc, ref, target, { article: null, paragraph: null }, own), act });
      for (const p of own) problems.push(outsideProblem(p, act, 'reference-act-unresolved'));
    }
  }
  return { resolved, problems };
}

/** The target of a citation by name at `offset` (on its numbers, else the first of the phrase). */
export function namedHit(n: NamedTargets, offset: number): { t: ResolvedTarget; act: CitedAct; span: Span } | null {
  let phrase: { t: ResolvedTarget; act: CitedAct; span: Span } | null = null;
  for (const x of n.resolved) {
    const r = x.t.ref.span;
    if (offset < r.start || offset > r.end) continue;
    for (const s of [x.t.target.span, ...x.t.numberSpans]) if (s.start <= offset && offset <= s.end) return { ...x, span: s };
    phrase ??= { ...x, span: r };
  }
  return phrase;
}
