// Core data types. Pure: no vscode, no LSP, no file system.
// All offsets are UTF-16 code-unit offsets into the document text (JavaScript string indices),
// so they map 1:1 to LSP positions with the default "utf-16" position encoding.

import type { Code } from './codes';

export type Lang = 'ru' | 'kk' | 'en';

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem found in a document: stable code, arguments for the message, exact span. */
export interface Problem {
  code: Code;
  severity: Severity;
  /** Arguments substituted into the localised message template of `code`. */
  args: Record<string, string | number>;
  span: Span;
  /** The English message, built from the code and its arguments. */
  message: string;
  /** Optional data for quick fixes (e.g. the expected number). */
  data?: Record<string, unknown>;
}

export type UnitKind = 'section' | 'chapter' | 'article' | 'paragraph' | 'subparagraph';

/** A number as written: "12", "83-1", "IV". */
export interface UnitNumber {
  text: string;
  span: Span;
  /** Base integer (83 for "83-1"; 4 for "IV"); NaN if unreadable. */
  base: number;
  /** Insertion suffixes: [1] for "83-1", [] for "83". */
  suffix: number[];
}

export interface UnitBase {
  kind: UnitKind;
  number: UnitNumber;
  /** Whole unit: from the heading start to the end of its last line. */
  span: Span;
  /** The heading line (for articles/sections) or the first line (paragraphs). */
  headSpan: Span;
  /** Text after the number on the first line (for paragraphs and subparagraphs), or title of a heading. */
  title?: string;
  titleSpan?: Span;
  excluded: boolean;
}

export interface Section extends UnitBase {
  kind: 'section';
  articles: Article[];
  chapters: Chapter[];
}

export interface Chapter extends UnitBase {
  kind: 'chapter';
  section: Section | null;
  articles: Article[];
}

export interface Article extends UnitBase {
  kind: 'article';
  section: Section | null;
  chapter: Chapter | null;
  paragraphs: Paragraph[];
  /** Subparagraphs directly under the article (no numbered paragraph above them). */
  subparagraphs: Subparagraph[];
  /** Body lines (every line after the heading), numbered or not. */
  lines: Span[];
  /** Pinned prior counterparts from `<!-- prior: 13 -->` annotations. */
  priorPins: PriorPin[];
  /** Index in doc.articles. */
  index: number;
  /**
   * An article that amends other acts («Статья 1. Внести в … следующие изменения:», «… енгізілсін:»):
   * its citations name units of the acts it amends, never its own (parser.ts markAmending).
   */
  amending?: boolean;
}

export interface Paragraph extends UnitBase {
  kind: 'paragraph';
  article: Article;
  subparagraphs: Subparagraph[];
}

export interface Subparagraph extends UnitBase {
  kind: 'subparagraph';
  article: Article;
  paragraph: Paragraph | null;
  /** True when unnumbered text stands between this item and the previous one of the same parent
   * (a new list: «Депутат Мажилиса лишается мандата при: 1) …» after another list in the same paragraph). */
  afterText?: boolean;
}

export type Unit = Section | Chapter | Article | Paragraph | Subparagraph;

/**
 * A subchapter of a code («Параграф 1. …», "Paragraph 1", «§ 1»): a level between the chapter and its
 * articles, numbered afresh in each chapter. Not a `Unit` (citations never name it).
 */
export interface Subchapter {
  kind: 'subchapter';
  number: UnitNumber;
  span: Span;
  headSpan: Span;
  title?: string;
  titleSpan?: Span;
  chapter: Chapter | null;
  articles: Article[];
}

export interface PriorPin {
  /** Prior article numbers as written; empty list with `none` = explicitly new. */
  numbers: { text: string; span: Span }[];
  none: boolean;
  span: Span;
}

export interface Comment {
  span: Span;
  text: string;
}

export interface Line {
  span: Span;
  /** Content span, without heading markers and trailing whitespace. */
  content: Span;
  /** `note`: an official publication note («Сноска. …»), an editorial note or the signature block: not legal text. */
  /** `quote`: quoted new wording in an amending act («Статья 15-1. …», «2. …»), not units of this act. */
  kind: 'blank' | 'title' | 'preamble' | 'section' | 'chapter' | 'subchapter' | 'article' | 'paragraph' | 'subparagraph' | 'text' | 'comment' | 'note' | 'quote';
}

/** A reference as found in text, before resolution. Produced by the reference scanner. */
export interface RefNum {
  text: string;
  span: Span;
}

/** One level of a reference path: a number, a range of numbers, or a relative word ("this Article"). */
export type RefLevel =
  | { kind: 'num'; num: RefNum; rangeEnd?: RefNum }
  | { kind: 'this'; span: Span };

/**
 * One cited target. Lists and ranges yield one target per listed item (a range is one target with rangeEnd).
 * `unit` is the innermost level cited; outer levels missing mean "the current one"
 * (e.g. «пункта 2» inside an article cites paragraph 2 of that article).
 */
export interface RefTarget {
  unit: 'article' | 'paragraph' | 'subparagraph';
  article?: RefLevel;
  paragraph?: RefLevel;
  subparagraph?: RefLevel;
  /** Span to highlight for this target (usually the innermost number, or the relative words). */
  span: Span;
  /**
   * Unnumbered parts of the cited article or paragraph, by place («частью первой и второй статьи 5»:
   * 1 and 2; «5-баптың бірінші бөлігі»: 1), each with the span of its word.
   */
  parts?: { value: number; span: Span }[];
}

export interface RawReference {
  /** Whole phrase, e.g. «подпункте 1) пункта 1 статьи 73 Конституции». */
  span: Span;
  targets: RefTarget[];
  /** Points to another act («статьи 5 Закона …», "of the Law on …"): recognised, not resolved. */
  external: boolean;
  /** Name of the external act as written, if any. */
  externalAct?: string;
  /**
   * Names «the Constitution» (no year): in a constitution, the document itself (resolved as internal);
   * in another act (a law, a code), the Constitution that act cites (core/cites.ts).
   */
  constitution?: boolean;
}

/** An ordinal adjective used for a numbered unit («первый пункт», "the first paragraph"). */
export interface OrdinalUse {
  span: Span;
  unit: 'article' | 'paragraph' | 'subparagraph';
  value: number;
}

export interface ScanResult {
  references: RawReference[];
  ordinals: OrdinalUse[];
}

/** A replacement of `span` by `newText` in one document (converted to LSP TextEdit by the server). */
export interface Edit {
  span: Span;
  newText: string;
  /**
   * Parts of `newText` (offsets into it) the drafter is expected to type over, in tab order: an
   * inserted exclusion note («Исключена.») where the drafter may write the article instead. `newText`
   * is the whole text either way; the LSP adapter turns this into a snippet's placeholders when the
   * client takes snippet edits.
   */
  placeholders?: Span[];
}
