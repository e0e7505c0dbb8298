// Which files of a workspace are drafts (read on disk for workspace symbols and acts cited by name, and
// watched for changes). No platform imports: server.ts (node and web builds) reads it.

/** File name endings of drafts on disk. */
export const DRAFT_SUFFIXES = ['.constitution', '.const.txt', '.const.md'];
