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

/**
 * The purchase days of the customers in group g (by code), for a per-group triangle. The
 * monthly matrix is not copied: the triangle reads purchase days only.
 */
function groupActivity(a: CustomerActivity, codes: Int32Array, g: number): CustomerActivity {
  let count = 0;
  let total = 0;
  for (let c = 0; c < a.customers; c++) {
    if (codes[c] !== g) continue;
    count++;
    total += a.dayStart[c + 1] - a.dayStart[c];
  }
  const dayStart = new Int32Array(count + 1);
  const days = new Int32Array(total);
  const dayRevenue = new Float64Array(total);
  let j = 0;
  for (let c = 0; c < a.customers; c++) {
    if (codes[c] !== g) continue;
    const from = a.dayStart[c];
    const to = a.dayStart[c + 1];
    days.set(a.days.subarray(from, to), dayStart[j]);
    dayRevenue.set(a.dayRevenue.subarray(from, to), dayStart[j]);
    dayStart[j + 1] = dayStart[j] + (to - from);
    j++;
  }
  return { ...a, customers: count, dayStart, days, dayRevenue, monthly: { ...a.monthly, values: new Float64Array(0) } };
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
      triangles.push(toSet(retentionTriangle(groupActivity(activity, grouping.codes, g), core), label));
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
