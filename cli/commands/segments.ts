/**
 * `segments <file>... --method rfm|kmeans`: customer segments by the method named, each method a
 * command of its own (`rfm`, `clusters`), dispatched through one table: adding a method is one line here.
 */
import { flag, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { rfm } from './rfm.ts';
import { clusters } from './clusters.ts';

const METHODS: Record<string, Command> = { rfm, kmeans: clusters };

export const segments: Command = {
  name: 'segments',
  usage: Object.entries(METHODS)
    .map(([method, command]) => `--method ${method} ${command.usage}`)
    .join('\n    | '),
  run(engine, args, summary) {
    const method = flag(args, 'method');
    const command = method !== undefined && Object.hasOwn(METHODS, method) ? METHODS[method] : undefined;
    if (!command) throw new UsageError(`--method takes ${Object.keys(METHODS).join(' or ')}`);
    return command.run(engine, args, summary);
  },
};
