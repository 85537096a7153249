import { expect, test } from 'vitest';
import { ProgressTally } from '../../src/state/progressTally.ts';

test('ProgressTally.add(progress) sums per-file reports into one load', () => {
  const tally = new ProgressTally([
    { name: 'a.csv', size: 100 },
    { name: 'b.csv', size: 300 },
  ]);
  expect(tally.add({ phase: 'parsing', bytes: 100, totalBytes: 100, rows: 10, file: 'a.csv' })).toEqual({
    bytes: 100,
    totalBytes: 400,
    rows: 10,
  });
  expect(tally.add({ phase: 'parsing', bytes: 150, totalBytes: 300, rows: 20, file: 'b.csv' })).toEqual({
    bytes: 250,
    totalBytes: 400,
    rows: 30,
  });
  expect(tally.add({ phase: 'typing', bytes: 400, totalBytes: 400, rows: 40 })).toEqual({
    bytes: 400,
    totalBytes: 400,
    rows: 40,
  });
});

test('ProgressTally.add(progress) passes a single file through unchanged', () => {
  const tally = new ProgressTally([{ name: 'a.csv', size: 100 }]);
  expect(tally.add({ phase: 'reading', bytes: 50, totalBytes: 100, rows: 0, file: 'a.csv' })).toEqual({
    bytes: 50,
    totalBytes: 100,
    rows: 0,
  });
});
