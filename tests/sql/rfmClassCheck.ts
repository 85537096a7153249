/**
 * RFM's eight classes from a SQL engine's rows (one per customer: the measures, r, f, m as 2/1
 * and the class's code) against the engine's result: every customer's recency, orders, r, f, m
 * and class exactly; each class's customers, mean recency and mean orders exactly (the same
 * integers), and its spend (customers counted at 0 or more, as segmentSummary) to summation
 * order when monetary is total spend.
 */
import { expect } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { EngineApi, RfmOptions, RfmResult } from '../../src/engine/api.ts';

type Row = Record<string, unknown>;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function answer<T>(r: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** The engine's eight classes under `options` (its customer table built) against the SQL rows. */
export function expectRfmClasses(
  rows: Row[],
  engine: EngineApi,
  datasetId: string,
  options: RfmOptions & { monetary: 'total' | 'mean' },
) {
  const app: RfmResult = answer(engine.analyze(datasetId, 'rfm', options));
  const ids = tableFromIPC(answer(engine.customerRows(datasetId, 0, 1e9)))
    .getChild('customer_id')!
    .toArray() as string[];
  const monetary = options.monetary;
  const at = new Map(ids.map((id, c) => [String(id), c]));
  const pc = app.perCustomer;
  expect(rows.length).toBe(ids.length);
  const got = (r: Row) => [
    r.customer_id,
    num(r.recency_days),
    num(r.frequency),
    num(r.r),
    num(r.f),
    num(r.m),
    r.segment,
  ];
  const want = (r: Row) => {
    const c = at.get(String(r.customer_id));
    if (c === undefined) return [r.customer_id, 'not in the app'];
    const code = app.segments[pc.segment[c]].code;
    return [r.customer_id, pc.recencyDays[c], pc.frequency[c], pc.r[c], pc.f[c], pc.m[c], code];
  };
  // Only the first differing customers are shown (a diff of thousands of rows takes minutes to print).
  const differing = rows.flatMap((r) =>
    JSON.stringify(got(r)) === JSON.stringify(want(r)) ? [] : [{ got: got(r), want: want(r) }],
  );
  expect(differing.length, JSON.stringify(differing.slice(0, 5))).toBe(0);
  // Per class, from the SQL rows alone.
  const classes = new Map<string, { n: number; recency: number; frequency: number; value: number }>();
  for (const r of rows) {
    const k = classes.get(String(r.segment)) ?? { n: 0, recency: 0, frequency: 0, value: 0 };
    k.n++;
    k.recency += num(r.recency_days)!;
    k.frequency += num(r.frequency)!;
    k.value += Math.max(0, num(r.monetary) ?? 0);
    classes.set(String(r.segment), k);
  }
  for (const s of app.segments) {
    const k = classes.get(s.code) ?? { n: 0, recency: 0, frequency: 0, value: 0 };
    // Exact: counts, and means of whole numbers (the same sums over the same counts).
    expect([s.code, k.n, k.recency / k.n, k.frequency / k.n]).toEqual([
      s.code,
      s.customers,
      s.meanRecencyDays,
      s.meanFrequency,
    ]);
    // Spend: the same amounts summed in another order; 1e-9 relative.
    if (monetary === 'total') expect(Math.abs(k.value - s.value)).toBeLessThanOrEqual(1e-9 * Math.max(1, s.value));
  }
  // More than one class is populated, so the split is tested.
  expect(app.segments.filter((s) => s.customers > 0).length).toBeGreaterThan(3);
}
