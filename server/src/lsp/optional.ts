// Optional feature modules written by other engineers (renumbering: code actions, rename, completion;
// prior constitution: hover hook, inlay hints, atazan/priorText, atazan/comparativeTable).
// TODO(renumber): wire server/src/core/features/{renumber,codeActions,completion}.ts as ServerExtensions here.
// TODO(prior): set ctx.hooks.priorHover and register the custom requests named in CustomRequests.

import type { ServerExtension } from './context';

export const optionalExtensions: ServerExtension[] = [];
