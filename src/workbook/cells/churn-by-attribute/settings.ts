/**
 * A churn-by-attribute cell's settings: the column, how a numeric column is cut (quantile
 * groups or typed bands), the smallest group worth ranking, the order and, for a column that
 * varies within customers, its rule. A new cell starts on a customer attribute with a handful of
 * values.
 */
import {
  ATTRIBUTE_SORTS,
  type AttributeRules,
  type AttributeSort,
  type ChurnByAttributeOptions,
  type CustomerTableSummary,
  type DatasetSummary,
} from '../../../engine/api.ts';
import { attributeRules, oneOf, text, wholeAtLeast } from '../savedSettings.ts';
import { rulesFor } from '../cellColumns.ts';
import { effectiveRoles } from '../../../state/analysisSettings.ts';
import type { Workbook } from '../../../state/workbook.svelte.ts';
import { ownValue } from '../../../engine/api.ts';

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
  // A column that varies within customers needs a rule first: start on the customer's own.
  const varies = new Set(table?.attributeVariation.filter((v) => v.level === 'varies').map((v) => v.column));
  const candidates = summary.columns.filter(
    (c) =>
      ['attribute', 'value', 'reason'].includes(ownValue(roles, c.name) ?? '') &&
      c.type !== 'identifier' &&
      c.type !== 'text' &&
      !varies.has(c.name) &&
      // The file a customer's latest row came from only restates when they last bought.
      c.name !== summary.sourceColumn,
  );
  const small = candidates.find((c) => c.distinct >= 2 && c.distinct <= 60) ?? candidates[0];
  return { column: small?.name ?? '' };
}

export interface AttributeSettings {
  column: string;
  /** Quantile groups for a numeric column. */
  bins: number;
  /** Bands typed by the user ("0, 12, 24, 72"); '' = quantiles. */
  bands: string;
  minGroupSize: number;
  sort: AttributeSort;
  /** How a column that varies within customers becomes one value per customer (column → rule). */
  rules: AttributeRules;
}

export function attributeSettings(saved: Record<string, unknown>): AttributeSettings {
  return {
    column: text(saved.column),
    bins: wholeAtLeast(saved.bins, 2, 5),
    bands: text(saved.bands),
    minGroupSize: wholeAtLeast(saved.minGroupSize, 1, 30),
    sort: oneOf(saved.sort, ATTRIBUTE_SORTS, 'rate'),
    rules: attributeRules(saved.rules),
  };
}

/** "0, 12 24" → [0, 12, 24]; null when a part is not a number or the edges do not rise. */
export function parseBands(typed: string): number[] | null {
  const edges = typed
    .split(/[\s,;，、]+/)
    .filter(Boolean)
    .map(Number);
  if (edges.length < 2 || edges.some((e, i) => !Number.isFinite(e) || (i > 0 && e <= edges[i - 1]))) return null;
  return edges;
}

/** The engine's options; null until a column is picked (or while typed bands do not parse). */
export function attributeOptions(s: AttributeSettings): ChurnByAttributeOptions | null {
  if (!s.column) return null;
  const bands = s.bands.trim() ? parseBands(s.bands) : undefined;
  if (bands === null) return null;
  const rules = rulesFor(s.rules, [s.column]);
  return {
    column: s.column,
    bins: bands ?? s.bins,
    minGroupSize: s.minGroupSize,
    sort: s.sort,
    ...(rules ? { attributeRules: rules } : {}),
  };
}
