/** What a survival cell keeps in its settings, read back with defaults, and its engine options. */
import {
  DURATION_MEASURES,
  INTERVAL_SCALES,
  TIME_UNITS,
  type AttributeRules,
  type DurationMeasure,
  type IntervalScale,
  type SurvivalOptions,
  type TimeUnit,
} from '../../../engine/api.ts';
import { attributeRules, oneOf, text } from '../savedSettings.ts';
import { rulesFor } from '../cellColumns.ts';

export const SURVIVAL_UNITS = TIME_UNITS;

export interface SurvivalFilter {
  column: string;
  in: string[];
}

export interface SurvivalSettings {
  unit: TimeUnit;
  /** '' for one curve of all customers. */
  group: string;
  ci: IntervalScale;
  /** Under an inactivity definition, where a churned customer's duration ends (README: survival duration). */
  duration: DurationMeasure;
  /** The times to report, as typed: "6, 12, 24". */
  times: string;
  filters: SurvivalFilter[];
  censorTicks: boolean;
  /** How the group and filter columns that vary within customers become one value per customer. */
  rules: AttributeRules;
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
    ci: oneOf(raw.ci, INTERVAL_SCALES, 'log-log'),
    duration: oneOf(raw.duration, DURATION_MEASURES, 'known'),
    times: typeof raw.times === 'string' ? raw.times : DEFAULT_TIMES[unit],
    filters,
    censorTicks: raw.censorTicks !== false,
    rules: attributeRules(raw.rules),
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
  const options: SurvivalOptions = {
    unit: s.unit,
    ci: s.ci,
    duration: s.duration,
    times: parseTimes(s.times) ?? [],
  };
  if (s.group) options.group = s.group;
  const filters = s.filters.filter((f) => f.column && f.in.length > 0);
  if (filters.length > 0) options.filters = filters.map((f) => ({ column: f.column, in: [...f.in] }));
  const rules = rulesFor(s.rules, [options.group, ...(options.filters ?? []).map((f) => f.column)]);
  if (rules) options.attributeRules = rules;
  return options;
}
