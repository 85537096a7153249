/**
 * Why customers churn, on the customer table under the active definition: each feature's churn
 * rate and risk ratio by category and its mutual information with churn (ranked), the
 * permutation importance of a logistic model on held-out customers, and the decision-factor
 * table. Features are the risk model's: the table's attributes and numbers, with ids, dates,
 * the label and what leaks it left out.
 */
import type { ChurnDriversResult } from '../api.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { columnsInDataUnits, TENURE_COLUMNS, tenureColumnName } from '../../core/customers/tenureInUnit.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import { mutualInformation } from '../../core/analyses/churn-drivers/mutualInformation.ts';
import { ruledTable } from '../customers/attributeRuling.ts';
import { stampOf, type Analysis } from './analysis.ts';
import { featurePlan } from './risk-model/featurePlan.ts';
import { resolveDriverOptions } from './churn-drivers/driverOptions.ts';
import { rankedDrivers, univariateDriver } from './churn-drivers/univariateDrivers.ts';
import { permutationDrivers } from './churn-drivers/permutationDrivers.ts';
import { decisionFactorTable } from './churn-drivers/decisionFactorTable.ts';
import { columnRows } from './churn-drivers/driverRows.ts';
import { temporalSplit } from './risk-model/temporalSplit.ts';

export const churnDrivers: Analysis<'churn-drivers'> = {
  needs: 'customer-table',
  run({ dataset, table: built }, options) {
    const resolved = resolveDriverOptions(options);
    if (!resolved.ok) return resolved;
    const o = resolved.value;
    // With a cutoff (a log only): the table as of the cutoff, its customers who can churn by the
    // label day, labelled by the window after it (the risk model's temporal split).
    const split = o.cutoff ? temporalSplit(dataset, built, o.cutoff, o.windowDays) : null;
    if (split && !split.ok) return split;
    const temporal = split?.value ?? null;
    const ruled = ruledTable(temporal ? temporal.features : built, o.features ?? [], o.attributeRules);
    if (!ruled.ok) return ruled;
    const { table, rules } = ruled.value;
    const y = temporal ? Uint8Array.from(temporal.population, (c) => temporal.y[c]) : churnedFlags(table.status);
    const all = columnsInDataUnits(table);
    const columns = new Map<string, TypedColumn>(
      (temporal ? all.map((c) => columnRows(c, temporal.population)) : all).map((c) => [c.name, c]),
    );
    const varies = new Set(
      (temporal ? temporal.features : built).summary.attributeVariation
        .filter((v) => v.level === 'varies' && !rules[v.column])
        .map((v) => v.column),
    );
    // The data's tenure column is the table's tenure (tenure_days, or tenure_months in Telco's months): either name picks it, and so does a tenure name in another unit (a workbook saved before).
    const tenureColumn = Object.keys(built.spec.roles).find((c) => built.spec.roles[c] === 'tenure');
    const asked = o.features?.map((f) =>
      (f === tenureColumn || TENURE_COLUMNS.has(f)) && !columns.has(f) ? tenureColumnName(table) : f,
    );
    const plan = featurePlan({
      table,
      definition: built.summary.definition,
      temporal: temporal !== null,
      sourceColumn: dataset.summary.sourceColumn,
      varies,
      asked,
    });
    if (!plan.ok) return plan;
    const { leftOut } = plan.value;
    const candidates = plan.value.candidates.map((c) => ({ ...c, column: columns.get(c.column.name)! }));
    if (candidates.length === 0)
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'drivers-no-features',
            message: `No column can be ranked as a driver: ${leftOut.map((l) => `${l.column} (${l.reason})`).join(', ')}.`,
          },
        ],
      };
    const factors = decisionFactorTable(o.factors, columns, y);
    if (!factors.ok) return factors;
    const features = rankedDrivers(candidates.map(({ column }) => univariateDriver(column, y, o.bins)));
    const permutation = permutationDrivers(candidates, columns, y, o);
    let churned = 0;
    for (let i = 0; i < y.length; i++) churned += y[i];
    const value: ChurnDriversResult = {
      stamp: stampOf('churn-drivers', built, {
        ...o,
        ...(Object.keys(rules).length > 0 ? { attributeRules: rules } : {}),
      }),
      overall: {
        count: y.length,
        churned,
        rate: churned / y.length,
        entropyBits: mutualInformation(new Int32Array(y.length), 1, y).churnEntropyBits,
      },
      features,
      leftOut,
      permutation,
      factors: factors.value,
      ...(temporal
        ? {
            temporal: {
              cutoff: temporal.cutoff,
              windowDays: temporal.windowDays,
              labelAsOf: temporal.labelAsOf,
              churnedAtCutoff: temporal.churnedAtCutoff,
              safeAtCutoff: temporal.safeAtCutoff,
            },
          }
        : {}),
      notes: [],
    };
    if (!permutation) value.notes.push('permutation-too-few');
    if (churned < 50) value.notes.push('few-churners');
    if (built.summary.shape === 'transactions' && !temporal) value.notes.push('same-period');
    return { ok: true, value };
  },
};
