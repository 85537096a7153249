/**
 * Survival through the engine, against published values (../shared/data/README.md): Telco
 * Kaplan–Meier for month-to-month customers with internet.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { logRankTest } from '../../../src/core/analyses/survival/logRank.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile, TELCO } from '../../sharedData.ts';
import { rolesOf, telco, value } from './analysisFixtures.ts';

describe('survival', () => {
  it('survival(telco, month-to-month with internet) reproduces the published S(t) and median 34 months', async () => {
    const { engine, id } = await telco();
    const r = value(
      engine.analyze(id, 'survival', {
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
    expect(r.duration).toBe('tenure-column');
    expect(r.stamp).toMatchObject({ kind: 'survival', definition: { kind: 'flag' }, parameters: { unit: 'months' } });
    // A snapshot has no purchases to count, and the duration measure applies only to inactivity.
    expect(r.oneTimeBuyers).toBeNull();
    expect(r.stamp.parameters).not.toHaveProperty('duration');
  });

  it('survival(telco, by Contract) compares the three contracts with the log-rank test', async () => {
    const { engine, id } = await telco();
    const r = value(engine.analyze(id, 'survival', { group: 'Contract', times: [12, 72] }));
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
});

it("analyze(telco, 'survival', SeniorCitizen = 1) filters on the values as the file wrote them, and on yes", async () => {
  const { engine, id } = await telco();
  // Counted from the CSV itself: the 3rd field of each data row is SeniorCitizen (0/1).
  const seniors = readFileSync(TELCO, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.split(',')[2] === '1').length;
  for (const asked of ['1', 'yes', 'Yes']) {
    const r = value(engine.analyze(id, 'survival', { filters: [{ column: 'SeniorCitizen', in: [asked] }] }));
    expect(r.groups[0].n, asked).toBe(seniors);
  }
});

describe('survival with more than 12 groups', () => {
  // 13 regions A…M of different sizes (A 10 customers, B 11, …, L 21, M 8), so the two smallest
  // (A and M) are pooled as "other" in the drawing; customer i of region g has tenure
  // g + 1 + (i mod 5) months and churned when i is even.
  const regions = 'ABCDEFGHIJKLM'.split('');
  const rows = regions.flatMap((r, g) =>
    Array.from(
      { length: g === 12 ? 8 : 10 + g },
      (_, i) => `${r}${i},${g + 1 + (i % 5)},${i % 2 === 0 ? 'Yes' : 'No'},${r}`,
    ),
  );
  const csv = `customer_id,tenure,Churn,region\n${rows.join('\n')}\n`;

  it('survival(…, by a 13-value attribute) draws 12 curves but tests all 13 values', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([bytesFile('regions.csv', csv)]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: rolesOf(s, { tenure: 'tenure', Churn: 'churn_flag', region: 'attribute' }),
        definition: { kind: 'flag' },
      }),
    );
    const r = value(engine.analyze(s.id, 'survival', { group: 'region' }));
    expect(r.groups).toHaveLength(12);
    expect([...r.pooled].sort()).toEqual(['A', 'M']);
    const lr = r.logrank!;
    expect([lr.groupsTested, lr.df]).toEqual([13, 12]);
    // The same test the kernel (checked against R survdiff in logRank.test.ts) gives on the 13 regions.
    const code = Int32Array.from(rows, (row) => regions.indexOf(row.split(',')[3]));
    const time = Float64Array.from(rows, (row) => Number(row.split(',')[1]));
    const event = Uint8Array.from(rows, (row) => (row.split(',')[2] === 'Yes' ? 1 : 0));
    expect(lr.chi2).toBeCloseTo(logRankTest(time, event, code, 13).chi2, 10);
    // Observed churn per drawn group, counted from the rows: "other" holds both pooled regions.
    const churned = (names: string[]) =>
      rows.filter((row) => names.includes(row.split(',')[3]) && row.endsWith(`Yes,${row.split(',')[3]}`)).length;
    r.groups.forEach((g, k) => expect(lr.observed[k]).toBe(churned(g.name === 'other' ? r.pooled : [g.name])));
    expect(lr.expected.reduce((a, b) => a + b, 0)).toBeCloseTo(
      event.reduce((a, b) => a + b, 0),
      10,
    );
  });
});

describe('survival duration under a relative inactivity window', () => {
  // As of 2024-06-30, 181 days after 2024-01-01; inactivity of 60 days, or 3 × the customer's
  // median gap: a bought once on 01-01 (window 60: lost, known on day 61); b on 01-01, 01-11,
  // 01-21 (gap 10, window 30: lost, last activity day 20, known on day 20 + 30 + 1 = 51); c on
  // 01-01 and 03-01 (gap 60, window 180: 121 days silent, still active, censored at 181).
  const csv =
    'customer,date,amount\na,2024-01-01,5\nb,2024-01-01,5\nb,2024-01-11,5\nb,2024-01-21,5\nc,2024-01-01,5\nc,2024-03-01,5\n';

  it('survival(…, known) ends each loss on its own known day; activity on the last activity', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([bytesFile('relative.csv', csv)]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: rolesOf(s, { customer: 'customer_id', date: 'date', amount: 'amount' }),
        definition: { kind: 'inactivity', days: 60, relativeFactor: 3 },
        asOf: '2024-06-30',
      }),
    );
    const known = value(engine.analyze(s.id, 'survival', { unit: 'days' }));
    expect(known.duration).toBe('first-to-loss-known');
    expect(known.lossKnownLagDays).toBeNaN();
    // Events at 51 (b) and 61 (a), c censored at 181: S = 2/3, then 2/3 · 1/2.
    expect(known.groups[0].curve).toMatchObject({ times: [51, 61, 181], events: [1, 1, 0], atRisk: [3, 2, 1] });
    // 1 − 1/3 and its half, to the last bit but one.
    [2 / 3, 1 / 3, 1 / 3].forEach((v, i) => expect(known.groups[0].curve.survival[i]).toBeCloseTo(v, 15));
    expect(known.oneTimeBuyers).toMatchObject({
      customers: 1,
      churned: 1,
      stepTime: 61,
      stepEvents: 1,
      stepOneTime: 1,
    });
    const activity = value(engine.analyze(s.id, 'survival', { unit: 'days', duration: 'activity' }));
    expect(activity.duration).toBe('first-to-last-activity');
    expect(activity.groups[0].curve).toMatchObject({ times: [0, 20, 181], events: [1, 1, 0] });
    expect(activity.oneTimeBuyers).toMatchObject({ stepTime: 0, stepEvents: 1, stepAtRisk: 3, stepOneTime: 1 });
  });
});
