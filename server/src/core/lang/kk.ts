// The Kazakh lexicon (see index.ts). Pure data.

import { actByTitleOf, languageNamed } from '../acts';
import type { Lang } from '../types';
import { orList as or, type BillPath, type BillWriting, type Lexicon, type NounInfo, type CitedUnit } from './index';
import { numberWords } from './numbers';
import { NUM } from './completion';

/**
 * Unit nouns: stem + any inflection (the stem itself alternates: бап/баб-, тармақ/тармағ-).
 * Rows: [stem, unit, plural marker that may start the ending, endings that disqualify].
 * Order matters: «тармақша» before «тармақ».
 */
const STEMS: ReadonlyArray<readonly [string, CitedUnit, string, readonly string[]]> = [
  ['тармақша', 'subparagraph', 'лар', []],
  ['тармақ', 'paragraph', 'тар', []],
  ['тармағ', 'paragraph', '\u0000', []],
  ['бап', 'article', 'тар', ['кер', 'тау', 'тал', 'тап', 'таш']], // бапкер "coach", баптау "to tend"
  ['бабы', 'article', '\u0000', []], // бабы, бабының, бабында … (but not баба "grandfather")
];
const LETTERS = /^[а-яәіңғүұқөһ]*$/;

function noun(w: string): NounInfo | null {
  for (const [stem, unit, pl, bad] of STEMS) {
    if (!w.startsWith(stem)) continue;
    const rest = w.slice(stem.length);
    if (rest.length > 12 || !LETTERS.test(rest)) return null;
    if (bad.some((b) => rest.startsWith(b))) return null;
    return { unit, plural: rest.startsWith(pl) ? 'pl' : 'sg' };
  }
  return null;
}

const ORDINALS = new Map<string, number>(
  ['бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы', 'жетінші', 'сегізінші', 'тоғызыншы', 'оныншы'].map((w, i) => [w, i + 1]),
);
/** Stems of act names (in the genitive before the citation). */
const ACT_STEMS = ['заң', 'кодекс', 'жарлық', 'жарлығ', 'қаулы', 'шарт', 'келісім', 'конвенция', 'регламент', 'хаттама'];

const IN_LANGUAGE: Record<Lang, string> = { ru: 'орыс тіліндегі', kk: 'қазақ тіліндегі', en: 'ағылшын тіліндегі' };
/** A bundled act has no text in a language (core/acts.ts actFile). */
function missingText(match: string, language: string, title: string, have: string): string {
  const act = actByTitleOf(title);
  const l = languageNamed(language);
  if (!act || !l) return match;
  return `${act.titleOf.kk} ${IN_LANGUAGE[l]} мәтіні жоқ; "atazan.priorLanguage" баптауына ${or(have, 'немесе')} мәнін беріңіз`;
}

// ── Generated amendment bills (core/bill/amend.ts): the phrasing of the real laws in corpus/amendments.
// A chain names the outer unit first in the genitive, the next ones possessed («6-баптың 3-тармағы»,
// «72-баптың 1-тармағының 2) тармақшасы»); the first unit of a chain is not possessed («2-тармақ»).
type KCase = 'nom' | 'gen' | 'locAdj';
const K_FORMS: Record<'article' | 'paragraph' | 'subparagraph', { plain: Record<KCase, string>; own: Record<KCase, string>; ins: string; insPl: string }> = {
  article: { plain: { nom: 'бап', gen: 'баптың', locAdj: 'баптағы' }, own: { nom: 'бабы', gen: 'бабының', locAdj: 'бабындағы' }, ins: 'баппен', insPl: 'баптармен' },
  paragraph: { plain: { nom: 'тармақ', gen: 'тармақтың', locAdj: 'тармақтағы' }, own: { nom: 'тармағы', gen: 'тармағының', locAdj: 'тармағындағы' }, ins: 'тармақпен', insPl: 'тармақтармен' },
  subparagraph: { plain: { nom: 'тармақша', gen: 'тармақшаның', locAdj: 'тармақшадағы' }, own: { nom: 'тармақшасы', gen: 'тармақшасының', locAdj: 'тармақшасындағы' }, ins: 'тармақшамен', insPl: 'тармақшалармен' },
};
/** «84-бап», «3) тармақша»: the number glued to the noun by a hyphen, a subparagraph's with its bracket. */
const kNum = (kind: 'article' | 'paragraph' | 'subparagraph', n: string, noun: string) => (kind === 'subparagraph' ? `${n}) ${noun}` : `${n}-${noun}`);
function kUnit(path: BillPath, rel: boolean, c: KCase): string {
  const levels: ['article' | 'paragraph' | 'subparagraph', string][] = [];
  if (!rel) levels.push(['article', path.article]);
  if (path.paragraph !== undefined) levels.push(['paragraph', path.paragraph]);
  if (path.subparagraph !== undefined) levels.push(['subparagraph', path.subparagraph]);
  return levels.map(([k, n], i) => kNum(k, n, K_FORMS[k][i === 0 ? 'plain' : 'own'][i === levels.length - 1 ? c : 'gen'])).join(' ');
}
/** «4-баптың 1-тармағындағы »; nothing for the article of the item's context. */
const kIn = (path: BillPath, rel: boolean) => {
  const u = kUnit(path, rel, 'locAdj');
  return u ? `${u} ` : '';
};
const kOneWord = (s: string) => !/\s/u.test(s.trim());
const kCapital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** «3, 4 және 5-тармақтармен», «1-1) және 1-2) тармақшалармен». */
function kInserted(kind: 'article' | 'paragraph' | 'subparagraph', ns: readonly string[]): string {
  const noun = ns.length > 1 ? K_FORMS[kind].insPl : K_FORMS[kind].ins;
  const nums = ns.map((n) => (kind === 'subparagraph' ? `${n})` : n));
  const list = nums.length < 2 ? nums[0] : `${nums.slice(0, -1).join(', ')} және ${nums[nums.length - 1]}`;
  return kind === 'subparagraph' ? `${list} ${noun}` : `${list}-${noun}`;
}
const BILL_WRITE: BillWriting = {
  title: (changes, additions) => `Қазақстан Республикасының Конституциясына ${changes && additions ? 'өзгерістер мен толықтырулар' : additions ? 'толықтырулар' : 'өзгерістер'} енгізу туралы`,
  enacting: (changes, additions) => `Қазақстан Республикасының Конституциясына мынадай ${changes && additions ? 'өзгерістер мен толықтырулар' : additions ? 'толықтырулар' : 'өзгерістер'} енгізілсін:`,
  billArticle: (n) => `${n}-бап.`,
  entry: 'Осы Заң алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.',
  quote: (t) => `«${t}»`,
  context: (a) => `${a}-бапта:`,
  replaceUnit: (p, rel) => `${kUnit(p, rel, 'nom')} мынадай редакцияда жазылсын:`,
  deleteUnit: (p, rel) => `${kUnit(p, rel, 'nom')} алып тасталсын`,
  replaceUnits: (ps, rel) => {
    const kind = ps[0].subparagraph !== undefined ? 'subparagraph' : ps[0].paragraph !== undefined ? 'paragraph' : 'article';
    const parent: BillPath = kind === 'subparagraph' ? { article: ps[0].article, ...(ps[0].paragraph !== undefined ? { paragraph: ps[0].paragraph } : {}) } : { article: ps[0].article };
    const owner = kind === 'article' ? '' : kUnit(parent, rel, 'gen');
    const nums = ps.map((p) => (kind === 'subparagraph' ? `${p[kind]})` : p[kind]!));
    const list = `${nums.slice(0, -1).join(', ')} және ${nums[nums.length - 1]}`;
    const noun = { article: ['баптар', 'баптары'], paragraph: ['тармақтар', 'тармақтары'], subparagraph: ['тармақшалар', 'тармақшалары'] }[kind][owner ? 1 : 0];
    return `${owner ? `${owner} ` : ''}${kind === 'subparagraph' ? `${list} ${noun}` : `${list}-${noun}`} мынадай редакцияда жазылсын:`;
  },
  insertUnits: (parent, kind, ns, rel) => {
    const head = parent && !(rel && parent.paragraph === undefined) ? `${kUnit(parent, rel, 'nom')} мынадай` : 'мынадай';
    return `${head} мазмұндағы ${kInserted(kind, ns)} толықтырылсын:`;
  },
  replaceWords: (p, rel, o, n) => `${kIn(p, rel)}«${o}» деген ${kOneWord(o) ? 'сөз' : 'сөздер'} «${n}» деген ${kOneWord(n) ? 'сөзбен' : 'сөздермен'} ауыстырылсын`,
  deleteWords: (p, rel, o) => `${kIn(p, rel)}«${o}» деген ${kOneWord(o) ? 'сөз' : 'сөздер'} алып тасталсын`,
  insertWords: (p, rel, anchor, pos, w) => {
    const where = anchor === undefined ? '' : `«${anchor}» деген ${kOneWord(anchor) ? 'сөз' : 'сөздер'}${pos === 'after' ? 'ден кейін' : 'дің алдында'}`;
    return [kUnit(p, rel, 'nom'), where, `«${w}» деген ${kOneWord(w) ? 'сөзбен' : 'сөздермен'} толықтырылсын`].filter((x) => x).join(' ');
  },
  wordsAt: (p, rel) => kIn(p, rel).trim(),
  wordsAtMany: (ps, rel) => {
    const kind = ps[0].subparagraph !== undefined ? 'subparagraph' : 'paragraph';
    const parent: BillPath = kind === 'subparagraph' ? { article: ps[0].article, ...(ps[0].paragraph !== undefined ? { paragraph: ps[0].paragraph } : {}) } : { article: ps[0].article };
    const owner = kUnit(parent, rel, 'gen');
    const nums = ps.map((p) => (kind === 'subparagraph' ? `${p[kind]})` : p[kind]!));
    const list = `${nums.slice(0, -1).join(', ')} және ${nums[nums.length - 1]}`;
    const noun = kind === 'subparagraph' ? (owner ? 'тармақшаларындағы' : 'тармақшалардағы') : (owner ? 'тармақтарындағы' : 'тармақтардағы');
    return `${owner ? `${owner} ` : ''}${kind === 'subparagraph' ? `${list} ${noun}` : `${list}-${noun}`}`;
  },
  replaceClause: (o, n, last) => `«${o}» деген ${kOneWord(o) ? 'сөз' : 'сөздер'} «${n}» деген ${kOneWord(n) ? 'сөзбен' : 'сөздермен'} ауыстырыл${last ? 'сын' : 'ып'}`,
  deleteClause: (o, last) => `«${o}» деген ${kOneWord(o) ? 'сөз' : 'сөздер'} алып тастал${last ? 'сын' : 'ып'}`,
  insertClause: (anchor, pos, w, last) => [
    anchor === undefined ? '' : `«${anchor}» деген ${kOneWord(anchor) ? 'сөз' : 'сөздер'}${pos === 'after' ? 'ден кейін' : 'дің алдында'}`,
    `«${w}» деген ${kOneWord(w) ? 'сөзбен' : 'сөздермен'} толықтырыл${last ? 'сын' : 'ып'}`,
  ].filter((x) => x).join(' '),
  capital: kCapital,
  // As the referendum amendments of 2022 write a section's heading (items 22 and 27).
  frame: (place, form) => ('preamble' in place
    ? (form === 'in' ? 'преамбуладағы' : 'преамбула')
    : `${place.section} бөлімнің ${form === 'in' ? 'тақырыбындағы' : 'тақырыбы'}`),
  replacePart: (p, part, rel) => {
    const owner = kUnit(p, rel, 'gen');
    // «5-тармағының екінші бөлігі»; with no unit named (the item's article): «екінші бөлік».
    return `${owner ? `${owner} ` : ''}${[...ORDINALS.keys()][part - 1]} ${owner ? 'бөлігі' : 'бөлік'} мынадай редакцияда жазылсын:`;
  },
  replaceFrame: (place) => `${kCapital('preamble' in place ? 'преамбула' : `${place.section} бөлімнің тақырыбы`)} мынадай редакцияда жазылсын:`,
  newEdition: (appendix) => `Қазақстан Республикасының Конституциясы ${appendix ? 'осы Заңға қосымшаға сәйкес жаңа редакцияда жазылсын.' : 'жаңа редакцияда жазылсын:'}`,
  appendix: 'Осы Заңға қосымша',
};

export const kk: Lexicon = {
  lang: 'kk',
  unitNames: { section: 'бөлім', chapter: 'тарау', article: 'бап', paragraph: 'тармақ', subparagraph: 'тармақша' },
  unitHeading: (kind, n) => {
    switch (kind) {
      case 'section': return `${n} бөлім`;
      case 'chapter': return `${n}-тарау`;
      case 'article': return `${n}-бап`;
      case 'paragraph': return `${n}-тармақ`;
      case 'subparagraph': return `${n}) тармақша`;
    }
  },
  unitInAddress: (kind, n) => (kind === 'paragraph' ? `${n}-тармақ` : `${n}) тармақша`),
  unitRef: (kind, n) => `${n}-${kk.unitNames[kind]}`,
  parentArticle: (a) => `${a}-бап`,
  parentParagraph: (a, p) => `${a}-баптың ${p}-тармағы`,
  preamble: 'Преамбула',
  articleShort: (ns) => (ns.length > 1 ? `${ns.join(', ')}-баптар` : `${ns.join(', ')}-бап`),
  paragraphShort: (label) => (!label ? 'бөлік' : label.endsWith(')') ? `${label} тармақша` : `${label}-тармақ`),
  unitForms: {
    article: { gen: (n) => `${n}-баптың`, abl: (n) => `${n}-баптан`, pl: 'баптарды' },
    paragraph: { gen: (n) => `${n}-тармақтың`, abl: (n) => `${n}-тармақтан`, pl: 'тармақтарды' },
    subparagraph: { gen: (n) => `${n} тармақшаның`, abl: (n) => `${n} тармақшадан`, pl: 'тармақшаларды' },
    section: { gen: (n) => `${n} бөлімнің`, abl: (n) => `${n} бөлімнен`, pl: 'бөлімдерді' },
    chapter: { gen: (n) => `${n}-тараудың`, abl: (n) => `${n}-тараудан`, pl: 'тарауларды' },
  },

  headings: {
    article: { order: 'number-hyphen-word', words: ['бап'] },
    chapter: { order: 'number-hyphen-word', words: ['тарау'] },
    section: { order: 'numeral-word', words: ['бөлім'] },
  },
  markup: {
    definitionsTitle: /(?:пайдаланылатын|қолданылатын)\s+(?:негізгі\s+)?ұғымдар|^негізгі\s+ұғымдар$|ұғымдардың\s+түсіндірмесі/iu,
    termEnding: 1,
    notes: ['Ескерту', 'ҚР-ның ескертпесі', 'ҚРЗАИ-ның ескертпесі', 'ЗҚАИ-ның ескертпесі', 'РҚАО-ның ескертпесі', 'Қолданушылар назарына'],
    noteEndings: ['(бұр. ред. қара)', '(бұр.ред.қара)', '(бұр. ред. қараңыз)'],
    parenthesisNote: ['редакция', 'өзгеріс', 'толықтыру', 'алып тасталды', 'Заң'],
    gazettes: ['Қазақстан Республикасы Парламентінің Жаршысы', 'Қазақстан Республикасы Жоғарғы Кеңесінің Жаршысы', 'Жаршысы'],
    signature: ['Қазақстан Республикасының Президенті'],
    subchapter: ['Параграф', '§'],
    headingNumeral: (w) => ORDINALS.get(w) ?? 0,
    letters: 'абвгдежзиклмнопрстуфхцчшщэюя',
    // «… енгізілсін:»; «… Конституциясы жаңа редакцияда жазылсын:» (a new edition of the whole act, quoted).
    amending: ['енгізілсін', 'жаңа редакцияда жазылсын'],
    citedAfterNumber: ['тармақша'],
    home: ['Қазақстан', 'Казахстан'],
    foreign: ['Ресей Федерациясы', 'Қырғыз Республикасы'],
  },
  scan: {
    order: 'number-first',
    noun,
    nounPrefix: /^(?:тармақ|тармағ|бап|баб)/iu,
    abbreviations: new Map(),
    isRelative: (w) => w === 'осы',
    listSeparators: new Set(['және', 'мен', 'бен', 'пен', 'немесе', 'не']),
    groupSeparators: new Set(['және', 'мен', 'бен', 'пен', 'немесе', 'не', 'сондай-ақ']),
    ordinal: (w) => ORDINALS.get(w) ?? 0,
    ordinalAfterNoun: false,
    isPartWord: (w) => w.startsWith('бөлі') || w.startsWith('абзац') || w.startsWith('сөйлем') || w.startsWith('жол'),
    // «бөлігі», «бөлігінде», «бөліктері» (not «бөлім», a section).
    isPartNoun: (w) => /^бөлі[гк]/.test(w) || w.startsWith('абзац'),
    partValue: (w) => ORDINALS.get(w) ?? 0,
    partTens: new Map([['он', 10], ['жиырма', 20], ['отыз', 30], ['қырық', 40], ['елу', 50], ['алпыс', 60], ['жетпіс', 70], ['сексен', 80], ['тоқсан', 90]]),
    // «тарм» (тармақ, тармақша, тармағ…), «бап», «баб», Latin look-alikes allowed.
    mayCite: /[тТtT][аАaA][рРpP][мМmM]|[бБ][аАaA][пПбБ]/,
    acts: {
      isConstitution: (w) => w.startsWith('конституция'),
      isAdopted: (w) => w.startsWith('қабылданған'),
      actTitle: /^қазақстан\s+республикасының\s(?:[^.]*\s)?(?:заңы|кодексі|жарлығы|қаулысы)(?:[\s.,]|$)|(?:өзгер[іi]с|толықтыру)[^.]*\sенг[іi]зу\s+туралы$/iu,
      isAct: (w) => ACT_STEMS.some((s) => w.startsWith(s)),
      // «конституциялық заңның»
      isActAdjective: (w) => /(лық|лік|дық|дік|тық|тік)$/.test(w),
      genitiveEndings: ['ның', 'нің', 'дың', 'дің', 'тың', 'тің'],
      possessiveEndings: ['ы', 'і'],
      countryBefore: ['қазақстан', 'республикасы'],
    },
  },
  excluded: { article: 'Алып тасталды.', paragraph: 'Алып тасталды.' },

  completion: {
    order: 'number-first',
    articles: /(?:^|[^\p{L}])конституция(?:сы)?ның\s+$/iu,
    paragraphsOf: new RegExp(String.raw`(?:^|[^\d\p{L}])(${NUM})\s*-\s*(?:бабының|бабы|бабындағы)\s+$`, 'iu'),
    thisParagraphs: /(?:^|[^\p{L}])осы\s+баптың\s+$/iu,
    subparagraphsOf: new RegExp(String.raw`(?:^|[^\d\p{L}])(?:(${NUM})\s*-\s*(?:бабының|бабы)|(осы)\s+баптың)\s+(${NUM})\s*-\s*тармағының\s+$`, 'iu'),
    bare: new RegExp(String.raw`(?:^|[\s(«"])(${NUM})-$`, 'u'),
    insert: {
      article: (n) => `${n}-бабы`,
      paragraph: (n) => `${n}-тармағында`,
      subparagraph: (n) => `${n}) тармақшасында`,
    },
    notANumber: ['осы', 'заң', 'кодекс', 'жарлы', 'қаулы'],
  },
  bill: {
    hover: {
      before: 'Қолданыстағы редакция', after: 'Өзгерістен кейін', applies: 'Қолданылады', notApplied: 'Қолданылмайды',
      inEdition: (d) => `${d} редакциясында бар`, notChecked: 'Салыстырылмайды: заң бұрынғы редакцияны өзгерткен',
      kinds: { 'replace-unit': 'жаңа редакция', 'insert-unit': 'толықтыру', 'delete-unit': 'алып тастау', 'replace-words': 'сөздерді ауыстыру', 'insert-words': 'сөздермен толықтыру', 'delete-words': 'сөздерді алып тастау' },
      wholeAct: 'Конституция толығымен',
      wholeSummary: (a, n, d) => `өзгертілетін баптар: ${a}, жаңа баптар: ${n}, алып тасталатын баптар: ${d}`,
    },
    // The whole act in a new edition: «… жаңа редакцияда жазылсын» (the Constitution's own «жаңа редакцияда»,
    // the laws' «… мынадай редакцияда жазылсын»), the text in the law's appendix («… қосымшаға сәйкес»)
    // or quoted after a colon.
    newEdition: /^[ \t#]*(?:1-бап\s*\.\s*)?қазақстан\s+республикасының\s+конституциясы\s+(?<appendix>осы\s+заңға\s+қосымшаға\s+сәйкес\s+)?жаңа\s+редакцияда\s+жазылсын/mu,
    appendix: /^[ \t#]*осы\s+заңға\s+қосымша[ \t]*$/u,
    newEditionReason: (r) => {
      const list = (xs: readonly string[]) => xs.join(', ');
      switch (r.kind) {
        case 'excluded': return `${list(r.articles)}-баптар мәтінде алып тасталды деген белгімен қалар еді (түзетулер актіні қайта нөмірлемейді)`;
        case 'sections-added': return `${list(r.sections)} бөлімдер қосылды`;
        case 'sections-removed': return `${list(r.sections)} бөлімдер алып тасталды`;
        case 'sections-moved': return `${list(r.articles)}-баптар басқа бөлімді бастайды (түзетулер баптарды бөлімдер арасында ауыстырмайды)`;
        case 'title': return 'актінің тақырып жолдары өзгерді';
        case 'preamble-added': return 'преамбула қосылды';
        case 'preamble-removed': return 'преамбула алып тасталды (түзету преамбуланы жаңа редакцияда жазады, бірақ алып тастамайды)';
        case 'notes': return 'тек ескертулер, ресімделуі немесе алып тастау белгілерінің тұжырымы өзгеше (норма мәтіні емес)';
        case 'text': return `түзетулер қолданылғаннан кейінгі мәтін жаңа редакциядан ${r.line}-жолдан бастап өзгеше`;
      }
    },
    intro: /(?:өзгеріс|толықтыру)[^\n]*енгізілсін/iu,
    end: /^\s*(?:\d+-бап\s*\.|[ivxlcі]+\.\s|қазақстан\s+республикасының\s*президенті)/iu,
    // (Session 24: a decree with the force of a law, «… заң күші бар Жарлығына (…):».)
    actLine: /(?:заңына|кодексіне|жарлығына)[^\n]*:\s*$/iu,
    // (Session 23: also «орыс тіліндегі мәтінге түзету енгізілді, қазақ тіліндегі мәтін өзгермейді».)
    // (Session 24: «қазақша мәтін өзгеріссіз қалдырылсын», the Kazakh text left as it is.)
    wordsNoun: /деген\s*(?:сөз|цифр)/u,
    // (Session 25: «9) тармақшаның мемлекеттік тілдегі мәтіні өзгеріссіз қалады».)
    otherLanguage: /(?:орыс|қазақ)\s+тіліндегі\s+мәтін\s+өзгермейді|қазақша\s+мәтін\s+өзгеріссіз\s+қалдырылсын|мемлекеттік\s+тілдегі\s+мәтіні\s+өзгеріссіз\s+қал(?:ады|сын|дырылсын)/iu,
    thisUnchanged: /қазақша\s+мәтін\s+өзгеріссіз\s+қалдырылсын|қазақ\s+тіліндегі\s+мәтін\s+өзгермейді/iu,
    appendVerb: { after: ' сөздерімен толықтырылсын' },
    statementLine: /(?:жазылсын|тасталсын|толықтырылсын|ауыстырылсын|алмастырылсын|саналсын|белгіленсін)\s*[:;.]?\s*$/iu,
    ops: [
      { kind: 'replace-words', re: String.raw`{old}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s+{occ}(?:тиісінше\s+)?{new}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s+(?:ауыстырылсын|алмастырылсын|ауыстырылып|алмастырылып)` },
      // ««…» деген сөздер «…» деген сөздермен, «…» деген сөздер «…» деген сөздермен ауыстырылсын»: pairs
      // before the last share its verb.
      { kind: 'replace-words', re: String.raw`{old}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s+{new}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*мен\s*,(?=\s*\u0001[^\n]*?(?:ауыстырылсын|алмастырылсын))` },
      // A mark put after the words (session 24, laws of 1999 and 2003): «… деген сөздерден кейін үтір қойылып,
      // "…" деген сөздермен толықтырылсын» (a comma, then the words), «… деген сөзден кейін ";" белгісі қойылып».
      { kind: 'insert-words', re: String.raw`{anchor}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s+{occ}(?<pos>кейін)\s+(?<mark>үтір|нүктелі\s+үтір)\s+қойыл(?:ып|сын)\s*,?\s*{new}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s+толықтырыл(?:сын|ып)` },
      { kind: 'insert-words', re: String.raw`{anchor}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s+{occ}(?<pos>кейін)\s+{new}белгісі\s+қойыл(?:сын|ып)` },
      // The mark alone («"жағдайларда" деген сөзден кейін нүктелі үтір қойылсын, …», session 25: a 2001 law, lost
      // beside the statement's other operations): the words with the mark after them replace the words.
      { kind: 'replace-words', re: String.raw`{anchor}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s*{occ}кейін\s*(?<put>үтір|нүктелі\s+үтір)\s+қойыл(?:сын|ып)` },
      // (The noun may touch its postposition in the source: «… деген сөздердiңалдынан», session 24.)
      { kind: 'insert-words', re: String.raw`{anchor}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*?\s*{occ}(?<pos>кейін|бұрын|алдында|алдынан)\s+(?:тиісінше\s+)?{new}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s+толықтырыл(?:сын|ып)` },
      // The older «"…" деген сөздің орнына "…" деген сөздер жазылсын» (session 24: a law of 1999).
      { kind: 'replace-words', re: String.raw`{old}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s+{occ}орнына\s+{new}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s+жазыл(?:сын|ып)` },
      { kind: 'delete-words', re: String.raw`{old}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s+{occ}(?:алып|алынып)\s+тастал(?:сын|ып)` },
      { kind: 'insert-words', re: String.raw`{new}(?:деген\s*)?(?:сөз|цифр)[а-яәіңғүұқөһ]*\s+толықтырыл(?:сын|ып)` },
      { kind: 'replace-unit', re: String.raw`мынадай\s+редакцияда\s+жазылсын\s*:?\s*{text}` },
      { kind: 'insert-unit', re: String.raw`мынадай\s+(?:мазмұндағы\s+)?(?<obj>[^\u0001:]*?)\s*толықтырылсын\s*:?\s*{text}` },
      { kind: 'delete-unit', re: String.raw`(?:алып|алынып)\s+тасталсын` },
    ],
    occurrence: String.raw`[а-яәіңғүұқөһ]+(?:(?:\s*,\s*|\s+және\s+)[а-яәіңғүұқөһ]+)*\s+жағдай(?:да|дағы|ларда|лардағы)`,
    after: new Set(['кейін']),
    before: new Set(['бұрын', 'алдында', 'алдынан']),
    part: /бөлі[гк][а-яәіңғүұқөһ]*/iu,
    indent: /абзац[а-яәіңғүұқөһ]*/iu,
    title: /^тақыры[пб][а-яәіңғүұқөһ]*$/iu,
    contents: /^мазмұн(?:ы|ында|ынан)$/iu,
    text: /^мәтін[а-яәіңғүұқөһ]*$/iu,
    tens: new Map([['он', 10], ['жиырма', 20], ['отыз', 30], ['қырық', 40], ['елу', 50]]),
    and: new Set(['және', 'немесе']),
    otherAct: /заң|кодекс/iu,
    subparagraphNumberFirst: true,
    otherActTrim: /\s+мынадай\s+(?:өзгеріс|толықтыру)[\s\S]*$/giu,
    code: /кодекс/iu,
    sentence: /сөйлем[а-яәіңғүұқөһ]*/iu,
    last: /^соңғы$/iu,
    heading: /(?<n>[ivxlcіх]+)\s+бөлім[а-яәіңғүұқөһ]*\s+(?:тақырыб|атау)[а-яәіңғүұқөһ]*/iu,
    // (Session 25: «6-тараудың тақырыбы мен мәтіні бойынша», without «бүкіл».)
    everywhere: /(?:бүкіл\s+)?мәтін(?:і)?\s+бойынша/iu,
    chapterNamed: /(?<![\p{L}\p{N}-])(?<n>\d+(?:-\d+)*(?=-)|[ivxlcіх]+(?=\s))(?:-|\s+)тарау/iu,
    row: /\d-(?:жол|баған)[а-яәіңғүұқөһ]*|(?<![\p{L}])(?:жолы|жолдары|бағаны|бағандары)(?![\p{L}])/iu,
    // (Not «қосымша» alone: it is also the adjective "additional".)
    annex: /\d-қосымша|(?<![\p{L}])қосымша(?:да|дағы|ның|сы|сының|сында|сындағы)(?![\p{L}])/iu,
    // «3-2-тараудың тақырыбы», «ІV тараудың тақырыбындағы» (a Roman number and a space: session 24), «атауы».
    chapterHeading: /(?<![\p{L}\p{N}-])(?<n>\d+(?:-\d+)*(?=-)|[ivxlcіх]+(?=\s))(?:-|\s+)тарау[а-яәіңғүұқөһ]*\s+(?:тақыры[пб]|атау)[а-яәіңғүұқөһ]*/iu,
    chapterWhole: /(?<![\p{L}\p{N}-])(?<n>\d+(?:-\d+)*)-тарау(?![\p{L}\p{N}])/iu,
    preamble: /(?:преамбула|кіріспе)[а-яәіңғүұқөһ]*/iu,
    missing: { unit: (n) => `${n} құрылымдық бірлігі (бап.тармақ.тармақша)`, preamble: 'преамбула', section: (n) => `${n} бөлім`, chapter: (n) => `${n}-тарау` },
    otherActReason: (act) => `заң жобасы ${act} өзгерістер енгізеді: оны сол актінің файлымен байланыстырыңыз (<!-- amends: ЖОЛ --> немесе atazan.amendmentBills)`,
    wordsIn: { unit: (n) => `${n} құрылымдық бірлігінде`, preamble: 'преамбуласында', everywhere: 'мәтінінде', section: (n) => `${n} бөлімнің тақырыбында` },
    subject: { unit: (n) => `${n} құрылымдық бірлігі`, preamble: 'преамбула', section: (n) => `${n} бөлімнің тақырыбы`, chapter: (n) => `${n}-тараудың тақырыбы` },
    enacted: /(?<![\p{L}\p{N}])(?:(?<y>\d{4})\s+жылғы\s+(?<d>\d{1,2})\s+(?<mon>қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)[а-яәіңғүұқөһ]*)[\s,]*(?:№|N)\s*(?<n>\d+(?:-[IVXLCІ]+)?)/u,
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    entry: /(?:^|\.\s+)Осы\s+Заң,?\s+(?:осы\s+Заңның[^,\n]*?отырып,\s+)?(?<e>[^\n]*?қолданысқа\s+енгізіледі)\.[ \t]*$/mu,
    excludedBy: (kind, heading, law) => {
      const by = `ҚР ${law.date}${law.number ? ` № ${law.number}` : ''}${law.entry ? ` (${law.entry})` : ''} Заңымен`;
      return kind === 'article' ? `Ескерту. ${heading} алып тасталды - ${by}.` : kind === 'paragraph' ? `Алып тасталды - ${by}.` : `алып тасталды - ${by}`;
    },
    write: BILL_WRITE,
  },
  messages: {
    'section-number-gap': '{number} бөлім {previous} бөлімнен кейін тұр: {expected} бөлім жоқ',
    'section-number-duplicate': '{number} бөлім нөмірі қайталанады: {firstLine} және {secondLine}-жолдар',
    'section-number-order': '{number} бөлім {previous} бөлімнен кейін тұр: бөлімдер реті бұзылған',
    'section-numeral-invalid': '«{number}» бөлім нөмірі — дұрыс емес рим цифры{detail}',
    'chapter-number-gap': '{number}-тарау {previous}-тараудан кейін тұр: {expected}-тарау жоқ',
    'chapter-number-duplicate': '{number}-тарау нөмірі қайталанады: {firstLine} және {secondLine}-жолдар',
    'chapter-number-order': '{number}-тарау {previous}-тараудан кейін тұр: тараулар реті бұзылған',
    'subchapter-number-gap': '{number}-параграф {previous}-параграфтан кейін тұр: {expected}-параграф жоқ',
    'subchapter-number-duplicate': '{number}-параграф нөмірі қайталанады: {firstLine} және {secondLine}-жолдар',
    'subchapter-number-order': '{number}-параграф {previous}-параграфтан кейін тұр: параграфтар реті бұзылған',
    'article-number-gap': '{number}-бап {previous}-баптан кейін тұр: {expected}-бап жоқ',
    'article-number-duplicate': '{number}-бап нөмірі қайталанады: {firstLine} және {secondLine}-жолдар',
    'article-number-order': '{number}-бап {previous}-баптан кейін тұр: баптар реті бұзылған',
    'paragraph-number-gap': '{article}-баптың {number}-тармағы {previous}-тармақтан кейін тұр: {expected}-тармақ жоқ',
    'paragraph-number-duplicate': '{article}-баптың {number}-тармағының нөмірі қайталанады: {firstLine} және {secondLine}-жолдар',
    'paragraph-number-order': '{article}-баптың {number}-тармағы {previous}-тармақтан кейін тұр: тармақтар реті бұзылған',
    'subparagraph-number-gap': '{number}) тармақша ({parent}) {previous}) тармақшадан кейін тұр: {expected}) тармақша жоқ',
    'subparagraph-number-duplicate': '{number}) тармақша нөмірі ({parent}) қайталанады: {firstLine} және {secondLine}-жолдар',
    'subparagraph-number-order': '{number}) тармақша ({parent}) {previous}) тармақшадан кейін тұр: тармақшалар реті бұзылған',
    'heading-malformed': 'Бұл жол бірлік атауынсыз жазылған {number}-баптың тақырыбы болып оқылады: «{heading}. …» деп жазылуы керек',
    'inserted-number-misplaced': '{number} қосылған нөмірі ({unit}) {base} немесе {base}-x нөмірінен кейін тұруы керек, {previous} емес',
    'reference-unresolved-article': 'Құжатта {number}-бап жоқ',
    'reference-unresolved-paragraph': '{article}-бапта {number}-тармақ жоқ',
    'reference-unresolved-subparagraph': '{parent} ішінде {number}) тармақша жоқ',
    'reference-unresolved-part': '{parent} ішінде {number}-бөлік жоқ (бөліктер саны: {count})',
    'reference-range-invalid': '{from}–{to} ауқымы кері ретпен берілген немесе бос',
    'reference-ambiguous': '{number}-бап нөмірі қайталанады: сілтеме қай бапқа екені белгісіз',
    'reference-to-excluded': 'Алып тасталған бөлікке сілтеме: {target}',
    'reference-constitution-unresolved': 'Конституцияда ({act}) мұндай бөлік жоқ: {target}',
    'reference-act-unresolved': '«{act}» актісінде мұндай бөлік жоқ: {target}',
    'reference-constitution-renumbered': 'Конституцияның ({from}) нөмірленуі бойынша сілтеме; Конституцияда ({act}) бұл — {target}',
    'reference-constitution-unmatched': 'Конституцияның ({from}) нөмірленуі бойынша сілтеме; Конституцияда ({act}) жалғыз сәйкестік жоқ, қолмен тексеріңіз',
    'reference-ordinal-adjective': 'Нөмірленген құрылымдық бірлікке ({unit}) реттік сын есіммен емес, цифрмен сілтеме жасалады (№ 480-V Заң, 25-бап): «{suggestion}»',
    'reference-no-context': '{unit} сілтемесінде бап көрсетілмеген және ол баптан тыс тұр',
    'comment-unterminated': '«<!--» түсіндірмесі осы жолда «-->» арқылы жабылмаған; ол жол соңында аяқталады',
    'prior-annotation-invalid': 'Аннотация түрі: «<!-- prior: 13 -->», «<!-- prior: 31, 38 -->» немесе «<!-- prior: none -->»',
    'prior-annotation-orphan': 'prior аннотациясы баптан тыс тұр, ештеңені бекітпейді',
    'prior-article-missing': 'Алдыңғы конституцияда ({prior}) {number}-бап жоқ',
    'prior-unavailable': '«{prior}» алдыңғы конституциясын пайдалану мүмкін емес: {reason}',
    'text-invisible-character': 'Редакторда көрінбейді: {chars}. Бұл сөзді іздеу ештеңе таппайды',
    'text-nbsp-between-words': 'Сөздер арасында үзілмейтін бос орын ({chars}): кәдімгі бос орынмен іздеу бұл мәтінді таппайды',
    'document-not-text': 'Құжатта NUL таңбалары бар, ол мәтіндік файл болмауы мүмкін',
    'bill-instruction-unreadable': '{item}-тармақ түзетуге ұқсайды, бірақ оны оқу мүмкін болмады: одан ештеңе қолданылмайды',
    'bill-quote-unclosed': '{item}-тармақ: осында ашылған тырнақша нұсқауға дейін созылады («{line}»): жабатын тырнақша жоқ сияқты, ол нұсқау тырнақшадағы мәтіннің бөлігі ретінде оқылды',
    'bill-verb-missing': '{item}-тармақта құрылымдық бірлік пен сөздер бар, бірақ етістік жоқ: ол «… сөздерімен толықтырылсын» деп (бірліктің соңына) оқылды; етістікті жазыңыз',
    'bill-target-missing': '{item}-тармақ: актіде {unit} жоқ',
    'bill-words-not-found': '{item}-тармақ: актінің {unit} «{words}» деген сөздер жоқ',
    'bill-words-ambiguous': '{item}-тармақ: «{words}» деген сөздер {unit} {count} рет кездеседі: барлығы өзгертіледі; біреуі ғана көзделсе, қайсысы екенін көрсетіңіз («екінші жағдайда»)',
    'bill-insert-collision': '{item}-тармақ: актіде {unit} құрылымдық бірлігі бар: толықтырылатын нөмір онымен сәйкес келеді',
    'bill-insert-base-missing': '{item}-тармақ: толықтырылатын {unit} бірлігінің алдында {base} болуы керек, ал актіде ол жоқ',
    'bill-new-text-numbering': '{item}-тармақ: жаңа редакцияның нөмірленуі бұзылған ({units}): әр бірлік өз нөмірінен басталады, тізбектер үзіліссіз жүреді',
    'bill-new-text-citation': '{item}-тармақ: жаңа редакция {unit} бірлігіне сілтейді, ал ол өзгерістерден кейін болмайды',
    'bill-unit-twice': '{item}-тармақ: {unit} {other}-тармақпен де өзгертіледі: бір бірліктің өзгерістері бір тармақта жазылады',
    'bill-order': '{item}-тармақ: {unit} актіде {other}-тармақтың бірлігінен бұрын тұр: түзетулер актінің бап реті бойынша жазылады',
    'bill-earlier-edition': 'Заң мұнда тексерілетін редакциядан бұрынғы акт редакциясына өзгерістер енгізеді ({edition} редакциясында оның {total} өзгерісінің {found} өзгерісі бар): оның түзетулері онымен салыстырылмайды. Оларды тексеру үшін заңды ол өзгерткен мәтінмен байланыстырыңыз (<!-- amends: ЖОЛ -->)',
    'parallel-unit-missing': '{other} нұсқасында {side}: {target}',
    'parallel-unit-excluded': 'Бір ғана нұсқада алып тасталған: мұнда {target}, {other} нұсқасында {counterpart}',
    'parallel-unit-number': 'Бір орында әртүрлі нөмір: мұнда {target}, {other} нұсқасында {counterpart}',
    'parallel-citation': 'Сілтемелер әртүрлі ({target}): мұнда {cites}, {other} нұсқасында {otherCites}',
    'parallel-figures': 'Сандар әртүрлі ({target}): мұнда {figures}, {other} нұсқасында {otherFigures}',
    'parallel-length': 'Ұзындығы сәйкес емес ({target}): {other} нұсқасымен әдеттегі арақатынастың {ratio} еселігі (сөйлем түсіп қалды ма, қосылды ма?)',
  },
  cli: {
    fileSummary: '{file}: {lang}, {sections}, {articles}, {references} (шешілгені: {resolved}), {problems}',
    total: '{errors}, {warnings}; файл саны: {n}',
    counts: {
      sections: { other: 'бөлім' },
      articles: { other: 'бап' },
      references: { other: 'сілтеме' },
      problems: { other: 'ескертпе' },
      errors: { other: 'қате' },
      warnings: { other: 'ескерту' },
      files: { other: 'файл' },
    },
  },
  requestErrors: {
    priorCannotOpen: '«{id}» алдыңғы конституциясын ({lang}) ашу мүмкін емес: {reason}',
    priorCannotUse: '«{id}» алдыңғы конституциясын пайдалану мүмкін емес: {reason}',
    billLanguage: 'Түзетулер туралы заң жобасы орыс немесе қазақ тілінде жазылады; жоба «{lang}» тілінде',
    noDocument: 'Құжат көрсетілмеген',
    notOpen: 'Құжат тілдік серверде ашық емес',
    unknownFormat: 'Белгісіз экспорт пішімі «{format}» (md, html, docx, json)',
  },
  numeralProblems: {
    mixed: ': латын және кирилл әріптері араласқан',
    homoglyph: ': ол ұқсас кирилл әріптерімен жазылған',
    arabic: ': бөлімдер рим цифрларымен нөмірленеді',
  },
  invisibleNames: {
    'U+00AD': 'жұмсақ тасымал U+00AD',
    'U+200B': 'ені нөлдік бос орын U+200B',
    'U+200C': 'ені нөлдік ажыратқыш U+200C',
    'U+200D': 'ені нөлдік біріктіргіш U+200D',
    'U+2060': 'сөз біріктіргіш U+2060',
    'U+FEFF': 'ені нөлдік үзілмейтін бос орын U+FEFF',
  },
  priorReasons: [
    { re: /^no (\w+) text of (.+) is available; set "atazan\.priorLanguage" to ((?:"\w+"(?: or )?)+)$/,
      text: missingText },
    { re: /^the workspace is not trusted, so a prior given as a path is not read \(use ([\w-]+(?: or [\w-]+)*), or trust the workspace\)$/,
      text: (_m, ids: string) => `жұмыс аймағы сенімді емес, сондықтан жолмен берілген бұрынғы Конституция оқылмайды (${or(ids, 'не')} қолданыңыз немесе жұмыс аймағына сенім білдіріңіз)` },
    { re: /^a prior given as a path is not read in VS Code for the Web \(use ([\w-]+(?: or [\w-]+)*)\)$/,
      text: (_m, ids: string) => `редактордың веб нұсқасында жолмен берілген бұрынғы Конституция оқылмайды (${or(ids, 'не')} қолданыңыз)` },
    { re: /^the path is empty$/,
      text: 'жол көрсетілмеген' },
    { re: /^the path is invalid$/,
      text: 'жол жарамсыз' },
    { re: /^no workspace folder is open, so a prior path cannot be resolved$/,
      text: 'жұмыс аймағының қалтасы ашылмаған, сондықтан бұрынғы Конституцияның жолын анықтау мүмкін емес' },
    { re: /^(“.*”) was not found in the workspace$/,
      text: '$1 жұмыс аймағында табылмады' },
    { re: /^(“.*”) is outside the workspace folder$/,
      text: '$1 жұмыс аймағының қалтасынан тыс орналасқан' },
    { re: /^(“.*”) does not exist$/,
      text: '$1 жоқ' },
    { re: /^(“.*”) resolves \(through a symbolic link\) outside the workspace folder$/,
      text: '$1 (символдық сілтеме арқылы) жұмыс аймағының қалтасынан тыс жерді көрсетеді' },
    { re: /^the file does not exist$/,
      text: 'файл жоқ' },
    { re: /^permission denied$/,
      text: 'қатынау құқығы жоқ' },
    { re: /^cannot read the file \((.*)\)$/,
      text: 'файлды оқу мүмкін емес ($1)' },
    { re: /^it is a directory, not a text file$/,
      text: 'бұл мәтіндік файл емес, қалта' },
    { re: /^it is not a regular file$/,
      text: 'бұл кәдімгі файл емес' },
    { re: /^the file is too large \(([\d.]+) MB; the limit is (\d+) MB\)$/,
      text: 'файл тым үлкен ($1 МБ; шегі — $2 МБ)' },
    { re: /^it is not a text file \(contains NUL bytes\)$/,
      text: 'бұл мәтіндік файл емес (NUL байттары бар)' },
    { re: /^it is not a UTF-8 text file$/,
      text: 'бұл UTF-8 кодтауындағы мәтіндік файл емес' },
    { re: /^no article headings were found in it \(expected «Статья 1», «1-бап» or “Article 1” on their own lines\)$/,
      text: 'онда бап тақырыптары табылмады (жеке жолдардағы «Статья 1», «1-бап» немесе “Article 1” күтіледі)' },
    { re: /^the bundled data\/priors folder was not found$/,
      text: 'кірістірілген data/priors қалтасы табылмады' },
  ],

  plurals: {
    cited: { other: 'сілтеме' },
    references: { other: 'сілтеме' },
    numbers: { other: 'нөмір' },
    citations: { other: 'сілтеме' },
    citationsOf: { other: '{a}-бапқа {n} сілтеме' },
    free: { other: '{x} нөмірін' },
    invisibleChars: { other: 'көрінбейтін таңбаны' },
    places: { other: 'орын' },
  },
  noReferences: 'сілтеме жоқ',
  more: (n) => `…тағы ${n}`,
  citedInDocument: 'Құжаттағы сілтемелер',
  nothing: 'ештеңе',
  afterRenumbering: 'нөмірлеуден кейін {n}',

  renumber: {
    messages: {
      'rename-no-number':
        'Курсорды баптың, тармақтың немесе тармақшаның нөміріне не оларға сілтемедегі нөмірге қойыңыз',
      'rename-unresolved':
        'Сілтемедегі нөмір бар бірлікті ({unit}) көрсетпейді, атауын өзгертуге ештеңе жоқ',
      'rename-invalid-number':
        '«{number}» — жарамсыз нөмір ({unit}): цифрларды, қажет болса 12-1 түріндегі қосымшаны қолданыңыз',
      'rename-collision':
        '{number} нөмірі ({unit}) бос емес{where}: басқа нөмір таңдаңыз',
      'rename-breaks-reference':
        '{number} нөмірі ({unit}) {count} сілтеменің мағынасын өзгертеді (біріншісі: «{reference}», {line}-жол); алдымен сілтемені түзетіңіз',
      'renumber-reference-changed':
        'Нөмірлеуден кейін бұл сілтеме басқа бірлікті көрсетеді не ештеңені көрсетпейді; тексеріңіз',
      'rename-unchanged':
        'Бірліктің ({unit}) нөмірі қазірдің өзінде {number}',
      'renumber-range-broken':
        '{from}–{to} ауқымын қауіпсіз қайта жазу мүмкін емес ({reason}); ол өзгеріссіз қалды — тексеріңіз',
      'renumber-unresolved-captured':
        'Шешілмеген сілтеме ({unit} {number}) нөмірлеуден кейін бар бірлікті көрсетеді; тексеріңіз',
      'renumber-repointed':
        '{line}-жол: «{reference}» — {before} → {after}',
      'renumber-article-not-found':
        'Тармақтарын қайта нөмірлейтін {number}-бап жоқ',
    },
    reasons: {
      endpoint: 'шеттерінің бірі жоқ',
      order: 'қамтылған бірліктер нөмір өсуі бойынша тұрмайды',
    },
    where: (place) => ` (${place})`,
  },
  actions: {
    fix: '{unit} нөмірін {new} деп өзгерту{refs}',
    fixRefs: ' ({refs}мен бірге)',
    refs: ' және {refs}',
    from: '{old} бастап {units} қайта нөмірлеу ({numbers}{refs})',
    repoints: '{base} — {cites} басқа бірлікті көрсететін болады',
    keepFree: '{base}, шешілмеген сілтемелер үшін {free} бос қалдырып',
    keepExcluded: '{number}-бапты алып тасталған ретінде сақтау ({previous}-баптан кейін «{heading} {note}»)',
    keepExcludedParagraph: '{article}-баптың {number}-тармағын алып тасталған ретінде сақтау («{line}»)',
    keepExcludedMany: '{number} баптарын алып тасталған ретінде сақтау ({previous}-баптан кейін)',
    normalise: 'Бөлім нөмірін {new} рим цифрымен жазу',
    replace: '{new} деп ауыстыру',
    addVerb: 'Етістікті жазу: «{verb}»',
    digits: 'Нөмірмен көрсету: «{new}»',
    replaceNbsp: 'Үзілмейтін бос орынды кәдімгі бос орынға ауыстыру',
    cleanAll: 'Бүкіл файлды көрінбейтін таңбалар мен сөз арасындағы үзілмейтін бос орындардан тазарту ({n})',
    migrate: 'Конституцияға ({act}) сілтеме: {target}',
    summary: 'Қайта нөмірлеуден кейін {cites} басқа бірлікті көрсетеді',
    removeInvisible: '{n} алып тастау',
  },

  table: {
    headers: ['Құрылымдық бірлік', 'Қолданыстағы редакция', 'Ұсынылатын редакция', 'Негіздеме'],
    title: (l) => `Қазақстан Республикасы Конституциясының жобасына салыстырмалы кесте (${l} редакциясымен салыстыру)`,
    status: { unchanged: 'өзгеріссіз', changed: 'өзгертілді', moved: 'ауыстырылды', new: 'жаңа', merged: 'біріктірілді', split: 'бөлінді' },
    note: (status, ps) => {
      switch (status) {
        case 'unchanged': return 'Өзгеріссіз';
        case 'changed': return 'Редакциясы өзгертілді';
        case 'moved': return `${ps[0]}-баптан ауыстырылды`;
        case 'new': return 'Жаңа бап';
        case 'merged': return `${ps.join(', ')}-баптар біріктірілді`;
        case 'split': return `${ps[0]}-баптың бөлігі (бап бөлінді)`;
      }
    },
    similarity: 'сәйкестік',
    pinned: 'prior аннотациясымен бекітілген',
    none: 'Жоқ',
    deleted: 'Алып тасталады',
    dropped: 'Бап жобаға көшірілмеген',
    noPriorArticle: (n) => `алдыңғы редакцияда ${n}-бап жоқ`,
    legend: ['алып тасталатын мәтін', 'жаңа мәтін'],
    legendLead: 'Белгілер: ',
    open: (l, a) => `Ашу: ${l}, ${a}`,
    changes: 'Өзгерістер',
    noChanges: 'Мәтін өзгермеген',
    newNote: (l) => `Жаңа бап: ${l} редакциясында сәйкес бап табылмады`,
    viewTitle: 'Салыстырмалы кесте',
    bill: {
      title: (t, act) => (t ? `«${t}» Заң жобасына салыстырмалы кесте` : `Өзгерістер енгізу туралы заң жобасына салыстырмалы кесте (${act})`),
      unit: (p) => {
        const path = { article: p.article ?? '', paragraph: p.paragraph, subparagraph: p.subparagraph };
        return kCapital(p.article === undefined ? '' : kUnit(path, false, 'nom'));
      },
      section: (n) => `${n} бөлімнің тақырыбы`,
      chapter: (n, whole) => (whole ? `${n}-тарау` : `${n}-тараудың тақырыбы`),
      notApplied: 'Түзету қолданыстағы редакцияға қолданылмайды',
    },
  },
  parallel: {
    numbers: numberWords([
      '+1: бір', '2: екі екісі екісінің екісінде екіден екеуі', '3: үш үшеуі үшінің', '4: төрт төртінің', '5: бес беске бесеуін',
      '6: алты', '7: жеті жетіден', '8: сегіз', '9: тоғыз', '10: он оннан онға', '20: жиырма', '30: отыз отызға',
      '40: қырық қырықтан', '50: елу елуден', '60: алпыс алпыстан', '70: жетпіс жетпістен', '80: сексен сексеннен',
      '90: тоқсан тоқсаннан', '100: жүз жүзден жүзге жүзінен', '20: жиырмадан', '30: отыздан',
      // Ordinals and fractions' denominators are one figure, "/N" («үшінші», «үштен бірі»).
      '/2: жарты жартысы жартысын жартысына жартысының жартысынан', '/3: үштен үшінші', '/4: төрттен төртінші',
      '/5: бестен бесінші', '/6: алтыдан алтыншы', '/7: жетінші', '/8: сегізінші', '/9: тоғызыншы', '/10: оныншы',
    ]),
    // (Session 23: «тоқсан сайын» is «ежеквартально» in the Russian version, «оннан бір» «одна десятая».)
    numberBefore: { 'тоқсан': { 'сайын': '', 'сайынғы': '' }, 'оннан': { 'бір': '/10', 'бірі': '/10', 'біріне': '/10' } },
    romanNouns: /^(?:ба[пб]|параграф|бөлім|тарау|тармақ|бөлі[гк]|қосымша)/u,
    romanBefore: true,
    stemEndings: [],
    languages: { ru: 'Орыс', kk: 'Қазақ', en: 'Ағылшын' },
    side: { here: 'сәйкесі жоқ', there: 'бар, бұл нұсқада жоқ' },
    titles: { ru: 'Орысша нұсқасы', kk: 'Қазақша нұсқасы', en: 'Ағылшынша нұсқасы' },
    open: 'Қатарынан ашу',
    tableTitle: (a, b, name) => `Тіл нұсқалары ${a} — ${b}: ${name}`,
    divergencesHeader: 'Алшақтықтар',
    summary: (rows, diverging) => `Бірліктер саны: ${rows}; алшақтығы барлары: ${diverging}`,
  },};
