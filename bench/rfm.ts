/**
 * The RFM benchmark's shared vocabulary: what each measuring child reports, and the check that
 * ours and DuckDB scored the same customers alike: the same R rfm breaks (type-7 quantiles + 1)
 * and the same number of customers in each of the 125 (R, F, M) score cells.
 */
import type { BenchInput } from './inputs.ts';

export interface RfmMeasurement {
  /** The compared time: RFM scores of every customer from the customer table (see each child). */
  ms: number;
  /** Loading the file (ours: openDataset; duckdb: CREATE TABLE … read_csv_auto); not compared. */
  loadMs: number;
  /** Building the per-customer table the scores read (ours: buildCustomerTable; duckdb: its GROUP BY); not compared. */
  customerTableMs: number;
  rows: number;
  customers: number;
  breaks: { recency: number[]; frequency: number[]; monetary: number[] };
  /** Customers per (R, F, M) at [(r − 1) × 25 + (f − 1) × 5 + m − 1]. */
  cells: number[];
  peakRssMiB: number | null;
  baseRssMiB: number;
  windowUs?: [number, number];
  detail?: Record<string, unknown>;
}

/** The invoice column that counts orders, where an input has one (else every purchase row is an order). */
export const INVOICE_COLUMN: Partial<Record<BenchInput['id'], string>> = { 'online-retail': 'InvoiceNo' };

export const cellIndex = (r: number, f: number, m: number) => (r - 1) * 25 + (f - 1) * 5 + m - 1;

/** Where two measurements' breaks (beyond 1e-9 relative: float quantiles) or cell counts (exact) differ. */
export function rfmDifferences(a: RfmMeasurement, b: RfmMeasurement, side: string): string[] {
  const out: string[] = [];
  if (a.customers !== b.customers) out.push(`customers: ${a.customers} vs ${side} ${b.customers}`);
  for (const key of ['recency', 'frequency', 'monetary'] as const)
    a.breaks[key].forEach((x, i) => {
      const y = b.breaks[key][i];
      if (!(Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))))
        out.push(`${key} break ${i + 1}: ${x} vs ${side} ${y}`);
    });
  a.cells.forEach((x, k) => {
    if (x !== (b.cells[k] ?? 0))
      out.push(
        `R${Math.floor(k / 25) + 1} F${(Math.floor(k / 5) % 5) + 1} M${(k % 5) + 1}: ${x} vs ${side} ${b.cells[k] ?? 0}`,
      );
  });
  return out;
}
