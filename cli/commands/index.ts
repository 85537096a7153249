/** Every command of the command line: adding one is a file in this folder and a line in COMMANDS. */
import type { Command } from '../command.ts';
import { cohort } from './retention-triangle.ts';
import { customers } from './customers.ts';
import { inspect } from './inspect.ts';
import { survival } from './survival.ts';
import { warnings } from './early-warnings.ts';

/** In the order the "unknown command" message names them. */
export const COMMANDS: readonly Command[] = [inspect, customers, warnings, cohort, survival];

/** The usage text has always listed customers last (after every other command); kept so `help` prints the same lines. */
const LAST_IN_USAGE = new Set(['customers']);

/** The commands in the order of their usage lines. */
export const USAGE_ORDER: readonly Command[] = [
  ...COMMANDS.filter((c) => !LAST_IN_USAGE.has(c.name)),
  ...COMMANDS.filter((c) => LAST_IN_USAGE.has(c.name)),
];
