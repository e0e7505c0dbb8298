// Readying an analysis for its next edit in idle time (issue 15, session 17): LanguageService.prepare
// anchors the model's spans (core/incremental.ts prepareIncremental), the work the first edit after an
// analysis from scratch did itself. It must change no answer, and the edits after it must still equal
// a fresh analysis; the server's scheduler (lsp/idle.ts IdlePreparer) runs it once a document is quiet.

import * as assert from 'node:assert/strict';
import { analyze, createLanguageService, incrementalStats, prepareIncremental } from '../../server/src/core';
import { IdlePreparer, type IdleTimers } from '../../server/src/lsp/idle';
import { corpus } from '../support/files';
import { generateDraft } from '../../bench/generate';

const plain = (x: unknown) => JSON.parse(JSON.stringify(x ?? null));

const TEXTS: { name: string; text: string }[] = [
  ...['kz-1995-ru.txt', 'kz-1995-kk.txt', 'kz-1995-en.txt', 'kz-2026-adopted-ru.txt', 'kz-2026-final-draft-ru.txt', 'kz-2026-final-draft-kk.txt']
    .map((name) => ({ name, text: corpus(name) })),
  { name: 'generated, 300 articles', text: generateDraft({ articles: 300, seed: 11 }).text },
];

/** Every answer a client asks for on opening, at a few citations. */
function answers(svc: ReturnType<typeof createLanguageService>, uri: string, offsets: number[]): unknown {
  return plain({
    problems: svc.problems(uri),
    symbols: svc.documentSymbols(uri),
    lenses: svc.codeLenses(uri, 'all', 'ru'),
    folding: svc.foldingRanges(uri),
    tokens: svc.semanticTokens(uri),
    plan: svc.renumberPlan(uri),
    at: offsets.map((o) => ({ def: svc.definition(uri, o), refs: svc.references(uri, o, true), hover: svc.hover(uri, o) })),
  });
}

/**
 * How many of the model's lines read their offsets through a region's anchor: a line is its own content
 * span as the parser makes it (parser.ts LineRow); anchored, its content is another object (analysis.ts
 * RefSpan), which its span shares unless the line is indented.
 */
const anchoredLines = (svc: ReturnType<typeof createLanguageService>, uri: string) =>
  svc.read(uri, (an) => an.doc.lines.filter((l) => l.content !== (l as unknown) && l.span !== (l as unknown)).length)!;

describe('readying an analysis for the next edit (LanguageService.prepare)', function () {
  this.timeout(120000);

  for (const { name, text } of TEXTS) {
    it(`${name}: no answer changes, the next edits equal a fresh analysis, and the work is done once`, () => {
      const an0 = analyze(text);
      const cites = an0.targets.filter((t) => t.ok).map((t) => t.target.span.start);
      const offsets = [cites[0], cites[cites.length >> 1], cites[cites.length - 1]].filter((o) => o !== undefined);
      const svc = createLanguageService();
      const uri = 'mem:/doc';
      svc.open(uri, text);
      assert.equal(svc.prepare(uri), false, 'nothing analysed yet: nothing to ready');
      const before = answers(svc, uri, offsets);
      assert.equal(anchoredLines(svc, uri), 0, 'an analysis from scratch holds plain spans');
      assert.equal(svc.prepare(uri), true);
      assert.equal(anchoredLines(svc, uri), an0.doc.lines.length, 'every line anchored');
      assert.deepEqual(answers(svc, uri, offsets), before, 'the same answers after it');
      assert.equal(svc.prepare(uri), false, 'done once');

      // An edit in a body, then one on another line further up: incremental, equal to a fresh analysis.
      const A = an0.doc.articles[an0.doc.articles.length >> 1];
      const B = an0.doc.articles[1];
      let cur = text;
      for (const at of [A.lines[A.lines.length - 1].end, B.lines[B.lines.length - 1].end]) {
        const fast = incrementalStats.fast;
        svc.change(uri, [{ start: at, end: at, text: ' а' }]);
        cur = cur.slice(0, at) + ' а' + cur.slice(at);
        svc.problems(uri);
        assert.equal(incrementalStats.fast, fast + 1, incrementalStats.lastFallback);
        assert.equal(svc.prepare(uri), false, 'an incremental update keeps the anchors: nothing to do');
        const fresh = createLanguageService();
        fresh.open('mem:/fresh', cur);
        assert.deepEqual(answers(svc, uri, offsets), answers(fresh, 'mem:/fresh', offsets));
      }
      // A whole-text change starts from scratch: the old analysis is not readied for it.
      svc.change(uri, [{ text: cur + '\n' }]);
      assert.equal(svc.prepare(uri), false);
      svc.problems(uri);
      assert.equal(svc.prepare(uri), true, 'the new analysis is');
      assert.equal(svc.prepare('mem:/not-open'), false);
    });
  }

  it('readies the last analysis while edits wait, and those edits then take the incremental path', () => {
    const text = generateDraft({ articles: 120, seed: 4 }).text;
    const svc = createLanguageService();
    svc.open('mem:/w', text);
    svc.problems('mem:/w');
    const at = text.indexOf('\n', text.indexOf('Статья 60\n') + 12);
    svc.change('mem:/w', [{ start: at, end: at, text: 'б' }]);
    assert.equal(svc.prepare('mem:/w'), true);
    const fast = incrementalStats.fast;
    const fresh = createLanguageService();
    fresh.open('mem:/f', text.slice(0, at) + 'б' + text.slice(at));
    assert.deepEqual(plain(svc.problems('mem:/w')), plain(fresh.problems('mem:/f')));
    assert.equal(incrementalStats.fast, fast + 1, incrementalStats.lastFallback);
  });

  it('never throws and does nothing on a stale or hostile analysis', () => {
    for (const text of ['', '\u0000', 'Статья', 'Статья 1\n'.repeat(50), '<!-- prior: 1 -->\n'.repeat(20), '\r\r\n\n\u2028Статья 2.\r']) {
      const an = analyze(text);
      prepareIncremental(an);
      assert.equal(prepareIncremental(an), false, JSON.stringify(text));
      assert.deepEqual(plain(an.diagnostics), plain(analyze(text).diagnostics));
    }
    const an = analyze('Статья 1. А\nТекст.\n');
    an.stale = true;
    assert.equal(prepareIncremental(an), false, 'a consumed analysis is left alone');
  });
});

/** Timers run by hand. */
class ManualTimers implements IdleTimers {
  pending = new Map<number, () => void>();
  private next = 1;
  cleared = 0;
  set(fn: () => void): unknown {
    const h = this.next++;
    this.pending.set(h, fn);
    return h;
  }
  clear(h: unknown): void {
    if (this.pending.delete(h as number)) this.cleared++;
  }
  fireAll(): void {
    const fns = [...this.pending.values()];
    this.pending.clear();
    for (const f of fns) f();
  }
}

describe('the server readies a document once it is quiet (lsp/idle.ts IdlePreparer)', () => {
  it('waits for quiet per document, re-arms on each event, cancels on close, reports work and failures', () => {
    const t = new ManualTimers();
    const asked: string[] = [];
    const done: string[] = [];
    const failed: string[] = [];
    let answer: boolean | 'throw' = true;
    const idle = new IdlePreparer((uri) => {
      asked.push(uri);
      if (answer === 'throw') throw new Error('boom');
      return answer;
    }, (uri) => done.push(uri), (uri) => failed.push(uri), 60, t);
    idle.touch('a');
    idle.touch('a');
    idle.touch('b');
    assert.equal(t.pending.size, 2, 'one timer per document');
    assert.equal(t.cleared, 1, 'a second event re-arms the timer');
    assert.equal(idle.waiting, 2);
    idle.forget('b');
    assert.equal(t.pending.size, 1, 'closed: cancelled');
    assert.deepEqual(asked, [], 'nothing runs before the quiet moment');
    t.fireAll();
    assert.deepEqual(asked, ['a']);
    assert.deepEqual(done, ['a']);
    assert.equal(idle.waiting, 0);
    answer = false;
    idle.touch('a');
    t.fireAll();
    assert.deepEqual(done, ['a'], 'nothing to do: not reported');
    answer = 'throw';
    idle.touch('c');
    assert.doesNotThrow(() => t.fireAll());
    assert.deepEqual(failed, ['c']);
    assert.equal(idle.waiting, 0);
  });
});
