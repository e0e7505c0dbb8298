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
  const pr = rng((opts.seed ?? 1) * 7919 + 13);

  const sentence = (min = 8, max = 22): string => {
    const n = int(min, max);
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(pick(WORDS));
    let s = w.join(' ');
    if (perturb > 0 && pr() < perturb) s = s.split(' ').reverse().join(' ') + ' ' + pick(WORDS);
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
      continue;
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
