/**
 * What counts as churn, as one serialisable object. The same JSON is saved in a workbook,
 * given to the command line, and printed on every result it produced.
 */

import { DEFAULT_RELATIVE_MIN_DAYS, type ChurnDefinition } from '../../engine/api.ts';

export type { ChurnDefinition };

export const DEFAULT_DEFINITIONS: Record<ChurnDefinition['kind'], ChurnDefinition> = {
  flag: { kind: 'flag' },
  inactivity: { kind: 'inactivity', days: 180 },
  'contract-end': { kind: 'contract-end' },
  partial: { kind: 'partial', months: 3, dropPercent: 50 },
};

const positive = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0;
const nonNegative = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Checks a definition from JSON (workbook, command line), with a plain-words message. */
export function validateDefinition(
  value: unknown,
): { ok: true; definition: ChurnDefinition } | { ok: false; message: string } {
  if (typeof value !== 'object' || value === null)
    return { ok: false, message: 'A churn definition must be an object such as {"kind": "inactivity", "days": 180}.' };
  const d = value as Record<string, unknown>;
  const optionalString = (k: string) => d[k] === undefined || typeof d[k] === 'string';
  switch (d.kind) {
    case 'flag':
      if (!optionalString('column') || !optionalString('dateColumn'))
        return { ok: false, message: 'flag: "column" and "dateColumn" must be column names.' };
      return {
        ok: true,
        definition: {
          kind: 'flag',
          column: d.column as string | undefined,
          dateColumn: d.dateColumn as string | undefined,
        },
      };
    case 'inactivity':
      if (!positive(d.days)) return { ok: false, message: 'inactivity: "days" must be a number of days above 0.' };
      if (d.relativeFactor !== undefined && !positive(d.relativeFactor))
        return { ok: false, message: 'inactivity: "relativeFactor" must be above 0.' };
      if (d.minDays !== undefined && d.relativeFactor === undefined)
        return {
          ok: false,
          message: 'inactivity: "minDays" is the floor of a relative window; it needs "relativeFactor".',
        };
      if (d.minDays !== undefined && !nonNegative(d.minDays))
        return { ok: false, message: 'inactivity: "minDays" must be a number of days, 0 or more.' };
      if (d.atRiskDays !== undefined && (!positive(d.atRiskDays) || (d.atRiskDays as number) > (d.days as number)))
        return { ok: false, message: 'inactivity: "atRiskDays" must be above 0 and not more than "days".' };
      return {
        ok: true,
        definition: {
          kind: 'inactivity',
          days: d.days as number,
          relativeFactor: d.relativeFactor as number | undefined,
          // The floor is part of every relative definition, so every stamp shows it.
          minDays:
            d.relativeFactor === undefined
              ? undefined
              : ((d.minDays as number | undefined) ?? DEFAULT_RELATIVE_MIN_DAYS),
          atRiskDays: d.atRiskDays as number | undefined,
        },
      };
    case 'contract-end':
      if (!optionalString('column')) return { ok: false, message: 'contract-end: "column" must be a column name.' };
      return { ok: true, definition: { kind: 'contract-end', column: d.column as string | undefined } };
    case 'partial':
      if (!positive(d.months) || !Number.isInteger(d.months))
        return { ok: false, message: 'partial: "months" must be a whole number of months above 0.' };
      if (!positive(d.dropPercent) || (d.dropPercent as number) > 100)
        return { ok: false, message: 'partial: "dropPercent" must be between 0 and 100.' };
      return {
        ok: true,
        definition: { kind: 'partial', months: d.months as number, dropPercent: d.dropPercent as number },
      };
    default:
      return {
        ok: false,
        message: `Unknown churn definition kind ${JSON.stringify(d.kind)}; use flag, inactivity, contract-end or partial.`,
      };
  }
}

/** One line a person can read, printed on charts and exports. */
export function describeDefinition(d: ChurnDefinition): string {
  switch (d.kind) {
    case 'flag':
      return `churned = the churn flag${d.column ? ` "${d.column}"` : ''} is yes`;
    case 'inactivity': {
      const base = d.relativeFactor
        ? `more than ${d.relativeFactor} × their median gap between purchases, and more than ${d.minDays ?? DEFAULT_RELATIVE_MIN_DAYS} days, without activity (more than ${d.days} days for single-purchase customers)`
        : `more than ${d.days} days without activity`;
      return `churned = ${base}${d.atRiskDays ? `; at risk = at least ${d.atRiskDays} days without activity` : ''}`;
    }
    case 'contract-end':
      return `churned = contract end or cancellation date${d.column ? ` "${d.column}"` : ''} on or before the as-of date`;
    case 'partial':
      return `churned = revenue in the last ${d.months} complete months fell at least ${d.dropPercent} % against the ${d.months} months before`;
  }
}
