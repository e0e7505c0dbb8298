// Text pasted from Word (issue 16, point 9): soft hyphens, zero-width characters and no-break spaces
// between words are invisible, and a search for «распространять информацию» finds nothing. They are
// reported (text-invisible-character: warning; text-nbsp-between-words: information) with a fix per run
// and one that cleans the whole file, giving back exactly the text without them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, analyzeIncremental, applyEdits, type Code, formatMessage, type Problem } from '../../server/src/core';
import { codeActionsFor } from '../support/service';
import { corpusTexts } from './fuzz-support';

const INVISIBLE_CODE: Code = 'text-invisible-character';
const NBSP_CODE: Code = 'text-nbsp-between-words';

const ROOT = path.join(__dirname, '..', '..');
const SHY = '\u00AD';
const NBSP = '\u00A0';
const ours = (ps: Problem[]) => ps.filter((p) => p.code === INVISIBLE_CODE || p.code === NBSP_CODE);

/** Article 23 of the 2026 draft (freedom of speech, the right to information), as in the corpus. */
function excerpt(): string {
  const text = fs.readFileSync(path.join(ROOT, 'data', 'priors', 'kz-2026-final-draft-ru.txt'), 'utf8');
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('3. Право свободно получать и распространять информацию'));
  assert.ok(at > 0, 'the excerpt is in the draft');
  let start = at;
  while (!/^Статья \d+$/.test(lines[start])) start--;
  let end = at + 1;
  while (end < lines.length && !/^Статья \d+$/.test(lines[end])) end++;
  return lines.slice(start, end).join('\n') + '\n';
}

/**
 * What Word leaves in a pasted text: optional hyphens at the syllable breaks of long words (after a
 * vowel followed by a consonant and a vowel: «рас­про­стра­нять» gets them after «ра», «про»), and
 * no-break spaces after the one-letter prepositions («к информации», «в соответствии»).
 */
function asFromWord(text: string): { text: string; hyphens: number; nbsp: number } {
  let hyphens = 0;
  let nbsp = 0;
  const V = 'аеёиоуыэюя';
  let out = text.replace(/[А-Яа-яЁё]{9,}/g, (w) => {
    let s = '';
    for (let i = 0; i < w.length; i++) {
      s += w[i];
      const breakHere = i >= 1 && i < w.length - 3 && V.includes(w[i].toLowerCase()) && !V.includes(w[i + 1].toLowerCase()) && V.includes(w[i + 2].toLowerCase());
      if (breakHere) { s += SHY; hyphens++; }
    }
    return s;
  });
  out = out.replace(/(?<=(?:^|\s)[квсиоа]) (?=[А-Яа-яЁё])/gu, () => { nbsp++; return NBSP; });
  return { text: out, hyphens, nbsp };
}

function cleanAll(text: string): string {
  const an = analyze(text);
  const ps = ours(an.diagnostics);
  if (ps.length === 0) return text;
  const all = codeActionsFor(an.text, ps[0], 'en');
  const whole = ps.length > 1 ? all.find((a) => a.edits.length === ps.length) : all[0];
  assert.ok(whole, 'a fix for the whole file');
  return applyEdits(text, whole!.edits);
}

describe('invisible characters pasted from Word', () => {
  it('a real excerpt of the 2026 draft with Word’s soft hyphens and no-break spaces: found, and cleaned back to the original', () => {
    const original = excerpt();
    const pasted = asFromWord(original);
    assert.ok(pasted.hyphens >= 20 && pasted.nbsp >= 3, `${pasted.hyphens} soft hyphens, ${pasted.nbsp} no-break spaces`);
    // What the user hits: the search finds nothing in the pasted text.
    assert.ok(original.includes('распространять информацию') && !pasted.text.includes('распространять информацию'));
    const an = analyze(pasted.text);
    const found = ours(an.diagnostics);
    const warnings = found.filter((p) => p.code === INVISIBLE_CODE);
    const infos = found.filter((p) => p.code === NBSP_CODE);
    // One soft hyphen per run here (they never touch), one no-break space per run.
    assert.equal(warnings.length, pasted.hyphens);
    assert.equal(infos.length, pasted.nbsp);
    assert.ok(warnings.every((p) => p.severity === 'warning' && pasted.text.slice(p.span.start, p.span.end) === SHY));
    assert.ok(infos.every((p) => p.severity === 'information' && pasted.text.slice(p.span.start, p.span.end) === NBSP));
    // Nothing else changed in the analysis: same articles, references, other problems as the original.
    const base = analyze(original);
    assert.equal(an.doc.articles.length, base.doc.articles.length);
    assert.deepEqual(an.diagnostics.filter((p) => !ours([p]).length).map((p) => p.code), base.diagnostics.map((p) => p.code));
    // The fix of one run removes that soft hyphen only.
    const one = codeActionsFor(an.text, warnings[0], 'ru');
    assert.equal(one[0].title, 'Удалить 1 невидимый символ');
    assert.deepEqual(one[0].edits, [{ span: warnings[0].span, newText: '' }]);
    // «Clean up the whole file»: one edit per run, back to the original text exactly.
    const whole = one.find((a) => a.edits.length === found.length)!;
    assert.ok(whole, one.map((a) => a.title).join(' | '));
    assert.match(whole.title, /^Очистить весь файл от невидимых символов и неразрывных пробелов между словами \(\d+ мест(?:а|о)?\)$/);
    const cleaned = applyEdits(pasted.text, whole.edits);
    assert.equal(cleaned, original);
    assert.ok(cleaned.includes('распространять информацию'));
    assert.deepEqual(ours(analyze(cleaned).diagnostics), []);
  });

  it('messages and fix titles in en, ru, kk', () => {
    const text = 'Статья 1\nПраво на до\u00AD\u200Bступ к\u00A0информации.\n';
    const an = analyze(text);
    const [w, i] = [an.diagnostics.find((p) => p.code === INVISIBLE_CODE)!, an.diagnostics.find((p) => p.code === NBSP_CODE)!];
    assert.equal(formatMessage(w.code, w.args, 'en'), 'Invisible in the editor: soft hyphen U+00AD, zero-width space U+200B. A search for this word finds nothing');
    assert.equal(formatMessage(w.code, w.args, 'ru'), 'Не видно в редакторе: мягкий перенос U+00AD, пробел нулевой ширины U+200B. Поиск этого слова ничего не найдёт');
    assert.equal(formatMessage(w.code, w.args, 'kk'), 'Редакторда көрінбейді: жұмсақ тасымал U+00AD, ені нөлдік бос орын U+200B. Бұл сөзді іздеу ештеңе таппайды');
    assert.equal(formatMessage(i.code, i.args, 'en'), 'No-break space between words (U+00A0): a search with an ordinary space does not find this text');
    assert.equal(formatMessage(i.code, i.args, 'kk'), 'Сөздер арасында үзілмейтін бос орын (U+00A0): кәдімгі бос орынмен іздеу бұл мәтінді таппайды');
    assert.deepEqual(codeActionsFor(an.text, w, 'en').map((a) => a.title), [
      'Remove 2 invisible characters', 'Clean up the whole file: invisible characters and no-break spaces between words (2 places)',
    ]);
    assert.deepEqual(codeActionsFor(an.text, w, 'ru').map((a) => a.title)[0], 'Удалить 2 невидимых символа');
    assert.deepEqual(codeActionsFor(an.text, w, 'kk').map((a) => a.title)[0], '2 көрінбейтін таңбаны алып тастау');
    assert.deepEqual(codeActionsFor(an.text, i, 'ru').map((a) => a.title)[0], 'Заменить неразрывный пробел обычным');
    assert.equal(cleanAll(text), 'Статья 1\nПраво на доступ к информации.\n');
  });

  it('what is left alone: a BOM at the start, no-break spaces next to digits or dots, in comments', () => {
    const text = '\uFEFFСтатья 1\nЗакон №\u00A0480-V от 2026\u00A0г., ст.\u00A013, 5\u00A0000 тенге <!-- а\u00A0б -->.\n';
    assert.deepEqual(ours(analyze(text).diagnostics), []);
    // A BOM anywhere else is a zero-width no-break space.
    const mid = 'Статья 1\nТекст\uFEFFтекст.\n';
    assert.deepEqual(ours(analyze(mid).diagnostics).map((p) => [p.code, p.args.chars]), [[INVISIBLE_CODE, 'U+FEFF']]);
    // U+202F and U+2007 between letters count as no-break spaces.
    assert.deepEqual(ours(analyze('Статья 1\nа\u202Fб в\u2007г.\n').diagnostics).map((p) => p.code), [NBSP_CODE, NBSP_CODE]);
  });

  it('the real corpus has none of these characters, and gets none of these diagnostics', () => {
    const texts = corpusTexts();
    const shared = [path.join(ROOT, '..', 'shared', 'corpus'), '/work/shared/corpus'].find((d) => fs.existsSync(d));
    if (shared) {
      const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.txt') ? [path.join(d, e.name)] : []));
      for (const f of walk(shared)) texts.push({ name: f, text: fs.readFileSync(f, 'utf8') });
    }
    assert.ok(texts.length >= 8, `${texts.length} texts`);
    for (const { name, text } of texts) {
      assert.equal((text.match(/[\u00AD\u200B-\u200D\u2060\uFEFF\u00A0\u202F\u2007]/g) ?? []).length, 0, `${name} contains such characters`);
      assert.deepEqual(ours(analyze(text).diagnostics), [], name);
    }
  });

  it('typing a soft hyphen into an open document: the incremental analysis reports it as the full one does', () => {
    const original = excerpt();
    const prev = analyze(original);
    const at = original.indexOf('информацию') + 4;
    const next = analyzeIncremental(prev, { start: at, end: at, text: SHY });
    const full = analyze(original.slice(0, at) + SHY + original.slice(at));
    assert.deepEqual(ours(next.diagnostics).map((p) => [p.code, p.span]), ours(full.diagnostics).map((p) => [p.code, p.span]));
    assert.equal(ours(next.diagnostics).length, 1);
  });
});
