// Optional feature modules written by other engineers (renumbering: code actions, rename, completion;
// prior constitution: hover hook, inlay hints, atazan/priorText, atazan/comparativeTable).
// TODO(renumber): wire server/src/core/features/{renumber,codeActions,completion}.ts as ServerExtensions here.
// prior: lsp/prior.ts (priorExtension) sets ctx.hooks.priorHover, inlay hints and the custom requests.

import type { ServerExtension } from './context';
import { priorExtension } from './prior';

export const optionalExtensions: ServerExtension[] = [priorExtension];
