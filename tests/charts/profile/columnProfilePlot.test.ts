import { expect, test } from 'vitest';
import { columnProfilePlot } from '../../../src/charts/profile/columnProfilePlot.ts';
import type { ColumnProfile } from '../../../src/engine/api.ts';

const tenure: ColumnProfile = {
  column: 'tenure',
  type: 'integer',
  nulls: 0,
  invalid: 0,
  distinct: 73,
  profile: { kind: 'numeric', min: 0, max: 72, mean: 32.37, edges: [0, 24, 48, 72], counts: [3210, 1594, 2239] },
};

const contract: ColumnProfile = {
  column: 'Contract',
  type: 'categorical',
  nulls: 0,
  invalid: 0,
  distinct: 3,
  profile: {
    kind: 'categorical',
    top: [
      { value: 'Month-to-month', count: 3875 },
      { value: 'Two year', count: 1695 },
      { value: 'One year', count: 1473 },
    ],
    other: 0,
  },
};

test('columnProfilePlot(numeric profile) draws one rect per bin from the given edges', () => {
  const options = columnProfilePlot(tenure);
  expect(options.marks?.length).toBeGreaterThan(0);
  const rects = options.marks?.[0] as unknown as { data: { x1: number; x2: number; count: number }[] };
  expect(rects.data).toEqual([
    { x1: 0, x2: 24, count: 3210 },
    { x1: 24, x2: 48, count: 1594 },
    { x1: 48, x2: 72, count: 2239 },
  ]);
  expect(options.x).toMatchObject({ type: 'linear', label: 'tenure' });
});

test('columnProfilePlot(date profile) puts bin edges on a UTC time axis', () => {
  const dates: ColumnProfile = {
    ...tenure,
    column: 'date',
    type: 'date',
    profile: { ...tenure.profile, edges: [0, 864e5, 1728e5, 2592e5] } as ColumnProfile['profile'],
  };
  const options = columnProfilePlot(dates);
  const rects = options.marks?.[0] as unknown as { data: { x1: Date }[] };
  expect(rects.data[1].x1).toEqual(new Date(864e5));
  expect(options.x).toMatchObject({ type: 'utc' });
});

test('columnProfilePlot(categorical profile) draws bars in the order of the top values', () => {
  const options = columnProfilePlot(contract, { countLabel: '数量' });
  expect(options.marks?.length).toBeGreaterThan(0);
  expect(options.y).toMatchObject({ domain: ['Month-to-month', 'Two year', 'One year'] });
  expect(options.x).toMatchObject({ label: '数量' });
});
