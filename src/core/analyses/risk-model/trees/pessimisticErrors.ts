/**
 * C4.5's pessimistic error estimate (Quinlan 1993, §4.2): a leaf that misclassifies E of the N
 * training cases it holds is charged N · U_CF(E, N) errors, U_CF the upper limit of a binomial
 * confidence interval for its error rate at confidence CF (25 % by default). This is C4.5's own
 * computation (stats.c, `AddErrs`): exact for E = 0, interpolated for 0 < E < 1, and above that
 * the normal approximation with a continuity correction, its z interpolated from the table C4.5
 * took from the Documenta Geigy Scientific Tables. It reproduces the book's figures, e.g.
 * U_25%(0, 6) = 0.206 and U_25%(1, 16) = 0.157 (the exact binomial gives 0.160 for the latter).
 */

const CONFIDENCE = [0, 0.001, 0.005, 0.01, 0.05, 0.1, 0.2, 0.4, 1];
const DEVIATION = [4, 3.09, 2.58, 2.33, 1.65, 1.28, 0.84, 0.25, 0];

/** z² for confidence `cf`, interpolated in C4.5's table. */
function squaredDeviation(cf: number): number {
  let i = 1;
  while (i < CONFIDENCE.length - 1 && cf > CONFIDENCE[i]) i++;
  const z =
    DEVIATION[i - 1] +
    ((DEVIATION[i] - DEVIATION[i - 1]) * (cf - CONFIDENCE[i - 1])) / (CONFIDENCE[i] - CONFIDENCE[i - 1]);
  return z * z;
}

/** Errors to add to the E observed among N cases: N · U_CF(E, N) − E. */
export function extraErrors(n: number, e: number, cf = 0.25): number {
  if (!(n > 0)) return 0;
  if (e < 1e-6) return n * (1 - Math.exp(Math.log(cf) / n));
  if (e < 0.9999) {
    const none = n * (1 - Math.exp(Math.log(cf) / n));
    return none + e * (extraErrors(n, 1, cf) - none);
  }
  if (e + 0.5 >= n) return 0.67 * (n - e);
  const z2 = squaredDeviation(cf);
  const upper = (e + 0.5 + z2 / 2 + Math.sqrt(z2 * ((e + 0.5) * (1 - (e + 0.5) / n) + z2 / 4))) / (n + z2);
  return n * upper - e;
}

/** U_CF(E, N): the pessimistic error rate of a leaf. */
export function pessimisticErrorRate(n: number, e: number, cf = 0.25): number {
  return n > 0 ? (e + extraErrors(n, e, cf)) / n : 0;
}
