/**
 * Customer lifetime value through the engine on Online Retail (the 13 monthly files): fitted on
 * the whole year, SciPy's fit of the pandas-reduced log (make_reference.py); fitted on its first
 * half (the default calibration end, 2011-06-05), the BG/NBD's no-drop-out limit with its holdout
 * check, against make_online_retail_holdout.py.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { RETAIL_MONTH, sourceFile } from '../../sharedData.ts';
import { reference } from '../../core/analyses/customer-lifetime-value/cdnowSummary.ts';
import { rolesOf, value } from './analysisFixtures.ts';

const RETAIL_HOLDOUT = new URL('../../fixtures/customer-lifetime-value/online-retail-holdout.json', import.meta.url);

describe("analyze(Online Retail, 'customer-lifetime-value')", async () => {
  const months = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];
  const engine = createEngine();
  const s = value(await engine.openDataset(await Promise.all(months.map((m) => sourceFile(RETAIL_MONTH(m))))));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'inactivity', days: 180 } }));
  const [year, half] = reference.onlineRetail;

  it('fitted on the whole year it matches SciPy on the pandas-reduced log, and says drop-out is poorly determined', () => {
    const r = value(engine.analyze(s.id, 'customer-lifetime-value', { calibrationEnd: year.asOf }));
    expect([r.customers, r.repeatBuyers]).toEqual([year.customers, year.repeatBuyers]);
    // make_reference.py: the same customers' x, t_x, T to SciPy L-BFGS-B: 1e-5 relative, log L 1e-6.
    Object.values(r.params).forEach((p, i) => expect(Math.abs(p / year.params[i] - 1)).toBeLessThan(1e-5));
    expect(Math.abs(r.logLik - year.logLik)).toBeLessThan(1e-6);
    // a = 0.0034 with a standard error of about 0.010: its 95 % interval reaches 0.
    expect(r.notes.find((n) => n.code === 'clv-dropout-uncertain')?.params).toMatchObject({ parameter: 'a' });
  });
  it('fitted on its first half it is the no-drop-out limit, as SciPy finds, with a holdout check', () => {
    const holdout = JSON.parse(readFileSync(RETAIL_HOLDOUT, 'utf8'));
    // SciPy stops at a ≈ 1e-6 with the NBD's log-likelihood (make_online_retail_holdout.py).
    expect(half.params[2]).toBeLessThan(1e-4);
    const r = value(engine.analyze(s.id, 'customer-lifetime-value', {}));
    expect([r.stamp.parameters.calibrationEnd, r.customers, r.repeatBuyers]).toEqual([half.asOf, 2744, 1365]);
    expect(r.calibration.fit.dropout).toBe('none');
    // The NBD's r, α by SciPy: 1e-5 relative; log L 1e-6 absolute; a = 0 and b not identified (NaN).
    expect(Math.abs(r.params.r / holdout.nbd.params[0] - 1)).toBeLessThan(1e-5);
    expect(Math.abs(r.params.alpha / holdout.nbd.params[1] - 1)).toBeLessThan(1e-5);
    expect(Math.abs(r.logLik - holdout.nbd.logLik)).toBeLessThan(1e-6);
    expect([r.params.a, r.params.b]).toEqual([0, NaN]);
    expect(r.notes.find((n) => n.code === 'clv-no-dropout')?.params).toMatchObject({
      parameter: 'a',
      period: 'calibration',
      end: half.asOf,
    });
    // Holdout 2011-06-06 … 2011-12-09 under the limit, as pandas counts it: counts exact, means 1e-6 relative.
    const h = r.holdout!;
    expect([h.start, h.end, h.actualTotal]).toEqual(['2011-06-06', '2011-12-09', holdout.holdout.actualTotal]);
    h.byFrequency.forEach((g, k) => {
      const want = holdout.holdout.byFrequency[k];
      expect([g.frequency, g.customers, g.actual]).toEqual([want.frequency, want.customers, want.actual]);
      expect(Math.abs(g.expected / want.expected - 1)).toBeLessThan(1e-6);
    });
    for (const name of ['expectedTotal', 'aggregateError', 'meanAbsoluteError', 'rootMeanSquaredError'] as const)
      expect(Math.abs(h[name] / holdout.holdout[name] - 1)).toBeLessThan(1e-6);
    // Cumulative tracking: actual repeat days by week exact, expected 1e-6 relative.
    let sum = 0;
    h.cumulative.forEach((w, k) => {
      expect(w.actual).toBe((sum += holdout.holdout.weeklyActual[k]));
      expect(Math.abs(w.expected / holdout.holdout.cumulativeExpected[k] - 1)).toBeLessThan(1e-6);
    });
    // Every customer alive under the calibration limit; the predictions use the whole year's fit (a ≈ 0.0034).
    expect(r.prediction.fit.dropout).toBe('estimated');
    expect(r.perCustomer.pAlive.every((p) => p > 0 && p <= 1)).toBe(true);
  });
});
