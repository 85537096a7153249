/** The retention decision's kernels: type rules, the top-value threshold and the spend, one edge case each. */
import { describe, expect, it } from 'vitest';
import { CHURN_TYPES } from '../../../../src/engine/api.ts';
import { topValueThreshold, typesByRules } from '../../../../src/core/analyses/retention-decision/churnTypeRules.ts';
import { retentionSpend } from '../../../../src/core/analyses/retention-decision/retentionSpend.ts';

const code = (t: (typeof CHURN_TYPES)[number]) => CHURN_TYPES.indexOf(t);
const none = () => false;

describe('topValueThreshold(value, rows, share)', () => {
  it('is the value of the round(n × share)-th highest customer', () => {
    // 10 values, top 20 % = the 2 highest: 9 and 10, so the threshold is 9.
    const v = Float64Array.from({ length: 10 }, (_, i) => i + 1);
    expect(topValueThreshold(v, Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 0.2)).toBe(9);
  });
  it('keeps at least one customer in the top', () => {
    expect(topValueThreshold(Float64Array.from([3, 1]), Int32Array.from([0, 1]), 0.01)).toBe(3);
  });
});

describe('typesByRules(inputs, rules)', () => {
  it('gives the first matching rule’s type, and unknown when none matches', () => {
    const risk = Float64Array.from([0.1, 0.6, 0.6, 0.3]);
    const value = Float64Array.from([5, 100, 1, 5]);
    const rows = Int32Array.from([0, 1, 2, 3]);
    const types = typesByRules({ risk, value, rows, attributeIn: none }, [
      { type: 'natural', riskBelow: 0.2 },
      { type: 'competitor', riskAtLeast: 0.5, valueTop: 0.25 },
      { type: 'disappointed', riskAtLeast: 0.5 },
    ]);
    expect(Array.from(types)).toEqual([code('natural'), code('competitor'), code('disappointed'), code('unknown')]);
  });
  it('reads an attribute condition through attributeIn', () => {
    const types = typesByRules(
      {
        risk: Float64Array.from([0.9, 0.9]),
        value: Float64Array.from([1, 1]),
        rows: Int32Array.from([0, 1]),
        attributeIn: (column, values, row) => column === 'pay' && values.includes('check') && row === 1,
      },
      [{ type: 'involuntary', attribute: { column: 'pay', in: ['check'] } }, { type: 'changed-need' }],
    );
    expect(Array.from(types)).toEqual([code('changed-need'), code('involuntary')]);
  });
});

describe('retentionSpend(inputs, customers)', () => {
  it('nets value × risk × P(save) against the offer cost and ranks only positive nets, highest first', () => {
    // Customer 0: 1000 × 0.5 × 0.4 − 50 = 150; customer 1: 100 × 0.5 × 0.4 − 50 = −30; customer 2: 2000 × 0.25 × 0.4 − 50 = 150 (tie → lower row first); 3 not decided.
    const r = retentionSpend(
      {
        risk: Float64Array.from([0.5, 0.5, 0.25, 0.9]),
        value: Float64Array.from([1000, 100, 2000, 1]),
        rows: Int32Array.from([0, 1, 2]),
        type: Int32Array.from([0, 0, 0]),
        plan: Int32Array.from([0, 0, 0]),
        saveProbability: Float64Array.from([0.4]),
        offerCost: Float64Array.from([50]),
      },
      4,
    );
    expect(Array.from(r.net)).toEqual([150, -30, 150, NaN]);
    expect(Array.from(r.ranked)).toEqual([0, 2]);
    expect([r.byType.customers[0], r.byType.worthSaving[0], r.byType.net[0], r.byType.valueAtRisk[0]]).toEqual([
      3, 2, 300, 1050,
    ]);
  });
});
