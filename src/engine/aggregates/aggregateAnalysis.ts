/**
 * Analyses of an aggregate computed elsewhere: a file whose columns are exactly those the app's
 * generated SQL returns for the retention triangle, survival or the churn KPIs. The matching
 * analysis is finished from the counts by the kernels' counts entry points (the same ones that
 * finish the SQL's rows in tests/sql), so it equals the analysis of the log the SQL ran on;
 * every other analysis says it needs the log or the customer table.
 */
import type { AnalysisKind, OptionsOf, Result, ResultOf } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { recogniseAggregate, type AggregateKind } from '../../core/inspection/aggregateRecognition.ts';
import { aggregateColumns, type AggregateColumns } from './aggregateColumns.ts';
import { triangleFromAggregate } from './triangleAggregate.ts';
import { survivalFromAggregate } from './survivalAggregate.ts';
import { kpisFromAggregate } from './kpiAggregate.ts';

/** The analysis whose aggregate the dataset is, or null (a log, a customer table). */
export function aggregateKindOf(dataset: LoadedDataset): AggregateKind | null {
  return recogniseAggregate(dataset.columns.map((c) => c.name));
}

type Finisher = (dataset: LoadedDataset, cols: AggregateColumns, options: never) => Result<unknown>;

const FINISHERS: Record<AggregateKind, Finisher> = {
  'retention-triangle': triangleFromAggregate as Finisher,
  survival: survivalFromAggregate as Finisher,
  'churn-kpis': kpisFromAggregate as Finisher,
};

/**
 * On an aggregate: the analysis finished from it when it is this kind's, else the refusal
 * (aggregate-needs-log). Null when the dataset is no aggregate.
 */
export function aggregateAnalysis<K extends AnalysisKind>(
  kind: K,
  dataset: LoadedDataset,
  options: OptionsOf<K>,
): Result<ResultOf<K>> | null {
  const of = aggregateKindOf(dataset);
  if (!of) return null;
  if (of === kind) {
    const finish = FINISHERS[of];
    return finish(dataset, aggregateColumns(dataset.columns), (options ?? {}) as never) as Result<ResultOf<K>>;
  }
  return {
    ok: false,
    issues: [
      {
        severity: 'error',
        code: 'aggregate-needs-log',
        params: { kind, aggregate: of },
        message: `This file is the ${of} aggregate computed elsewhere: it holds only that analysis's counts. ${kind} needs the transaction log or the customer table; open one of those.`,
      },
    ],
  };
}
