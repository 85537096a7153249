/**
 * Which modelled customers train the model and which test it: the customers whose holdout
 * column has the given value, a seeded stratified fraction, or (out of time) those of a later
 * cutoff; and whether there are enough
 * churners and non-churners to cross-validate.
 */
import type { Issue, Result, RiskModelOptions } from '../../api.ts';
import type { CustomerTable } from '../../../core/customers/customerTable.ts';
import { stratifiedTestSplit } from '../../../core/analyses/risk-model/stratifiedSplits.ts';
import { attributeColumn, selectCustomers, unknownAttribute } from '../../customers/customerSelection.ts';

const refuse = (issue: Omit<Issue, 'severity'>): Result<never> => ({
  ok: false,
  issues: [{ severity: 'error', ...issue }],
});

export function riskSplit(
  table: CustomerTable,
  y: Uint8Array,
  population: Int32Array,
  options: Required<Pick<RiskModelOptions, 'testFraction' | 'seed' | 'folds'>> & Pick<RiskModelOptions, 'holdout'>,
  /** Out-of-time: the later table's customers are the test set, every modelled one trains. */
  later?: Int32Array,
): Result<{ train: Int32Array; test: Int32Array }> {
  let split: { train: Int32Array; test: Int32Array };
  const { holdout } = options;
  if (later) split = { train: population, test: later };
  else if (holdout) {
    if (!attributeColumn(table, holdout.column)) return unknownAttribute(holdout.column, 'to hold customers out by');
    const { keep } = selectCustomers(table, [{ column: holdout.column, in: [holdout.value] }]);
    split = { train: population.filter((r) => !keep[r]), test: population.filter((r) => keep[r] === 1) };
    if (split.test.length === 0 || split.train.length === 0)
      return refuse({
        code: 'risk-holdout-empty',
        column: holdout.column,
        params: { column: holdout.column, value: holdout.value, test: split.test.length, train: split.train.length },
        message: `Holding out the customers whose "${holdout.column}" is "${holdout.value}" leaves ${split.test.length} to test and ${split.train.length} to train on: both need customers.`,
      });
  } else split = stratifiedTestSplit(y, population, options.testFraction, options.seed);
  let churners = 0;
  for (const r of split.train) churners += y[r];
  const others = split.train.length - churners;
  if (churners < options.folds || others < options.folds)
    return refuse({
      code: 'risk-too-few-churners',
      params: { churners, others, folds: options.folds },
      message: `The training customers hold ${churners} churners and ${others} others; ${options.folds}-fold cross-validation needs at least ${options.folds} of each.`,
    });
  return { ok: true, value: split };
}
