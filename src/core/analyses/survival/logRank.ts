import { chiSquareSurvival } from '../../stats/chiSquare.ts';

export interface LogRankTest {
  chi2: number;
  /** Rank of the variance matrix of the groups with expected > 0, less one: g − 1 in the usual case. */
  df: number;
  /** NaN when no test is possible (df = 0: fewer than two groups at risk, or no variance). */
  p: number;
  observed: Float64Array;
  expected: Float64Array;
  /** Subjects left out: time NaN, infinite or negative, or group outside 0..groups − 1. */
  dropped: number;
}

// Relative pivot tolerance of the generalized inverse: R survival's `coxph.control` toler.chol.
const PIVOT_TOLERANCE = Math.pow(Number.EPSILON, 0.75);

/**
 * k-sample log-rank (Mantel–Haenszel) test: at each event time with n at risk and d events,
 * E_g = Σ d n_g / n and V_gh = Σ d (n − d) / (n − 1) · n_g (n δ_gh − n_h) / n²  (Peto & Peto 1972;
 * Klein & Moeschberger 2003, §7.3). χ² = (O − E)ᵀ V⁻ (O − E) over the groups with E > 0 less one,
 * as R `survdiff`; a singular V (which R rejects) is handled by dropping zero pivots.
 */
export function logRankTest(time: Float64Array, event: Uint8Array, group: Int32Array, groups: number): LogRankTest {
  const all = timesByGroup(time, group, groups);
  const died = timesByGroup(time, group, groups, event);
  const observed = new Float64Array(groups);
  const expected = new Float64Array(groups);
  const variance = new Float64Array(groups * groups);
  const atRisk = new Float64Array(groups);
  const deaths = new Float64Array(groups);
  const next = all.start.slice(0, groups);
  const nextDeath = died.start.slice(0, groups);
  // Merge the sorted buckets in time order; group g's number at risk is what is left of its bucket.
  for (;;) {
    let t = Infinity;
    for (let g = 0; g < groups; g++) if (next[g] < all.start[g + 1] && all.sorted[next[g]] < t) t = all.sorted[next[g]];
    if (t === Infinity) break;
    let n = 0;
    let d = 0;
    for (let g = 0; g < groups; g++) {
      atRisk[g] = all.start[g + 1] - next[g];
      n += atRisk[g];
      while (next[g] < all.start[g + 1] && all.sorted[next[g]] === t) next[g]++;
      const first = nextDeath[g];
      while (nextDeath[g] < died.start[g + 1] && died.sorted[nextDeath[g]] === t) nextDeath[g]++;
      deaths[g] = nextDeath[g] - first;
      observed[g] += deaths[g];
      d += deaths[g];
    }
    if (d === 0) continue;
    for (let g = 0; g < groups; g++) expected[g] += (d * atRisk[g]) / n;
    if (n < 2) continue;
    const scale = (d * (n - d)) / ((n - 1) * n * n);
    for (let g = 0; g < groups; g++) {
      if (atRisk[g] === 0) continue;
      for (let h = 0; h < groups; h++) {
        variance[g * groups + h] += scale * atRisk[g] * ((g === h ? n : 0) - atRisk[h]);
      }
    }
  }
  const dropped = time.length - all.sorted.length;
  const kept: number[] = [];
  for (let g = 0; g < groups; g++) if (expected[g] > 0) kept.push(g);
  const { chi2, rank } = quadraticForm(kept.slice(1), observed, expected, variance, groups);
  return { chi2, df: rank, p: rank > 0 ? chiSquareSurvival(chi2, rank) : NaN, observed, expected, dropped };
}

/**
 * Valid times (finite, ≥ 0, group in 0..groups − 1, keep[i] ≠ 0 when given) bucketed by group with a
 * counting sort, each bucket sorted ascending: sorted[start[g] .. start[g + 1]) holds group g.
 */
function timesByGroup(time: Float64Array, group: Int32Array, groups: number, keep?: Uint8Array) {
  const kept = (i: number) =>
    time[i] >= 0 && time[i] < Infinity && group[i] >= 0 && group[i] < groups && (!keep || keep[i]);
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < time.length; i++) if (kept(i)) start[group[i] + 1]++;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const next = start.slice(0, groups);
  const sorted = new Float64Array(start[groups]);
  for (let i = 0; i < time.length; i++) if (kept(i)) sorted[next[group[i]]++] = time[i];
  for (let g = 0; g < groups; g++) sorted.subarray(start[g], start[g + 1]).sort();
  return { sorted, start };
}

/**
 * zᵀ V⁻ z for z = O − E on the chosen groups, by symmetric Gaussian elimination (LDLᵀ) without
 * pivoting, valid for a positive semidefinite V; a pivot below tolerance marks a direction with no
 * variance and is skipped, as survival's `cholesky2` does, so the rank comes out with it.
 */
function quadraticForm(
  rows: number[],
  observed: Float64Array,
  expected: Float64Array,
  variance: Float64Array,
  groups: number,
): { chi2: number; rank: number } {
  const m = rows.length;
  const a = new Float64Array(m * m);
  const z = new Float64Array(m);
  let largest = 0;
  for (let i = 0; i < m; i++) {
    z[i] = observed[rows[i]] - expected[rows[i]];
    for (let j = 0; j < m; j++) a[i * m + j] = variance[rows[i] * groups + rows[j]];
    largest = Math.max(largest, a[i * m + i]);
  }
  let chi2 = 0;
  let rank = 0;
  for (let i = 0; i < m; i++) {
    const pivot = a[i * m + i];
    if (!(pivot > PIVOT_TOLERANCE * largest)) continue;
    rank++;
    chi2 += (z[i] * z[i]) / pivot;
    for (let j = i + 1; j < m; j++) {
      const f = a[j * m + i] / pivot;
      z[j] -= f * z[i];
      for (let c = i + 1; c < m; c++) a[j * m + c] -= f * a[i * m + c];
    }
  }
  return { chi2, rank };
}
