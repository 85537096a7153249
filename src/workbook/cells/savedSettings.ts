/**
 * Reading a cell's saved settings: a workbook may hold older, partial or hand-edited values,
 * so each reader falls back to the default for anything missing or unusable.
 */
import { ATTRIBUTE_VALUE_RULES, keyedRecord, type AttributeRules, type AttributeValueRule } from '../../engine/api.ts';

export const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
export const wholeAtLeast = (value: unknown, min: number, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min ? value : fallback;
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Saved attribute rules (column → rule), keeping only known rules, in a record without a
 * prototype so that `rules[column]` for a column called `constructor` is its rule or nothing.
 */
export function attributeRules(value: unknown): AttributeRules {
  const rules = keyedRecord<AttributeValueRule>();
  if (!isRecord(value)) return rules;
  for (const [column, rule] of Object.entries(value))
    if (ATTRIBUTE_VALUE_RULES.includes(rule as AttributeValueRule)) rules[column] = rule as AttributeValueRule;
  return rules;
}
