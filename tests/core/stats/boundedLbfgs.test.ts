import { describe, expect, it } from 'vitest';
import { minimiseBounded } from '../../../src/core/stats/boundedLbfgs.ts';
import { hessianFromGradient, hessianFromValue, inverseSymmetric } from '../../../src/core/stats/numericalHessian.ts';

const rosenbrock = (x: Float64Array, g: Float64Array) => {
  g[0] = -400 * x[0] * (x[1] - x[0] ** 2) - 2 * (1 - x[0]);
  g[1] = 200 * (x[1] - x[0] ** 2);
  return 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;
};
const open = { lower: [-10, -10], upper: [10, 10] };

describe('minimiseBounded', () => {
  it('minimiseBounded(rosenbrock, [-1.2, 1]) finds (1, 1) and says it converged', () => {
    const m = minimiseBounded(rosenbrock, [-1.2, 1], open);
    expect(m.converged).toBe(true);
    // Rosenbrock (1960): minimum f(1, 1) = 0; gradient tolerance 1e-8 puts x within ~1e-7.
    expect(Math.abs(m.x[0] - 1)).toBeLessThan(1e-6);
    expect(Math.abs(m.x[1] - 1)).toBeLessThan(1e-6);
    expect(Array.from(m.atBound)).toEqual([0, 0]);
  });
  it('minimiseBounded(f, x0, box) stops at a bound the minimum lies beyond, and marks it', () => {
    // (x − 3)² + (y + 1)² on [0, 2] × [0, 2]: the box's nearest point is (2, 0).
    const f = (x: Float64Array, g: Float64Array) => {
      g[0] = 2 * (x[0] - 3);
      g[1] = 2 * (x[1] + 1);
      return (x[0] - 3) ** 2 + (x[1] + 1) ** 2;
    };
    const m = minimiseBounded(f, [1, 1], { lower: [0, 0], upper: [2, 2] });
    expect(m.converged).toBe(true);
    expect(Array.from(m.x)).toEqual([2, 0]);
    expect(Array.from(m.atBound)).toEqual([1, -1]);
  });
  it('minimiseBounded(f, x0) clamps a start outside the box', () => {
    const f = (x: Float64Array, g: Float64Array) => ((g[0] = 2 * x[0]), x[0] ** 2);
    const m = minimiseBounded(f, [50], { lower: [1], upper: [5] });
    expect(m.x[0]).toBe(1);
  });
  it('minimiseBounded(f, x0) says why it stopped when f is not finite at the start', () => {
    const m = minimiseBounded(() => NaN, [0], { lower: [-1], upper: [1] });
    expect([m.converged, m.reason]).toEqual([false, 'not-finite']);
  });
  it('minimiseBounded(f, x0, {maxIterations: 2}) says it ran out of iterations', () => {
    const m = minimiseBounded(rosenbrock, [-1.2, 1], { ...open, maxIterations: 2 });
    expect([m.converged, m.reason]).toEqual([false, 'max-iterations']);
  });
});

describe('numerical Hessians', () => {
  // f = x² y + 3 y³ − x: H = [[2y, 2x], [2x, 18y]]; at (1, 2): [[4, 2], [2, 36]].
  const f = (v: Float64Array) => v[0] ** 2 * v[1] + 3 * v[1] ** 3 - v[0];
  const g = (v: Float64Array, out: Float64Array) => {
    out[0] = 2 * v[0] * v[1] - 1;
    out[1] = v[0] ** 2 + 9 * v[1] ** 2;
  };
  it('hessianFromGradient and hessianFromValue match the exact Hessian of a cubic', () => {
    const exact = [
      [4, 2],
      [2, 36],
    ];
    const fromGradient = hessianFromGradient(g, [1, 2]);
    const fromValue = hessianFromValue(f, [1, 2]);
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 2; j++) {
        // Central differences: O(h²) truncation, h = 1e-5 and 1e-4 relative; rounding ~1e-8.
        expect(fromGradient[i][j]).toBeCloseTo(exact[i][j], 6);
        expect(fromValue[i][j]).toBeCloseTo(exact[i][j], 4);
      }
  });
  it('inverseSymmetric inverts a positive-definite matrix and refuses an indefinite one', () => {
    const inv = inverseSymmetric([Float64Array.of(4, 2), Float64Array.of(2, 36)])!;
    // [[4, 2], [2, 36]]⁻¹ = [[36, −2], [−2, 4]] / 140.
    expect(inv[0][0]).toBeCloseTo(36 / 140, 14);
    expect(inv[0][1]).toBeCloseTo(-2 / 140, 14);
    expect(inv[1][1]).toBeCloseTo(4 / 140, 14);
    expect(inverseSymmetric([Float64Array.of(1, 2), Float64Array.of(2, 1)])).toBeNull();
  });
});
