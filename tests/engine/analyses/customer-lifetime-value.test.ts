/**
 * Customer lifetime value through the engine on the CDNOW log (calibration to 1997-09-30, T in
 * weeks): the paper's numbers, the SciPy/pandas reference of the holdout and tracking
 * (tests/fixtures/customer-lifetime-value/make_reference.py), the columns it adds, its refusals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile, CDNOW_SAMPLE, sharedData, sourceFile } from '../../sharedData.ts';
import { reference } from '../../core/analyses/customer-lifetime-value/cdnowSummary.ts';
import { cdnow, rolesOf, telco, value } from './analysisFixtures.ts';

const CALIBRATION = { calibrationEnd: '1997-09-30' };

describe("analyze(cdnow, 'customer-lifetime-value')", async () => {
  const { engine, id } = await cdnow();
  const r = value(engine.analyze(id, 'customer-lifetime-value', CALIBRATION));

  it('fits the paper’s BG/NBD and Gamma-Gamma on the calibration period of the log', () => {
    // README (Fader, Hardie & Lee 2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426; log L −9582.43.
    expect(Object.values(r.params).map((p) => +p.toFixed(3))).toEqual([0.243, 4.414, 0.793, 2.426]);
    expect(+r.logLik.toFixed(2)).toBe(-9582.43);
    expect([r.customers, r.repeatBuyers]).toEqual([2357, 946]);
    // README: p = 6.25, q = 3.74, γ = 15.44 (±0.015); mean zbar 35.0786 from cents-rounded zbar (±0.001).
    const { p, q, gamma } = r.spend!;
    [p - 6.25, q - 3.74, gamma - 15.44].forEach((d) => expect(Math.abs(d)).toBeLessThan(0.015));
    expect(Math.abs(r.spend!.meanSpend - 35.0786)).toBeLessThan(0.001);
    // lifetimes Quickstart: correlation of frequency and mean spend 0.113884 (its zbar rounded to cents: ±1e-3).
    expect(Math.abs(r.spend!.correlation - 0.113884)).toBeLessThan(1e-3);
  });

  it('matches SciPy’s fit of the pandas-reduced log and its holdout by calibration frequency', () => {
    const h = reference.holdout;
    // Same data, both at the maximum: 1e-5 relative; log L 1e-6.
    Object.values(r.params).forEach((p, i) => expect(Math.abs(p / h.params[i] - 1)).toBeLessThan(1e-5));
    expect(Math.abs(r.logLik - h.logLik)).toBeLessThan(1e-6);
    const holdout = r.holdout!;
    expect([holdout.start, holdout.end, holdout.length]).toEqual(['1997-10-01', '1998-06-30', 39]);
    holdout.byFrequency.forEach((g, k) => {
      // Counts and actual means are pandas' exactly; expected means at parameters 1e-5 apart: 1e-5 relative.
      expect([g.frequency, g.customers]).toEqual([h.byFrequency[k].frequency, h.byFrequency[k].customers]);
      expect(g.actual).toBeCloseTo(h.byFrequency[k].actual, 12);
      expect(Math.abs(g.expected / h.byFrequency[k].expected - 1)).toBeLessThan(1e-5);
    });
    expect(holdout.actualTotal).toBe(h.actualTotal);
    expect(Math.abs(holdout.expectedTotal / h.expectedTotal - 1)).toBeLessThan(1e-5);
    expect(Math.abs(holdout.meanAbsoluteError / h.meanAbsoluteError - 1)).toBeLessThan(1e-5);
    expect(holdout.aggregateError).toBeCloseTo((holdout.expectedTotal - holdout.actualTotal) / holdout.actualTotal, 12);
  });

  it('tracks weekly repeat purchases over 78 weeks as pandas counts them and SciPy expects them', () => {
    const h = reference.holdout;
    const holdout = r.holdout!;
    expect(holdout.weekly.map((w) => w.actual)).toEqual(h.weeklyActual);
    expect(holdout.weekly[0].start).toBe('1997-01-01');
    // The calibration weeks hold every calibration repeat purchase: Σ x = 2,457 (pandas).
    expect(holdout.calibrationWeeks).toBe(39);
    expect(holdout.cumulative[38].actual).toBe(h.sumX);
    holdout.cumulative.forEach((w, k) => expect(Math.abs(w.expected / h.cumulativeExpected[k] - 1)).toBeLessThan(1e-5));
  });

  it('reduces the log to the published summary: x, t_x and T of cdnow_customers_summary.csv', async () => {
    const e = createEngine();
    const s = value(await e.openDataset([await sourceFile(CDNOW_SAMPLE)]));
    value(
      e.buildCustomerTable(s.id, {
        roles: rolesOf(s, { column_2: 'ignore' }),
        definition: { kind: 'inactivity', days: 180 },
        asOf: '1997-09-30',
      }),
    );
    const csv = new TextDecoder().decode(value(e.exportCustomerTable(s.id, 'csv'))).replace(/^\uFEFF/, '');
    const [head, ...lines] = csv.split(/\r?\n\r?\n/)[0].split(/\r?\n/);
    const col = head.split(',');
    const ours = new Map(
      lines
        .map((l) => l.split(','))
        .map((c) => [c[0], [c[col.indexOf('frequency')], c[col.indexOf('recency')], c[col.indexOf('T')]].map(Number)]),
    );
    // The sample's master id → its sample id (the summary's ID).
    const sampleOf = new Map(
      readFileSync(CDNOW_SAMPLE, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.trim().split(/\s+/))
        .map(([m, sid]) => [m, Number(sid)]),
    );
    const summary = readFileSync(sharedData('cdnow', 'lifetimes', 'cdnow_customers_summary.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').map(Number));
    expect(ours.size).toBe(summary.length);
    for (const [master, [x, tx, T]] of ours) {
      const row = summary[sampleOf.get(master)! - 1];
      // The file rounds to 2 decimals.
      expect([x, +tx.toFixed(2), +T.toFixed(2)]).toEqual([row[1], row[2], row[3]]);
    }
  });

  it('joins p_alive, expected_purchases, expected_spend and clv to the table’s export, read back equal', () => {
    const csv = new TextDecoder().decode(value(engine.exportCustomerTable(id, 'csv'))).replace(/^\uFEFF/, '');
    const [head, ...lines] = csv.split(/\r?\n\r?\n/)[0].split(/\r?\n/);
    expect(head.split(',').slice(0, 5)).toEqual([
      'customer_id',
      'p_alive',
      'expected_purchases',
      'expected_spend',
      'clv',
    ]);
    const rows = lines.map((l) => l.split(','));
    expect(rows).toHaveLength(2357);
    for (const i of [0, 1, 500, 2356]) {
      // Decimals to 12 significant digits, money to the cent.
      expect(Number(rows[i][1])).toBeCloseTo(r.perCustomer.pAlive[i], 9);
      expect(Number(rows[i][2])).toBeCloseTo(r.perCustomer.expectedPurchases[i], 9);
      expect(Math.abs(Number(rows[i][4]) - r.perCustomer.clv[i])).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it('predicts with the fit to the as-of date, and a new margin or discount changes CLV only', () => {
    expect(r.prediction.end).toBe('1998-06-30');
    expect(r.prediction.repeatBuyers).toBeGreaterThan(r.repeatBuyers);
    const half = value(engine.analyze(id, 'customer-lifetime-value', { ...CALIBRATION, margin: 0.5 }));
    expect(half.prediction.fit.iterations).toBe(r.prediction.fit.iterations);
    // CLV is proportional to the margin.
    expect(half.perCustomer.clv[7] / r.perCustomer.clv[7]).toBeCloseTo(0.5, 12);
    expect(half.perCustomer.pAlive).toEqual(r.perCustomer.pAlive);
    const undiscounted = value(engine.analyze(id, 'customer-lifetime-value', { ...CALIBRATION, discount: 0 }));
    // Without discounting, CLV is spend × purchases over the horizon.
    const i = 7;
    expect(undiscounted.perCustomer.clv[i]).toBeCloseTo(
      undiscounted.perCustomer.expectedSpend[i] * undiscounted.perCustomer.expectedPurchases[i],
      9,
    );
    expect(undiscounted.perCustomer.clv[i]).toBeGreaterThan(r.perCustomer.clv[i]);
  });

  it('a new discount or margin re-weighs the kept predictions: the same as a fresh engine gives', async () => {
    const asked = { ...CALIBRATION, discount: 0.05, margin: 0.4 };
    const before = value(engine.analyze(id, 'customer-lifetime-value', CALIBRATION));
    // The worker transfers a result's arrays to the page: the kept predictions must not go with them.
    const buffers = Object.values(before.perCustomer).map((a) => a.buffer as ArrayBuffer);
    structuredClone(before.perCustomer, { transfer: buffers });
    expect(before.perCustomer.pAlive).toHaveLength(0);
    const again = value(engine.analyze(id, 'customer-lifetime-value', asked));
    expect(again.perCustomer.pAlive).toEqual(r.perCustomer.pAlive);
    expect(again.perCustomer.expectedSpend).toEqual(r.perCustomer.expectedSpend);
    const fresh = await cdnow();
    const first = value(fresh.engine.analyze(fresh.id, 'customer-lifetime-value', asked));
    // Same numbers as predictions made from scratch with these options (bit for bit: same arithmetic).
    expect(again.perCustomer.clv).toEqual(first.perCustomer.clv);
    expect([again.totals, again.value]).toEqual([first.totals, first.value]);
    // Another horizon is predicted anew.
    const longer = value(engine.analyze(id, 'customer-lifetime-value', { ...asked, horizon: 104 }));
    expect(longer.totals.expectedPurchases).toBeGreaterThan(again.totals.expectedPurchases);
  });

  it('takes the middle of the data as the calibration end when none is given: 1997-09-30', () => {
    const d = value(engine.analyze(id, 'customer-lifetime-value', {}));
    expect(d.stamp.parameters).toEqual({
      model: 'bg-nbd',
      unit: 'weeks',
      calibrationEnd: '1997-09-30',
      holdoutEnd: '1998-06-30',
      horizon: 52,
      discount: 0.1,
      margin: 1,
    });
  });

  it('fits in days with the same r, a, b and α seven times as large', () => {
    const days = value(engine.analyze(id, 'customer-lifetime-value', { ...CALIBRATION, unit: 'days' }));
    // A rate per day is a seventh of a rate per week: the Gamma's scale α grows 7-fold (1e-4 relative).
    expect(Math.abs(days.params.alpha / (7 * r.params.alpha) - 1)).toBeLessThan(1e-4);
    for (const k of ['r', 'a', 'b']) expect(Math.abs(days.params[k] / r.params[k] - 1)).toBeLessThan(1e-4);
  });

  it('fits the Pareto/NBD when asked: the published r, α, s, β of the exact-time log', () => {
    const p = value(engine.analyze(id, 'customer-lifetime-value', { ...CALIBRATION, model: 'pareto-nbd' }));
    // CLVTools tests on the exact-time CDNOW: r = 0.55315, α = 10.57633, s = 0.60625, β = 11.67150, log L −9594.976,
    // tolerance 0.001. α and β lie on a flat ridge (this fit's log L is 5e-6 above CLVTools' parameters'): 0.02 there.
    expect(Math.abs(p.params.r - 0.55315)).toBeLessThan(0.001);
    expect(Math.abs(p.params.s - 0.60625)).toBeLessThan(0.001);
    expect(Math.abs(p.params.alpha - 10.57633)).toBeLessThan(0.02);
    expect(Math.abs(p.params.beta - 11.6715)).toBeLessThan(0.02);
    expect(Math.abs(p.logLik - -9594.976)).toBeLessThan(0.001);
  });
});

describe('customer-lifetime-value refuses what the model cannot fit', () => {
  it('a customer snapshot (Telco) has no purchases over time: clv-needs-log', async () => {
    const { engine, id } = await telco();
    const r = engine.analyze(id, 'customer-lifetime-value', {});
    expect(!r.ok && r.issues[0].code).toBe('clv-needs-log');
  });
  it('a calibration end outside the data, unreadable, or too early is named with the range', async () => {
    const { engine, id } = await cdnow();
    const code = (calibrationEnd: string) => {
      const r = engine.analyze(id, 'customer-lifetime-value', { calibrationEnd });
      return r.ok ? 'ok' : r.issues[0].code;
    };
    expect(code('1999-01-01')).toBe('clv-calibration-end');
    expect(code('30/09/1997')).toBe('clv-calibration-end');
    // 1997-01-01 + 89 days: shorter than CLV_MIN_CALIBRATION_DAYS (90).
    expect(code('1997-03-31')).toBe('clv-calibration-too-short');
    const r = engine.analyze(id, 'customer-lifetime-value', { margin: 2 });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'clv-invalid-option', params: { option: 'margin' } });
  });
  it('a calibration end on the as-of date fits everything once and says there is no holdout', async () => {
    const { engine, id } = await cdnow();
    const r = value(engine.analyze(id, 'customer-lifetime-value', { calibrationEnd: '1998-06-30' }));
    expect(r.holdout).toBeNull();
    expect(r.notes.map((n) => n.code)).toContain('clv-no-holdout');
    expect(r.params).toEqual(r.prediction.fit.params);
  });
  it('too few repeat buyers: clv-too-few-repeat-buyers with the count and the minimum', async () => {
    // 60 customers over a year, 10 of whom buy again.
    const lines = ['customer,date,amount'];
    for (let c = 0; c < 60; c++) {
      lines.push(`c${c},2020-01-${String(1 + (c % 28)).padStart(2, '0')},10`);
      if (c < 10) lines.push(`c${c},2020-11-${String(1 + (c % 28)).padStart(2, '0')},12`);
    }
    const engine = createEngine();
    const s = value(await engine.openDataset([bytesFile('few.csv', lines.join('\n'))]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: rolesOf(s),
        definition: { kind: 'inactivity', days: 90 },
        asOf: '2020-12-31',
      }),
    );
    const r = engine.analyze(s.id, 'customer-lifetime-value', { calibrationEnd: '2020-12-31' });
    expect(!r.ok && r.issues[0]).toMatchObject({
      code: 'clv-too-few-repeat-buyers',
      params: { repeatBuyers: 10, minimum: 30 },
    });
  });
  it('a log without amounts predicts purchases and P(alive) but no spend or CLV, and says why', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: rolesOf(s, { column_2: 'ignore', column_5: 'ignore' }),
        definition: { kind: 'inactivity', days: 180 },
      }),
    );
    const r = value(engine.analyze(s.id, 'customer-lifetime-value', CALIBRATION));
    expect(r.spend).toBeNull();
    expect(r.value).toBeNull();
    expect(r.notes.map((n) => n.code)).toContain('clv-no-amounts');
    expect(r.perCustomer.clv[0]).toBeNaN();
    expect(r.perCustomer.expectedPurchases[0]).toBeGreaterThan(0);
  });
});
