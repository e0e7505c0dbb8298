// Optional feature modules written by other engineers (renumbering: code actions, rename, completion;
// prior constitution: hover hook, inlay hints, atazan/priorText, atazan/comparativeTable).
// renumber: lsp/editing.ts (editingExtension) wires core/features/{renumber,codeActions,completion}.ts.
// prior: lsp/prior.ts (priorExtension) sets ctx.hooks.priorHover, inlay hints and the custom requests.

import type { ServerExtension } from './context';
import { priorExtension } from './prior';
import { editingExtension } from './editing';

export const optionalExtensions: ServerExtension[] = [priorExtension, editingExtension];
