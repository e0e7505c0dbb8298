// Escaping text of a draft (or of a prior constitution, or a message quoting either) for the places it
// is shown. One character set per target, used by every feature: hovers, completion documentation, the
// Markdown table and the prior hovers (Markdown); the table page and the client's webview (HTML).
// Pure.

/**
 * Code units escapeMarkdown reads (filled on first use from the character classes of the regular
 * expressions that defined it): 1 = escaped anywhere (`\` and the inline syntax), 2 = a line break
 * for `^` in multiline mode (\n \r U+2028 U+2029, all of them also `\s`), 3 = other `\s`, 4 = a digit
 * `\d`, 5 = `-` `+` `=`, 6 = `.` `)`, 7 = anything else.
 */
const MD_CLASS = new Uint8Array(0x10000);
function mdClass(c: number): number {
  const ch = String.fromCharCode(c);
  return (MD_CLASS[c] = /[\\`*_{}[\]<>#|~!&$]/.test(ch) ? 1 : /[\n\r\u2028\u2029]/.test(ch) ? 2 : /\s/.test(ch) ? 3
    : /\d/.test(ch) ? 4 : /[-+=]/.test(ch) ? 5 : /[.)]/.test(ch) ? 6 : 7);
}

/**
 * Markdown that renders as the text itself, in VS Code's hovers (HTML allowed) and in any CommonMark/GFM
 * renderer. Backslash-escapes (which CommonMark defines for every ASCII punctuation character, so an
 * escape never shows):
 *   - anywhere: `\` and the inline syntax — code `` ` ``, emphasis `*` `_`, links and images `[` `]`
 *     `!`, raw HTML and autolinks `<` `>`, entities `&`, GFM tables `|` and strikethrough `~`, headings
 *     `#`, VS Code's theme icons `$(…)`, and `{` `}`;
 *   - at the start of a line: list markers `-` `+`, setext underlines `=`, ordered-list numbers `1.` `1)`.
 * Parentheses stay as they are: with `[` `]` escaped they cannot form a link.
 *
 * Issue 15, session 11: one scan instead of a test and three replacements (most paragraphs of a
 * table cell start with their number, «1. …», so nearly every line took all four passes), with the
 * same result as
 *   s.replace(/[\\`*_{}[\]<>#|~!&$]/g, (c) => '\\' + c)
 *    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
 *    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
 * (the reference in test/unit/escape-scan.test.ts). The backslashes one replacement adds never start,
 * end or sit inside a match of a later one (they precede characters that are neither `\s` nor `\d` nor
 * `-+=.)`), so all three read the input's own lines; and their greedy `\s*` and `\d+` cannot backtrack
 * into a match (what precedes a shorter run is a space or a digit, not the character after it), so a
 * line start is followed by its whitespace, then by `-+=` or by digits and `.)`, or by nothing escaped.
 * `state`: 0 = in a line, 1 = in the whitespace at a line's start, 2 = in the digits after it.
 * Returns `s` itself when nothing is escaped.
 */
export function escapeMarkdown(s: string): string {
  const cls = MD_CLASS;
  let out = '';
  let from = 0;
  let state = 1;
  for (let i = 0, n = s.length; i < n; i++) {
    const c = s.charCodeAt(i);
    let k = cls[c];
    if (k === 0) k = mdClass(c);
    // Inside a line (most characters) only the escaped set and line breaks matter.
    if (k > 2 && state === 0) continue;
    if (k === 2) { state = 1; continue; }
    if (state === 1) {
      if (k === 3) continue;
      if (k === 4) { state = 2; continue; }
      state = 0;
      if (k === 5) { out += s.slice(from, i) + '\\'; from = i; continue; }
    } else if (state === 2) {
      if (k === 4) continue;
      state = 0;
      if (k === 6) { out += s.slice(from, i) + '\\'; from = i; continue; }
    }
    if (k === 1) { out += s.slice(from, i) + '\\'; from = i; }
  }
  return out === '' ? s : out + s.slice(from);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML text or attribute value (either quote) that shows the text itself. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
