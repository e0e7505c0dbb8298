// Diagnostics as plain data: Problem → { span, severity, code, message in the chosen language, source }.
// Per-code severity overrides, including 'off' to drop a code.

import type { Analysis } from '../analysis';
import { formatMessage } from '../messages';
import type { Lang, Problem, Severity, Span } from '../types';

export type SeveritySetting = Severity | 'off';

export interface DiagnosticData {
  span: Span;
  severity: Severity;
  code: string;
  message: string;
  source: 'atazan';
  /** Quick-fix data carried through to code actions. */
  data?: Record<string, unknown>;
}

export interface DiagnosticOptions {
  lang?: Lang;
  /** Code → severity or 'off'. Unknown values are ignored. */
  severity?: Record<string, string | undefined | null>;
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function normaliseSeverity(v: unknown): SeveritySetting | null {
  if (typeof v !== 'string') return null;
  const s = v.trim().toLowerCase();
  if (s === 'info') return 'information';
  if (s === 'none' || s === 'ignore') return 'off';
  return SEVERITIES.has(s) ? (s as SeveritySetting) : null;
}

export function toDiagnostic(p: Problem, opts: DiagnosticOptions = {}): DiagnosticData | null {
  const override = normaliseSeverity(opts.severity?.[p.code]);
  if (override === 'off') return null;
  const lang = opts.lang ?? 'en';
  return {
    span: p.span,
    severity: override ?? p.severity,
    code: p.code,
    message: lang === 'en' && p.message ? p.message : formatMessage(p.code, p.args, lang),
    source: 'atazan',
    data: p.data,
  };
}

export function diagnostics(an: Analysis, opts: DiagnosticOptions = {}): DiagnosticData[] {
  return problemDiagnostics(an.diagnostics, opts);
}

/** The diagnostics of a list of problems (an analysis's, with problems found outside the core merged in). */
export function problemDiagnostics(problems: readonly Problem[], opts: DiagnosticOptions = {}): DiagnosticData[] {
  const out: DiagnosticData[] = [];
  for (const p of problems) {
    const d = toDiagnostic(p, opts);
    if (d) out.push(d);
  }
  return out;
}
