// Text helpers shared by every test layer (unit, LSP, the extension-host suite, the e2e scripts):
// cursor markers, line look-ups and the seeded defective draft. Pure: no Node or VS Code API, so the
// extension-host suite (compiled by tsc) and the e2e scripts (run through tsx) can import it too.

/** The cursor marker in fixture texts. */
export const CURSOR = '$0';

export interface Position {
  line: number;
  character: number;
}

/** 0-based line/character of a UTF-16 offset. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/**
 * A fixture with one `$0` cursor marker: the text without the marker, and where the marker stood.
 * Throws when there is no marker or more than one (a fixture that lost its cursor must not pass).
 */
export function cursor(marked: string): { text: string; offset: number; pos: Position } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error(`no ${CURSOR} cursor marker in the fixture: ${JSON.stringify(marked.slice(0, 80))}`);
  if (marked.indexOf(CURSOR, offset + 1) >= 0) throw new Error(`more than one ${CURSOR} cursor marker in the fixture`);
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  return { text, offset, pos: positionAt(text, offset) };
}

/**
 * Offset in `text` of the `$0` marker of `needle` (a piece of `text` with a marker in it): the needle
 * without its marker is looked up in `text` (its `nth` occurrence, 0-based), and the cursor stands
 * where the marker does. `cursorIn(draft, 'статьи $062')` is on the «6» of the first «статьи 62».
 */
export function cursorIn(text: string, needle: string, nth = 0): number {
  const { text: plain, offset } = cursor(needle);
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(plain, i + 1);
    if (i < 0) throw new Error(`not found in the text: ${JSON.stringify(plain)} (occurrence ${nth})`);
  }
  return i + offset;
}

/**
 * `text` with the `nth` occurrence (0-based) of `find` replaced by `marked` (a replacement with a `$0`
 * marker), and the offset in the new text where the marker stood: what the drafter typed, and where
 * the cursor is.
 */
export function replaceAt(text: string, find: string, marked: string, nth = 0): { text: string; offset: number } {
  const at = cursorIn(text, CURSOR + find, nth);
  const { text: replacement, offset } = cursor(marked);
  return { text: text.slice(0, at) + replacement + text.slice(at + find.length), offset: at + offset };
}

/** `cursorIn` as a line/character position. */
export function cursorPos(text: string, needle: string, nth = 0): Position {
  return positionAt(text, cursorIn(text, needle, nth));
}

/**
 * 1-based number of the first line (from line `from`, 1-based) that matches `match`: a regular
 * expression, or a string the line must equal. Throws when none does.
 */
export function lineOf(text: string | readonly string[], match: RegExp | string, from = 1): number {
  const lines = typeof text === 'string' ? text.split('\n') : text;
  for (let i = Math.max(0, from - 1); i < lines.length; i++) {
    if (typeof match === 'string' ? lines[i] === match : match.test(lines[i])) return i + 1;
  }
  throw new Error(`no line ${typeof match === 'string' ? `equal to ${JSON.stringify(match)}` : `matches ${match}`} from line ${from}`);
}

/** 1-based line number of a UTF-16 offset. */
export function lineAt(text: string, offset: number): number {
  return positionAt(text, offset).line + 1;
}

/**
 * The ru draft with two seeded defects: the heading «Статья 5» removed (article-number-gap, 4 is
 * followed by 6) and the first «статьи 62 » turned into «статьи 620 » (reference-unresolved-article).
 */
export function seedDefects(text: string): string {
  const lines = text.split('\n');
  const i = lineOf(lines, /^Статья 5\s*$/) - 1;
  lines.splice(i, 1);
  const out = lines.join('\n');
  if (!out.includes('статьи 62 ')) throw new Error('the draft does not cite «статьи 62 »');
  return out.replace('статьи 62 ', 'статьи 620 ');
}
