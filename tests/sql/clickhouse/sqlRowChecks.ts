/**
 * Cell-for-cell comparison of rows a SQL engine returned (ClickHouse over HTTP: JSON, 64-bit
 * integers as text, dates as YYYY-MM-DD) with what the app's engine computed. Counts, ids, dates
 * and codes must be equal; sums of money may differ only by floating-point summation order.
 */
import { expect } from 'vitest';

export type SqlRow = Record<string, unknown>;

/** ms since the epoch (UTC) → YYYY-MM-DD; null stays null. */
export const isoDay = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString().slice(0, 10));

/** A JSON number or a 64-bit integer sent as text → number; null stays null. */
export const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Sums of the same float64 amounts in another order (ClickHouse's parallel GROUP BY vs the app's
 * single loop): equal to a relative 1e-9 (worst case for n terms is ~n·2^-53 of the sum of
 * magnitudes; Online Retail's customers have at most ~8,000 lines, so ~1e-12).
 */
export function expectSameSum(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null) {
    expect(actual, what).toBe(expected);
    return;
  }
  const difference = Math.abs(actual - expected);
  const bound = 1e-9 * Math.max(1, Math.abs(expected));
  // expect() only on a failure: it costs microseconds, and the 5M log's tables call this millions of times.
  if (!(difference <= bound)) expect(difference, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(bound);
}

/** Indexes rows by a key built from some of their columns; a duplicate key is a failure. */
export function byKey(rows: SqlRow[], key: (r: SqlRow) => string): Map<string, SqlRow> {
  const index = new Map<string, SqlRow>();
  for (const r of rows) {
    const k = key(r);
    if (index.has(k)) expect.fail(`duplicate row for ${k}`);
    index.set(k, r);
  }
  return index;
}
