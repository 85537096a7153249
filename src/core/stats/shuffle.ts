/**
 * Fisher–Yates shuffle in place, drawing from a generator of numbers in [0, 1) — the seeded
 * one of random.ts — so the same seed gives the same order on every machine.
 */
export function shuffleInPlace<T extends Int32Array | Float64Array>(values: T, random: () => number): T {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
  return values;
}
