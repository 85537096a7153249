/**
 * RFM through the engine on R rfm's own orders file: every customer's recency, orders, revenue
 * and scores equal the package's (make_r_reference.R), the README map's segments and their
 * published summary, the per-customer columns join the customer table, and bad options come
 * back as issues.
 */
import { describe, expect, it } from 'vitest';
import { RFM_SCORE_MAPS, type EngineApi } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { sharedData, sourceFile } from '../../sharedData.ts';
import { R_REFERENCE as R } from '../../core/analyses/rfm/rRfmReference.ts';
import { rolesOf, telco, value } from './analysisFixtures.ts';

const ORDERS = sharedData('rfm-r-package', 'rfm_data_orders.csv');

/** The customer table's ids in its row order, from its CSV (the ids hold no comma; the stamp follows the rows). */
function tableIds(engine: EngineApi, id: string): string[] {
  const customers = value(engine.analyze(id, 'churn-kpis', {})).customers;
  const csv = new TextDecoder().decode(value(engine.exportCustomerTable(id, 'csv')));
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  return lines.slice(1, 1 + customers).map((line) => line.slice(0, line.indexOf(',')));
}

async function rfmOrders(): Promise<{ engine: EngineApi; id: string }> {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(ORDERS)]));
  value(
    engine.buildCustomerTable(s.id, {
      roles: rolesOf(s),
      definition: { kind: 'inactivity', days: 180 },
      asOf: '2006-12-31',
    }),
  );
  return { engine, id: s.id };
}

describe("analyze(id, 'rfm') on rfm_data_orders.csv, as of 2006-12-31", () => {
  it('gives every customer the recency, orders, revenue and R, F, M scores of R rfm', async () => {
    const { engine, id } = await rfmOrders();
    const v = value(engine.analyze(id, 'rfm', {}));
    const order = tableIds(engine, id);
    expect(v.customers).toBe(995);
    const p = v.perCustomer;
    const ref = R.schemes[0];
    for (let c = 0; c < v.customers; c++) {
      const k = R.customers.indexOf(order[c]);
      // Days, counts, whole-dollar sums and scores: exact. Orders are rows here (no invoice column), as R's n().
      expect([p.recencyDays[c], p.frequency[c], p.monetary[c], p.r[c], p.f[c], p.m[c]], order[c]).toEqual([
        R.recencyDays[k],
        R.orders[k],
        R.revenue[k],
        ref.r[k],
        ref.f[k],
        ref.m[k],
      ]);
      expect(v.segments[p.segment[c]].code).toBe(ref.segmentReadme![k]);
    }
    expect(v.definition.breaks).toEqual(ref.breaks);
    expect(v.definition.orders).toEqual({ counted: 'rows' });
  });

  it('summarises the README segments as the published rfm_segment_summary, with share, churn and its interval', async () => {
    const { engine, id } = await rfmOrders();
    const v = value(engine.analyze(id, 'rfm', {}));
    const by = Object.fromEntries(v.segments.map((s) => [s.code, s]));
    // rfm_segment_summary (rfm 0.3.0 reference page): customers and revenue, exact.
    expect([by.champions.customers, by.champions.value]).toEqual([35, 31646]);
    expect([by['potential-loyalist'].customers, by['potential-loyalist'].value]).toEqual([342, 204856]);
    expect([by.lost.customers, by.others.customers]).toEqual([148, 0]);
    const revenue = R.revenue.reduce((a, b) => a + b, 0);
    // Shares are ratios of the exact counts and sums: to 1e-12.
    expect(by.loyal.share).toBeCloseTo(170 / 995, 12);
    expect(by.loyal.valueShare).toBeCloseTo(76562 / revenue, 12);
    for (const s of v.segments) {
      if (s.customers === 0) continue;
      expect(s.churnLow).toBeLessThanOrEqual(s.churnRate);
      expect(s.churnHigh).toBeGreaterThanOrEqual(s.churnRate);
    }
    // Churned = more than 180 days since the last purchase; R scores 5 hold recency < 115 days: none churned.
    expect(by.champions.churned).toBe(0);
  });

  it('adds recency_days … segment to the customer table, right after the id', async () => {
    const { engine, id } = await rfmOrders();
    value(engine.analyze(id, 'rfm', {}));
    const csv = new TextDecoder().decode(value(engine.exportCustomerTable(id, 'csv'))).replace(/^\uFEFF/, '');
    const lines = csv.split(/\r?\n/);
    expect(lines[0].split(',').slice(0, 8)).toEqual([
      'customer_id',
      'recency_days',
      'rfm_frequency',
      'rfm_monetary',
      'r_score',
      'f_score',
      'm_score',
      'segment',
    ]);
    // The README's first row: Abbey O'Reilly 205 days, 6 orders, 472, scores 3 4 3, Potential loyalist.
    const abbey = lines.find((line) => line.startsWith("Abbey O'Reilly,"))!;
    expect(abbey.split(',').slice(0, 8)).toEqual([
      "Abbey O'Reilly",
      '205',
      '6',
      '472',
      '3',
      '4',
      '3',
      'potential-loyalist',
    ]);
  });

  it('scores the eight classes with 2 = above the mean and names a customer with no rule Others', async () => {
    const { engine, id } = await rfmOrders();
    const v = value(engine.analyze(id, 'rfm', { scheme: 'mean8' }));
    expect(v.segments.map((s) => s.code)).toEqual([
      'important-value',
      'important-development',
      'important-retention',
      'important-winback',
      'general-value',
      'general-development',
      'general-retention',
      'general-winback',
    ]);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // The cuts are the plain means of R's recency, orders and revenue: to 1e-9.
    expect(v.definition.thresholds!.recency).toBeCloseTo(mean(R.recencyDays), 9);
    expect(v.definition.thresholds!.frequency).toBeCloseTo(mean(R.orders), 9);
    expect(v.grid.levels).toBe(2);
    const narrow = value(
      engine.analyze(id, 'rfm', {
        scoreMap: { scale: 5, rules: [{ code: 'best', name: 'Best', r: [5, 5], f: [5, 5], m: [5, 5] }] },
      }),
    );
    expect(narrow.segments.map((s) => [s.code, s.name, s.customers])).toEqual([
      ['best', 'Best', 35],
      ['others', undefined, 960],
    ]);
  });

  it('refuses bins outside 2…9, a broken score map and a comparison date not before the as-of date', async () => {
    const { engine, id } = await rfmOrders();
    const code = (r: ReturnType<EngineApi['analyze']>) => (!r.ok ? r.issues[0].code : 'ok');
    expect(code(engine.analyze(id, 'rfm', { bins: 12 }))).toBe('rfm-bins');
    const broken = { scale: 5, rules: [{ ...RFM_SCORE_MAPS.readme.rules[0], r: [5, 2] as [number, number] }] };
    expect(code(engine.analyze(id, 'rfm', { scoreMap: broken }))).toBe('rfm-score-map');
    expect(code(engine.analyze(id, 'rfm', { compareAsOf: '2007-03-01' }))).toBe('rfm-compare-as-of');
    expect(code(engine.analyze(id, 'rfm', { compareAsOf: '2006-13-01' }))).toBe('invalid-as-of');
  });
});

it("analyze(telco, 'rfm') says it needs dates: a snapshot has no purchases", async () => {
  const { engine, id } = await telco();
  const r = engine.analyze(id, 'rfm', {});
  expect(!r.ok && [r.issues[0].code, r.issues[0].params?.role]).toEqual(['role-missing', 'date']);
});

describe("analyze(id, 'rfm', { compareAsOf }) on rfm_data_orders.csv", () => {
  it('counts moves from the segments of a table built as of the earlier date, by customer id', async () => {
    const { engine, id } = await rfmOrders();
    const v = value(engine.analyze(id, 'rfm', { compareAsOf: '2005-12-31' }));
    // The reference: another engine whose customer table is built as of 2005-12-31 (only activity up to then).
    const other = createEngine();
    const s = value(await other.openDataset([await sourceFile(ORDERS)]));
    value(
      other.buildCustomerTable(s.id, {
        roles: rolesOf(s),
        definition: { kind: 'inactivity', days: 180 },
        asOf: '2005-12-31',
      }),
    );
    const then = value(other.analyze(s.id, 'rfm', {}));
    const thenIds = tableIds(other, s.id);
    const thenCode = new Map(thenIds.map((x, c) => [x, then.segments[then.perCustomer.segment[c]].code]));
    const nowIds = tableIds(engine, id);
    const m = v.migration!;
    const expected = m.from.map(() => m.to.map(() => 0));
    nowIds.forEach((x, c) => {
      const from = m.from.indexOf(thenCode.get(x) ?? 'not-yet');
      expected[from][m.to.indexOf(v.segments[v.perCustomer.segment[c]].code)]++;
    });
    expect(m.counts).toEqual(expected);
    expect(m.earlierCustomers).toBe(then.customers);
    // Customers who first bought in 2006 have no segment then.
    expect(m.counts.at(-1)!.reduce((a, b) => a + b, 0)).toBe(995 - then.customers);
    expect(995 - then.customers).toBeGreaterThan(0);
  });

  it("leaves the dataset's own customer table as it was", async () => {
    const { engine, id } = await rfmOrders();
    const before = tableIds(engine, id);
    value(engine.analyze(id, 'rfm', { compareAsOf: '2005-06-30' }));
    expect(tableIds(engine, id)).toEqual(before);
    const kpis = value(engine.analyze(id, 'churn-kpis', {}));
    expect([kpis.customers, kpis.stamp.asOf]).toEqual([995, '2006-12-31']);
  });
});
