/**
 * Online Retail's out-of-time risk model as the app used to start it (test cutoff one 90-day window
 * before the as-of day, the model learning one window before that, the 180-day inactivity
 * definition), on all 13 monthly files and on the last 10. Before the fix it was unstable
 * (median forward risk 0.0084 vs 0.97; tenure's odds ratio ~2,600 per SD; the unpenalised fit
 * did not converge): with a 90-day window under a 180-day definition, customers who bought in
 * the last 90 days before the cutoff cannot be churned by the label day, and tenure − recency
 * (days since the last purchase) separated them perfectly; today's tenures also lay beyond any
 * seen at the cutoff. Now those certain customers are left out (and score 0 forward), and
 * forward numbers are held to the training range.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import type { RiskModelResult } from '../../../src/engine/api.ts';
import { RETAIL_MONTH, sourceFile } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';

const MONTHS = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];
/** pandas' own count of the split (tests/fixtures/risk-model-retail/make_reference.py). */
const REFERENCE = JSON.parse(
  readFileSync(new URL('../../fixtures/risk-model-retail/reference.json', import.meta.url), 'utf8'),
) as Record<'all13' | 'last10', Record<'train' | 'test', Record<string, number>>>;
const TEST_CUTOFF = '2011-09-10'; // 2011-12-09 − 90 days: the app's former default (now one 180-day window, risk-model-window.test.ts)

async function outOfTime(months: string[]) {
  const engine = createEngine();
  const s = value(await engine.openDataset(await Promise.all(months.map((m) => sourceFile(RETAIL_MONTH(m))))));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'inactivity', days: 180 } }));
  const r = value(engine.analyze(s.id, 'risk-model', { model: 'logistic', testCutoff: TEST_CUTOFF, windowDays: 90 }));
  return { r };
}

/** The mean predicted probability and the observed churn share on the test customers, from the calibration bins. */
function testRates(r: RiskModelResult) {
  const bins = r.evaluation.calibration;
  const n = bins.reduce((s, b) => s + b.customers, 0);
  return {
    n,
    predicted: bins.reduce((s, b) => s + b.predicted * b.customers, 0) / n,
    observed: bins.reduce((s, b) => s + b.observed * b.customers, 0) / n,
  };
}

describe('Online Retail out of time, 13 files and the last 10', async () => {
  const all = await outOfTime(MONTHS);
  const last = await outOfTime(MONTHS.slice(3));

  it('learns from the customers who can still churn by the label day, the others counted apart', () => {
    // The counts equal pandas' exactly (the same definition applied to the raw invoices).
    for (const [{ r }, ref] of [
      [all, REFERENCE.all13],
      [last, REFERENCE.last10],
    ] as const) {
      const { customers, churners, churnedAtCutoff, safeAtCutoff } = r.population;
      expect({ customers, churners, churnedAtCutoff, safeAtCutoff }).toEqual({
        safeAtCutoff: ref.train.safeAtCutoff,
        customers: ref.train.customers,
        churners: ref.train.churners,
        churnedAtCutoff: ref.train.churnedAtCutoff,
      });
      expect(r.population.later).toEqual(ref.test);
    }
    for (const { r } of [all, last]) {
      expect(r.target).toMatchObject({ cutoff: '2011-06-12', labelAsOf: TEST_CUTOFF, testCutoff: TEST_CUTOFF });
      expect(r.population.safeAtCutoff).toBeGreaterThan(0);
      expect(r.population.later!.safeAtCutoff).toBeGreaterThan(0);
      // The penalised fit converges; no coefficient is the separation's runaway (|β| ≥ 5 per SD is an odds ratio ≥ 148).
      expect(r.penalised!.converged).toBe(true);
      for (const c of r.penalised!.coefficients) expect(Math.abs(c.estimate)).toBeLessThan(5);
      // The unpenalised intervals are reported only when that fit converged, else a note says so.
      expect(r.explained !== undefined).toBe(!r.notes.includes('explained-not-converged'));
    }
  });

  it('predicts about the churn rate the test window then showed', () => {
    for (const { r } of [all, last]) {
      const { n, predicted, observed } = testRates(r);
      // A calibrated model predicts its training base rate on average, known to its binomial
      // standard error on the training customers (146 from the 10-file log); out of time the
      // base rate drifts, so the test's mean prediction may miss the test's rate by that drift
      // plus three standard errors of the two rates together.
      const trainRate = r.population.churners / r.population.customers;
      const seTrain = Math.sqrt((trainRate * (1 - trainRate)) / r.population.customers);
      const seTest = Math.sqrt((observed * (1 - observed)) / n);
      const bound = Math.abs(trainRate - observed) + 3 * Math.hypot(seTrain, seTest);
      expect(Math.abs(predicted - observed)).toBeLessThanOrEqual(bound);
      expect(predicted).toBeGreaterThan(0.05);
      expect(predicted).toBeLessThan(0.95);
    }
  });

  it('scores today’s customers alike from 13 files and from 10', () => {
    const mean = (r: RiskModelResult) => {
      let s = 0;
      let n = 0;
      r.scores.risk.forEach((v) => {
        if (v === v) {
          s += v;
          n++;
        }
      });
      return { mean: s / n, n };
    };
    const a = mean(all.r);
    const b = mean(last.r);
    // The same customers are scored (those active on 2011-12-09). The two models learn from
    // different customers (the 10-file log starts in March, so fewer can churn by the label day);
    // their mean risks may differ by sampling: 3 binomial standard errors of the smaller training set.
    expect(a.n).toBe(b.n);
    const p = last.r.population.churners / last.r.population.customers;
    const bound = 3 * Math.sqrt((p * (1 - p)) / last.r.population.customers);
    expect(Math.abs(a.mean - b.mean)).toBeLessThan(bound);
  });
});
