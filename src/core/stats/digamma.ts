/**
 * The digamma function ψ(x) = d/dx log Γ(x), for the analytic gradients of likelihoods written
 * with log Γ. Recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the asymptotic series
 * ψ(x) ≈ ln x − 1/(2x) − Σ B₂ₖ / (2k x²ᵏ) (Abramowitz & Stegun 6.3.18), to k = 6: the first term left out,
 * B₁₄ / (14 x¹⁴), is below 1e-15 for x ≥ 10.
 */
export function digamma(x: number): number {
  if (!(x > 0)) return NaN;
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  // B2/2 = 1/12, B4/4 = −1/120, B6/6 = 1/252, B8/8 = −1/240, B10/10 = 1/132, B12/12 = −691/32760.
  const series =
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760))))));
  return shift + Math.log(x) - 0.5 * inv - series;
}
