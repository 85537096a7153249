/**
 * The dataset as the cells of an aggregate link see it: no rows, no files, only the columns'
 * names and types (what their settings pick from) with the roles the link pins. Cells read the
 * rest from the link's customer-table counts.
 */
import type { DatasetSummary, Role } from '../../engine/api.ts';
import type { ReceivedAggregates } from './linkAggregates.ts';

export function aggregateSummary(
  aggregates: ReceivedAggregates,
  roles: Record<string, Role>,
  name: string,
): DatasetSummary {
  return {
    id: aggregates.table.datasetId,
    name,
    rows: 0,
    files: [],
    columns: aggregates.columns.map((c) => ({
      name: c.name,
      type: c.type,
      role: roles[c.name] ?? 'attribute',
      nulls: 0,
      invalid: 0,
      distinct: 0,
    })),
    shape: aggregates.table.shape,
    options: {},
    issues: [],
    elapsedMs: 0,
  };
}
