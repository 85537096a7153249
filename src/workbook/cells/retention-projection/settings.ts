/** What a retention-projection cell keeps in its settings, read back with defaults, and its engine options. */
import type { ProjectionOptions } from '../../../engine/api.ts';
import { oneOf, text, wholeAtLeast } from '../savedSettings.ts';

/** Period lengths in days offered for the Kaplan–Meier source: yearly and monthly contracts. */
export const PERIOD_DAYS = { year: 365.25, month: 30.4375 } as const;

export interface ProjectionSettings {
  source: 'survival' | 'columns';
  periodDays: number;
  /** The columns source: period number and number (or %) alive. */
  period: string;
  survivors: string;
  /** Periods 0 … fitPeriods are fitted; 0 = not chosen yet (the cell picks from the data). */
  fitPeriods: number;
  horizon: number;
  /** Discount rate per period for the expected lifetime, as a fraction. */
  discount: number;
}

export function projectionSettings(raw: Record<string, unknown>): ProjectionSettings {
  return {
    source: oneOf(raw.source, ['survival', 'columns'] as const, 'survival'),
    periodDays: typeof raw.periodDays === 'number' && raw.periodDays > 0 ? raw.periodDays : PERIOD_DAYS.year,
    period: text(raw.period),
    survivors: text(raw.survivors),
    fitPeriods: wholeAtLeast(raw.fitPeriods, 0, 0),
    horizon: wholeAtLeast(raw.horizon, 0, 0),
    discount: typeof raw.discount === 'number' && raw.discount >= 0 && raw.discount < 1 ? raw.discount : 0,
  };
}

/** The fitted periods when the user has not chosen: about the first 60 % (0–7 of 0–12, as in the paper). */
export function defaultFitPeriods(lastPeriod: number): number {
  return Math.max(2, Math.min(lastPeriod, Math.round(lastPeriod * 0.6)));
}

export function projectionOptions(s: ProjectionSettings, lastPeriod: number | null): ProjectionOptions | null {
  const source: ProjectionOptions['source'] =
    s.source === 'survival'
      ? { kind: 'survival', periodDays: s.periodDays }
      : { kind: 'columns', period: s.period, survivors: s.survivors };
  if (source.kind === 'columns' && (!source.period || !source.survivors)) return null;
  // Until the number of periods in the data is known, fit the fewest the model allows.
  const fit = lastPeriod === null ? 2 : Math.min(lastPeriod, s.fitPeriods || defaultFitPeriods(lastPeriod));
  const horizon = Math.max(fit, s.horizon || Math.max(12, lastPeriod ?? 0));
  return { source, fitPeriods: Math.max(2, fit), horizon, discount: s.discount };
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
