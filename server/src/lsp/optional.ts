// Optional feature modules written by other engineers (renumbering: code actions, rename, completion;
// prior constitution: hover hook, inlay hints, atazan/priorText, atazan/comparativeTable).
// renumber: lsp/editing.ts (editingExtension) wires core/features/{renumber,codeActions,completion}.ts.
// prior: lsp/prior.ts (priorExtension) sets ctx.hooks.priorHover, inlay hints and the custom requests.
// cited: lsp/cited.ts (citedExtension) gives the core the Constitution laws and codes cite.
// bill: lsp/bill.ts (billExtension): an amendment bill's diagnostics, hover, definition, atazan/applyBill.

import type { ServerExtension } from './context';
import { priorExtension } from './prior';
import { editingExtension } from './editing';
import { citedExtension } from './cited';
import { parallelExtension } from './parallel';
import { billExtension } from './bill';

export const optionalExtensions: ServerExtension[] = [priorExtension, editingExtension, citedExtension, parallelExtension, billExtension];
