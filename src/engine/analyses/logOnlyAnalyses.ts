/**
 * Analyses that read each customer's purchases over time, which a customer table computed
 * elsewhere no longer holds: RFM counts invoices (not purchase days), lifetime value fits the
 * repeat purchases of a calibration period, revenue movements and early warnings read monthly
 * revenue. On such a table they say so with one code, rather than each its own snapshot refusal.
 */
import type { AnalysisKind, Result } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import type { BuiltTable } from './analysis.ts';
import { isComputedCustomerTable } from '../customers/computedMeasures.ts';

export const LOG_ONLY_ANALYSES: readonly AnalysisKind[] = [
  'rfm',
  'customer-lifetime-value',
  'revenue-movements',
  'early-warnings',
];

/** The refusal of a log-only analysis on a customer table computed elsewhere, or null. */
export function needsLogRefusal(
  kind: AnalysisKind,
  dataset: LoadedDataset,
  table: BuiltTable | undefined,
): Result<never> | null {
  if (!LOG_ONLY_ANALYSES.includes(kind) || table?.summary.shape !== 'customers') return null;
  if (!isComputedCustomerTable(dataset.columns)) return null;
  return {
    ok: false,
    issues: [
      {
        severity: 'error',
        code: 'customer-table-needs-log',
        params: { kind },
        message: `${kind} reads each customer's purchases over time, and this is a customer table computed elsewhere (one row per customer, without the purchases). Open the transaction log itself, or, for RFM and revenue movements, the aggregate the app's SQL computes from it (npm run cli -- sql ${kind} …).`,
      },
    ],
  };
}
