/**
 * `retention-projection <file>... --fit N --horizon N`: a shifted-beta-geometric fit of survival
 * by period, projected forward; fitted to the customer table's Kaplan–Meier curve read every
 * `--period-days` days (365.25 by default), or to two columns of the data (`--period`, `--survivors`).
 */
import type { ProjectionOptions } from '../../src/engine/api.ts';
import { flag, UsageError } from '../args.ts';
import { analysisCommand } from '../analysisCommand.ts';

function whole(args: Parameters<typeof flag>[0], name: string): number {
  const n = Number(flag(args, name));
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} takes a whole number of periods`);
  return n;
}

export const retentionProjection = analysisCommand(
  'retention-projection',
  '--fit N --horizon N [--period-days D | --period COLUMN --survivors COLUMN] [--discount R]',
  (args): ProjectionOptions => {
    const period = flag(args, 'period');
    const survivors = flag(args, 'survivors');
    if (!!period !== !!survivors) throw new UsageError('--period and --survivors go together');
    const source: ProjectionOptions['source'] =
      period && survivors
        ? { kind: 'columns', period, survivors }
        : { kind: 'survival', periodDays: Number(flag(args, 'period-days') ?? 365.25) };
    const discount = flag(args, 'discount') === undefined ? undefined : Number(flag(args, 'discount'));
    return { source, fitPeriods: whole(args, 'fit'), horizon: whole(args, 'horizon'), discount };
  },
  (options) => options.source.kind === 'survival',
);
