/** The columns a cell offers in its pickers, by what they are for. */
import type { DatasetSummary, Role } from '../../engine/api.ts';

/** Customer attributes (and values, reasons) a cell can group or filter by; identifiers are not. */
export function attributeColumns(summary: DatasetSummary | null, roles: Record<string, Role>): string[] {
  return (summary?.columns ?? [])
    .filter((c) => ['attribute', 'value', 'reason'].includes(roles[c.name]) && c.type !== 'identifier')
    .map((c) => c.name);
}

/** Columns that can hold a churn flag. */
export function flagColumns(summary: DatasetSummary | null): string[] {
  return (summary?.columns ?? [])
    .filter((c) => c.type === 'boolean' || c.type === 'categorical' || c.type === 'integer')
    .map((c) => c.name);
}

export function dateColumns(summary: DatasetSummary | null): string[] {
  return (summary?.columns ?? []).filter((c) => c.type === 'date' || c.type === 'datetime').map((c) => c.name);
}
