/** The retention triangle of a customer table's activity, overall or per attribute value. */
import type { Result, RetentionTriangleOptions, RetentionTriangleResult, RetentionTriangleSet } from './api.ts';
import type { BuiltCustomerTable } from './customerTableBuilding.ts';
import { retentionTriangle, type RetentionTriangle } from '../core/retentionTriangle.ts';
import type { CustomerActivity } from '../core/customerActivity.ts';
import { groupCustomers } from './customerSelection.ts';

function toSet(t: RetentionTriangle, group: string | null): RetentionTriangleSet {
  return {
    group,
    cohorts: t.cohorts.map((c) => ({
      label: c.label,
      size: c.size,
      small: c.small,
      counts: Array.from(c.counts),
      values: Array.from(c.values),
      observed: Array.from(c.observed, (o) => o === 1),
      low: Array.from(c.low),
      high: Array.from(c.high),
    })),
    average: { simple: Array.from(t.average.simple), weighted: Array.from(t.average.weighted) },
  };
}

/** The activity of a subset of customers (CSR rows copied; monthly values too). */
function subsetActivity(a: CustomerActivity, keep: (c: number) => boolean): CustomerActivity {
  const chosen: number[] = [];
  for (let c = 0; c < a.customers; c++) if (keep(c)) chosen.push(c);
  const dayStart = new Int32Array(chosen.length + 1);
  let total = 0;
  chosen.forEach((c, j) => {
    total += a.dayStart[c + 1] - a.dayStart[c];
    dayStart[j + 1] = total;
  });
  const days = new Int32Array(total);
  const dayRevenue = new Float64Array(total);
  const m = a.monthly.months;
  const values = new Float64Array(chosen.length * m);
  chosen.forEach((c, j) => {
    days.set(a.days.subarray(a.dayStart[c], a.dayStart[c + 1]), dayStart[j]);
    dayRevenue.set(a.dayRevenue.subarray(a.dayStart[c], a.dayStart[c + 1]), dayStart[j]);
    values.set(a.monthly.values.subarray(c * m, (c + 1) * m), j * m);
  });
  return { ...a, customers: chosen.length, dayStart, days, dayRevenue, monthly: { ...a.monthly, values } };
}

export function cohortRetention(
  built: BuiltCustomerTable,
  options: RetentionTriangleOptions,
): Result<RetentionTriangleResult> {
  const { table, summary } = built;
  const activity = table.activity;
  if (!activity) {
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'role-missing',
          params: { role: 'date' },
          message:
            'A retention triangle needs purchases over time (a transaction log with customer and date). For a snapshot with tenure and a churn flag, use the survival analysis instead.',
        },
      ],
    };
  }
  const core = {
    period: options.period,
    measure: options.measure,
    windows: options.windows ?? 'calendar',
    minCohortSize: options.minCohortSize ?? 1,
  } as const;
  const triangles: RetentionTriangleSet[] = [];
  let pooled: string[] = [];
  if (options.breakdown) {
    const grouping = groupCustomers(table, options.breakdown, new Uint8Array(table.ids.length).fill(1));
    if (!grouping)
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'unknown-column',
            column: options.breakdown,
            message: `The customer table has no attribute "${options.breakdown}".`,
          },
        ],
      };
    pooled = grouping.pooled;
    grouping.labels.forEach((label, g) => {
      triangles.push(
        toSet(
          retentionTriangle(
            subsetActivity(activity, (c) => grouping.codes[c] === g),
            core,
          ),
          label,
        ),
      );
    });
  } else triangles.push(toSet(retentionTriangle(activity, core), null));
  return {
    ok: true,
    value: {
      definitionText: summary.definitionText,
      asOf: summary.asOf,
      period: core.period,
      measure: core.measure,
      windows: core.windows,
      minCohortSize: core.minCohortSize,
      triangles,
      pooled,
    },
  };
}
