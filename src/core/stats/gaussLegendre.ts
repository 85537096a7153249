/**
 * Gauss–Legendre quadrature (Abramowitz & Stegun 25.4.29): ∫₋₁¹ f ≈ Σ wᵢ f(xᵢ) with the n zeros
 * of the Legendre polynomial Pₙ as nodes, exact for polynomials of degree 2n − 1. Nodes by
 * Newton's method from Tricomi's first guess cos(π(i − ¼)/(n + ½)), Pₙ and Pₙ' by the
 * three-term recurrence; weights 2 / ((1 − x²) Pₙ'(x)²) (Press et al., Numerical Recipes, §4.6).
 */
export interface GaussLegendreRule {
  nodes: Float64Array;
  weights: Float64Array;
}

export function gaussLegendre(n: number): GaussLegendreRule {
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      // P₁ when n = 1; the recurrence leaves Pₙ in p1 and Pₙ₋₁ in p0.
      const pn = n === 1 ? x : p1;
      const pm = n === 1 ? 1 : p0;
      derivative = (n * (x * pn - pm)) / (x * x - 1);
      const step = pn / derivative;
      x -= step;
      if (Math.abs(step) <= 1e-16) break;
    }
    nodes[i] = -x;
    nodes[n - 1 - i] = x;
    weights[i] = weights[n - 1 - i] = 2 / ((1 - x * x) * derivative * derivative);
  }
  return { nodes, weights };
}
