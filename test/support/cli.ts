// Runs the `atazan` CLI in-process (server/src/cli.ts main) and collects what it prints.
import { main } from '../../server/src/cli';

export interface CliResult {
  code: number;
  /** stdout lines joined with '\n'. */
  out: string;
  /** stderr lines joined with '\n'. */
  err: string;
  /** What the CLI wrote to stderr, one entry a call. */
  errLines: string[];
}

export async function runCli(argv: string[]): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n'), errLines: err };
}
