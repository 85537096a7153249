/**
 * nearestCentres against the plainest search: one centre at a time, the squared distance ranked
 * as ‖x‖² + ‖c‖² − 2 x·c with the dot product added in feature order, the first of equal centres
 * kept. The grouping of centres in a pass (fours, a five when five are left, then ones) must not
 * change a label or a distance, for any k.
 */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { nearestCentres } from '../../../../src/core/analyses/clusters/nearestCentre.ts';

function plain(x: number[], c: number[][]): [number, number, number] {
  const xn = x.reduce((s, v) => s + v * v, 0);
  let best = Infinity;
  let second = Infinity;
  let label = 0;
  c.forEach((row, j) => {
    let dot = 0;
    for (let f = 0; f < x.length; f++) dot += x[f] * row[f];
    const cn = row.reduce((s, v) => s + v * v, 0);
    const s = xn + cn - 2 * dot;
    if (s < best) {
      second = best;
      best = s;
      label = j;
    } else if (s < second) second = s;
  });
  return [label, best, second];
}

it('nearestCentres(two points, k centres) gives the plain search’s labels and distances for k = 1 … 13', () => {
  // Values on a coarse grid, so that equal distances (ties) happen often.
  const value = fc.integer({ min: -4, max: 4 }).map((v) => v / 2);
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 13 }),
      fc.integer({ min: 1, max: 6 }),
      fc.infiniteStream(value),
      (k, d, values) => {
        const next = () => values.next().value as number;
        const a = Array.from({ length: d }, next);
        const b = Array.from({ length: d }, next);
        const c = Array.from({ length: k }, () => Array.from({ length: d }, next));
        const x = Float64Array.from([...a, ...b]);
        const centres = Float64Array.from(c.flat());
        const centreNorms = Float64Array.from(c, (row) => row.reduce((s, v) => s + v * v, 0));
        const norm = (p: number[]) => p.reduce((s, v) => s + v * v, 0);
        const out = new Float64Array(6);
        nearestCentres(x, 0, d, norm(a), norm(b), centres, centreNorms, k, d, out);
        expect([...out]).toEqual([...plain(a, c), ...plain(b, c)]);
      },
    ),
    { numRuns: 2000, seed: 5 },
  );
});
