// Checking an amendment bill against the act it amends (issue 11). Pure. Each instruction's targets are
// looked up in the act's parsed units; an instruction for another act (a law amending several acts) is
// not checked against this one.

import type { Analysis } from '../analysis';
import { problem } from '../parser';
import type { Article, Paragraph, Problem, Subparagraph } from '../types';
import { applyBill, findUnit, missingKey, resolveCodePart, sameWording, type ApplyResult } from './apply';
import { newTextNumbering, outOfOrder, unitTwice } from './rules';
import { sectionNumeral, type Bill, type BillTarget, type Instruction } from './read';

export interface Located {
  article?: Article;
  paragraph?: Paragraph;
  subparagraph?: Subparagraph;
  /** The level that is missing, when one is. */
  missing?: 'article' | 'paragraph' | 'subparagraph';
}

/** The unit a target names in the act (the deepest level it names), or the first missing level. */
export function locate(act: Analysis, t: BillTarget): Located {
  // A section heading is not a unit of the model; every other target is looked up as apply does.
  return t.section !== undefined || t.chapter !== undefined || t.whole || t.everywhere ? {} : findUnit(act.doc, resolveCodePart(act.doc, t));
}

export interface CheckOptions {
  /**
   * The edition of the act checked against (a bundled act's: core/acts.ts): a bill that amends an earlier
   * edition is not checked against it (earlierEdition).
   */
  edition?: { date: string; amendedThrough: number };
}

/**
 * The bill's problems against `act`: the reader's, the targets the act lacks, then what applying the bill
 * finds (words not found or ambiguous, inserted numbers that collide or lack their base, new text that
 * does not give the units it sets). A bill that amends an earlier edition of the act than the one given
 * (earlierEdition) gets one note instead of what applying it finds.
 */
export function checkBill(bill: Bill, act: Analysis, opts: CheckOptions = {}): Problem[] {
  const out: Problem[] = [...bill.problems];
  /** What the act's text says of the bill: targets it lacks, what applying finds. */
  const actual: Problem[] = [];
  const addOut = adder(out);
  const addActual = adder(actual);
  for (const ins of bill.instructions) {
    if (ins.act) continue;
    for (const t of ins.targets) {
      // An inserted unit does not exist yet: its parent must.
      const probe: BillTarget = ins.kind === 'insert-unit' ? parentOf(t) : t;
      const at = locate(act, probe);
      if (at.missing) addActual(problem('bill-target-missing', t.span, { item: ins.item || '—', unit: missingKey(probe) }));
    }
  }
  // Words and new text are compared in the act's language only (a kk bill checked against a ru text has
  // its targets checked, nothing else).
  const applied = act.lang === bill.lang ? applyBill(bill, act.text, { parsed: act.doc }) : null;
  if (applied) for (const p of applied.problems) addActual(p);
  const earlier = earlierEdition(bill, applied, actual, opts.edition);
  if (earlier) out.push(earlier);
  else for (const p of actual) addOut(p);
  const sectionStart = (n: string) => act.doc.sections.find((s) => sectionNumeral(s.number.text) === n)?.articles[0]?.number.text;
  for (const p of [...unitTwice(bill), ...outOfOrder(bill, sectionStart), ...newTextNumbering(bill, bill.lang)]) addOut(p);
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** A function that adds a problem to `list` unless the list has it already (the same code at the same place). */
function adder(list: Problem[]): (p: Problem) => void {
  const seen = new Set<string>();
  return (p) => {
    const k = `${p.code}@${p.span.start}:${p.span.end}`;
    if (seen.has(k)) return;
    seen.add(k);
    list.push(p);
  };
}

/** dd.mm.yyyy as yyyymmdd, for comparing. */
function dayOf(date: string): number {
  const m = /^(\d\d)\.(\d\d)\.(\d{4})$/u.exec(date);
  return m ? Number(m[3]) * 10000 + Number(m[2]) * 100 + Number(m[1]) : NaN;
}

/**
 * The note for a bill that amends an earlier edition of the act than `edition` (a law already in force,
 * opened from its official text), or null. A bill does when it is dated before the edition; when its
 * enacting line lists the act's amendments only up to a year before the edition's last one, the act
 * does not take it cleanly and already has one of its changes at least; or when the act does not take
 * it cleanly and what fails is what an act that already has these changes reads (the new words there
 * and the old ones gone, the inserted unit there with the bill's wording; data.applied on the problems
 * of apply.ts), never contradicted. Its instructions are then not checked against this edition: the
 * errors would be false ones.
 */
export function earlierEdition(bill: Bill, applied: ApplyResult | null, actual: Problem[], edition: CheckOptions['edition']): Problem | null {
  if (!edition) return null;
  const own = bill.instructions.filter((i) => !i.act);
  if (!own.length) return null;
  const errors = actual.filter((p) => p.severity === 'error');
  /** Instructions whose result the act already has. */
  const found = new Set<Instruction>();
  for (const r of applied?.instructions ?? []) {
    const ins = r.instruction;
    // A unit set out anew that already reads so.
    if (r.ok && ins.kind === 'replace-unit' && r.before.length && r.before.length === r.after.length
      && r.before.every((b, i) => sameWording(b, r.after[i]) && sameWording(r.after[i], b))) found.add(ins);
  }
  let contradicting = 0;
  let neutral = 0;
  for (const p of errors) {
    const ins = own.find((i) => i.span.start <= p.span.start && p.span.start <= i.span.end);
    if (ins && p.data?.applied === true) {
      found.add(ins);
      continue;
    }
    // What an act that has the changes reads too, without showing it: words or a unit already deleted, a
    // unit the new text cites or builds on that a later amendment took away.
    if ((p.code === 'bill-words-not-found' && ins?.kind === 'delete-words') || (p.code === 'bill-target-missing' && ins?.kind === 'delete-unit')
      || p.code === 'bill-new-text-citation' || p.code === 'bill-insert-base-missing') neutral++;
    else contradicting++;
  }
  const dated = bill.law !== undefined && dayOf(bill.law.date) < dayOf(edition.date);
  const listed = bill.citesThrough !== undefined && bill.citesThrough < edition.amendedThrough && errors.length > 0 && found.size > 0;
  const shown = errors.length > 0 && contradicting === 0 && found.size > 0 && found.size >= neutral;
  if (!dated && !listed && !shown) return null;
  const span = bill.intro ?? own[0].span;
  const index = own.map((i, n) => (found.has(i) ? n : -1)).filter((n) => n >= 0);
  return problem('bill-earlier-edition', { start: span.start, end: span.start }, { edition: edition.date, found: found.size, total: own.length },
    { applied: index, why: dated ? 'dated' : listed ? 'listed' : 'found', checked: errors.length });
}

function parentOf(t: BillTarget): BillTarget {
  if (t.part !== undefined || t.sentence !== undefined) return { ...t, part: undefined, sentence: undefined };
  if (t.subparagraph !== undefined) return { span: t.span, article: t.article, paragraph: t.paragraph };
  if (t.paragraph !== undefined) return { span: t.span, article: t.article };
  return { span: t.span };
}

export type { Instruction };
