/**
 * What a value-risk-quadrant cell keeps in the workbook: where risk and value come from, how
 * each threshold is set (a dragged line is saved as a number), and the quadrant names the user
 * typed. Read back with defaults; a new cell starts on a risk model and historical value for
 * one row per customer, and on a risk model and CLV for a transaction log. A log no longer starts
 * on 1 − P(alive): on Online Retail and CDNOW its high-risk side churns far less than its low-risk
 * side under the 180-day definition (10.0 % vs 29.5 %, 54.8 % vs 100 %; BG/NBD gives a one-time
 * buyer P(alive) = 1), and from a cutoff it predicts the next 180 days' churn with AUC 0.50 and
 * 0.63, the risk model 0.74 and 0.66 on its held-out customers.
 */
import {
  RISK_MODELS,
  SCORE_TABLE_COLUMNS,
  ownValue,
  type CustomerTableSummary,
  type DatasetSummary,
  type QuadrantThreshold,
  type RiskModelName,
  type ValueRiskQuadrantOptions,
} from '../../../engine/api.ts';
import { effectiveRoles } from '../../../state/analysisSettings.ts';
import type { Workbook } from '../../../state/workbook.svelte.ts';
import { oneOf, text } from '../savedSettings.ts';
import { DEFAULT_WARNING_SETTINGS, rulesOf } from '../early-warnings/settings.ts';

export const RISK_SOURCES = ['model', 'p-alive', 'warnings', 'at-risk', 'column'] as const;
export const VALUE_SOURCES = ['historical', 'clv', 'value-score', 'margin', 'column'] as const;
export const RISK_RULES = ['median', 'number', 'top-share'] as const;
export const VALUE_RULES = ['pareto', 'median', 'number'] as const;
export const VALUE_SCALES = ['auto', 'linear', 'log'] as const;

export interface QuadrantSettings {
  risk: (typeof RISK_SOURCES)[number];
  riskModel: RiskModelName;
  riskColumn: string;
  value: (typeof VALUE_SOURCES)[number];
  valueColumn: string;
  riskRule: (typeof RISK_RULES)[number];
  riskNumber: number;
  riskShare: number;
  valueRule: (typeof VALUE_RULES)[number];
  valueNumber: number;
  /** The names the user typed, by quadrant ('' = the app's words, in the language shown); null when none. */
  names: string[] | null;
  /** The chart's value axis; auto: logarithmic when the 99.5th percentile is over 10 × the median value. */
  valueScale: (typeof VALUE_SCALES)[number];
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export function quadrantSettings(raw: Record<string, unknown>): QuadrantSettings {
  const names = Array.isArray(raw.names) ? raw.names.map((n) => text(n).trim()) : null;
  const share = num(raw.riskShare, 0.2);
  return {
    risk: oneOf(raw.risk, RISK_SOURCES, 'model'),
    riskModel: oneOf(raw.riskModel, RISK_MODELS, 'logistic'),
    riskColumn: text(raw.riskColumn),
    value: oneOf(raw.value, VALUE_SOURCES, 'historical'),
    valueColumn: text(raw.valueColumn),
    riskRule: oneOf(raw.riskRule, RISK_RULES, 'median'),
    riskNumber: num(raw.riskNumber, 0.5),
    riskShare: share > 0 && share <= 1 ? share : 0.2,
    valueRule: oneOf(raw.valueRule, VALUE_RULES, 'pareto'),
    valueNumber: num(raw.valueNumber, 0),
    valueScale: oneOf(raw.valueScale, VALUE_SCALES, 'auto'),
    names: names && names.length === 4 && names.some((n) => n !== '') ? names : null,
  };
}

function riskThreshold(s: QuadrantSettings): QuadrantThreshold {
  if (s.riskRule === 'number') return { rule: 'number', value: s.riskNumber };
  if (s.riskRule === 'top-share') return { rule: 'top-share', share: s.riskShare };
  return { rule: 'median' };
}

/**
 * The engine options; null while a column source has no column chosen. Typed names go with the
 * app's words for the others (`defaultNames`, in the language shown) so the quadrant column
 * written to files holds all four.
 */
export function quadrantOptions(
  s: QuadrantSettings,
  defaultNames?: readonly string[],
): ValueRiskQuadrantOptions | null {
  if ((s.risk === 'column' && !s.riskColumn) || (s.value === 'column' && !s.valueColumn)) return null;
  return {
    risk:
      s.risk === 'column'
        ? { source: 'column', column: s.riskColumn }
        : s.risk === 'model'
          ? { source: 'model', model: s.riskModel }
          : s.risk === 'warnings'
            ? { source: 'warnings', rules: rulesOf(DEFAULT_WARNING_SETTINGS) }
            : { source: s.risk },
    value: s.value === 'column' ? { source: 'column', column: s.valueColumn } : { source: s.value },
    riskThreshold: riskThreshold(s),
    valueThreshold: s.valueRule === 'number' ? { rule: 'number', value: s.valueNumber } : { rule: s.valueRule },
    ...(s.names && defaultNames ? { names: s.names.map((n, q) => n || defaultNames[q]) } : {}),
  };
}

/** Numeric columns to place customers by: the table's own, numeric attributes and value columns. */
export function numericColumns(
  summary: DatasetSummary | null,
  roles: Record<string, string>,
  table: CustomerTableSummary | null,
): string[] {
  const own = table ? SCORE_TABLE_COLUMNS.filter((c) => table.columns.includes(c)) : [];
  const attributes = (summary?.columns ?? [])
    .filter((c) => ['attribute', 'value'].includes(ownValue(roles, c.name) ?? ''))
    .filter((c) => c.type === 'integer' || c.type === 'decimal' || c.type === 'boolean')
    .map((c) => c.name);
  return [...own, ...attributes.filter((a) => !(own as string[]).includes(a))];
}

export function initialSettings({
  summary,
  workbook,
}: {
  summary: DatasetSummary | null;
  workbook: Workbook;
  table: CustomerTableSummary | null;
}): Record<string, unknown> {
  if (!summary) return {};
  const roles = effectiveRoles(summary, workbook.roles);
  const log = summary.shape === 'transactions' && Object.values(roles).includes('date');
  // A log's risk is the risk model's (the workbook's, when it has one), split in time (quadrantSources.ts).
  return log
    ? { risk: 'model', value: 'clv', riskRule: 'median', valueRule: 'pareto' }
    : { risk: 'model', riskModel: 'logistic', value: 'historical', riskRule: 'median', valueRule: 'pareto' };
}
