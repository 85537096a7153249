/**
 * An out-of-time test of a transaction log: the model learns from the customers active on a
 * first cutoff C1 (features up to C1, label = churned by C1 + window) and is tested on those
 * active on a later cutoff C2 (features up to C2, label = churned by C2 + window). C1 + window
 * must not pass C2, so the training labels are read from data that ends where the test
 * features end, and the test labels come from a period no training row saw.
 */
import type { Issue, Result } from '../../api.ts';
import type { LoadedDataset } from '../../loading/datasetLoading.ts';
import { parseAsOf } from '../../customers/shapedTable.ts';
import { isoDate } from '../../../core/customers/customerActivity.ts';
import type { BuiltTable } from '../analysis.ts';
import { labelWindow, temporalSplit, type TemporalSplit } from './temporalSplit.ts';

export interface OutOfTimeSplit {
  train: TemporalSplit;
  test: TemporalSplit;
}

const refuse = (issue: Omit<Issue, 'severity'>): Result<never> => ({
  ok: false,
  issues: [{ severity: 'error', ...issue }],
});

export function outOfTimeSplit(
  dataset: LoadedDataset,
  built: BuiltTable,
  testCutoff: string,
  cutoff: string | undefined,
  asked?: number,
): Result<OutOfTimeSplit> {
  const windowDays = labelWindow(built, asked);
  const later = parseAsOf(testCutoff, NaN);
  if (!later.ok) return { ok: false, issues: [later.issue] };
  const first = cutoff ?? isoDate(later.value - windowDays);
  const earlier = parseAsOf(first, NaN);
  if (!earlier.ok) return { ok: false, issues: [earlier.issue] };
  if (earlier.value + windowDays > later.value)
    return refuse({
      code: 'risk-test-cutoff-overlap',
      params: { cutoff: first, testCutoff, windowDays, latest: isoDate(later.value - windowDays) },
      message: `The training labels run ${windowDays} days past the cutoff ${first}, beyond the test cutoff ${testCutoff}: choose a training cutoff on or before ${isoDate(later.value - windowDays)}.`,
    });
  const train = temporalSplit(dataset, built, first, windowDays);
  if (!train.ok) return train;
  const test = temporalSplit(dataset, built, testCutoff, windowDays);
  if (!test.ok) return test;
  return { ok: true, value: { train: train.value, test: test.value } };
}
