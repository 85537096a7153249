/**
 * The customer-table benchmark's shared vocabulary: what each measuring child reports, and the
 * check that ours and DuckDB built the same table (same customers, churned, and column sums).
 */
import type { CustomerColumns } from './inputs.ts';

/** Sums over the customer table; equal sums on both sides mean the same roll-up, not just the same count. */
export interface CustomerTableChecksums {
  customers: number;
  churned: number;
  orders: number;
  frequency: number;
  recency: number;
  T: number;
  totalValue: number;
  monetary: number;
}

export interface CustomerTableMeasurement {
  /** The compared time: building the customer table from data already loaded. */
  ms: number;
  /** Loading the file first (ours: openDataset; duckdb: CREATE TABLE … read_csv_auto); not compared. */
  loadMs: number;
  rows: number;
  asOf: string;
  checksums: CustomerTableChecksums;
  peakRssMiB: number | null;
  baseRssMiB: number;
  /** Process-monotonic clock (µs) around the compared work, to cut a `--cpu-prof` profile to it. */
  windowUs?: [number, number];
  detail?: Record<string, unknown>;
}

export const CHURN_DAYS = 180;

export const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** The engine's spec, as the app's defaults would build it; the DuckDB SQL mirrors it. */
export const CUSTOMER_TABLE_SPEC = {
  definition: { kind: 'inactivity', days: CHURN_DAYS },
  unit: 'weeks',
  returns: 'net',
} as const;

export const WARNING_RULES = [
  { kind: 'declining', months: 3 },
  { kind: 'overdue', factor: 2 },
] as const;

/** Children take their input's role columns as one JSON argument. */
export const encodeColumns = (columns: CustomerColumns) => JSON.stringify(columns);
export const decodeColumns = (text: string | undefined): CustomerColumns => {
  if (!text) throw new Error('missing the role columns argument (JSON)');
  return JSON.parse(text) as CustomerColumns;
};

const EXACT: (keyof CustomerTableChecksums)[] = ['customers', 'churned', 'orders', 'frequency'];
const RELATIVE_TOLERANCE = 1e-9;

/** The differences between two tables' checksums; empty when they agree. */
export function checksumDifferences(a: CustomerTableChecksums, b: CustomerTableChecksums): string[] {
  const out: string[] = [];
  for (const key of Object.keys(a) as (keyof CustomerTableChecksums)[]) {
    const x = a[key];
    const y = b[key];
    // Float sums differ in the last bits with summation order; counts must match exactly.
    const same = EXACT.includes(key)
      ? x === y
      : x === y || Math.abs(x - y) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(x), Math.abs(y));
    if (!same) out.push(`${key}: ours ${x}, duckdb ${y}`);
  }
  return out;
}
