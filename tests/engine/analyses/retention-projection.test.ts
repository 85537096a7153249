/**
 * Retention projection through the engine, against the published sBG fit of Fader & Hardie
 * (2007) on survivors.csv (../shared/data/README.md), and on Telco's survival by year.
 */
import { describe, expect, it } from 'vitest';
import { telco, value } from './analysisFixtures.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { sharedData, sourceFile } from '../../sharedData.ts';

describe('retention projection through the engine', () => {
  it('retentionProjection(survivors.csv, years 0–7) fits the published sBG parameters and tracks the held-out years', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(sharedData('sbg-fader-hardie-2007', 'survivors.csv'))]));
    const regular = value(
      engine.analyze(s.id, 'retention-projection', {
        source: { kind: 'columns', period: 'year', survivors: 'regular_pct_alive' },
        fitPeriods: 7,
        horizon: 12,
      }),
    );
    // Fader & Hardie (2007): regular α = 0.704, β = 1.182 (3 decimals).
    expect(regular.alpha).toBeCloseTo(0.704, 3);
    expect(regular.beta).toBeCloseTo(1.182, 3);
    expect(regular.source).toEqual({ kind: 'columns', period: 'year', survivors: 'regular_pct_alive' });
    expect(regular.stamp).toMatchObject({ kind: 'retention-projection', definition: null, asOf: '' });
    const high = value(
      engine.analyze(s.id, 'retention-projection', {
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
      engine.analyze(id, 'retention-projection', {
        source: { kind: 'survival', periodDays: 365.25 },
        fitPeriods: 4,
        horizon: 10,
      }),
    );
    expect(r.converged).toBe(true);
    expect(r.source).toEqual({ kind: 'survival', customers: 7043, periodDays: 365.25 });
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
    expect(decades.issues[0]).toMatchObject({ code: 'projection-too-few-periods', params: { last: 0, days: 3652.5 } });
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
});
