/**
 * Churnscope on the command line: the same engine as the app, JSON on stdout.
 * Exit 0 on success; 2 with one line on stderr for input it cannot read or a usage mistake.
 */
import { parseArgs, UsageError } from './args.ts';
import { COMMANDS } from './commands/index.ts';
import { GENERATE_USAGE, runGenerate } from './commands/generate.ts';
import { openFromPaths } from './opening.ts';
import { runSql, SQL_USAGE } from './commands/sql.ts';
import { runDuckdbCustomers } from './duckdbCustomers.ts';
import { flag } from './args.ts';

const USAGE = [
  'usage:',
  ...COMMANDS.map((c) => `  npm run cli -- ${c.name} ${c.usage}`),
  `  npm run cli -- generate ${GENERATE_USAGE}`,
  `  npm run cli -- sql ${SQL_USAGE}`,
  '  npm run cli -- customers --engine duckdb <file or glob>... [the flags of customers] [--out table.csv|.parquet]',
].join('\n');

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help' || args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'generate') {
    const run = runGenerate(args);
    if (run.out !== undefined) process.stdout.write(`${JSON.stringify(run.out, null, 2)}\n`);
    return run.code;
  }
  if (args.command === 'sql') {
    const run = runSql(args);
    if (run.error) process.stderr.write(`churnscope: ${run.error}\n`);
    else process.stdout.write(run.text ?? '');
    return run.code;
  }
  const engineName = flag(args, 'engine');
  if (args.command === 'customers' && engineName !== undefined) {
    if (engineName !== 'duckdb') throw new UsageError('--engine takes duckdb');
    const run = await runDuckdbCustomers(args);
    if (run.error) process.stderr.write(`churnscope: ${run.error}\n`);
    else process.stdout.write(`${JSON.stringify(run.out, null, 2)}\n`);
    return run.code;
  }
  const command = COMMANDS.find((c) => c.name === args.command || c.kind === args.command);
  if (!command)
    throw new UsageError(
      `unknown command "${args.command}" (use ${COMMANDS.map((c) => c.name).join(' or ')}, sql or generate)`,
    );
  const { engine, result } = await openFromPaths(args);
  if (!result.ok) {
    process.stderr.write(`churnscope: ${result.issues[0].message}\n`);
    return 2;
  }
  const run = command.run(engine, args, result.value);
  if (run.error) {
    process.stderr.write(`churnscope: ${run.error}\n`);
    return run.code;
  }
  process.stdout.write(`${JSON.stringify(run.out, printable, 2)}\n`);
  return run.code;
}

/**
 * Results as JSON: per-customer columns (a result's `perCustomer`) are left to `--out`, which
 * writes them beside the customer table; other typed arrays print as arrays.
 */
function printable(key: string, value: unknown): unknown {
  if (key === 'perCustomer') return undefined;
  return ArrayBuffer.isView(value) && !(value instanceof DataView) ? Array.from(value as Uint8Array) : value;
}

/**
 * Exit once stdout and stderr have drained: on a pipe they are written asynchronously, and
 * process.exit() straight after a write cut the JSON at 64 KiB (`… | head`, `… | wc -c`). The
 * explicit exit stays because helper threads may still hold the event loop.
 */
function exitAfterDrain(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(exitAfterDrain, (e: unknown) => {
  const message =
    e instanceof UsageError ? e.message : `unexpected failure: ${e instanceof Error ? e.message : String(e)}`;
  process.stderr.write(`churnscope: ${message.split('\n')[0]}\n`);
  exitAfterDrain(2);
});
