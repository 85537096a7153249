/** The early-warning cell's saved settings: which rules are on, with their parameters, and the list view. */
import { WARNING_RULE_KINDS, type WarningRule } from '../../../engine/api.ts';

export type WarningKind = WarningRule['kind'];
export const WARNING_KINDS: readonly WarningKind[] = WARNING_RULE_KINDS;

export interface WarningSettings {
  rules: {
    declining: { on: boolean; months: number };
    below: { on: boolean; threshold: number; months: number };
    seasonal: { on: boolean; years: number };
    overdue: { on: boolean; factor: number };
  };
  sort: 'value' | 'lastDate';
  filter: 'all' | WarningKind;
  /** List customers already churned under the active definition too (badged). */
  includeChurned: boolean;
}

export const DEFAULT_WARNING_SETTINGS: WarningSettings = {
  rules: {
    declining: { on: true, months: 3 },
    below: { on: false, threshold: 0, months: 3 },
    seasonal: { on: false, years: 1 },
    overdue: { on: true, factor: 2 },
  },
  sort: 'value',
  filter: 'all',
  includeChurned: false,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A cell's settings with defaults filled in (a workbook may hold older or partial settings). */
export function warningSettings(saved: Record<string, unknown>): WarningSettings {
  const d = DEFAULT_WARNING_SETTINGS;
  const rules = isRecord(saved.rules) ? saved.rules : {};
  const merged = Object.fromEntries(
    WARNING_KINDS.map((kind) => [kind, { ...d.rules[kind], ...(isRecord(rules[kind]) ? rules[kind] : {}) }]),
  ) as WarningSettings['rules'];
  const sort = saved.sort === 'lastDate' ? 'lastDate' : 'value';
  const filter = WARNING_KINDS.includes(saved.filter as WarningKind) ? (saved.filter as WarningKind) : 'all';
  return { rules: merged, sort, filter, includeChurned: saved.includeChurned === true };
}

const whole = (v: number, least: number) => Number.isInteger(v) && v >= least;

/** The rules that are on and complete (a half-typed number leaves its rule out until it is valid). */
export function rulesOf(settings: WarningSettings): WarningRule[] {
  const r = settings.rules;
  const rules: WarningRule[] = [];
  if (r.declining.on && whole(r.declining.months, 2)) rules.push({ kind: 'declining', months: r.declining.months });
  if (r.below.on && Number.isFinite(r.below.threshold) && r.below.threshold >= 0 && whole(r.below.months, 1))
    rules.push({ kind: 'below', threshold: r.below.threshold, months: r.below.months });
  if (r.seasonal.on && whole(r.seasonal.years, 1)) rules.push({ kind: 'seasonal', years: r.seasonal.years });
  if (r.overdue.on && Number.isFinite(r.overdue.factor) && r.overdue.factor > 0)
    rules.push({ kind: 'overdue', factor: r.overdue.factor });
  return rules;
}

/** A new early-warning cell starts with the default rules. */
export function initialSettings(): Record<string, unknown> {
  return { ...structuredClone(DEFAULT_WARNING_SETTINGS) };
}
