// Checks of an amendment bill that need no act text (issue 11): two instructions on one unit, instructions
// out of the act's order, quoted new text whose numbering is broken. Pure.

import { problem } from '../parser';
import type { Problem } from '../types';
import type { Lang } from '../types';
import type { Bill, BillTarget, Instruction } from './read';
import { newUnitTexts } from './apply';

const levels = ['article', 'paragraph', 'subparagraph'] as const;

/** Numbers as written compared by base, then insertion suffixes; an absent level first. */
function cmp(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const pa = a.split('-').map((x) => parseInt(x, 10));
  const pb = b.split('-').map((x) => parseInt(x, 10));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1;
    const y = pb[i] ?? -1;
    if (x !== y) return (Number.isNaN(x) ? 0 : x) - (Number.isNaN(y) ? 0 : y);
  }
  return 0;
}

function key(t: BillTarget): string {
  return `${t.whole ? 'W' : ''}${t.preamble ? 'P' : ''}${t.section ?? ''}${t.chapter !== undefined ? `ch${t.chapter}` : ''}${t.title ? 'T' : ''}${t.contents ? 'C' : ''}|${t.article ?? ''}|${t.paragraph ?? ''}|${t.subparagraph ?? ''}|${t.part ?? ''}|${t.sentence ?? ''}`;
}

/** The target as the messages' subject (messages.ts `targetPhrase`): a key for the whole act, the preamble, a section or chapter heading; else the numbers. */
function label(t: BillTarget): string {
  if (t.whole) return 'whole';
  if (t.preamble) return 'preamble';
  if (t.section !== undefined) return `section:${t.section}`;
  if (t.chapter !== undefined) return `chapter:${t.chapter}`;
  return [t.article, t.paragraph, t.subparagraph].filter((x) => x !== undefined).join('.');
}

/** Does whole unit `a` contain `b` (or is it `b`)? */
function contains(a: BillTarget, b: BillTarget): boolean {
  if (a.section !== undefined || b.section !== undefined || a.preamble || b.preamble) return false;
  if (a.chapter !== undefined || b.chapter !== undefined || a.contents || b.contents || a.title) return false;
  if (a.part !== undefined || a.sentence !== undefined) return false;
  // Every level `a` names, `b` names the same («44» contains «44.-.4»; «44.-.2» does not contain «44.-.4»).
  return levels.every((l) => a[l] === undefined || a[l] === b[l]);
}

/**
 * Two instructions of different statements on the same unit (the same part or sentence), or one rewriting or
 * deleting a whole unit that another edits. Inserted units count as the new unit they make.
 *
 * The first clashing earlier target is found through indexes instead of a scan of every earlier one (that
 * was quadratic in the bill's length): by the target's key, by the levels a whole-unit rewrite or exclusion
 * names, and by every subset of the levels an earlier target names.
 */
export function unitTwice(bill: Bill): Problem[] {
  const out: Problem[] = [];
  const seen: { ins: Instruction; t: BillTarget }[] = [];
  // Word edits of one unit in several statements are the drafter's choice; a whole-unit rewrite,
  // exclusion or insertion with anything else on that unit is not.
  const whole = (k: Instruction['kind']) => k === 'replace-unit' || k === 'delete-unit' || k === 'insert-unit';
  const replaces = (k: Instruction['kind']) => k === 'replace-unit' || k === 'delete-unit';
  /** Seen targets (indexes into `seen`, ascending) by key; the same for whole-unit kinds only. */
  const byKey = new Map<string, number[]>();
  const byKeyWhole = new Map<string, number[]>();
  /** Seen whole rewrites/exclusions of a unit (no part, sentence or section) by their three levels. */
  const containers = new Map<string, number[]>();
  /** Seen targets (no section) by each subset of their levels: «mask:values». */
  const bySubset = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number) => {
    const l = m.get(k);
    if (l) l.push(i);
    else m.set(k, [i]);
  };
  // Keys built by concatenation (no arrays per look-up): the three levels under `mask`, an absent one as \u0000.
  const levelsKey = (t: BillTarget, mask: number) => `${mask & 1 ? t.article ?? '\u0000' : '\u0000'}\u0001${mask & 2 ? t.paragraph ?? '\u0000' : '\u0000'}\u0001${mask & 4 ? t.subparagraph ?? '\u0000' : '\u0000'}`;
  const subsetKey = (mask: number, t: BillTarget) => `${mask}:${mask & 1 ? t.article : ''}\u0001${mask & 2 ? t.paragraph : ''}\u0001${mask & 4 ? t.subparagraph : ''}`;
  const maskOf = (t: BillTarget) => (t.article !== undefined ? 1 : 0) | (t.paragraph !== undefined ? 2 : 0) | (t.subparagraph !== undefined ? 4 : 0);
  for (const ins of bill.instructions) {
    if (ins.act) continue;
    // The first entry of a list (ascending) from another statement.
    const firstOther = (l: number[] | undefined): number => {
      if (!l) return Infinity;
      for (const i of l) if (seen[i].ins.span.start !== ins.span.start) return i;
      return Infinity;
    };
    for (const t of ins.targets) {
      const k = key(t);
      let c = firstOther(whole(ins.kind) ? byKey.get(k) : byKeyWhole.get(k));
      if (t.section === undefined && !t.preamble && t.chapter === undefined) {
        // An earlier whole rewrite or exclusion of a unit containing t: each of its levels absent or t's.
        if (containers.size) {
          // (Masks of the levels t names: a level t lacks is absent in the container too.)
          const tm = maskOf(t);
          for (let m = tm; ; m = (m - 1) & tm) {
            c = Math.min(c, firstOther(containers.get(levelsKey(t, m))));
            if (m === 0) break;
          }
        }
        // This one rewrites or excludes a whole unit: an earlier target inside it (every level t names, the same).
        if (replaces(ins.kind) && t.part === undefined && t.sentence === undefined && !t.title && !t.contents) c = Math.min(c, firstOther(bySubset.get(subsetKey(maskOf(t), t))));
      }
      if (c !== Infinity) {
        const clash = seen[c];
        out.push(problem('bill-unit-twice', t.span, { item: ins.item || '—', other: clash.ins.item || '—', unit: label(t) }));
      }
    }
    for (const t of ins.targets) {
      const i = seen.push({ ins, t }) - 1;
      const k = key(t);
      push(byKey, k, i);
      if (whole(ins.kind)) push(byKeyWhole, k, i);
      if (t.section !== undefined || t.preamble || t.chapter !== undefined) continue;
      // A heading («заголовок статьи 61») holds none of the article's units.
      if (replaces(ins.kind) && t.part === undefined && t.sentence === undefined && !t.title && !t.contents) push(containers, levelsKey(t, 7), i);
      const mask = maskOf(t);
      // Every subset of the levels it names.
      for (let m = mask; ; m = (m - 1) & mask) {
        push(bySubset, subsetKey(m, t), i);
        if (m === 0) break;
      }
    }
  }
  return out;
}

/** Where a target stands in the act: article, paragraph, subparagraph numbers; a section heading before its first article. */
function place(t: BillTarget, sectionStart: (n: string) => string | undefined): (string | undefined)[] {
  if (t.section !== undefined) return [sectionStart(t.section), undefined, undefined];
  // The preamble comes before every article.
  if (t.preamble || t.whole) return ['0', undefined, undefined];
  return [t.article, t.paragraph, t.subparagraph];
}

/** An instruction whose first unit comes before the previous instruction's (of another item) in the act. */
export function outOfOrder(bill: Bill, sectionStart: (n: string) => string | undefined = () => undefined): Problem[] {
  const out: Problem[] = [];
  let prev: { ins: Instruction; at: (string | undefined)[] } | undefined;
  for (const ins of bill.instructions) {
    if (ins.act) {
      prev = undefined;
      continue;
    }
    const t = ins.targets[0];
    if (!t) continue;
    const at = place(t, sectionStart);
    if (at[0] === undefined) continue;
    if (prev && prev.ins.span.start !== ins.span.start && prev.ins.act === ins.act) {
      let c = 0;
      for (let i = 0; i < 3 && c === 0; i++) {
        // A level one of them does not name (the whole article against its paragraph) is not an order.
        if (at[i] === undefined || prev.at[i] === undefined) break;
        c = cmp(at[i], prev.at[i]);
      }
      if (c < 0) out.push(problem('bill-order', t.span, { item: ins.item || '—', unit: label(t), other: prev.ins.item || '—' }));
    }
    prev = { ins, at };
  }
  return out;
}

/** Numbers that open lines of a quoted text: «N.» (paragraphs) and «N)» (subparagraphs), with their offsets. */
function numberedLines(q: string): { kind: 'paragraph' | 'subparagraph'; n: string; at: number; afterText: boolean }[] {
  const out: { kind: 'paragraph' | 'subparagraph'; n: string; at: number; afterText: boolean }[] = [];
  let afterText = false;
  let at = 0;
  for (const line of q.split('\n')) {
    const m = /^([ \t]*)(\d+(?:-\d+)*)\\?([.)])(?=\s)/u.exec(line);
    if (m) {
      out.push({ kind: m[3] === '.' ? 'paragraph' : 'subparagraph', n: m[2], at: at + m[1].length, afterText });
      afterText = false;
    } else if (line.trim()) afterText = true;
    at += line.length + 1;
  }
  return out;
}

/** Is `next` the number after `prev` in a list: prev + 1, or an inserted number after it (15 → 15-1, 15-1 → 15-2 or 16)? */
function follows(prev: string, next: string): boolean {
  const p = prev.split('-').map(Number);
  const n = next.split('-').map(Number);
  if (n.length === p.length + 1 && p.every((x, i) => x === n[i])) return n[n.length - 1] === 1;
  for (let k = 0; k < Math.min(p.length, n.length); k++) {
    if (n.length !== k + 1) continue;
    if (p.slice(0, k).every((x, i) => x === n[i]) && n[k] === p[k] + 1) return true;
  }
  return false;
}

/**
 * The quoted new text of a whole-unit rewrite or insertion: each unit's text opens with its own number,
 * and the numbered lists inside it run on without gaps or repeats.
 */
export function newTextNumbering(bill: Bill, lang: Lang): Problem[] {
  const out: Problem[] = [];
  for (const ins of bill.instructions) {
    if (!ins.text || (ins.kind !== 'replace-unit' && ins.kind !== 'insert-unit')) continue;
    const numbered = ins.targets.filter((t) => t.part === undefined && t.sentence === undefined && t.section === undefined && !t.preamble && !t.whole && t.chapter === undefined && !t.title);
    if (!numbered.length) continue;
    const texts = newUnitTexts(ins, lang);
    if (!texts) continue; // reported when applied (bill-new-text-numbering on the whole text)
    const q = ins.text.text;
    const base = ins.text.span.start;
    const level = numbered[0].subparagraph !== undefined ? 'subparagraph' : numbered[0].paragraph !== undefined ? 'paragraph' : 'article';
    let from = 0;
    texts.forEach((piece, k) => {
      const off = q.indexOf(piece.slice(0, Math.min(40, piece.length)), from);
      const at0 = off < 0 ? 0 : off;
      from = at0 + 1;
      const lines = numberedLines(piece);
      const want = numbered[k][level];
      if (level !== 'article') {
        const first = lines[0];
        const kind = level;
        if (!first || first.at > 3 || first.kind !== kind) {
          if (!first || first.at > 3) return; // a unit's text without a number of its own: not a numbering matter
        }
        if (first.kind === kind && first.n !== want) {
          out.push(problem('bill-new-text-numbering', { start: base + at0 + first.at, end: base + at0 + first.at + first.n.length }, { item: ins.item || '—', units: `${want} ≠ ${first.n}` }));
          return;
        }
      }
      // Lists inside: paragraphs of a new article; subparagraphs of each paragraph (restart after one).
      let prevP: string | undefined;
      let prevS: string | undefined;
      for (const l of lines) {
        if (level !== 'article' && l === lines[0]) {
          if (l.kind === 'paragraph') prevP = l.n;
          else prevS = l.n;
          continue;
        }
        if (l.kind === 'paragraph') {
          if (level === 'paragraph' || level === 'subparagraph') break; // a quotation inside the unit
          const ok = prevP === undefined ? l.n === '1' : follows(prevP, l.n);
          if (!ok) {
            out.push(problem('bill-new-text-numbering', { start: base + at0 + l.at, end: base + at0 + l.at + l.n.length }, { item: ins.item || '—', units: `${prevP ?? '—'} → ${l.n}` }));
            break;
          }
          prevP = l.n;
          prevS = undefined;
        } else {
          // Text between two lists starts a new one («Депутат Мажилиса лишается мандата при: 1) …»).
          // Text inside a list (a subparagraph's second line) lets it run on.
          const ok = prevS === undefined ? l.n === '1' || level === 'subparagraph' : follows(prevS, l.n) || (l.afterText && l.n === '1');
          if (!ok) {
            out.push(problem('bill-new-text-numbering', { start: base + at0 + l.at, end: base + at0 + l.at + l.n.length }, { item: ins.item || '—', units: `${prevS ?? '—'} → ${l.n}` }));
            break;
          }
          prevS = l.n;
        }
      }
    });
  }
  return out;
}
