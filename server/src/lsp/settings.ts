// The `atazan` configuration section, read with workspace/configuration (per document), or taken from
// initializationOptions / didChangeConfiguration when the client cannot be asked.

import type { Connection } from 'vscode-languageserver';
import { readBindings } from './billBinding';
import {
  lensMode, normaliseSeverity, resolveMessageLanguage, type Lang, type LensMode, type SeveritySetting,
} from '../core';

export interface AtazanSettings {
  severity: Record<string, SeveritySetting>;
  /** 'auto' | 'en' | 'ru' | 'kk' */
  messagesLanguage: string;
  /** 'cited' (default) | 'all' | 'off': which articles get the «N references» code lens. */
  codeLensReferences: LensMode;
  /** `atazan.amendmentBills`: [glob, act] pairs binding files to the act they amend (lsp/billBinding.ts). */
  amendmentBills: [string, string][];
  /** Everything else in the section, untouched (prior, inlayHints, …) for other features. */
  raw: Record<string, unknown>;
}

export const DEFAULT_SETTINGS: AtazanSettings = { severity: {}, messagesLanguage: 'auto', codeLensReferences: 'cited', amendmentBills: [], raw: {} };

function get(obj: any, dotted: string): unknown {
  if (!obj || typeof obj !== 'object') return undefined;
  if (dotted in obj) return obj[dotted];
  const [head, ...rest] = dotted.split('.');
  if (rest.length === 0) return obj[head];
  return get(obj[head], rest.join('.'));
}

/** Accepts the nested VS Code shape ({diagnostics:{severity}}) and flat keys ("diagnostics.severity"). */
export function parseSettings(section: unknown): AtazanSettings {
  const s: any = section && typeof section === 'object' ? section : {};
  const severity: Record<string, SeveritySetting> = {};
  const sev = get(s, 'diagnostics.severity');
  if (sev && typeof sev === 'object') {
    for (const [code, v] of Object.entries(sev as Record<string, unknown>)) {
      const n = normaliseSeverity(v);
      if (n) severity[code] = n;
    }
  }
  const lang = get(s, 'messages.language');
  return {
    severity,
    messagesLanguage: typeof lang === 'string' ? lang : 'auto',
    codeLensReferences: lensMode(get(s, 'codeLens.references')),
    amendmentBills: readBindings(get(s, 'amendmentBills')),
    raw: s,
  };
}

export class SettingsStore {
  private cache = new Map<string, Promise<AtazanSettings>>();
  /** Settings pushed by the client (didChangeConfiguration / initializationOptions). */
  private pushed: AtazanSettings = DEFAULT_SETTINGS;
  canPull = false;
  clientLocale: string | undefined;

  constructor(private readonly connection: Connection) {}

  setPushed(section: unknown): void {
    this.pushed = parseSettings(section);
  }

  clear(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }

  get(uri: string | null): Promise<AtazanSettings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    const key = uri ?? '';
    let p = this.cache.get(key);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration(uri ? { scopeUri: uri, section: 'atazan' } : { section: 'atazan' })
        .then((v) => (v === null || v === undefined ? this.pushed : parseSettings(v)), () => this.pushed);
      this.cache.set(key, p);
    }
    return p;
  }

  async language(uri: string | null): Promise<Lang> {
    const s = await this.get(uri);
    return resolveMessageLanguage(s.messagesLanguage, this.clientLocale);
  }
}
