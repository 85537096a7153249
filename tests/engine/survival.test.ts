/**
 * Survival and retention projection through the engine, against published values
 * (../shared/data/README.md): Telco Kaplan–Meier for month-to-month customers with internet,
 * and the sBG fit of Fader & Hardie (2007) on survivors.csv.
 */
import { describe, expect, it } from 'vitest';
import type { DatasetSummary, Result, Role } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { sharedData, sourceFile, TELCO } from '../sharedData.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const rolesOf = (s: DatasetSummary): Record<string, Role> => Object.fromEntries(s.columns.map((c) => [c.name, c.role]));

async function telco() {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(TELCO)]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
  return { engine, id: s.id };
}

describe('survival', () => {
  it('survival(telco, month-to-month with internet) reproduces the published S(t) and median 34 months', async () => {
    const { engine, id } = await telco();
    const r = value(
      engine.survival(id, {
        unit: 'months',
        filters: [
          { column: 'Contract', in: ['Month-to-month'] },
          { column: 'InternetService', in: ['DSL', 'Fiber optic'] },
        ],
        times: [6, 12, 24, 48, 60],
      }),
    );
    const g = r.groups[0];
    expect(g).toMatchObject({ n: 3351, events: 1556, median: 34, whole: true });
    // README: S(6) = 0.7803, S(12) = 0.6950, S(24) = 0.5753, S(48) = 0.3872, S(60) = 0.2890 (4 decimals).
    [0.7803, 0.695, 0.5753, 0.3872, 0.289].forEach((s, i) => expect(g.survival[i]).toBeCloseTo(s, 4));
    expect(g.lower[0]).toBeLessThan(g.survival[0]);
    expect(g.upper[0]).toBeGreaterThan(g.survival[0]);
    expect(r.durationText).toContain('tenure');
  });

  it('survival(telco, by Contract) compares the three contracts with the log-rank test', async () => {
    const { engine, id } = await telco();
    const r = value(engine.survival(id, { group: 'Contract', times: [12, 72] }));
    expect(r.groups.map((g) => g.name).sort()).toEqual(['Month-to-month', 'One year', 'Two year']);
    expect(r.groups.some((g) => g.whole)).toBe(false);
    expect(r.logrank!.df).toBe(2);
    expect(r.logrank!.p).toBeLessThan(1e-10);
    const observed = r.logrank!.observed.reduce((a, b) => a + b, 0);
    expect(observed).toBe(1869);
    for (const g of r.groups)
      for (let i = 1; i < g.curve.survival.length; i++)
        expect(g.curve.survival[i]).toBeLessThanOrEqual(g.curve.survival[i - 1]);
  });

  it('retentionProjection(survivors.csv, years 0–7) fits the published sBG parameters and tracks the held-out years', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(sharedData('sbg-fader-hardie-2007', 'survivors.csv'))]));
    const regular = value(
      engine.retentionProjection(s.id, {
        source: { kind: 'columns', period: 'year', survivors: 'regular_pct_alive' },
        fitPeriods: 7,
        horizon: 12,
      }),
    );
    // Fader & Hardie (2007): regular α = 0.704, β = 1.182 (3 decimals).
    expect(regular.alpha).toBeCloseTo(0.704, 3);
    expect(regular.beta).toBeCloseTo(1.182, 3);
    const high = value(
      engine.retentionProjection(s.id, {
        source: { kind: 'columns', period: 'year', survivors: 'highend_pct_alive' },
        fitPeriods: 7,
        horizon: 12,
      }),
    );
    expect(high.alpha).toBeCloseTo(0.668, 3);
    expect(high.beta).toBeCloseTo(3.806, 3);
    // Held-out years 8–12: the projection stays within 0.75 percentage points for the regular cohort.
    for (let t = 8; t <= 12; t++) expect(Math.abs(regular.projected[t] - regular.observed[t])).toBeLessThan(0.0075);
    expect(regular.retention[0]).toBeLessThan(regular.retention[11]);
  });

  it('retentionProjection(telco survival by year) fits and projects, and refuses too few periods', async () => {
    const { engine, id } = await telco();
    const r = value(
      engine.retentionProjection(id, { source: { kind: 'survival', periodDays: 365.25 }, fitPeriods: 4, horizon: 10 }),
    );
    expect(r.converged).toBe(true);
    expect(r.projected[0]).toBe(1);
    expect(r.observed.length).toBeGreaterThanOrEqual(6);
    const bad = engine.retentionProjection(id, {
      source: { kind: 'survival', periodDays: 365.25 },
      fitPeriods: 1,
      horizon: 10,
    });
    expect(bad.ok).toBe(false);
    // Each refusal has its own code, so the app can say it in the reader's language.
    if (!bad.ok)
      expect(bad.issues[0]).toMatchObject({ code: 'projection-fit-periods', params: { last: r.observed.length - 1 } });
    const shortHorizon = engine.retentionProjection(id, {
      source: { kind: 'survival', periodDays: 365.25 },
      fitPeriods: 4,
      horizon: 3,
    });
    if (shortHorizon.ok) throw new Error('a horizon shorter than the fit was accepted');
    expect(shortHorizon.issues[0].code).toBe('projection-horizon');
    // Periods longer than the data (decades for 6 years of tenure): say so, and what to do.
    const decades = engine.retentionProjection(id, {
      source: { kind: 'survival', periodDays: 3652.5 },
      fitPeriods: 2,
      horizon: 5,
    });
    if (decades.ok) throw new Error('a curve of no whole period was fitted');
    expect(decades.issues[0]).toMatchObject({ code: 'projection-too-few-periods', params: { last: 0, days: 3652.5 } });
    expect(decades.issues[0].message).toMatch(/Choose a shorter period/);
    const columns = engine.retentionProjection(id, {
      source: { kind: 'columns', period: 'gender', survivors: 'tenure' },
      fitPeriods: 3,
      horizon: 5,
    });
    if (columns.ok) throw new Error('a text column was accepted as periods');
    expect(columns.issues[0]).toMatchObject({
      code: 'projection-columns',
      params: { period: 'gender', alive: 'tenure' },
    });
  });
});
