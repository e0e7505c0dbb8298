// Usage: npx tsx scripts/refscan-report.ts FILE [ru|kk|en]
// Prints every reference found by the scanner with its line, then the lines that contain a unit
// word and a digit but yielded no reference (candidates for missed citations).
import * as fs from 'fs';
import * as path from 'path';
import { scanReferences } from '../server/src/core/refscan';
import type { Lang, RefLevel, RefTarget } from '../server/src/core/types';

export const HEADING_RE = [
  /^(Статья|Article)\s+\d+(-\d+)*\s*$/,
  /^\d+(-\d+)*-бап\s*$/,
  /^(Раздел|Section)\b/,
  /^[IVXLC]+ бөлім/,
];
export const isHeading = (line: string) => HEADING_RE.some((r) => r.test(line));

export function langOf(file: string): Lang {
  const b = path.basename(file);
  return /-kk\b/.test(b) ? 'kk' : /-en\b/.test(b) ? 'en' : 'ru';
}

const UNIT_WORD = /стат|пункт|бап|баб|тармақ|тармағ|article|paragraph/i;

function lvl(l: RefLevel | undefined): string {
  if (!l) return '·';
  if (l.kind === 'this') return 'this';
  return l.num.text + (l.rangeEnd ? '..' + l.rangeEnd.text : '');
}
function tgt(t: RefTarget): string {
  return `${t.unit[0]}[a=${lvl(t.article)} p=${lvl(t.paragraph)} s=${lvl(t.subparagraph)}]`;
}

function main() {
  const file = process.argv[2];
  if (!file) { console.error('usage: refscan-report FILE [lang]'); process.exit(2); }
  const lang = (process.argv[3] as Lang) || langOf(file);
  const text = fs.readFileSync(file, 'utf8');
  const misses: string[] = [];
  let refs = 0, targets = 0, ext = 0, ords = 0, off = 0;
  const lines = text.split('\n');
  lines.forEach((line, idx) => {
    const start = off;
    off += line.length + 1;
    if (isHeading(line)) return;
    const r = scanReferences(text, lang, start, start + line.length);
    for (const ref of r.references) {
      if (ref.external) ext++; else { refs++; targets += ref.targets.length; }
      console.log(`${idx + 1}: ${ref.external ? 'EXT ' : ''}«${text.slice(ref.span.start, ref.span.end)}» ` +
        ref.targets.map((t) => `${tgt(t)}"${text.slice(t.span.start, t.span.end)}"`).join(' ') +
        (ref.externalAct ? `  act=«${ref.externalAct}»` : ''));
    }
    for (const o of r.ordinals) { ords++; console.log(`${idx + 1}: ORDINAL «${text.slice(o.span.start, o.span.end)}» ${o.unit} ${o.value}`); }
    if (!r.references.length && UNIT_WORD.test(line) && /\d/.test(line.replace(/^\s*\d+(-\d+)*[.)]\s/, ''))) misses.push(`${idx + 1}: ${line}`);
  });
  console.log(`\n== ${path.basename(file)}: internal refs=${refs} targets=${targets} external=${ext} ordinals=${ords}`);
  console.log(`== lines with a unit word and a digit but no reference: ${misses.length}`);
  for (const m of misses) console.log(m);
}

if (require.main === module) main();
