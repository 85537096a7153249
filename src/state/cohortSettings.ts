/**
 * What the retention-triangle, survival and retention-projection cells keep in their settings,
 * read back from a saved workbook with defaults for anything missing or unusable, and turned
 * into engine options. Plain functions, so the cells stay small and the rules are testable.
 */
import type {
  CohortPeriod,
  ProjectionOptions,
  RetentionMeasure,
  RetentionTriangleOptions,
  SurvivalOptions,
  TimeUnit,
} from '../engine/api.ts';

export const COHORT_PERIODS: readonly CohortPeriod[] = ['week', 'month', 'quarter', 'year'];
export const RETENTION_MEASURES: readonly RetentionMeasure[] = ['active', 'retained', 'revenue'];
export const SURVIVAL_UNITS: readonly TimeUnit[] = ['days', 'weeks', 'months'];
/** Period lengths in days offered for the Kaplan–Meier source: yearly and monthly contracts. */
export const PERIOD_DAYS = { year: 365.25, month: 30.4375 } as const;

const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const wholeAtLeast = (value: unknown, min: number, fallback: number): number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min ? value : fallback;

export interface TriangleSettings {
  period: CohortPeriod;
  measure: RetentionMeasure;
  windows: 'calendar' | 'rolling';
  minCohortSize: number;
  /** '' for one triangle of all customers. */
  breakdown: string;
  /** '' for cohorts by first purchase; else an attribute (category or date) forming the cohorts. */
  cohortBy: string;
  show: 'rates' | 'counts';
  /** Which breakdown value's triangle is drawn (its label); '' = the first. */
  group: string;
}

export function triangleSettings(raw: Record<string, unknown>): TriangleSettings {
  return {
    period: oneOf(raw.period, COHORT_PERIODS, 'month'),
    measure: oneOf(raw.measure, RETENTION_MEASURES, 'active'),
    windows: oneOf(raw.windows, ['calendar', 'rolling'] as const, 'calendar'),
    minCohortSize: wholeAtLeast(raw.minCohortSize, 1, 30),
    breakdown: text(raw.breakdown),
    cohortBy: text(raw.cohortBy),
    show: oneOf(raw.show, ['rates', 'counts'] as const, 'rates'),
    group: text(raw.group),
  };
}

export function triangleOptions(s: TriangleSettings): RetentionTriangleOptions {
  const options: RetentionTriangleOptions = {
    period: s.period,
    measure: s.measure,
    windows: s.windows,
    minCohortSize: s.minCohortSize,
  };
  if (s.breakdown) options.breakdown = s.breakdown;
  if (s.cohortBy) options.cohortBy = s.cohortBy;
  return options;
}

export interface SurvivalFilter {
  column: string;
  in: string[];
}

export interface SurvivalSettings {
  unit: TimeUnit;
  /** '' for one curve of all customers. */
  group: string;
  ci: 'log-log' | 'log';
  /** The times to report, as typed: "6, 12, 24". */
  times: string;
  filters: SurvivalFilter[];
  censorTicks: boolean;
}

export const DEFAULT_TIMES: Record<TimeUnit, string> = {
  days: '180, 365, 730',
  weeks: '26, 52, 104',
  months: '6, 12, 24',
};

export function survivalSettings(raw: Record<string, unknown>): SurvivalSettings {
  const unit = oneOf(raw.unit, SURVIVAL_UNITS, 'months');
  const filters = Array.isArray(raw.filters)
    ? (raw.filters as unknown[]).filter(
        (f): f is SurvivalFilter =>
          typeof f === 'object' &&
          f !== null &&
          typeof (f as SurvivalFilter).column === 'string' &&
          Array.isArray((f as SurvivalFilter).in) &&
          (f as SurvivalFilter).in.every((v) => typeof v === 'string'),
      )
    : [];
  return {
    unit,
    group: text(raw.group),
    ci: oneOf(raw.ci, ['log-log', 'log'] as const, 'log-log'),
    times: typeof raw.times === 'string' ? raw.times : DEFAULT_TIMES[unit],
    filters,
    censorTicks: raw.censorTicks !== false,
  };
}

/** "6, 12 24" → [6, 12, 24]; null when something typed is not a number of at least 0. */
export function parseTimes(typed: string): number[] | null {
  const parts = typed.split(/[\s,;，、]+/).filter(Boolean);
  const times = parts.map(Number);
  if (times.some((t) => !Number.isFinite(t) || t < 0)) return null;
  return [...new Set(times)].sort((a, b) => a - b);
}

export function survivalOptions(s: SurvivalSettings): SurvivalOptions {
  const options: SurvivalOptions = { unit: s.unit, ci: s.ci, times: parseTimes(s.times) ?? [] };
  if (s.group) options.group = s.group;
  const filters = s.filters.filter((f) => f.column && f.in.length > 0);
  if (filters.length > 0) options.filters = filters.map((f) => ({ column: f.column, in: [...f.in] }));
  return options;
}

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
