/**
 * Survival from its aggregate (src/sql/survivalSql.ts rows): per group and whole-day duration,
 * events and censored. Kaplan–Meier from the counts (kaplanMeierFromCounts) in the user's unit,
 * one curve per group (the SQL writes one, with an empty group name). What the durations
 * measured is the SQL's choice, not named in the file: read as first purchase to churn.
 */
import type { Result, SurvivalOptions, SurvivalResult } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { kaplanMeierFromCounts } from '../../core/analyses/survival/kaplanMeier.ts';
import { curveResult } from '../analyses/survivalCurve.ts';
import { DAYS_PER_UNIT } from '../../core/customers/customerTable.ts';
import { aggregateInvalid, aggregateStamp, type AggregateColumns } from './aggregateColumns.ts';

function curveOf(
  name: string,
  g: { days: number[]; events: number[]; exits: number[] },
  unit: number,
  times: number[],
  ci: 'log-log' | 'log',
) {
  const { days, events, exits } = g;
  const order = days.map((_, i) => i).sort((a, b) => days[a] - days[b]);
  const km = kaplanMeierFromCounts(
    Float64Array.from(order, (i) => days[i] / unit),
    Int32Array.from(order, (i) => exits[i]),
    Int32Array.from(order, (i) => events[i]),
    { ci },
  );
  return curveResult(name, km, times);
}

export function survivalFromAggregate(
  dataset: LoadedDataset,
  cols: AggregateColumns,
  options: SurvivalOptions,
): Result<SurvivalResult> {
  const kind = 'survival';
  const days = cols.numbers('duration_days');
  const events = cols.numbers('events');
  const censored = cols.numbers('censored');
  if (!days) return { ok: false, issues: [aggregateInvalid(kind, 'duration_days')] };
  if (!events) return { ok: false, issues: [aggregateInvalid(kind, 'events')] };
  if (!censored) return { ok: false, issues: [aggregateInvalid(kind, 'censored')] };
  const groupOf = cols.texts('grp');
  const groups = new Map<string, { days: number[]; events: number[]; exits: number[] }>();
  let dropped = 0;
  for (let i = 0; i < cols.rows; i++) {
    const d = days[i];
    const e = events[i] || 0;
    const c = censored[i] || 0;
    if (!(d >= 0) || !Number.isInteger(e) || !Number.isInteger(c) || e < 0 || c < 0) {
      dropped += (e > 0 ? e : 0) + (c > 0 ? c : 0);
      continue;
    }
    const g = groups.get(groupOf[i]) ?? { days: [], events: [], exits: [] };
    groups.set(groupOf[i], g);
    g.days.push(d);
    g.events.push(e);
    g.exits.push(e + c);
  }
  if (groups.size === 0) return { ok: false, issues: [aggregateInvalid(kind, 'duration_days')] };
  const unit = options.unit ?? 'months';
  const ci = options.ci ?? 'log-log';
  const times = options.times ?? [];
  const curves = [...groups].map(([name, g]) => curveOf(name, g, DAYS_PER_UNIT[unit], times, ci));
  const whole = curves.length === 1 && curves[0].name === '';
  return {
    ok: true,
    value: {
      stamp: aggregateStamp(kind, dataset, '', { unit, ci, times }),
      unit,
      ci,
      duration: 'first-to-churn',
      lossKnownLagDays: NaN,
      oneTimeBuyers: null,
      groups: whole ? [{ ...curves[0], whole: true }] : curves,
      pooled: [],
      logrank: null,
      dropped,
    },
  };
}
