/**
 * Retention projection through the engine, against the published sBG fit of Fader & Hardie
 * (2007) on survivors.csv (../shared/data/README.md), and on Telco's survival by year.
 */
import { describe, expect, it } from 'vitest';
import { telco, value } from './analysisFixtures.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile, sharedData, sourceFile } from '../../sharedData.ts';

describe('retention projection through the engine', () => {
  it('retentionProjection(survivors.csv, years 0–7) fits the published sBG parameters and tracks the held-out years', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(sharedData('sbg-fader-hardie-2007', 'survivors.csv'))]));
    const regular = value(
      engine.analyze(s.id, 'retention-projection', {
        source: { kind: 'columns', period: 'year', survivors: 'regular_pct_alive', cohortSize: 1000 },
        fitPeriods: 7,
        horizon: 12,
      }),
    );
    // Fader & Hardie (2007): regular α = 0.704, β = 1.182 (3 decimals), cohorts of 1,000 customers.
    expect(regular.alpha).toBeCloseTo(0.704, 3);
    expect(regular.beta).toBeCloseTo(1.182, 3);
    expect(regular.source).toEqual({
      kind: 'columns',
      period: 'year',
      survivors: 'regular_pct_alive',
      values: 'percentages',
      cohortSize: 1000,
    });
    expect([regular.fit, regular.method, regular.cohortSize]).toEqual(['converged', 'maximum-likelihood', 1000]);
    // The life table of 1,000 customers: 1000 at risk in year 1, 369 lost (100 − 63.1 %).
    expect(regular.lifeTable?.atRisk[0]).toBeCloseTo(1000, 9);
    expect(regular.lifeTable?.lost[0]).toBeCloseTo(369, 9);
    expect(regular.stamp).toMatchObject({ kind: 'retention-projection', definition: null, asOf: '' });
    const high = value(
      engine.analyze(s.id, 'retention-projection', {
        source: { kind: 'columns', period: 'year', survivors: 'highend_pct_alive', cohortSize: 1000 },
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
      engine.analyze(id, 'retention-projection', {
        source: { kind: 'survival', periodDays: 365.25 },
        fitPeriods: 4,
        horizon: 10,
      }),
    );
    expect(r.fit).toBe('converged');
    expect(r.source).toMatchObject({ kind: 'survival', customers: 7043, periodDays: 365.25, observedTo: 'tenure' });
    // Observed for a whole year: every churned customer (its loss counts wherever it fell) and the actives with
    // tenure ≥ 12 months; the CSV has 1,070 rows with Churn = No and tenure < 12, so 7,043 − 1,070 = 5,973.
    expect(r.source.kind === 'survival' && r.source.observed).toBe(5973);
    expect(r.projected[0]).toBe(1);
    expect(r.observed.length).toBeGreaterThanOrEqual(6);
    const bad = engine.analyze(id, 'retention-projection', {
      source: { kind: 'survival', periodDays: 365.25 },
      fitPeriods: 1,
      horizon: 10,
    });
    expect(bad.ok).toBe(false);
    // Each refusal has its own code, so the app can say it in the reader's language.
    if (!bad.ok)
      expect(bad.issues[0]).toMatchObject({ code: 'projection-fit-periods', params: { last: r.observed.length - 1 } });
    const shortHorizon = engine.analyze(id, 'retention-projection', {
      source: { kind: 'survival', periodDays: 365.25 },
      fitPeriods: 4,
      horizon: 3,
    });
    if (shortHorizon.ok) throw new Error('a horizon shorter than the fit was accepted');
    expect(shortHorizon.issues[0].code).toBe('projection-horizon');
    // Periods longer than the data (decades for 6 years of tenure): say so, and what to do.
    const decades = engine.analyze(id, 'retention-projection', {
      source: { kind: 'survival', periodDays: 3652.5 },
      fitPeriods: 2,
      horizon: 5,
    });
    if (decades.ok) throw new Error('a curve of no whole period was fitted');
    // Losses show in the first decade only (tenures reach 72 months): one period, too few to fit.
    expect(decades.issues[0]).toMatchObject({ code: 'projection-too-few-periods', params: { last: 1, days: 3652.5 } });
    expect(decades.issues[0].message).toMatch(/Choose a shorter period/);
    const columns = engine.analyze(id, 'retention-projection', {
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

  it('retentionProjection(percentages, no cohort size) fits the proportions by least squares and claims no sample size', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(sharedData('sbg-fader-hardie-2007', 'survivors.csv'))]));
    const r = value(
      engine.analyze(s.id, 'retention-projection', {
        source: { kind: 'columns', period: 'year', survivors: 'regular_pct_alive' },
        fitPeriods: 7,
        horizon: 12,
      }),
    );
    expect([r.method, r.fit, r.source.kind === 'columns' && r.source.values]).toEqual([
      'least-squares',
      'converged',
      'percentages',
    ]);
    // Not a cohort of 100: no customers, no life table, no likelihood.
    expect([r.cohortSize, r.lifeTable, r.logLikelihood]).toEqual([null, null, null]);
    // scipy.optimize.least_squares on years 1–7 of the shares (see shiftedBetaGeometricFit.test.ts).
    expect(r.alpha).toBeCloseTo(0.713391, 5);
    expect(r.beta).toBeCloseTo(1.190647, 5);
    // RMSE = √(SSE / 7) with SciPy's SSE 9.824969e-5.
    expect(r.rmse).toBeCloseTo(Math.sqrt(9.824969e-5 / 7), 8);
    const bad = engine.analyze(s.id, 'retention-projection', {
      source: { kind: 'columns', period: 'year', survivors: 'regular_pct_alive', cohortSize: 0 },
    });
    expect(!bad.ok && bad.issues[0].code).toBe('projection-cohort-size');
  });

  it('retentionProjection(a column of counts, exactly geometric) is degenerate: one churn rate θ = 0.2', async () => {
    const engine = createEngine();
    // 1000 · 0.8^t customers alive in years 0–7 (409.6 and on: expected counts, not whole).
    const rows = Array.from({ length: 8 }, (_, t) => `${t},${1000 * 0.8 ** t},${0.8 ** t}`).join('\n');
    const s = value(await engine.openDataset([bytesFile('geometric.csv', `year,alive,share\n${rows}\n`)]));
    const r = value(
      engine.analyze(s.id, 'retention-projection', { source: { kind: 'columns', period: 'year', survivors: 'alive' } }),
    );
    expect([r.fit, r.method, r.cohortSize]).toEqual(['degenerate-constant-churn', 'maximum-likelihood', 1000]);
    expect([r.alpha, r.beta]).toEqual([null, null]);
    // The MLE of one rate, Σ lost / Σ at risk over years 1–4, is 0.2 exactly.
    expect(r.churnRate).toBeCloseTo(0.2, 12);
    r.projected.forEach((p, t) => expect(p).toBeCloseTo(0.8 ** t, 12));
    r.retention.forEach((x) => expect(x).toBeCloseTo(0.8, 12));
    // Σ_{t=1..12} 0.8^t = 0.8 (1 − 0.8^12) / 0.2: the expected lifetime of the geometric curve.
    expect(r.expectedLifetime).toBeCloseTo((0.8 * (1 - 0.8 ** 12)) / 0.2, 10);
    // The default: fit periods 0–4 (60 % of 7), project to 12.
    expect([r.fitPeriods, r.projected.length - 1, r.defaults]).toEqual([4, 12, ['fit-periods', 'horizon']]);
    // The same curve as shares of an unknown cohort: least squares, still degenerate at θ = 0.2.
    const shares = value(
      engine.analyze(s.id, 'retention-projection', { source: { kind: 'columns', period: 'year', survivors: 'share' } }),
    );
    expect([shares.fit, shares.method, shares.cohortSize]).toEqual([
      'degenerate-constant-churn',
      'least-squares',
      null,
    ]);
    expect(shares.source).toMatchObject({ values: 'shares', cohortSize: null });
    expect(shares.churnRate).toBeCloseTo(0.2, 9);
  });

  it('retentionProjection(a column of whole counts) is fitted by maximum likelihood on that cohort', async () => {
    const engine = createEngine();
    // Fader & Hardie (2007) Table 1, regular customers, as counts.
    const alive = [1000, 631, 468, 382, 326, 289, 262, 241];
    const s = value(
      await engine.openDataset([
        bytesFile('counts.csv', `year,customers\n${alive.map((a, t) => `${t},${a}`).join('\n')}\n`),
      ]),
    );
    const r = value(
      engine.analyze(s.id, 'retention-projection', {
        source: { kind: 'columns', period: 'year', survivors: 'customers' },
        fitPeriods: 7,
      }),
    );
    expect([r.method, r.cohortSize, r.source.kind === 'columns' && r.source.values]).toEqual([
      'maximum-likelihood',
      1000,
      'counts',
    ]);
    expect(r.alpha).toBeCloseTo(0.704, 3);
    expect(r.beta).toBeCloseTo(1.182, 3);
  });

  it('retentionProjection(relative inactivity) counts each customer until the as-of date less its own window', async () => {
    const engine = createEngine();
    const log = [
      'customer,date,amount',
      // A: gaps of 2 days → 2 × 2 = 4, raised to the 10-day floor; last seen day 4.
      'A,2024-01-01,10',
      'A,2024-01-03,10',
      'A,2024-01-05,10',
      // B: one purchase day, so the 30 days of the definition.
      'B,2024-01-01,10',
      // C: a gap of 35 days → a 70-day window, longer than the data: not observed for a single day.
      'C,2024-01-01,10',
      'C,2024-02-05,10',
      // D: gaps of 14 → 28 days; last seen day 28, still active on day 40.
      'D,2024-01-01,10',
      'D,2024-01-15,10',
      'D,2024-01-29,10',
    ].join('\n');
    const s = value(await engine.openDataset([bytesFile('relative.csv', `${log}\n`)]));
    const roles = Object.fromEntries(s.columns.map((c) => [c.name, c.role]));
    value(
      engine.buildCustomerTable(s.id, {
        roles,
        asOf: '2024-02-10',
        definition: { kind: 'inactivity', days: 30, relativeFactor: 2, minDays: 10 },
      }),
    );
    const r = value(
      engine.analyze(s.id, 'retention-projection', { source: { kind: 'survival', periodDays: 1 }, fitPeriods: 2 }),
    );
    // As-of = day 40. Observed days (40 − window): A 30, B 10, C −30, D 12. Lost in day ⌊d⌋ + 1: A day 5, B day 1.
    // At risk: day 1 A B D; days 2–5 A D; days 6–12 D. C starts inside its window and is never at risk.
    expect(r.lifeTable).toEqual({
      atRisk: [3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1],
      lost: [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
    });
    expect(r.source).toMatchObject({ customers: 4, observed: 3, observedTo: 'as-of-less-window' });
  });
});
