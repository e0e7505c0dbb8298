// Characters that Word leaves in pasted text and nobody can see (issue 16, point 9): soft hyphens
// (U+00AD, Word's «optional hyphen»), zero-width characters (U+200B–U+200D, U+2060, U+FEFF except a
// byte-order mark at the very start) and no-break spaces (U+00A0, U+202F, U+2007) between two letters.
// A search for «доступ к информации» finds nothing when «ин­фор­ма­ции» hides soft hyphens or «к» is
// followed by a no-break space.
//
//  * `text-invisible-character` (warning): one problem per run of adjacent invisible characters;
//  * `text-nbsp-between-words` (information): one per run of no-break spaces with a letter on each side
//    in running text (not in comments; «№ 480», «2026 г.», «ст. 13» have a digit or a dot on one side
//    and are left alone).
// Each problem's data carries the run's replacement (`newText`): the invisible characters removed, each
// no-break space between letters turned into one ordinary space; every visible character is kept.
// Pure: strings in, problems out.

import { problem } from './parser';
import type { Edit, Problem, Span } from './types';

export const INVISIBLE_CODE = 'text-invisible-character';
export const NBSP_CODE = 'text-nbsp-between-words';

const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);
const NBSP = new Set(['\u00A0', '\u202F', '\u2007']);
/** Any of them: the scan looks for these only (a text without them costs one regex pass). */
const ANY = /[\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u202F\u2007]+/g;
const LETTER = /\p{L}/u;

export interface InvisibleRun {
  span: Span;
  /** The characters of the run that the fix removes or replaces. */
  invisible: string[];
  nbsp: number;
  /** What the run becomes. */
  newText: string;
}

function isLetter(ch: string | undefined): boolean {
  return !!ch && LETTER.test(ch);
}

/**
 * The runs of invisible characters and of no-break spaces between letters. `masked` is the text with
 * comments blanked out (DocumentModel.masked): no-break spaces inside comments are not running text.
 * `from`: the text holds none of the characters before it (parser.ts rareFrom), where the search starts.
 */
export function invisibleRuns(text: string, masked: string = text, from = 0): InvisibleRun[] {
  const out: InvisibleRun[] = [];
  if (from >= text.length) return out;
  ANY.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = ANY.exec(text))) {
    let start = m.index;
    let run = m[0];
    // A byte-order mark at the very start of the file is an encoding marker, not text.
    if (start === 0 && run[0] === '\uFEFF') {
      start = 1;
      run = run.slice(1);
      if (!run) continue;
    }
    const end = start + run.length;
    // The letters around the run, looking through the run's own invisible characters.
    const between = isLetter(text[start - 1]) && isLetter(text[end]);
    const invisible: string[] = [];
    let nbsp = 0;
    let newText = '';
    for (let i = 0; i < run.length; i++) {
      const ch = run[i];
      if (INVISIBLE.has(ch)) {
        invisible.push(ch);
      } else if (NBSP.has(ch) && between && masked[start + i] === ch) {
        nbsp++;
        newText += ' ';
      } else {
        newText += ch;
      }
    }
    if (invisible.length === 0 && nbsp === 0) continue;
    out.push({ span: { start, end }, invisible, nbsp, newText });
  }
  return out;
}

const hex = (ch: string) => 'U+' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/** The problems of a text: a warning per run with invisible characters, else an information. */
export function invisibleProblems(text: string, masked: string = text, from = 0): Problem[] {
  const out: Problem[] = [];
  for (const r of invisibleRuns(text, masked, from)) {
    const data = { newText: r.newText, invisible: r.invisible.length, nbsp: r.nbsp };
    if (r.invisible.length > 0) {
      out.push(problem(INVISIBLE_CODE, r.span, { chars: [...new Set(r.invisible.map(hex))].join(',') }, data));
    } else {
      const codes = [...new Set([...text.slice(r.span.start, r.span.end)].filter((c) => NBSP.has(c)).map(hex))];
      out.push(problem(NBSP_CODE, r.span, { chars: codes.join(', ') }, data));
    }
  }
  return out;
}

/** The edit that normalises one run (from its problem's data). */
export function runEdit(p: Problem): Edit | null {
  const newText = p.data?.newText;
  return typeof newText === 'string' ? { span: { start: p.span.start, end: p.span.end }, newText } : null;
}
