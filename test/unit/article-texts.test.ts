// The matcher's article texts (prior/articles.ts): one paragraph per body line with every run of
// whitespace collapsed to one space and the ends trimmed, detached from the document's text. Session 10
// (issue 15) rebuilds only the lines that hold a run other than one U+0020; this checks the result
// against the definition on the real texts and on texts full of odd whitespace, and that the paragraphs
// kept do not keep the documents they were cut from alive.

import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { analyze, articleTexts, clearScanCache } from '../../server/src/core';
import { generateDraft, rng } from '../../bench/generate';
import { corpus, REAL_TEXTS } from '../support/files';

/** The definition: each body line's masked text, whitespace runs collapsed, trimmed, empty ones dropped. */
function expected(text: string): string[][] {
  const an = analyze(text);
  const masked = an.doc.masked;
  return an.doc.articles.map((a) => a.lines
    .map((l) => masked.slice(l.start, l.end).replace(/\s+/g, ' ').trim())
    .filter((t) => t !== ''));
}

function actual(text: string): string[][] {
  return articleTexts(analyze(text)).map((t) => t.paragraphs);
}

const SPACES = [' ', ' ', ' ', '  ', '\t', '\u00A0', '\u2007', '\u202F', '\u2003', '\u3000', '\uFEFF', '\u000B', '\u000C', ' \t ', '\u2028'];
const WORDS = ['Статья', 'пункт', '1.', '2)', 'государство', 'Парламент', 'республика', 'статьи 44', '<!-- pin -->', 'x'];

/** A constitution-like text whose lines hold every kind of whitespace, at the ends too. */
function oddText(seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  for (let a = 1; a <= 12; a++) {
    out.push(`Статья ${a}`);
    for (let p = 1; p <= 4; p++) {
      const words: string[] = [];
      for (let w = 0; w < 2 + Math.floor(r() * 12); w++) words.push(pick(WORDS));
      let line = `${p}. ` + words.map((w) => w + (r() < 0.3 ? pick(SPACES) : ' ')).join('');
      if (r() < 0.3) line = pick(SPACES) + line;
      if (r() < 0.3) line += pick(SPACES);
      out.push(line);
    }
  }
  return out.join(r() < 0.5 ? '\n' : '\r\n');
}

describe('article texts for the matcher (prior/articles.ts)', () => {
  it('equal the definition on the six real constitutions', () => {
    for (const name of REAL_TEXTS) {
      const text = corpus(name);
      assert.deepEqual(actual(text), expected(text), name);
    }
  });

  it('equal the definition on 200 texts with tabs, no-break and wide spaces, and runs at the ends', () => {
    let rebuilt = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const text = oddText(seed);
      const want = expected(text);
      assert.deepEqual(actual(text), want, `seed ${seed}`);
      rebuilt += want.flat().length;
    }
    assert.ok(rebuilt > 5000);
  });

  it('the paragraphs kept do not keep the documents alive', function () {
    this.timeout(120_000);
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heapMB = () => { gc(); gc(); return process.memoryUsage().heapUsed / 2 ** 20; };
    const base = generateDraft({ articles: 2000, seed: 3 }).text;
    // The generated lines hold single spaces only: a paragraph of one is the line as it is.
    assert.ok(!/\s\s|[^\S \n]/.test(base));
    /** Sixteen documents, each a new string; of each, one paragraph left as it is and one rebuilt. */
    const run = (keep: boolean) => {
      const kept: string[] = [];
      const before = heapMB();
      for (let k = 0; k < 16; k++) {
        const text = `Статья 0\n1. Версия ${k} ${keep}  с двумя пробелами и словами достаточной длины.\n` + base;
        const texts = articleTexts(analyze(text));
        const plain = texts.slice(1).flatMap((t) => t.paragraphs).find((p) => p.length > 20);
        assert.ok(plain !== undefined && texts[0].paragraphs[0].startsWith('1. Версия'));
        if (keep) kept.push(plain, texts[0].paragraphs[0]);
      }
      // The core's own bounded caches let go: the last article lists (prior/articles.ts keeps four) and
      // the per-line scan cache.
      for (let k = 0; k < 4; k++) articleTexts(analyze(`Статья 1\n1. Текст ${k}.`));
      clearScanCache();
      const grown = heapMB() - before;
      return { grown, kept };
    };
    run(false);
    const without = run(false).grown;
    const { grown, kept } = run(true);
    assert.equal(kept.length, 32);
    // One document kept alive is ≥ 2 MB (its text as UTF-16), sixteen ≥ 32 MB.
    const textMB = (base.length * 2) / 2 ** 20;
    assert.ok(textMB > 2);
    assert.ok(grown - without < textMB, `the kept paragraphs hold +${(grown - without).toFixed(1)} MB (without keeping: ${without.toFixed(1)})`);
  });
});
