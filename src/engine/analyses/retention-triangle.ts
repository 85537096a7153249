/** The retention triangle of a customer table's activity, overall or per attribute value. */
import type { Result, RetentionTriangleOptions, RetentionTriangleResult, RetentionTriangleSet } from '../api.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import {
  retentionTriangle as triangleOf,
  type RetentionTriangle,
} from '../../core/analyses/retention-triangle/retentionTriangle.ts';
import type { CustomerActivity } from '../../core/customers/customerActivity.ts';
import { attributeColumn, attributeGroups, groupCustomers, unknownAttribute } from '../customers/customerSelection.ts';
import { ruledTable } from '../customers/attributeRuling.ts';
import { periodLabel, periodOfDay } from '../../core/analyses/retention-triangle/calendarPeriods.ts';
import { MS_PER_DAY } from '../../core/customers/customerActivity.ts';
import { CHURNED } from '../../core/customers/churnStatus.ts';
import type { CustomerTable } from '../../core/customers/customerTable.ts';
import { roleMissing, stampOf, type Analysis } from './analysis.ts';
import { keyedRecord } from '../../core/columns/keyedRecord.ts';

/** A triangle as the result carries it (plain arrays), for a group's value or `null` for all. */
export function toSet(t: RetentionTriangle, group: string | null): RetentionTriangleSet {
  return {
    group,
    cohorts: t.cohorts.map((c) => ({
      label: c.label,
      size: c.size,
      small: c.small,
      counts: Array.from(c.counts),
      values: Array.from(c.values),
      observed: Array.from(c.observed, (o) => o === 1),
      ...(c.eligible ? { eligible: Array.from(c.eligible) } : {}),
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

/**
 * A snapshot has no purchases: a customer counts as present from their sign-up (first) day to
 * their churn day, or to the as-of day while active — two "activity" days that make the
 * retained measure read "still a customer in period k". Customers without a start are left out.
 */
function snapshotActivity(table: CustomerTable, asOfDay: number): CustomerActivity | null {
  const n = table.ids.length;
  const dayStart = new Int32Array(n + 1);
  const days: number[] = [];
  for (let c = 0; c < n; c++) {
    const first = table.firstDay[c];
    let end = table.status[c] === CHURNED ? table.churnDay[c] : asOfDay;
    if (end !== end && table.tenureDays[c] === table.tenureDays[c]) end = first + table.tenureDays[c];
    if (first === first && end === end && end >= first) days.push(first, Math.floor(end));
    dayStart[c + 1] = days.length;
  }
  if (days.length === 0) return null;
  const dayRevenue = new Float64Array(days.length);
  return {
    customers: n,
    dayStart,
    days: Int32Array.from(days),
    dayRevenue,
    monthly: { firstMonth: 0, months: 0, values: new Float64Array(0) },
    lastCompleteMonth: 0,
    lastFinishedMonth: 0,
    asOfDay,
  };
}

/** Cohort codes from an attribute: its categories (a number's quantile bins), or the calendar period of its dates. */
function cohortCodes(table: CustomerTable, column: string, period: RetentionTriangleOptions['period']) {
  const col = attributeColumn(table, column);
  if (!col) return null;
  if (col.data.kind === 'number' && (col.type === 'date' || col.type === 'datetime')) {
    const values = col.data.values;
    const periods = Array.from(values, (ms) => (ms === ms ? periodOfDay(period, Math.floor(ms / MS_PER_DAY)) : NaN));
    const distinct = [...new Set(periods.filter((p) => p === p))].sort((a, b) => a - b);
    const index = new Map(distinct.map((p, i) => [p, i]));
    return {
      codes: Int32Array.from(periods, (p) => (p === p ? index.get(p)! : -1)),
      labels: distinct.map((p) => periodLabel(period, p)),
    };
  }
  return attributeGroups(col);
}

export const retentionTriangle: Analysis<'retention-triangle'> = {
  needs: 'customer-table',
  run: ({ table }, options) => cohortRetention(table, options),
};

/** One cell of a triangle: its breakdown group (null: none), cohort label and period; members are marked in `into`. */
interface CellAsked {
  group: string | null;
  cohort: string;
  period: number;
  into: Uint8Array;
}

/** The customers one cell of the triangle with these options counts (1 = counted), by customer-table row. */
export function cohortCellMembers(
  built: BuiltCustomerTable,
  options: RetentionTriangleOptions,
  cell: Omit<CellAsked, 'into'>,
): Result<Uint8Array> {
  const into = new Uint8Array(built.table.ids.length);
  const result = cohortRetention(built, options, { ...cell, into });
  return result.ok ? { ok: true, value: into } : result;
}

function cohortRetention(
  built: BuiltCustomerTable,
  options: RetentionTriangleOptions,
  cell?: CellAsked,
): Result<RetentionTriangleResult> {
  const { summary } = built;
  const ruled = ruledTable(built, [options.breakdown, options.cohortBy], options.attributeRules);
  if (!ruled.ok) return ruled;
  const { table, rules } = ruled.value;
  let activity = table.activity;
  let counting: RetentionTriangleResult['counting'];
  let measure = options.measure;
  if (!activity && summary.asOf) {
    activity = snapshotActivity(table, built.asOfDay);
    if (activity) {
      if (measure === 'revenue') {
        return roleMissing(
          'amount',
          'Revenue retention needs purchases with amounts (a transaction log); this is a one-row-per-customer snapshot.',
        );
      }
      measure = 'retained';
      counting = 'snapshot-membership';
    }
  }
  if (!activity) {
    return roleMissing(
      'date',
      'A retention triangle needs purchases over time (a transaction log with customer and date). For a snapshot with tenure and a churn flag, use the survival analysis instead.',
    );
  }
  const cohortBy = options.cohortBy ? cohortCodes(table, options.cohortBy, options.period) : undefined;
  if (cohortBy === null) return unknownAttribute(options.cohortBy!, 'to form cohorts from');
  const core = {
    period: options.period,
    measure,
    windows: options.windows ?? 'calendar',
    minCohortSize: options.minCohortSize ?? 1,
    ...(cohortBy ? { cohortOf: cohortBy.codes, cohortLabels: cohortBy.labels } : {}),
  };
  const triangles: RetentionTriangleSet[] = [];
  let pooled: string[] = [];
  const binned = keyedRecord<number[]>();
  if (options.cohortBy && cohortBy?.edges) binned[options.cohortBy] = cohortBy.edges;
  if (options.breakdown) {
    const grouping = groupCustomers(table, options.breakdown, new Uint8Array(table.ids.length).fill(1));
    if (!grouping) return unknownAttribute(options.breakdown);
    pooled = grouping.pooled;
    if (grouping.edges) binned[options.breakdown] = grouping.edges;
    grouping.labels.forEach((label, g) => {
      const members = cohortBy ? cohortBy.codes.filter((_: number, c: number) => grouping.codes[c] === g) : undefined;
      const groupCore = members ? { ...core, cohortOf: members } : core;
      const inGroup =
        cell && cell.group === label ? new Uint8Array(grouping.codes.filter((x) => x === g).length) : null;
      const marking = inGroup ? { cohort: cell!.cohort, k: cell!.period, into: inGroup } : undefined;
      triangles.push(toSet(triangleOf(groupActivity(activity!, grouping.codes, g), groupCore, marking), label));
      if (inGroup)
        for (let c = 0, j = 0; c < grouping.codes.length; c++)
          if (grouping.codes[c] === g) cell!.into[c] = inGroup[j++];
    });
  } else {
    const marking = cell && cell.group === null ? { cohort: cell.cohort, k: cell.period, into: cell.into } : undefined;
    triangles.push(toSet(triangleOf(activity, core, marking), null));
  }
  return {
    ok: true,
    value: {
      stamp: stampOf('retention-triangle', built, {
        period: options.period,
        measure: options.measure,
        windows: core.windows,
        minCohortSize: core.minCohortSize,
        ...(options.breakdown ? { breakdown: options.breakdown } : {}),
        ...(options.cohortBy ? { cohortBy: options.cohortBy } : {}),
        ...(Object.keys(rules).length > 0 ? { attributeRules: rules } : {}),
      }),
      period: core.period,
      measure: core.measure,
      windows: core.windows,
      minCohortSize: core.minCohortSize,
      ...(counting ? { counting } : {}),
      triangles,
      pooled,
      ...(Object.keys(binned).length > 0 ? { binned } : {}),
    },
  };
}
