/** A new churn-by-attribute cell starts on a customer attribute with a handful of values. */
import type { DatasetSummary } from '../../../engine/api.ts';
import { effectiveRoles } from '../../../state/analysisSettings.ts';
import type { Workbook } from '../../../state/workbook.svelte.ts';

export function initialSettings({
  summary,
  workbook,
}: {
  summary: DatasetSummary | null;
  workbook: Workbook;
}): Record<string, unknown> {
  if (!summary) return {};
  const roles = effectiveRoles(summary, workbook.roles);
  const candidates = summary.columns.filter(
    (c) =>
      ['attribute', 'value', 'reason'].includes(roles[c.name]) &&
      c.type !== 'identifier' &&
      c.type !== 'text' &&
      // The file a customer's latest row came from only restates when they last bought.
      c.name !== summary.sourceColumn,
  );
  const small = candidates.find((c) => c.distinct >= 2 && c.distinct <= 60) ?? candidates[0];
  return { column: small?.name ?? '' };
}
