/**
 * `rfm <file>... [--scheme quintile|mean8|median8] [--bins 5] [--monetary total|mean] [--compare-as-of D] [--score-map JSON]`:
 * RFM segments with their customers, share, value share and churn, led by what `segments
 * --method rfm` prints (method, customers, segments with English names, definition), then the
 * grid and the migration. `--out` writes the customer table with recency_days … segment.
 */
import { RFM_MONETARY, RFM_SCHEMES, type RfmOptions, type RfmResult, type ScoreMap } from '../../src/engine/api.ts';
import { flag, oneOf, UsageError, type ParsedArgs } from '../args.ts';
import { analysisCommand } from '../analysisCommand.ts';
import type { Command } from '../command.ts';
import { RFM_ACTIONS, RFM_SEGMENT_NAMES } from '../wording.ts';

function optionsOf(args: ParsedArgs): RfmOptions {
  const options: RfmOptions = {};
  const scheme = oneOf(args, 'scheme', RFM_SCHEMES);
  if (scheme) options.scheme = scheme;
  const monetary = oneOf(args, 'monetary', RFM_MONETARY);
  if (monetary) options.monetary = monetary;
  const bins = flag(args, 'bins');
  if (bins !== undefined) {
    if (!/^\d+$/.test(bins)) throw new UsageError('--bins takes a whole number of score levels, e.g. 5');
    options.bins = Number(bins);
  }
  const compare = flag(args, 'compare-as-of');
  if (compare !== undefined) options.compareAsOf = compare;
  const map = flag(args, 'score-map');
  if (map !== undefined) {
    try {
      options.scoreMap = JSON.parse(map) as ScoreMap;
    } catch {
      throw new UsageError(
        '--score-map takes JSON: {"scale":5,"rules":[{"code":"champions","r":[5,5],"f":[5,5],"m":[5,5]}, …]}',
      );
    }
  }
  return options;
}

/** The result with each segment named in English (the user's name where the score map gives one). */
export function wordedRfm(r: RfmResult) {
  const { method, customers, segments, definition, ...rest } = r;
  return {
    method,
    customers,
    segments: segments.map(({ code, name, customers, share, valueShare, churnRate, ...figures }) => ({
      name: name ?? RFM_SEGMENT_NAMES[code] ?? code,
      code,
      customers,
      share,
      valueShare,
      churnRate,
      ...(RFM_ACTIONS[code] ? { action: RFM_ACTIONS[code] } : {}),
      ...figures,
    })),
    definition,
    ...rest,
  };
}

const base = analysisCommand(
  'rfm',
  '[--scheme quintile|mean8|median8] [--bins 5] [--monetary total|mean] [--compare-as-of YYYY-MM-DD] [--score-map JSON]',
  optionsOf,
);

export const rfm: Command = {
  ...base,
  run(engine, args, summary) {
    const run = base.run(engine, args, summary);
    return run.out === undefined ? run : { ...run, out: wordedRfm(run.out as RfmResult) };
  },
};
