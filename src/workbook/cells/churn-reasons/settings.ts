/**
 * A churn-reasons cell's settings: the separators that split one cell into several reasons, the
 * column to cross reasons with, the value column summed as lost revenue, whether natural churn
 * counts as involuntary, and how many reasons the tree lists under each type. A new cell starts
 * on a lifetime value column (CLTV, CLV, LTV) when there is one, else on the first value column.
 */
import {
  DEFAULT_REASON_SEPARATORS,
  ownValue,
  type AttributeRules,
  type ChurnReasonsOptions,
  type DatasetSummary,
} from '../../../engine/api.ts';
import { effectiveRoles } from '../../../state/analysisSettings.ts';
import type { Workbook } from '../../../state/workbook.svelte.ts';
import { attributeRules, text, wholeAtLeast } from '../savedSettings.ts';
import { rulesFor } from '../cellColumns.ts';

/** The numeric columns lost revenue can sum: value columns first, then numeric attributes. */
export function valueChoices(summary: DatasetSummary | null, workbook: Workbook): string[] {
  if (!summary) return [];
  const roles = effectiveRoles(summary, workbook.roles);
  const numeric = summary.columns.filter((c) => c.type === 'integer' || c.type === 'decimal');
  const valued = numeric.filter((c) => ownValue(roles, c.name) === 'value').map((c) => c.name);
  const others = numeric.filter((c) => ownValue(roles, c.name) === 'attribute').map((c) => c.name);
  return [...valued, ...others];
}

export function initialSettings({
  summary,
  workbook,
}: {
  summary: DatasetSummary | null;
  workbook: Workbook;
}): Record<string, unknown> {
  const values = valueChoices(summary, workbook);
  const lifetime = values.find((v) => /^(c?ltv|clv|customer[ _-]?lifetime[ _-]?value|客户终身价值)$/i.test(v.trim()));
  return { value: lifetime ?? values[0] ?? '' };
}

export interface ReasonsSettings {
  separators: string;
  by: string;
  value: string;
  naturalInvoluntary: boolean;
  topReasons: number;
  rules: AttributeRules;
}

export function reasonsSettings(saved: Record<string, unknown>): ReasonsSettings {
  return {
    separators: typeof saved.separators === 'string' ? saved.separators : DEFAULT_REASON_SEPARATORS,
    by: text(saved.by),
    value: text(saved.value),
    naturalInvoluntary: saved.naturalInvoluntary !== false,
    topReasons: Math.min(20, wholeAtLeast(saved.topReasons, 1, 3)),
    rules: attributeRules(saved.rules),
  };
}

export function reasonsOptions(s: ReasonsSettings): ChurnReasonsOptions {
  const rules = rulesFor(s.rules, [s.by]);
  return {
    separators: s.separators,
    ...(s.by ? { by: s.by } : {}),
    value: s.value,
    involuntaryTypes: s.naturalInvoluntary ? ['involuntary', 'natural'] : ['involuntary'],
    topReasons: s.topReasons,
    ...(rules ? { attributeRules: rules } : {}),
  };
}
