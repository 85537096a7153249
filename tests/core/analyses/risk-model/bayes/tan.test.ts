import { expect, it } from 'vitest';
import fc from 'fast-check';
import { chowLiuTree } from '../../../../../src/core/analyses/risk-model/bayes/chowLiuTree.ts';
import { fitNaiveBayes, naiveBayesChurn } from '../../../../../src/core/analyses/risk-model/bayes/naiveBayes.ts';
import { fitTan, tanChurn } from '../../../../../src/core/analyses/risk-model/bayes/tan.ts';
import { mulberry32 } from '../../../../../src/core/stats/random.ts';

/**
 * Planted dependencies (seed 20240607): churn C; X0 depends on C; X1 copies X0 90 % of the time;
 * X2 copies X1 80 %; X4 copies X0 85 %; X3 depends on C alone. Given C, the chain X2 – X1 – X0 –
 * X4 carries all the dependence; X3 hangs on anywhere.
 */
function planted(n: number, seed = 20240607) {
  const random = mulberry32(seed);
  const pick = (k: number) => Math.floor(random() * k);
  const y = new Uint8Array(n);
  const x = Array.from({ length: 5 }, () => new Int32Array(n));
  for (let i = 0; i < n; i++) {
    y[i] = random() < 0.3 ? 1 : 0;
    x[0][i] = y[i] === 1 ? (random() < 0.6 ? 0 : pick(3)) : pick(3);
    x[1][i] = random() < 0.9 ? x[0][i] : pick(3);
    x[2][i] = random() < 0.8 ? x[1][i] : pick(3);
    x[3][i] = y[i] === 1 ? (random() < 0.5 ? 1 : 0) : random() < 0.2 ? 1 : 0;
    x[4][i] = random() < 0.85 ? x[0][i] : pick(3);
  }
  const levels = [3, 3, 3, 2, 3];
  return { y, features: x.map((codes, f) => ({ codes, levels: levels[f] })) };
}

const edges = (parent: Int32Array) =>
  Array.from(parent)
    .map((p, f) => (p < 0 ? '' : [Math.min(p, f), Math.max(p, f)].join('-')))
    .filter(Boolean)
    .sort();

it('fitTan(planted data) finds the chain X2 – X1 – X0 – X4 and roots the tree at the feature most tied to churn', () => {
  const { y, features } = planted(20_000);
  const model = fitTan(features, y);
  expect(edges(model.parent)).toEqual(expect.arrayContaining(['0-1', '1-2', '0-4']));
  expect(model.parent.filter((p) => p === -1)).toHaveLength(1);
  // X0 and X3 depend on churn directly; X0's copies inherit it: the root is one of X0, X3.
  expect([0, 3]).toContain(model.root);
});

it('tanChurn(…) beats naive Bayes on its own training data when features copy each other', () => {
  // Naive Bayes counts X0's evidence three times over (X0, X1, X2, X4 are near copies); TAN does not.
  const { y, features } = planted(20_000);
  const logLoss = (p: Float64Array) => -p.reduce((s, q, i) => s + Math.log(y[i] === 1 ? q : 1 - q), 0) / p.length;
  const tan = logLoss(tanChurn(fitTan(features, y), features));
  const nb = logLoss(naiveBayesChurn(fitNaiveBayes(features, y), features));
  expect(tan).toBeLessThan(nb);
});

it('chowLiuTree(…) spans every node once, with the largest total weight of all spanning trees (4 nodes, brute force)', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }), (w) => {
      const k = 4;
      const weight = new Float64Array(16);
      const pairs: [number, number][] = [];
      for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) pairs.push([i, j]);
      pairs.forEach(([i, j], e) => {
        weight[i * k + j] = w[e];
        weight[j * k + i] = w[e];
      });
      const parent = chowLiuTree(weight, k, 2);
      expect(parent[2]).toBe(-1);
      let total = 0;
      parent.forEach((p, f) => {
        if (p >= 0) total += weight[p * k + f];
      });
      // Every 3-edge subset that connects 4 nodes is a spanning tree: the best by brute force.
      let best = -Infinity;
      for (let a = 0; a < 6; a++)
        for (let b = a + 1; b < 6; b++)
          for (let c = b + 1; c < 6; c++) {
            const chosen = [pairs[a], pairs[b], pairs[c]];
            const group = [0, 1, 2, 3];
            const find = (v: number): number => (group[v] === v ? v : find(group[v]));
            let ok = true;
            for (const [i, j] of chosen) {
              if (find(i) === find(j)) ok = false;
              group[find(i)] = find(j);
            }
            if (ok) best = Math.max(best, w[a] + w[b] + w[c]);
          }
      expect(total).toBeCloseTo(best, 12);
    }),
    { numRuns: 200 },
  );
});

it('naiveBayesChurn and tanChurn give probabilities in [0, 1] on any codes, missing ones included', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
      const random = mulberry32(seed);
      const n = 100;
      const y = Uint8Array.from({ length: n }, () => (random() < 0.3 ? 1 : 0));
      const features = [3, 2, 4].map((levels) => ({
        codes: Int32Array.from({ length: n }, () => Math.floor(random() * (levels + 1)) - 1),
        levels,
      }));
      for (const p of [
        naiveBayesChurn(fitNaiveBayes(features, y, 0.5), features),
        tanChurn(fitTan(features, y), features),
      ]) {
        for (const q of p) expect(q >= 0 && q <= 1).toBe(true);
      }
    }),
    { numRuns: 50 },
  );
});
