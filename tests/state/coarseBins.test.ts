import { expect, test } from 'vitest';
import { binLabels } from '../../src/engine/api.ts';
import { coarseBins } from '../../src/state/shareAggregates/coarseBins.ts';

test('coarseBins opens the outer bins and keeps every label’s membership plain, whole numbers or not', () => {
  // Order counts cut at 1, 2, 3, 5, 40 (exact labels 1 | 2 | 3–4 | 5–40): a link shows < 2 | 2 | 3–4 | ≥ 5.
  const whole = coarseBins([1, 2, 3, 5, 40]);
  expect(binLabels([1, 2, 3, 5, 40], true).map((l) => whole.relabel.get(l))).toEqual(['< 2', '2', '3–4', '≥ 5']);
  expect(whole.edges).toEqual([-Infinity, 2, 3, 5, Infinity]);
  // Charges: inner edges to three significant digits, half-open.
  const charges = coarseBins([18.25, 35.4567, 70.3456, 118.75]);
  expect(binLabels([18.25, 35.4567, 70.3456, 118.75]).map((l) => charges.relabel.get(l))).toEqual([
    '< 35.5',
    '[35.5, 70.3)',
    '≥ 70.3',
  ]);
});
