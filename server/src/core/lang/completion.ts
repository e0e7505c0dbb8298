// Pieces of the completion contexts shared by the lexicons (Lexicon.completion, read by
// core/features/completion.ts): a unit number, a list of numbers already typed, and a number standing
// right after the cursor. Language-neutral: the words come from each lexicon.

/** A unit number: 12, 83-1, 10-1-2. */
export const NUM = String.raw`\d+(?:-\d+)*`;

/** A list of numbers already typed before the cursor, joined by commas or the given words («12, 14 и », "11, 13–15, and "). */
export function typedList(joiners: readonly string[]): string {
  return String.raw`(?:\(?${NUM}\)?(?:\s*[–—-]\s*\(?${NUM}\)?)?\s*(?:,|${joiners.map((w) => String.raw`\s${w}`).join('|')})\s*)*`;
}

/** A number already standing right after the cursor (the one being replaced): «|12», «|4)». */
export const SKIP = String.raw`(?:\(?\d*(?:-\d+)*\)?)?`;
