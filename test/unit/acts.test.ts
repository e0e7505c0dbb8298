// The registry of bundled acts (server/src/core/acts.ts): every file it lists is shipped and loads in
// its language; package.json's `atazan.prior` follows it; and adding an act is one entry plus data
// (shown with a fake entry, end to end: loaded, labelled, compared, its missing languages explained).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  analyze, BUNDLED_ACTS, bundledAct, type BundledAct, comparePrior, DEFAULT_PRIOR, formatMessage, type Lang,
  tableMarkdown,
} from '../../server/src/core';
import { PriorService } from '../../server/src/lsp/prior';
import { PriorLoader, priorDataDir } from '../../server/src/prior-loader';
import { corpus } from '../support/files';

const ROOT = path.join(__dirname, '..', '..');
const DATA = path.join(ROOT, 'data', 'priors');
const LANGS: Lang[] = ['ru', 'kk', 'en'];
const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
/** Latin words left in a ru/kk message once quoted names, setting values and ids are taken out. */
const latinLeft = (s: string) => s.replace(/“[^”]*”|«[^»]*»|"[^"]*"/g, '').replace(/\b[a-z]{2}-\d{4}\b/g, '').match(/[A-Za-z]{2,}/g) ?? [];

describe('bundled acts: the registry', () => {
  it('ids are unique, the default is the first act', () => {
    const ids = BUNDLED_ACTS.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(DEFAULT_PRIOR, 'kz-1995');
    assert.equal(bundledAct('kz-2026')?.label, '2026');
    assert.equal(bundledAct('nope'), undefined);
  });

  for (const act of BUNDLED_ACTS) {
    it(`${act.id}: each listed file is in data/priors and SOURCES.md, and parses as a text in its language`, () => {
      const sources = fs.readFileSync(path.join(DATA, 'SOURCES.md'), 'utf8');
      const loader = new PriorLoader();
      const langs = LANGS.filter((l) => act.files[l]);
      assert.ok(langs.length > 0);
      for (const lang of langs) {
        assert.ok(sources.includes('`' + act.files[lang] + '`'), `${act.files[lang]} in SOURCES.md`);
        const r = loader.load(act.id, lang, { folders: [], trusted: false });
        assert.ok(r.ok, !r.ok ? r.reason : '');
        assert.equal(r.lang, lang);
        assert.equal(path.basename(r.file), act.files[lang]);
        assert.ok(r.analysis.doc.articles.length > 50);
      }
    });
  }

  it('package.json: the default of atazan.prior is the registry default, its examples are the ids', () => {
    const prop = readJson('package.json').contributes.configuration.properties['atazan.prior'];
    assert.equal(prop.default, DEFAULT_PRIOR);
    assert.deepEqual(prop.examples, BUNDLED_ACTS.map((a) => a.id));
  });

  it('the setting description names every id, in en, ru and kk', () => {
    for (const f of ['package.nls.json', 'package.nls.ru.json', 'package.nls.kk.json']) {
      const d: string = readJson(f)['configuration.prior.markdownDescription'];
      for (const a of BUNDLED_ACTS) assert.ok(d.includes('`' + a.id + '`'), `${f} names ${a.id}`);
    }
  });

  it('a language an act lacks: the reason names the act and the languages it has, in en, ru and kk', () => {
    const r = new PriorLoader().load('kz-2026', 'en', { folders: [], trusted: true });
    assert.ok(!r.ok);
    assert.equal(r.reason, 'no English text of the 2026 Constitution is available; set "atazan.priorLanguage" to "ru" or "kk"');
    const ru = formatMessage('prior-unavailable', { prior: 'kz-2026', reason: r.reason }, 'ru');
    assert.match(ru, /текста Конституции 2026 года на английском языке нет; задайте "atazan\.priorLanguage": "ru" или "kk"$/);
  });
});

describe('bundled acts: adding one is one entry plus data', () => {
  // A fake act: the 1995 Russian text under another id, and no Kazakh or English text.
  const fake: BundledAct = {
    id: 'xx-1990',
    kind: 'constitution',
    label: '1990',
    title: { en: 'Test Act of 1990', ru: 'Тестовый акт 1990 года', kk: '1990 жылғы сынақ акті' },
    titleOf: { en: 'the 1990 Test Act', ru: 'Тестового акта 1990 года', kk: '1990 жылғы сынақ актінің' },
    files: { ru: 'xx-1990-ru.txt' },
  };
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atazan-acts-'));
    fs.copyFileSync(path.join(DATA, 'kz-1995-ru.txt'), path.join(dir, 'xx-1990-ru.txt'));
    (BUNDLED_ACTS as BundledAct[]).push(fake); // what adding the entry to core/acts.ts does
  });
  after(() => {
    (BUNDLED_ACTS as BundledAct[]).splice(BUNDLED_ACTS.indexOf(fake), 1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the loader reads it (in an untrusted workspace too: it is bundled, not a path)', () => {
    const r = new PriorLoader({ dataDir: dir }).load('xx-1990', 'ru', { folders: [], trusted: false });
    assert.ok(r.ok, !r.ok ? r.reason : '');
    assert.equal(r.id, 'xx-1990');
    assert.equal(r.analysis.doc.articles.length, 102);
  });

  it('the comparison, the table and the inlay hints carry its label', async () => {
    const draftText = corpus('kz-2026-final-draft-ru.txt');
    const prior = new PriorLoader({ dataDir: dir }).load('xx-1990', 'ru', { folders: [], trusted: false });
    assert.ok(prior.ok);
    const cmp = comparePrior(analyze(draftText), prior.analysis, prior.id);
    assert.equal(cmp.priorLabel, '1990');
    assert.match(tableMarkdown(cmp, 'ru'), /1990/);
    const uri = 'file:///draft.constitution';
    const service = new PriorService({
      getDocument: (u) => (u === uri ? { uri, version: 1, getText: () => draftText } : undefined),
      getSettings: () => ({ prior: 'xx-1990' }),
      loader: new PriorLoader({ dataDir: dir }),
      messageLanguage: () => 'en',
    });
    const hints = await service.inlayHints(uri);
    assert.equal(hints.length, 96);
    assert.ok(hints.every((h) => typeof h.label === 'string' && h.label.startsWith('1990')), String(hints[0]?.label));
  });

  it('a language it lacks is explained with its own name, in en, ru and kk', () => {
    const r = new PriorLoader({ dataDir: dir }).load('xx-1990', 'kk', { folders: [], trusted: false });
    assert.ok(!r.ok);
    assert.equal(r.reason, 'no Kazakh text of the 1990 Test Act is available; set "atazan.priorLanguage" to "ru"');
    const ru = formatMessage('prior-unavailable', { prior: 'xx-1990', reason: r.reason }, 'ru');
    const kk = formatMessage('prior-unavailable', { prior: 'xx-1990', reason: r.reason }, 'kk');
    assert.match(ru, /текста Тестового акта 1990 года на казахском языке нет; задайте "atazan\.priorLanguage": "ru"$/);
    assert.match(kk, /1990 жылғы сынақ актінің қазақ тіліндегі мәтіні жоқ; "atazan\.priorLanguage" баптауына "ru" мәнін беріңіз$/);
    assert.deepEqual([...latinLeft(ru), ...latinLeft(kk)], []);
  });

  it('the reason a path is refused in an untrusted workspace offers it, in en, ru and kk', () => {
    const r = new PriorLoader({ dataDir: dir }).load('my-prior.txt', 'ru', { folders: [dir], trusted: false });
    assert.ok(!r.ok);
    assert.match(r.reason, /\(use kz-1995 or kz-2026 or xx-1990, or trust the workspace\)$/);
    const ru = formatMessage('prior-unavailable', { prior: 'my-prior.txt', reason: r.reason }, 'ru');
    assert.match(ru, /\(используйте kz-1995 или kz-2026 или xx-1990 либо доверьте рабочую область\)$/);
    assert.deepEqual(latinLeft(formatMessage('prior-unavailable', { prior: 'my-prior.txt', reason: r.reason }, 'kk')), []);
  });

  it('the shipped data folder is still found by the first act', () => {
    assert.equal(priorDataDir(), DATA);
  });
});
