/**
 * Mutual information with churn on Telco, against scikit-learn's mutual_info_score on the same
 * codes (tests/fixtures/churn-drivers/make_reference.py): text columns by value, numbers cut
 * into 5 quantile bins by numericBins.ts, a missing value its own code.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mutualInformation } from '../../../../src/core/analyses/churn-drivers/mutualInformation.ts';
import { binCodes, quantileEdges } from '../../../../src/core/analyses/churn-by-attribute/numericBins.ts';
import { telcoChurn, telcoCodes, telcoColumns } from '../risk-model/telcoColumns.ts';

const reference = JSON.parse(readFileSync(resolve(__dirname, '../../../fixtures/churn-drivers/reference.json'), 'utf8'))
  .telco.mi as {
  churnEntropyNats: number;
  features: Record<string, { binned: boolean; edges?: number[]; nats: number }>;
};

function codesOf(name: string, binned: boolean): { codes: Int32Array; levels: number; edges?: number[] } {
  if (!binned) {
    const { codes, labels } = telcoCodes(name);
    return { codes, levels: labels.length };
  }
  const values = Float64Array.from(telcoColumns().get(name)!, (v) => (v.trim() === '' ? NaN : Number(v)));
  const edges = quantileEdges(values, 5);
  return { codes: binCodes(values, edges), levels: edges.length - 1, edges };
}

describe('mutualInformation', () => {
  const y = telcoChurn();
  for (const [name, ref] of Object.entries(reference.features))
    it(`equals sklearn's mutual_info_score for Telco ${name}`, () => {
      const { codes, levels, edges } = codesOf(name, ref.binned);
      // The bins are the reference's own (numpy linear quantiles): same edges to 1e-9.
      if (edges) edges.forEach((e, k) => expect(e).toBeCloseTo(ref.edges![k], 9));
      const mi = mutualInformation(codes, levels, y);
      // Same contingency table, same formula in double precision: 1e-12 nats.
      expect(Math.abs(mi.nats - ref.nats)).toBeLessThan(1e-12);
      expect(mi.bits).toBeCloseTo(ref.nats / Math.LN2, 12);
      // Normalised by H(churn) = mutual_info_score(y, y): 1e-12.
      expect(Math.abs(mi.normalised - ref.nats / reference.churnEntropyNats)).toBeLessThan(1e-12);
    });

  it('ranks Contract first and gender last on Telco, as the reference does', () => {
    const ranked = Object.entries(reference.features).sort((a, b) => b[1].nats - a[1].nats);
    const ours = Object.entries(reference.features)
      .map(([name, ref]) => {
        const { codes, levels } = codesOf(name, ref.binned);
        return [name, mutualInformation(codes, levels, y).nats] as const;
      })
      .sort((a, b) => b[1] - a[1]);
    expect(ours.map((o) => o[0])).toEqual(ranked.map((r) => r[0]));
    expect(ours[0][0]).toBe('Contract');
  });

  it('is zero for a feature independent of churn by construction, and H(Y) for churn itself', () => {
    // Two categories with the same churn rate (2 of 4 each): no information, exactly.
    const codes = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1]);
    const churned = Uint8Array.from([1, 0, 1, 0, 0, 1, 0, 1]);
    expect(mutualInformation(codes, 2, churned).nats).toBe(0);
    // The flag as its own feature: I = H(Y) = 1 bit for a 50 % rate, normalised 1.
    const self = mutualInformation(Int32Array.from(churned), 2, churned);
    expect(self.bits).toBeCloseTo(1, 14);
    expect(self.normalised).toBeCloseTo(1, 14);
  });

  it('counts missing values as a category of their own', () => {
    // Every missing value churned, every present one stayed: knowing "missing" is knowing churn.
    const codes = Int32Array.from([-1, -1, 0, 0]);
    const churned = Uint8Array.from([1, 1, 0, 0]);
    expect(mutualInformation(codes, 1, churned).bits).toBeCloseTo(1, 14);
  });

  it('gives a NaN share when no one churned', () => {
    const mi = mutualInformation(Int32Array.from([0, 1]), 2, Uint8Array.from([0, 0]));
    expect(mi.nats).toBe(0);
    expect(mi.normalised).toBeNaN();
  });
});
