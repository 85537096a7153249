/**
 * The one seeded random generator: mulberry32 (Tommy Ettinger), a 32-bit state stepped by a
 * Weyl sequence and mixed. The same seed gives the same sequence on every machine; numbers
 * are in [0, 1). Enough for test data, shuffles and seeded starts, not for cryptography.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
