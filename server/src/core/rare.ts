// The characters a full analysis looks for in the whole text and that a drafted text almost never
// holds: U+0000 (parser.ts: `document-not-text`) and the nine invisible characters of invisible.ts.
// One search answers both (issue 15: they were two passes over every character, ≈ 0.1 ms of the
// 2026 draft's 0.6 ms warm pass). Pure.

/**
 * Five of them V8's `indexOf` finds with `memchr` on their highest byte (0xAD, 0xA0, 0xFF, 0x60, 0x2F),
 * bytes that Cyrillic, Latin and Kazakh text seldom holds: five native searches cost less than one
 * regular-expression pass. The others' highest byte is 0x20, the lower byte of every space (indexOf
 * would stop at each): one regular expression finds them and U+0000 (whose indexOf reads every
 * character of a two-byte string).
 */
const BY_INDEX_OF = ['\u00AD', '\u00A0', '\uFEFF', '\u2060', '\u202F'];
const BY_REGEX = /[\u0000\u2007\u200B-\u200D]/g;

/**
 * The offset of the first character of `text` that is U+0000 or one of the nine invisible characters
 * (U+00AD, U+200B–U+200D, U+2060, U+FEFF, U+00A0, U+202F, U+2007), or -1 when there is none.
 */
export function firstRareChar(text: string): number {
  let first = -1;
  for (let i = 0; i < BY_INDEX_OF.length; i++) {
    const k = text.indexOf(BY_INDEX_OF[i]);
    if (k >= 0 && (first < 0 || k < first)) first = k;
  }
  // The others, before the first one found (if any).
  const s = first < 0 ? text : text.slice(0, first);
  BY_REGEX.lastIndex = 0;
  const m = BY_REGEX.exec(s);
  return m ? m.index : first;
}
