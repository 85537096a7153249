/**
 * Revenue movements over the customer table's monthly revenue: the bridge between consecutive
 * periods (overall, and per attribute value), the retention ratios, and contraction alerts with
 * the partial-churn measure. Only periods the data covers to their end are rows: customers who
 * have not bought yet in an unfinished period would read as churned.
 */
import {
  LISTED_ALERTS,
  REVENUE_MOVEMENTS,
  REVENUE_PERIODS,
  type ContractionAlertOptions,
  type ContractionAlerts,
  type Issue,
  type Result,
  type RevenueMovementsOptions,
  type RevenueMovementsResult,
} from '../api.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import type { CustomerActivity } from '../../core/customers/customerActivity.ts';
import { monthLabel, MS_PER_DAY } from '../../core/customers/customerActivity.ts';
import { periodLabel } from '../../core/analyses/retention-triangle/calendarPeriods.ts';
import { monthlyBridge } from '../../core/analyses/revenue-movements/monthlyBridge.ts';
import { bridgeOf } from '../../core/analyses/revenue-movements/bridgeRows.ts';
import { contractionAlerts } from '../../core/analyses/revenue-movements/contractionAlerts.ts';
import { codeCustomerColumn, numberCustomerColumn } from '../../core/columns/customerColumn.ts';
import { keyedRecord } from '../../core/columns/keyedRecord.ts';
import { ruledTable } from '../customers/attributeRuling.ts';
import { groupCustomers, unknownAttribute } from '../customers/customerSelection.ts';
import { hasValues } from './value-tiers.ts';
import { roleMissing, stampOf, type Analysis } from './analysis.ts';

/** Contraction alerts without a partial-churn definition: the rail customer that moved 80 % of its freight to trucks. */
export const DEFAULT_ALERTS: ContractionAlertOptions = { months: 3, dropPercent: 80 };

function invalid(option: string, value: string, message: string): Result<never> {
  return { ok: false, issues: [{ severity: 'error', code: 'revenue-option', params: { option, value }, message }] };
}

function alertOptions(built: BuiltCustomerTable, asked: ContractionAlertOptions | undefined) {
  const d = built.summary.definition;
  return asked ?? (d.kind === 'partial' ? { months: d.months, dropPercent: d.dropPercent } : DEFAULT_ALERTS);
}

export const revenueMovements: Analysis<'revenue-movements'> = {
  needs: 'customer-table',
  customerColumns: (result) => {
    const { movement, change, dropPercent } = result.perCustomer;
    return [
      ...(result.bridge
        ? [
            codeCustomerColumn('revenue_movement', Int32Array.from(movement), REVENUE_MOVEMENTS),
            numberCustomerColumn('revenue_change', change, { money: true }),
          ]
        : []),
      ...(result.alerts ? [numberCustomerColumn('revenue_drop_percent', dropPercent)] : []),
    ];
  },
  run: ({ table }, options) => movementsOf(table, options),
};

function movementsOf(built: BuiltCustomerTable, options: RevenueMovementsOptions): Result<RevenueMovementsResult> {
  const period = options.period ?? 'month';
  if (!REVENUE_PERIODS.includes(period))
    return invalid('period', String(period), `The period must be one of ${REVENUE_PERIODS.join(', ')}.`);
  const alerts = alertOptions(built, options.alerts);
  if (!(Number.isInteger(alerts.months) && alerts.months >= 1 && alerts.months <= 60))
    return invalid('alerts.months', String(alerts.months), 'Alert windows must be a whole number of months, 1 to 60.');
  if (!(alerts.dropPercent > 0 && alerts.dropPercent <= 100))
    return invalid(
      'alerts.dropPercent',
      String(alerts.dropPercent),
      'The alert drop must be above 0 and at most 100 %.',
    );
  const ruled = ruledTable(built, [options.by], options.attributeRules);
  if (!ruled.ok) return ruled;
  const { table, rules } = ruled.value;
  const activity = table.activity;
  if (!activity)
    return roleMissing(
      'date',
      'Revenue movements need purchases over time with amounts (a transaction log with customer, date and amount); this is a one-row-per-customer snapshot.',
    );
  if (!hasValues(built))
    return roleMissing('amount', 'Revenue movements need an amount (or quantity and price) on each purchase.');
  const n = table.ids.length;
  const dataFirstDay = built.summary.dataFrom
    ? Date.parse(`${built.summary.dataFrom}T00:00:00Z`) / MS_PER_DAY
    : table.firstDay.reduce((a, b) => Math.min(a, b), Infinity);
  let grouping: ReturnType<typeof groupCustomers> = null;
  if (options.by) {
    grouping = groupCustomers(table, options.by, new Uint8Array(n).fill(1));
    if (!grouping) return unknownAttribute(options.by, 'to break revenue down by');
  }
  const groups = grouping?.labels.length ?? 0;
  const computed = monthlyBridge({
    monthly: activity.monthly,
    customers: n,
    period,
    dataFirstDay,
    lastFinishedMonth: activity.lastFinishedMonth,
    grouping: grouping ? { codes: grouping.codes, count: groups } : null,
    bridgePeriod: options.bridgePeriod,
  });
  if (computed.unknownPeriod) return unknownPeriod(options.bridgePeriod!, computed.labels);
  const { revenue, used, calendar, labels, chosen, totals, movement, change, bridge } = computed;
  const sizes = new Int32Array(groups + 1);
  if (grouping) for (let c = 0; c < n; c++) sizes[grouping.codes[c] >= 0 ? grouping.codes[c] : groups]++;
  const list = contractionAlerts(activity.monthly, n, activity.lastFinishedMonth, alerts.months, alerts.dropPercent);
  const binned = keyedRecord<number[]>();
  if (options.by && grouping?.edges) binned[options.by] = grouping.edges;
  const through = [built.summary.asOf, built.summary.dataTo].filter(Boolean).sort()[0] ?? '';
  return {
    ok: true,
    value: {
      stamp: stampOf('revenue-movements', built, {
        period,
        ...(options.by ? { by: options.by } : {}),
        ...(Object.keys(rules).length > 0 ? { attributeRules: rules } : {}),
        bridgePeriod: labels[chosen] ?? '',
        alerts,
      }),
      period,
      returns: built.summary.returns,
      bridge,
      ...(bridge ? {} : { unavailable: 'too-short' as const }),
      groups:
        grouping && bridge
          ? grouping.labels.map((group, g) => ({ group, customers: sizes[g], bridge: bridgeOf(totals, [g], calendar) }))
          : [],
      pooled: grouping?.pooled ?? [],
      ungrouped: grouping ? sizes[groups] : 0,
      ...(Object.keys(binned).length > 0 ? { binned } : {}),
      bridgePeriod: bridge ? labels[chosen] : '',
      openPeriod: used < revenue.periods ? { period: periodLabel(period, revenue.firstPeriod + used), through } : null,
      alerts: list ? alertsOf(list, alerts, activity, table.ids) : null,
      perCustomer: {
        movement,
        change: bridge ? change : new Float64Array(n).fill(NaN),
        dropPercent: list ? list.dropPercent : new Float64Array(n).fill(NaN),
      },
    },
  };
}

function unknownPeriod(asked: string, labels: string[]): Result<never> {
  const issue: Issue = {
    severity: 'error',
    code: 'revenue-bridge-period',
    params: { period: asked, first: labels[0] ?? '', last: labels.at(-1) ?? '' },
    message: labels.length
      ? `"${asked}" is not a period of the bridge: choose one from ${labels[0]} to ${labels.at(-1)}.`
      : `"${asked}" is not a period of the bridge: the data covers fewer than two periods.`,
  };
  return { ok: false, issues: [issue] };
}

function alertsOf(
  list: NonNullable<ReturnType<typeof contractionAlerts>>,
  asked: ContractionAlertOptions,
  activity: CustomerActivity,
  ids: string[],
): ContractionAlerts {
  const { monthly } = activity;
  const from = list.priorFrom - monthly.firstMonth;
  const to = list.to - monthly.firstMonth;
  const shown = list.listed.subarray(0, LISTED_ALERTS);
  return {
    months: asked.months,
    dropPercent: asked.dropPercent,
    priorFrom: monthLabel(list.priorFrom),
    priorTo: monthLabel(list.recentFrom - 1),
    recentFrom: monthLabel(list.recentFrom),
    recentTo: monthLabel(list.to),
    customers: list.listed.length,
    lostRevenue: list.lostRevenue,
    stopped: list.stopped,
    stoppedRevenue: list.stoppedRevenue,
    seriesMonths: Array.from({ length: to - from + 1 }, (_, m) => monthLabel(list.priorFrom + m)),
    listed: Array.from(shown, (c, i) => ({
      customerId: ids[c],
      prior: list.prior[i],
      recent: list.recent[i],
      dropPercent: list.dropPercent[c],
      series: Array.from(monthly.values.subarray(c * monthly.months + from, c * monthly.months + to + 1)),
    })),
  };
}
