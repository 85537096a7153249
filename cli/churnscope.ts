/**
 * Churnscope on the command line: the same engine as the app, JSON on stdout.
 * Exit 0 on success; 2 with one line on stderr for input it cannot read or a usage mistake.
 */
import { parseArgs } from './args.ts';
import { inspectReport, openFromPaths, UsageError } from './inspect.ts';
import { runCustomers } from './customers.ts';
import { runWarnings } from './warnings.ts';
import { runCohort } from './cohort.ts';
import { runSurvival } from './survival.ts';

const READ = '[--delimiter X] [--encoding X] [--header yes|no] [--sheet NAME] [--date-order COLUMN=dmy|mdy]';
const USAGE = [
  'usage:',
  `  npm run cli -- inspect <file>... ${READ}`,
  `  npm run cli -- warnings <file>... --rules JSON [--role ROLE=column ...] [--as-of YYYY-MM-DD] [--returns net|drop] ${READ}`,
  `  npm run cli -- cohort <file>... [--period week|month|quarter|year] [--measure active|retained|revenue] [--windows calendar|rolling] [--min-cohort N] [--breakdown column] [--role ROLE=column ...] [--as-of YYYY-MM-DD] ${READ}`,
  `  npm run cli -- survival <file>... [--group column] [--times 6,12,24] [--time-unit days|weeks|months] [--ci log-log|log] [--where COLUMN=v1,v2 ...] [--role ROLE=column ...] [--definition JSON] ${READ}`,
  `  npm run cli -- customers <file>... [--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] [--unit days|weeks|months] [--returns net|drop] [--tenure-unit days|weeks|months] [--out table.csv|.arrow] ${READ}`,
].join('\n');
const COMMANDS = ['inspect', 'customers', 'warnings', 'cohort', 'survival'];

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help' || args.flags.has('help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!COMMANDS.includes(args.command))
    throw new UsageError(`unknown command "${args.command}" (use ${COMMANDS.join(' or ')})`);
  const { engine, result } = await openFromPaths(args);
  if (!result.ok) {
    process.stderr.write(`churnscope: ${result.issues[0].message}\n`);
    return 2;
  }
  if (args.command === 'inspect') {
    process.stdout.write(`${JSON.stringify(inspectReport(result.value), null, 2)}\n`);
    return 0;
  }
  const runs = { warnings: runWarnings, cohort: runCohort, survival: runSurvival, customers: runCustomers } as const;
  const run = runs[args.command as keyof typeof runs](engine, args, result.value);
  if (run.error) {
    process.stderr.write(`churnscope: ${run.error}\n`);
    return run.code;
  }
  process.stdout.write(`${JSON.stringify(run.out, null, 2)}\n`);
  return run.code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    const message =
      e instanceof UsageError ? e.message : `unexpected failure: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`churnscope: ${message.split('\n')[0]}\n`);
    process.exit(2);
  },
);
