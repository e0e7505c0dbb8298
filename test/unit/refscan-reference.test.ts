// The reference scanner against the scanner as it was before issue 15 session 7
// (test/support/refscan-reference.ts: one token object per token; the scanner now keeps its tokens as
// rows of typed arrays reused from scan to scan). Every line of the real texts — the examples, the
// bundled priors, the test fixtures and, where it is present, the shared corpus with its amendment
// laws — in each of the three languages, plus random citation lines: the same references and ordinals,
// with the same objects shared within each reference.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { scanReferences, type Lang, type ScanResult } from '../../server/src/core';
import { scanReferences as referenceScan } from '../support/refscan-reference';
import { aliasing } from '../support/aliasing';
import { ROOT, filesUnder } from '../support/files';
import { arbMixedLines, arbTokenText } from './fuzz-support';

const LANGS: Lang[] = ['ru', 'kk', 'en'];
/** The shared corpus of the project's machines (not in the repository: used when present). */
const SHARED = '/work/shared/corpus';

function texts(): [string, string][] {
  const files = [
    ...filesUnder(path.join(ROOT, 'examples'), /\.txt$/),
    ...filesUnder(path.join(ROOT, 'data', 'priors'), /\.txt$/),
    ...filesUnder(path.join(ROOT, 'test', 'fixtures'), /\.txt$/),
    ...(fs.existsSync(SHARED) ? filesUnder(SHARED, /\.txt$/) : []),
  ];
  return files.map((f) => [path.relative(ROOT, f), fs.readFileSync(f, 'utf8')]);
}

/** Both scanners on text[start, end): equal results, equally shared. Returns the references found. */
function same(text: string, lang: Lang, start: number, end: number, name: string): number {
  const got: ScanResult = scanReferences(text, lang, start, end);
  const want: ScanResult = referenceScan(text, lang, start, end);
  const where = () => `${name} (${lang}): ${JSON.stringify(text.slice(start, end).slice(0, 300))}`;
  assert.deepStrictEqual(got, want, where());
  for (let k = 0; k < want.references.length; k++) assert.deepEqual(aliasing(got.references[k]).pattern, aliasing(want.references[k]).pattern, where());
  return want.references.length + want.ordinals.length;
}

/** Random lines of citation words, numbers and separators of the three languages (seeded). */
function citationLines(n: number, seed: number): string[] {
  let s = seed;
  const rnd = (k: number) => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return (s >>> 8) % k; };
  const words = [
    'статьи', 'статьей', 'статьями', 'пункта', 'пунктов', 'пунктами', 'подпункта', 'подпунктов', 'подпунктах', 'части', 'частью',
    'первой', 'второй', 'первый', 'пункт', 'настоящей', 'настоящего', 'Конституции', 'Закона', 'Кодекса', 'ст.', 'п.', 'подп.',
    'и', 'или', ',', ';', '.', '–', '—', '-', ' - ', '(', ')', '«', '»', '"', '1', '2', '3', '5', '12', '1995', '10-1', '83-1', '12-15', '1-2-3', '5-3', '1)', '2)',
    '3)', '(2)', '47(1)', 'бап', 'баптың', '5-бабының', '2-тармағы', 'тармақшаларында', 'осы', 'бабы', 'бірінші', 'бөлігі', 'және',
    'Конституциясының', 'Заңның', 'жылғы', 'қабылданған', 'Article', 'Articles', 'paragraph', 'subparagraphs', 'of', 'the', 'this',
    'and', 'or', 'part', 'one', 'Law', 'Constitution', 'adopted', 'on', 'Elections', 'и 4', '7–9', '15–13', '1)-3)', 'пунктом 1 статьи 16',
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const len = 2 + rnd(16);
    let line = '';
    for (let j = 0; j < len; j++) line += (rnd(5) === 0 ? '' : ' ') + words[rnd(words.length)];
    out.push(line.trimStart());
  }
  return out;
}

describe('reference scanner: the token rows against the token objects (session 7)', () => {
  it('every line of the real texts, in ru, kk and en, and the texts at their lines\' offsets', () => {
    let found = 0;
    let lines = 0;
    for (const [name, text] of texts()) {
      let pos = 0;
      for (const line of text.split('\n')) {
        const s = pos;
        const e = pos + line.length;
        pos = e + 1;
        lines++;
        for (const lang of LANGS) {
          found += same(line, lang, 0, line.length, name);
          // at the line's offset in the whole text (absolute offsets, the neighbours out of reach)
          if (line.length > 0) same(text, lang, s, e, name);
        }
      }
    }
    assert.ok(lines > 10_000 && found > 2_500, `${lines} lines, ${found} references and ordinals`);
  });

  it('random citation lines (seeded), one by one and as one paragraph', () => {
    const lines = citationLines(6000, 11);
    let found = 0;
    for (const lang of LANGS) {
      for (const line of lines) found += same(line, lang, 0, line.length, 'random');
      const para = lines.join(' ');
      same(para, lang, 0, para.length, 'random paragraph');
    }
    assert.ok(found > 4000, `${found} references and ordinals`);
  });

  it('random token texts and mixed lines (fast-check, seeded)', () => {
    fc.assert(
      fc.property(fc.oneof(arbTokenText(120), arbMixedLines()), fc.constantFrom(...LANGS), fc.nat(40), (text, lang, cut) => {
        same(text, lang, 0, text.length, 'arbitrary');
        same(text, lang, Math.min(cut, text.length), text.length - Math.min(cut, text.length) / 2, 'arbitrary slice');
      }),
      { numRuns: 3000, seed: 15_7 },
    );
  });

  it('a scan inside a long line needs more rows than are kept, and the next scan is still right', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `статьи ${i + 1}, пункта ${i % 9 + 1} статьи ${i + 2}`).join('; ');
    for (const lang of LANGS) {
      same(long, lang, 0, long.length, 'long');
      const short = 'в соответствии с пунктом 2 статьи 7';
      same(short, lang, 0, short.length, 'after long');
    }
  });
});
