/**
 * The value-versus-risk quadrant's sources and refusals: the producing analysis run here when it
 * has not run (and stamped), reused when it has, and run again for another model; a risk that is
 * not a probability; the call list written for a quadrant's rows only; each refusal a coded issue.
 */
import { describe, expect, it } from 'vitest';
import type { Issue, Result } from '../../../src/engine/api.ts';
import { cdnow, rolesOf, telco, value } from './analysisFixtures.ts';

const codes = (r: Result<unknown>) => (r.ok ? [] : r.issues.map((i: Issue) => i.code));

describe('value-risk-quadrant sources', () => {
  it('CDNOW: 1 − P(alive) and CLV come from one CLV fit run here on all the data, equal to CLV run on its own', async () => {
    const { engine, id } = await cdnow();
    const r = value(
      engine.analyze(id, 'value-risk-quadrant', { risk: { source: 'p-alive' }, value: { source: 'clv' } }),
    );
    expect(r.sources.risk).toMatchObject({ column: 'p_alive', complement: true, producer: { ranHere: true } });
    expect(r.sources.value).toMatchObject({
      column: 'clv',
      producer: { kind: 'customer-lifetime-value', ranHere: true },
    });
    const asOf = r.stamp.asOf;
    expect((r.sources.value.producer!.options as { calibrationEnd: string }).calibrationEnd).toBe(asOf);
    // The same fit asked for directly: 1 − p_alive and clv agree exactly (same arithmetic).
    const clv = value(engine.analyze(id, 'customer-lifetime-value', { calibrationEnd: asOf }));
    clv.perCustomer.pAlive.forEach((p, i) => expect(r.perCustomer.risk[i]).toBe(1 - p));
    expect(Array.from(r.perCustomer.value)).toEqual(Array.from(clv.perCustomer.clv));
    // README: the sample holds 2,357 customers, all placed.
    expect(r.placed).toBe(2357);
    expect(r.riskIsProbability).toBe(true);
    // The median cut: over half of CDNOW's customers have 1 − P(alive) exactly 0, so "≥ the
    // median (0)" would make every customer high risk; the cut is the lowest risk above 0, and
    // the high-risk quadrants hold the customers with a risk above 0, counted here from the fit.
    const sure = clv.perCustomer.pAlive.filter((p) => p === 1).length;
    expect(sure).toBeGreaterThan(2357 / 2);
    expect(r.thresholds.risk).toBe(Math.min(...Array.from(r.perCustomer.risk).filter((x) => x > 0)));
    expect(r.quadrants[0].customers + r.quadrants[3].customers).toBe(2357 - sure);
    // Those customers are reported, with how many of them churned (counted from the customer table).
    expect(r.aliveByAssumption?.customers).toBe(sure);
    const churnedSure = clv.perCustomer.pAlive.filter((p, i) => p === 1 && r.perCustomer.churned[i] === 1).length;
    expect(r.aliveByAssumption?.churned).toBe(churnedSure);
  });

  it('Telco: a model that ran reads back; another model runs again; no model named reads what ran', async () => {
    const { engine, id } = await telco();
    value(engine.analyze(id, 'risk-model', { model: 'tree' }));
    const tree = value(engine.analyze(id, 'value-risk-quadrant', { risk: { source: 'model' } }));
    expect(tree.sources.risk.producer).toMatchObject({ ranHere: false, options: { model: 'tree' } });
    const logistic = value(engine.analyze(id, 'value-risk-quadrant', { risk: { source: 'model', model: 'logistic' } }));
    expect(logistic.sources.risk.producer).toMatchObject({ ranHere: true, options: { model: 'logistic' } });
    const again = value(engine.analyze(id, 'value-risk-quadrant', { risk: { source: 'model', model: 'logistic' } }));
    expect(again.sources.risk.producer).toMatchObject({ ranHere: false, options: { model: 'logistic' } });
    expect(Array.from(again.perCustomer.risk)).toEqual(Array.from(logistic.perCustomer.risk));
  });

  it('Telco: MonthlyCharges as risk is no probability: no revenue at risk and no expected_loss column', async () => {
    const { engine, id } = await telco();
    const r = value(
      engine.analyze(id, 'value-risk-quadrant', {
        risk: { source: 'column', column: 'MonthlyCharges' },
        value: { source: 'column', column: 'TotalCharges' },
      }),
    );
    expect(r.riskIsProbability).toBe(false);
    expect(r.quadrants.map((q) => q.revenueAtRisk)).toEqual([null, null, null, null]);
    const csv = new TextDecoder().decode(value(engine.exportCustomerTable(id, 'csv'))).replace(/^\uFEFF/, '');
    const header = csv.split(/\r?\n/)[0].split(',');
    expect(header.slice(0, 4)).toEqual(['customer_id', 'quadrant', 'quadrant_risk', 'quadrant_value']);
    expect(header).not.toContain('expected_loss');
  });

  it('Telco: the call list of a quadrant holds its customers only, with expected_loss = value × risk', async () => {
    const { engine, id } = await telco();
    const r = value(engine.analyze(id, 'value-risk-quadrant', { value: { source: 'historical' } }));
    const rows = Int32Array.from(
      Array.from(r.perCustomer.quadrant.keys()).filter((i) => r.perCustomer.quadrant[i] === 0),
    );
    const text = new TextDecoder().decode(value(engine.exportCustomerTable(id, 'csv', {}, rows)));
    const lines = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n\r?\n/)[0]
      .split(/\r?\n/);
    const header = lines[0].split(',');
    const at = (name: string) => header.indexOf(name);
    const body = lines.slice(1).map((l) => l.split(','));
    expect(body).toHaveLength(r.quadrants[0].customers);
    for (const [k, row] of body.entries()) {
      expect(row[at('customer_id')]).toBe(r.perCustomer.ids[rows[k]]);
      expect(row[at('quadrant')]).toBe('retain-now');
      // expected_loss is money, written to the cent.
      const loss = Number(row[at('quadrant_value')]) * Number(row[at('quadrant_risk')]);
      expect(Math.abs(Number(row[at('expected_loss')]) - loss)).toBeLessThanOrEqual(0.005 + 1e-9 * Math.abs(loss));
    }
  });

  it('CDNOW with an at-risk band: its customers are the high-risk ones, churned customers are not placed', async () => {
    const { engine, id, summary } = await cdnow();
    value(
      engine.buildCustomerTable(id, {
        roles: rolesOf(summary, { column_2: 'ignore' }),
        definition: { kind: 'inactivity', days: 180, atRiskDays: 90 },
      }),
    );
    const kpis = value(engine.analyze(id, 'churn-kpis', {}));
    const r = value(
      engine.analyze(id, 'value-risk-quadrant', { risk: { source: 'at-risk' }, riskThreshold: { rule: 'median' } }),
    );
    expect(r.thresholds.risk).toBe(1);
    expect(r.riskIsProbability).toBe(false);
    // The churn KPIs' own count of customers at risk: the two high-risk quadrants hold exactly them.
    expect(r.quadrants[0].customers + r.quadrants[3].customers).toBe(kpis.atRisk);
    expect(r.noRisk).toBe(kpis.churned);
  });

  it('CDNOW with early warnings: the customers one rule fires for are the high-risk ones, as the warning list names them', async () => {
    const { engine, id } = await cdnow();
    const rules = [{ kind: 'overdue' as const, factor: 2 }];
    const list = value(engine.analyze(id, 'early-warnings', { rules }));
    const r = value(
      engine.analyze(id, 'value-risk-quadrant', {
        risk: { source: 'warnings', rules },
        riskThreshold: { rule: 'median' },
      }),
    );
    expect(r.thresholds.risk).toBe(1);
    expect(r.riskIsProbability).toBe(false);
    expect(r.sources.risk.producer).toMatchObject({ kind: 'early-warnings', ranHere: true });
    const high = new Set(
      r.perCustomer.ids.filter((_, i) => r.perCustomer.quadrant[i] === 0 || r.perCustomer.quadrant[i] === 3),
    );
    expect(high).toEqual(new Set(list.flagged.map((f) => f.customerId)));
  });

  it('refusals: pareto risk, top-share value, three names, an unknown column, a value score never made, CLV on a snapshot', async () => {
    const { engine, id } = await telco();
    const ask = (o: object) => codes(engine.analyze(id, 'value-risk-quadrant', o));
    expect(ask({ risk: { source: 'column', column: 'MonthlyCharges' }, riskThreshold: { rule: 'pareto' } })).toEqual([
      'quadrant-options',
    ]);
    expect(
      ask({ risk: { source: 'column', column: 'MonthlyCharges' }, valueThreshold: { rule: 'top-share', share: 0.2 } }),
    ).toEqual(['quadrant-options']);
    expect(ask({ names: ['a', 'b', 'c'] })).toEqual(['quadrant-options']);
    expect(ask({ risk: { source: 'column', column: 'Nope' } })).toEqual(['unknown-column']);
    expect(ask({ risk: { source: 'column', column: 'Contract' } })).toEqual(['value-score-column']);
    expect(ask({ risk: { source: 'column', column: 'MonthlyCharges' }, value: { source: 'value-score' } })).toEqual([
      'quadrant-source-missing',
    ]);
    expect(ask({ risk: { source: 'p-alive' } })).toEqual(['clv-needs-log']);
  });
});
