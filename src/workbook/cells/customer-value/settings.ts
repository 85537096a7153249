/**
 * What a customer-value cell keeps in the workbook: where margin comes from (the cost column or
 * a gross margin the user states), the tier breaks, and the value score's columns with their
 * direction, scaling and weight. Read back with defaults; a new cell starts on the customer
 * table's value and one column that says how long or how often the customer buys.
 */
import {
  MARGIN_COLUMN,
  SCORE_TABLE_COLUMNS,
  VALUE_SCALINGS,
  ownValue,
  type CustomerTableSummary,
  type CustomerValueOptions,
  type DatasetSummary,
  type ScoreFeature,
} from '../../../engine/api.ts';
import { effectiveRoles } from '../../../state/analysisSettings.ts';
import type { Workbook } from '../../../state/workbook.svelte.ts';
import { isRecord, oneOf, text } from '../savedSettings.ts';

export interface ValueSettings {
  marginSource: 'cost' | 'rate';
  /** Gross margin as a share of value (0.3 = 30 %), used when marginSource is 'rate'. */
  marginRate: number;
  marginBreaks: [number, number];
  features: ScoreFeature[];
}

export const DEFAULT_MARGIN_RATE = 0.3;
const DEFAULT_BREAKS: [number, number] = [0.5, 0.8];

const share = (v: unknown, low: number, high: number, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= low && v <= high ? v : fallback;

function feature(raw: unknown): ScoreFeature | null {
  if (!isRecord(raw)) return null;
  const column = text(raw.column);
  if (!column) return null;
  return {
    column,
    direction: oneOf(raw.direction, ['higher', 'lower'] as const, 'higher'),
    scaling: oneOf(raw.scaling, VALUE_SCALINGS, 'rank'),
    weight: share(raw.weight, 0, Number.MAX_VALUE, 1),
    // Absent: the default of its column (loggedByDefault).
    ...(typeof raw.log === 'boolean' ? { log: raw.log } : {}),
  };
}

/**
 * Whether a score column is logged before min–max or z scaling when the user has not said:
 * money columns are (total value, spend, margin, and columns with the role value), since a few
 * large amounts would otherwise squeeze everyone else into a corner of the scale.
 */
export function loggedByDefault(column: string, roles: Record<string, string>): boolean {
  return ['total_value', 'monetary', MARGIN_COLUMN].includes(column) || ownValue(roles, column) === 'value';
}

export function valueSettings(raw: Record<string, unknown>): ValueSettings {
  const breaks = Array.isArray(raw.marginBreaks) ? raw.marginBreaks : [];
  const first = share(breaks[0], 0, 1, DEFAULT_BREAKS[0]);
  const second = share(breaks[1], 0, 1, DEFAULT_BREAKS[1]);
  const features = (Array.isArray(raw.features) ? raw.features : []).map(feature).filter((f) => f !== null);
  return {
    marginSource: oneOf(raw.marginSource, ['cost', 'rate'] as const, 'rate'),
    marginRate: share(raw.marginRate, -1, 1, DEFAULT_MARGIN_RATE),
    marginBreaks: first > 0 && first < second ? [first, second] : [...DEFAULT_BREAKS],
    // One entry per column: a hand-edited workbook may repeat one.
    features: features.filter((f, j) => features.findIndex((g) => g.column === f.column) === j),
  };
}

/** The engine's options; `roles` settle each min–max or z column's log where the user has not (a rank needs none). */
export function valueOptions(s: ValueSettings, roles: Record<string, string> = {}): CustomerValueOptions {
  return {
    ...(s.marginSource === 'rate' ? { marginRate: s.marginRate } : {}),
    marginBreaks: [...s.marginBreaks],
    features: s.features.map(({ log, ...f }) =>
      f.scaling !== 'rank' && (log ?? loggedByDefault(f.column, roles)) ? { ...f, log: true } : { ...f },
    ),
  };
}

/**
 * The columns a score can use: the customer table's numeric columns it has, numeric and yes/no
 * attributes and value columns, and this cell's margin when there is one.
 */
export function scoreColumns(
  summary: DatasetSummary | null,
  roles: Record<string, string>,
  table: CustomerTableSummary | null,
  withMargin: boolean,
): string[] {
  // Tenure in the data's own unit (Telco's months), where the table says which that is.
  const own: string[] = table
    ? SCORE_TABLE_COLUMNS.filter((c) => table.columns.includes(c)).map((c) =>
        c === 'tenure_days' ? (table.tenureColumn ?? c) : c,
      )
    : [];
  const attributes = (summary?.columns ?? [])
    .filter((c) => ['attribute', 'value'].includes(ownValue(roles, c.name) ?? ''))
    .filter((c) => c.type === 'integer' || c.type === 'decimal' || c.type === 'boolean')
    .filter((c) => c.name !== summary?.sourceColumn)
    .map((c) => c.name);
  return [...own, ...attributes.filter((a) => !own.includes(a)), ...(withMargin ? [MARGIN_COLUMN] : [])];
}

export function initialSettings({
  summary,
  workbook,
  table,
}: {
  summary: DatasetSummary | null;
  workbook: Workbook;
  table: CustomerTableSummary | null;
}): Record<string, unknown> {
  if (!summary) return {};
  const roles = effectiveRoles(summary, workbook.roles);
  const hasCost = Object.values(roles).includes('cost');
  const features: ScoreFeature[] = [{ column: 'total_value', direction: 'higher', scaling: 'rank', weight: 0.6 }];
  // A log says how often the customer buys; a snapshot with a tenure column, how long they stayed.
  const tenure = Object.values(roles).some((r) => r === 'tenure' || r === 'signup_date');
  const second = summary.shape === 'transactions' ? 'orders' : tenure ? (table?.tenureColumn ?? 'tenure_days') : '';
  if (second) features.push({ column: second, direction: 'higher', scaling: 'rank', weight: 0.4 });
  return {
    marginSource: hasCost ? 'cost' : 'rate',
    marginRate: DEFAULT_MARGIN_RATE,
    marginBreaks: [...DEFAULT_BREAKS],
    features,
  };
}
