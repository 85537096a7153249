/**
 * Reading a cell's saved settings: a workbook may hold older, partial or hand-edited values,
 * so each reader falls back to the default for anything missing or unusable.
 */
import { ATTRIBUTE_VALUE_RULES, type AttributeRules, type AttributeValueRule } from '../../engine/api.ts';

export const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
export const wholeAtLeast = (value: unknown, min: number, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min ? value : fallback;
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Saved attribute rules (column → rule), keeping only known rules. */
export const attributeRules = (value: unknown): AttributeRules =>
  isRecord(value)
    ? Object.fromEntries(
        Object.entries(value).filter((e): e is [string, AttributeValueRule] =>
          ATTRIBUTE_VALUE_RULES.includes(e[1] as AttributeValueRule),
        ),
      )
    : {};
