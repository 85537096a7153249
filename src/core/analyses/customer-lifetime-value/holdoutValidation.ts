/**
 * How well a model fitted on a calibration period predicts the holdout period that follows it
 * (Fader, Hardie & Lee 2005, Figure 5): the calibration customers grouped by their calibration
 * frequency x = 0, 1, …, `cap`+ (the last group is x ≥ cap), with each group's mean actual and
 * mean expected purchases in the holdout, E[X(t*) | x, t_x, T] for the holdout's length t*; and
 * the errors over customers.
 */
import { conditionalExpectations } from './customerValue.ts';
import type { PurchaseModel } from './purchaseModel.ts';

export interface FrequencyGroup {
  /** Calibration repeat purchases; the last group holds every x ≥ this. */
  frequency: number;
  customers: number;
  /** Mean holdout purchases per customer of the group, actual and expected. */
  actual: number;
  expected: number;
}

export interface HoldoutFit {
  byFrequency: FrequencyGroup[];
  /** Σ actual and Σ expected holdout purchases over the calibration customers. */
  actualTotal: number;
  expectedTotal: number;
  /** (Σ expected − Σ actual) / Σ actual: the aggregate error, NaN when nobody bought in the holdout. */
  aggregateError: number;
  /** Mean |actual − expected| and √mean (actual − expected)² per customer. */
  meanAbsoluteError: number;
  rootMeanSquaredError: number;
}

export function holdoutFit(
  model: PurchaseModel,
  calibration: { x: Float64Array; tx: Float64Array; T: Float64Array },
  actual: Float64Array,
  holdoutLength: number,
  cap = 7,
): HoldoutFit {
  const expected = conditionalExpectations(model, calibration.x, calibration.tx, calibration.T, holdoutLength);
  const customers = new Float64Array(cap + 1);
  const actualSum = new Float64Array(cap + 1);
  const expectedSum = new Float64Array(cap + 1);
  let actualTotal = 0;
  let expectedTotal = 0;
  let absolute = 0;
  let squared = 0;
  let counted = 0;
  for (let i = 0; i < actual.length; i++) {
    const e = expected[i];
    if (!(e === e) || !(actual[i] >= 0)) continue;
    const group = Math.min(cap, calibration.x[i]);
    customers[group]++;
    actualSum[group] += actual[i];
    expectedSum[group] += e;
    actualTotal += actual[i];
    expectedTotal += e;
    absolute += Math.abs(actual[i] - e);
    squared += (actual[i] - e) ** 2;
    counted++;
  }
  const byFrequency: FrequencyGroup[] = [];
  for (let f = 0; f <= cap; f++)
    byFrequency.push({
      frequency: f,
      customers: customers[f],
      actual: customers[f] > 0 ? actualSum[f] / customers[f] : NaN,
      expected: customers[f] > 0 ? expectedSum[f] / customers[f] : NaN,
    });
  return {
    byFrequency,
    actualTotal,
    expectedTotal,
    aggregateError: actualTotal > 0 ? (expectedTotal - actualTotal) / actualTotal : NaN,
    meanAbsoluteError: counted > 0 ? absolute / counted : NaN,
    rootMeanSquaredError: counted > 0 ? Math.sqrt(squared / counted) : NaN,
  };
}
