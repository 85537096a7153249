/** `survival <file>...`: Kaplan–Meier curves, medians and the log-rank test, as JSON. */
import {
  DURATION_MEASURES,
  INTERVAL_SCALES,
  TIME_UNITS,
  type AttributeRules,
  type IntervalScale,
  type TimeUnit,
} from '../../src/engine/api.ts';
import { attributeRef, RULE_SUFFIX, stated } from '../attributeRefs.ts';
import { flag, oneOf, UsageError } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { ALL_CUSTOMERS, durationText, ONE_TIME_BUYERS_NOTE } from '../wording.ts';
import { keyedRecord } from '../../src/core/columns/keyedRecord.ts';

export const survival: Command = {
  name: 'survival',
  usage: `<file>... [--group column${RULE_SUFFIX}] [--times 6,12,24] [--time-unit days|weeks|months] [--ci log-log|log] [--duration known|activity] [--where COLUMN${RULE_SUFFIX}=v1,v2 ...] [--role ROLE=column ...] [--definition JSON] [--merge-ids] ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const timesText = flag(args, 'times');
    const times = timesText ? timesText.split(',').map(Number) : [];
    if (times.some((t) => !Number.isFinite(t) || t < 0))
      throw new UsageError('--times takes numbers separated by commas, e.g. 6,12,24');
    const unit = (flag(args, 'time-unit') ?? 'months') as TimeUnit;
    if (!TIME_UNITS.includes(unit)) throw new UsageError('--time-unit takes days, weeks or months');
    const ci = (flag(args, 'ci') ?? 'log-log') as IntervalScale;
    if (!INTERVAL_SCALES.includes(ci)) throw new UsageError('--ci takes log-log or log');
    const duration = oneOf(args, 'duration', DURATION_MEASURES);
    const rules: AttributeRules = keyedRecord();
    const filters = (args.flags.get('where') ?? []).map((w) => {
      const eq = w.indexOf('=');
      if (eq < 1) throw new UsageError('--where takes COLUMN=value1,value2');
      return { column: attributeRef(w.slice(0, eq), rules), in: w.slice(eq + 1).split(',') };
    });
    const groupNamed = flag(args, 'group');
    const group = groupNamed === undefined ? undefined : attributeRef(groupNamed, rules);
    const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const r = engine.analyze(summary.id, 'survival', {
      unit,
      ci,
      times,
      filters,
      group,
      ...(duration ? { duration } : {}),
      ...stated(rules),
    });
    if (!r.ok) return { code: 2, error: r.issues[0].message };
    const s = r.value;
    return {
      code: 0,
      out: {
        unit: s.unit,
        ci: s.ci,
        duration: s.duration,
        durationText: durationText(s, built.value.definition),
        oneTimeBuyers: s.oneTimeBuyers && {
          ...s.oneTimeBuyers,
          stepTime: Number.isFinite(s.oneTimeBuyers.stepTime) ? s.oneTimeBuyers.stepTime : null,
          note: ONE_TIME_BUYERS_NOTE,
        },
        definition: built.value.definition,
        asOf: s.stamp.asOf || null,
        ...(s.stamp.parameters.attributeRules ? { attributeRules: s.stamp.parameters.attributeRules } : {}),
        groups: s.groups.map((g) => ({
          name: g.whole ? ALL_CUSTOMERS : g.name,
          n: g.n,
          events: g.events,
          median: g.median,
          medianCI: g.medianCI,
          times: g.times,
          survival: g.survival,
          lower: g.lower,
          upper: g.upper,
          atRisk: g.atRisk,
        })),
        logrank: s.logrank
          ? {
              chi2: s.logrank.chi2,
              df: s.logrank.df,
              p: s.logrank.p,
              observed: s.logrank.observed,
              expected: s.logrank.expected,
              groupsTested: s.logrank.groupsTested,
            }
          : null,
        ...(s.pooled.length > 0 ? { pooled: s.pooled } : {}),
        dropped: s.dropped,
        note: 'median or interval bounds of null mean "not reached"',
      },
    };
  },
};
