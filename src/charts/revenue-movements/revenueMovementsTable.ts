/** The revenue charts' data as tables (shown by the table toggle, exported as CSV and xlsx). */
import type { ContractionAlerts, RevenueMovementRow } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';
import { DEFAULT_LABELS, FLOWS, type MovementLabels } from './movementStyle.ts';

export interface MovementTableLabels {
  period: string;
  movements: MovementLabels;
  /** "Customers: {movement}" for a count column. */
  customersOf: (movement: string) => string;
  grr: string;
  nrr: string;
  quickRatio: string;
  contractionShare: string;
  refunds: string;
  complete: string;
  yes: string;
  no: string;
}

const COUNT_OF = {
  start: 'customersStart',
  new: 'newCustomers',
  expansion: 'expandedCustomers',
  reactivated: 'reactivatedCustomers',
  contraction: 'contractedCustomers',
  churned: 'churnedCustomers',
  end: 'customersEnd',
} as const;

/** One row per period: the bridge, the ratios, the customers behind each movement. */
export function movementsTable(rows: readonly RevenueMovementRow[], labels: MovementTableLabels): ChartTable {
  const m = labels.movements;
  const money = (label: string) => ({ label, kind: 'money' as const });
  const bars = ['start', ...FLOWS, 'end'] as const;
  return {
    columns: [
      { label: labels.period, kind: 'text' },
      ...bars.map((b) => money(m[b])),
      { label: labels.grr, kind: 'percent' },
      { label: labels.nrr, kind: 'percent' },
      { label: labels.quickRatio, kind: 'ratio' },
      { label: labels.contractionShare, kind: 'percent' },
      money(labels.refunds),
      ...bars.map((b) => ({ label: labels.customersOf(m[b]), kind: 'count' as const })),
      { label: labels.complete, kind: 'text' },
    ],
    rows: rows.map((r) => [
      r.period,
      r.revenueStart,
      ...FLOWS.map((f) => r[f]),
      r.revenueEnd,
      r.grr,
      r.nrr,
      r.quickRatio,
      r.contractionShare,
      r.refunds,
      ...bars.map((b) => r[COUNT_OF[b]]),
      r.baseIncomplete ? labels.no : labels.yes,
    ]),
  };
}

/** The waterfall of one period: each bar's amount (losses negative) and its customers. */
export function bridgeTable(
  row: RevenueMovementRow,
  labels: { movement: string; revenue: string; customers: string; movements?: MovementLabels },
): ChartTable {
  const m = labels.movements ?? DEFAULT_LABELS;
  const bars = ['start', ...FLOWS, 'end'] as const;
  const value = (b: (typeof bars)[number]) =>
    b === 'start'
      ? row.revenueStart
      : b === 'end'
        ? row.revenueEnd
        : b === 'contraction' || b === 'churned'
          ? -row[b]
          : row[b];
  return {
    columns: [
      { label: labels.movement, kind: 'text' },
      { label: labels.revenue, kind: 'money' },
      { label: labels.customers, kind: 'count' },
    ],
    rows: bars.map((b) => [m[b], value(b), row[COUNT_OF[b]]]),
  };
}

/** Every listed customer: its two windows, the drop, and its revenue month by month. */
export function alertsTable(
  alerts: ContractionAlerts,
  labels: { customer: string; prior: string; recent: string; drop: string },
): ChartTable {
  return {
    columns: [
      { label: labels.customer, kind: 'text' },
      { label: labels.prior, kind: 'money' },
      { label: labels.recent, kind: 'money' },
      { label: labels.drop, kind: 'percent' },
      ...alerts.seriesMonths.map((month) => ({ label: month, kind: 'money' as const })),
    ],
    rows: alerts.listed.map((a) => [a.customerId, a.prior, a.recent, a.dropPercent / 100, ...a.series]),
  };
}
