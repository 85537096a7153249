/**
 * The retention-triangle benchmark's shared vocabulary: what each measuring child reports, and
 * the check that ours and DuckDB counted the same customers in every cell of the monthly
 * "active" triangle (cohort = month of the first purchase; cell (cohort, k) = distinct customers
 * with a purchase in month cohort + k).
 */
import type { DatasetSummary, Role } from '../src/engine/api.ts';
import type { CustomerColumns } from './inputs.ts';

/** One cohort row of the active triangle: counts[k] for k = 0, 1, … (a missing cell is 0). */
export interface TriangleRow {
  cohort: string;
  counts: number[];
}

export interface TriangleMeasurement {
  /** The compared time: the monthly active triangle, from data already loaded (and, for ours, the customer table built). */
  ms: number;
  /** Loading the file (ours: openDataset; duckdb: CREATE TABLE … read_csv_auto); not compared. */
  loadMs: number;
  /** Ours only: buildCustomerTable, which the triangle reads; not compared. */
  customerTableMs?: number;
  rows: number;
  triangle: TriangleRow[];
  peakRssMiB: number | null;
  baseRssMiB: number;
  windowUs?: [number, number];
  detail?: Record<string, unknown>;
}

/** The interactive claim's child: every call a person makes by switching, timed. */
export interface InteractiveCall {
  call: string;
  ms: number;
  resultKiB: number;
}

export interface InteractiveMeasurement {
  ms: number;
  loadMs: number;
  customerTableMs: number;
  rows: number;
  customers: number;
  calls: InteractiveCall[];
  peakRssMiB: number | null;
  baseRssMiB: number;
  /** Process-monotonic clock (µs) around all the calls (their JSON serialisation included), for --cpu-prof. */
  windowUs?: [number, number];
  callsShareOfWindow?: number;
}

export const TRIANGLE_OPTIONS = { period: 'month', measure: 'active' } as const;

const issuesText = (issues: { message: string }[]) => issues.map((i) => i.message).join('; ');

/**
 * The dataset's suggested roles, checked to be the benchmark's customer, date and amount (or
 * quantity × price) columns, as the DuckDB SQL reads.
 */
export function checkedRoles(summary: DatasetSummary, expected: CustomerColumns): Record<string, Role> {
  const roles: Record<string, Role> = Object.fromEntries(summary.columns.map((c) => [c.name, c.role]));
  const wanted: [string, Role][] = [
    [expected.customer, 'customer_id'],
    [expected.date, 'date'],
    ...('amount' in expected
      ? ([[expected.amount, 'amount']] as [string, Role][])
      : ([
          [expected.quantity, 'quantity'],
          [expected.price, 'price'],
        ] as [string, Role][])),
  ];
  const wrong = wanted.filter(([column, role]) => roles[column] !== role);
  if (wrong.length > 0) {
    throw new Error(
      `suggested roles differ from the benchmark's: ${wrong.map(([c, r]) => `${c} is ${roles[c] ?? 'missing'}, not ${r}`).join(', ')}`,
    );
  }
  return roles;
}

export function unwrap<T>(result: { ok: true; value: T } | { ok: false; issues: { message: string }[] }): T {
  if (!result.ok) throw new Error(issuesText(result.issues));
  return result.value;
}

/** Every cell where the two triangles differ (trailing zeros ignored); empty when they agree. */
export function triangleDifferences(ours: TriangleRow[], peer: TriangleRow[], peerName: string): string[] {
  const out: string[] = [];
  const a = new Map(ours.map((r) => [r.cohort, r.counts]));
  const b = new Map(peer.map((r) => [r.cohort, r.counts]));
  for (const cohort of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(cohort) ?? [];
    const y = b.get(cohort) ?? [];
    for (let k = 0; k < Math.max(x.length, y.length); k++) {
      if ((x[k] ?? 0) !== (y[k] ?? 0))
        out.push(`${cohort} +${k}: ours ${x[k] ?? 'no cell'}, ${peerName} ${y[k] ?? 'no cell'}`);
    }
  }
  return out;
}

export function triangleTotals(rows: TriangleRow[]) {
  let cells = 0;
  let customers = 0;
  let activeCustomerMonths = 0;
  for (const r of rows) {
    cells += r.counts.length;
    customers += r.counts[0] ?? 0;
    for (const c of r.counts) activeCustomerMonths += c;
  }
  return { cohorts: rows.length, cells, customers, activeCustomerMonths };
}
