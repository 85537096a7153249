/**
 * The draws' sample moments against the distributions' known ones (mean, variance), on 200,000
 * draws each. Tolerance: 5 standard errors of the sample mean (σ/√n) and of the sample variance
 * (σ²·√((κ − 1)/n), κ the kurtosis), so a correct draw fails about once in 3 million runs and a
 * wrong method (a scale for a rate, a shifted geometric) fails every time.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../src/core/stats/random.ts';
import { beta, exponential, gamma, geometric, normal, poisson } from '../../../src/core/stats/randomDraws.ts';

const N = 200_000;

function moments(draw: () => number): { mean: number; variance: number } {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < N; i++) {
    const x = draw();
    s += x;
    s2 += x * x;
  }
  const mean = s / N;
  return { mean, variance: s2 / N - mean * mean };
}

/** Mean and variance within 5 standard errors; `kurtosis` is the non-excess kurtosis. */
function expectMoments(draw: () => number, mean: number, variance: number, kurtosis: number) {
  const m = moments(draw);
  expect(Math.abs(m.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / N));
  expect(Math.abs(m.variance - variance)).toBeLessThan(5 * variance * Math.sqrt((kurtosis - 1) / N));
}

describe('random draws', () => {
  it('normal: mean 0, variance 1 (kurtosis 3)', () => {
    const u = mulberry32(1);
    expectMoments(() => normal(u), 0, 1, 3);
  });
  it('exponential(rate 2.5): mean 0.4, variance 0.16 (kurtosis 9)', () => {
    const u = mulberry32(2);
    expectMoments(() => exponential(u, 2.5), 0.4, 0.16, 9);
  });
  it.each([
    [0.243, 1 / 4.414],
    [3.2, 2],
    [6.25, 1],
  ])('gamma(shape %f, scale %f): mean kθ, variance kθ², kurtosis 3 + 6/k', (k, theta) => {
    const u = mulberry32(3);
    expectMoments(() => gamma(u, k, theta), k * theta, k * theta * theta, 3 + 6 / k);
  });
  it.each([
    [0.793, 2.426],
    [2, 5],
  ])('beta(%f, %f): mean a/(a+b), variance ab/((a+b)²(a+b+1))', (a, b) => {
    const u = mulberry32(4);
    const s = a + b;
    const excess = (6 * ((a - b) ** 2 * (s + 1) - a * b * (s + 2))) / (a * b * (s + 2) * (s + 3));
    expectMoments(() => beta(u, a, b), a / s, (a * b) / (s * s * (s + 1)), 3 + excess);
  });
  it.each([0.7, 12, 75])('poisson(%f): mean = variance = λ (kurtosis 3 + 1/λ)', (lambda) => {
    const u = mulberry32(5);
    expectMoments(() => poisson(u, lambda), lambda, lambda, 3 + 1 / lambda);
  });
  it.each([0.3, 0.05])('geometric(%f) on 1, 2, …: mean 1/p, variance (1−p)/p²', (p) => {
    const u = mulberry32(6);
    const excess = 6 + (p * p) / (1 - p);
    expectMoments(() => geometric(u, p), 1 / p, (1 - p) / (p * p), 3 + excess);
  });
  it('the same seed gives the same draws', () => {
    const a = mulberry32(9);
    const b = mulberry32(9);
    expect(Array.from({ length: 50 }, () => gamma(a, 0.5))).toEqual(Array.from({ length: 50 }, () => gamma(b, 0.5)));
  });
});
