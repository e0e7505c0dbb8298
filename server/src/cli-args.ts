// The command line's one option reader, shared by every `atazan` sub-command (lint, outline, table,
// renumber, migrate, parallel, amendments, amend, apply). Each command declares its options; the reader
// gives the same answers everywhere: `--name value` and `--name=value`, `--` ends the options, an
// unknown option, a missing or empty value, a value outside the allowed ones, or a value given to a
// switch is a usage error (exit 2) with one clear message.

/** An option: a switch (`'switch'`), one that takes any value (`'value'`), or one of the listed values. */
export type OptionKind = 'switch' | 'value' | readonly string[];

export interface ParsedOptions {
  positional: string[];
  /** The value of a valued option (the last one given), or undefined. */
  value(name: string): string | undefined;
  /** Whether an option (switch or valued) was given. */
  has(name: string): boolean;
}

export function parseOptions(
  args: readonly string[],
  spec: Readonly<Record<string, OptionKind>>,
  usageError: (message: string) => Error,
): ParsedOptions {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const given = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!(a.startsWith('-') && a.length > 1)) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const kind = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (kind === undefined) throw usageError(`unknown option ${name}`);
    given.add(name);
    if (kind === 'switch') {
      if (eq > 0) throw usageError(`${name} takes no value`);
      continue;
    }
    const v = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (v === undefined || v === '') throw usageError(`${name} needs a value`);
    if (kind !== 'value' && !kind.includes(v)) throw usageError(`${name} must be one of: ${kind.join(', ')}`);
    values.set(name, v);
  }
  return {
    positional,
    value: (name) => values.get(name),
    has: (name) => given.has(name),
  };
}
