/** The RFM charts' data as tables: what the "table" toggle shows and the CSV and xlsx files hold. */
import type { RfmGridCell, RfmMigration, RfmSegment } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';
import { migrationCells } from './migrationMatrixPlot.ts';

export interface SegmentTableLabels {
  segment: string;
  customers: string;
  share: string;
  valueShare: string;
  churned: string;
  rate: string;
  low: string;
  high: string;
  recency: string;
  frequency: string;
  monetary: string;
  /** The eight classes' recommended actions, when the table has them. */
  action?: string;
}

/** The segment table: one row per segment, the recommended action last when `actions` is given. */
export function segmentTable(
  segments: RfmSegment[],
  names: string[],
  labels: SegmentTableLabels,
  actions?: string[],
): ChartTable {
  return {
    columns: [
      { label: labels.segment, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      { label: labels.share, kind: 'percent' },
      { label: labels.valueShare, kind: 'percent' },
      { label: labels.churned, kind: 'count' },
      { label: labels.rate, kind: 'percent' },
      { label: labels.low, kind: 'percent' },
      { label: labels.high, kind: 'percent' },
      { label: labels.recency, kind: 'number' },
      { label: labels.frequency, kind: 'number' },
      { label: labels.monetary, kind: 'money' },
      ...(actions ? [{ label: labels.action ?? 'Action', kind: 'text' as const }] : []),
    ],
    rows: segments.map((s, k) => [
      names[k],
      s.customers,
      s.share,
      s.valueShare,
      s.churned,
      s.churnRate,
      s.churnLow,
      s.churnHigh,
      s.meanRecencyDays,
      s.meanFrequency,
      s.meanMonetary,
      ...(actions ? [actions[k]] : []),
    ]),
  };
}

export function gridTable(
  cells: RfmGridCell[],
  labels: { r: string; f: string; customers: string; monetary: string; churned: string; rate: string },
  levelText: (score: number) => string = String,
): ChartTable {
  return {
    columns: [
      { label: labels.r, kind: 'text' },
      { label: labels.f, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      { label: labels.monetary, kind: 'money' },
      { label: labels.churned, kind: 'count' },
      { label: labels.rate, kind: 'percent' },
    ],
    rows: cells.map((c) => [levelText(c.r), levelText(c.f), c.customers, c.meanMonetary, c.churned, c.churnRate]),
  };
}

/** Every move with customers: from, to, customers and their share of the row. */
export function migrationTable(
  m: RfmMigration,
  fromNames: string[],
  toNames: string[],
  labels: { from: string; to: string; customers: string; share: string },
): ChartTable {
  return {
    columns: [
      { label: labels.from, kind: 'text' },
      { label: labels.to, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      { label: labels.share, kind: 'percent' },
    ],
    rows: migrationCells(m, fromNames, toNames)
      .filter((c) => c.count > 0)
      .map((c) => [c.from, c.to, c.count, c.share]),
  };
}
