/**
 * A new definition lab compares the workbook's definition with two other inactivity windows
 * (90 and 365 days) when it is an inactivity definition, else with a copy to edit.
 */
import type { DatasetSummary } from '../../../engine/api.ts';
import { defaultAnalysis, effectiveRoles } from '../../../state/analysisSettings.ts';
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
  const current = $state.snapshot(workbook.analysis?.definition ?? defaultAnalysis(summary, roles).definition);
  const definitions =
    current.kind === 'inactivity'
      ? [current, ...[90, 365].map((days) => ({ kind: 'inactivity' as const, days }))].filter(
          (d, i, all) => all.findIndex((x) => JSON.stringify(x) === JSON.stringify(d)) === i,
        )
      : [current, { ...current }];
  return { definitions };
}
