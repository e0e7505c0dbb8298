// The matcher's featuriser reads a paragraph's lower case through a table of code units instead of
// making lowerText's string (issue 15, session 11). The features of a paragraph (ids and counts, in the
// order of first occurrence) must be those of its stems as `stems` finds them, which still lower-cases
// the whole text (NFKC where needed, toLowerCase, ё → е): on every paragraph of the real texts and on
// random texts made of the code units the table must leave out (Σ, whose lower case depends on what
// follows; İ, whose lower case is two code units), those that need NFKC (ligatures, full-width and
// super-script letters, №, surrogate pairs), Ё/ё, Latin look-alikes inside Cyrillic words, combining marks
// and every other code unit below U+0500.

import { strict as assert } from 'node:assert';
import { analyze, articleTexts, Matcher } from '../../server/src/core';
import { stems } from '../../server/src/core/prior/match';
import { rng } from '../../bench/generate';
import { corpus, REAL_TEXTS } from '../support/files';

interface Fz {
  paragraph(text: string): { fa: Int32Array; fo: number; n: number };
  stemIds: Map<string, number>;
  bigramIds: { get(a: number, b: number): number };
}

/** The features of `text` by the definition: the stems' ids and those of adjacent pairs, distinct in order of first occurrence, with counts. */
function expected(fz: Fz, text: string): number[] {
  const uni = stems(text).map((s) => {
    const id = fz.stemIds.get(s);
    assert.ok(id !== undefined, `stem ${JSON.stringify(s)} of ${JSON.stringify(text.slice(0, 80))} has no id`);
    return id;
  });
  const seq: number[] = [];
  uni.forEach((id, i) => {
    seq.push(id);
    if (i + 1 < uni.length) seq.push(fz.bigramIds.get(id, uni[i + 1]));
  });
  const ids: number[] = [];
  const tf = new Map<number, number>();
  for (const id of seq) {
    if (!tf.has(id)) ids.push(id);
    tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  return [...ids, ...ids.map((id) => tf.get(id)!)];
}

function check(fz: Fz, text: string): void {
  const f = fz.paragraph(text);
  const got = Array.from(f.fa.subarray(f.fo, f.fo + 2 * f.n));
  assert.deepStrictEqual(got, expected(fz, text), JSON.stringify(text.slice(0, 200)));
}

const SPECIAL = [
  'Σ', 'σ', 'ς', 'İ', 'ı', 'Ё', 'ё', 'Е', 'ﬁ', 'ﬀ', '①', 'Ａ', 'ｂ', '\u2070', '\u2071', '\u207F', '\u00AD', '\u0301', '\u0307',
  '😀', '𝐀', '№', '\u20A8', '\u2100', '\u2122', '\u00B5', '\u017F', '\u0345', 'ẞ', 'K', 'Ω', 'Å', 'Ǆ', 'ǅ', '\u2000', '\u200B', '\u2028', '\u2060', '\u206F',
  'a', 'e', 'o', 'p', 'c', 'x', 'y', 'i', 'k', 'm', 'h', 'b', 't', 'A', 'O', 'I', 'і', 'І', 'Қ', 'Ә', 'Ұ', 'Һ',
];
const CYR = 'абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';

/** A random text of words: Cyrillic letters mixed with the special code units and any code unit below U+0500. */
function randomText(r: () => number): string {
  const words: string[] = [];
  const nw = 1 + Math.floor(r() * 30);
  for (let w = 0; w < nw; w++) {
    let s = '';
    const len = 1 + Math.floor(r() * (r() < 0.05 ? 60 : 10));
    for (let i = 0; i < len; i++) {
      const x = r();
      if (x < 0.6) s += CYR[Math.floor(r() * CYR.length)];
      else if (x < 0.85) s += SPECIAL[Math.floor(r() * SPECIAL.length)];
      else s += String.fromCharCode(Math.floor(r() * 0x500));
    }
    words.push(s);
  }
  return words.join(r() < 0.5 ? ' ' : ', ');
}

describe('prior/match: the featuriser lower-cases through a code-unit table (issue 15, session 11)', function () {
  this.timeout(120_000);

  it('every paragraph of the real texts, upper-cased too: the features of its stems', () => {
    const fz = (new Matcher() as unknown as { fz: Fz }).fz;
    for (const name of REAL_TEXTS) {
      for (const a of articleTexts(analyze(corpus(name)))) {
        for (const p of a.paragraphs) { check(fz, p); check(fz, p.toUpperCase()); }
      }
    }
  });

  it('each code unit below U+0500 and the specials, alone, doubled, inside and at the end of a Cyrillic word', () => {
    const fz = (new Matcher() as unknown as { fz: Fz }).fz;
    const units = [...Array.from({ length: 0x500 }, (_, c) => String.fromCharCode(c)), ...SPECIAL];
    for (const u of units) {
      for (const t of [u, u + u + u, `кон${u}ституция`, `конституци${u} закон`, `ЗАКОН${u}`, `${u}статья ${u}`, `ΟΔΟ${u}Σ ΟΔΟΣ`]) check(fz, t);
    }
  });

  it('2,000 random texts of mixed code units, and one long text (the scratch grows)', () => {
    const fz = (new Matcher() as unknown as { fz: Fz }).fz;
    const r = rng(11);
    for (let i = 0; i < 2000; i++) check(fz, randomText(r));
    let long = '';
    while (long.length < 200_000) long += randomText(r) + ' ';
    check(fz, long);
    check(fz, 'Ё'.repeat(70) + ' ' + 'Σ'.repeat(50) + ' конец');
  });
});
