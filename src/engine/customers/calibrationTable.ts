/**
 * The customer table as it stood on an earlier day — the calibration period of a model checked
 * on the holdout after it (customer lifetime value) — built by the same roll-up as the dataset's
 * table, with the same roles, returns and id matching, and an as-of date of that day. The
 * dataset's current table is left as it is; each calibration customer is matched to their row in
 * it, where their later purchases are. Only customers of the current table are kept: under the
 * workbook-wide filter, the fit reads the customers it keeps (unfiltered, every calibration
 * customer is in the current table, whose purchases run further).
 */
import type { Result } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import type { CustomerTable } from '../../core/customers/customerTable.ts';
import { isoDate } from '../../core/customers/customerActivity.ts';
import { buildCustomerTable, type BuiltCustomerTable } from './customerTableBuilding.ts';
import type { BuiltTable } from '../analyses/analysis.ts';
import { tableSubset } from './customerSubset.ts';

export interface CalibrationTable {
  table: CustomerTable;
  /** Calibration customer i is row currentRow[i] of the current table (−1: not found). */
  currentRow: Int32Array;
}

export function calibrationTable(ds: LoadedDataset, built: BuiltTable, endDay: number): Result<CalibrationTable> {
  // Only purchases are read, not churn: a plain inactivity definition cannot fail on the earlier day.
  const spec = { ...built.spec, asOf: isoDate(endDay), definition: { kind: 'inactivity' as const, days: 365 } };
  const earlier: Result<BuiltCustomerTable> = buildCustomerTable(ds, spec);
  if (!earlier.ok) return earlier;
  const all = earlier.value.table;
  const rowOfId = new Map<string, number>();
  built.table.ids.forEach((id, row) => rowOfId.set(id, row));
  const rows = Int32Array.from(all.ids.keys()).filter((i) => rowOfId.has(all.ids[i]));
  const table = rows.length === all.ids.length ? all : tableSubset(all, rows);
  const currentRow = Int32Array.from(table.ids, (id) => rowOfId.get(id)!);
  return { ok: true, value: { table, currentRow } };
}
