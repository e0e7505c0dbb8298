// Counted phrases in the client's messages («1 ссылку», «2 ссылки», «5 ссылок»), localised with
// VS Code's l10n. English source strings give the singular and plural forms; the l10n key is the
// form chosen by the UI language's plural rules, with the CLDR category as the comment, so the
// bundle of a language holds one entry per category it has: ru «…/one», «…/few», «…/many»,
// «…/other»; kk «…/one», «…/other». test/unit/l10n.test.ts checks the bundles have them all.
import * as vscode from 'vscode';
import { localePluralCategory } from '../../server/src/core/plural';

/** `plural(5, '{0} reference', '{0} references')` → «5 references» / «5 ссылок» / «5 сілтеме». */
export function plural(n: number, one: string, other: string): string {
  const cat = localePluralCategory(vscode.env.language || 'en', n);
  return vscode.l10n.t({ message: cat === 'one' ? one : other, args: [n], comment: [cat] });
}
