/**
 * `customer-value <file>... [--margin 0.3] [--breaks 0.5,0.8] [--score COLUMN:+|-:rank|minmax|z:WEIGHT,...]
 * [--top 0.2] [--step 0.2] [--out table.csv]`: margin tiers and the weighted value score with its
 * top list and its stability. Without --margin, margin is value − cost (the column with the role
 * cost). A score column is written column:direction:scaling:weight, direction + (higher is
 * better) or − (lower is better); several are separated by commas or given in several --score.
 */
import { flag, UsageError, type ParsedArgs } from '../args.ts';
import { analysisCommand } from '../analysisCommand.ts';
import {
  VALUE_SCALINGS,
  type CustomerValueOptions,
  type ScoreFeature,
  type ValueScaling,
} from '../../src/engine/api.ts';

const SCORE_SYNTAX = 'COLUMN:+|-:rank|minmax|z:WEIGHT';

function number(args: ParsedArgs, name: string): number | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--${name} takes a number, e.g. 0.3`);
  return value;
}

/** One score column; the column is everything before the last three fields, so it may hold a colon. */
export function scoreFeature(text: string): ScoreFeature {
  const parts = text.split(':');
  const [direction, scaling, weight] = parts.slice(-3);
  const column = parts.slice(0, -3).join(':');
  const higher = direction === '+' || direction === 'higher';
  const lower = direction === '-' || direction === '−' || direction === 'lower';
  const w = Number(weight);
  if (parts.length < 4 || !column || (!higher && !lower) || !VALUE_SCALINGS.includes(scaling as ValueScaling))
    throw new UsageError(`--score takes ${SCORE_SYNTAX}, e.g. MonthlyCharges:+:rank:0.5; got "${text}"`);
  if (weight.trim() === '' || !Number.isFinite(w))
    throw new UsageError(`--score weight must be a number; got "${text}"`);
  return { column, direction: higher ? 'higher' : 'lower', scaling: scaling as ValueScaling, weight: w };
}

export const customerValue = analysisCommand(
  'customer-value',
  `[--margin 0.3] [--breaks 0.5,0.8] [--score ${SCORE_SYNTAX},...] [--top 0.2] [--step 0.2]`,
  (args) => {
    const options: CustomerValueOptions = {};
    const margin = number(args, 'margin');
    if (margin !== undefined) options.marginRate = margin;
    const breaks = flag(args, 'breaks');
    if (breaks !== undefined) {
      const [first, second, ...rest] = breaks.split(',').map(Number);
      if (rest.length > 0 || !Number.isFinite(first) || !Number.isFinite(second))
        throw new UsageError('--breaks takes two shares of positive margin separated by a comma, e.g. 0.5,0.8');
      options.marginBreaks = [first, second];
    }
    const scores = (args.flags.get('score') ?? []).flatMap((s) => s.split(',')).filter((s) => s.trim() !== '');
    if (scores.length > 0) options.features = scores.map((s) => scoreFeature(s.trim()));
    const top = number(args, 'top');
    if (top !== undefined) options.topShare = top;
    const step = number(args, 'step');
    if (step !== undefined) options.weightStep = step;
    return options;
  },
);
