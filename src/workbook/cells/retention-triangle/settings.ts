/** What a retention-triangle cell keeps in its settings, read back with defaults, and its engine options. */
import {
  COHORT_PERIODS,
  COHORT_WINDOWS,
  RETENTION_MEASURES,
  type AttributeRules,
  type CohortPeriod,
  type CohortWindows,
  type RetentionMeasure,
  type RetentionTriangleOptions,
} from '../../../engine/api.ts';
import { attributeRules, oneOf, text, wholeAtLeast } from '../savedSettings.ts';
import { rulesFor } from '../cellColumns.ts';

export { COHORT_PERIODS, RETENTION_MEASURES };

export interface TriangleSettings {
  period: CohortPeriod;
  measure: RetentionMeasure;
  windows: CohortWindows;
  minCohortSize: number;
  /** '' for one triangle of all customers. */
  breakdown: string;
  /** '' for cohorts by first purchase; else an attribute (category or date) forming the cohorts. */
  cohortBy: string;
  show: 'rates' | 'counts';
  /** Which breakdown value's triangle is drawn (its label); '' = the first. */
  group: string;
  /** How breakdown and cohort columns that vary within customers become one value per customer. */
  rules: AttributeRules;
}

export function triangleSettings(raw: Record<string, unknown>): TriangleSettings {
  return {
    period: oneOf(raw.period, COHORT_PERIODS, 'month'),
    measure: oneOf(raw.measure, RETENTION_MEASURES, 'active'),
    windows: oneOf(raw.windows, COHORT_WINDOWS, 'calendar'),
    minCohortSize: wholeAtLeast(raw.minCohortSize, 1, 30),
    breakdown: text(raw.breakdown),
    cohortBy: text(raw.cohortBy),
    show: oneOf(raw.show, ['rates', 'counts'] as const, 'rates'),
    group: text(raw.group),
    rules: attributeRules(raw.rules),
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
  const rules = rulesFor(s.rules, [options.breakdown, options.cohortBy]);
  if (rules) options.attributeRules = rules;
  return options;
}
