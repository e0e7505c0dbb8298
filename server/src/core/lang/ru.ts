// The Russian lexicon (see index.ts). Pure data.

import { actByTitleOf, languageNamed } from '../acts';
import type { Lang } from '../types';
import { orList as or, type BillPath, type BillWriting, type Lexicon, type NounInfo, type Plurality, type CitedUnit, type UnitKind } from './index';
import { numberWords } from './numbers';
import { NUM, SKIP, typedList } from './completion';

/** Unit nouns, every case, generated from stems. */
const NOUNS = new Map<string, NounInfo>();
(function build() {
  const add = (forms: string[], unit: CitedUnit, plural: Plurality) => forms.forEach((f) => NOUNS.set(f, { unit, plural }));
  add(['статья', 'статье', 'статью', 'статьей', 'статьею'], 'article', 'sg');
  add(['статьи'], 'article', 'amb');
  add(['статей', 'статьям', 'статьями', 'статьях'], 'article', 'pl');
  for (const [stem, unit] of [['пункт', 'paragraph'], ['подпункт', 'subparagraph']] as const) {
    add(['', 'а', 'у', 'ом', 'е'].map((e) => stem + e), unit, 'sg');
    add(['ы', 'ов', 'ам', 'ами', 'ах'].map((e) => stem + e), unit, 'pl');
  }
})();
const ABBREVIATIONS = new Map<string, NounInfo>([
  ['ст', { unit: 'article', plural: 'amb' }],
  ['п', { unit: 'paragraph', plural: 'amb' }],
  ['подп', { unit: 'subparagraph', plural: 'amb' }],
]);
/** Ordinal adjectives: stem + adjective ending. */
/**
 * Compound adjectives that begin with a number's genitive: «пяти|летний», «восемнадцати|летнего»,
 * «шести|месячный», «двух|недельный», «десяти|дневный» (not those with two numbers, «двадцатипятилетний»).
 * Entries for numberWords, stems (`*`) taking the lexicon's stemEndings.
 */
function compoundNumbers(): string[] {
  const bases: [string, string][] = [
    ['2', 'двух'], ['3', 'трех'], ['4', 'четырех'], ['5', 'пяти'], ['6', 'шести'], ['7', 'семи'], ['8', 'восьми'], ['9', 'девяти'],
    ['10', 'десяти'], ['11', 'одиннадцати'], ['12', 'двенадцати'], ['13', 'тринадцати'], ['14', 'четырнадцати'], ['15', 'пятнадцати'],
    ['16', 'шестнадцати'], ['17', 'семнадцати'], ['18', 'восемнадцати'], ['19', 'девятнадцати'], ['20', 'двадцати'], ['30', 'тридцати'],
    ['40', 'сорока'], ['50', 'пятидесяти'], ['60', 'шестидесяти'], ['70', 'семидесяти'], ['80', 'восьмидесяти'], ['90', 'девяноста'],
    ['100', 'сто'],
  ];
  const kinds = ['летн*', 'дневн*', 'месячн*', 'недельн*', 'часов*', 'кратн*', 'процентн*'];
  return bases.map(([v, b]) => `${v}: ${kinds.map((k) => b + k).join(' ')}`);
}

export const ORDINAL_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['перв', 1], ['втор', 2], ['трет', 3], ['четверт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8],
  ['девят', 9], ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14],
  ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20],
];
export const ADJECTIVE_ENDINGS = new Set([
  'ый', 'ой', 'ий', 'ого', 'ому', 'ым', 'ом', 'ая', 'ую', 'ое', 'ые', 'ых', 'ыми',
  'ьего', 'ьему', 'ьим', 'ьем', 'ья', 'ьей', 'ью', 'ье', 'ьи', 'ьих', 'ьими',
]);
/**
 * Every ordinal adjective: each stem with each ending (480 forms, made once). `ordinal` is asked for every
 * word the reference scanner reads; one look-up of the word (interned by the scanner, its hash kept)
 * replaces trying the twenty stems on each word starting with one of their first letters (most words:
 * «п», «с», «в», «д», «о», «т»), ≈ 4 % of a first analysis (issue 15, session 11). The first stem that
 * fits wins, as in the loop it replaces (no two stems give one form).
 */
const ORDINAL_FORMS = (() => {
  const m = new Map<string, number>();
  for (const [stem, v] of ORDINAL_STEMS) {
    for (const e of ADJECTIVE_ENDINGS) if (!m.has(stem + e)) m.set(stem + e, v);
  }
  return m;
})();
/** Act names in the genitive, after the citation. */
const ACTS = new Set([
  'закона', 'законов', 'кодекса', 'кодексов', 'указа', 'указов', 'постановления', 'договора', 'конвенции',
  'соглашения', 'регламента', 'протокола', 'декрета', 'пакта',
]);

const NAMES: Record<UnitKind, string> = { section: 'раздел', chapter: 'глава', article: 'статья', paragraph: 'пункт', subparagraph: 'подпункт' };
const HEADINGS: Record<UnitKind, string> = { section: 'Раздел', chapter: 'Глава', article: 'Статья', paragraph: 'Пункт', subparagraph: 'Подпункт' };
const GENITIVE: Record<UnitKind, string> = { section: 'раздела', chapter: 'главы', article: 'статьи', paragraph: 'пункта', subparagraph: 'подпункта' };
const PLURALS: Record<UnitKind, string> = { section: 'разделы', chapter: 'главы', article: 'статьи', paragraph: 'пункты', subparagraph: 'подпункты' };

const IN_LANGUAGE: Record<Lang, string> = { ru: 'на русском языке', kk: 'на казахском языке', en: 'на английском языке' };
/** A bundled act has no text in a language (core/acts.ts actFile). */
function missingText(match: string, language: string, title: string, have: string): string {
  const act = actByTitleOf(title);
  const l = languageNamed(language);
  if (!act || !l) return match;
  return `текста ${act.titleOf.ru} ${IN_LANGUAGE[l]} нет; задайте "atazan.priorLanguage": ${or(have, 'или')}`;
}

// ── Generated amendment bills (core/bill/amend.ts): the phrasing of the real laws in corpus/amendments.
type Case = 'acc' | 'gen' | 'prep' | 'ins';
const BILL_FORMS: Record<'article' | 'paragraph' | 'subparagraph', Record<Case, string> & { insPl: string }> = {
  article: { acc: 'статью', gen: 'статьи', prep: 'статье', ins: 'статьей', insPl: 'статьями' },
  paragraph: { acc: 'пункт', gen: 'пункта', prep: 'пункте', ins: 'пунктом', insPl: 'пунктами' },
  subparagraph: { acc: 'подпункт', gen: 'подпункта', prep: 'подпункте', ins: 'подпунктом', insPl: 'подпунктами' },
};
const billNum = (kind: 'article' | 'paragraph' | 'subparagraph', n: string) => (kind === 'subparagraph' ? `${n})` : n);
/** «пункт 3 статьи 2»: the innermost level in `c`, the outer ones in the genitive; `rel` drops the article. */
function billUnit(path: BillPath, rel: boolean, c: Case): string {
  const levels: ['article' | 'paragraph' | 'subparagraph', string][] = [];
  if (path.subparagraph !== undefined) levels.push(['subparagraph', path.subparagraph]);
  if (path.paragraph !== undefined) levels.push(['paragraph', path.paragraph]);
  if (!rel) levels.push(['article', path.article]);
  return levels.map(([k, n], i) => `${BILL_FORMS[k][i === 0 ? c : 'gen']} ${billNum(k, n)}`).join(' ');
}
/** «в пункте 1 статьи 4 »; nothing for the article of the item's context. */
const billIn = (path: BillPath, rel: boolean) => {
  const u = billUnit(path, rel, 'prep');
  return u ? `в ${u} ` : '';
};
const oneWord = (s: string) => !/\s/u.test(s.trim());
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** «часть вторую»: the ordinal of a part in the accusative. */
const PART_ACC = ['первую', 'вторую', 'третью', 'четвертую', 'пятую', 'шестую', 'седьмую', 'восьмую', 'девятую', 'десятую'];
const joinAnd = (xs: readonly string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} и ${xs[xs.length - 1]}`);
const BILL_WRITE: BillWriting = {
  title: (changes, additions) => `О внесении ${changes && additions ? 'изменений и дополнений' : additions ? 'дополнений' : 'изменений'} в Конституцию Республики Казахстан`,
  enacting: (changes, additions) => `Внести в Конституцию Республики Казахстан следующие ${changes && additions ? 'изменения и дополнения' : additions ? 'дополнения' : 'изменения'}:`,
  billArticle: (n) => `Статья ${n}.`,
  entry: 'Настоящий Закон вводится в действие со дня его официального опубликования.',
  quote: (t) => `«${t}»`,
  context: (a) => `В статье ${a}:`,
  replaceUnit: (p, rel) => `${billUnit(p, rel, 'acc')} изложить в следующей редакции:`,
  deleteUnit: (p, rel) => `${billUnit(p, rel, 'acc')} исключить`,
  replaceUnits: (ps, rel) => {
    const kind = ps[0].subparagraph !== undefined ? 'subparagraph' : ps[0].paragraph !== undefined ? 'paragraph' : 'article';
    const parent: BillPath = kind === 'subparagraph' ? { article: ps[0].article, ...(ps[0].paragraph !== undefined ? { paragraph: ps[0].paragraph } : {}) } : { article: ps[0].article };
    const of = kind === 'article' ? '' : billUnit(parent, rel, 'gen');
    return [PLURALS[kind], joinAnd(ps.map((p) => billNum(kind, p[kind]!))), of, 'изложить в следующей редакции:'].filter((x) => x).join(' ');
  },
  insertUnits: (parent, kind, ns, rel) => {
    const what = `${ns.length > 1 ? BILL_FORMS[kind].insPl : BILL_FORMS[kind].ins} ${joinAnd(ns.map((n) => billNum(kind, n)))}`;
    const head = parent && !(rel && parent.paragraph === undefined) ? `${billUnit(parent, rel, 'acc')} дополнить` : 'дополнить';
    return `${head} ${what} следующего содержания:`;
  },
  replaceWords: (p, rel, o, n) => `${billIn(p, rel)}${oneWord(o) ? 'слово' : 'слова'} «${o}» заменить ${oneWord(n) ? 'словом' : 'словами'} «${n}»`,
  deleteWords: (p, rel, o) => `${billIn(p, rel)}${oneWord(o) ? 'слово' : 'слова'} «${o}» исключить`,
  insertWords: (p, rel, anchor, pos, w) => {
    const where = anchor === undefined ? '' : `${pos === 'after' ? 'после' : 'перед'} ${oneWord(anchor) ? 'слова' : 'слов'} «${anchor}»`;
    return [billUnit(p, rel, 'acc'), where, `дополнить ${oneWord(w) ? 'словом' : 'словами'} «${w}»`].filter((x) => x).join(' ');
  },
  wordsAt: (p, rel) => billIn(p, rel).trim(),
  wordsAtMany: (ps, rel) => {
    const kind = ps[0].subparagraph !== undefined ? 'subparagraph' : 'paragraph';
    const parent: BillPath = kind === 'subparagraph' ? { article: ps[0].article, ...(ps[0].paragraph !== undefined ? { paragraph: ps[0].paragraph } : {}) } : { article: ps[0].article };
    return ['в', kind === 'subparagraph' ? 'подпунктах' : 'пунктах', joinAnd(ps.map((p) => billNum(kind, p[kind]!))), billUnit(parent, rel, 'gen')].filter((x) => x).join(' ');
  },
  replaceClause: (o, n) => `${oneWord(o) ? 'слово' : 'слова'} «${o}» заменить ${oneWord(n) ? 'словом' : 'словами'} «${n}»`,
  deleteClause: (o) => `${oneWord(o) ? 'слово' : 'слова'} «${o}» исключить`,
  insertClause: (anchor, pos, w) => [
    anchor === undefined ? '' : `${pos === 'after' ? 'после' : 'перед'} ${oneWord(anchor) ? 'слова' : 'слов'} «${anchor}»`,
    `дополнить ${oneWord(w) ? 'словом' : 'словами'} «${w}»`,
  ].filter((x) => x).join(' '),
  capital,
  // As the referendum amendments of 2022 write a section's heading (items 22 and 27).
  frame: (place, form) => ('preamble' in place
    ? (form === 'in' ? 'в преамбуле' : 'преамбулу')
    : `${form === 'in' ? 'в заголовке' : 'заголовок'} раздела ${place.section}`),
  replacePart: (p, part, rel) => [`часть ${PART_ACC[part - 1]}`, billUnit(p, rel, 'gen'), 'изложить в следующей редакции:'].filter((x) => x).join(' '),
  replaceFrame: (place) => `${capital('preamble' in place ? 'преамбулу' : `заголовок раздела ${place.section}`)} изложить в следующей редакции:`,
  newEdition: (appendix) => `Конституцию Республики Казахстан изложить в новой редакции${appendix ? ' согласно приложению к настоящему Закону.' : ':'}`,
  appendix: 'Приложение к настоящему Закону',
};

export const ru: Lexicon = {
  lang: 'ru',
  unitNames: NAMES,
  unitHeading: (kind, n) => `${HEADINGS[kind]} ${n}${kind === 'subparagraph' ? ')' : ''}`,
  unitInAddress: (kind, n) => (kind === 'paragraph' ? `пункт ${n}` : `подпункт ${n})`),
  unitRef: (kind, n) => `${NAMES[kind]} ${n}`,
  parentArticle: (a) => `статья ${a}`,
  parentParagraph: (a, p) => `пункт ${p} статьи ${a}`,
  preamble: 'Преамбула',
  articleShort: (ns) => `ст. ${ns.join(', ')}`,
  paragraphShort: (label) => (!label ? 'часть' : label.endsWith(')') ? `пп. ${label}` : `п. ${label}`),
  unitForms: Object.fromEntries((Object.keys(NAMES) as UnitKind[]).map((k) => [k, {
    gen: (n: string) => `${GENITIVE[k]} ${n}`, abl: (n: string) => n, pl: PLURALS[k],
  }])) as Lexicon['unitForms'],

  headings: {
    article: { order: 'word-number', words: ['Статья'] },
    chapter: { order: 'word-number', words: ['Глава'] },
    section: { order: 'word-number', words: ['Раздел'] },
  },
  markup: {
    definitionsTitle: /(?:основные\s+)?понятия,?\s+(?:используемые|применяемые)\s+в\s+настоящем|^основные\s+понятия$|^основные\s+термины|понятий,?\s+содержащихся\s+в\s+настоящем/iu,
    termEnding: 3,
    notes: ['Сноска', 'Примечание ИЗПИ', 'Примечание РЦПИ'],
    noteEndings: ['(см. стар. ред.)', '(см. стар.ред.)', '(см. старую редакцию)'],
    parenthesisNote: ['в редакции', 'изложен', 'исключен', 'изменени', 'дополнен', 'Закон'],
    gazettes: ['Ведомости', 'Собрание законодательства'],
    signature: ['Президент Республики Казахстан', 'Президент Российской Федерации', 'Президент Кыргызской Республики'],
    subchapter: ['Параграф', '§'],
    headingNumeral: (w) => {
      for (const [stem, v] of ORDINAL_STEMS) {
        if (w.startsWith(stem) && (w.endsWith('ый') || w.endsWith('ой') || w.endsWith('ий')) && w.length - stem.length === 2) return v;
      }
      return 0;
    },
    letters: 'абвгдежзиклмнопрстуфхцчшщэюя',
    // «Внести в … изменения:»; «Конституцию … изложить в новой редакции:» (a new edition of the whole act, quoted).
    amending: ['Внести', 'изложить в новой редакции'],
    citedAfterNumber: [],
    home: ['Казахстан'],
    foreign: ['Российской Федерации', 'Кыргызской Республики', 'Республики Беларусь', 'Республики Узбекистан', 'Республики Таджикистан', 'Украины', 'Республики Армения', 'Азербайджанской Республики', 'Грузии', 'Республики Молдова', 'Туркменистана'],
  },
  scan: {
    order: 'noun-first',
    noun: (w) => NOUNS.get(w) ?? null,
    nounPrefix: /^(?:под)?пункт|^стат[ьеи]/iu,
    abbreviations: ABBREVIATIONS,
    isRelative: (w) => w.startsWith('настоящ') || w === 'данной' || w === 'данного' || w === 'данная' || w === 'данный' || w === 'данном' || w === 'данную',
    isAnaphoric: (w) => w.startsWith('данн'),
    listSeparators: new Set(['и', 'или', 'либо']),
    groupSeparators: new Set(['и', 'или', 'либо', 'а', 'также']),
    ordinal: (w) => ORDINAL_FORMS.get(w) ?? 0,
    ordinalAfterNoun: true,
    ordinalLead(before, nounFirst) {
      const m = /(^|[^\p{L}])([вВсС])о(\s+)$/u.exec(before);
      return m && !nounFirst ? { take: m[2].length + 1 + m[3].length, write: `${m[2]}${m[3]}`, capital: false } : null;
    },
    isPartWord: (w) => w.startsWith('част') || w.startsWith('абзац') || w.startsWith('предложени') || w.startsWith('строк'),
    isPartNoun: (w) => /^(?:част(?:ь|и|ью|ям|ями|ях)|абзац(?:а|е|ем|ы|ев|ам|ами|ах)?)$/.test(w),
    partValue(w) { return this.ordinal(w); },
    partTens: new Map([['двадцать', 20], ['тридцать', 30], ['сорок', 40], ['пятьдесят', 50], ['шестьдесят', 60], ['семьдесят', 70], ['восемьдесят', 80], ['девяносто', 90]]),
    // «стат» (статья …), «ст.», «пункт» (пункт, подпункт …), «п.» (п., подп.), Latin look-alikes allowed.
    mayCite: /[сСcC][тТtT](?:[аАaA][тТtT]|\.)|[пП](?:\.|[уУyY][нН][кКkK][тТtT])/,
    acts: {
      isConstitution: (w) => /^конституци(я|и|ю|ей|ею)$/.test(w),
      isAdopted: (w) => w.startsWith('принят'),
      actTitle: /(?:(?:^|\s)(?:конституционный\s+закон|закон|кодекс|указ|постановление)\s(?:[^.]*\s)?республики\s+казахстан\s+от\s|^(?:конституционный\s+закон|закон|кодекс)\s+республики\s+казахстан\.?$|^о\s+внесении\s+(?:изменени|дополнени))/iu,
      isAct: (w) => ACTS.has(w),
      isActAdjective: (w) => /(ого|его|ой|ых|их)$/.test(w),
      yearWord: 'года',
      country: ['республики', 'казахстан'],
    },
  },
  excluded: { article: 'Исключена.', paragraph: 'Исключен.' },

  completion: (() => {
    const list = typedList(['и', 'или']);
    const art = String.raw`(?:стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|статей)`;
    return {
      order: 'noun-first' as const,
      article: new RegExp(String.raw`(?:^|[^\p{L}])(${art})\s+${list}$`, 'iu'),
      relativeBefore: /(?:настоящ|эт|данн)\S*\s+$/iu,
      paragraphOfArticle: new RegExp(String.raw`пункт\S*\s+(${NUM})\s+${art}\s+${list}$`, 'iu'),
      paragraph: new RegExp(String.raw`(?:^|[^\p{L}])(пункт(?:а|е|у|ом|ы|ов|ам|ами|ах)?)\s+${list}$`, 'iu'),
      subparagraph: new RegExp(String.raw`(?:^|[^\p{L}])(подпункт(?:а|е|у|ом|ы|ов|ам|ами|ах)?)\s+${list}$`, 'iu'),
      afterArticle: new RegExp(String.raw`^${SKIP}\s*(?:${art}\s+(${NUM})|(настоящей|этой|данной)\s+стать)`, 'iu'),
      afterParagraph: new RegExp(String.raw`^${SKIP}\s*пункт\S*\s+(${NUM})\s+(?:(?:стать\S*|статей)\s+(${NUM})|(?:настоящей|этой|данной)\s+стать)`, 'iu'),
      insertSubparagraph: (n: string) => `${n})`,
      notANumber: ['закон', 'кодекс', 'конституц', 'указ', 'постановлен', 'регламент', 'договор', 'настоящ', 'этой', 'этого', 'данной', 'данного', 'соответств', 'котор', 'либо', 'также'],
    };
  })(),
  bill: {
    hover: {
      before: 'Действующая редакция', after: 'После изменения', applies: 'Применяется', notApplied: 'Не применяется',
      inEdition: (d) => `Уже есть в редакции на ${d}`, notChecked: 'Не сверяется: закон изменял более раннюю редакцию',
      kinds: { 'replace-unit': 'новая редакция', 'insert-unit': 'дополнение', 'delete-unit': 'исключение', 'replace-words': 'замена слов', 'insert-words': 'дополнение словами', 'delete-words': 'исключение слов' },
      wholeAct: 'Конституция в целом',
      wholeSummary: (a, n, d) => `статей изменяется: ${a}, новых: ${n}, исключается: ${d}`,
    },
    // A new edition of the whole act: «… изложить в новой редакции» (the wording of amending acts, e.g.
    // «Приложения … изложить в новой редакции»), the text in the law's appendix («согласно приложению к
    // настоящему …») or quoted after a colon.
    newEdition: /^[ \t#]*(?:статья\s+1\s*\.\s*)?конституци[а-я]*\s+республики\s+казахстан\s+изложить\s+в\s+новой\s+редакции(?<appendix>\s+согласно\s+приложению)?/mu,
    appendix: /^[ \t#]*приложение(?:\s+к\s+настоящему\s+закону)?[ \t]*$/u,
    newEditionReason: (r) => {
      const list = (xs: readonly string[]) => joinAnd(xs as string[]);
      switch (r.kind) {
        case 'excluded': return `статьи ${list(r.articles)} остались бы в тексте с отметкой об исключении (поправки не перенумеровывают акт)`;
        case 'sections-added': return `добавлены разделы ${list(r.sections)}`;
        case 'sections-removed': return `исключены разделы ${list(r.sections)}`;
        case 'sections-moved': return `статьи ${list(r.articles)} открывают другой раздел (поправки не переносят статьи между разделами)`;
        case 'title': return 'изменены строки заголовка акта';
        case 'preamble-added': return 'добавлена преамбула';
        case 'preamble-removed': return 'исключена преамбула (поправка излагает преамбулу в новой редакции, но не исключает её)';
        case 'notes': return 'отличаются только сноски, оформление или формулировки отметок об исключении (не текст норм)';
        case 'text': return `текст после применения поправок отличается от новой редакции начиная со строки ${r.line}`;
      }
    },
    intro: /(?:внести|вносятся)[^\n]*(?:изменени|дополнени)/iu,
    end: /^\s*(?:статья\s+\d+\s*\.|[ivxlcі]+\.\s|президент)/iu,
    // (Session 25: an item that names its act without «в»: «4. Закон Республики Казахстан от 18 марта 2002 года "Об
    // органах юстиции" (…):», a 2003 law.)
    actLine: /^(?:в\s+(?!(?:стать|пункт|подпункт|част|абзац|заголов|раздел|глав)[а-я]*\s)[^\n]*(?:закон|кодекс|указ)|(?:конституционн[а-я]*\s+)?(?:закон|кодекс|указ)[а-я]*\s)[^\n]*:\s*$/iu,
    wordsNoun: /(?<![\p{L}])(?:слов[оа]?|цифр[аыу]?)(?![\p{L}])/u,
    // (Session 25: «внесены изменения в заголовок и текст главы 6 на государственном языке, заголовок и текст на
    // русском языке не изменяются».)
    otherLanguage: /внесен[оы]?\s+изменени[ея]\s+в\s+(?:заголов[а-я]*\s+и\s+)?текст[^\n]*на\s+государственном\s+языке/iu,
    appendVerb: { before: 'дополнить словами ' },
    statementLine: /^(?:в\s+|во\s+)?(?:стать|пункт|подпункт|част|абзац|глав|раздел)[а-я]*\s[^\n]*(?:изложить\s+в\s+(?:следующей|новой)\s+редакции|исключить|следующего\s+содержания|считать[^\n]*)\s*[:;.]?\s*$/iu,
    ops: [
      // Words, or figures («после цифр «497,» дополнить цифрами «497-1, 497-2,»»); replaced by a conjunction or a
      // preposition too («… заменить союзом "и"», session 25: a 2006 law).
      { kind: 'replace-words', re: String.raw`(?:слов(?:о|а)|цифр(?:а|ы|у)?)\s+{old}{occ}заменить\s+(?:соответственно\s+)?(?:слов(?:ом|ами)|цифр(?:ой|ами)|союзом|предлогом)\s+{new}` },
      { kind: 'insert-words', re: String.raw`(?<pos>после|перед)\s+(?:слов(?:а|ом|ами)?|цифр(?:ы|ой|ами)?)\s+{anchor}{occ}дополнить\s+(?:соответственно\s+)?(?:слов(?:ом|ами)|цифр(?:ой|ами))\s*:?\s*{new}` },
      { kind: 'insert-words', re: String.raw`дополнить\s+(?:слов(?:ом|ами)|цифр(?:ой|ами))\s*:?\s*{new}` },
      // «после слов «…» запятую исключить» (a 1997 law, session 24): the mark after the words, as a replacement of
      // the words with the mark by the words (bill/read.ts).
      { kind: 'replace-words', re: String.raw`(?<pos>после)\s+(?:слов(?:а|ом|ами)?|цифр(?:ы|ой|ами)?)\s+{anchor}{occ}(?<mark>запятую|точку\s+с\s+запятой|точку)\s+исключить` },
      { kind: 'delete-words', re: String.raw`(?:слов(?:о|а)|цифр(?:а|ы|у)?)\s+{old}{occ}исключить` },
      { kind: 'replace-unit', re: String.raw`изложить\s+в\s+(?:следующей\s+)?редакции\s*:?\s*{text}` },
      { kind: 'insert-unit', re: String.raw`дополнить\s+(?<obj>[^\u0001:]*?)\s*(?:следующего\s+содержания\s*)?:?\s*{text}` },
      { kind: 'delete-unit', re: String.raw`исключить` },
    ],
    occurrence: String.raw`(?:в|во)\s+[а-я]+(?:(?:\s*,\s*|\s+и\s+)[а-я]+)*\s+случа(?:е|ях)`,
    after: new Set(['после']),
    before: new Set(['перед']),
    part: /част[а-я]*/iu,
    indent: /абзац[а-я]*/iu,
    // «в абзаце двадцать втором» (session 24: read as the second before).
    tens: new Map([['двадцать', 20], ['тридцать', 30], ['сорок', 40], ['пятьдесят', 50]]),
    // (Session 25: the plural too, «оглавление дополнить заголовками статей 127-1 и 127-2».)
    title: /^(?:заголов(?:ок|ка|ке|ком|ки|ков|кам|ками|ках)|назван(?:ие|ия|ии|ием|иями|иях)|наименован(?:ие|ия|ии|ием|иями|иях))$/iu,
    contents: /^оглавлени[а-я]*$/iu,
    text: /^текст(?:а|е|ом)?$/iu,
    and: new Set(['и', 'или']),
    otherAct: /закон|кодекс/iu,
    subparagraphNumberFirst: false,
    otherActTrim: /^\s*Внести\s+(?:(?:изменени[ея]|дополнени[ея])(?:\s+и\s+(?:изменени[ея]|дополнени[ея]))?\s+)?во?\s+|\s+следующие\s+(?:изменени|дополнени)[\s\S]*$/giu,
    code: /кодекс/iu,
    sentence: /предложени[а-я]*/iu,
    last: /^последн[а-я]*$/iu,
    heading: /заголов[а-я]*\s+раздела\s+(?<n>[ivxlcіх]+)/iu,
    everywhere: /по\s+всему\s+тексту/iu,
    chapterNamed: /(?<![\p{L}])глав[ыеуа]\s+(?<n>\d+(?:-\d+)*|[ivxlcіх]+(?![\p{L}]))/iu,
    row: /(?<![\p{L}])(?:строк[а-я]{0,3}|граф(?:а|е|у|ы|ой))(?![\p{L}])/iu,
    annex: /(?<![\p{L}])приложени[а-я]*/iu,
    // «заголовок главы 3», «в названии главы 2», «наименование главы IV» (session 24: a 1997 law).
    chapterHeading: /(?:заголов|назван|наименован)[а-я]*\s+главы\s+(?<n>\d+(?:-\d+)*|[ivxlcіх]+(?![а-я]))/iu,
    chapterWhole: /(?<![\p{L}\p{N}])главу\s+(?<n>\d+(?:-\d+)*|[ivxlcіх]+)(?![\p{L}\p{N}-])/iu,
    preamble: /преамбул[а-я]*/iu,
    missing: { unit: (n) => `структурной единицы ${n} (статья.пункт.подпункт)`, preamble: 'преамбулы', section: (n) => `раздела ${n}`, chapter: (n) => `главы ${n}` },
    otherActReason: (act) => `законопроект вносит изменения в ${act}: свяжите его с файлом этого акта (<!-- amends: ПУТЬ --> или atazan.amendmentBills)`,
    wordsIn: { unit: (n) => `структурной единице ${n}`, preamble: 'преамбуле', everywhere: 'тексте', section: (n) => `заголовке раздела ${n}` },
    subject: { unit: (n) => `структурная единица ${n}`, preamble: 'преамбула', section: (n) => `заголовок раздела ${n}`, chapter: (n) => `заголовок главы ${n}` },
    enacted: /(?<![\p{L}\p{N}])(?<d>\d{1,2})(?:\.(?<mm>\d{2})\.|\s+(?<mon>январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*\s+)(?<y>\d{4})(?:\s*(?:года|г\.))?[\s,]*(?:№|N)\s*(?<n>\d+(?:-[IVXLCІ]+)?)/u,
    months: ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'],
    entry: /(?:^|\.\s+)Настоящий\s+Закон\s+(?<e>вводится\s+в\s+действие[^\n]*?)(?:\s+с\s+учетом\s+положений[^\n]*?)?\.[ \t]*$/mu,
    excludedBy: (kind, heading, law) => {
      const by = `Законом РК от ${law.date}${law.number ? ` № ${law.number}` : ''}${law.entry ? ` (${law.entry})` : ''}`;
      return kind === 'article' ? `Сноска. ${heading} исключена ${by}.` : kind === 'paragraph' ? `Исключен ${by}.` : `исключен ${by}`;
    },
    write: BILL_WRITE,
  },
  messages: {
    'section-number-gap': 'Раздел {number} следует за разделом {previous}: пропущен раздел {expected}',
    'section-number-duplicate': 'Номер раздела {number} повторяется: строки {firstLine} и {secondLine}',
    'section-number-order': 'Раздел {number} стоит после раздела {previous}: нарушен порядок разделов',
    'section-numeral-invalid': 'Номер раздела «{number}» — неверное римское число{detail}',
    'chapter-number-gap': 'Глава {number} следует за главой {previous}: пропущена глава {expected}',
    'chapter-number-duplicate': 'Номер главы {number} повторяется: строки {firstLine} и {secondLine}',
    'chapter-number-order': 'Глава {number} стоит после главы {previous}: нарушен порядок глав',
    'subchapter-number-gap': 'Параграф {number} следует за параграфом {previous}: пропущен параграф {expected}',
    'subchapter-number-duplicate': 'Номер параграфа {number} повторяется: строки {firstLine} и {secondLine}',
    'subchapter-number-order': 'Параграф {number} стоит после параграфа {previous}: нарушен порядок параграфов',
    'article-number-gap': 'Статья {number} следует за статьей {previous}: пропущена статья {expected}',
    'article-number-duplicate': 'Номер статьи {number} повторяется: строки {firstLine} и {secondLine}',
    'article-number-order': 'Статья {number} стоит после статьи {previous}: нарушен порядок статей',
    'paragraph-number-gap': 'Пункт {number} статьи {article} следует за пунктом {previous}: пропущен пункт {expected}',
    'paragraph-number-duplicate': 'Номер пункта {number} статьи {article} повторяется: строки {firstLine} и {secondLine}',
    'paragraph-number-order': 'Пункт {number} статьи {article} стоит после пункта {previous}: нарушен порядок пунктов',
    'subparagraph-number-gap': 'Подпункт {number}) ({parent}) следует за подпунктом {previous}): пропущен подпункт {expected})',
    'subparagraph-number-duplicate': 'Номер подпункта {number}) ({parent}) повторяется: строки {firstLine} и {secondLine}',
    'subparagraph-number-order': 'Подпункт {number}) ({parent}) стоит после подпункта {previous}): нарушен порядок подпунктов',
    'heading-malformed': 'Строка читается как заголовок статьи {number}, записанный без названия единицы: должно быть «{heading}. …»',
    'inserted-number-misplaced': 'Вставленный номер {number} ({unit}) должен стоять сразу после {base} или {base}-x, а не после {previous}',
    'reference-unresolved-article': 'Статьи {number} в документе нет',
    'reference-unresolved-paragraph': 'В статье {article} нет пункта {number}',
    'reference-unresolved-subparagraph': 'В {parent} нет подпункта {number})',
    'reference-unresolved-part': '{parent}: нет части {number} (частей: {count})',
    'reference-range-invalid': 'Диапазон {from}–{to} указан в обратном порядке или пуст',
    'reference-ambiguous': 'Номер статьи {number} повторяется: неясно, на какую из двух статей ссылка',
    'reference-to-excluded': 'Ссылка на исключенную единицу: {target}',
    'reference-constitution-unresolved': 'В Конституции ({act}) нет такой единицы: {target}',
    'reference-act-unresolved': 'В акте «{act}» нет такой единицы: {target}',
    'reference-constitution-renumbered': 'Ссылка по нумерации Конституции ({from}); в Конституции ({act}) это {target}',
    'reference-constitution-unmatched': 'Ссылка по нумерации Конституции ({from}); в Конституции ({act}) нет единственного соответствия, проверьте вручную',
    'reference-ordinal-adjective': 'Нумерованную структурную единицу ({unit}) указывают цифрой, а не порядковым прилагательным (Закон № 480-V, ст. 25): «{suggestion}»',
    'reference-no-context': 'Ссылка на {unit} не указывает статью и стоит вне статьи',
    'comment-unterminated': 'Комментарий «<!--» не закрыт «-->» в этой строке; он заканчивается в конце строки',
    'prior-annotation-invalid': 'Аннотация должна иметь вид «<!-- prior: 13 -->», «<!-- prior: 31, 38 -->» или «<!-- prior: none -->»',
    'prior-annotation-orphan': 'Аннотация prior стоит вне статьи и ничего не закрепляет',
    'prior-article-missing': 'В предыдущей конституции ({prior}) нет статьи {number}',
    'prior-unavailable': 'Предыдущую конституцию «{prior}» нельзя использовать: {reason}',
    'text-invisible-character': 'Не видно в редакторе: {chars}. Поиск этого слова ничего не найдёт',
    'text-nbsp-between-words': 'Неразрывный пробел между словами ({chars}): поиск с обычным пробелом не найдёт этот текст',
    'document-not-text': 'Документ содержит символы NUL и, вероятно, не является текстовым',
    'bill-instruction-unreadable': 'Пункт {item} похож на поправку, но прочитать его не удалось: из него ничего не будет применено',
    'bill-quote-unclosed': 'Пункт {item}: открытые здесь кавычки продолжаются на инструкцию («{line}»): похоже, не хватает закрывающей кавычки, и эта инструкция прочитана как часть цитаты',
    'bill-verb-missing': 'В пункте {item} названа структурная единица и приведены слова, но нет глагола: пункт прочитан как «дополнить словами» (в конце единицы); допишите глагол',
    'bill-target-missing': 'Пункт {item}: в акте нет {unit}',
    'bill-words-not-found': 'Пункт {item}: в {unit} акта нет слов «{words}»',
    'bill-words-ambiguous': 'Пункт {item}: слова «{words}» встречаются в {unit} {count} раз(а): изменяются все вхождения; если имеется в виду одно, укажите какое («во втором случае»)',
    'bill-insert-collision': 'Пункт {item}: структурная единица {unit} в акте уже есть: дополняемый номер совпадает с ней',
    'bill-insert-base-missing': 'Пункт {item}: дополняемой единице {unit} должна предшествовать {base}, которой в акте нет',
    'bill-new-text-numbering': 'Пункт {item}: нарушена нумерация новой редакции ({units}): каждая единица начинается со своего номера, перечни идут без пропусков',
    'bill-new-text-citation': 'Пункт {item}: новая редакция ссылается на {unit}, которой после внесения изменений не будет',
    'bill-unit-twice': 'Пункт {item}: {unit} изменяется и пунктом {other}: изменения одной единицы вносятся одним пунктом',
    'bill-order': 'Пункт {item}: {unit} стоит в акте раньше единицы пункта {other}: поправки излагаются в порядке статей акта',
    'bill-earlier-edition': 'Закон вносит изменения в более раннюю редакцию акта, чем проверяемая здесь (редакция на {edition}, в которой уже есть {found} из {total} его изменений): его поправки с ней не сверяются. Чтобы проверить их, свяжите закон с текстом, который он изменял (<!-- amends: ПУТЬ -->)',
    'parallel-unit-missing': '{side} {other} версии: {target}',
    'parallel-unit-excluded': 'Исключение только в одной версии: здесь {target}, в {other} версии {counterpart}',
    'parallel-unit-number': 'Разные номера на одном месте: здесь {target}, в {other} версии {counterpart}',
    'parallel-citation': 'Разные ссылки ({target}): здесь {cites}, в {other} версии {otherCites}',
    'parallel-figures': 'Разные числа ({target}): здесь {figures}, в {other} версии {otherFigures}',
    'parallel-length': 'Несоразмерная длина ({target}): {ratio} от обычной относительно {other} версии (пропущено или добавлено предложение?)',
  },
  cli: {
    fileSummary: '{file}: {lang}, {sections}, {articles}, {references} (разрешено: {resolved}), {problems}',
    total: '{errors}, {warnings}; файлов: {n}',
    counts: {
      sections: { one: 'раздел', few: 'раздела', many: 'разделов', other: 'раздела' },
      articles: { one: 'статья', few: 'статьи', many: 'статей', other: 'статьи' },
      references: { one: 'ссылка', few: 'ссылки', many: 'ссылок', other: 'ссылки' },
      problems: { one: 'замечание', few: 'замечания', many: 'замечаний', other: 'замечания' },
      errors: { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' },
      warnings: { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' },
      files: { one: 'файл', few: 'файла', many: 'файлов', other: 'файла' },
    },
  },
  requestErrors: {
    priorCannotOpen: 'Предыдущую конституцию «{id}» ({lang}) нельзя открыть: {reason}',
    priorCannotUse: 'Предыдущую конституцию «{id}» нельзя использовать: {reason}',
    billLanguage: 'Законопроект о поправках пишется на русском или казахском языке; проект написан на языке «{lang}»',
    noDocument: 'Документ не указан',
    notOpen: 'Документ не открыт в языковом сервере',
    unknownFormat: 'Неизвестный формат экспорта «{format}» (md, html, docx, json)',
  },
  numeralProblems: {
    mixed: ': смешаны латинские и кириллические буквы',
    homoglyph: ': оно написано похожими кириллическими буквами',
    arabic: ': разделы нумеруются римскими цифрами',
  },
  invisibleNames: {
    'U+00AD': 'мягкий перенос U+00AD',
    'U+200B': 'пробел нулевой ширины U+200B',
    'U+200C': 'разъединитель нулевой ширины U+200C',
    'U+200D': 'соединитель нулевой ширины U+200D',
    'U+2060': 'соединитель слов U+2060',
    'U+FEFF': 'неразрывный пробел нулевой ширины U+FEFF',
  },
  priorReasons: [
    { re: /^no (\w+) text of (.+) is available; set "atazan\.priorLanguage" to ((?:"\w+"(?: or )?)+)$/,
      text: missingText },
    { re: /^the workspace is not trusted, so a prior given as a path is not read \(use ([\w-]+(?: or [\w-]+)*), or trust the workspace\)$/,
      text: (_m, ids: string) => `рабочая область не доверенная, поэтому прежняя Конституция, заданная путём, не читается (используйте ${or(ids, 'или')} либо доверьте рабочую область)` },
    { re: /^a prior given as a path is not read in VS Code for the Web \(use ([\w-]+(?: or [\w-]+)*)\)$/,
      text: (_m, ids: string) => `в веб-версии редактора прежняя Конституция, заданная путём, не читается (используйте ${or(ids, 'или')})` },
    { re: /^the path is empty$/,
      text: 'путь не указан' },
    { re: /^the path is invalid$/,
      text: 'недопустимый путь' },
    { re: /^no workspace folder is open, so a prior path cannot be resolved$/,
      text: 'папка рабочей области не открыта, поэтому путь к прежней Конституции не разрешить' },
    { re: /^(“.*”) was not found in the workspace$/,
      text: '$1 не найден в рабочей области' },
    { re: /^(“.*”) is outside the workspace folder$/,
      text: '$1 находится вне папки рабочей области' },
    { re: /^(“.*”) does not exist$/,
      text: '$1 не существует' },
    { re: /^(“.*”) resolves \(through a symbolic link\) outside the workspace folder$/,
      text: '$1 указывает (через символическую ссылку) за пределы папки рабочей области' },
    { re: /^the file does not exist$/,
      text: 'файл не существует' },
    { re: /^permission denied$/,
      text: 'нет прав доступа' },
    { re: /^cannot read the file \((.*)\)$/,
      text: 'не удаётся прочитать файл ($1)' },
    { re: /^it is a directory, not a text file$/,
      text: 'это папка, а не текстовый файл' },
    { re: /^it is not a regular file$/,
      text: 'это не обычный файл' },
    { re: /^the file is too large \(([\d.]+) MB; the limit is (\d+) MB\)$/,
      text: 'файл слишком большой ($1 МБ; предел — $2 МБ)' },
    { re: /^it is not a text file \(contains NUL bytes\)$/,
      text: 'это не текстовый файл (содержит байты NUL)' },
    { re: /^it is not a UTF-8 text file$/,
      text: 'это не текстовый файл в кодировке UTF-8' },
    { re: /^no article headings were found in it \(expected «Статья 1», «1-бап» or “Article 1” on their own lines\)$/,
      text: 'в нём нет заголовков статей (ожидаются отдельные строки «Статья 1», «1-бап» или “Article 1”)' },
    { re: /^the bundled data\/priors folder was not found$/,
      text: 'встроенная папка data/priors не найдена' },
  ],

  plurals: {
    cited: { one: 'ссылка', few: 'ссылки', many: 'ссылок', other: 'ссылки' },
    references: { one: 'ссылку', few: 'ссылки', many: 'ссылок', other: 'ссылки' },
    numbers: { one: 'номер', few: 'номера', many: 'номеров', other: 'номера' },
    citations: { one: 'ссылку', few: 'ссылки', many: 'ссылок', other: 'ссылки' },
    citationsOf: { one: '{n} ссылку на статью {a}', few: '{n} ссылки на статью {a}', many: '{n} ссылок на статью {a}', other: '{n} ссылки на статью {a}' },
    free: { one: 'свободным номер {x}', other: 'свободными номера {x}' },
    invisibleChars: { one: 'невидимый символ', few: 'невидимых символа', many: 'невидимых символов', other: 'невидимого символа' },
    places: { one: 'место', few: 'места', many: 'мест', other: 'места' },
  },
  noReferences: 'нет ссылок',
  more: (n) => `…и ещё ${n}`,
  citedInDocument: 'Ссылки в документе',
  nothing: 'ничего',
  afterRenumbering: '{n} после перенумерации',

  renumber: {
    messages: {
      'rename-no-number':
        'Поставьте курсор на номер статьи, пункта или подпункта либо на номер в ссылке на них',
      'rename-unresolved':
        'Номер в ссылке не указывает на существующую единицу ({unit}), переименовывать нечего',
      'rename-invalid-number':
        '«{number}» — недопустимый номер ({unit}): используйте цифры, при необходимости со вставкой вида 12-1',
      'rename-collision':
        'Номер {number} ({unit}) уже занят{where}: выберите свободный номер',
      'rename-breaks-reference':
        'Новый номер {number} ({unit}) изменил бы смысл ссылок: {count} (первая: «{reference}», строка {line}); сначала исправьте ссылку',
      'renumber-reference-changed':
        'После перенумерации эта ссылка указывала бы на другую единицу или никуда; проверьте ее',
      'rename-unchanged':
        'Единица ({unit}) уже имеет номер {number}',
      'renumber-range-broken':
        'Диапазон {from}–{to} нельзя безопасно переписать ({reason}); он оставлен без изменений — проверьте его',
      'renumber-unresolved-captured':
        'Неразрешенная ссылка ({unit} {number}) после перенумерации будет указывать на существующую единицу; проверьте ее',
      'renumber-repointed':
        'строка {line}: «{reference}» — {before} → {after}',
      'renumber-article-not-found':
        'Статьи {number}, пункты которой нужно перенумеровать, нет',
    },
    reasons: {
      endpoint: 'один из концов не существует',
      order: 'охватываемые единицы больше не будут идти по возрастанию номеров',
    },
    where: (place) => ` (${place})`,
  },
  actions: {
    fix: 'Изменить номер {unit} на {new}{refs}',
    fixRefs: ' и {refs}',
    refs: ' и {refs}',
    from: 'Перенумеровать {units} начиная с {old} ({numbers}{refs})',
    repoints: '{base} — перенаправит {cites}',
    keepFree: '{base}, оставив {free} для неразрешенных ссылок',
    keepExcluded: 'Сохранить статью {number} как исключенную («{heading} {note}» после статьи {previous})',
    keepExcludedParagraph: 'Сохранить пункт {number} статьи {article} как исключенный («{line}»)',
    keepExcludedMany: 'Сохранить статьи {number} как исключенные (после статьи {previous})',
    normalise: 'Записать номер раздела римской цифрой {new}',
    replace: 'Заменить на {new}',
    addVerb: 'Дописать глагол: «{verb}»',
    digits: 'Указать номером: «{new}»',
    replaceNbsp: 'Заменить неразрывный пробел обычным',
    cleanAll: 'Очистить весь файл от невидимых символов и неразрывных пробелов между словами ({n})',
    migrate: 'Сослаться на Конституцию ({act}): {target}',
    summary: 'Перенумерация перенаправит {cites}',
    removeInvisible: 'Удалить {n}',
  },

  table: {
    headers: ['Структурная единица', 'Действующая редакция', 'Предлагаемая редакция', 'Обоснование'],
    title: (l) => `Сравнительная таблица к проекту Конституции Республики Казахстан (в сравнении с редакцией ${l})`,
    status: { unchanged: 'без изменений', changed: 'изменена', moved: 'перенесена', new: 'новая', merged: 'объединены', split: 'разделена' },
    note: (status, ps) => {
      switch (status) {
        case 'unchanged': return 'Без изменений';
        case 'changed': return 'Редакция изменена';
        case 'moved': return `Перенесена из статьи ${ps[0]}`;
        case 'new': return 'Новая статья';
        case 'merged': return `Объединены статьи ${ps.join(', ')}`;
        case 'split': return `Часть статьи ${ps[0]} (статья разделена)`;
      }
    },
    similarity: 'совпадение',
    pinned: 'закреплено аннотацией prior',
    none: 'Отсутствует',
    deleted: 'Исключается',
    dropped: 'Статья не перенесена в проект',
    noPriorArticle: (n) => `статьи ${n} нет в предыдущей редакции`,
    legend: ['исключаемый текст', 'новый текст'],
    legendLead: 'Обозначения: ',
    open: (l, a) => `Открыть ${l}, ${a}`,
    changes: 'Изменения',
    noChanges: 'Текст не изменился',
    newNote: (l) => `Новая статья: в редакции ${l} соответствующей статьи не найдено`,
    viewTitle: 'Сравнительная таблица',
    bill: {
      title: (t, act) => (t ? `Сравнительная таблица к проекту Закона «${t}»` : `Сравнительная таблица к проекту закона о внесении изменений (${act})`),
      unit: (p) => {
        const levels: string[] = [];
        if (p.subparagraph !== undefined) levels.push(`${levels.length ? 'подпункта' : 'подпункт'} ${p.subparagraph})`);
        if (p.paragraph !== undefined) levels.push(`${levels.length ? 'пункта' : 'пункт'} ${p.paragraph}`);
        if (p.article !== undefined) levels.push(`${levels.length ? 'статьи' : 'статья'} ${p.article}`);
        const s = levels.join(' ');
        return s.charAt(0).toUpperCase() + s.slice(1);
      },
      section: (n) => `Заголовок раздела ${n}`,
      chapter: (n, whole) => (whole ? `Глава ${n}` : `Заголовок главы ${n}`),
      notApplied: 'Поправка не применяется к действующей редакции',
    },
  },
  parallel: {
    numbers: numberWords([
      '+1: один одна одного одной одну', '2: два две двух двум двумя двое двоих оба обе обоих обеих обоим обеим',
      '3: три трех трем тремя трое троих', '4: четыре четырех четырем четырьмя четверо четверых', '5: пятеро',
      '5: пять пяти пятью пятилетний пятилетнего пятилетнем пятилетнюю', '6: шесть шести шестью', '7: семь семи семилетний семилетнего',
      '8: восемь восьми восемью', '9: девять девяти девятью', '10: десять десяти десятью десятидневный десятидневного десятидневном десятидневную десятидневного',
      '11: одиннадцать одиннадцати', '12: двенадцать двенадцати', '13: тринадцать тринадцати', '14: четырнадцать четырнадцати',
      '15: пятнадцать пятнадцати', '16: шестнадцать шестнадцати', '17: семнадцать семнадцати', '18: восемнадцать восемнадцати',
      '19: девятнадцать девятнадцати',
      '20: двадцать двадцати', '30: тридцать тридцати', '40: сорок сорока', '50: пятьдесят пятидесяти',
      '60: шестьдесят шестидесяти', '70: семьдесят семидесяти', '80: восемьдесят восьмидесяти', '90: девяносто девяноста',
      '100: сто ста', '200: двести двухсот двумстам двумястах', '300: триста трехсот тремстам тремястах',
      '400: четыреста четырехсот', '500: пятьсот пятисот', '600: шестьсот шестисот', '700: семьсот семисот',
      '800: восемьсот восьмисот', '900: девятьсот девятисот',
      // Ordinals and fractions' denominators are one figure, "/N" («третьей», «трети», «пятой» = fifth and 1/5).
      '/2: половина половины половину половиной полугодие полугодия полугодию полугодием полугодии', '/3: треть трет*', '/4: четверть четверт*', '/5: пят*',
      '/6: шест*', '/7: седьм*', '/8: восьм*', '/9: девят*', '/10: десят*',
      // A figure inside a compound adjective: «восемнадцатилетнего» 18, «шестимесячный» 6, «десятидневный» 10
      // (session 23: «не достигшие восемнадцатилетнего возраста» against «он сегіз жасқа толмаған»).
      ...compoundNumbers(),
    ]),
    romanNouns: /^(?:стать|параграф|раздел|глав|пункт|част|приложени)/u,
    romanBefore: false,
    stemEndings: ['ой', 'ого', 'ая', 'ую', 'ом', 'ому', 'ые', 'ых', 'ым', 'ыми', 'ый', 'ий', 'ей', 'ее', 'ья', 'ье', 'ью', 'ьего', 'ьей', 'ьем', 'ьему', 'ьим', 'ьих', 'ьи', 'и', 'ь', 'ью', 'ями', 'ях', 'ям', 'ая',
      // (The soft adjectives: «…летний», «…летнего», «…летнему», «…летним», «…летнем», «…летняя», «…летнюю», «…летние», «…летних».)
      'его', 'ему', 'им', 'ем', 'яя', 'юю', 'ие', 'их', 'ими'],
    languages: { ru: 'русской', kk: 'казахской', en: 'английской' },
    side: { here: 'Нет соответствия в', there: 'Отсутствует здесь, но есть в' },
    titles: { ru: 'Русская версия', kk: 'Казахская версия', en: 'Английская версия' },
    open: 'Открыть рядом',
    tableTitle: (a, b, name) => `Языковые версии ${a} — ${b}: ${name}`,
    divergencesHeader: 'Расхождения',
    summary: (rows, diverging) => `Единиц: ${rows}; с расхождениями: ${diverging}`,
  },};
