// comparePrior on the real texts, pins, diagnostics, and the prior loader (including path security).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, articleTexts } from '../../server/src/core';
import { coalesceDiff, comparePrior, priorDiagnostics, type Comparison } from '../../server/src/core/prior/compare';
import { wordDiff } from '../../server/src/core/prior/diff';
import { MAX_PRIOR_BYTES, PriorLoader, priorDataDir, resolveWorkspacePath } from '../../server/src/prior-loader';
import { PriorService, normalisePriorSettings } from '../../server/src/lsp/prior';
import { corpus } from '../support/files';

const an = (f: string) => analyze(corpus(f));
const row = (c: Comparison, n: string) => c.byDraft.get(n)!;

function checkDiff(c: Comparison) {
  for (const r of c.rows) {
    if (!r.prior.some((p) => p.exists)) continue;
    const d = r.diff;
    assert.strictEqual(d.filter((x) => x.op !== 'insert').map((x) => x.text).join(''), r.priorText, `row ${r.draft}`);
    assert.strictEqual(d.filter((x) => x.op !== 'delete').map((x) => x.text).join(''), r.draftText, `row ${r.draft}`);
  }
}

describe('prior/articles: article texts from the model', () => {
  it('one entry per article, body lines as paragraphs, comments removed', () => {
    const a = analyze('Раздел I. Общие\nСтатья 1\n1. Текст <!-- заметка --> пункта.\n2. Второй.\nСтатья 2\nОдин абзац.\n');
    const t = articleTexts(a);
    assert.deepStrictEqual(t.map((x) => x.number), ['1', '2']);
    assert.deepStrictEqual(t[0].paragraphs, ['1. Текст пункта.', '2. Второй.']);
    assert.strictEqual(t[0].text, '1. Текст пункта.\n2. Второй.');
    assert.strictEqual(t[0].section, 'I');
    assert.strictEqual(t[1].spans.length, 1);
  });
  it('the 1995 ru text has 102 articles, the 2026 text 96', () => {
    assert.strictEqual(articleTexts(an('kz-1995-ru.txt')).length, 102);
    assert.strictEqual(articleTexts(an('kz-2026-final-draft-ru.txt')).length, 96);
  });
});

describe('prior/compare: 2026 draft against 1995', () => {
  for (const lang of ['ru', 'kk'] as const) {
    const cmp = comparePrior(an(`kz-2026-final-draft-${lang}.txt`), an(`kz-1995-${lang}.txt`), 'kz-1995');
    it(`${lang}: a row for each of the 96 articles, in order`, () => {
      assert.strictEqual(cmp.rows.length, 96);
      assert.deepStrictEqual(cmp.rows.map((r) => r.draft), Array.from({ length: 96 }, (_, i) => String(i + 1)));
      assert.strictEqual(cmp.priorLabel, '1995');
      assert.strictEqual(cmp.draftLang, lang);
      assert.strictEqual(cmp.priorLang, lang);
    });
    it(`${lang}: statuses are present and consistent with the matches`, () => {
      const st = new Set(cmp.rows.map((r) => r.status));
      for (const s of ['changed', 'new', 'moved', 'merged', 'split']) assert.ok(st.has(s as any), `status ${s} missing`);
      for (const r of cmp.rows) {
        if (r.status === 'new') assert.strictEqual(r.matches.length, 0);
        else assert.ok(r.matches.length >= 1);
        if (r.status === 'merged') assert.ok(r.matches.length >= 2);
        assert.strictEqual(r.score, r.matches[0]?.score ?? 0);
        assert.ok(r.score >= 0 && r.score <= 1);
      }
    });
    it(`${lang}: the moves 13→12, 77→19 and 9→11 are found`, () => {
      assert.deepStrictEqual(row(cmp, '12').matches.map((m) => m.prior), ['13']);
      assert.strictEqual(row(cmp, '12').status, 'moved');
      assert.strictEqual(row(cmp, '19').matches[0].prior, '77');
      assert.strictEqual(row(cmp, '11').matches[0].prior, '9');
      assert.strictEqual(row(cmp, '86').status, 'new');
    });
    it(`${lang}: the dropped list is sensible`, () => {
      assert.ok(cmp.dropped.length > 0 && cmp.dropped.length < 30, cmp.dropped.join(','));
      assert.ok(cmp.dropped.includes('84'), 'the excluded Article 84 is dropped');
      const priorNums = new Set(articleTexts(an(`kz-1995-${lang}.txt`)).map((a) => a.number));
      const used = new Set(cmp.rows.flatMap((r) => r.matches.map((m) => m.prior)));
      for (const d of cmp.dropped) {
        assert.ok(priorNums.has(d));
        assert.ok(!used.has(d));
      }
      for (const n of priorNums) assert.ok(used.has(n) || cmp.dropped.includes(n), `prior ${n} neither used nor dropped`);
      assert.deepStrictEqual(cmp.droppedArticles.map((d) => d.number), cmp.dropped);
      assert.ok(cmp.droppedArticles.find((d) => d.number === '84')!.excluded);
    });
    it(`${lang}: word diffs rebuild both texts; paragraphs are aligned`, () => {
      checkDiff(cmp);
      const r12 = row(cmp, '12');
      assert.ok(r12.diff.some((o) => o.op === 'insert') && r12.diff.some((o) => o.op === 'delete'));
      assert.ok(r12.align.length > 0);
      for (const p of r12.align) {
        assert.ok(p.a >= 0 && p.a < r12.priorParagraphs.length);
        assert.ok(p.b >= 0 && p.b < r12.draftParagraphs.length);
      }
      assert.deepStrictEqual(cmp.problems, []);
    });
  }
  it('the adopted ru text gives the same concordance as the final draft', () => {
    const a = comparePrior(an('kz-2026-adopted-ru.txt'), an('kz-1995-ru.txt'), 'kz-1995');
    const b = comparePrior(an('kz-2026-final-draft-ru.txt'), an('kz-1995-ru.txt'), 'kz-1995');
    assert.deepStrictEqual(a.rows.map((r) => [r.draft, r.status, r.matches]), b.rows.map((r) => [r.draft, r.status, r.matches]));
  });
});

describe('prior/compare: 1995 against itself', () => {
  for (const lang of ['ru', 'kk', 'en'] as const) {
    it(`${lang}: every row unchanged with score 1, nothing dropped`, () => {
      const a = an(`kz-1995-${lang}.txt`);
      const cmp = comparePrior(a, a, 'kz-1995');
      assert.strictEqual(cmp.rows.length, 102);
      for (const r of cmp.rows) {
        assert.strictEqual(r.status, 'unchanged', `article ${r.draft}`);
        assert.deepStrictEqual(r.matches.map((m) => m.prior), [r.draft]);
        assert.strictEqual(r.score, 1);
        assert.ok(r.diff.every((o) => o.op === 'equal'));
      }
      assert.deepStrictEqual(cmp.dropped, []);
      assert.deepStrictEqual(priorDiagnostics(a, cmp), []);
    });
  }
});

describe('prior/compare: pins', () => {
  const base = corpus('kz-2026-final-draft-ru.txt');
  const prior = an('kz-1995-ru.txt');
  it('a pin overrides the matcher; `none` makes an article new', () => {
    const text = base.replace('Статья 86\n', 'Статья 86\n<!-- prior: 13 -->\n').replace('Статья 12\n', 'Статья 12\n<!-- prior: none -->\n');
    const cmp = comparePrior(analyze(text), prior, 'kz-1995');
    assert.deepStrictEqual(row(cmp, '86').matches.map((m) => m.prior), ['13']);
    assert.ok(row(cmp, '86').pinned);
    assert.strictEqual(row(cmp, '12').status, 'new');
    assert.deepStrictEqual(row(cmp, '12').matches, []);
    assert.deepStrictEqual(cmp.problems, []);
    checkDiff(cmp);
  });
  it('a pin before the heading works like one inside the article; several numbers → merged', () => {
    const text = base.replace('Статья 37\n', '<!-- prior: 31, 38 -->\nСтатья 37\n');
    const cmp = comparePrior(analyze(text), prior, 'kz-1995');
    assert.deepStrictEqual(row(cmp, '37').matches.map((m) => m.prior), ['31', '38']);
    assert.strictEqual(row(cmp, '37').status, 'merged');
  });
  it('a pin to a missing prior article → prior-article-missing at the number; the valid part is kept', () => {
    const text = base.replace('Статья 12\n', 'Статья 12\n<!-- prior: 13, 555 -->\n').replace('Статья 20\n', 'Статья 20\n<!-- prior: 777 -->\n');
    const draft = analyze(text);
    const cmp = comparePrior(draft, prior, 'kz-1995');
    const probs = priorDiagnostics(draft, cmp);
    assert.deepStrictEqual(probs.map((p) => p.code), ['prior-article-missing', 'prior-article-missing']);
    assert.deepStrictEqual(probs.map((p) => text.slice(p.span.start, p.span.end)), ['555', '777']);
    assert.match(probs[0].message, /1995.*555/);
    assert.deepStrictEqual(row(cmp, '12').matches.map((m) => m.prior), ['13']);
    // nothing valid left in the pin of 20: it is matched automatically
    assert.ok(!row(cmp, '20').pinned);
    assert.ok(!row(cmp, '20').matches.some((m) => m.prior === '777'));
  });
  it('an unavailable prior gives one prior-unavailable warning on the first line', () => {
    const draft = an('kz-2026-final-draft-ru.txt');
    const p = priorDiagnostics(draft, { prior: 'kz-2026', reason: 'no English text' });
    assert.strictEqual(p.length, 1);
    assert.strictEqual(p[0].code, 'prior-unavailable');
    assert.strictEqual(p[0].severity, 'warning');
    assert.strictEqual(p[0].span.start, 0);
    assert.match(p[0].message, /kz-2026.*no English text/);
  });
});

describe('prior/compare: readable diff', () => {
  it('merges changes separated by spaces and keeps the invariants', () => {
    const a = 'Республика Казахстан утверждает себя демократическим государством.';
    const b = 'Республика Казахстан – демократическое светское государство.';
    const d = coalesceDiff(wordDiff(a, b));
    assert.strictEqual(d.filter((x) => x.op !== 'insert').map((x) => x.text).join(''), a);
    assert.strictEqual(d.filter((x) => x.op !== 'delete').map((x) => x.text).join(''), b);
    assert.deepStrictEqual(d.map((x) => x.op), ['equal', 'delete', 'insert', 'equal']);
  });
});

describe('prior-loader', () => {
  let tmp: string;
  let ws: string;
  let outside: string;
  before(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-prior-')));
    ws = path.join(tmp, 'ws');
    outside = path.join(tmp, 'outside');
    fs.mkdirSync(path.join(ws, 'texts'), { recursive: true });
    fs.mkdirSync(outside);
    const good = 'Статья 1\n1. Первый.\nСтатья 2\nВторой.\n';
    fs.writeFileSync(path.join(ws, 'texts', 'old.txt'), good);
    fs.writeFileSync(path.join(outside, 'secret.txt'), good);
    fs.writeFileSync(path.join(ws, 'binary.txt'), Buffer.from([0x53, 0x00, 0x41]));
    fs.writeFileSync(path.join(ws, 'latin1.txt'), Buffer.from([0xc0, 0xe1, 0x0a]));
    fs.writeFileSync(path.join(ws, 'prose.txt'), 'Просто текст без статей.\n');
    fs.writeFileSync(path.join(ws, 'big.txt'), 'Статья 1\n' + 'x'.repeat(5000));
    try {
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'link.txt'));
      fs.symlinkSync(outside, path.join(ws, 'linkdir'));
    } catch {
      // Windows without the symlink privilege: the symlink test is skipped below (only there)
    }
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('finds the bundled data folder from the sources', () => {
    const d = priorDataDir();
    assert.ok(d && fs.existsSync(path.join(d, 'kz-1995-kk.txt')));
  });
  it('bundled priors: kz-1995 in three languages, kz-2026 ru/kk, no English 2026', () => {
    const l = new PriorLoader();
    for (const lang of ['ru', 'kk', 'en'] as const) {
      const r = l.load('kz-1995', lang, { folders: [], trusted: false });
      assert.ok(r.ok && r.lang === lang && r.analysis.doc.articles.length === 102);
    }
    const ru = l.load('kz-2026', 'ru', { folders: [], trusted: false });
    assert.ok(ru.ok && path.basename(ru.file) === 'kz-2026-adopted-ru.txt');
    const kk = l.load('kz-2026', 'kk', { folders: [], trusted: false });
    assert.ok(kk.ok && path.basename(kk.file) === 'kz-2026-final-draft-kk.txt');
    const en = l.load('kz-2026', 'en', { folders: [], trusted: false });
    assert.ok(!en.ok);
    assert.match(en.reason, /English.*2026/);
  });
  it('caches parsed priors', () => {
    const l = new PriorLoader();
    const a = l.load('kz-1995', 'ru', { folders: [], trusted: true });
    const b = l.load('kz-1995', 'ru', { folders: [], trusted: true });
    assert.ok(a.ok && b.ok && a.analysis === b.analysis);
  });
  it('a workspace-relative path in a trusted workspace is read', () => {
    const r = new PriorLoader().load('texts/old.txt', 'ru', { folders: [ws], trusted: true });
    assert.ok(r.ok, !r.ok ? r.reason : '');
    assert.strictEqual(r.analysis.doc.articles.length, 2);
    const abs = new PriorLoader().load(path.join(ws, 'texts', 'old.txt'), 'ru', { folders: [ws], trusted: true });
    assert.ok(abs.ok, 'an absolute path inside the workspace is accepted');
  });
  it('untrusted workspace: a path is refused without touching the file system', () => {
    const r = resolveWorkspacePath('texts/old.txt', [ws], false);
    assert.ok(!r.ok && /not trusted/.test(r.reason));
    const r2 = new PriorLoader().load('does/not/exist.txt', 'ru', { folders: [ws], trusted: false });
    assert.ok(!r2.ok && /not trusted/.test(r2.reason));
    // bundled ids still work
    assert.ok(new PriorLoader().load('kz-1995', 'ru', { folders: [ws], trusted: false }).ok);
  });
  it('`..` escapes and absolute paths outside the workspace are refused', () => {
    for (const p of ['../outside/secret.txt', 'texts/../../outside/secret.txt', path.join(outside, 'secret.txt'), '/etc/passwd']) {
      const r = resolveWorkspacePath(p, [ws], true);
      assert.ok(!r.ok, p);
      assert.match((r as { reason: string }).reason, /outside the workspace/, p);
    }
    assert.ok(resolveWorkspacePath('texts/../texts/old.txt', [ws], true).ok, 'a `..` that stays inside is fine');
    const none = resolveWorkspacePath('texts/old.txt', [], true);
    assert.ok(!none.ok && /no workspace folder/.test(none.reason));
  });
  it('symbolic links pointing outside the workspace are refused', function () {
    if (process.platform === 'win32' && !fs.existsSync(path.join(ws, 'link.txt'))) this.skip();
    for (const p of ['link.txt', 'linkdir/secret.txt']) {
      const r = resolveWorkspacePath(p, [ws], true);
      assert.ok(!r.ok, p);
      assert.match((r as { reason: string }).reason, /symbolic link/);
    }
  });
  it('missing, directory, binary, non-UTF-8, huge and article-less files give a clear reason', () => {
    const l = new PriorLoader({ maxBytes: 1000 });
    const ctx = { folders: [ws], trusted: true };
    const reason = (p: string) => {
      const r = l.load(p, 'ru', ctx);
      assert.ok(!r.ok, p);
      return r.reason;
    };
    assert.match(reason('nope.txt'), /does not exist/);
    assert.match(reason('texts'), /directory/);
    assert.match(reason('binary.txt'), /NUL/);
    assert.match(reason('latin1.txt'), /UTF-8/);
    assert.match(reason('big.txt'), /too large/);
    assert.match(reason('prose.txt'), /no article headings/);
    assert.strictEqual(MAX_PRIOR_BYTES, 10 * 1024 * 1024);
  });
});

describe('lsp/prior: PriorService without a connection', () => {
  const doc = (uri: string, text: string) => ({ uri, version: 1, getText: () => text });
  it('reads settings in every shape', () => {
    assert.deepStrictEqual(normalisePriorSettings({ prior: 'kz-2026', 'prior.language': 'kk' }), { prior: 'kz-2026', priorLanguage: 'kk', inlayHints: true });
    assert.deepStrictEqual(normalisePriorSettings({ prior: { language: 'en' }, inlayHints: { prior: false } }), { prior: 'kz-1995', priorLanguage: 'en', inlayHints: false });
    assert.deepStrictEqual(normalisePriorSettings({ raw: { prior: 'x.txt' } }), { prior: 'x.txt', priorLanguage: 'auto', inlayHints: true });
    assert.deepStrictEqual(normalisePriorSettings(null), { prior: 'kz-1995', priorLanguage: 'auto', inlayHints: true });
  });
  it('an English draft with kz-2026 gets prior-unavailable, not a crash', async () => {
    const docs = new Map([['file:///d.txt', doc('file:///d.txt', corpus('kz-1995-en.txt'))]]);
    const s = new PriorService({ getDocument: (u) => docs.get(u), getSettings: () => ({ prior: 'kz-2026' }), trusted: true });
    const probs = await s.problems('file:///d.txt');
    assert.deepStrictEqual(probs.map((p) => p.code), ['prior-unavailable']);
    assert.deepStrictEqual(await s.inlayHints('file:///d.txt'), []);
    await assert.rejects(s.comparativeTable({ uri: 'file:///d.txt' }), /English/);
  });
  it('hover, inlay hints, table and export for a Kazakh draft', async () => {
    const text = corpus('kz-2026-final-draft-kk.txt');
    const docs = new Map([['file:///kk.txt', doc('file:///kk.txt', text)]]);
    // A Kazakh UI (clientLocale, as a host without a server context passes it): Kazakh labels.
    const s = new PriorService({ getDocument: (u) => docs.get(u), getSettings: () => ({}), clientLocale: 'kk' });
    const hints = await s.inlayHints('file:///kk.txt');
    assert.strictEqual(hints.length, 96);
    const h12 = hints[11];
    assert.strictEqual(h12.label, '1995: 13-бап');
    assert.match(String(h12.tooltip), /\d\.\d\d/);
    const line = text.split('\n').indexOf('12-бап');
    // At the end of the heading line, not between «12» and «-бап» (issue 16.2).
    assert.deepStrictEqual(h12.position, { line, character: '12-бап'.length });
    const offset = text.indexOf('\n12-бап\n') + 2;
    const md = await s.hover('file:///kk.txt', offset);
    assert.ok(md && md.includes('13-бап'));
    const para = await s.hover('file:///kk.txt', text.indexOf('\n12-бап\n') + 10);
    assert.ok(para && /1995: 13-бап, \d+-тармақ/.test(para), para ?? '');
    const t = await s.comparativeTable({ uri: 'file:///kk.txt' });
    assert.strictEqual(t.rows.length, 96);
    assert.match(t.html, /Құрылымдық бірлік/);
    const docx = await s.exportTable({ uri: 'file:///kk.txt', format: 'docx' });
    assert.strictEqual(Buffer.from(docx.base64!, 'base64').subarray(0, 2).toString(), 'PK');
    const json = JSON.parse((await s.exportTable({ uri: 'file:///kk.txt', format: 'json' })).text!);
    // The labels follow the UI, not the draft: the same Kazakh draft under an English UI.
    const en = new PriorService({ getDocument: (u) => docs.get(u), getSettings: () => ({}), clientLocale: 'en-US' });
    assert.strictEqual((await en.inlayHints('file:///kk.txt'))[11].label, '1995: Art. 13');
    assert.match((await en.hover('file:///kk.txt', offset)) ?? '', /^\*\*1995: Art\. 13\*\* · moved · similarity /);
    const ru = new PriorService({ getDocument: (u) => docs.get(u), getSettings: () => ({ messages: { language: 'ru' } }), clientLocale: 'en-US' });
    assert.strictEqual((await ru.inlayHints('file:///kk.txt'))[11].label, '1995: ст. 13');
    assert.strictEqual(json.rows.length, 96);
    assert.strictEqual((await s.priorText({ id: 'kz-1995', lang: 'en' })).text.includes('Article 13'), true);
    await assert.rejects(() => s.priorText({ id: '../x.txt', lang: 'ru' }), /жұмыс аймағы сенімді емес/);
    await assert.rejects(() => en.priorText({ id: '../x.txt', lang: 'ru' }), /^Error: Prior constitution “\.\.\/x\.txt” \(ru\) cannot be opened: .*not trusted/);
    // The same failures under a Russian UI read in Russian, reason included.
    await assert.rejects(() => ru.priorText({ id: '../x.txt', lang: 'ru' }), (e: Error) => /^Предыдущую конституцию «\.\.\/x\.txt» \(ru\) нельзя открыть: /.test(e.message) && !/not trusted/.test(e.message));
    await assert.rejects(() => ru.comparativeTable({ uri: 'file:///nowhere.txt' }), { message: 'Документ не открыт в языковом сервере' });
    await assert.rejects(() => ru.exportTable({ uri: 'file:///kk.txt', format: 'pdf' as 'md' }), { message: 'Неизвестный формат экспорта «pdf» (md, html, docx, json)' });
  });
});
