/**
 * k-means as scikit-learn's `KMeans(init='k-means++', algorithm='lloyd')` fits it: `restarts`
 * k-means++ seedings, Lloyd from each, the fit with the least inertia kept (the earlier one of
 * equal fits). The seedings draw from one generator seeded with `seed`, so a seed gives the same
 * clusters on every machine.
 */
import { mulberry32 } from '../../stats/random.ts';
import { kmeansPlusPlus } from './kmeansPlusPlus.ts';
import { lloyd, type LloydFit, type LloydOptions } from './lloyd.ts';
import { lloydAcross, seedAcross, type LloydParts } from './lloydParallel.ts';

export interface KMeansOptions extends LloydOptions {
  seed: number;
  /** Seedings to run (scikit-learn's n_init). */
  restarts: number;
}

export interface KMeansFit extends LloydFit {
  k: number;
  /** Which seeding (0-based) gave the kept fit. */
  restart: number;
}

export function kmeans(x: Float64Array, n: number, d: number, k: number, options: KMeansOptions): KMeansFit {
  const random = mulberry32(options.seed);
  let best: KMeansFit | null = null;
  for (let r = 0; r < Math.max(1, options.restarts); r++) {
    const { centres } = kmeansPlusPlus(x, n, d, k, random);
    const fit = lloyd(x, n, d, centres, k, options);
    if (!best || fit.inertia < best.inertia) best = { ...fit, k, restart: r };
  }
  return best!;
}

/** Progress of a fit across parts: the seeding (0-based) and the Lloyd iteration it is at. */
export type KMeansCheckpoint = (restart: number, iteration: number) => Promise<void>;

/** `kmeans` with the points cut in parts (lloydParallel.ts): the same fit, awaiting `checkpoint` between iterations. */
export async function kmeansAcross(
  parts: LloydParts,
  x: Float64Array,
  n: number,
  d: number,
  k: number,
  options: KMeansOptions & { checkpoint?: KMeansCheckpoint },
): Promise<KMeansFit> {
  const random = mulberry32(options.seed);
  let best: KMeansFit | null = null;
  for (let r = 0; r < Math.max(1, options.restarts); r++) {
    await options.checkpoint?.(r, 0);
    const { centres } = await seedAcross(parts, x, n, d, k, random);
    const fit = await lloydAcross(parts, n, d, centres, k, {
      ...options,
      checkpoint: options.checkpoint ? (iteration) => options.checkpoint!(r, iteration) : undefined,
    });
    if (!best || fit.inertia < best.inertia) best = { ...fit, k, restart: r };
  }
  return best!;
}
