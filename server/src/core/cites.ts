// What a document cites as «the Constitution». A constitution citing «статьи 44 Конституции» cites
// itself (resolved as an internal reference, as always); any other act — a constitutional law, a law, a
// code — cites the Constitution in force: the one set by `atazan.constitution`, or by an annotation
// `<!-- cites: kz-1995 -->` in the file. Pure: reads the parsed model only.

import type { DocumentModel } from './parser';
import type { RawReference, Span } from './types';
import { ALL_LEXICONS } from './lang';
import { docSources } from './source';

export interface Cites {
  /** The document is an act other than a constitution: its «Конституции» is another document. */
  act: boolean;
  /** `<!-- cites: kz-1995 -->`: the Constitution this file cites (an id or a workspace path), and where it is said. */
  annotation?: { value: string; span: Span };
}

const RE_CITES = /^<!--\s*cites\s*:\s*([^\s<>]+)\s*-->$/i;
/** Lines looked at before the first heading for the act's title. */
const TITLE_LINES = 40;
const TITLE_LONGEST = 400;

const CACHE = new WeakMap<DocumentModel, Cites>();

/** Whether a comment's text is the annotation naming the cited Constitution (`<!-- cites: … -->`). */
export function isCitesAnnotation(commentText: string): boolean {
  return RE_CITES.test(commentText.trim());
}

/** What `doc` cites as «the Constitution» (memoised per model). */
export function citesOf(doc: DocumentModel): Cites {
  let c = CACHE.get(doc);
  if (!c) CACHE.set(doc, (c = readCites(doc)));
  return c;
}

function readCites(doc: DocumentModel): Cites {
  let annotation: Cites['annotation'];
  for (const c of doc.comments) {
    const m = RE_CITES.exec(c.text.trim());
    if (m) { annotation = { value: m[1], span: { start: c.span.start, end: c.span.end } }; break; }
  }
  return { act: !!annotation || namesAnAct(doc), ...(annotation ? { annotation } : {}) };
}

/** The lines before the first heading name a law or a code («Конституционный закон Республики Казахстан …»). */
function namesAnAct(doc: DocumentModel): boolean {
  let seen = 0;
  for (const line of doc.lines) {
    if (line.kind === 'section' || line.kind === 'chapter' || line.kind === 'article') return false;
    if (line.kind === 'blank' || line.kind === 'comment') continue;
    if (++seen > TITLE_LINES) return false;
    const { start, end } = line.content;
    if (namesActLine(docSources(doc).masked.slice(start, end))) return true;
  }
  return false;
}

/**
 * Whether one line before the first heading, by itself, names a law or a code (namesAnAct; the
 * incremental analysis of an edit in the preamble asks it of the edited line before and after).
 */
export function namesActLine(content: string): boolean {
  if (content.length > TITLE_LONGEST) return false;
  const text = content.trim();
  return ALL_LEXICONS.some((l) => l.scan.acts.actTitle.test(text));
}

/** A reference resolved in the document itself (not one of another act, nor of the Constitution a law cites). */
export function isInternal(ref: RawReference, doc: DocumentModel): boolean {
  return !ref.external && !(ref.constitution && citesOf(doc).act);
}

/** A reference of a law or code to the Constitution it cites. */
export function citesConstitution(ref: RawReference, doc: DocumentModel): boolean {
  return !ref.external && !!ref.constitution && citesOf(doc).act;
}
