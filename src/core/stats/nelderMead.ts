export interface NelderMeadOptions {
  /** Stop when every vertex's f is within this of the best vertex's f. */
  fTolerance?: number;
  /** …and every vertex is within this of the best vertex in each coordinate. */
  xTolerance?: number;
  maxIterations?: number;
  /** Initial simplex: x0 plus this step along each axis (5 % of |x0_i|, or 0.00025 at 0, if unset). */
  step?: number;
}

export interface NelderMeadResult {
  x: Float64Array;
  fx: number;
  iterations: number;
  converged: boolean;
}

/**
 * Minimises f by the Nelder–Mead simplex (Nelder & Mead 1965) with the standard coefficients of
 * Lagarias et al. (1998), SIAM J. Optim. 9(1): reflection 1, expansion 2, contraction 1/2,
 * shrink 1/2. Convergence requires both tolerances, as SciPy's fatol and xatol do. A non-finite
 * f(x) counts as +Infinity, so the simplex steps back from where f is undefined.
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: ArrayLike<number>,
  { fTolerance = 1e-10, xTolerance = 1e-10, maxIterations = 10_000, step }: NelderMeadOptions = {},
): NelderMeadResult {
  const n = x0.length;
  const value = (x: Float64Array) => {
    const y = f(x);
    return Number.isNaN(y) ? Infinity : y;
  };
  const simplex = Array.from({ length: n + 1 }, (_, i) => {
    const vertex = Float64Array.from(x0);
    if (i > 0) vertex[i - 1] += step ?? (vertex[i - 1] === 0 ? 0.00025 : 0.05 * vertex[i - 1]);
    return vertex;
  });
  const fs = simplex.map(value);
  const order = () => {
    const idx = fs.map((_, i) => i).sort((a, b) => fs[a] - fs[b]);
    const [xs, ys] = [idx.map((i) => simplex[i]), idx.map((i) => fs[i])];
    for (let i = 0; i <= n; i++) [simplex[i], fs[i]] = [xs[i], ys[i]];
  };
  const along = (centroid: Float64Array, worst: Float64Array, t: number) =>
    centroid.map((c, j) => c + t * (c - worst[j]));
  const centroid = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  for (order(); iterations < maxIterations; iterations++, order()) {
    let spreadF = 0;
    let spreadX = 0;
    for (let i = 1; i <= n; i++) {
      spreadF = Math.max(spreadF, Math.abs(fs[i] - fs[0]));
      for (let j = 0; j < n; j++) spreadX = Math.max(spreadX, Math.abs(simplex[i][j] - simplex[0][j]));
    }
    if (spreadF <= fTolerance && spreadX <= xTolerance) {
      converged = true;
      break;
    }
    centroid.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n;
    const worst = simplex[n];
    const reflected = along(centroid, worst, 1);
    const fr = value(reflected);
    if (fr < fs[0]) {
      const expanded = along(centroid, worst, 2);
      const fe = value(expanded);
      [simplex[n], fs[n]] = fe < fr ? [expanded, fe] : [reflected, fr];
    } else if (fr < fs[n - 1]) {
      [simplex[n], fs[n]] = [reflected, fr];
    } else {
      const outside = fr < fs[n];
      const contracted = along(centroid, worst, outside ? 0.5 : -0.5);
      const fc = value(contracted);
      if (fc < (outside ? fr : fs[n])) {
        [simplex[n], fs[n]] = [contracted, fc];
      } else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i].map((v, j) => simplex[0][j] + 0.5 * (v - simplex[0][j]));
          fs[i] = value(simplex[i]);
        }
      }
    }
  }
  return { x: Float64Array.from(simplex[0]), fx: fs[0], iterations, converged };
}
