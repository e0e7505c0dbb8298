// Amendment bills in the editor (issue 11): a document recognised as a bill (its enacting words, or
// `<!-- amends: ID -->`) gets the bill's diagnostics against the act it amends (the annotation's act, else
// kz-1995: a bundled act in the bill's language, or a workspace file in a trusted workspace), a hover on an
// instruction with the unit in force and after, definition from an instruction into the act (the bundled
// act's read-only document, or the file), and `atazan/applyBill`: the consolidated text.

import {
  applyBill, billTable, billTableHtml, billTableJson, billTableMarkdown, billTableTitle, bundledAct, checkBill, escapeMarkdown,
  BILL_HEAD, billActId, formatMessage, isBill, lexicon, locate, priorLabel, readBill, requestError, sectionNumeral, unreadStatements,
  type Analysis, type ApplyResult, type Bill, type BillTable, type Instruction, type Lang, type Problem,
} from '../core';
import {
  ClientCommands, Requests, type ApplyBillParams, type ApplyBillResult, type ComparativeTableResult, type ExportFormat, type ExportResult,
  type RevealArticleArgs,
} from '../core/protocol';
import { billTableDocx, createPriorSource } from '../host/node';
import { actUri } from './cited';
import { boundAct, filePath } from './billBinding';
import type { ServerContext, ServerExtension } from './context';
import { initialTrust } from './prior';

const BILL_PROBLEMS = 'bill';
const DEFAULT_ACT = 'kz-1995';

interface BillState {
  text: string;
  bill: Bill;
  act: { id: string; uri: string; an: Analysis } | null;
  reason?: string;
  /** The bill amends another act, named as its enacting line does: the reason is worded in the UI language (reasonIn). */
  otherAct?: string;
  applied?: ApplyResult;
  /** checkBill's problems (or the reader's when the act cannot be read), once per state (problemsOf). */
  problems?: Problem[];
  /** The comparative table's rows, once a new edition's hover asked for them. */
  tableRows?: BillTable['rows'];
}

/** One code lens above an instruction: whether it applies cleanly; a click opens the unit in the act. */
export interface BillLens {
  span: { start: number; end: number };
  title: string;
  reveal?: RevealArticleArgs;
}

/** The hooks the core features ask first on a bill (lsp/features.ts). */
export interface BillHooks {
  hover(uri: string, offset: number, lang: Lang): { markdown: string; span: { start: number; end: number } } | null;
  definition(uri: string, offset: number): { uri: string; an: Analysis; span: { start: number; end: number }; numberSpan: { start: number; end: number }; originSpan: { start: number; end: number } }[] | null;
  /**
   * *Comparative Table* on a bill (`atazan/comparativeTable`, lsp/prior.ts asks this first): the bill's
   * table against its act, null when `uri` is not a bill. Throws (a message in `ui`) when the act cannot be read.
   */
  table(uri: string, ui: Lang, links: boolean, version: number): ComparativeTableResult | null;
  /** `atazan/exportComparativeTable` on a bill: md/html/json as text, docx as base64; null when not a bill. */
  exportTable(uri: string, format: ExportFormat, ui: Lang): Promise<ExportResult | null>;
  /**
   * The code lenses of a bill, one above each instruction: «✓ applies», «⚠ applies — the first warning»,
   * «✗ does not apply — the first error» (titles in `lang`); null when `uri` is not a bill.
   */
  lenses(uri: string, lang: Lang): BillLens[] | null;
  /** Whether the open document `uri` is read as an amendment bill. */
  isBill(uri: string): boolean;
}

export const billExtension: ServerExtension = {
  id: 'bill',
  register(ctx: ServerContext) {
    const source = createPriorSource();
    const start = initialTrust(ctx.initializeParams.initializationOptions);
    const trusted = () => ctx.hooks.workspaceTrusted?.() ?? start;
    const states = new Map<string, BillState>();
    /** The documents last read as no bill: the head of the text they were read from (stateOf). */
    const notBills = new Map<string, string>();
    /** `atazan.amendmentBills` (window scope: read once, again when the configuration changes). */
    let bindings: [string, string][] = [];

    const stateOf = (uri: string, an: Analysis): BillState | null => {
      const old = states.get(uri);
      if (old && old.text === an.text) return old;
      const bound = boundAct(bindings, filePath(uri), ctx.workspace.folderPaths);
      // Issue 17.4: `an.text` builds the whole text (2.7 M characters at 5,000 articles, ≈ 40 ms of CPU per
      // keystroke). An «<!-- amends: … -->» annotation can only lie inside a comment (every `<!--` outside
      // one opens one, closed by the first `-->`); without a comment holding «amends:», isBill reads only
      // the text's first 20,000 characters, so that is all it is given.
      const mayAnnotate = an.doc.comments.some((c) => c.text.includes('amends:'));
      if (!bound) {
        // Issue 15: a document found not to be a bill is asked again three times per keystroke (its
        // problems, the prior hover, the lenses), ≈ 0.2 ms each at 5,000 articles (the head folded and
        // searched): the same head, with no annotation possible, gives the same answer.
        const head = mayAnnotate ? null : an.source.slice(0, BILL_HEAD);
        if (head !== null && notBills.get(uri) === head) return null;
        if (!isBill(head ?? an.text)) {
          states.delete(uri);
          // Kept as a string of its own: a slice would keep the version's whole text alive.
          if (head !== null) notBills.set(uri, (' ' + head).slice(1));
          else notBills.delete(uri);
          return null;
        }
      }
      notBills.delete(uri);
      const bill = readBill(an.text, undefined, { amends: bound });
      const id = billActId(bill, DEFAULT_ACT);
      const st: BillState = { text: an.text, bill, act: null };
      if (id === undefined) {
        // «Внести в Закон … следующие изменения»: not the Constitution; its text has to be bound to the bill.
        st.otherAct = bill.otherAct ?? '';
        states.set(uri, st);
        return st;
      }
      const r = source.load(id, bill.lang, { folders: ctx.workspace.folderPaths, trusted: trusted() });
      if (r.ok) {
        const uriOf = bundledAct(r.id) ? actUri(r.id, r.lang) : fileUri(r.id, ctx.workspace.folderPaths);
        st.act = { id: r.id, uri: uriOf, an: r.analysis };
      } else st.reason = r.reason;
      states.set(uri, st);
      return st;
    };
    const appliedOf = (st: BillState): ApplyResult | null => {
      if (!st.act) return null;
      if (!st.applied) st.applied = applyBill(st.bill, st.act.an.text);
      return st.applied;
    };

    const supply = (uri: string, an: Analysis) => {
      const st = stateOf(uri, an);
      // A new edition of the whole act: its text (in the appendix) is the act's, not the bill's units.
      ctx.service.setQuiet(uri, st ? st.bill.instructions.filter((i) => i.text && i.targets.some((t) => t.whole)).map((i) => i.text!.span) : []);
      if (!st) {
        ctx.service.setProblems(uri, BILL_PROBLEMS, []);
        return;
      }
      ctx.service.setProblems(uri, BILL_PROBLEMS, problemsOf(st));
    };
    ctx.service.onDidAnalyse((uri, an) => {
      if (!an) {
        states.delete(uri);
        notBills.delete(uri);
        return;
      }
      supply(uri, an);
    });
    /** Reads the setting; when it changed, the open documents are read again (a file may become a bill, or stop being one). */
    const readBindingsSetting = async () => {
      const next = (await ctx.getSettings(null)).amendmentBills;
      if (JSON.stringify(next) === JSON.stringify(bindings)) return;
      bindings = next;
      states.clear();
      notBills.clear();
      for (const uri of ctx.service.uris()) ctx.service.read(uri, (an) => supply(uri, an));
      bindingsGeneration++;
      for (const uri of ctx.service.uris()) ctx.hooks.diagnosticsChanged?.(uri);
    };
    // A pulled report's result id changes with the setting (lsp/diagnostics.ts): the client gets the new problems.
    let bindingsGeneration = 0;
    const stamp = ctx.hooks.diagnosticsStamp;
    ctx.hooks.diagnosticsStamp = (uri) => (stamp?.(uri) ?? '') + (bindingsGeneration ? `:b${bindingsGeneration}` : '');
    void readBindingsSetting().catch(() => {});

    const at = (uri: string, offset: number) => {
      const st = ctx.service.read(uri, (an) => stateOf(uri, an));
      if (!st) return null;
      const k = st.bill.instructions.findIndex((i) => i.span.start <= offset && offset <= i.span.end);
      return k < 0 ? null : { st, k, ins: st.bill.instructions[k] };
    };

    /** The bill's table, or null (not a bill); throws when its act cannot be read. */
    const tableOf = (uri: string, ui: Lang): { st: BillState; t: BillTable; an: Analysis } | null => {
      const hit = ctx.service.read(uri, (an) => ({ st: stateOf(uri, an), an }));
      if (!hit?.st) return null;
      const { st, an } = hit;
      if (!st.act) throw new Error(requestError('priorCannotUse', { id: st.bill.amends ?? DEFAULT_ACT, reason: reasonIn(st, ui) }, ui));
      const t = billTable(st.bill, st.act.an, an.text, { applied: appliedOf(st) ?? undefined, act: bundledAct(st.act.id) ? priorLabel(st.act.id) : st.act.id });
      return { st, t, an };
    };

    ctx.hooks.bill = {
      table(uri, ui, links, version) {
        const r = tableOf(uri, ui);
        if (!r) return null;
        const { t, an } = r;
        const unitHref = links
          ? (i: number) => {
            const row = t.rows[i];
            if (!row) return null;
            const line = an.lineIndex.positionAt(row.span.start).line;
            return `command:${ClientCommands.revealArticle}?${encodeURIComponent(JSON.stringify({ uri, line } satisfies RevealArticleArgs))}`;
          }
          : undefined;
        const base = decodeURIComponent(uri.split(/[\\/]/).pop() ?? uri);
        // A law of an earlier edition: its table against this one is not its own (said above the table).
        const earlier = earlierOf(r.st);
        return {
          html: billTableHtml(t, { uiLang: ui, unitHref, ...(earlier ? { notice: formatMessage(earlier.code, earlier.args, ui) } : {}) }), rows: [], dropped: [], prior: r.st.act!.id,
          title: `${lexicon(ui).table.viewTitle} — ${base}`, version, bill: billTableJson(t),
        };
      },
      async exportTable(uri, format, ui) {
        const r = tableOf(uri, ui);
        if (!r) return null;
        if (format === 'md') return { text: billTableMarkdown(r.t) };
        if (format === 'html') return { text: billTableHtml(r.t) };
        if (format === 'json') return { text: JSON.stringify(billTableJson(r.t), null, 2) + '\n' };
        return { base64: (await billTableDocx(r.t, billTableTitle(r.t))).toString('base64') };
      },
      isBill(uri) {
        return ctx.service.read(uri, (an) => stateOf(uri, an)) != null;
      },
      lenses(uri, lang) {
        const st = ctx.service.read(uri, (an) => stateOf(uri, an));
        if (!st) return null;
        const words = lexicon(lang).bill.hover ?? lexicon('en').bill.hover!;
        const applied = appliedOf(st);
        const brief = (p: Problem) => {
          const m = formatMessage(p.code, p.args, lang).replace(/\s+/g, ' ');
          return m.length > 120 ? `${m.slice(0, 119)}…` : m;
        };
        const problems = [...problemsOf(st)].sort((a, b) => a.span.start - b.span.start);
        const out: BillLens[] = [];
        // A law that amends an earlier edition: what this edition already has of it, the rest not checked.
        const earlier = earlierOf(st);
        for (const ins of st.bill.instructions) {
          const own = problems.filter((p) => p.span.start >= ins.span.start && p.span.start <= ins.span.end);
          const rec = applied?.instructions.find((r) => r.instruction === ins);
          const error = own.find((p) => p.severity === 'error');
          const warning = own.find((p) => p.severity === 'warning');
          let title: string;
          if (!st.act) title = `✗ ${words.notApplied} — ${reasonIn(st, lang)}`.trim();
          else if (earlier && !ins.act) title = inEdition(st, earlier, ins) ? `✓ ${words.inEdition(String(earlier.args.edition))}` : `— ${words.notChecked}`;
          else if (!rec || !rec.ok || error) title = `✗ ${words.notApplied}${error ? ` — ${brief(error)}` : ''}`;
          else if (warning) title = `⚠ ${words.applies} — ${brief(warning)}`;
          else title = `✓ ${words.applies}`;
          const lens: BillLens = { span: { start: ins.span.start, end: ins.span.start }, title };
          const def = st.act ? ctx.hooks.bill?.definition(uri, ins.targets[0]?.span.start ?? ins.span.start) : null;
          if (def && def.length) lens.reveal = { uri: def[0].uri, line: def[0].an.lineIndex.positionAt(def[0].span.start).line };
          out.push(lens);
        }
        return out;
      },
      hover(uri, offset, lang) {
        const hit = at(uri, offset);
        if (!hit) return null;
        const { st, ins } = hit;
        const words = lexicon(lang).bill.hover ?? lexicon('en').bill.hover!;
        const target = ins.targets.map((t) => (t.whole ? lexicon(st.bill.lang).bill.hover?.wholeAct : t.preamble ? lexicon(st.bill.lang).preamble : t.section) ?? [t.article, t.paragraph, t.subparagraph].filter((x) => x !== undefined).join('.')).join(', ');
        const parts = [`**${escapeMarkdown(ins.item || '—')}** · ${escapeMarkdown(words.kinds[ins.kind])} · ${escapeMarkdown(target)}${st.act ? ` · ${escapeMarkdown(st.act.id)}` : ''}`];
        const applied = appliedOf(st);
        const rec = applied?.instructions.find((r) => r.instruction === ins);
        const quote = (s: string) => s.split('\n').filter((l) => l.trim()).map((l) => `> ${escapeMarkdown(l.trim())}`).join('\n>\n');
        if (rec && rec.ok && ins.targets.some((t) => t.whole) && st.act) {
          // A new edition: what it does to the act's articles (the comparative table's rows, counted).
          const rows = (st.tableRows ??= billTable(st.bill, st.act.an, st.text, { applied: applied ?? undefined }).rows).filter((r) => r.unit.article !== undefined);
          const count = (c: string) => rows.filter((r) => r.change === c).length;
          parts.push(escapeMarkdown(words.wholeSummary(count('amended'), count('new'), count('excluded'))));
        }
        const earlier = earlierOf(st);
        if (earlier && !ins.act) {
          // Not checked against this edition: what it says of the unit would mislead.
          parts.push(escapeMarkdown(inEdition(st, earlier, ins) ? words.inEdition(String(earlier.args.edition)) : words.notChecked));
          parts.push(escapeMarkdown(formatMessage(earlier.code, earlier.args, lang)));
          return { markdown: parts.join('\n\n'), span: ins.span };
        }
        if (rec) {
          if (rec.before.length) parts.push(`*${escapeMarkdown(words.before)}*`, rec.before.map(quote).join('\n\n'));
          if (rec.ok && rec.after.length) parts.push(`*${escapeMarkdown(words.after)}*`, rec.after.map(quote).join('\n\n'));
          if (!rec.ok) parts.push(`*${escapeMarkdown(words.notApplied)}*`);
        }
        return { markdown: parts.join('\n\n'), span: ins.span };
      },
      definition(uri, offset) {
        const hit = at(uri, offset);
        if (!hit || !hit.st.act) return null;
        const act = hit.st.act;
        const t = hit.ins.targets.find((x) => x.span.start <= offset && offset <= x.span.end) ?? hit.ins.targets[0];
        if (!t) return null;
        // The whole act (a new edition): its first line.
        if (t.whole) {
          const nl = act.an.text.indexOf('\n');
          const span = { start: 0, end: nl < 0 ? act.an.text.length : nl };
          return [{ uri: act.uri, an: act.an, span, numberSpan: { start: 0, end: 0 }, originSpan: t.span }];
        }
        // The preamble and a section's heading: the act's own.
        if (t.preamble) {
          const pre = act.an.doc.preamble;
          return pre ? [{ uri: act.uri, an: act.an, span: pre, numberSpan: { start: pre.start, end: pre.start }, originSpan: t.span }] : [];
        }
        if (t.section !== undefined) {
          const sec = act.an.doc.sections.find((x) => sectionNumeral(x.number.text) === sectionNumeral(t.section!));
          return sec ? [{ uri: act.uri, an: act.an, span: { start: sec.span.start, end: sec.headSpan.end }, numberSpan: sec.number.span, originSpan: t.span }] : [];
        }
        const probe = hit.ins.kind === 'insert-unit'
          ? { ...t, ...(t.subparagraph !== undefined ? { subparagraph: undefined } : t.paragraph !== undefined ? { paragraph: undefined } : { article: undefined }), part: undefined, sentence: undefined }
          : t;
        const l = locate(act.an, probe);
        const u = l.subparagraph ?? l.paragraph ?? l.article;
        if (!u || l.missing) return [];
        return [{ uri: act.uri, an: act.an, span: u.span, numberSpan: u.number.span, originSpan: t.span }];
      },
    };

    ctx.connection.onRequest(Requests.applyBill, ctx.guard(Requests.applyBill, { text: '', act: '', actUri: '', lang: 'ru', instructions: 0, failed: 0 } as ApplyBillResult,
      async (p: Partial<ApplyBillParams> | null): Promise<ApplyBillResult> => {
        const uri = typeof p?.uri === 'string' ? p.uri : '';
        const st = ctx.service.read(uri, (an) => stateOf(uri, an));
        if (!st) return { text: '', act: '', actUri: '', lang: 'ru', instructions: 0, failed: 0, reason: 'not an amendment bill' };
        const r = appliedOf(st);
        if (!r || !st.act) return { text: '', act: st.bill.amends ?? DEFAULT_ACT, actUri: '', lang: st.bill.lang, instructions: st.bill.instructions.length, failed: st.bill.instructions.length, reason: reasonIn(st, await ctx.messageLanguage(uri)) };
        const earlier = earlierOf(st);
        return {
          text: r.text, act: st.act.id, actUri: st.act.uri, lang: st.bill.lang,
          instructions: r.instructions.length, failed: r.instructions.filter((i) => !i.ok).length + unreadStatements(st.bill),
          ...(earlier ? { earlier: formatMessage(earlier.code, earlier.args, await ctx.messageLanguage(uri)) } : {}),
        };
      }));
    ctx.hooks.configurationChanged.push(() => {
      states.clear();
      notBills.clear();
      void readBindingsSetting().catch(() => {});
    });
  },
};

/** A workspace file's URI from the path the loader read (absolute, or relative to the first folder). */
function fileUri(id: string, folders: readonly string[]): string {
  const abs = /^(?:\/|[A-Za-z]:[\\/])/.test(id) ? id : `${(folders[0] ?? '').replace(/[\\/]$/, '')}/${id}`;
  return 'file://' + (abs.startsWith('/') ? '' : '/') + abs.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/').replace(/%3A/g, ':');
}

/** Why a bill's act is not read, in `ui`: a bill of another act names it; else the loader's reason. */
function reasonIn(st: BillState, ui: Lang): string {
  return st.otherAct !== undefined ? lexicon(ui).bill.otherActReason(st.otherAct) : st.reason ?? '';
}

/** The bill's problems against its act (the reader's when the act cannot be read), checked once per state. */
function problemsOf(st: BillState): Problem[] {
  // A bundled act's edition is known: a law that amended an earlier one is not checked against it.
  return (st.problems ??= st.act ? checkBill(st.bill, st.act.an, { edition: bundledAct(st.act.id)?.edition }) : st.bill.problems);
}

/** The note of a bill that amends an earlier edition of its act than the one read (core/bill/check.ts earlierEdition). */
function earlierOf(st: BillState): Problem | undefined {
  return problemsOf(st).find((p) => p.code === 'bill-earlier-edition');
}

/** Whether that edition already has the result of `ins` (the note's data: indexes among the bill's own instructions). */
function inEdition(st: BillState, earlier: Problem, ins: Instruction): boolean {
  const applied = earlier.data?.applied;
  return Array.isArray(applied) && applied.includes(st.bill.instructions.filter((i) => !i.act).indexOf(ins));
}
