/**
 * `drivers <file>... [--features a,b] [--bins 5] [--repeats 10] [--seed S] [--test-fraction F]
 * [--factors JSON]`: why customers churn (kind churn-drivers) as JSON — each feature's churn
 * rate and risk ratio per category and its mutual information with churn, ranked; permutation
 * importance of a logistic model on held-out customers; the decision-factor table.
 */
import type { ChurnDriversOptions, DecisionFactor } from '../../src/engine/api.ts';
import { flag, UsageError, type ParsedArgs } from '../args.ts';
import { analysisCommand } from '../analysisCommand.ts';
import { attributeRef, RULE_SUFFIX, stated } from '../attributeRefs.ts';
import { keyedRecord } from '../../src/core/columns/keyedRecord.ts';

function number(args: ParsedArgs, name: string, whole: boolean): number | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v) || (whole && !Number.isInteger(v)))
    throw new UsageError(`--${name} takes ${whole ? 'a whole number' : 'a number'}, not "${text}"`);
  return v;
}

function factorsOf(args: ParsedArgs): DecisionFactor[] | undefined {
  const text = flag(args, 'factors');
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed as DecisionFactor[];
  } catch {
    // Worded below.
  }
  throw new UsageError(
    '--factors takes a JSON list, e.g. \'[{"key":"price","column":"MonthlyCharges","importance":0.4,"availability":0.8}]\'',
  );
}

export const churnDrivers = {
  ...analysisCommand(
    'churn-drivers',
    `[--features a,b${RULE_SUFFIX}] [--bins 5] [--repeats 10] [--seed 1] [--test-fraction 0.25] [--cutoff YYYY-MM-DD [--window DAYS]] [--factors JSON]`,
    (args): ChurnDriversOptions => {
      const rules = keyedRecord<never>();
      const features = flag(args, 'features')
        ?.split(',')
        .map((f) => attributeRef(f.trim(), rules))
        .filter(Boolean);
      return {
        ...(features ? { features } : {}),
        bins: number(args, 'bins', true),
        repeats: number(args, 'repeats', true),
        seed: number(args, 'seed', true),
        testFraction: number(args, 'test-fraction', false),
        factors: factorsOf(args),
        cutoff: flag(args, 'cutoff'),
        windowDays: number(args, 'window', true),
        ...stated(rules),
      };
    },
  ),
  name: 'drivers',
};
