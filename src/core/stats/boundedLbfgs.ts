/**
 * Minimising a smooth f with its gradient inside a box lower ≤ x ≤ upper: limited-memory BFGS
 * (Nocedal & Wright 2006, Numerical Optimization, 2nd ed., Algorithm 7.4, two-loop recursion)
 * on the variables not held at a bound, as L-BFGS-B does (Byrd, Lu, Nocedal & Zhu 1995), with a
 * step truncated at the box and a weak-Wolfe line search by bisection (Lewis & Overton 2013).
 * It stops, as SciPy's L-BFGS-B does, when the projected gradient's largest entry is at most
 * `gradientTolerance` ("gradient") or when f falls by at most `functionTolerance` relative to
 * max(|f|, 1) over one iteration, or no step lowers it by more than rounding ("function");
 * otherwise it says why it stopped.
 */

export interface BoundedOptions {
  lower: ArrayLike<number>;
  upper: ArrayLike<number>;
  maxIterations?: number;
  gradientTolerance?: number;
  functionTolerance?: number;
  /** Correction pairs kept (L-BFGS-B's m). */
  memory?: number;
}

export type StopReason = 'gradient' | 'function' | 'max-iterations' | 'line-search' | 'not-finite';

export interface BoundedMinimum {
  x: Float64Array;
  fx: number;
  gradient: Float64Array;
  iterations: number;
  evaluations: number;
  converged: boolean;
  reason: StopReason;
  /** Per variable: −1 held at its lower bound, 1 at its upper bound, 0 inside. */
  atBound: Int8Array;
}

/** f(x), writing ∇f(x) into `gradient`. A non-finite value means "outside where f is defined". */
export type ValueAndGradient = (x: Float64Array, gradient: Float64Array) => number;

const C1 = 1e-4;
const C2 = 0.9;

function boundState(x: Float64Array, g: Float64Array, lower: ArrayLike<number>, upper: ArrayLike<number>) {
  const state = new Int8Array(x.length);
  for (let i = 0; i < x.length; i++) {
    if (x[i] <= lower[i] && g[i] > 0) state[i] = -1;
    else if (x[i] >= upper[i] && g[i] < 0) state[i] = 1;
  }
  return state;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};

/** −H·g by the two-loop recursion over the stored pairs, on the free variables only. */
function direction(g: Float64Array, held: Int8Array, s: Float64Array[], y: Float64Array[]): Float64Array {
  const q = Float64Array.from(g, (v, i) => (held[i] ? 0 : v));
  const k = s.length;
  const alpha = new Float64Array(k);
  const rho = new Float64Array(k);
  for (let j = k - 1; j >= 0; j--) {
    rho[j] = 1 / dot(y[j], s[j]);
    alpha[j] = rho[j] * dot(s[j], q);
    for (let i = 0; i < q.length; i++) q[i] -= alpha[j] * y[j][i];
  }
  if (k > 0) {
    const gamma = dot(s[k - 1], y[k - 1]) / dot(y[k - 1], y[k - 1]);
    for (let i = 0; i < q.length; i++) q[i] *= gamma;
  }
  for (let j = 0; j < k; j++) {
    const beta = rho[j] * dot(y[j], q);
    for (let i = 0; i < q.length; i++) q[i] += s[j][i] * (alpha[j] - beta);
  }
  for (let i = 0; i < q.length; i++) q[i] = held[i] ? 0 : -q[i];
  return q;
}

export function minimiseBounded(fg: ValueAndGradient, x0: ArrayLike<number>, options: BoundedOptions): BoundedMinimum {
  const {
    lower,
    upper,
    maxIterations = 1000,
    gradientTolerance = 1e-8,
    functionTolerance = 1e-15,
    memory = 10,
  } = options;
  const n = x0.length;
  const x = Float64Array.from(x0, (v, i) => Math.min(upper[i], Math.max(lower[i], v)));
  const g = new Float64Array(n);
  let fx = fg(x, g);
  let evaluations = 1;
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const done = (reason: StopReason, iterations: number): BoundedMinimum => ({
    x,
    fx,
    gradient: g,
    iterations,
    evaluations,
    converged: reason === 'gradient' || reason === 'function',
    reason,
    atBound: Int8Array.from(x, (v, i) => (v <= lower[i] ? -1 : v >= upper[i] ? 1 : 0)),
  });
  if (!Number.isFinite(fx)) return done('not-finite', 0);
  const xt = new Float64Array(n);
  const gt = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const held = boundState(x, g, lower, upper);
    let projected = 0;
    for (let i = 0; i < n; i++) if (!held[i]) projected = Math.max(projected, Math.abs(g[i]));
    if (projected <= gradientTolerance) return done('gradient', iteration);
    let d = direction(g, held, s, y);
    let slope = dot(g, d);
    if (!(slope < 0)) {
      s.length = y.length = 0;
      d = direction(g, held, s, y);
      slope = dot(g, d);
    }
    // The longest step that stays in the box.
    let maxStep = Infinity;
    for (let i = 0; i < n; i++) {
      if (d[i] < 0) maxStep = Math.min(maxStep, (lower[i] - x[i]) / d[i]);
      else if (d[i] > 0) maxStep = Math.min(maxStep, (upper[i] - x[i]) / d[i]);
    }
    // The first step of steepest descent is scaled to move about one unit, as L-BFGS-B's is.
    let t = Math.min(maxStep, s.length === 0 ? 1 / Math.max(1, Math.sqrt(dot(d, d))) : 1);
    let low = 0;
    let high = Infinity;
    let ft = NaN;
    let accepted = false;
    let dMax = 0;
    let xMax = 0;
    for (let i = 0; i < n; i++) {
      dMax = Math.max(dMax, Math.abs(d[i]));
      xMax = Math.max(xMax, Math.abs(x[i]));
    }
    // Near a minimum (a gradient within 1000 × the tolerance), a trial that fails the sufficient
    // decrease by no more than rounding (1e-10 of f: a sum over many customers) ends the search: f
    // cannot be lowered at working precision.
    const noise = 1e-10 * Math.max(1, Math.abs(fx));
    const nearMinimum = projected <= 1000 * gradientTolerance;
    for (let trial = 0; trial < 60; trial++) {
      for (let i = 0; i < n; i++) xt[i] = Math.min(upper[i], Math.max(lower[i], x[i] + t * d[i]));
      ft = fg(xt, gt);
      evaluations++;
      if (nearMinimum && Number.isFinite(ft) && ft > fx + C1 * t * slope && ft - fx <= noise)
        return done('function', iteration);
      if (!Number.isFinite(ft) || ft > fx + C1 * t * slope) high = t;
      else if (dot(gt, d) < C2 * slope && t < maxStep) low = t;
      else {
        accepted = true;
        break;
      }
      t = high < Infinity ? (low + high) / 2 : Math.min(2 * low, maxStep);
      // A step that no longer moves x.
      if ((high - low) * dMax <= 1e-15 * (1 + xMax)) break;
    }
    // Sufficient decrease without curvature after the bisection: take the best point found.
    if (!accepted && low > 0) {
      for (let i = 0; i < n; i++) xt[i] = Math.min(upper[i], Math.max(lower[i], x[i] + low * d[i]));
      ft = fg(xt, gt);
      evaluations++;
      accepted = Number.isFinite(ft) && ft <= fx;
    }
    if (!accepted) {
      if (s.length === 0) return done('line-search', iteration);
      s.length = y.length = 0;
      continue;
    }
    const sk = Float64Array.from(xt, (v, i) => v - x[i]);
    const yk = Float64Array.from(gt, (v, i) => v - g[i]);
    if (dot(sk, yk) > 1e-10 * dot(yk, yk)) {
      s.push(sk);
      y.push(yk);
      if (s.length > memory) {
        s.shift();
        y.shift();
      }
    }
    const previous = fx;
    x.set(xt);
    g.set(gt);
    fx = ft;
    if (previous - fx <= functionTolerance * Math.max(Math.abs(previous), Math.abs(fx), 1))
      return done('function', iteration + 1);
  }
  return done('max-iterations', maxIterations);
}
