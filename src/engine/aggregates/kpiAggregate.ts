/**
 * The churn KPIs from their aggregate (src/sql/kpiSql.ts: one row of counts for one period):
 * customers, churned, at risk and the overall rate, and the period's rates and changes from its
 * counts (periodChurnFromCounts). The period is the one the SQL counted (the file fixes it).
 * Losses were counted on the day they became known; the file does not say which definition
 * dated them, so a period is complete unless it starts before the first customer's first day
 * (the one bound the file gives). The monthly series needs the customers themselves.
 */
import type { ChurnKpisOptions, ChurnKpisResult, Result } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { periodChurnFromCounts } from '../../core/analyses/churn-kpis/periodChurn.ts';
import { isoDate } from '../../core/customers/customerActivity.ts';
import { aggregateInvalid, aggregateStamp, type AggregateColumns } from './aggregateColumns.ts';

const COUNTS = ['customers', 'churned', 'at_risk', 'at_start', 'lost', 'gained', 'lost_new'] as const;

export function kpisFromAggregate(
  dataset: LoadedDataset,
  cols: AggregateColumns,
  options: ChurnKpisOptions,
): Result<ChurnKpisResult> {
  const kind = 'churn-kpis';
  const start = cols.days('period_start');
  const end = cols.days('period_end');
  const first = cols.days('first_date');
  if (!start || !(start[0] === start[0])) return { ok: false, issues: [aggregateInvalid(kind, 'period_start')] };
  if (!end || !(end[0] >= start[0])) return { ok: false, issues: [aggregateInvalid(kind, 'period_end')] };
  const n = {} as Record<(typeof COUNTS)[number], number>;
  for (const name of COUNTS) {
    const v = cols.numbers(name);
    if (!v || !Number.isInteger(v[0]) || v[0] < 0) return { ok: false, issues: [aggregateInvalid(kind, name)] };
    n[name] = v[0];
  }
  if (cols.rows !== 1) return { ok: false, issues: [aggregateInvalid(kind, 'period_start')] };
  return {
    ok: true,
    value: {
      stamp: aggregateStamp(kind, dataset, isoDate(end[0]), { ...options }),
      customers: n.customers,
      churned: n.churned,
      atRisk: n.at_risk,
      churnRate: n.churned / n.customers,
      period: {
        start: isoDate(start[0]),
        end: isoDate(end[0]),
        ...periodChurnFromCounts(n.at_start, n.lost, n.gained, n.lost_new),
        lossCountedAt: 'churn-date',
        complete: !(first && first[0] === first[0]) || start[0] >= first[0],
      },
      monthly: null,
      unavailable: {},
    },
  };
}
