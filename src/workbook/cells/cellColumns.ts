/** The columns a cell offers in its pickers, by what they are for. */
import {
  ATTRIBUTE_VALUE_RULES,
  type AttributeLevel,
  type AttributeRules,
  type AttributeValueRule,
  type CustomerTableSummary,
  type DatasetSummary,
  type Role,
} from '../../engine/api.ts';
import { ownValue } from '../../engine/api.ts';

export interface AttributeChoice {
  name: string;
  /** Words for a column the table adds (e.g. "RFM segment" for segment); the data's own columns show their names. */
  label?: string;
  /** 'varies': offered apart, with a rule to choose; 'nearly-customer': offered directly, read by its latest value. */
  level: AttributeLevel;
  varyingCustomers: number;
  /** The rules it can be read by. */
  rules: readonly AttributeValueRule[];
}

/** Rules whose values are the column's own values (what a filter's checkboxes list). */
export const VALUE_RULES: readonly AttributeValueRule[] = ['latest', 'most-frequent'];

/**
 * The attributes a cell offers, with whether each is constant within customers (from the
 * customer table; before there is one, as the data's columns). An identifier that varies
 * within customers (an invoice number) is offered only counted (count-distinct); `allowed`
 * narrows the rules, and a column left with none is not offered.
 */
export function attributeChoices(
  summary: DatasetSummary | null,
  roles: Record<string, Role>,
  table: CustomerTableSummary | null,
  allowed: readonly AttributeValueRule[] = ATTRIBUTE_VALUE_RULES,
): AttributeChoice[] {
  const variation = new Map((table?.attributeVariation ?? []).map((v) => [v.column, v]));
  const choices: AttributeChoice[] = [];
  for (const c of summary?.columns ?? []) {
    const role = ownValue(roles, c.name);
    if (!role || !['attribute', 'value', 'reason'].includes(role)) continue;
    const v = variation.get(c.name);
    const level = v?.level ?? 'customer';
    if (c.type === 'identifier' && level !== 'varies') continue;
    const rules = allowed.filter((r) => c.type !== 'identifier' || r === 'count-distinct');
    if (rules.length === 0) continue;
    choices.push({ name: c.name, level, varyingCustomers: v?.varyingCustomers ?? 0, rules });
  }
  return choices;
}

/** The saved rules of a cell, for the columns it names: what the engine's options carry. */
export function rulesFor(rules: AttributeRules, columns: (string | undefined)[]): AttributeRules | undefined {
  const picked = Object.fromEntries(
    columns.filter((c): c is string => !!c && ownValue(rules, c) !== undefined).map((c) => [c, rules[c]]),
  );
  return Object.keys(picked).length > 0 ? picked : undefined;
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
