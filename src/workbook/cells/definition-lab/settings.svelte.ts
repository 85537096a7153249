/**
 * A new definition lab compares the workbook's definition with definitions that differ from it:
 * two other inactivity windows (90 and 365 days) for an inactivity definition; for any other
 * kind, the first that the data can answer of a contract-end date (a date column), inactivity
 * (a transaction log) or the flag on another yes/no column. Never a copy of itself.
 */
import type { ChurnDefinition, DatasetSummary } from '../../../engine/api.ts';
import { defaultAnalysis, definitionOfKind, effectiveRoles } from '../../../state/analysisSettings.ts';
import type { Workbook } from '../../../state/workbook.svelte.ts';

const same = (a: ChurnDefinition, b: ChurnDefinition) => JSON.stringify(a) === JSON.stringify(b);

function alternativesTo(current: ChurnDefinition, summary: DatasetSummary, flagColumn: string): ChurnDefinition[] {
  if (current.kind === 'inactivity') return [90, 365].map((days) => ({ kind: 'inactivity' as const, days }));
  const dates = summary.columns.filter((c) => c.type === 'date' || c.type === 'datetime');
  const otherFlag = summary.columns.find(
    (c) => c.type === 'boolean' && c.name !== flagColumn && c.role !== 'customer_id',
  );
  return [
    ...(dates.length > 0 ? [{ kind: 'contract-end' as const, column: dates[0].name }] : []),
    ...(summary.shape === 'transactions' ? [definitionOfKind('inactivity')] : []),
    ...(otherFlag ? [{ kind: 'flag' as const, column: otherFlag.name }] : []),
  ];
}

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
  const flagColumn =
    (current.kind === 'flag' && current.column) ||
    Object.keys(roles).find((name) => roles[name] === 'churn_flag') ||
    '';
  const others = alternativesTo(current, summary, flagColumn).filter((d) => !same(d, current));
  const definitions = current.kind === 'inactivity' ? [current, ...others] : [current, others[0] ?? { ...current }];
  return { definitions };
}
