/**
 * Every analysis kind and its run: one entry per kind (the compiler checks that none is
 * missing), dispatched by `runAnalysis`. Adding an analysis is one file beside this one and
 * one line here.
 */
import type { AnalysisKind, OptionsOf, Result, ResultOf } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import type { Analysis, AnalysisSteps, BuiltTable } from './analysis.ts';
import type { TypedColumn, TypedValues } from '../../core/columns/typedColumn.ts';
import { churnKpis } from './churn-kpis.ts';
import { monthlyChurn } from './monthly-churn.ts';
import { valueTiers } from './value-tiers.ts';
import { customerValue } from './customer-value.ts';
import { churnByAttribute } from './churn-by-attribute.ts';
import { earlyWarnings } from './early-warnings.ts';
import { definitionLab } from './definition-lab.ts';
import { retentionTriangle } from './retention-triangle.ts';
import { survival } from './survival.ts';
import { retentionProjection } from './retention-projection.ts';
import { clusters } from './clusters.ts';
import { revenueMovements } from './revenue-movements.ts';
import { riskModel } from './risk-model.ts';
import { customerLifetimeValue } from './customer-lifetime-value.ts';
import { rfm } from './rfm.ts';
import { churnDrivers } from './churn-drivers.ts';
import { churnReasons } from './churn-reasons.ts';
import { retentionDecision } from './retention-decision.ts';
import { retentionEconomics } from './retention-economics.ts';
import { valueRiskQuadrant } from './value-risk-quadrant.ts';
import { aggregateAnalysis } from '../aggregates/aggregateAnalysis.ts';
import { needsLogRefusal } from './logOnlyAnalyses.ts';

export const ANALYSES: { [K in AnalysisKind]: Analysis<K> } = {
  'churn-kpis': churnKpis,
  'monthly-churn': monthlyChurn,
  'value-tiers': valueTiers,
  'customer-value': customerValue,
  'churn-by-attribute': churnByAttribute,
  'early-warnings': earlyWarnings,
  'definition-lab': definitionLab,
  'retention-triangle': retentionTriangle,
  survival,
  'retention-projection': retentionProjection,
  clusters,
  'revenue-movements': revenueMovements,
  'risk-model': riskModel,
  'customer-lifetime-value': customerLifetimeValue,
  rfm,
  'churn-drivers': churnDrivers,
  'churn-reasons': churnReasons,
  'retention-decision': retentionDecision,
  'retention-economics': retentionEconomics,
  'value-risk-quadrant': valueRiskQuadrant,
};

export function runAnalysis<K extends AnalysisKind>(
  kind: K,
  dataset: LoadedDataset,
  table: BuiltTable | undefined,
  options: OptionsOf<K>,
): Result<ResultOf<K>> {
  const analysis = (Object.hasOwn(ANALYSES, kind) ? ANALYSES[kind] : undefined) as Analysis<K> | undefined;
  if (!analysis)
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'unknown-analysis',
          params: { kind: String(kind) },
          message: `There is no analysis called "${String(kind)}".`,
        },
      ],
    };
  const fromAggregate = aggregateAnalysis(kind, dataset, options);
  if (fromAggregate) return fromAggregate;
  const refused = needsLogRefusal(kind, dataset, table);
  if (refused) return refused;
  const result =
    analysis.needs === 'dataset'
      ? analysis.run({ dataset, table }, options)
      : table
        ? analysis.run({ dataset, table }, options ?? ({} as OptionsOf<K>))
        : null;
  if (result === null) return noCustomerTable(dataset.summary.id);
  if (result.ok && table && analysis.customerColumns) {
    table.derived.set(kind, analysis.customerColumns(result.value, table).map(copyColumn));
    madeWith(table).set(kind, (result.value as { stamp?: { parameters: unknown } }).stamp?.parameters);
  }
  return result;
}

/**
 * The long work of an analysis done ahead in steps (see Analysis.prepare), for `runAnalysis` to
 * find done; nothing for a kind without it, or with no customer table yet. Throws CancelledError
 * when the steps are cancelled.
 */
export async function prepareAnalysis<K extends AnalysisKind>(
  kind: K,
  dataset: LoadedDataset,
  table: BuiltTable | undefined,
  options: OptionsOf<K>,
  steps: AnalysisSteps,
): Promise<void> {
  const analysis = (Object.hasOwn(ANALYSES, kind) ? ANALYSES[kind] : undefined) as Analysis<K> | undefined;
  if (analysis?.prepare && table) await analysis.prepare({ dataset, table }, options ?? ({} as OptionsOf<K>), steps);
}

const parametersKept = new WeakMap<BuiltTable, Map<AnalysisKind, unknown>>();
const madeWith = (table: BuiltTable) => {
  let kept = parametersKept.get(table);
  if (!kept) parametersKept.set(table, (kept = new Map()));
  return kept;
};

/** The parameters of the run that made the table's columns of `kind` (undefined when none has). */
export function derivedParameters(table: BuiltTable, kind: AnalysisKind): unknown {
  return table.derived.has(kind) ? parametersKept.get(table)?.get(kind) : undefined;
}

/** A column whose arrays the engine owns: the result's arrays are transferred away. */
function copyColumn(column: TypedColumn): TypedColumn {
  const d = column.data;
  const data: TypedValues =
    d.kind === 'string'
      ? { kind: 'string', codes: d.codes.slice(), dictionary: [...d.dictionary] }
      : d.kind === 'number'
        ? { kind: 'number', values: d.values.slice() }
        : { kind: 'boolean', values: d.values.slice() };
  return { ...column, data, epochMs64: undefined, epochDays: undefined, utf8: undefined };
}

function noCustomerTable(id: string): Result<never> {
  return {
    ok: false,
    issues: [
      {
        severity: 'error',
        code: 'no-customer-table',
        message: `Dataset ${id} has no customer table yet; confirm roles and a churn definition first.`,
      },
    ],
  };
}
