// Generators and invariant checks shared by test/unit/fuzz.test.ts and scripts/fuzz-campaign.ts.
// (Not a test file: mocha only picks *.test.ts.)

import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { type Analysis, analyze, LineIndex } from '../../server/src/core';

const ROOT = path.join(__dirname, '..', '..');

/** The real texts: the examples and the bundled priors (ru, kk, en). */
export function corpusTexts(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of ['examples', 'data/priors']) {
    const d = path.join(ROOT, dir);
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort()) {
      if (!f.endsWith('.txt')) continue;
      out.push({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(d, f), 'utf8') });
    }
  }
  return out;
}

/** Tokens of the markup and of the reference grammar, plus troublemakers. */
export const TOKENS = [
  'Статья ', 'Article ', '-бап', ' бөлім', 'Раздел ', 'Section ', 'Part ', 'Глава ', 'Chapter ', '-тарау', '# ', '## ',
  '1', '2', '3', '12', '83', '-1', '-', '‑', '–', '—', '.', ')', '(', ',', ';', ':', ' ', '  ', '\t', '\u00a0',
  'I', 'І', 'V', 'X', 'Х', 'IV', 'ІV', 'ХІ', 'М', 'С', 'Ⅻ',
  'статьи ', 'статьей ', 'статьями ', 'пункта ', 'пунктом ', 'пунктами ', 'подпункте ', 'подпунктах ', ' и ', ' или ',
  'настоящей статьи', 'настоящего пункта', 'Конституции', 'Закона ', 'Кодекса', 'часть вторая ', 'первый пункт',
  'бабының ', 'бабы', 'тармағының ', 'тармақшаларында', 'осы баптың ', 'Конституцияның ', ' және ',
  'paragraph ', 'subparagraph ', 'of Article ', 'of this Article', 'Articles ', 'the first paragraph', ' of the Law on ',
  'исключена', 'алып тасталды', 'Excluded',
  '<!--', '-->', '<!-- prior: 13 -->', '<!-- prior: none -->', 'prior:',
  '\n', '\n', '\n', '\r\n', '\r', '\u2028', '\u0000', '\uFEFF', '\uD800', '\uDC00', '\uD83D\uDE00', 'ё', 'é', 'e\u0301',
];

export const arbTokenText = (maxLength = 300) =>
  fc.array(fc.constantFrom(...TOKENS), { maxLength }).map((a) => a.join(''));

/** Any UTF-16 code units, lone surrogates included. */
export const arbUtf16 = (maxLength = 400) =>
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((a) => String.fromCharCode(...a));

/** Full Unicode code points. */
export const arbUnicode = (maxLength = 400) => fc.string({ unit: 'binary', maxLength });

/** Mixed scripts and look-alikes, line-structured. */
export const arbMixedLines = () =>
  fc.array(
    fc.tuple(
      fc.constantFrom('', '# ', 'Статья ', 'Раздел ', '', '1. ', '2) ', '3-1. '),
      fc.string({ unit: fc.constantFrom('I', 'І', 'Х', 'X', 'V', '1', '-', ' ', 'а', 'b', 'ә', '.', ')', 'статьи ', 'пункта '), maxLength: 30 }),
      fc.constantFrom('\n', '\r\n', '\r'),
    ).map(([a, b, c]) => a + b + c),
    { maxLength: 60 },
  ).map((a) => a.join(''));

export type Mutation =
  | { kind: 'deleteLines'; at: number; count: number }
  | { kind: 'duplicateLines'; at: number; count: number }
  | { kind: 'shuffleLines'; at: number; count: number; seed: number }
  | { kind: 'insertBytes'; at: number; bytes: string }
  | { kind: 'lineEndings'; seed: number }
  | { kind: 'bom' }
  | { kind: 'nul'; at: number }
  | { kind: 'surrogate'; at: number; high: boolean }
  | { kind: 'truncate'; at: number }
  | { kind: 'swapDigits'; at: number; digit: string };

export const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('duplicateLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('shuffleLines' as const), at: fc.nat(), count: fc.integer({ min: 2, max: 40 }), seed: fc.nat() }),
  fc.record({ kind: fc.constant('insertBytes' as const), at: fc.nat(), bytes: arbUtf16(40) }),
  fc.record({ kind: fc.constant('lineEndings' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('bom' as const) }),
  fc.record({ kind: fc.constant('nul' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('surrogate' as const), at: fc.nat(), high: fc.boolean() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapDigits' as const), at: fc.nat(), digit: fc.constantFrom('0', '1', '9', '-1', '1)', '.', '') }),
);

function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

export function mutate(text: string, muts: Mutation[]): string {
  for (const m of muts) {
    const lines = text.split('\n');
    const at = (n: number, len: number) => (len === 0 ? 0 : n % len);
    switch (m.kind) {
      case 'deleteLines': { const i = at(m.at, lines.length); lines.splice(i, m.count); text = lines.join('\n'); break; }
      case 'duplicateLines': { const i = at(m.at, lines.length); lines.splice(i, 0, ...lines.slice(i, i + m.count)); text = lines.join('\n'); break; }
      case 'shuffleLines': {
        const i = at(m.at, lines.length);
        const part = lines.slice(i, i + m.count);
        const r = lcg(m.seed);
        for (let k = part.length - 1; k > 0; k--) { const j = Math.floor(r() * (k + 1)); [part[k], part[j]] = [part[j], part[k]]; }
        lines.splice(i, part.length, ...part);
        text = lines.join('\n');
        break;
      }
      case 'insertBytes': { const i = at(m.at, text.length + 1); text = text.slice(0, i) + m.bytes + text.slice(i); break; }
      case 'lineEndings': {
        const r = lcg(m.seed);
        text = text.replace(/\r?\n/g, () => ['\n', '\r\n', '\r'][Math.floor(r() * 3)]);
        break;
      }
      case 'bom': text = '\uFEFF' + text; break;
      case 'nul': { const i = at(m.at, text.length + 1); text = text.slice(0, i) + '\u0000' + text.slice(i); break; }
      case 'surrogate': { const i = at(m.at, text.length + 1); text = text.slice(0, i) + (m.high ? '\uD801' : '\uDC37') + text.slice(i); break; }
      case 'truncate': text = text.slice(0, at(m.at, text.length + 1)); break;
      case 'swapDigits': {
        // Replace the n-th digit run (a unit or reference number) with another.
        let n = 0;
        const runs = (text.match(/\d+/g) ?? []).length;
        const target = runs ? m.at % runs : -1;
        text = text.replace(/\d+/g, (d) => (n++ === target ? m.digit : d));
        break;
      }
    }
  }
  return text;
}

/** A slice of a corpus text (so cases stay small) with mutations applied. */
export const arbMutatedCorpus = (texts: string[], maxSlice = 20000) =>
  fc.record({
    t: fc.nat({ max: texts.length - 1 }),
    start: fc.nat(),
    len: fc.integer({ min: 0, max: maxSlice }),
    muts: fc.array(arbMutation, { minLength: 1, maxLength: 6 }),
  }).map(({ t, start, len, muts }) => {
    const text = texts[t];
    const s = text.length ? start % text.length : 0;
    return mutate(text.slice(s, s + len), muts);
  });

/** A deterministic, acyclic summary of an Analysis (what a client would see). */
export function summary(an: Analysis): unknown {
  return {
    lang: an.lang,
    diagnostics: an.diagnostics.map((d) => [d.code, d.severity, d.span.start, d.span.end, d.message, d.args, d.data ?? null]),
    targets: an.targets.map((t) => [t.ok, t.unit?.kind ?? null, t.unit?.number.text ?? null, t.target.span.start, t.target.span.end, t.numberSpans.map((s) => [s.start, s.end])]),
    articles: an.doc.articles.map((a) => [a.number.text, a.span.start, a.span.end, a.paragraphs.length, a.subparagraphs.length, a.excluded]),
    sections: an.doc.sections.map((s) => [s.number.text, s.span.start, s.span.end]),
    citations: an.citations.size,
  };
}

/** Checks the invariants of one analysis; returns a description of the first violation, or null. */
export function checkInvariants(text: string, an: Analysis): string | null {
  const len = text.length;
  if (an.text !== text) return 'analysis text differs from the input';
  const li = an.lineIndex;
  const fresh = new LineIndex(text).lineStarts;
  if (li.lineStarts.length !== fresh.length || li.lineStarts.some((v, i) => v !== fresh[i])) return 'line index differs from a fresh LineIndex';
  const lineLen = (l: number) => li.lineEnd(l) - li.lineStarts[l];
  const checkSpan = (what: string, s: { start: number; end: number }): string | null => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= len)) {
      return `${what} span out of document: ${JSON.stringify(s)} (length ${len})`;
    }
    const r = li.range(s);
    for (const p of [r.start, r.end]) {
      if (!(p.line >= 0 && p.line < li.lineCount && p.character >= 0 && p.character <= lineLen(p.line))) {
        return `${what} range invalid: ${JSON.stringify(r)} for ${JSON.stringify(s)}`;
      }
    }
    if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) return `${what} range reversed`;
    return null;
  };
  for (const d of an.diagnostics) {
    const e = checkSpan(`diagnostic ${d.code}`, d.span);
    if (e) return e;
    if (typeof d.message !== 'string' || !d.message) return `diagnostic ${d.code} without message`;
  }
  for (const t of an.targets) {
    const e = checkSpan('target', t.target.span) ?? checkSpan('reference', t.ref.span);
    if (e) return e;
    for (const s of t.numberSpans) { const e2 = checkSpan('number', s); if (e2) return e2; }
  }
  for (const a of an.doc.articles) {
    const e = checkSpan(`article ${a.number.text}`, a.span) ?? checkSpan('article number', a.number.span);
    if (e) return e;
    for (const p of a.paragraphs) { const e2 = checkSpan('paragraph', p.span); if (e2) return e2; }
  }
  return null;
}

/** analyze + invariants + determinism. Throws with a readable message on a violation. */
export function checkText(text: string, opts: { determinism?: boolean } = {}): Analysis {
  const an = analyze(text);
  const err = checkInvariants(text, an);
  if (err) throw new Error(err);
  if (opts.determinism !== false) {
    const again = analyze(text);
    const a = JSON.stringify(summary(an));
    const b = JSON.stringify(summary(again));
    if (a !== b) throw new Error('two analyses of the same text differ');
  }
  return an;
}

