// The English lexicon (see index.ts). Pure data.

import type { Lexicon, NounInfo, UnitForms, UnitKind } from './index';
import { numberWords } from './numbers';
import { NUM, SKIP, typedList } from './completion';

const NOUNS = new Map<string, NounInfo>([
  ['article', { unit: 'article', plural: 'sg' }],
  ['articles', { unit: 'article', plural: 'pl' }],
  ['paragraph', { unit: 'paragraph', plural: 'sg' }],
  ['paragraphs', { unit: 'paragraph', plural: 'pl' }],
  ['subparagraph', { unit: 'subparagraph', plural: 'sg' }],
  ['subparagraphs', { unit: 'subparagraph', plural: 'pl' }],
  ['sub-paragraph', { unit: 'subparagraph', plural: 'sg' }],
  ['sub-paragraphs', { unit: 'subparagraph', plural: 'pl' }],
]);
const ABBREVIATIONS = new Map<string, NounInfo>([
  ['art', { unit: 'article', plural: 'sg' }],
  ['arts', { unit: 'article', plural: 'pl' }],
  ['para', { unit: 'paragraph', plural: 'sg' }],
  ['paras', { unit: 'paragraph', plural: 'pl' }],
]);
/** "part one of Article 5": the place of a part written as a cardinal. */
const CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ORDINALS = new Map<string, number>(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'].map((w, i) => [w, i + 1]),
);
const ACTS = new Set([
  'law', 'laws', 'code', 'act', 'decree', 'treaty', 'convention', 'agreement', 'regulation', 'regulations',
  'resolution', 'covenant', 'protocol', 'statute', 'ordinance',
]);

const NAMES: Record<UnitKind, string> = { section: 'section', chapter: 'chapter', article: 'article', paragraph: 'paragraph', subparagraph: 'subparagraph' };
const HEADINGS: Record<UnitKind, string> = { section: 'Section', chapter: 'Chapter', article: 'Article', paragraph: 'Paragraph', subparagraph: 'Subparagraph' };
const PLURALS: Record<UnitKind, string> = { section: 'sections', chapter: 'chapters', article: 'articles', paragraph: 'paragraphs', subparagraph: 'subparagraphs' };
const forms = (kind: UnitKind): UnitForms => ({ gen: (n) => `${NAMES[kind]} number ${n}`, abl: (n) => n, pl: PLURALS[kind] });

export const en: Lexicon = {
  lang: 'en',
  unitNames: NAMES,
  unitHeading: (kind, n) => `${HEADINGS[kind]} ${n}${kind === 'subparagraph' ? ')' : ''}`,
  unitInAddress: (kind, n) => (kind === 'paragraph' ? `paragraph ${n}` : `subparagraph ${n})`),
  unitRef: (kind, n) => `${NAMES[kind]} ${n}`,
  parentArticle: (a) => `article ${a}`,
  parentParagraph: (a, p) => `paragraph ${p} of article ${a}`,
  preamble: 'Preamble',
  articleShort: (ns) => (ns.length > 1 ? `Arts. ${ns.join(', ')}` : `Art. ${ns.join(', ')}`),
  paragraphShort: (label) => (!label ? 'part' : label.endsWith(')') ? `subpara. ${label}` : `para. ${label}`),
  unitForms: { section: forms('section'), chapter: forms('chapter'), article: forms('article'), paragraph: forms('paragraph'), subparagraph: forms('subparagraph') },

  headings: {
    article: { order: 'word-number', words: ['Article'] },
    chapter: { order: 'word-number', words: ['Chapter'] },
    section: { order: 'word-number', words: ['Section', 'Part'] },
  },
  markup: {
    definitionsTitle: /^(?:the\s+)?(?:basic|main|key)\s+(?:concepts|terms|definitions)\b|(?:concepts|terms)\s+(?:used|contained)\s+in\s+this\b|^definitions$/iu,
    termEnding: 2,
    notes: ['Footnote', 'Note of the RCLI', 'Note of RCLI', 'Note of the IZPI'],
    noteEndings: ['(see the previous version)', '(see the previous edition)'],
    parenthesisNote: ['as amended', 'amended by', 'excluded by', 'supplemented by', 'the Law'],
    gazettes: ['Gazette of the Parliament', 'Gazette of the Supreme Council', 'Vedomosti'],
    signature: ['President of the Republic of Kazakhstan', 'The President of the Republic of Kazakhstan'],
    subchapter: ['Paragraph', '§'],
    headingNumeral: (w) => ORDINALS.get(w) ?? 0,
    letters: 'abcdefghijklmnopqrstuvwxyz',
    amending: ['amendments', 'shall be introduced'],
    citedAfterNumber: [],
    home: ['Kazakhstan'],
    foreign: ['Russian Federation', 'Kyrgyz Republic'],
  },
  scan: {
    order: 'noun-first',
    levelJoiner: 'of',
    definiteArticle: 'the',
    noun: (w) => NOUNS.get(w) ?? null,
    nounPrefix: /^(?:sub)?paragraphs?$|^articles?$/iu,
    abbreviations: ABBREVIATIONS,
    isRelative: (w) => w === 'this' || w === 'present',
    listSeparators: new Set(['and', 'or']),
    groupSeparators: new Set(['and', 'or', 'as', 'well']),
    ordinal: (w) => ORDINALS.get(w) ?? 0,
    ordinalAfterNoun: false,
    ordinalLead(before) {
      const m = /(^|[^\p{L}])([Tt])he(\s+)$/u.exec(before);
      return m ? { take: 3 + m[3].length, write: '', capital: m[2] === 'T' } : null;
    },
    isPartWord: (w) => w === 'part' || w === 'parts' || w === 'line' || w === 'sentence' || w === 'subsection',
    isPartNoun: (w) => w === 'part' || w === 'parts',
    partValue: (w) => ORDINALS.get(w) ?? CARDINALS.indexOf(w) + 1,
    partTens: new Map([['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90]]),
    mayCite: /[aA][rR][tT][iIsS.]|[pP][aA][rR][aA]/,
    acts: {
      isConstitution: (w) => w === 'constitution',
      isAdopted: (w) => w === 'adopted',
      actTitle: /^(?:the\s+)?(?:constitutional\s+law|law|code|decree|resolution|normative\s+resolution)\s+of\s+the\s(?:[^.]*\s)?republic\s+of\s+kazakhstan(?:\s+(?:dated|of|from)\s|[.,]?$)|^on\s+(?:introducing\s+)?amendments?\s/iu,
      isAct: (w) => ACTS.has(w),
      isActAdjective: () => true,
      nameWords: new Set(['on', 'of', 'the', 'and']),
    },
  },
  excluded: { article: 'Excluded.', paragraph: 'Excluded.' },

  completion: (() => {
    const list = typedList(['and', 'or']);
    return {
      order: 'noun-first' as const,
      article: new RegExp(String.raw`(?:^|[^\p{L}])(articles?)\s+${list}$`, 'iu'),
      relativeBefore: /\b(?:this|the\s+same)\s+$/i,
      paragraphOfArticle: new RegExp(String.raw`paragraphs?\s+\(?(${NUM})\)?\s+of\s+(?:the\s+)?articles?\s+$`, 'iu'),
      paragraph: new RegExp(String.raw`(?:^|[^\p{L}])(paragraphs?)\s+${list}$`, 'iu'),
      subparagraph: new RegExp(String.raw`(?:^|[^\p{L}])(subparagraphs?)\s+${list}$`, 'iu'),
      afterArticle: new RegExp(String.raw`^${SKIP}\s*of\s+(?:the\s+)?(?:article\s+(${NUM})|(this)\s+article)`, 'iu'),
      afterParagraph: new RegExp(String.raw`^${SKIP}\s*of\s+(?:the\s+)?paragraph\s+\(?(${NUM})\)?\s+of\s+(?:the\s+)?(?:article\s+(${NUM})|(this)\s+article)`, 'iu'),
      insertSubparagraph: (n: string) => `${n})`,
      notANumber: ['of', 'the', 'this', 'law', 'code', 'constitution', 'act', 'and'],
    };
  })(),
  bill: {
    hover: {
      before: 'In force', after: 'After the amendment', applies: 'Applies', notApplied: 'Does not apply',
      inEdition: (d) => `Already in the edition of ${d}`, notChecked: 'Not checked: the law amends an earlier edition',
      kinds: { 'replace-unit': 'new wording', 'insert-unit': 'insertion', 'delete-unit': 'exclusion', 'replace-words': 'words replaced', 'insert-words': 'words added', 'delete-words': 'words deleted' },
      wholeAct: 'the whole act',
      wholeSummary: (a, n, d) => `articles amended: ${a}, new: ${n}, dropped: ${d}`,
    },
    newEditionReason: (r) => {
      const list = (xs: readonly string[]) => xs.join(', ');
      switch (r.kind) {
        case 'excluded': return `articles ${list(r.articles)} would remain as exclusion notes (a bill never renumbers)`;
        case 'sections-added': return `sections ${list(r.sections)} added`;
        case 'sections-removed': return `sections ${list(r.sections)} removed`;
        case 'sections-moved': return `articles ${list(r.articles)} begin another section (a bill does not move articles between sections)`;
        case 'title': return 'the title lines differ';
        case 'preamble-added': return 'a preamble added';
        case 'preamble-removed': return 'the preamble removed (a bill rewrites a preamble, it does not remove one)';
        case 'notes': return 'only publication notes, layout or the wording of exclusion notes differ (not legal text)';
        case 'text': return `the applied bill differs from the edited copy from line ${r.line}`;
      }
    },
    intro: /\bamend(?:ments?|ed)?\b[^\n]*\bconstitution\b[^\n]*:\s*$|\bthe\s+following\s+(?:amendments|changes)\b/iu,
    end: /^\s*(?:article\s+\d+\s*\.|[ivxlcі]+\.\s|president)/iu,
    actLine: /^(?:in|to)\s+the\s+(?:law|code)\b[^\n]*:\s*$/iu,
    wordsNoun: /\b(?:words?|figures?)\b/u,
    otherLanguage: /text\s+in\s+(?:the\s+)?(?:state|kazakh)\s+language/iu,
    appendVerb: { before: 'add the words ' },
    statementLine: /^(?:in\s+)?(?:article|paragraph|subparagraph|part|chapter|section)\s[^\n]*(?:shall\s+read\s+as\s+follows|read\s+as\s+follows|shall\s+be\s+deleted|deleted)\s*[:;.]?\s*$/iu,
    ops: [
      { kind: 'replace-words', re: String.raw`(?:replace\s+)?the\s+words?\s+{old}(?:shall\s+be\s+replaced\s+)?(?:with|by)\s+(?:the\s+words?\s+)?{new}` },
      { kind: 'insert-words', re: String.raw`(?<pos>after|before)\s+the\s+words?\s+{anchor}(?:insert|add)\s+(?:the\s+words?\s+)?{new}` },
      { kind: 'insert-words', re: String.raw`(?:add|supplement\s+with)\s+the\s+words?\s+{new}` },
      { kind: 'delete-words', re: String.raw`(?:delete\s+)?the\s+words?\s+{old}(?:shall\s+be\s+deleted)?` },
      { kind: 'replace-unit', re: String.raw`(?:read|reworded)\s+as\s+follows\s*:?\s*{text}` },
      { kind: 'insert-unit', re: String.raw`(?:add|insert)\s+(?<obj>[^\u0001:]*?)\s*(?:as\s+follows\s*)?:?\s*{text}` },
      { kind: 'delete-unit', re: String.raw`(?:delete|deleted|repeal|repealed)` },
    ],
    occurrence: String.raw`in\s+the\s+[a-z]+(?:(?:\s*,\s*|\s+and\s+)[a-z]+)*\s+(?:case|place|occurrence)s?`,
    after: new Set(['after']),
    before: new Set(['before']),
    part: /part[a-z]*/iu,
    indent: /indent[a-z]*/iu,
    title: /^(?:heading|title)$/iu,
    contents: /^contents$/iu,
    text: /^text$/iu,
    and: new Set(['and', 'or']),
    otherAct: /\blaw\b|\bcode\b/iu,
    subparagraphNumberFirst: false,
    otherActTrim: /^\s*(?:Introduce|Make)\s+(?:in|to)\s+|\s+the following amendments[\s\S]*$/giu,
    code: /\bcode\b/iu,
    sentence: /sentence[a-z]*/iu,
    last: /^last$/iu,
    heading: /heading\s+of\s+section\s+(?<n>[ivxlcіх]+)/iu,
    everywhere: /throughout\s+the\s+(?:text|act)/iu,
    chapterNamed: /\bchapter\s+(?<n>\d+(?:-\d+)*|[ivxlc]+\b)/iu,
    row: /\b(?:rows?|columns?)\b/iu,
    annex: /\b(?:appendix|appendices|annex(?:es)?)\b/iu,
    chapterHeading: /heading\s+of\s+chapter\s+(?<n>\d+(?:-\d+)*)/iu,
    preamble: /preamble/iu,
    missing: { unit: (n) => `unit ${n} (article.paragraph.subparagraph)`, preamble: 'preamble', section: (n) => `Section ${n}`, chapter: (n) => `Chapter ${n}` },
    otherActReason: (act) => `the bill amends ${act}: bind it to that act's file (<!-- amends: PATH --> or atazan.amendmentBills)`,
    wordsIn: { unit: (n) => `unit ${n}`, preamble: 'the preamble', everywhere: 'the text', section: (n) => `the heading of Section ${n}` },
    subject: { unit: (n) => `unit ${n}`, preamble: 'the preamble', section: (n) => `the heading of Section ${n}`, chapter: (n) => `the heading of Chapter ${n}` },
  },
  messages: {
    'section-number-gap': 'Section {number} follows section {previous}: section {expected} is missing',
    'section-number-duplicate': 'Section {number} is numbered twice: lines {firstLine} and {secondLine}',
    'section-number-order': 'Section {number} comes after section {previous}: sections are out of order',
    'section-numeral-invalid': 'Section number “{number}” is not a valid Roman numeral{detail}',
    'chapter-number-gap': 'Chapter {number} follows chapter {previous}: chapter {expected} is missing',
    'chapter-number-duplicate': 'Chapter {number} is numbered twice: lines {firstLine} and {secondLine}',
    'chapter-number-order': 'Chapter {number} comes after chapter {previous}: chapters are out of order',
    'subchapter-number-gap': 'Paragraph (§) {number} follows § {previous}: § {expected} is missing',
    'subchapter-number-duplicate': '§ {number} is numbered twice: lines {firstLine} and {secondLine}',
    'subchapter-number-order': '§ {number} comes after § {previous}: the subchapters are out of order',
    'article-number-gap': 'Article {number} follows article {previous}: article {expected} is missing',
    'article-number-duplicate': 'Article {number} is numbered twice: lines {firstLine} and {secondLine}',
    'article-number-order': 'Article {number} comes after article {previous}: articles are out of order',
    'paragraph-number-gap': 'Paragraph {number} of article {article} follows paragraph {previous}: paragraph {expected} is missing',
    'paragraph-number-duplicate': 'Paragraph {number} of article {article} is numbered twice: lines {firstLine} and {secondLine}',
    'paragraph-number-order': 'Paragraph {number} of article {article} comes after paragraph {previous}: paragraphs are out of order',
    'subparagraph-number-gap': 'Subparagraph {number}) of {parent} follows subparagraph {previous}): subparagraph {expected}) is missing',
    'subparagraph-number-duplicate': 'Subparagraph {number}) of {parent} is numbered twice: lines {firstLine} and {secondLine}',
    'subparagraph-number-order': 'Subparagraph {number}) of {parent} comes after subparagraph {previous}): subparagraphs are out of order',
    'heading-malformed': 'This line reads as the heading of article {number} written without its unit word: it should be “{heading}. …”',
    'inserted-number-misplaced': 'Inserted {unit} {number} must follow {unit} {base} or another {base}-x, not {previous}',
    'reference-unresolved-article': 'Article {number} does not exist in this document',
    'reference-unresolved-paragraph': 'Article {article} has no paragraph {number}',
    'reference-unresolved-subparagraph': '{parent} has no subparagraph {number})',
    'reference-unresolved-part': '{parent} has no part {number} (parts: {count})',
    'reference-range-invalid': 'The range {from}–{to} is reversed or empty',
    'reference-ambiguous': 'Article {number} is numbered twice: this citation could mean either',
    'reference-to-excluded': 'Reference to {target}, which is excluded',
    'reference-constitution-unresolved': 'In the Constitution ({act}) there is no {target}',
    'reference-act-unresolved': 'In the act «{act}» there is no {target}',
    'reference-constitution-renumbered': 'Cites the Constitution ({from}) numbering: in the Constitution ({act}) this is {target}',
    'reference-constitution-unmatched': 'Cites the Constitution ({from}) numbering: no single counterpart in the Constitution ({act}); check it by hand',
    'reference-ordinal-adjective': 'Cite a numbered {unit} by its number, not by an ordinal word (Law No. 480-V, Art. 25): write “{suggestion}”',
    'reference-no-context': 'This {unit} reference names no article and is not inside an article',
    'comment-unterminated': 'Comment “<!--” is not closed with “-->” on this line; it ends at the end of the line',
    'prior-annotation-invalid': 'Prior annotation must be “<!-- prior: 13 -->”, “<!-- prior: 31, 38 -->” or “<!-- prior: none -->”',
    'prior-annotation-orphan': 'Prior annotation is not inside or right before an article, so it pins nothing',
    'prior-article-missing': 'The prior constitution ({prior}) has no article {number}',
    'prior-unavailable': 'Prior constitution “{prior}” cannot be used: {reason}',
    'text-invisible-character': 'Invisible in the editor: {chars}. A search for this word finds nothing',
    'text-nbsp-between-words': 'No-break space between words ({chars}): a search with an ordinary space does not find this text',
    'document-not-text': 'The document contains NUL characters and is probably not a text file',
    'bill-instruction-unreadable': 'Item {item} looks like an amendment instruction but cannot be read: nothing will be applied from it',
    'bill-quote-unclosed': 'Item {item}: the quotation opened here runs on into a statement («{line}»): a closing quotation mark seems missing, and that statement is read as part of the quoted text',
    'bill-verb-missing': 'Item {item} names a unit and quotes words but has no verb: it is read as “add the words” at the end of the unit; write the verb',
    'bill-target-missing': 'Item {item}: the act has no {unit}',
    'bill-words-not-found': 'Item {item}: the words “{words}” are not in {unit} of the act',
    'bill-words-ambiguous': 'Item {item}: the words “{words}” occur {count} times in {unit}: every occurrence is changed; if only one is meant, name it (“in the second case”)',
    'bill-insert-collision': 'Item {item}: unit {unit} already exists in the act: the inserted number collides with it',
    'bill-insert-base-missing': 'Item {item}: the inserted unit {unit} needs {base} before it, which the act does not have',
    'bill-new-text-numbering': 'Item {item}: the numbering of the quoted new text is broken ({units}): each unit opens with its own number, lists run on without gaps',
    'bill-new-text-citation': 'Item {item}: the new text cites {unit}, which will not exist after the bill',
    'bill-unit-twice': 'Item {item}: {unit} is also amended by item {other}: amend a unit in one item',
    'bill-order': 'Item {item}: {unit} comes before the unit of item {other} in the act: instructions follow the act\'s order',
    'bill-earlier-edition': 'This law amends an earlier edition of the act than the one checked here (the edition of {edition}, which already has {found} of its {total} changes): its instructions are not checked against it. To check them, bind the law to the text it amended (<!-- amends: PATH -->)',
    'parallel-unit-missing': '{side} the {other} version: {target}',
    'parallel-unit-excluded': 'Excluded in one version only: {target} here, {counterpart} in the {other} version',
    'parallel-unit-number': 'Different numbers at the same place: {target} here, {counterpart} in the {other} version',
    'parallel-citation': 'Different citations in {target}: {cites} here, {otherCites} in the {other} version',
    'parallel-figures': 'Different figures in {target}: {figures} here, {otherFigures} in the {other} version',
    'parallel-length': 'Length out of proportion in {target}: {ratio} times its usual length relative to the {other} version (a sentence dropped or added?)',
  },
  cli: {
    fileSummary: '{file}: {lang}, {sections}, {articles}, {references} ({resolved} resolved), {problems}',
    total: '{errors}, {warnings} in {files}',
    counts: {
      sections: { one: 'section', other: 'sections' },
      articles: { one: 'article', other: 'articles' },
      references: { one: 'reference', other: 'references' },
      problems: { one: 'problem', other: 'problems' },
      errors: { one: 'error', other: 'errors' },
      warnings: { one: 'warning', other: 'warnings' },
      files: { one: 'file', other: 'files' },
    },
  },
  requestErrors: {
    priorCannotOpen: 'Prior constitution “{id}” ({lang}) cannot be opened: {reason}',
    priorCannotUse: 'Prior constitution “{id}” cannot be used: {reason}',
    billLanguage: 'An amendment bill is written in Russian or Kazakh; the draft is in {lang}',
    noDocument: 'No document given',
    notOpen: 'The document is not open in the language server',
    unknownFormat: 'Unknown export format “{format}” (md, html, docx, json)',
  },
  numeralProblems: {
    mixed: ': Latin and Cyrillic letters are mixed',
    homoglyph: ': it is written with Cyrillic look-alike letters',
    arabic: ': sections are numbered with Roman numerals',
  },
  invisibleNames: {
    'U+00AD': 'soft hyphen U+00AD',
    'U+200B': 'zero-width space U+200B',
    'U+200C': 'zero-width non-joiner U+200C',
    'U+200D': 'zero-width joiner U+200D',
    'U+2060': 'word joiner U+2060',
    'U+FEFF': 'zero-width no-break space U+FEFF',
  },
  priorReasons: [],

  plurals: {
    cited: { one: 'reference', other: 'references' },
    references: { one: 'reference', other: 'references' },
    numbers: { one: 'number', other: 'numbers' },
    citations: { one: 'citation', other: 'citations' },
    citationsOf: { one: '{n} citation of article {a}', other: '{n} citations of article {a}' },
    free: { one: 'number {x} free', other: 'numbers {x} free' },
    invisibleChars: { one: 'invisible character', other: 'invisible characters' },
    places: { one: 'place', other: 'places' },
  },
  noReferences: 'no references',
  more: (n) => `…and ${n} more`,
  citedInDocument: 'Cited in this document',
  nothing: 'nothing',
  afterRenumbering: '{n} after renumbering',

  renumber: {
    messages: {
      'rename-no-number':
        'Place the cursor on the number of an article, paragraph or subparagraph, or on a reference number citing one',
      'rename-unresolved':
        'This reference number does not point to an existing {unit}, so there is nothing to rename',
      'rename-invalid-number':
        '“{number}” is not a valid {unit} number: use digits, optionally with insertion suffixes such as 12-1',
      'rename-collision':
        '{unit} {number} already exists{where}: choose a number no other {unit} uses',
      'rename-breaks-reference':
        'Renumbering {unit} to {number} would make {references} cite another unit or nothing (first: “{reference}”, line {line}); fix that reference first',
      'renumber-reference-changed':
        'After renumbering this reference would cite another unit or nothing; check it',
      'rename-unchanged':
        '{unit} already has number {number}',
      'renumber-range-broken':
        'The range {from}–{to} cannot be rewritten safely ({reason}); it is left unchanged — check it by hand',
      'renumber-unresolved-captured':
        'The unresolved reference to {unit} {number} would cite an existing {unit} after renumbering; check it',
      'renumber-repointed':
        'line {line}: “{reference}” — {before} → {after}',
      'renumber-article-not-found':
        'There is no article {number} whose paragraphs could be renumbered',
    },
    reasons: {
      endpoint: 'an endpoint does not exist',
      order: 'the units it covers would no longer be numbered in ascending order',
    },
    where: (place) => ` in ${place}`,
  },
  actions: {
    fix: 'Change {unit} to {new}{refs}',
    fixRefs: ' and {refs}',
    refs: ' and {refs}',
    from: 'Renumber {units} from {old} on ({numbers}{refs})',
    repoints: '{base} — re-points {cites}',
    keepFree: '{base}, keeping {free} for the unresolved citations',
    keepExcluded: 'Keep article {number} as excluded (“{heading} {note}” after article {previous})',
    keepExcludedParagraph: 'Keep paragraph {number} of article {article} as excluded (“{line}”)',
    keepExcludedMany: 'Keep articles {number} as excluded (after article {previous})',
    normalise: 'Write the section number as the Roman numeral {new}',
    replace: 'Replace with {new}',
    addVerb: 'Write the verb: “{verb}”',
    digits: 'Cite by number: “{new}”',
    replaceNbsp: 'Replace the no-break space with an ordinary space',
    cleanAll: 'Clean up the whole file: invisible characters and no-break spaces between words ({n})',
    migrate: 'Cite the Constitution ({act}): {target}',
    summary: 'Renumbering would re-point {cites}',
    removeInvisible: 'Remove {n}',
  },

  table: {
    headers: ['Structural unit', 'Current wording', 'Proposed wording', 'Justification'],
    title: (l) => `Comparative table of the draft Constitution of the Republic of Kazakhstan (compared with the ${l} text)`,
    status: { unchanged: 'unchanged', changed: 'changed', moved: 'moved', new: 'new', merged: 'merged', split: 'split' },
    note: (status, ps) => {
      switch (status) {
        case 'unchanged': return 'Unchanged';
        case 'changed': return 'Wording changed';
        case 'moved': return `Moved from Article ${ps[0]}`;
        case 'new': return 'New article';
        case 'merged': return `Merges Articles ${ps.join(', ')}`;
        case 'split': return `Part of Article ${ps[0]} (split)`;
      }
    },
    similarity: 'similarity',
    pinned: 'pinned by a prior annotation',
    none: 'None',
    deleted: 'Deleted',
    dropped: 'Not carried over into the draft',
    noPriorArticle: (n) => `the prior text has no Article ${n}`,
    legend: ['deleted text', 'new text'],
    legendLead: 'Legend: ',
    open: (l, a) => `Open ${l} ${a}`,
    changes: 'Changes',
    noChanges: 'The text is unchanged',
    newNote: (l) => `New article: no counterpart found in the ${l} text`,
    viewTitle: 'Comparative table',
    bill: {
      title: (t, act) => (t ? `Comparative table to the draft law "${t}"` : `Comparative table to the draft amendment law (${act})`),
      unit: (p) => [
        p.article !== undefined ? `Article ${p.article}` : '',
        p.paragraph !== undefined ? `paragraph ${p.paragraph}` : '',
        p.subparagraph !== undefined ? `subparagraph ${p.subparagraph})` : '',
      ].filter((x) => x).join(', '),
      section: (n) => `Heading of Section ${n}`,
      chapter: (n, whole) => (whole ? `Chapter ${n}` : `Heading of Chapter ${n}`),
      notApplied: 'The amendment does not apply to the text in force',
    },
  },
  parallel: {
    numbers: numberWords([
      '+1: one', '2: two twice both', '3: three', '4: four', '5: five', '6: six', '7: seven', '8: eight', '9: nine', '10: ten',
      '11: eleven', '12: twelve', '13: thirteen', '14: fourteen', '15: fifteen', '16: sixteen', '17: seventeen', '18: eighteen', '19: nineteen', '20: twenty', '30: thirty', '40: forty',
      '50: fifty', '60: sixty', '70: seventy', '80: eighty', '90: ninety', '100: hundred',
      // Ordinals and fractions' denominators are one figure, "/N" ("third", "two-thirds", "8th").
      '/2: half halves', '/3: third thirds', '/4: fourth fourths quarter quarters', '/5: fifth fifths',
      '/6: sixth', '/7: seventh', '/8: eighth', '/9: ninth', '/10: tenth',
    ]),
    romanNouns: /^(?:article|paragraph|section|chapter|part|clause|appendix|annex)/u,
    romanBefore: false,
    stemEndings: [],
    languages: { ru: 'Russian', kk: 'Kazakh', en: 'English' },
    side: { here: 'No counterpart in', there: 'Missing here, present in' },
    titles: { ru: 'Russian version', kk: 'Kazakh version', en: 'English version' },
    open: 'Open beside',
    tableTitle: (a, b, name) => `Language versions ${a} — ${b}: ${name}`,
    divergencesHeader: 'Divergences',
    summary: (rows, diverging) => `Units: ${rows}; with divergences: ${diverging}`,
  },};
