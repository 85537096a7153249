/**
 * `clv <file>... [--model bg-nbd|pareto-nbd] [--calibration-end D] [--holdout-end D] [--unit U]
 * [--horizon N] [--discount RATE] [--margin FRACTION] [--out table.csv]`: customer lifetime value
 * (kind customer-lifetime-value) as JSON — the calibration fit with its standard errors and
 * log-likelihood, the Gamma-Gamma spend model, the holdout check, the fit the predictions use —
 * with its notes worded; `--out` writes the customer table with p_alive, expected_purchases,
 * expected_spend and clv.
 */
import {
  CLV_MODELS,
  TIME_UNITS,
  type ClvModel,
  type CustomerLifetimeValueOptions,
  type TimeUnit,
} from '../../src/engine/api.ts';
import { flag, UsageError, type ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { TABLE_OUT, writeTableOut } from '../tableOut.ts';
import { clvNotes } from '../wording.ts';

function number(args: ParsedArgs, name: string, what: string): number | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} takes ${what}`);
  return n;
}

function optionsOf(args: ParsedArgs): CustomerLifetimeValueOptions {
  const asked = flag(args, 'model');
  // The issue's spelling `bgnbd` is the same model.
  const model = asked === 'bgnbd' ? 'bg-nbd' : asked;
  if (model !== undefined && !CLV_MODELS.includes(model as ClvModel))
    throw new UsageError(`--model takes ${CLV_MODELS.join(' or ')}`);
  const unit = flag(args, 'unit');
  if (unit !== undefined && !TIME_UNITS.includes(unit as TimeUnit))
    throw new UsageError(`--unit takes ${TIME_UNITS.join(', ')}`);
  return {
    model: model as ClvModel | undefined,
    calibrationEnd: flag(args, 'calibration-end'),
    unit: unit as TimeUnit | undefined,
    horizon: number(args, 'horizon', 'a number of time units ahead, e.g. 52'),
    discount: number(args, 'discount', 'an annual discount rate, e.g. 0.1 for 10 %'),
    margin: number(args, 'margin', 'the share of spend kept as margin, from 0 to 1, e.g. 0.3'),
  };
}

export const clv: Command = {
  name: 'clv',
  kind: 'customer-lifetime-value',
  usage: `<file>... [--model bg-nbd|pareto-nbd] [--calibration-end YYYY-MM-DD] [--holdout-end YYYY-MM-DD] [--unit days|weeks|months] [--horizon N] [--discount RATE] [--margin FRACTION] [--role ROLE=column ...] [--definition JSON] [--returns net|drop] [--merge-ids] ${TABLE_OUT} ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const options = optionsOf(args);
    const spec = customerSpec(args, summary);
    // The holdout ends at the table's as-of date.
    const holdoutEnd = flag(args, 'holdout-end');
    if (holdoutEnd !== undefined && spec.asOf !== undefined && spec.asOf !== holdoutEnd)
      throw new UsageError('--holdout-end is the as-of date: give one of them');
    const built = engine.buildCustomerTable(summary.id, { ...spec, asOf: holdoutEnd ?? spec.asOf });
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const result = engine.analyze(summary.id, 'customer-lifetime-value', options);
    if (!result.ok) return { code: 2, error: result.issues[0].message };
    const refused = writeTableOut(engine, args, summary.id);
    if (refused !== null) return { code: 2, error: refused };
    return { code: 0, out: { ...result.value, noteText: clvNotes(result.value) } };
  },
};
