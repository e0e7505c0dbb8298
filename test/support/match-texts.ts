// Inputs of the matcher tests (prior-candidates, match-reference): the article texts of a real text, and
// random drafts made of real paragraphs with words replaced, against a 30-article slice of the 1995 text.
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze, articleTexts, type ArticleText } from '../../server/src/core';

const ROOT = path.join(__dirname, '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const cache = new Map<string, ArticleText[]>();

/** Article texts of a real text (data/priors, else ../shared/corpus), read the way the product reads them (parser + model). */
export function arts(file: string): ArticleText[] {
  let a = cache.get(file);
  if (!a) {
    const inPriors = path.join(ROOT, 'data/priors', file);
    const p = fs.existsSync(inPriors) ? inPriors : path.join(CORPUS, file);
    a = articleTexts(analyze(fs.readFileSync(p, 'utf8')));
    cache.set(file, a);
  }
  return a;
}

/**
 * A draft of 1–60 articles whose paragraphs are real paragraphs of `files` with up to six words replaced
 * by words of the same texts, and a prior of 30 consecutive articles of the 1995 Russian text.
 */
export function arbPoolDraft(files: string[]): fc.Arbitrary<{ draft: ArticleText[]; prior: ArticleText[] }> {
  const pool = files.flatMap((f) => arts(f).flatMap((a) => a.paragraphs));
  const words = pool.join(' ').split(/\s+/).filter((w) => w.length > 2);
  const prior1995 = arts('kz-1995-ru.txt');
  return fc.tuple(
    fc.array(fc.array(fc.tuple(fc.nat(pool.length - 1), fc.array(fc.tuple(fc.nat(60), fc.nat(words.length - 1)), { maxLength: 6 })), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 60 }),
    fc.nat(Math.max(0, prior1995.length - 30)),
  ).map(([spec, from]) => ({
    draft: spec.map((ps, i) => {
      const paragraphs = ps.map(([pi, subs]) => {
        const w = pool[pi].split(' ');
        for (const [at, wi] of subs) if (w.length) w[at % w.length] = words[wi];
        return w.join(' ');
      });
      return { number: String(i + 1), paragraphs, text: paragraphs.join('\n'), index: i };
    }),
    prior: prior1995.slice(from, from + 30).map((a, index) => ({ ...a, index })),
  }));
}
