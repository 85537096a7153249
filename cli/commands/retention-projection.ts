/**
 * `retention-projection <file>... [--fit N] [--horizon N]`: a shifted-beta-geometric fit of
 * survival by period, projected forward, as JSON with its codes worded in `notes`. Fitted to the
 * customer table counted every `--period-days` days (left out: years, months or weeks, whichever
 * the data covers for at least 6 periods), or to two columns of the data (`--period`,
 * `--survivors`, with `--cohort-size` when the column holds percentages).
 */
import type { ProjectionOptions } from '../../src/engine/api.ts';
import { flag, UsageError, type ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { projectionNotes } from '../wording.ts';

function number(args: ParsedArgs, name: string, whole: boolean): number | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || (whole && !Number.isInteger(n)))
    throw new UsageError(
      `--${name} takes ${whole ? 'a whole number' : 'a number'} of ${name === 'period-days' ? 'days' : 'periods'}`,
    );
  return n;
}

function optionsOf(args: ParsedArgs): ProjectionOptions {
  const period = flag(args, 'period');
  const survivors = flag(args, 'survivors');
  if (!!period !== !!survivors) throw new UsageError('--period and --survivors go together');
  const cohortText = flag(args, 'cohort-size');
  const cohortSize = cohortText === undefined ? undefined : Number(cohortText);
  if (cohortSize !== undefined && !(cohortSize > 0))
    throw new UsageError('--cohort-size takes a number of customers above 0');
  if (cohortSize !== undefined && !period) throw new UsageError('--cohort-size goes with --period and --survivors');
  const source: ProjectionOptions['source'] =
    period && survivors
      ? { kind: 'columns', period, survivors, ...(cohortSize === undefined ? {} : { cohortSize }) }
      : { kind: 'survival', periodDays: number(args, 'period-days', false) };
  const discount = flag(args, 'discount') === undefined ? undefined : Number(flag(args, 'discount'));
  return { source, fitPeriods: number(args, 'fit', true), horizon: number(args, 'horizon', true), discount };
}

export const retentionProjection: Command = {
  name: 'retention-projection',
  usage: `<file>... [--fit N] [--horizon N] [--period-days D | --period COLUMN --survivors COLUMN [--cohort-size N]] [--discount R] [--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] [--returns net|drop] ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const options = optionsOf(args);
    if (options.source.kind === 'survival') {
      const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
      if (!built.ok) return { code: 2, error: built.issues[0].message };
    }
    const r = engine.analyze(summary.id, 'retention-projection', options);
    if (!r.ok) return { code: 2, error: r.issues[0].message };
    return { code: 0, out: { ...r.value, notes: projectionNotes(r.value) } };
  },
};
