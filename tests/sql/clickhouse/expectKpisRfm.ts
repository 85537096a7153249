/**
 * Churn KPIs finished from ClickHouse's period counts (periodChurnFromCounts) and RFM per
 * customer from ClickHouse's scores, against the engine's own results.
 */
import { expect } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { ChurnDefinition, ChurnKpisOptions, EngineApi, RfmResult } from '../../../src/engine/api.ts';
import { periodChurnFromCounts } from '../../../src/core/analyses/churn-kpis/periodChurn.ts';
import { lossCountedAt, lossesKnowableFrom } from '../../../src/core/customers/lossDating.ts';
import { rfmBreaks } from '../../../src/core/analyses/rfm/rfmScores.ts';
import { expectSameSum, num, type SqlRow } from './sqlRowChecks.ts';

const dayOfIso = (v: unknown) => Math.floor(Date.parse(`${String(v)}T00:00:00Z`) / 86_400_000);

function answer<T>(r: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** Counts exact, and so every rate and change computed from them. */
export function expectKpis(
  rows: SqlRow[],
  engine: EngineApi,
  datasetId: string,
  definition: ChurnDefinition,
  options: ChurnKpisOptions,
): void {
  expect(rows.length).toBe(1);
  const [r] = rows;
  const n = (k: string) => Number(r[k]);
  const app = answer(engine.analyze(datasetId, 'churn-kpis', options));
  const start = String(r.period_start);
  expect({
    customers: n('customers'),
    churned: n('churned'),
    atRisk: n('at_risk'),
    churnRate: n('churned') / n('customers'),
    // A churned customer without a loss day: the app computes no period (periodInputs).
    period:
      n('churned_undated') > 0
        ? null
        : {
            start,
            end: String(r.period_end),
            ...periodChurnFromCounts(n('at_start'), n('lost'), n('gained'), n('lost_new')),
            lossCountedAt: lossCountedAt(definition),
            complete: dayOfIso(start) >= lossesKnowableFrom(definition, dayOfIso(r.first_date), null),
          },
  }).toEqual({
    customers: app.customers,
    churned: app.churned,
    atRisk: app.atRisk,
    churnRate: app.churnRate,
    period: app.period,
  });
  if (app.period) expect(n('at_end')).toBe(app.period.atEnd);
  expect(n('lost') + n('gained')).toBeGreaterThan(0);
}

/** Recency, orders and the three scores exact for every customer (M: but for a spend on a break); monetary to summation order. */
export function expectRfm(
  rows: SqlRow[],
  engine: EngineApi,
  datasetId: string,
  options: { bins: number; monetary: 'total' | 'mean' },
): void {
  const app: RfmResult = answer(engine.analyze(datasetId, 'rfm', options));
  const ids = tableFromIPC(answer(engine.customerRows(datasetId, 0, 1e9)))
    .getChild('customer_id')!
    .toArray() as string[];
  const row = new Map(Array.from(ids, (id, c) => [String(id), c]));
  const pc = app.perCustomer;
  expect(rows.length).toBe(ids.length);
  const exact = (r: SqlRow) => [r.customer_id, num(r.recency_days), num(r.frequency), num(r.r), num(r.f), num(r.m)];
  const appExact = rows.map((r) => {
    const c = row.get(String(r.customer_id));
    return c === undefined
      ? [r.customer_id, 'not in the app']
      : [r.customer_id, pc.recencyDays[c], pc.frequency[c], pc.r[c], pc.f[c], pc.m[c]];
  });
  // A spend on a break (a quantile of the spends + 1, so another customer's spend + 1) is scored by
  // the last bit of its sum, which depends on the order the amounts were added in: 136.99 in one
  // order, 136.98999999999998 in another (DuckDB's threads; seen on the 5M log). There, and only
  // there, M may be one score apart; every other difference fails.
  const breaks = rfmBreaks(pc.monetary, options.bins);
  const onBreak = (r: SqlRow) => {
    const spend = num(r.monetary)!;
    return breaks.some((b) => Math.abs(spend - b) <= 1e-9 * Math.max(1, Math.abs(b)));
  };
  const excused = (r: SqlRow, got: unknown[], want: unknown[]) =>
    got.slice(0, 5).every((x, k) => x === want[k]) && Math.abs(Number(got[5]) - Number(want[5])) === 1 && onBreak(r);
  // Only the first differing customers are shown (a diff of 23,570 rows takes minutes to print).
  const differing = rows
    .map(exact)
    .flatMap((got, i) =>
      JSON.stringify(got) === JSON.stringify(appExact[i]) || excused(rows[i], got, appExact[i])
        ? []
        : [{ got, want: appExact[i] }],
    );
  expect(differing.length, JSON.stringify(differing.slice(0, 5))).toBe(0);
  for (const r of rows) {
    const c = row.get(String(r.customer_id))!;
    expectSameSum(num(r.monetary), pc.monetary[c], `monetary of ${String(r.customer_id)}`);
  }
  expect(new Set(rows.map((r) => num(r.r))).size).toBeGreaterThan(1);
}
