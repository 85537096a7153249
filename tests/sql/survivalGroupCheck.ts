/**
 * Survival by group from a SQL engine's counts (one row per attribute value and whole-day
 * duration) against the engine's curves: the rows of each drawn group — a value, or "other",
 * the values the app pooled — are folded together and finished by kaplanMeierFromCounts; every
 * group's n, events, median, times, survival, interval, at risk and censored must equal the
 * app's exactly (the same integers through the same arithmetic).
 */
import { expect } from 'vitest';
import type { SurvivalResult, TimeUnit } from '../../src/engine/api.ts';
import { kaplanMeierFromCounts, medianSurvival } from '../../src/core/analyses/survival/kaplanMeier.ts';
import { DAYS_PER_UNIT } from '../../src/core/customers/customerTable.ts';

type Row = Record<string, unknown>;

/** Kaplan–Meier from a SQL engine's rows (events and censored per whole-day duration), as the figures groupFigures gives. */
export function curveFromRows(rows: Row[], unit: TimeUnit) {
  // Rows of several values may share a duration: summed per duration, in duration order.
  const byDay = new Map<number, [number, number]>();
  for (const r of rows) {
    const day = Number(r.duration_days);
    const [e, c] = byDay.get(day) ?? [0, 0];
    byDay.set(day, [e + Number(r.events), c + Number(r.censored)]);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const km = kaplanMeierFromCounts(
    Float64Array.from(days, (x) => x / DAYS_PER_UNIT[unit]),
    Int32Array.from(days, (x) => byDay.get(x)![0] + byDay.get(x)![1]),
    Int32Array.from(days, (x) => byDay.get(x)![0]),
  );
  const median = medianSurvival(km);
  return {
    n: km.n,
    events: km.totalEvents,
    median: median.median,
    medianCI: [median.lower, median.upper],
    times: Array.from(km.times),
    survival: Array.from(km.survival),
    lower: Array.from(km.lower),
    upper: Array.from(km.upper),
    atRisk: Array.from(km.atRisk),
    censored: Array.from(km.censored),
    curveEvents: Array.from(km.events),
  };
}

/** The same figures of one of the app's survival groups. */
export function groupFigures(g: SurvivalResult['groups'][number]) {
  return {
    n: g.n,
    events: g.events,
    median: g.median,
    medianCI: g.medianCI,
    times: g.curve.times,
    survival: g.curve.survival,
    lower: g.curve.lower,
    upper: g.curve.upper,
    atRisk: g.curve.atRisk,
    censored: g.curve.censored,
    curveEvents: g.curve.events,
  };
}

export function expectGroupedSurvival(rows: Row[], app: SurvivalResult, unit: TimeUnit): void {
  expect(app.groups.length).toBeGreaterThanOrEqual(2);
  const pooled = new Set(app.pooled);
  const drawn = new Set(app.groups.map((g) => g.name));
  // Every value the SQL returned is a drawn group or pooled into "other", and no row has no value.
  for (const r of rows) {
    expect(r.grp, 'a group value').not.toBeNull();
    expect(drawn.has(String(r.grp)) || pooled.has(String(r.grp)), `group ${String(r.grp)}`).toBe(true);
  }
  for (const g of app.groups) {
    const mine = rows.filter((r) =>
      g.name === 'other' && pooled.size > 0 ? pooled.has(String(r.grp)) : String(r.grp) === g.name,
    );
    expect(curveFromRows(mine, unit), `group ${g.name}`).toEqual(groupFigures(g));
  }
}
