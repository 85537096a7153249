/**
 * Every analysis kind and its run: one entry per kind (the compiler checks that none is
 * missing), dispatched by `runAnalysis`. Adding an analysis is one file beside this one and
 * one line here.
 */
import type { AnalysisKind, OptionsOf, Result, ResultOf } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import type { Analysis, BuiltTable } from './analysis.ts';
import { churnKpis } from './churn-kpis.ts';
import { monthlyChurn } from './monthly-churn.ts';
import { valueTiers } from './value-tiers.ts';
import { churnByAttribute } from './churn-by-attribute.ts';
import { earlyWarnings } from './early-warnings.ts';
import { definitionLab } from './definition-lab.ts';
import { retentionTriangle } from './retention-triangle.ts';
import { survival } from './survival.ts';
import { retentionProjection } from './retention-projection.ts';
import { clusters } from './clusters.ts';

export const ANALYSES: { [K in AnalysisKind]: Analysis<K> } = {
  'churn-kpis': churnKpis,
  'monthly-churn': monthlyChurn,
  'value-tiers': valueTiers,
  'churn-by-attribute': churnByAttribute,
  'early-warnings': earlyWarnings,
  'definition-lab': definitionLab,
  'retention-triangle': retentionTriangle,
  survival,
  'retention-projection': retentionProjection,
  clusters,
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
  if (analysis.needs === 'dataset') return analysis.run({ dataset, table }, options);
  if (!table)
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'no-customer-table',
          message: `Dataset ${dataset.summary.id} has no customer table yet; confirm roles and a churn definition first.`,
        },
      ],
    };
  return analysis.run({ dataset, table }, options ?? ({} as OptionsOf<K>));
}
