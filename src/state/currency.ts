/**
 * The currency a workbook's amounts are in. The data rarely says (most exports write bare
 * numbers), so the user sets it for the workbook; when the amount column was written with a
 * sign ("$12.50", "¥88", "12,00 €") that sign is the starting choice.
 */
import type { ColumnSummary, Role } from '../engine/api.ts';
import { ownValue } from '../engine/api.ts';

/** ISO 4217 codes offered, commonest for the product's users first. */
export const CURRENCIES = [
  'CNY',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'HKD',
  'TWD',
  'SGD',
  'KRW',
  'INR',
  'AUD',
  'CAD',
  'CHF',
] as const;

const OF_SIGN: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  // ¥ is also the yen's sign; the product's users mostly mean renminbi, and the choice is shown.
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
};

export function isCurrencyCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}

/**
 * The currency an amount or value column was written in, from the sign its number format
 * names (type inference lists it last: "decimal comma, €"); '' when it was written bare.
 */
export function currencyOfColumns(columns: readonly ColumnSummary[], roles: Record<string, Role>): string {
  for (const role of ['amount', 'value', 'price'] as const) {
    const column = columns.find((c) => (ownValue(roles, c.name) ?? c.role) === role);
    const sign = column?.format?.split(', ').at(-1)?.toLowerCase();
    if (sign && OF_SIGN[sign]) return OF_SIGN[sign];
  }
  return '';
}
