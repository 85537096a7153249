/** What a retention-projection cell keeps in its settings, read back with defaults, and its engine options. */
import type { ProjectionOptions } from '../../../engine/api.ts';
import { oneOf, text, wholeAtLeast } from '../savedSettings.ts';

/** Period lengths in days offered for the customer-table source: yearly, monthly and weekly renewals. */
export const PERIOD_DAYS = { year: 365.25, month: 30.4375, week: 7 } as const;

export interface ProjectionSettings {
  source: 'survival' | 'columns';
  /** 0 = not chosen: the engine takes years, months or weeks by the span of the data. */
  periodDays: number;
  /** The columns source: period number and number (or %) alive, and the customers at period 0 (0 = not known). */
  period: string;
  survivors: string;
  cohortSize: number;
  /** Periods 0 … fitPeriods are fitted; 0 = not chosen yet (the cell picks from the data). */
  fitPeriods: number;
  horizon: number;
  /** Discount rate per period for the expected lifetime, as a fraction. */
  discount: number;
}

export function projectionSettings(raw: Record<string, unknown>): ProjectionSettings {
  return {
    source: oneOf(raw.source, ['survival', 'columns'] as const, 'survival'),
    periodDays: typeof raw.periodDays === 'number' && raw.periodDays > 0 ? raw.periodDays : 0,
    period: text(raw.period),
    survivors: text(raw.survivors),
    cohortSize: typeof raw.cohortSize === 'number' && raw.cohortSize > 0 ? raw.cohortSize : 0,
    fitPeriods: wholeAtLeast(raw.fitPeriods, 0, 0),
    horizon: wholeAtLeast(raw.horizon, 0, 0),
    discount: typeof raw.discount === 'number' && raw.discount >= 0 && raw.discount < 1 ? raw.discount : 0,
  };
}

/**
 * Engine options: what the user chose, the rest left to the engine (it says in the result what
 * it chose). A chosen fit is held within the periods of the last answer for this source.
 */
export function projectionOptions(s: ProjectionSettings, lastPeriod: number | null): ProjectionOptions | null {
  const source: ProjectionOptions['source'] =
    s.source === 'survival'
      ? { kind: 'survival', ...(s.periodDays > 0 ? { periodDays: s.periodDays } : {}) }
      : {
          kind: 'columns',
          period: s.period,
          survivors: s.survivors,
          ...(s.cohortSize > 0 ? { cohortSize: s.cohortSize } : {}),
        };
  if (source.kind === 'columns' && (!source.period || !source.survivors)) return null;
  const fitPeriods = s.fitPeriods && lastPeriod !== null ? Math.max(2, Math.min(lastPeriod, s.fitPeriods)) : undefined;
  const horizon = s.horizon ? Math.max(s.horizon, fitPeriods ?? 2) : undefined;
  return { source, fitPeriods, horizon, discount: s.discount };
}

/** Numeric columns of the data for the columns source: a period-like name first. */
export function projectionColumns(columns: { name: string; type: string }[]): { period: string; survivors: string } {
  const numeric = columns.filter((c) => c.type === 'integer' || c.type === 'decimal').map((c) => c.name);
  const period =
    numeric.find((n) => /^(year|period|month|week|t|time|age)s?$/i.test(n)) ??
    numeric.find((n) => /year|period|month|week/i.test(n)) ??
    numeric[0] ??
    '';
  const survivors =
    numeric.find((n) => n !== period && /alive|surviv|retain|active|customers/i.test(n)) ??
    numeric.find((n) => n !== period) ??
    '';
  return { period, survivors };
}
