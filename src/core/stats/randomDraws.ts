/**
 * Draws from common distributions, each driven by a uniform source in [0, 1) (mulberry32 in
 * random.ts), so one seed fixes every draw. Methods: inversion for the exponential and the
 * geometric, Marsaglia's polar method for the normal, Marsaglia & Tsang (2000, ACM TOMS 26(3))
 * for the gamma, the ratio of gammas for the beta, and for the Poisson multiplication of
 * uniforms (Knuth, TAOCP vol. 2 §3.4.1), a large mean taken as a sum of Poissons of mean ≤ 30
 * (exact, and e^−mean stays far from underflow).
 */
export type Uniform = () => number;

/** A uniform in (0, 1): 0 is never returned, so logarithms stay finite. */
const open01 = (u: Uniform): number => {
  let x = u();
  while (x === 0) x = u();
  return x;
};

/** Exponential with the given rate (mean 1 / rate). */
export function exponential(u: Uniform, rate: number): number {
  return -Math.log(open01(u)) / rate;
}

/** Standard normal by the polar method (the second value of each pair is dropped: simpler to seed). */
export function normal(u: Uniform): number {
  for (;;) {
    const x = 2 * u() - 1;
    const y = 2 * u() - 1;
    const s = x * x + y * y;
    if (s > 0 && s < 1) return x * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** Gamma with shape k and scale θ (mean kθ, variance kθ²); shape < 1 by Gamma(k+1)·U^(1/k). */
export function gamma(u: Uniform, shape: number, scale = 1): number {
  if (shape < 1) return gamma(u, shape + 1, scale) * Math.pow(open01(u), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(u);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const w = open01(u);
    if (w < 1 - 0.0331 * x * x * x * x || Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
  }
}

/** Beta(a, b) as X / (X + Y), X ~ Gamma(a), Y ~ Gamma(b). */
export function beta(u: Uniform, a: number, b: number): number {
  const x = gamma(u, a);
  const y = gamma(u, b);
  return x / (x + y);
}

/** Poisson with the given mean. */
export function poisson(u: Uniform, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return poisson(u, 30) + poisson(u, mean - 30);
  const limit = Math.exp(-mean);
  let k = 0;
  let p = u();
  while (p > limit) {
    k++;
    p *= u();
  }
  return k;
}

/** Trials up to and including the first success, success probability p: 1, 2, … (mean 1/p). */
export function geometric(u: Uniform, p: number): number {
  if (p >= 1) return 1;
  return 1 + Math.floor(Math.log(open01(u)) / Math.log1p(-p));
}
