/**
 * The revenue-movements benchmark's shared vocabulary: what each measuring child reports (the
 * monthly bridge row by row), and the check that ours and DuckDB moved the same revenue: every
 * customer count equal, every amount within 1e-6 relative (the same cents summed in another order).
 */

export const REVENUE_FLOWS = [
  'revenueStart',
  'new',
  'expansion',
  'contraction',
  'churned',
  'reactivated',
  'revenueEnd',
] as const;
export const REVENUE_COUNTS = [
  'customersStart',
  'newCustomers',
  'expandedCustomers',
  'contractedCustomers',
  'churnedCustomers',
  'reactivatedCustomers',
  'customersEnd',
] as const;

export type BridgeRow = { period: string } & Record<
  (typeof REVENUE_FLOWS)[number] | (typeof REVENUE_COUNTS)[number],
  number
>;

export interface RevenueMeasurement {
  /** The compared time: the monthly bridge from data already loaded (ours: the customer table built). */
  ms: number;
  /** Loading the file (ours: openDataset; duckdb: CREATE TABLE … read_csv_auto); not compared. */
  loadMs: number;
  /** Ours only: buildCustomerTable, whose monthly revenue the bridge reads; not compared. */
  customerTableMs?: number;
  rows: number;
  bridge: BridgeRow[];
  peakRssMiB: number | null;
  baseRssMiB: number;
  windowUs?: [number, number];
  detail?: Record<string, unknown>;
}

const RELATIVE = 1e-6;

/** Every cell where the two bridges differ; empty when they agree. */
export function bridgeDifferences(ours: BridgeRow[], peer: BridgeRow[], peerName: string): string[] {
  const out: string[] = [];
  if (ours.map((r) => r.period).join() !== peer.map((r) => r.period).join())
    return [`periods: ours ${ours.map((r) => r.period).join(' ')}, ${peerName} ${peer.map((r) => r.period).join(' ')}`];
  ours.forEach((row, i) => {
    const other = peer[i];
    for (const k of REVENUE_COUNTS)
      if (row[k] !== other[k]) out.push(`${row.period} ${k}: ours ${row[k]}, ${peerName} ${other[k]}`);
    for (const k of REVENUE_FLOWS)
      if (Math.abs(row[k] - other[k]) > RELATIVE * Math.max(1, Math.abs(other[k])))
        out.push(`${row.period} ${k}: ours ${row[k]}, ${peerName} ${other[k]}`);
  });
  return out;
}

export function bridgeTotals(rows: BridgeRow[]) {
  const sum = (k: (typeof REVENUE_FLOWS)[number]) => Math.round(rows.reduce((s, r) => s + r[k], 0));
  return {
    periods: rows.length,
    new: sum('new'),
    expansion: sum('expansion'),
    contraction: sum('contraction'),
    churned: sum('churned'),
    reactivated: sum('reactivated'),
  };
}
