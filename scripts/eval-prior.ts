// Evaluate the prior-article matcher against data/dev-concordance-2026-1995.tsv.
// Usage: npx tsx scripts/eval-prior.ts
import * as fs from 'fs';
import * as path from 'path';
import { matchArticles, ArticleText, MatchResult } from '../server/src/core/prior/match';
import { articleTexts } from '../server/src/core/prior/articles';
import { analyze } from '../server/src/core/analysis';

const ROOT = path.join(__dirname, '..');
/** Article texts as the product reads them (parser + model). */
export function splitArticles(text: string): ArticleText[] {
  return articleTexts(analyze(text));
}

function load(name: string): ArticleText[] {
  return splitArticles(fs.readFileSync(path.join(ROOT, 'data/priors', name), 'utf8'));
}

function readGold(): Map<string, string[]> {
  const lines = fs.readFileSync(path.join(ROOT, 'data/dev-concordance-2026-1995.tsv'), 'utf8').split(/\r?\n/).slice(1);
  const m = new Map<string, string[]>();
  for (const l of lines) {
    if (!l.trim()) continue;
    const [a, b = ''] = l.split('\t');
    m.set(a.trim(), b.split(',').map((x) => x.trim()).filter(Boolean));
  }
  return m;
}

export interface Scores { p1: number; r1: number; pAll: number; rAll: number; newAcc: string }
/** Pair-level precision/recall over the gold rows. Top-1: only the first predecessor is predicted. */
export function score(res: MatchResult, gold: Map<string, string[]>): Scores {
  let tp1 = 0, pred1 = 0, tpA = 0, predA = 0, goldN = 0, newOk = 0, newN = 0;
  const rows = new Map(res.rows.map((r) => [r.draft, r]));
  for (const [d, g] of gold) {
    const r = rows.get(d);
    const pr = r ? r.matches.map((m) => m.prior) : [];
    goldN += g.length;
    if (!g.length) { newN++; if (!pr.length) newOk++; }
    if (pr.length) { pred1++; if (g.includes(pr[0])) tp1++; }
    predA += pr.length;
    tpA += pr.filter((p) => g.includes(p)).length;
  }
  // top-1 recall: gold rows with a predecessor whose first prediction is one of them
  const withPred = [...gold.values()].filter((g) => g.length).length;
  return { p1: tp1 / pred1, r1: tp1 / withPred, pAll: tpA / predA, rAll: tpA / goldN, newAcc: `${newOk}/${newN}` };
}

function main() {
  const gold = readGold();
  const fmt = (x: number) => (x * 100).toFixed(1) + '%';
  for (const lang of ['ru', 'kk'] as const) {
    const draft = load(`kz-2026-final-draft-${lang}.txt`);
    const prior = load(`kz-1995-${lang}.txt`);
    const t0 = process.hrtime.bigint();
    const res = matchArticles(draft, prior, { lang });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    let warm = Infinity;
    for (let i = 0; i < 5; i++) {
      const t = process.hrtime.bigint();
      matchArticles(draft, prior, { lang });
      warm = Math.min(warm, Number(process.hrtime.bigint() - t) / 1e6);
    }
    const s = score(res, gold);
    console.log(`${lang}: 2026 (${draft.length}) vs 1995 (${prior.length}): first call ${ms.toFixed(1)} ms, warm ${warm.toFixed(1)} ms`);
    console.log(`  top-1     precision ${fmt(s.p1)}  recall ${fmt(s.r1)}`);
    console.log(`  full list precision ${fmt(s.pAll)}  recall ${fmt(s.rAll)}   new articles recognised ${s.newAcc}`);
    const st: Record<string, number> = {};
    for (const r of res.rows) st[r.status] = (st[r.status] ?? 0) + 1;
    console.log(`  statuses ${JSON.stringify(st)}; dropped 1995 articles: ${res.dropped.join(', ')}`);
    if (process.argv.includes('-v')) {
      for (const [d, g] of gold) {
        const r = res.rows.find((x) => x.draft === d)!;
        const pr = r.matches.map((m) => `${m.prior}(${m.score})`).join(',');
        const ok = r.matches.map((m) => m.prior).join(',') === g.join(',') ? '  ' : '✗ ';
        console.log(`   ${ok}${d} gold=[${g.join(',')}] got=[${pr}] ${r.status}`);
      }
    }
    if (process.argv.includes('-a')) for (const r of res.rows) console.log(`   ${r.draft} <- ${r.matches.map((m) => `${m.prior}(${m.score})`).join(',')} ${r.status}`);
  }
  // ru/kk agreement: both language pairs describe the same concordance, so disagreement is error
  const R = matchArticles(load('kz-2026-final-draft-ru.txt'), load('kz-1995-ru.txt'));
  const K = matchArticles(load('kz-2026-final-draft-kk.txt'), load('kz-1995-kk.txt'));
  let agree = 0;
  R.rows.forEach((r, i) => { if ((r.matches[0]?.prior ?? '') === (K.rows[i].matches[0]?.prior ?? '')) agree++; });
  console.log(`ru/kk top-1 agreement over all ${R.rows.length} articles (no gold needed): ${fmt(agree / R.rows.length)}`);
  // self-match sanity
  for (const lang of ['ru', 'kk', 'en'] as const) {
    const p = load(`kz-1995-${lang}.txt`);
    const t0 = process.hrtime.bigint();
    const res = matchArticles(p, p, { lang });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const bad = res.rows.filter((r) => r.status !== 'unchanged' || r.matches.length !== 1 || r.matches[0].prior !== r.draft);
    console.log(`1995-${lang} vs itself: ${res.rows.length - bad.length}/${res.rows.length} unchanged, dropped ${res.dropped.length}, ${ms.toFixed(1)} ms`);
  }
}

if (require.main === module) main();
