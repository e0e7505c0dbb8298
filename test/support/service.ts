// The editing features asked of the language service, the core's front door, as the LSP adapter asks
// them: the text is opened as a document (re-opened when it changes), then queried by offset or problem.
// Not a test file.
import {
  createLanguageService, type CodeAction, type CompletionItem, type Lang, type Problem,
} from '../../server/src/core';

const service = createLanguageService();
const URI = 'file:///test/document.const.txt';
let opened: string | null = null;

/** The service with `text` open as its one document; its uri. */
export function serviceWith(text: string): { service: typeof service; uri: string } {
  if (opened !== text) {
    service.open(URI, text);
    opened = text;
  }
  return { service, uri: URI };
}

/** The quick fixes for a problem of `text` (as found by analyze(text) or the service), titles in `lang`. */
export function codeActionsFor(text: string, problem: Problem, lang: Lang = 'en'): CodeAction[] {
  const { uri } = serviceWith(text);
  return service.codeActions(uri, problem, lang);
}

/** The completion items at `offset` of `text`. */
export function completionsAt(text: string, offset: number): CompletionItem[] {
  const { uri } = serviceWith(text);
  return service.completions(uri, offset);
}
