// Escaping text of a draft (or of a prior constitution, or a message quoting either) for the places it
// is shown. One character set per target, used by every feature: hovers, completion documentation, the
// Markdown table and the prior hovers (Markdown); the table page and the client's webview (HTML).
// Pure.

/** Whether escapeMarkdown has anything to do: one pass instead of three replacements (issue 15). */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>#|~!&$]|^\s*(?:[-+=]|\d+[.)])/m;

/**
 * Markdown that renders as the text itself, in VS Code's hovers (HTML allowed) and in any CommonMark/GFM
 * renderer. Backslash-escapes (which CommonMark defines for every ASCII punctuation character, so an
 * escape never shows):
 *   - anywhere: `\` and the inline syntax — code `` ` ``, emphasis `*` `_`, links and images `[` `]`
 *     `!`, raw HTML and autolinks `<` `>`, entities `&`, GFM tables `|` and strikethrough `~`, headings
 *     `#`, VS Code's theme icons `$(…)`, and `{` `}`;
 *   - at the start of a line: list markers `-` `+`, setext underlines `=`, ordered-list numbers `1.` `1)`.
 * Parentheses stay as they are: with `[` `]` escaped they cannot form a link.
 */
export function escapeMarkdown(s: string): string {
  if (!MARKDOWN_SPECIAL.test(s)) return s;
  return s
    .replace(/[\\`*_{}[\]<>#|~!&$]/g, (c) => '\\' + c)
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML text or attribute value (either quote) that shows the text itself. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
