// Diagnostic codes, their default severities and message templates in en, ru and kk.
// A message is built from a code and its arguments, so it can be shown in any of the languages.

import { actByTitleOf, languageNamed } from './acts';
import type { Lang, Severity } from './types';

interface CodeInfo {
  severity: Severity;
  en: string;
  ru: string;
  kk: string;
}

/** `{name}` placeholders are replaced by arguments. `{unit}` arguments are unit kinds, localised. */
export const CODES: Record<string, CodeInfo> = {
  'section-number-gap': {
    severity: 'error',
    en: 'Section {number} follows section {previous}: section {expected} is missing',
    ru: 'Раздел {number} следует за разделом {previous}: пропущен раздел {expected}',
    kk: '{number} бөлім {previous} бөлімнен кейін тұр: {expected} бөлім жоқ',
  },
  'section-number-duplicate': {
    severity: 'error',
    en: 'Section {number} is numbered twice: lines {firstLine} and {secondLine}',
    ru: 'Номер раздела {number} повторяется: строки {firstLine} и {secondLine}',
    kk: '{number} бөлім нөмірі қайталанады: {firstLine} және {secondLine}-жолдар',
  },
  'section-number-order': {
    severity: 'error',
    en: 'Section {number} comes after section {previous}: sections are out of order',
    ru: 'Раздел {number} стоит после раздела {previous}: нарушен порядок разделов',
    kk: '{number} бөлім {previous} бөлімнен кейін тұр: бөлімдер реті бұзылған',
  },
  'section-numeral-invalid': {
    severity: 'error',
    en: 'Section number “{number}” is not a valid Roman numeral{detail}',
    ru: 'Номер раздела «{number}» — неверное римское число{detail}',
    kk: '«{number}» бөлім нөмірі — дұрыс емес рим цифры{detail}',
  },
  'chapter-number-gap': {
    severity: 'error',
    en: 'Chapter {number} follows chapter {previous}: chapter {expected} is missing',
    ru: 'Глава {number} следует за главой {previous}: пропущена глава {expected}',
    kk: '{number}-тарау {previous}-тараудан кейін тұр: {expected}-тарау жоқ',
  },
  'chapter-number-duplicate': {
    severity: 'error',
    en: 'Chapter {number} is numbered twice: lines {firstLine} and {secondLine}',
    ru: 'Номер главы {number} повторяется: строки {firstLine} и {secondLine}',
    kk: '{number}-тарау нөмірі қайталанады: {firstLine} және {secondLine}-жолдар',
  },
  'chapter-number-order': {
    severity: 'error',
    en: 'Chapter {number} comes after chapter {previous}: chapters are out of order',
    ru: 'Глава {number} стоит после главы {previous}: нарушен порядок глав',
    kk: '{number}-тарау {previous}-тараудан кейін тұр: тараулар реті бұзылған',
  },
  'article-number-gap': {
    severity: 'error',
    en: 'Article {number} follows article {previous}: article {expected} is missing',
    ru: 'Статья {number} следует за статьей {previous}: пропущена статья {expected}',
    kk: '{number}-бап {previous}-баптан кейін тұр: {expected}-бап жоқ',
  },
  'article-number-duplicate': {
    severity: 'error',
    en: 'Article {number} is numbered twice: lines {firstLine} and {secondLine}',
    ru: 'Номер статьи {number} повторяется: строки {firstLine} и {secondLine}',
    kk: '{number}-бап нөмірі қайталанады: {firstLine} және {secondLine}-жолдар',
  },
  'article-number-order': {
    severity: 'error',
    en: 'Article {number} comes after article {previous}: articles are out of order',
    ru: 'Статья {number} стоит после статьи {previous}: нарушен порядок статей',
    kk: '{number}-бап {previous}-баптан кейін тұр: баптар реті бұзылған',
  },
  'paragraph-number-gap': {
    severity: 'error',
    en: 'Paragraph {number} of article {article} follows paragraph {previous}: paragraph {expected} is missing',
    ru: 'Пункт {number} статьи {article} следует за пунктом {previous}: пропущен пункт {expected}',
    kk: '{article}-баптың {number}-тармағы {previous}-тармақтан кейін тұр: {expected}-тармақ жоқ',
  },
  'paragraph-number-duplicate': {
    severity: 'error',
    en: 'Paragraph {number} of article {article} is numbered twice: lines {firstLine} and {secondLine}',
    ru: 'Номер пункта {number} статьи {article} повторяется: строки {firstLine} и {secondLine}',
    kk: '{article}-баптың {number}-тармағының нөмірі қайталанады: {firstLine} және {secondLine}-жолдар',
  },
  'paragraph-number-order': {
    severity: 'error',
    en: 'Paragraph {number} of article {article} comes after paragraph {previous}: paragraphs are out of order',
    ru: 'Пункт {number} статьи {article} стоит после пункта {previous}: нарушен порядок пунктов',
    kk: '{article}-баптың {number}-тармағы {previous}-тармақтан кейін тұр: тармақтар реті бұзылған',
  },
  'subparagraph-number-gap': {
    severity: 'error',
    en: 'Subparagraph {number}) of {parent} follows subparagraph {previous}): subparagraph {expected}) is missing',
    ru: 'Подпункт {number}) ({parent}) следует за подпунктом {previous}): пропущен подпункт {expected})',
    kk: '{number}) тармақша ({parent}) {previous}) тармақшадан кейін тұр: {expected}) тармақша жоқ',
  },
  'subparagraph-number-duplicate': {
    severity: 'error',
    en: 'Subparagraph {number}) of {parent} is numbered twice: lines {firstLine} and {secondLine}',
    ru: 'Номер подпункта {number}) ({parent}) повторяется: строки {firstLine} и {secondLine}',
    kk: '{number}) тармақша нөмірі ({parent}) қайталанады: {firstLine} және {secondLine}-жолдар',
  },
  'subparagraph-number-order': {
    severity: 'error',
    en: 'Subparagraph {number}) of {parent} comes after subparagraph {previous}): subparagraphs are out of order',
    ru: 'Подпункт {number}) ({parent}) стоит после подпункта {previous}): нарушен порядок подпунктов',
    kk: '{number}) тармақша ({parent}) {previous}) тармақшадан кейін тұр: тармақшалар реті бұзылған',
  },
  'inserted-number-misplaced': {
    severity: 'error',
    en: 'Inserted {unit} {number} must follow {unit} {base} or another {base}-x, not {previous}',
    ru: 'Вставленный номер {number} ({unit}) должен стоять сразу после {base} или {base}-x, а не после {previous}',
    kk: '{number} қосылған нөмірі ({unit}) {base} немесе {base}-x нөмірінен кейін тұруы керек, {previous} емес',
  },
  'reference-unresolved-article': {
    severity: 'error',
    en: 'Article {number} does not exist in this document',
    ru: 'Статьи {number} в документе нет',
    kk: 'Құжатта {number}-бап жоқ',
  },
  'reference-unresolved-paragraph': {
    severity: 'error',
    en: 'Article {article} has no paragraph {number}',
    ru: 'В статье {article} нет пункта {number}',
    kk: '{article}-бапта {number}-тармақ жоқ',
  },
  'reference-unresolved-subparagraph': {
    severity: 'error',
    en: '{parent} has no subparagraph {number})',
    ru: 'В {parent} нет подпункта {number})',
    kk: '{parent} ішінде {number}) тармақша жоқ',
  },
  'reference-range-invalid': {
    severity: 'error',
    en: 'The range {from}–{to} is reversed or empty',
    ru: 'Диапазон {from}–{to} указан в обратном порядке или пуст',
    kk: '{from}–{to} ауқымы кері ретпен берілген немесе бос',
  },
  'reference-ambiguous': {
    severity: 'error',
    en: 'Article {number} is numbered twice: this citation could mean either',
    ru: 'Номер статьи {number} повторяется: неясно, на какую из двух статей ссылка',
    kk: '{number}-бап нөмірі қайталанады: сілтеме қай бапқа екені белгісіз',
  },
  'reference-to-excluded': {
    severity: 'warning',
    en: 'Reference to {unit} {number}, which is excluded',
    ru: 'Ссылка на исключенную единицу: {unit} {number}',
    kk: 'Алып тасталған бөлікке сілтеме: {unit} {number}',
  },
  'reference-ordinal-adjective': {
    severity: 'warning',
    en: 'Cite a numbered {unit} by its number, not by an ordinal word (Law No. 480-V, Art. 25): write “{suggestion}”',
    ru: 'Нумерованную структурную единицу ({unit}) указывают цифрой, а не порядковым прилагательным (Закон № 480-V, ст. 25): «{suggestion}»',
    kk: 'Нөмірленген құрылымдық бірлікке ({unit}) реттік сын есіммен емес, цифрмен сілтеме жасалады (№ 480-V Заң, 25-бап): «{suggestion}»',
  },
  'reference-no-context': {
    severity: 'error',
    en: 'This {unit} reference names no article and is not inside an article',
    ru: 'Ссылка на {unit} не указывает статью и стоит вне статьи',
    kk: '{unit} сілтемесінде бап көрсетілмеген және ол баптан тыс тұр',
  },
  'comment-unterminated': {
    severity: 'warning',
    en: 'Comment “<!--” is not closed with “-->” on this line; it ends at the end of the line',
    ru: 'Комментарий «<!--» не закрыт «-->» в этой строке; он заканчивается в конце строки',
    kk: '«<!--» түсіндірмесі осы жолда «-->» арқылы жабылмаған; ол жол соңында аяқталады',
  },
  'prior-annotation-invalid': {
    severity: 'error',
    en: 'Prior annotation must be “<!-- prior: 13 -->”, “<!-- prior: 31, 38 -->” or “<!-- prior: none -->”',
    ru: 'Аннотация должна иметь вид «<!-- prior: 13 -->», «<!-- prior: 31, 38 -->» или «<!-- prior: none -->»',
    kk: 'Аннотация түрі: «<!-- prior: 13 -->», «<!-- prior: 31, 38 -->» немесе «<!-- prior: none -->»',
  },
  'prior-annotation-orphan': {
    severity: 'warning',
    en: 'Prior annotation is not inside or right before an article, so it pins nothing',
    ru: 'Аннотация prior стоит вне статьи и ничего не закрепляет',
    kk: 'prior аннотациясы баптан тыс тұр, ештеңені бекітпейді',
  },
  'prior-article-missing': {
    severity: 'error',
    en: 'The prior constitution ({prior}) has no article {number}',
    ru: 'В предыдущей конституции ({prior}) нет статьи {number}',
    kk: 'Алдыңғы конституцияда ({prior}) {number}-бап жоқ',
  },
  'prior-unavailable': {
    severity: 'warning',
    en: 'Prior constitution “{prior}” cannot be used: {reason}',
    ru: 'Предыдущую конституцию «{prior}» нельзя использовать: {reason}',
    kk: '«{prior}» алдыңғы конституциясын пайдалану мүмкін емес: {reason}',
  },
  'text-invisible-character': {
    severity: 'warning',
    en: 'Invisible in the editor: {chars}. A search for this word finds nothing',
    ru: 'Не видно в редакторе: {chars}. Поиск этого слова ничего не найдёт',
    kk: 'Редакторда көрінбейді: {chars}. Бұл сөзді іздеу ештеңе таппайды',
  },
  'text-nbsp-between-words': {
    severity: 'information',
    en: 'No-break space between words ({chars}): a search with an ordinary space does not find this text',
    ru: 'Неразрывный пробел между словами ({chars}): поиск с обычным пробелом не найдёт этот текст',
    kk: 'Сөздер арасында үзілмейтін бос орын ({chars}): кәдімгі бос орынмен іздеу бұл мәтінді таппайды',
  },
  'document-not-text': {
    severity: 'error',
    en: 'The document contains NUL characters and is probably not a text file',
    ru: 'Документ содержит символы NUL и, вероятно, не является текстовым',
    kk: 'Құжатта NUL таңбалары бар, ол мәтіндік файл болмауы мүмкін',
  },
};

const UNIT_NAMES: Record<Lang, Record<string, string>> = {
  en: { section: 'section', chapter: 'chapter', article: 'article', paragraph: 'paragraph', subparagraph: 'subparagraph' },
  ru: { section: 'раздел', chapter: 'глава', article: 'статья', paragraph: 'пункт', subparagraph: 'подпункт' },
  kk: { section: 'бөлім', chapter: 'тарау', article: 'бап', paragraph: 'тармақ', subparagraph: 'тармақша' },
};

export function unitName(kind: string, lang: Lang): string {
  return UNIT_NAMES[lang][kind] ?? kind;
}

export function formatMessage(code: string, args: Record<string, string | number>, lang: Lang = 'en'): string {
  const info = CODES[code];
  if (!info) return code;
  const template = info[lang] ?? info.en;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = args[name];
    if (v === undefined) return '';
    if (name === 'unit') return unitName(String(v), lang);
    if (name === 'parent' && typeof v === 'string') return localiseParent(v, lang);
    if (name === 'chars' && code === 'text-invisible-character') return invisibleNames(String(v), lang);
    if (name === 'reason' && code === 'prior-unavailable') return priorReason(String(v), lang);
    return String(v);
  });
}

/** `parent` args are encoded as "article:12" or "paragraph:12:3". */
function localiseParent(v: string, lang: Lang): string {
  const [kind, a, p] = v.split(':');
  if (kind === 'article') {
    return lang === 'ru' ? `статья ${a}` : lang === 'kk' ? `${a}-бап` : `article ${a}`;
  }
  if (kind === 'paragraph') {
    return lang === 'ru' ? `пункт ${p} статьи ${a}` : lang === 'kk' ? `${a}-баптың ${p}-тармағы` : `paragraph ${p} of article ${a}`;
  }
  return v;
}

export function defaultSeverity(code: string): Severity {
  return CODES[code]?.severity ?? 'error';
}

const NAMES: Record<string, Record<Lang, string>> = {
  'U+00AD': { en: 'soft hyphen U+00AD', ru: 'мягкий перенос U+00AD', kk: 'жұмсақ тасымал U+00AD' },
  'U+200B': { en: 'zero-width space U+200B', ru: 'пробел нулевой ширины U+200B', kk: 'ені нөлдік бос орын U+200B' },
  'U+200C': { en: 'zero-width non-joiner U+200C', ru: 'разъединитель нулевой ширины U+200C', kk: 'ені нөлдік ажыратқыш U+200C' },
  'U+200D': { en: 'zero-width joiner U+200D', ru: 'соединитель нулевой ширины U+200D', kk: 'ені нөлдік біріктіргіш U+200D' },
  'U+2060': { en: 'word joiner U+2060', ru: 'соединитель слов U+2060', kk: 'сөз біріктіргіш U+2060' },
  'U+FEFF': { en: 'zero-width no-break space U+FEFF', ru: 'неразрывный пробел нулевой ширины U+FEFF', kk: 'ені нөлдік үзілмейтін бос орын U+FEFF' },
};

/** The `chars` argument of a text-invisible-character message, named in `lang`. */
export function invisibleNames(chars: string, lang: Lang): string {
  return chars.split(',').filter(Boolean).map((c) => NAMES[c]?.[lang] ?? c).join(', ');
}

/**
 * Why a prior constitution cannot be used (prior-loader.ts words it in English): the same reason in
 * ru or kk, so a prior-unavailable message is in one language. Quoted names and numbers are kept.
 */
type Reworded = string | ((match: string, ...groups: string[]) => string);
/** «a or b» (bundled ids, language codes) with another word for «or». */
const or = (list: string, word: string) => list.split(' or ').join(` ${word} `);
const IN_LANGUAGE: Record<'ru' | 'kk', Record<Lang, string>> = {
  ru: { ru: 'на русском языке', kk: 'на казахском языке', en: 'на английском языке' },
  kk: { ru: 'орыс тіліндегі', kk: 'қазақ тіліндегі', en: 'ағылшын тіліндегі' },
};
/** A bundled act has no text in a language (core/acts.ts actFile). */
const missingText = (lang: 'ru' | 'kk') => (match: string, language: string, title: string, have: string): string => {
  const act = actByTitleOf(title);
  const l = languageNamed(language);
  if (!act || !l) return match;
  return lang === 'ru'
    ? `текста ${act.titleOf.ru} ${IN_LANGUAGE.ru[l]} нет; задайте "atazan.priorLanguage": ${or(have, 'или')}`
    : `${act.titleOf.kk} ${IN_LANGUAGE.kk[l]} мәтіні жоқ; "atazan.priorLanguage" баптауына ${or(have, 'немесе')} мәнін беріңіз`;
};

const PRIOR_REASONS: { re: RegExp; ru: Reworded; kk: Reworded }[] = [
  { re: /^no (\w+) text of (.+) is available; set "atazan\.priorLanguage" to ((?:"\w+"(?: or )?)+)$/,
    ru: missingText('ru'), kk: missingText('kk') },
  { re: /^the workspace is not trusted, so a prior given as a path is not read \(use ([\w-]+(?: or [\w-]+)*), or trust the workspace\)$/,
    ru: (_m, ids: string) => `рабочая область не доверенная, поэтому прежняя Конституция, заданная путём, не читается (используйте ${or(ids, 'или')} либо доверьте рабочую область)`,
    kk: (_m, ids: string) => `жұмыс аймағы сенімді емес, сондықтан жолмен берілген бұрынғы Конституция оқылмайды (${or(ids, 'не')} қолданыңыз немесе жұмыс аймағына сенім білдіріңіз)` },
  { re: /^the path is empty$/, ru: 'путь не указан', kk: 'жол көрсетілмеген' },
  { re: /^the path is invalid$/, ru: 'недопустимый путь', kk: 'жол жарамсыз' },
  { re: /^no workspace folder is open, so a prior path cannot be resolved$/,
    ru: 'папка рабочей области не открыта, поэтому путь к прежней Конституции не разрешить',
    kk: 'жұмыс аймағының қалтасы ашылмаған, сондықтан бұрынғы Конституцияның жолын анықтау мүмкін емес' },
  { re: /^(“.*”) was not found in the workspace$/, ru: '$1 не найден в рабочей области', kk: '$1 жұмыс аймағында табылмады' },
  { re: /^(“.*”) is outside the workspace folder$/, ru: '$1 находится вне папки рабочей области', kk: '$1 жұмыс аймағының қалтасынан тыс орналасқан' },
  { re: /^(“.*”) does not exist$/, ru: '$1 не существует', kk: '$1 жоқ' },
  { re: /^(“.*”) resolves \(through a symbolic link\) outside the workspace folder$/,
    ru: '$1 указывает (через символическую ссылку) за пределы папки рабочей области', kk: '$1 (символдық сілтеме арқылы) жұмыс аймағының қалтасынан тыс жерді көрсетеді' },
  { re: /^the file does not exist$/, ru: 'файл не существует', kk: 'файл жоқ' },
  { re: /^permission denied$/, ru: 'нет прав доступа', kk: 'қатынау құқығы жоқ' },
  { re: /^cannot read the file \((.*)\)$/, ru: 'не удаётся прочитать файл ($1)', kk: 'файлды оқу мүмкін емес ($1)' },
  { re: /^it is a directory, not a text file$/, ru: 'это папка, а не текстовый файл', kk: 'бұл мәтіндік файл емес, қалта' },
  { re: /^it is not a regular file$/, ru: 'это не обычный файл', kk: 'бұл кәдімгі файл емес' },
  { re: /^the file is too large \(([\d.]+) MB; the limit is (\d+) MB\)$/, ru: 'файл слишком большой ($1 МБ; предел — $2 МБ)', kk: 'файл тым үлкен ($1 МБ; шегі — $2 МБ)' },
  { re: /^it is not a text file \(contains NUL bytes\)$/, ru: 'это не текстовый файл (содержит байты NUL)', kk: 'бұл мәтіндік файл емес (NUL байттары бар)' },
  { re: /^it is not a UTF-8 text file$/, ru: 'это не текстовый файл в кодировке UTF-8', kk: 'бұл UTF-8 кодтауындағы мәтіндік файл емес' },
  { re: /^no article headings were found in it \(expected «Статья 1», «1-бап» or “Article 1” on their own lines\)$/,
    ru: 'в нём нет заголовков статей (ожидаются отдельные строки «Статья 1», «1-бап» или “Article 1”)',
    kk: 'онда бап тақырыптары табылмады (жеке жолдардағы «Статья 1», «1-бап» немесе “Article 1” күтіледі)' },
  { re: /^the bundled data\/priors folder was not found$/, ru: 'встроенная папка data/priors не найдена', kk: 'кірістірілген data/priors қалтасы табылмады' },
];

export function priorReason(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  // «file: reason» (a bundled file that cannot be read): the file name stays, the reason is translated.
  const m = /^(.+?\.txt): (.+)$/.exec(reason);
  if (m) return `${m[1]}: ${priorReason(m[2], lang)}`;
  for (const r of PRIOR_REASONS) {
    const to = r[lang];
    // Two overloads of replace: a pattern with $1, or a function of the groups.
    if (r.re.test(reason)) return typeof to === 'string' ? reason.replace(r.re, to) : reason.replace(r.re, to);
  }
  return reason;
}

