// Checking an amendment bill against the act it amends (issue 11). Pure. Each instruction's targets are
// looked up in the act's parsed units; an instruction for another act (a law amending several acts) is
// not checked against this one.

import type { Analysis } from '../analysis';
import { problem } from '../parser';
import type { Article, Paragraph, Problem, Subparagraph } from '../types';
import { applyBill, findUnit, missingKey, resolveCodePart } from './apply';
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

/**
 * The bill's problems against `act`: the reader's, the targets the act lacks, then what applying the bill
 * finds (words not found or ambiguous, inserted numbers that collide or lack their base, new text that
 * does not give the units it sets).
 */
export function checkBill(bill: Bill, act: Analysis): Problem[] {
  const out: Problem[] = [...bill.problems];
  const seen = new Set<string>();
  const add = (p: Problem) => {
    const k = `${p.code}@${p.span.start}:${p.span.end}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(p);
  };
  for (const ins of bill.instructions) {
    if (ins.act) continue;
    for (const t of ins.targets) {
      // An inserted unit does not exist yet: its parent must.
      const probe: BillTarget = ins.kind === 'insert-unit' ? parentOf(t) : t;
      const at = locate(act, probe);
      if (at.missing) add(problem('bill-target-missing', t.span, { item: ins.item || '—', unit: missingKey(probe) }));
    }
  }
  // Words and new text are compared in the act's language only (a kk bill checked against a ru text has
  // its targets checked, nothing else).
  if (act.lang === bill.lang) for (const p of applyBill(bill, act.text, { parsed: act.doc }).problems) add(p);
  const sectionStart = (n: string) => act.doc.sections.find((s) => sectionNumeral(s.number.text) === n)?.articles[0]?.number.text;
  for (const p of [...unitTwice(bill), ...outOfOrder(bill, sectionStart), ...newTextNumbering(bill, bill.lang)]) add(p);
  return out.sort((a, b) => a.span.start - b.span.start);
}

function parentOf(t: BillTarget): BillTarget {
  if (t.part !== undefined || t.sentence !== undefined) return { ...t, part: undefined, sentence: undefined };
  if (t.subparagraph !== undefined) return { span: t.span, article: t.article, paragraph: t.paragraph };
  if (t.paragraph !== undefined) return { span: t.span, article: t.article };
  return { span: t.span };
}

export type { Instruction };
