// Synthetic constitution drafts shaped like the real 2026 Russian draft, for benchmarks and fuzzing.
//
//   generateDraft({ articles: 5000, seed: 1 })         → { text, hot, markdown }
//
// Shape (taken from examples/draft-2026-ru.const.txt): a title, a preamble, a section heading every
// ~10 articles, articles of 0–5 numbered paragraphs, some paragraphs with a list of subparagraphs
// «1) …», unnumbered continuation lines, about one reference per article in the real Russian forms
// (single, lists «статьями 12, 14 и 16», chains «подпункте 1) пункта 1 статьи 73 Конституции»,
// «пункта 1 настоящей статьи», «пункта 7 статьи 2 и пункта 5 статьи 43»), a few inserted numbers
// (12-1) right after their base, and a few heavily cited articles (`hot`).
// Every generated reference resolves, so the document is clean: diagnostics stay few.
// Deterministic for a given seed (mulberry32).

export interface GenOptions {
  articles: number;
  seed?: number;
  /** Probability of a reference per article (default ≈ 1 per article). */
  refsPerArticle?: number;
  /** Vocabulary shift for a "prior" version: 0 = none; 0.3 = 30% of sentences reworded. */
  perturb?: number;
  /**
   * Where the words come from. 'growing' (the default): a vocabulary that grows with the text as the
   * real constitution's does (Heaps' law, fitted on kz-1995-ru: distinct 5-letter stems ≈ 17.6·n^0.464
   * after n words; see docs/benchmarks-history.md, "15, third round"), with words reused mostly from the last few
   * hundred (the topic of the article) and otherwise in proportion to how often they were used (Zipf).
   * 'fixed': every word drawn uniformly from one 100-word vocabulary (the generator before issue 15:
   * every paragraph resembles a fixed share of all the others, so similar paragraph pairs grow
   * quadratically with the size).
   */
  vocabulary?: 'growing' | 'fixed';
  /** Share of the articles left out of the text (a prior version that lacked them; default 0). */
  drop?: number;
}

export interface Generated {
  text: string;
  /** Numbers of the heavily cited articles. */
  hot: string[];
  /** Article numbers in order. */
  numbers: string[];
  /** Per article: number of paragraphs and, per paragraph, number of subparagraphs. */
  shape: { number: string; paragraphs: number[] }[];
}

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'государство гражданин право свобода закон конституционный порядок Республика Казахстан Президент Парламент ' +
  'Курултай Правительство суд судья прокуратура народ власть выборы референдум депутат мандат срок полномочия ' +
  'бюджет собственность земля недра язык культура образование наука семья брак ребенок труд защита охрана ' +
  'здоровье жилище достоинство равенство обязанность ответственность норма акт решение постановление указ ' +
  'порядок определяется осуществляет обеспечивает гарантирует признается устанавливается вправе обязан ' +
  'единый независимый светский социальный правовой демократический государственный местный общественный ' +
  'территория граница оборона безопасность служба орган управление самоуправление финансы налог сбор'
).split(' ');

/** Heaps' law of the real text (kz-1995-ru, 5-letter stems as the matcher counts them): V(n) = K·n^β. */
export const HEAPS_K = 17.6;
export const HEAPS_BETA = 0.464;
/** Share of reused words taken from the last WINDOW words (the article's topic); the rest from all so far. */
const LOCAL = 0.6;
const WINDOW = 300;

const CONS = 'бвгджзклмнпрстфхцчшщ';
const VOWELS = 'аеиоуы';
const ENDINGS = ['ание', 'ость', 'ный', 'ого', 'ения', 'ами', 'ству', 'ой', 'ет', 'ает'];
/**
 * Word number i of the growing vocabulary: the 100 real words first (the most used), then made-up words
 * whose first five letters (the matcher's stem) are distinct for every i < 288,000 — two consonant-vowel
 * syllables and a consonant encode i — with a real Russian ending. Consonant-vowel starts never spell a
 * unit noun («статья», «пункт», «глава», «раздел»), so no made-up word is read as a reference.
 */
export function vocabularyWord(i: number): string {
  if (i < WORDS.length) return WORDS[i];
  const j = i - WORDS.length;
  const syl = (x: number) => CONS[x % 20] + VOWELS[Math.floor(x / 20) % 6];
  return syl(j % 120) + syl(Math.floor(j / 120) % 120) + CONS[Math.floor(j / 14400) % 20] + ENDINGS[j % ENDINGS.length];
}

const ROMAN = ['I', 'IV', 'V', 'IX', 'X', 'XL', 'L', 'XC', 'C', 'CD', 'D', 'CM', 'M'];
const ROMAN_V = [1, 4, 5, 9, 10, 40, 50, 90, 100, 400, 500, 900, 1000];
export function toRoman(n: number): string {
  let out = '';
  for (let i = ROMAN.length - 1; i >= 0; i--) while (n >= ROMAN_V[i]) { out += ROMAN[i]; n -= ROMAN_V[i]; }
  return out;
}

export function generateDraft(opts: GenOptions): Generated {
  const r = rng(opts.seed ?? 1);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const perturb = opts.perturb ?? 0;
  const drop = opts.drop ?? 0;
  const pr = rng((opts.seed ?? 1) * 7919 + 13);

  // The growing vocabulary: word i is introduced when the text reaches K·n^β distinct words; otherwise a
  // word already used is repeated (from the last WINDOW words, or from all of them: the more a word was
  // used, the likelier it comes again).
  const growing = (opts.vocabulary ?? 'growing') === 'growing';
  const used: number[] = [];
  let known = 0;
  const word = (): string => {
    if (!growing) return pick(WORDS);
    const n = used.length;
    let id: number;
    if (known < HEAPS_K * Math.pow(n + 1, HEAPS_BETA) || n === 0) id = known++;
    else if (r() < LOCAL) id = used[n - 1 - Math.floor(r() * Math.min(n, WINDOW))];
    else id = used[Math.floor(r() * n)];
    used.push(id);
    return vocabularyWord(id);
  };
  const sentence = (min = 8, max = 22): string => {
    const n = int(min, max);
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(word());
    let s = w.join(' ');
    // Reworded: the words in reverse order and one more (in the growing vocabulary, a word already
    // known, drawn from the perturbation's own stream so that the text's stream is that of the draft).
    if (perturb > 0 && pr() < perturb) s = s.split(' ').reverse().join(' ') + ' ' + (growing ? vocabularyWord(Math.floor(pr() * known)) : pick(WORDS));
    return s.charAt(0).toUpperCase() + s.slice(1);
  };

  // Article numbers: 1..N with a few inserted numbers (12-1) after their base.
  const numbers: string[] = [];
  let base = 0;
  while (numbers.length < opts.articles) {
    base++;
    numbers.push(String(base));
    if (numbers.length < opts.articles && r() < 0.02) numbers.push(`${base}-1`);
  }
  // Shape first, so references can point at units that exist.
  const shape = numbers.map((number) => {
    const np = r() < 0.25 ? 0 : int(1, 5);
    const paragraphs: number[] = [];
    for (let p = 0; p < np; p++) paragraphs.push(r() < 0.15 ? int(2, 8) : 0);
    return { number, paragraphs };
  });
  const hotCount = Math.max(1, Math.min(5, Math.round(opts.articles / 1000) + 2));
  const hot: string[] = [];
  for (let i = 0; i < hotCount; i++) hot.push(numbers[Math.floor((i + 0.5) * numbers.length / hotCount)]);

  const withParas = shape.filter((s) => s.paragraphs.length > 0);
  const withSubs: { a: string; p: number; n: number }[] = [];
  for (const s of shape) s.paragraphs.forEach((n, i) => { if (n > 0) withSubs.push({ a: s.number, p: i + 1, n }); });

  /** A reference phrase in one of the real Russian forms; `self` is the containing article's shape. */
  const reference = (self: { number: string; paragraphs: number[] }): string => {
    const x = r();
    const art = () => (r() < 0.3 ? pick(hot) : pick(numbers));
    if (x < 0.22) return `с учетом положений статьи ${art()} Конституции`;
    if (x < 0.32) return `в соответствии со статьей ${art()} Конституции`;
    if (x < 0.42) {
      const k = int(2, 5);
      const list: string[] = [];
      for (let i = 0; i < k; i++) list.push(pick(numbers));
      const uniq = [...new Set(list)];
      if (uniq.length === 1) return `предусмотренных статьей ${uniq[0]} Конституции`;
      return `предусмотренных статьями ${uniq.slice(0, -1).join(', ')} и ${uniq[uniq.length - 1]} Конституции`;
    }
    if (x < 0.58 && withParas.length) {
      const a = r() < 0.3 ? shape[numbers.indexOf(pick(hot))] : pick(withParas);
      if (a.paragraphs.length > 0) return `установленных пунктом ${int(1, a.paragraphs.length)} статьи ${a.number} Конституции`;
      return `согласно положениям статьи ${a.number} Конституции`;
    }
    if (x < 0.66 && withParas.length) {
      const a = pick(withParas);
      if (a.paragraphs.length >= 2) return `в соответствии с пунктами 1 и 2 статьи ${a.number} Конституции`;
      return `кроме случаев пункта 1 статьи ${a.number} Конституции`;
    }
    if (x < 0.76 && withSubs.length) {
      const s = pick(withSubs);
      return `указанных в подпункте ${int(1, s.n)}) пункта ${s.p} статьи ${s.a} Конституции`;
    }
    if (x < 0.86 && self.paragraphs.length > 0) {
      const p = int(1, self.paragraphs.length);
      const subs = self.paragraphs[p - 1];
      if (subs >= 3) return `указанных в подпунктах 1), 2) и 3) пункта ${p} настоящей статьи`;
      return `с соблюдением требований пункта ${p} настоящей статьи`;
    }
    if (x < 0.95 && withParas.length >= 2) {
      const a = pick(withParas);
      const b = pick(withParas);
      return `с учетом пункта ${a.paragraphs.length} статьи ${a.number} и пункта ${b.paragraphs.length} статьи ${b.number} Конституции`;
    }
    return `на основании статьи ${art()} Конституции`;
  };

  const refRate = opts.refsPerArticle ?? 1;
  const out: string[] = [];
  out.push('ПРОЕКТ', 'КОНСТИТУЦИЯ РЕСПУБЛИКИ КАЗАХСТАН');
  out.push(sentence(40, 80) + '.');
  let sectionNo = 0;
  for (let i = 0; i < shape.length; i++) {
    const s = shape[i];
    if (i % 10 === 0) out.push(`Раздел ${toRoman(++sectionNo)}. ${sentence(2, 5)}`);
    // A left-out article is generated all the same (the random streams stay those of the full text).
    const mark = out.length;
    const leftOut = drop > 0 && pr() < drop;
    article(s);
    if (leftOut) out.length = mark;
  }
  function article(s: { number: string; paragraphs: number[] }): void {
    out.push(`Статья ${s.number}`);
    // Where the references of this article go: ≈ refRate per article.
    let refs = Math.floor(refRate) + (r() < refRate - Math.floor(refRate) ? 1 : 0);
    const withRef = (t: string) => {
      if (refs > 0 && r() < 0.6) {
        refs--;
        return `${t} ${reference(s)}.`;
      }
      return t + '.';
    };
    if (s.paragraphs.length === 0) {
      out.push(withRef(sentence()));
      if (refs > 0) out.push(`${sentence(5, 10)}, ${reference(s)}.`);
      return;
    }
    s.paragraphs.forEach((subs, pi) => {
      if (subs > 0) {
        out.push(`${pi + 1}. ${sentence(5, 12)}:`);
        for (let k = 1; k <= subs; k++) out.push(`${k}) ${sentence(3, 10)};`);
      } else {
        out.push(`${pi + 1}. ${withRef(sentence())}`);
        if (r() < 0.1) out.push(withRef(sentence()));
      }
    });
    while (refs-- > 0) out.push(`${sentence(5, 10)}, ${reference(s)}.`);
  }
  return { text: out.join('\n') + '\n', hot, numbers, shape };
}

/**
 * The prior version the bench compares a generated draft of `articles` articles with (its comparative
 * table). Growing vocabulary: the same draft (seed 1) with 30 % of its sentences reworded and 5 % of its
 * articles left out — a revision, as a real prior is (2026 against 1995: 88 of 96 articles matched).
 * Fixed vocabulary (the figure before issue 15): an unrelated text of 95 % the size (seed 2, 30 %
 * reworded); with one 100-word vocabulary it resembles the draft as much as a revision would.
 */
export function benchPrior(articles: number, vocabulary: GenOptions['vocabulary'] = 'growing'): Generated {
  if (vocabulary === 'fixed') return generateDraft({ articles: Math.round(articles * 0.95), seed: 2, perturb: 0.3, vocabulary });
  return generateDraft({ articles, seed: 1, perturb: 0.3, drop: 0.05, vocabulary });
}

/**
 * The equivalent Markdown document for the Markdown language service: the same headings (one per
 * section and article) and one internal link `[x](#article-12)` per article reference.
 */
export function toMarkdown(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  const refRe = /(стать(?:и|ей|ями|е|ю))\s+([\d-]+(?:(?:,\s*|\s+и\s+)[\d-]+)*)/g;
  for (const line of lines) {
    let m: RegExpExecArray | null;
    if ((m = /^Статья ([\d-]+)$/.exec(line))) { out.push(`## Статья ${m[1]}`); continue; }
    if (/^Раздел /.test(line)) { out.push(`# ${line}`); continue; }
    out.push(line.replace(refRe, (_all, w: string, nums: string) => {
      const parts = nums.split(/(,\s*|\s+и\s+)/);
      return w + ' ' + parts.map((p) => (/^[\d-]+$/.test(p) ? `[${p}](#статья-${p})` : p)).join('');
    }));
  }
  return out.join('\n');
}
