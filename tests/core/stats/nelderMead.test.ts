import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../../src/core/stats/nelderMead.ts';

const rosenbrock = (x: Float64Array) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;

describe('nelderMead', () => {
  it('nelderMead(rosenbrock, [-1.2, 1]) finds the minimum at (1, 1)', () => {
    const { x, fx, converged } = nelderMead(rosenbrock, [-1.2, 1]);
    expect(converged).toBe(true);
    // Rosenbrock (1960): the minimum is f(1, 1) = 0; the brief asks for 1e-6 in each coordinate.
    expect(Math.abs(x[0] - 1)).toBeLessThan(1e-6);
    expect(Math.abs(x[1] - 1)).toBeLessThan(1e-6);
    expect(fx).toBeLessThan(1e-12);
  });
  it('nelderMead(f, x0) minimises a one-dimensional function', () => {
    const { x, converged } = nelderMead((v) => (v[0] - 3) ** 2, [0]);
    expect(converged).toBe(true);
    // Exact minimum at 3; the default xTolerance is 1e-10, so 1e-8 leaves room for the last step.
    expect(x[0]).toBeCloseTo(3, 8);
  });
  it('nelderMead(f, x0) minimises a shifted, scaled quadratic in three dimensions', () => {
    const f = (v: Float64Array) => (v[0] - 1) ** 2 + 10 * (v[1] + 2) ** 2 + 0.1 * (v[2] - 0.5) ** 2;
    const { x } = nelderMead(f, [0, 0, 0], { step: 1 });
    // Exact minimum at (1, −2, 0.5); 1e-6 as for Rosenbrock.
    [1, -2, 0.5].forEach((m, i) => expect(Math.abs(x[i] - m)).toBeLessThan(1e-6));
  });
  it('nelderMead(f, x0) steps back from where f is NaN', () => {
    const { x, converged } = nelderMead((v) => Math.sqrt(v[0]) + 1 / Math.sqrt(v[0]), [5], { step: 10 });
    expect(converged).toBe(true);
    // √x + 1/√x is smallest at x = 1 and NaN for x < 0.
    expect(x[0]).toBeCloseTo(1, 6);
  });
  it('nelderMead(f, x0, {maxIterations}) reports that it stopped short', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(5);
    expect(result.fx).toBeLessThanOrEqual(rosenbrock(Float64Array.of(-1.2, 1)));
  });
  it('nelderMead(f, x0) does not modify x0', () => {
    const x0 = Float64Array.of(-1.2, 1);
    nelderMead(rosenbrock, x0);
    expect(Array.from(x0)).toEqual([-1.2, 1]);
  });
});
