// The prior constitutions without a file system: what the server gets a prior from (PriorSource), and
// how a text becomes a prior (parsed, with at least one article). prior-loader.ts reads the bundled acts
// (core/acts.ts) and workspace paths from disk (the server in Node and the CLI); the web worker server
// reads the same bundled texts from its bundle (BundledTexts below).

import { actFile, analyze, bundledAct, bundledIds, DEFAULT_PRIOR, type Analysis, type BundledAct, type Lang } from './core';

export interface LoadedPrior {
  ok: true;
  /** Prior id as configured (a bundled act's id or the path from settings). */
  id: string;
  lang: Lang;
  file: string;
  text: string;
  analysis: Analysis;
}

export interface FailedPrior {
  ok: false;
  id: string;
  reason: string;
}

export type PriorResult = LoadedPrior | FailedPrior;

/** Where the server gets its prior constitutions (PriorLoader on disk, BundledTexts in a web worker). */
export interface PriorSource {
  /** A bundled act (core/acts.ts) in a language. */
  bundled(act: BundledAct, lang: Lang): PriorResult;
  /**
   * The prior named by the setting: a bundled id, or (where there is a file system) a path inside a
   * workspace folder, trusted workspaces only. `lang` is the language wanted for a bundled prior.
   */
  load(setting: string | undefined | null, lang: Lang, ctx: { folders: readonly string[]; trusted: boolean }): PriorResult;
  clear(): void;
}

/** A text as a prior: its analysis, or why it is none. */
export function priorText(text: string): { text: string; analysis: Analysis } | { reason: string } {
  const analysis = analyze(text);
  if (analysis.doc.articles.length === 0) return { reason: 'no article headings were found in it (expected «Статья 1», «1-бап» or “Article 1” on their own lines)' };
  return { text, analysis };
}

/** Why a prior given as a path is not read where there is no file system (VS Code for the Web). */
export function noFileSystemReason(): string {
  return `a prior given as a path is not read in VS Code for the Web (use ${bundledIds()})`;
}

/**
 * The bundled acts from texts held in memory (the web worker's bundle carries them): no file system,
 * so a prior given as a path is refused (noFileSystemReason). Each text is parsed once.
 */
export class BundledTexts implements PriorSource {
  private parsed = new Map<string, ReturnType<typeof priorText>>();

  /** `texts`: file name (as core/acts.ts lists it) → text. */
  constructor(private readonly texts: Readonly<Record<string, string>>) {}

  bundled(act: BundledAct, lang: Lang): PriorResult {
    const id = act.id;
    const f = actFile(act, lang);
    if ('reason' in f) return { ok: false, id, reason: f.reason };
    let r = this.parsed.get(f.file);
    if (!r) {
      const text = this.texts[f.file];
      if (text === undefined) return { ok: false, id, reason: `${f.file}: the file does not exist` };
      r = priorText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      this.parsed.set(f.file, r);
    }
    if ('reason' in r) return { ok: false, id, reason: `${f.file}: ${r.reason}` };
    return { ok: true, id, lang: r.analysis.lang, file: f.file, text: r.text, analysis: r.analysis };
  }

  load(setting: string | undefined | null, lang: Lang): PriorResult {
    const id = (setting ?? '').trim() || DEFAULT_PRIOR;
    const act = bundledAct(id);
    if (act) return this.bundled(act, lang);
    return { ok: false, id, reason: noFileSystemReason() };
  }

  clear(): void {
    this.parsed.clear();
  }
}
