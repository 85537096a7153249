/**
 * The chi-square distribution's upper tail and its inverse, through the regularized incomplete
 * gamma function: P(X > x) = Q(df / 2, x / 2). Press, Teukolsky, Vetterling & Flannery,
 * Numerical Recipes, 3rd ed. (2007), §6.1 (gammln) and §6.2 (gser series, gcf continued fraction).
 */

const EPS = Number.EPSILON;
// NR3 §6.2: FPMIN is the smallest normal double over EPS.
const FPMIN = 2.2250738585072014e-308 / EPS;
const MAX_ITERATIONS = 100_000;

// Lanczos coefficients of NR3 §6.1 `gammln` (g = 671/128, 14 terms): relative error below 1e-15.
const LANCZOS = [
  57.15623566586292, -59.59796035547549, 14.136097974741746, -0.4919138160976202, 0.00003399464998481189,
  0.00004652362892704858, -0.00009837447530487956, 0.0001580887032249125, -0.00021026444172410488,
  0.00021743961811521265, -0.0001643181065367639, 0.00008441822398385275, -0.000026190838401581408,
  0.0000036899182659531625,
];

/** log Γ(a) for a > 0. */
export function logGamma(a: number): number {
  let y = a;
  const t = a + 5.2421875;
  let series = 0.9999999999999971;
  for (const c of LANCZOS) series += c / ++y;
  return (a + 0.5) * Math.log(t) - t + Math.log((2.5066282746310007 * series) / a);
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x ≥ 0. */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  const prefactor = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    // NR3 gser: P(a, x) = e^-x x^a / Γ(a) · Σ x^n / (a (a+1) … (a+n)); converges fast for x < a + 1.
    let ap = a;
    let term = 1 / a;
    let sum = term;
    for (let i = 0; i < MAX_ITERATIONS && Math.abs(term) >= Math.abs(sum) * EPS; i++) {
      term *= x / ++ap;
      sum += term;
    }
    return 1 - sum * prefactor;
  }
  // NR3 gcf: continued fraction for Q(a, x), evaluated by the modified Lentz method.
  let b = x + 1 - a;
  let c = 1 / FPMIN;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = b + an / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPS) break;
  }
  return prefactor * h;
}

/** P(X > x) for X ~ χ²(df), df > 0; 1 for x ≤ 0, NaN for df ≤ 0 or NaN input. */
export function chiSquareSurvival(x: number, df: number): number {
  return gammaQ(df / 2, x / 2);
}

/**
 * The x with P(X > x) = p for X ~ χ²(df): bisection on the monotone survival function, to the
 * last representable bit. `sqrt(chiSquareQuantile(alpha, 1))` is the two-sided normal quantile z₁₋α/₂.
 */
export function chiSquareQuantile(p: number, df: number): number {
  if (!(df > 0) || !(p >= 0 && p <= 1)) return NaN;
  if (p === 1) return 0;
  if (p === 0) return Infinity;
  let low = 0;
  let high = Math.max(1, df);
  while (chiSquareSurvival(high, df) > p) high *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (low + high) / 2;
    if (mid === low || mid === high) break;
    if (chiSquareSurvival(mid, df) > p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
