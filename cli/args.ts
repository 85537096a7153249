/** Command-line arguments: positional paths and --flag value pairs (repeatable flags collect). */
export interface ParsedArgs {
  command: string;
  paths: string[];
  flags: Map<string, string[]>;
}

/** A mistake in how the command was called: one line on stderr, exit 2. */
export class UsageError extends Error {}

/** Flags that take no value: `--include-churned`, `--merge-ids` alone, never the next word. */
const SWITCHES = new Set(['include-churned', 'merge-ids', 'help', 'truth']);

export function parseArgs(argv: string[]): ParsedArgs {
  const [command = 'help', ...rest] = argv;
  const paths: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const value = eq > 0 ? a.slice(eq + 1) : SWITCHES.has(key) ? 'yes' : (rest[++i] ?? '');
      flags.set(key, [...(flags.get(key) ?? []), value]);
    } else paths.push(a);
  }
  return { command, paths, flags };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.at(-1);
}

/** The flag's value if it is one of `allowed`; a usage error naming them if not. */
export function oneOf<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[]): T | undefined {
  const v = flag(args, name);
  if (v === undefined) return undefined;
  if (!allowed.includes(v as T)) throw new UsageError(`--${name} takes ${allowed.join(' or ')}`);
  return v as T;
}
