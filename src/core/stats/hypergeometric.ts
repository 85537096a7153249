/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) = Σₖ (a)ₖ (b)ₖ / ((c)ₖ k!) zᵏ for 0 ≤ z < 1,
 * summed term by term (Abramowitz & Stegun 15.1.1). Term k + 1 is term k times
 * ρₖ = (a + k)(b + k) z / ((c + k)(k + 1)), which tends to z; once ρ < 1 the rest of the sum is at
 * most term · ρ̄ / (1 − ρ̄) with ρ̄ = max(ρ, z), so it stops when that is below 1e-16 of the sum:
 * O(log ε / log z) terms, hundreds near z = 0.95. Callers pick the Euler form (A&S 15.3.3) whose
 * terms do not first grow (see bgNbd.ts, paretoNbd.ts).
 */

/** Terms summed at most by default; a sum not settled by then is NaN (the caller says so). */
export const HYPERGEOMETRIC_MAX_TERMS = 1_000_000;

export function hypergeometric2F1(
  a: number,
  b: number,
  c: number,
  z: number,
  maxTerms = HYPERGEOMETRIC_MAX_TERMS,
): number {
  if (!(z >= 0 && z < 1) || !(c > 0)) return NaN;
  if (z === 0) return 1;
  let term = 1;
  let sum = 1;
  for (let k = 0; k < maxTerms; k++) {
    const ratio = ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    term *= ratio;
    sum += term;
    if (term === 0) return sum;
    const bound = Math.max(Math.abs(ratio), z);
    if (bound < 1 && Math.abs(term) * bound <= 1e-16 * (1 - bound) * Math.abs(sum)) return sum;
  }
  return NaN;
}
