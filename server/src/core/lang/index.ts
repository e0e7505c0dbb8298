// One lexicon per language: every word the core reads or writes in a language — unit nouns and their
// forms, heading forms, ordinals, labels, plural forms, message templates, the exclusion notes and the
// table's words — in one object of one type. Adding a language is one file (core/lang/<lang>.ts) and
// one line in LEXICONS below. Pure: data and small string functions, no I/O.

import type { Code } from '../codes';
import type { Lang } from '../types';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

/** CLDR plural forms of a counted noun: `other` is required, the rest are used when the language has them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type UnitKind = 'section' | 'chapter' | 'article' | 'paragraph' | 'subparagraph';
/** The units a citation can name. */
export type CitedUnit = 'article' | 'paragraph' | 'subparagraph';
/** Singular, plural, or ambiguous (Russian «статьи»: genitive singular or nominative plural). */
export type Plurality = 'sg' | 'pl' | 'amb';
export interface NounInfo {
  unit: CitedUnit;
  plural: Plurality;
}

/**
 * How a heading is written. `word-number`: «Статья 12», "Part II"; `number-hyphen-word`: «12-бап»;
 * `numeral-word`: «XII бөлім». The words are matched in any case.
 */
export interface HeadingForm {
  readonly order: 'word-number' | 'number-hyphen-word' | 'numeral-word';
  readonly words: readonly string[];
}

/**
 * The markup of real legislation beyond the two constitutions (README "Acts other than the Constitution"):
 * what marks text that is not legal text (publication notes, the signature block), and the extra heading
 * and numbering forms of laws and codes. Matched in any case unless said otherwise.
 */
export interface MarkupWords {
  /**
   * The title of the article of definitions («Основные понятия, используемые в настоящем Законе», «Осы
   * Заңда пайдаланылатын негізгі ұғымдар», "Basic concepts used in this Law"): its «1) термин – …» define terms.
   */
  readonly definitionsTitle: RegExp;
  /** How many letters of a defined term's word may change in its case forms (ru «потерпевший» → «потерпевшим»: 3; kk adds suffixes: 1). */
  readonly termEnding: number;
  /** Words opening an official publication note, then «.», «:» or «!»: «Сноска», «Примечание ИЗПИ». */
  readonly notes: readonly string[];
  /** Endings of an editorial note line (commercial databases): «(см. стар. ред.)». */
  readonly noteEndings: readonly string[];
  /** A line wholly in parentheses that mentions one of these is an editorial note: «(изложена в редакции Закона …)». */
  readonly parenthesisNote: readonly string[];
  /** Names of the official gazette: a line or a parenthesis opening with one is publication data, not a citation. */
  readonly gazettes: readonly string[];
  /** The signatory's office that opens the closing signature block (case-sensitive): «Президент Республики Казахстан». */
  readonly signature: readonly string[];
  /** The word of a subchapter heading in codes: «Параграф 1», "Paragraph 1". */
  readonly subchapter: readonly string[];
  /** A section numeral written as a word in the nominative («первый», «бірінші», "first"): its value, or 0. */
  headingNumeral(w: string): number;
  /** Letters of lettered subparagraphs («а)», «б)»), in order, lower case. */
  readonly letters: string;
  /**
   * Words of an amending article's opening sentence (which ends with a colon): «Внести»,
   * «енгізілсін», "amendments". Its citations are of the acts it amends.
   */
  readonly amending: readonly string[];
  /** Unit nouns that may follow a number with a bracket in a citation («1) тармақша»): such a line is no subparagraph. */
  readonly citedAfterNumber: readonly string[];
  /** Names of Kazakhstan: an act that names it is a Kazakh act. */
  readonly home: readonly string[];
  /** Names of other states: a titled act that names one and not Kazakhstan is foreign. */
  readonly foreign: readonly string[];
}

/** Names of the table's row statuses (compare.ts `RowStatus`). */
export type RowStatusName = 'unchanged' | 'changed' | 'moved' | 'new' | 'merged' | 'split';

/** A unit with its number in the forms the code action titles need. */
export interface UnitForms {
  /** ru genitive «статьи 10», kk genitive «10-баптың», en "article number 10". */
  gen(n: string): string;
  /** The «from» form: ru «10», kk ablative «10-баптан». */
  abl(n: string): string;
  /** The plural object: "articles", «статьи», kk accusative «баптарды». */
  pl: string;
}

/** Words of the reference scanner (refscan.ts). */
export interface ScanWords {
  /**
   * The shape of a citation. `noun-first`: «пункт 3 статьи 5», "paragraph 3 of Article 5" (the smaller
   * unit first); `number-first`: «5-бабының 3-тармағы» (the larger unit first, the number before the noun).
   */
  readonly order: 'noun-first' | 'number-first';
  /** The word between two levels of a chain ("of"), and the article that may follow it ("the"). */
  readonly levelJoiner?: string;
  readonly definiteArticle?: string;
  /** The unit noun of a normalised word (lower case, ё→е), or null. */
  noun(w: string): NounInfo | null;
  /** A unit noun as written in the text, any case (the ordinal fix keeps it): «пункте», "Paragraph". */
  readonly nounPrefix: RegExp;
  /** Abbreviations, valid only when followed by a dot: «ст. 5», "Art. 5". */
  readonly abbreviations: ReadonlyMap<string, NounInfo>;
  /** A word that makes the following unit noun relative: «настоящей статьи», "this Article", «осы бап». */
  isRelative(w: string): boolean;
  /**
   * A relative word that names the unit just cited in the same sentence when one is («… действие пункта 6
   * статьи 10 настоящего Закона, установив, что … данный пункт действует …»), the citing one otherwise.
   */
  isAnaphoric?(w: string): boolean;
  /** Words between the numbers of one list («1, 2 и 3»). */
  readonly listSeparators: ReadonlySet<string>;
  /** Extra words allowed between two citations of one group. */
  readonly groupSeparators: ReadonlySet<string>;
  /** The value of an ordinal adjective («первого» → 1), or 0. */
  ordinal(w: string): number;
  /** An ordinal may also follow its noun («пункт первый»). */
  readonly ordinalAfterNoun: boolean;
  /**
   * The word before an ordinal phrase that changes when the phrase is written with digits, given the
   * (up to 8) characters before it and whether the phrase starts with its noun: `take` characters are
   * replaced by `write`, and `capital` capitalises the new phrase. ru «во втором пункте» → «в пункте 2»
   * (not when the noun comes first: «во пункте втором» keeps «во»); en "the first paragraph" → "paragraph 1".
   */
  ordinalLead?(before: string, nounFirst: boolean): { take: number; write: string; capital: boolean } | null;
  /** Nouns of unnumbered parts, lines and sentences: an ordinal next to them is legitimate. */
  isPartWord(w: string): boolean;
  /**
   * The noun of an unnumbered part of an article or paragraph, cited by its place: «часть первая статьи 5»,
   * «абзац второй пункта 2», «5-баптың бірінші бөлігі», "part one of Article 5" (refscan.ts parts).
   */
  isPartNoun(w: string): boolean;
  /** The place of a part as written after (ru, en) or before (kk) its noun: «первой» 1, "one" 1, «екінші» 2; 0 if none. */
  partValue(w: string): number;
  /**
   * Tens written before the ordinal of a compound place («он үшінші» 13th, «двадцать первого» 21st): in a
   * list of places between two citations («5) тармақшасының он үшінші, он төртінші және он жетінші
   * абзацтарын, 17) тармақшасының …»), which stay one group (refscan.ts onlySeparators).
   */
  readonly partTens: ReadonlyMap<string, number>;
  /** A necessary condition for a citation in a text (see refscan.ts `mayCite`). */
  readonly mayCite: RegExp;
  /** Names of acts, for telling citations of this Constitution from citations of other acts. */
  readonly acts: ActWords;
}

export interface ActWords {
  /** The Constitution named by one word («Конституции», "Constitution", «Конституциясының»). */
  isConstitution(w: string): boolean;
  /** «принятой», "adopted", «қабылданған»: with a 4-digit year, another (earlier) constitution. */
  isAdopted(w: string): boolean;
  /** Act nouns: genitive forms (ru), nouns (en), stems (kk). */
  isAct(w: string): boolean;
  /** Words that may precede the act noun («Конституционного закона»); kk: the adjective before it. */
  isActAdjective(w: string): boolean;
  /** kk: the genitive ending an act name before the citation must have. */
  readonly genitiveEndings?: readonly string[];
  /**
   * kk: the possessive ending an act name may have instead when the citation's own last word is in the
   * genitive («Азаматтық кодексі 825-1-бабының талаптарына»: the genitive moved to the article).
   */
  readonly possessiveEndings?: readonly string[];
  /** ru: the word after the year («года»). */
  readonly yearWord?: string;
  /** ru: the words after the act noun that belong to its name («Республики Казахстан»). */
  readonly country?: readonly string[];
  /** kk: the words before the act noun that belong to its name («Қазақстан Республикасы»). */
  readonly countryBefore?: readonly string[];
  /** en: lower-case words allowed inside an act's name ("the Law on Elections"). */
  readonly nameWords?: ReadonlySet<string>;
  /**
   * The title line of an act other than a constitution («Конституционный закон Республики Казахстан …»,
   * «Қазақстан Республикасының … Конституциялық заңы», "Law of the Republic of Kazakhstan …"), or of a
   * law amending one («О внесении изменений … в Конституцию …», «… енгізу туралы»): such a document cites
   * «the Constitution» as another act (core/cites.ts).
   */
  readonly actTitle: RegExp;
}

/**
 * The words of an amendment bill (core/bill). Every pattern runs on a statement of the bill masked for
 * reading: lower case, «ё» as «е», Latin «i» as «і», and every quotation replaced by \u0001 and spaces of
 * the same length. In `ops`, `{old}`, `{new}`, `{anchor}` and `{text}` stand for one masked quotation
 * (named groups of the same name); `obj` is the inserted unit as written; `pos` is 'after' or 'before'
 * when it is one of `after` / `before`.
 */
export interface BillWords {
  /** The enacting words: «Внести в Конституцию … следующие изменения», «… өзгерістер енгізілсін». */
  readonly intro: RegExp;
  /** A line that ends the instructions: «Статья 2.», «2-бап.», «II.», the signature. */
  readonly end: RegExp;
  /** An item that names the act its sub-items amend (a law amending several acts): «В Закон … «О …»:». */
  readonly actLine: RegExp;
  /** An item saying that only the text in the other language changes (nothing to apply here). */
  readonly otherLanguage: RegExp;
  /**
   * The noun of quoted words or figures in a statement («слова», «цифры», «деген сөз», "the words"): an
   * exclusion with it that reads as no words edit is not a whole unit's exclusion (see bill/read.ts).
   */
  readonly wordsNoun: RegExp;
  /**
   * A line that is only «this language's text is left as it is» (kk «қазақша мәтін өзгеріссіз қалдырылсын»):
   * the statement just before it changes the other language's text only (a capital letter, say).
   */
  readonly thisUnchanged?: RegExp;
  /**
   * A line of quoted new text that reads as a statement of the bill (kk «… мынадай редакцияда жазылсын:», «10-бап
   * алып тасталсын;»; ru «статью 10 исключить;»): the quotation before it was not closed (bill-quote-unclosed).
   */
  readonly statementLine: RegExp;
  /** The operations, most specific first. */
  readonly ops: ReadonlyArray<{ readonly kind: InstructionKind; readonly re: string }>;
  /**
   * The verb of «add the words» for an instruction that names a unit and quotes words but has no verb
   * (item 18 of the 1998 kk law: «94-баптың 1-тармағы "…".»): written before the quotation («дополнить
   * словами ») or after it (« сөздерімен толықтырылсын»), as the append operation of `ops` reads it.
   */
  readonly appendVerb: { readonly before?: string; readonly after?: string };
  /**
   * Which occurrences of the words a word edit means («во втором случае», «в первом и третьем случаях»,
   * «екінші жағдайда»): a regular expression source, `{occ}` in `ops`; its ordinals are the occurrences.
   */
  readonly occurrence: string;
  /** Words for the word positions of an insertion: «после» / «кейін» (after), «перед» / «бұрын» (before). */
  readonly after: ReadonlySet<string>;
  readonly before: ReadonlySet<string>;
  /**
   * Parts of a unit: «часть», «бөлік». An ordinal part («часть вторая») is an unnumbered part of the unit;
   * a numbered one («часть 1-1», «1-1-бөлік»), or a part with an indent inside it («абзац первый части
   * первой»), is a code's numbered part («1.»), the paragraph level of the unit model.
   */
  readonly part: RegExp;
  /** Indents (a paragraph of text inside a unit): «абзац»; an unnumbered part. */
  readonly indent: RegExp;
  /** The heading of an article: «заголовок статьи», «баптың тақырыбы» (a whole word). */
  readonly title: RegExp;
  /** An article's text beside its heading: «заголовок и текст статьи 14», «14-баптың тақырыбы мен мәтініндегі» (a whole word). */
  readonly text: RegExp;
  /** The act's table of contents: «в оглавлении», «мазмұнында» (a whole word). */
  readonly contents: RegExp;
  /** Tens before an ordinal word, for languages that write «он бірінші» (eleventh) in two words. */
  readonly tens?: ReadonlyMap<string, number>;
  /** Words that join a list of numbers or ordinals: «и», «или», «және». */
  readonly and: ReadonlySet<string>;
  /**
   * The enacting line names an act other than the Constitution («Внести в Конституционный закон … «О
   * прокуратуре» …», «… Кодексіне … енгізілсін»): tested on the line up to its first bracket.
   */
  readonly otherAct: RegExp;
  /**
   * The language writes a subparagraph's number before its noun («3) тармақшасы»), so a statement that opens
   * «3) тармақшасы …» names its target and is not sub-item 3).
   */
  readonly subparagraphNumberFirst: boolean;
  /** What is cut from an enacting line to name the other act it amends (the verb, «следующие изменения …»). Global: used with replace only. */
  readonly otherActTrim: RegExp;
  /** An act line naming a code («В Уголовный кодекс …:», «… Кодексіне …:»): its articles' parts are numbered («1.»). */
  readonly code: RegExp;
  /** Sentences: «предложение», «сөйлем». */
  readonly sentence: RegExp;
  /** «последнее», «соңғы». */
  readonly last: RegExp;
  /** The heading of a section: «заголовок раздела VI» (group `n`). */
  readonly heading: RegExp;
  /** The whole text of the act: «по всему тексту», «бүкіл мәтін бойынша». */
  readonly everywhere: RegExp;
  /**
   * A chapter named by its number anywhere in a statement («главы 6», «6-тараудың», «IV тарау»; group `n`): with
   * `everywhere`, the words are the chapter's («6-тараудың … бүкіл мәтіні бойынша», session 25).
   */
  readonly chapterNamed: RegExp;
  /**
   * A row or column of a table («строку 1.53. таблицы», «1.53-жолы», "row"): not a unit the reader has, so a
   * statement naming one is unreadable (session 25: «строку 1.53. таблицы статьи 471 исключить» excluded the article).
   */
  readonly row: RegExp;
  /**
   * An appendix of the act («в приложении 1 в пункте 73», «пункт 5 приложения 2», kk «1-қосымшада 73-тармақта»): no
   * unit the reader has, so a statement naming one is unreadable (session 25: read as the act's paragraph 73).
   */
  readonly annex: RegExp;
  /** The heading of a chapter: «заголовок главы 3-2», «3-2-тараудың тақырыбы» (group `n`). */
  readonly chapterHeading: RegExp;
  /** A whole chapter, its articles with it («главу 5 исключить», kk «5-тарау алып тасталсын»): its number as `n`. */
  readonly chapterWhole?: RegExp;
  /** The act's preamble: «преамбулу», «в преамбуле», «преамбуладағы». */
  readonly preamble: RegExp;
  /**
   * Where the words of a word edit were looked for, as the words-not-found and ambiguous messages put it
   * (ru «в {…} акта нет слов»: «структурной единице 5.2», «преамбуле», «заголовке раздела VI»).
   */
  /** The unit a bill's target names that the act lacks (`bill-target-missing`): a unit's numbers, the preamble, a section or chapter. */
  readonly missing: BillUnitPhrases;
  /** Why a bill of another act («Внести в Закон «О выборах» …») is not checked: `act` is the act as the bill names it. */
  readonly otherActReason: (act: string) => string;
  readonly wordsIn: { readonly unit: (numbers: string) => string; readonly preamble: string; readonly section: (n: string) => string; readonly everywhere: string };
  /**
   * A bill's target as the subject of the order and twice-amended messages (ru «{…} изменяется и пунктом 3»):
   * «структурная единица 5.2», «преамбула», «заголовок раздела VI», «заголовок главы 3», the whole act.
   */
  readonly subject: BillUnitPhrases;
  /**
   * A statement that sets the whole act out in a new edition («Конституцию Республики Казахстан изложить в
   * новой редакции …», kk «… жаңа редакцияда жазылсын»), on a line of the folded text (flag `m`, anchored at
   * a line start). Group `appendix`: the text is in the appendix (`appendix` heading below); without it the
   * text is the quotation that follows the statement.
   */
  readonly newEdition?: RegExp;
  /** The heading line of the bill's appendix that holds the act's new edition («Приложение к настоящему Закону»). */
  readonly appendix?: RegExp;
  /** Why a generated bill sets the act out in a new edition (core/bill/amend.ts), one reason in this language. */
  readonly newEditionReason?: (r: NewEditionReason) => string;
  /**
   * The law's own date and number, in its header or signature block («от 21 мая 2007 года № 254-III»,
   * «Астана, Акорда, 21 мая 2007 года № 254-III»; kk «2007 жылғы 21 мамырдағы № 254-III»): groups `d`,
   * `y`, `n` (optional), and `mm` (digits) or `mon` (a month word, one of `months`).
   */
  readonly enacted?: RegExp;
  /** Month words, January first, as `enacted` writes them (a word starting with one counts). */
  readonly months?: readonly string[];
  /** The law's entry into force as the consolidated texts quote it in a note (group `e`). */
  readonly entry?: RegExp;
  /**
   * The note of a unit excluded by a law whose date the bill gives, as the consolidated texts (Adilet)
   * write it: for an article, the line under its heading («Сноска. Статья 84 исключена Законом РК от …»);
   * for a paragraph or subparagraph, its text after the number (a subparagraph's without its final mark).
   */
  excludedBy?(kind: 'article' | 'paragraph' | 'subparagraph', heading: string, law: EnactedLaw): string;
  /** Hover on an instruction (the UI language): the headings of the unit before and after, the kinds. */
  /** The hover on an instruction, and its code lens («✓ applies», «✗ does not apply — …»). */
  readonly hover?: {
    readonly before: string; readonly after: string; readonly applies: string; readonly notApplied: string; readonly kinds: Readonly<Record<InstructionKind, string>>;
    /**
     * A law that amends an earlier edition than the act's checked here (core/bill/check.ts earlierEdition):
     * an instruction whose result that edition already has, and one not checked against it.
     */
    readonly inEdition: (date: string) => string;
    readonly notChecked: string;
    /** The target of a new edition of the whole act («Конституция в целом»). */
    readonly wholeAct: string;
    /** A new edition's hover: how many articles it rewrites, adds and drops against the act in force. */
    readonly wholeSummary: (amended: number, added: number, dropped: number) => string;
  };
  /** How a generated bill words its instructions (core/bill/amend.ts); absent: this language does not write bills. */
  readonly write?: BillWriting;
}

/** A unit of the act as a generated bill names it: the levels from the article down, numbers as written. */
export interface BillPath {
  readonly article: string;
  readonly paragraph?: string;
  readonly subparagraph?: string;
}

/** A law's date («21.05.2007»), number («254-III») and entry into force, as its text gives them. */
export interface EnactedLaw {
  readonly date: string;
  readonly number?: string;
  readonly entry?: string;
}

/** What a generated bill amends outside the articles: the preamble, or a section's heading (its numeral). */
export type BillFrame = { readonly preamble: true } | { readonly section: string };

/**
 * The phrases of a generated amendment bill (Law No. 480-V drafting style, as the real laws write them).
 * `rel` paths drop the article when the item's context line («В статье 39:», «39-бапта:») already names it.
 * Every statement is written without its item number and final punctuation; quotations are given as
 * they are and quoted by `quote`.
 */
export interface BillWriting {
  /** The bill's title: «О внесении изменений … в Конституцию …» for these kinds of change. */
  title(changes: boolean, additions: boolean): string;
  /** The enacting line after «Статья 1.» / «1-бап.» */
  enacting(changes: boolean, additions: boolean): string;
  /** The article of the bill: «Статья 1.», «1-бап.» */
  billArticle(n: number): string;
  /** The closing article's text (entry into force). */
  entry: string;
  /** ««…»» */
  quote(text: string): string;
  /** The context line of an item on one article: «В статье 39:», «39-бапта:». */
  context(article: string): string;
  /** «Пункт 3 статьи 2 изложить в следующей редакции:» */
  replaceUnit(path: BillPath, rel: boolean): string;
  /**
   * Several units of one parent rewritten in one statement, as the 2007 law writes them: «Пункты 2 и 3
   * статьи 50 изложить в следующей редакции:», «подпункты 5) и 6) изложить …»; kk «50-баптың 2 және
   * 3-тармақтары мынадай редакцияда жазылсын:», «5) және 6) тармақшалар …». The paths share every level
   * but the last.
   */
  replaceUnits(paths: readonly BillPath[], rel: boolean): string;
  /** «Пункт 2 статьи 43 исключить» */
  deleteUnit(path: BillPath, rel: boolean): string;
  /** «Статью 43 дополнить пунктами 3 и 4 следующего содержания:»; `parent` undefined for articles. */
  insertUnits(parent: BillPath | undefined, kind: 'article' | 'paragraph' | 'subparagraph', numbers: readonly string[], rel: boolean): string;
  /** «в пункте 1 статьи 4 слово «…» заменить словом «…»» */
  replaceWords(path: BillPath, rel: boolean, old: string, replacement: string): string;
  /** «в пункте 1 статьи 5 слова «…» исключить» */
  deleteWords(path: BillPath, rel: boolean, old: string): string;
  /** «Пункт 3 статьи 47 после слова «…» дополнить словами «…»»; `anchor` undefined: at the end. */
  insertWords(path: BillPath, rel: boolean, anchor: string | undefined, position: 'after' | 'before', words: string): string;
  /**
   * Several word edits of one unit in one statement, as the real laws write them («в пункте 2 слова «…»
   * заменить словами «…», слова «…» исключить»; kk «… ауыстырылып, … алып тасталсын»): the unit, then
   * the clauses; `last` is the statement's last clause.
   */
  wordsAt(path: BillPath, rel: boolean): string;
  /**
   * The same word edits in several units of one parent, as the referendum amendments of 2022 write them
   * (item 24: «в пунктах 1 и 2 слово «Совет» заменить словом «Суд»»; kk «1 және 2-тармақтардағы «Кеңес»
   * деген сөз …»): «в пунктах 1 и 2 статьи 72», «72-баптың 1 және 2-тармақтарындағы».
   */
  wordsAtMany(paths: readonly BillPath[], rel: boolean): string;
  replaceClause(old: string, replacement: string, last: boolean): string;
  deleteClause(old: string, last: boolean): string;
  insertClause(anchor: string | undefined, position: 'after' | 'before', words: string, last: boolean): string;
  /** Upper-cases the first letter of a statement that opens an item. */
  capital(s: string): string;
  /**
   * The preamble or a section's heading as a statement names it: `subject` (ru accusative «преамбулу»,
   * «заголовок раздела VI»; kk nominative «преамбула», «VI бөлімнің тақырыбы»), or `in` for word edits
   * («в преамбуле», «в заголовке раздела VI»; «преамбуладағы», «VI бөлімнің тақырыбындағы»).
   */
  frame(place: BillFrame, form: 'subject' | 'in'): string;
  /** «Преамбулу изложить в следующей редакции:», «VII бөлімнің тақырыбы мынадай редакцияда жазылсын:». */
  replaceFrame(place: BillFrame): string;
  /**
   * An unnumbered part of a unit rewritten, as the referendum amendments of 2022 write it (item 13):
   * «Часть третью пункта 5 статьи 52 изложить в следующей редакции:», kk «52-баптың 5-тармағының үшінші
   * бөлігі мынадай редакцияда жазылсын:»; `part` is 1-based (at most 10).
   */
  replacePart(path: BillPath, part: number, rel: boolean): string;
  /**
   * A new edition of the whole act, when the changes cannot be expressed unit by unit: the statement of
   * «Статья 1.», the new text quoted after it («Конституцию Республики Казахстан изложить в новой
   * редакции:») or in the law's appendix («… изложить в новой редакции согласно приложению к настоящему
   * Закону»), and the appendix's heading.
   */
  newEdition(appendix: boolean): string;
  appendix: string;
}

/** What an instruction-level bill cannot express (core/bill/amend.ts): the reason for a new edition. */
export type NewEditionReason =
  /** Articles the new text lacks: a bill excludes them and keeps their numbers with exclusion notes. */
  | { readonly kind: 'excluded'; readonly articles: readonly string[] }
  /** Sections the new text adds, or removes. */
  | { readonly kind: 'sections-added' | 'sections-removed'; readonly sections: readonly string[] }
  /** Articles that begin another section in the new text (the sections' bounds move). */
  | { readonly kind: 'sections-moved'; readonly articles: readonly string[] }
  /** The title lines (a draft marker, the record of adoption). */
  | { readonly kind: 'title' }
  /** A preamble added or removed. */
  | { readonly kind: 'preamble-added' | 'preamble-removed' }
  /** Only what is not legal text differs: publication notes, blank lines and indents, the wording of exclusion notes. */
  | { readonly kind: 'notes' }
  /** Anything else that applying the bill does not reproduce: the first line that differs (1-based). */
  | { readonly kind: 'text'; readonly line: number };

export type InstructionKind = 'replace-unit' | 'insert-unit' | 'delete-unit' | 'replace-words' | 'insert-words' | 'delete-words';

export interface Lexicon {
  readonly lang: Lang;

  // ── units ──
  /** Unit nouns in messages: 'статья', 'бап', 'article'. */
  readonly unitNames: Readonly<Record<UnitKind, string>>;
  /** Heading-style name of one unit: «Статья 12», «12-бап», "Article 12", «Раздел I», «1-тармақ». */
  unitHeading(kind: UnitKind, n: string): string;
  /** A paragraph or subparagraph inside an address: «пункт 3», «3-тармақ», "paragraph 3". */
  unitInAddress(kind: 'paragraph' | 'subparagraph', n: string): string;
  /** A unit inside a description of where a citation points: «статья 63», «63-бап», "article 63". */
  unitRef(kind: CitedUnit, n: string): string;
  /** The `parent` argument of a subparagraph message: «статья 12», «пункт 3 статьи 12». */
  parentArticle(a: string): string;
  parentParagraph(a: string, p: string): string;
  readonly preamble: string;
  /** «ст. 13» / «13-бап» / "Art. 13"; several: «ст. 31, 38» / «31, 38-баптар» / "Arts. 31, 38". */
  articleShort(ns: readonly string[]): string;
  /** A paragraph of a table cell: «п. 2», «пп. 1)», «часть» (unnumbered). */
  paragraphShort(label: string): string;
  readonly unitForms: Readonly<Record<UnitKind, UnitForms>>;

  // ── parsing ──
  readonly headings: { readonly article: HeadingForm; readonly chapter: HeadingForm; readonly section: HeadingForm };
  readonly markup: MarkupWords;
  readonly scan: ScanWords;
  /** The exclusion notes written by "Keep as excluded" (the forms the parser reads as excluded). */
  readonly excluded: { readonly article: string; readonly paragraph: string };

  // ── amendment bills ──
  readonly bill: BillWords;

  // ── messages ──
  /** Diagnostic messages; `{name}` placeholders are replaced by arguments. */
  readonly messages: Readonly<Record<Code, string>>;
  /** The `{detail}` of section-numeral-invalid: why a section number is not a Roman numeral, by kind (parser.ts). */
  readonly numeralProblems: Readonly<Record<'mixed' | 'homoglyph' | 'arabic', string>>;
  /** Names of invisible characters in text-invisible-character messages, by code point ("U+00AD"). */
  readonly invisibleNames: Readonly<Record<string, string>>;
  /**
   * Why a prior constitution cannot be used, from the English reason (prior-loader.ts); none in English.
   * `text` is a replacement pattern ($1) or a function of the groups.
   */
  readonly priorReasons: readonly { readonly re: RegExp; readonly text: Reworded }[];

  /**
   * Why a request of the client (the comparative table, its export, the prior's text) failed. `{id}`: a
   * prior constitution, `{lang}`: a language code, `{reason}`: a prior reason (translated by priorReasons),
   * `{format}`: an export format.
   */
  readonly requestErrors: Readonly<Record<RequestError, string>>;

  // ── the command line ──
  readonly cli: CliWords;

  // ── counted nouns ──
  readonly plurals: {
    readonly cited: PluralForms;
    /** Accusative after «и»: «и 1 ссылку», «и 3 ссылки». */
    readonly references: PluralForms;
    readonly numbers: PluralForms;
    readonly citations: PluralForms;
    /** `{n}`: the count, `{a}`: the article («3 ссылки на статью 62», «62-бапқа 3 сілтеме»). */
    readonly citationsOf: PluralForms;
    /** `{x}`: the numbers. */
    readonly free: PluralForms;
    readonly invisibleChars: PluralForms;
    readonly places: PluralForms;
  };
  /** «нет ссылок» / "no references". */
  readonly noReferences: string;
  /** «…и ещё 3». */
  more(n: number): string;
  readonly citedInDocument: string;
  readonly nothing: string;
  /** `{n}`: the number after renumbering. */
  readonly afterRenumbering: string;

  // ── renumbering and rename ──
  readonly renumber: RenumberWords;

  // ── code action titles ──
  /** `{name}` placeholders; `{refs}` of `fixRefs` and `refs`: a counted phrase («3 ссылки»). */
  readonly actions: Readonly<Record<ActionTitle, string>>;

  // ── completion of unit numbers in citations ──
  readonly completion: CompletionWords;

  // ── comparative table ──
  readonly table: TableWords;
  // ── language versions of one act (core/parallel) ──
  readonly parallel: ParallelWords;
}

/**
 * Where a unit number is expected while a citation is typed (core/features/completion.ts): regular
 * expressions on the text before the cursor on its line (`before`) or after it (`after`). The shape
 * follows the language's citations (ScanWords.order).
 */
export type CompletionWords = NounFirstCompletion | NumberFirstCompletion;

/** «пункта 2 статьи |», "paragraph 2 of Article |": the unit noun, then its number. */
export interface NounFirstCompletion {
  readonly order: 'noun-first';
  /** `before` ends in an article noun and the numbers typed so far: «статьями 12, |», "Articles 11, |". */
  readonly article: RegExp;
  /** The text before that noun makes it relative («настоящей статьи», "this Article"): no list of articles. */
  readonly relativeBefore: RegExp;
  /** `before` ends in «пункта 2 статьи |»: m[1] is the paragraph; only articles that have it are offered. */
  readonly paragraphOfArticle: RegExp;
  /** `before` ends in a paragraph noun and the numbers typed so far. */
  readonly paragraph: RegExp;
  /** `before` ends in a subparagraph noun and the numbers typed so far. */
  readonly subparagraph: RegExp;
  /** `after` names the article of the unit being typed: m[1] its number, or m[2] «настоящей» / "this". */
  readonly afterArticle: RegExp;
  /** `after` names the paragraph (m[1]) and its article: m[2] a number, or none for «настоящей статьи» / "this Article". */
  readonly afterParagraph: RegExp;
  /** How a subparagraph number is inserted: «4)». */
  insertSubparagraph(n: string): string;
  /** Words typed after a unit noun that do not start a number (another act, a relative word, a conjunction), as prefixes. */
  readonly notANumber: readonly string[];
}

/** «44-бабының 3-тармағының |»: the larger unit first, the number before the inflected noun. */
export interface NumberFirstCompletion {
  readonly order: 'number-first';
  /** `before` ends where an article is cited: «Конституцияның |». */
  readonly articles: RegExp;
  /** `before` ends in an article: «44-бабының |» (m[1] its number) → its paragraphs. */
  readonly paragraphsOf: RegExp;
  /** `before` ends in «осы баптың |» → the paragraphs of the current article. */
  readonly thisParagraphs: RegExp;
  /** `before` ends in a paragraph of an article: m[1] the article's number or m[2] «осы», m[3] the paragraph → its subparagraphs. */
  readonly subparagraphsOf: RegExp;
  /** `before` ends in a bare number and a hyphen, «44-|» (m[1]): articles whose number starts so, replacing it. */
  readonly bare: RegExp;
  /** How the chosen unit is inserted, inflected as the chain needs: «44-бабы», «3-тармағында», «4) тармақшасында». */
  readonly insert: { article(n: string): string; paragraph(n: string): string; subparagraph(n: string): string };
  /** Words typed after a unit noun that do not start a number, as prefixes. */
  readonly notANumber: readonly string[];
}

export interface ParallelWords {
  /**
   * Number words by form (lower case, ё as е), built with `numberWords`: a number ("5") or a fraction's
   * denominator ("/3": «трети», «үштен», "thirds") (lang/numbers.ts). Not «один» / «бір» / "one": they are also articles,
   * pronouns and parts of other words: "+1" («бір», "one") counts only after tens («он бір» = 11).
   * A form ending in `*` is a stem, followed by one of `stemEndings`.
   * Not the ordinal "second" («второй», «екінші»): "second" also renders «повторное» ("a second ballot").
   */
  readonly numbers: Readonly<Record<string, string>>;
  /** Endings after a stem entry of `numbers` («втор*» + «ого»). */
  readonly stemEndings: readonly string[];
  /**
   * The nouns a Roman number goes with, which makes it a figure (lower case, the start of the word): ru «статьи V,
   * параграфа I» after the noun, kk «V бабының», «ІІ бөлім» before it (`romanBefore`), en "Article V" after it
   * (session 25: «параграфа I» against «1-параграфының» was «different figures»).
   */
  readonly romanNouns: RegExp;
  readonly romanBefore: boolean;
  /**
   * Number words read otherwise before the words listed: the value they take there ('' for none): kk
   * «тоқсан сайын» "every quarter" (not 90), «оннан бір» one tenth "/10" (not 10 and 1). Lower case; the next
   * word is compared whole.
   */
  readonly numberBefore?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The languages' names in messages («в казахской версии», «Қазақ нұсқасында», "the Kazakh version"). */
  readonly languages: Readonly<Record<Lang, string>>;
  /** parallel-unit-missing, on the version that has the unit (`here`) and on the one that lacks it (`there`). */
  readonly side: { readonly here: string; readonly there: string };
  /** The hover's heading for the other version's text («Казахская версия»), by that version's language. */
  readonly titles: Readonly<Record<Lang, string>>;
  /** The hover's link to the other version («Открыть»). */
  readonly open: string;
  /** The side-by-side view (*Compare Language Versions*): its title, the divergences column, the summary line. */
  tableTitle(langA: Lang, langB: Lang, name: string): string;
  readonly divergencesHeader: string;
  summary(rows: number, diverging: number): string;
}

/** Codes of the renumbering and rename errors and warnings (core/features/renumber.ts EDIT_CODES). */
export type EditCode =
  | 'rename-no-number'
  | 'rename-unresolved'
  | 'rename-invalid-number'
  | 'rename-collision'
  | 'rename-breaks-reference'
  | 'renumber-reference-changed'
  | 'rename-unchanged'
  | 'renumber-range-broken'
  | 'renumber-unresolved-captured'
  | 'renumber-repointed'
  | 'renumber-article-not-found';

/** Messages of renumbering and rename (errors shown by F2 and the Renumber command, warnings in its preview). */
export interface RenumberWords {
  /**
   * `{unit}`: a unit name (article, paragraph…); `{number}`, `{from}`, `{to}`, `{line}`, `{reference}`,
   * `{before}`, `{after}`, `{count}`; `{where}`: where a colliding number is (see `where`); `{reason}`: one
   * of `reasons`; `{references}`: `{count}` counted with `plurals.references`.
   */
  readonly messages: Readonly<Record<EditCode, string>>;
  /** Why a range cannot be rewritten. */
  readonly reasons: Readonly<Record<'endpoint' | 'order', string>>;
  /** «в статье 5» → the `{where}` of rename-collision: " in article 5", « (статья 5)». */
  where(place: string): string;
}

/** The summary lines of `atazan lint` (on stderr). */
export interface CliWords {
  /** `{file}`, `{lang}`, then the counted phrases `{sections}`, `{articles}`, `{references}`, `{resolved}` (a bare number), `{problems}`. */
  readonly fileSummary: string;
  /** `{errors}`, `{warnings}`, `{files}`: counted phrases; `{n}`: the number of files. */
  readonly total: string;
  readonly counts: Readonly<Record<'sections' | 'articles' | 'references' | 'problems' | 'errors' | 'warnings' | 'files', PluralForms>>;
}

export type RequestError = 'priorCannotOpen' | 'priorCannotUse' | 'noDocument' | 'notOpen' | 'unknownFormat' | 'billLanguage';

export type ActionTitle =
  | 'fix' | 'fixRefs' | 'refs' | 'from' | 'repoints' | 'keepFree' | 'keepExcluded' | 'keepExcludedParagraph'
  | 'keepExcludedMany' | 'normalise' | 'replace' | 'digits' | 'summary'
  | 'removeInvisible' | 'replaceNbsp' | 'cleanAll' | 'migrate' | 'addVerb';

export interface TableWords {
  readonly headers: readonly [string, string, string, string];
  title(priorLabel: string): string;
  readonly status: Readonly<Record<RowStatusName, string>>;
  /** The tool's finding about a row: «Редакция изменена», «Перенесена из статьи 12». */
  note(status: RowStatusName, prior: readonly string[]): string;
  readonly similarity: string;
  readonly pinned: string;
  readonly none: string;
  readonly deleted: string;
  readonly dropped: string;
  noPriorArticle(n: string): string;
  /** The legend of the HTML table: deleted text, new text. */
  readonly legend: readonly [string, string];
  /** The DOCX legend's lead word («Обозначения: »). */
  readonly legendLead: string;
  open(label: string, art: string): string;
  readonly changes: string;
  readonly noChanges: string;
  newNote(label: string): string;
  /** The title of the table view («Сравнительная таблица»). */
  readonly viewTitle: string;
  /** The comparative table of an amendment bill (core/bill/table.ts). */
  readonly bill: BillTableWords;
}

/** The comparative table of an amendment bill: its title and the structural-unit cell. */
export interface BillTableWords {
  /** «Сравнительная таблица к проекту Закона «{title}»», or, for a bill without a title, to the act. */
  title(billTitle: string | undefined, act: string): string;
  /** The unit as the first column names it: «Подпункт 1) пункта 2 статьи 44», «44-баптың 2-тармағының 1) тармақшасы». */
  unit(path: Partial<BillPath>): string;
  /** The heading of a section («Заголовок раздела VI»). */
  section(n: string): string;
  /** A chapter's heading («Заголовок главы 5»), or the whole chapter («Глава 5»). */
  chapter(n: string, whole: boolean): string;
  /** The tooltip of a row whose instruction did not apply. */
  readonly notApplied: string;
}

export const LEXICONS: Readonly<Record<Lang, Lexicon>> = { ru, kk, en };

/** The lexicon of a language (Russian for anything unknown, as the parser's default). */
export function lexicon(lang: Lang): Lexicon {
  return Object.prototype.hasOwnProperty.call(LEXICONS, lang) ? LEXICONS[lang] : ru;
}

/** Every lexicon, in a fixed order (ru, kk, en). */
export const ALL_LEXICONS: readonly Lexicon[] = [ru, kk, en];

export type Reworded = string | ((match: string, ...groups: string[]) => string);

/** «a or b» (bundled ids, language codes) with another word for «or». */
export function orList(list: string, word: string): string {
  return list.split(' or ').join(` ${word} `);
}

/** A bill's target named by kind (Lexicon `bill.missing`, `bill.subject`): a unit's numbers, the preamble, a section's or a chapter's heading. */
export interface BillUnitPhrases {
  readonly unit: (numbers: string) => string;
  readonly preamble: string;
  readonly section: (n: string) => string;
  readonly chapter: (n: string) => string;
}

/** Replaces `{name}` placeholders with arguments (missing ones with ''). */
export function fill(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? ''));
}
