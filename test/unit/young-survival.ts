// Run by analysis-accessors.test.ts in a child process (a fresh heap, --expose-gc): how much the old
// generation grows over 40 warm analyses of the 2026 draft dropped at once, with two young collections
// after them and none of the full collections that would free dropped analyses promoted there. Prints MB.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { analyze } from '../../server/src/core';

const DRAFT = readFileSync(path.resolve(__dirname, '../../examples/draft-2026-ru.const.txt'), 'utf8');
const gc = (globalThis as unknown as { gc: (o?: { type: string }) => void }).gc;
const old = () => v8.getHeapSpaceStatistics().find((x) => x.space_name === 'old_space')!.space_used_size;
for (let k = 0; k < 5; k++) analyze(DRAFT);
gc();
const before = old();
for (let k = 0; k < 40; k++) analyze(DRAFT);
gc({ type: 'minor' });
gc({ type: 'minor' });
process.stdout.write(String((old() - before) / 2 ** 20));
