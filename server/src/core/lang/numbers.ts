// Number-word tables of the lexicons (core/parallel compares figures across language versions). Pure data helper.

/**
 * A number-word table from entries "value: form form …": each form's value is a number ("5") or a
 * fraction's denominator ("/3").
 */
export function numberWords(entries: readonly string[]): Readonly<Record<string, string>> {
  const out: Record<string, string> = Object.create(null);
  for (const e of entries) {
    const at = e.indexOf(':');
    const value = e.slice(0, at).trim();
    for (const f of e.slice(at + 1).trim().split(/\s+/)) out[f] = value;
  }
  return Object.freeze(out);
}
