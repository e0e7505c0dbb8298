// No lost text (issue 7): the edits of renames, renumber plans and quick fixes change only the spans
// they report. Property: mask every edit span in the original and every inserted text in the result;
// what remains is identical. Also: edits lie inside the document and never overlap; rename/renumber
// edits replace number tokens only; the edited text keeps every article, and every reference stays.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  allUnits, type Analysis, analyze, applyEdits, createLanguageService, type Edit, renumberPlan, type Unit,
} from '../../server/src/core';
import { renumberFromPlan } from '../../server/src/core/features/renumber';
import { codeActionsFor } from '../support/service';
import { corpusTexts, mutate, arbMutation } from './fuzz-support';

const SEED = 7007;
const MASK = '\u0000';

/** Original with edit spans masked, result with inserted texts masked: must be equal. */
function checkEdits(text: string, edits: Edit[], what: string, opts: { numbersOnly?: boolean } = {}): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let prev = 0;
  for (const e of sorted) {
    assert.ok(e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= text.length, `${what}: edit outside the document ${JSON.stringify(e.span)}`);
    assert.ok(e.span.start >= prev, `${what}: overlapping edits at ${e.span.start}`);
    assert.equal(typeof e.newText, 'string');
    prev = e.span.end;
    const old = text.slice(e.span.start, e.span.end);
    if (opts.numbersOnly) {
      assert.match(old, /^(?:\d{1,6}(?:[-\u2010\u2011]\d{1,6}){0,3}|[IVXLCDMІХ]+)$/u, `${what}: an edit replaces ${JSON.stringify(old)}, not a number`);
      assert.match(e.newText, /^(?:\d{1,6}(?:-\d{1,6}){0,3}|[IVXLCDM]+)$/, `${what}: new text ${JSON.stringify(e.newText)} is not a number`);
    } else {
      assert.ok(!/[\r\n]/.test(old), `${what}: a quick fix edit spans a line break: ${JSON.stringify(old)}`);
    }
  }
  const parts: string[] = [];
  const masked: string[] = [];
  let pos = 0;
  for (const e of sorted) {
    parts.push(text.slice(pos, e.span.start), e.newText);
    masked.push(text.slice(pos, e.span.start), MASK);
    pos = e.span.end;
  }
  parts.push(text.slice(pos));
  masked.push(text.slice(pos));
  const result = applyEdits(text, edits);
  assert.equal(result, parts.join(''), `${what}: applyEdits differs from the LSP semantics of the edits`);
  // Mask the inserted texts in the result, walking the same segments.
  const resultMasked: string[] = [];
  let r = 0;
  pos = 0;
  for (const e of sorted) {
    const seg = e.span.start - pos;
    resultMasked.push(result.slice(r, r + seg), MASK);
    r += seg + e.newText.length;
    pos = e.span.end;
  }
  resultMasked.push(result.slice(r));
  assert.equal(resultMasked.join(''), masked.join(''), `${what}: text outside the reported spans changed`);
  return result;
}

function numUnits(an: Analysis): Unit[] {
  return [...allUnits(an.doc)].filter((u) => u.kind === 'article' || u.kind === 'paragraph' || u.kind === 'subparagraph');
}

function refCount(an: Analysis): number {
  return an.targets.length;
}

const corpus = corpusTexts();

describe('no lost text: renames', function () {
  this.timeout(60000);
  it('random renames of articles, paragraphs and subparagraphs in the corpus texts', () => {
    // F2 as the adapter asks it: the language service's rename, each text open as a document.
    const service = createLanguageService();
    const analyses = corpus.map((c, i) => {
      service.open(`file:///corpus/${i}.txt`, c.text);
      return analyze(c.text);
    });
    fc.assert(fc.property(fc.nat({ max: analyses.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 999 }), fc.boolean(), (ti, ui, n, inserted) => {
      const an = analyses[ti];
      const units = numUnits(an);
      if (units.length === 0) return;
      const u = units[ui % units.length];
      const newNumber = inserted ? `${n}-1` : String(n);
      const r = service.rename(`file:///corpus/${ti}.txt`, u.number.span.start, newNumber);
      assert.ok(r, 'the document is open');
      if ('error' in r) return; // collision, unchanged, … — refused, nothing to apply
      const out = checkEdits(an.text, r.edits, `rename ${u.kind} ${u.number.text} → ${newNumber}`, { numbersOnly: true });
      const after = analyze(out);
      assert.equal(after.doc.articles.length, an.doc.articles.length, 'articles kept');
      assert.equal(refCount(after), refCount(an), 'references kept');
    }), { seed: SEED, numRuns: 150 });
  });
});

describe('no lost text: renumber plans', function () {
  this.timeout(60000);
  it('renumber plans on mutated corpus texts (articles, paragraphs of one article, inserted numbers)', () => {
    const texts = corpus.map((c) => c.text);
    const arbText = fc.record({
      t: fc.nat({ max: texts.length - 1 }),
      muts: fc.array(fc.oneof(
        arbMutation.filter((m) => m.kind === 'deleteLines' || m.kind === 'duplicateLines' || m.kind === 'swapDigits' || m.kind === 'shuffleLines'),
      ), { minLength: 1, maxLength: 4 }),
    }).map(({ t, muts }) => mutate(texts[t], muts));
    fc.assert(fc.property(arbText, fc.boolean(), fc.nat(), (text, inserted, ai) => {
      const an = analyze(text);
      const arts = an.doc.articles;
      const opts = { inserted, paragraphsOf: arts.length ? arts[ai % arts.length].number.text : undefined };
      const plan = renumberPlan(an, opts);
      const out = checkEdits(text, plan.edits, `renumberPlan ${JSON.stringify(opts)}`, { numbersOnly: true });
      const after = analyze(out);
      assert.equal(after.doc.articles.length, arts.length, 'articles kept');
      if (arts.length > 2) {
        const p2 = renumberFromPlan(an, arts[ai % arts.length], { inserted });
        checkEdits(text, p2.edits, 'renumberFromPlan', { numbersOnly: true });
      }
    }), { seed: SEED + 1, numRuns: 60 });
  });
});

describe('no lost text: quick fixes', function () {
  this.timeout(60000);
  it('every quick fix on seeded defects changes only its spans', () => {
    const texts = corpus.map((c) => c.text);
    // An excerpt of a corpus text (from a line start, 3–20 thousand characters: a few to a few dozen
    // articles) rather than the whole text: the quick fixes are local, and each renumbering fix plans over
    // the whole document, so a whole text per case made this test take ~24 s on a busy machine.
    const arbText = fc.record({
      t: fc.nat({ max: texts.length - 1 }),
      from: fc.nat(),
      len: fc.integer({ min: 3000, max: 20000 }),
      muts: fc.array(arbMutation.filter((m) => m.kind === 'deleteLines' || m.kind === 'duplicateLines' || m.kind === 'swapDigits'), { minLength: 1, maxLength: 4 }),
      extra: fc.constantFrom('', '\nпервый пункт настоящей статьи\n', '\nстатьи 9999 Конституции\n', '\nРаздел ІV. Х\n', '\nпункта 77 статьи 1\n'),
      at: fc.nat(),
    }).map(({ t, from, len, muts, extra, at }) => {
      const full = texts[t];
      const b = full.lastIndexOf('\n', from % full.length) + 1;
      const s = mutate(full.slice(b, b + len), muts);
      const i = s.length ? at % s.length : 0;
      const nl = s.indexOf('\n', i);
      const j = nl < 0 ? s.length : nl;
      return s.slice(0, j) + extra + s.slice(j);
    });
    let applied = 0;
    fc.assert(fc.property(arbText, (text) => {
      const an = analyze(text);
      for (const p of an.diagnostics.slice(0, 30)) {
        for (const a of codeActionsFor(an.text, p, an.lang)) {
          // Quick fixes may rewrite words («первый пункт» → «пункт 1»), so only: inside one line each.
          checkEdits(text, a.edits, `quick fix "${a.title}" for ${p.code}`);
          applied++;
        }
      }
    }), { seed: SEED + 2, numRuns: 40 });
    assert.ok(applied > 20, `quick fixes exercised: ${applied}`);
  });
});

describe('no lost text: cleaning up text pasted from Word (issue 16.9)', function () {
  this.timeout(60000);
  const INVISIBLE = ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
  const NBSPS = ['\u00A0', '\u202F', '\u2007'];
  /** Visible text: invisible characters dropped, every kind of space read as a space. */
  const visible = (s: string) => s.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/[\u00A0\u202F\u2007]/g, ' ');

  it('the «clean up the whole file» fix gives back the text without them, and never loses a visible character', () => {
    const texts = corpus.map((c) => c.text);
    const arb = fc.record({
      t: fc.nat({ max: texts.length - 1 }),
      from: fc.nat(),
      len: fc.integer({ min: 200, max: 6000 }),
      inserts: fc.array(fc.record({ at: fc.nat(), ch: fc.constantFrom(...INVISIBLE) }), { minLength: 0, maxLength: 25 }),
      spaces: fc.array(fc.record({ at: fc.nat(), ch: fc.constantFrom(...NBSPS) }), { minLength: 0, maxLength: 10 }),
    });
    let cleaned = 0;
    fc.assert(fc.property(arb, ({ t, from, len, inserts, spaces }) => {
      const full = texts[t];
      const start = full.length ? from % full.length : 0;
      const original = full.slice(start, start + len);
      // No-break spaces for ordinary spaces between letters (what Word pastes), then invisible characters anywhere.
      const chars = [...original];
      for (const s of spaces) {
        const i = original.length ? s.at % original.length : 0;
        if (chars[i] === ' ' && /\p{L}/u.test(chars[i - 1] ?? '') && /\p{L}/u.test(chars[i + 1] ?? '')) chars[i] = s.ch;
      }
      let text = chars.join('');
      for (const ins of inserts) {
        const i = ins.at % (text.length + 1);
        if (i === 0 && ins.ch === '\uFEFF') continue; // a BOM at the start is kept on purpose
        text = text.slice(0, i) + ins.ch + text.slice(i);
      }
      const an = analyze(text);
      const ps = an.diagnostics.filter((p) => p.code === 'text-invisible-character' || p.code === 'text-nbsp-between-words');
      if (text === original) { assert.equal(ps.length, 0); return; }
      assert.ok(ps.length > 0, 'the pasted characters are reported');
      const actions = codeActionsFor(an.text, ps[0], 'en');
      const whole = ps.length > 1 ? actions.find((a: { edits: Edit[] }) => a.edits.length === ps.length) : actions[0];
      assert.ok(whole, actions.map((a: { title: string }) => a.title).join(' | '));
      const out = checkEdits(text, whole.edits, `clean up: ${whole.title}`);
      assert.equal(visible(out), visible(text), 'no visible character lost or added');
      assert.equal(out, original, 'exactly the text before the paste');
      // Each per-run fix on its own changes only its run, too.
      for (const p of ps.slice(0, 5)) for (const a of codeActionsFor(an.text, p, 'ru')) checkEdits(text, a.edits, `fix "${a.title}"`);
      cleaned++;
    }), { seed: SEED + 3, numRuns: 60 });
    assert.ok(cleaned > 30, `texts cleaned: ${cleaned}`);
  });
});
