/**
 * Who will churn: a risk model learnt from the customer table's attributes and numbers, judged
 * only on customers it did not see, and a churn risk for every customer (out of fold for those
 * it was trained on). A transaction log can be split in time: features up to a cutoff day, the
 * label in the window after it, and the model then scores today's customers forward; with a
 * test cutoff it is also tested out of time, on the customers of a later cutoff. Other models
 * can be evaluated beside it on the same customers and folds.
 */
import type { Issue, Result, RiskModelResult } from '../api.ts';
import type { CustomerTable } from '../../core/customers/customerTable.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { columnsInDataUnits, TENURE_COLUMNS, tenureColumnName } from '../../core/customers/tenureInUnit.ts';
import { churnedFlags, CHURNED } from '../../core/customers/churnStatus.ts';
import type { FittedLogistic } from '../../core/analyses/risk-model/logisticModel.ts';
import { ruledTable } from '../customers/attributeRuling.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { stampOf, type Analysis, type BuiltTable } from './analysis.ts';
import { featurePlan } from './risk-model/featurePlan.ts';
import { featureInfo, featureLayout, featureSources } from './risk-model/featureSources.ts';
import { evaluateRiskModel, type HeldOutTable } from './risk-model/riskEvaluation.ts';
import { RISK_MODEL_FITS } from './risk-model/riskModels.ts';
import { resolveRiskOptions, stampedOptions, type ResolvedRiskOptions } from './risk-model/riskOptions.ts';
import { emptyScores, riskCustomerColumns, SPLIT, withDeciles } from './risk-model/riskScores.ts';
import { riskSplit } from './risk-model/riskSplit.ts';
import { canChurnBy, temporalSplit, type TemporalSplit } from './risk-model/temporalSplit.ts';
import { heldToTraining } from './risk-model/forwardScoring.ts';
import { outOfTimeSplit } from './risk-model/outOfTimeSplit.ts';
import { withoutDuration } from './risk-model/durationFeatures.ts';
import { treeExplained } from './risk-model/treeExplained.ts';
import { networkExplained } from './risk-model/networkExplained.ts';
import { coxExplained } from './risk-model/coxExplained.ts';
import { logisticExplained } from './risk-model/logisticExplained.ts';
import { compareRiskModels } from './risk-model/riskComparison.ts';
import type { FittedTree } from '../../core/analyses/risk-model/trees/treeRiskModel.ts';
import type { FittedNaiveBayes, FittedTan } from '../../core/analyses/risk-model/bayes/bayesRiskModel.ts';
import type { FittedCox } from '../../core/analyses/risk-model/cox/coxRiskModel.ts';

const columnsByName = (table: CustomerTable): Map<string, TypedColumn> =>
  new Map(columnsInDataUnits(table).map((c) => [c.name, c]));

const refuse = (issue: Omit<Issue, 'severity'>): Result<never> => ({
  ok: false,
  issues: [{ severity: 'error', ...issue }],
});

/** The cutoff tables a temporal model learns from and (out of time) is tested on. */
function timeSplits(
  dataset: LoadedDataset,
  built: BuiltTable,
  o: ResolvedRiskOptions,
): Result<{ temporal: TemporalSplit | null; later: TemporalSplit | null }> {
  if ((o.cutoff || o.testCutoff) && o.model === 'cox')
    return refuse({
      code: 'risk-cox-temporal',
      message: 'A Cox model learns from each customer’s tenure and churn, not a label after a cutoff: drop the cutoff.',
    });
  if (o.testCutoff) {
    const t = outOfTimeSplit(dataset, built, o.testCutoff, o.cutoff, o.windowDays);
    return t.ok ? { ok: true, value: { temporal: t.value.train, later: t.value.test } } : t;
  }
  if (!o.cutoff) return { ok: true, value: { temporal: null, later: null } };
  const t = temporalSplit(dataset, built, o.cutoff, o.windowDays);
  return t.ok ? { ok: true, value: { temporal: t.value, later: null } } : t;
}

const count = (y: Uint8Array, rows: Int32Array): number => rows.reduce((n, r) => n + y[r], 0);

export const riskModel: Analysis<'risk-model'> = {
  needs: 'customer-table',
  customerColumns: (result) => riskCustomerColumns(result.scores),
  run({ dataset, table: built }, options) {
    const resolved = resolveRiskOptions(options);
    if (!resolved.ok) return resolved;
    const o = resolved.value;
    const times = timeSplits(dataset, built, o);
    if (!times.ok) return times;
    const { temporal, later } = times.value;
    const source: BuiltCustomerTable = temporal ? temporal.features : built;
    const ruled = ruledTable(source, o.features ?? [], o.attributeRules);
    if (!ruled.ok) return ruled;
    const table = ruled.value.table;
    const rules = ruled.value.rules;
    const y = temporal ? temporal.y : churnedFlags(table.status);
    const population = temporal ? temporal.population : Int32Array.from(table.ids.keys());
    const varies = new Set(
      source.summary.attributeVariation.filter((v) => v.level === 'varies' && !rules[v.column]).map((v) => v.column),
    );
    // The data's tenure column is the table's tenure (tenure_days, or tenure_months in Telco's months): either name picks it, and so does a tenure name in another unit (a workbook saved before).
    const tenureColumn = Object.keys(built.spec.roles).find((c) => built.spec.roles[c] === 'tenure');
    const own = columnsByName(table);
    const asked = o.features?.map((f) =>
      (f === tenureColumn || TENURE_COLUMNS.has(f)) && !own.has(f) ? tenureColumnName(table) : f,
    );
    const plan = featurePlan({
      table,
      definition: built.summary.definition,
      temporal: temporal !== null,
      sourceColumn: dataset.summary.sourceColumn,
      holdoutColumn: o.holdout?.column,
      varies,
      asked,
    });
    if (!plan.ok) return plan;
    const split = riskSplit(table, y, population, o, later?.population);
    if (!split.ok) return split;
    const { train, test } = split.value;
    if (o.model === 'cox') {
      const { kept, dropped } = withoutDuration(plan.value.candidates, table.tenureDays, train);
      plan.value.candidates = kept;
      for (const column of dropped) plan.value.leftOut.push({ column, reason: 'duration' });
    }
    if (plan.value.candidates.length === 0)
      return refuse({
        code: 'risk-no-features',
        message: `No column can be learnt from: ${plan.value.leftOut.map((l) => `${l.column} (${l.reason})`).join(', ')}.`,
      });
    const columns = columnsByName(table);
    const layout = featureLayout(plan.value.candidates, train);
    const sources = featureSources(layout, columns);
    let held: HeldOutTable | undefined;
    if (later) {
      const next = ruledTable(later.features, o.features ?? [], o.attributeRules);
      if (!next.ok) return next;
      // The later table's numbers held to the training range, as today's are (forwardScoring.ts).
      held = {
        sources: heldToTraining(featureSources(layout, columnsByName(next.value.table)), sources, train),
        y: later.y,
      };
    }
    const settings = { ...o, time: table.tenureDays, event: y };
    const model = RISK_MODEL_FITS[o.model](settings);
    const judged = evaluateRiskModel(model, sources, y, train, test, o.folds, o.seed, held);

    const scores = emptyScores(built.table.ids.length);
    let scoredForward: { active: number; cannotChurn: number } | undefined;
    if (temporal) {
      // Today's customers, scored forward from their features on the table's own as-of day.
      const now = ruledTable(built, o.features ?? [], o.attributeRules);
      if (!now.ok) return now;
      const can = canChurnBy(built, built.asOfDay + temporal.windowDays);
      const current = Int32Array.from(built.table.ids.keys()).filter((c) => built.table.status[c] !== CHURNED);
      const forward = heldToTraining(featureSources(layout, columnsByName(now.value.table)), sources, train);
      const risk = judged.fitted.predict(forward, current);
      scoredForward = { active: current.length, cannotChurn: 0 };
      current.forEach((c, i) => {
        scores.risk[c] = can[c] ? risk[i] : 0;
        scores.split[c] = SPLIT.forward;
        scoredForward!.cannotChurn += can[c] ? 0 : 1;
      });
    } else {
      train.forEach((c, i) => {
        scores.risk[c] = judged.oof[i];
        scores.split[c] = SPLIT.train;
        scores.fold[c] = judged.folds[i] + 1;
      });
      test.forEach((c, i) => {
        scores.risk[c] = judged.testScores[i];
        scores.split[c] = SPLIT.test;
      });
    }
    const trainChurners = count(y, train);
    const testChurners = count(held?.y ?? y, test);
    const churners = count(y, population);
    const value: RiskModelResult = {
      stamp: stampOf('risk-model', built, {
        ...stampedOptions(o),
        ...(Object.keys(rules).length > 0 ? { attributeRules: rules } : {}),
      }),
      model: o.model,
      target: {
        definition: built.summary.definition,
        ...(temporal
          ? { cutoff: temporal.cutoff, windowDays: temporal.windowDays, labelAsOf: temporal.labelAsOf }
          : {}),
        ...(later ? { testCutoff: later.cutoff, testLabelAsOf: later.labelAsOf } : {}),
      },
      population: {
        customers: population.length,
        churners,
        ...(temporal ? { churnedAtCutoff: temporal.churnedAtCutoff, safeAtCutoff: temporal.safeAtCutoff } : {}),
        ...(later
          ? {
              later: {
                customers: later.population.length,
                churners: testChurners,
                churnedAtCutoff: later.churnedAtCutoff,
                safeAtCutoff: later.safeAtCutoff,
              },
            }
          : {}),
        ...(scoredForward ? { forward: scoredForward } : {}),
      },
      features: featureInfo(layout, columns, population),
      leftOut: plan.value.leftOut,
      split: {
        by: later ? 'time' : o.holdout ? 'holdout' : 'fraction',
        testFraction: later || o.holdout ? test.length / (train.length + test.length) : o.testFraction,
        ...(o.holdout ? { holdout: o.holdout } : {}),
        seed: o.seed,
        folds: o.folds,
        train: train.length,
        test: test.length,
        trainChurners,
        testChurners: later ? testChurners : churners - trainChurners,
      },
      evaluation: judged.evaluation,
      cv: judged.cv,
      scores: withDeciles(scores),
      notes: [],
    };
    if (o.model === 'logistic') logisticExplained(value, judged.fitted as FittedLogistic, sources, y, train);
    if (o.model === 'tree')
      value.tree = treeExplained(
        judged.fitted as FittedTree,
        o,
        Uint8Array.from(train, (r) => y[r]),
      );
    if (o.model === 'naive-bayes' || o.model === 'tan')
      value.network = networkExplained(judged.fitted as FittedNaiveBayes | FittedTan, sources, y, train);
    if (o.model === 'cox') value.cox = coxExplained(judged.fitted as FittedCox);
    if (o.compare)
      value.comparison = compareRiskModels(
        o.compare,
        settings,
        { model: o.model, judged: judged as never },
        { sources, y, train, test, folds: o.folds, seed: o.seed, later: held },
      );
    if (!temporal && built.summary.shape === 'transactions') value.notes.push('no-temporal-split');
    if (churners < 50) value.notes.push('few-churners');
    const definition = built.summary.definition;
    if (temporal && definition.kind === 'inactivity' && temporal.windowDays < definition.days)
      value.notes.push('window-shorter-than-inactivity');
    return { ok: true, value };
  },
};
