/** What a revenue-movements cell keeps in its settings, read back with defaults, and its engine options. */
import {
  REVENUE_PERIODS,
  type AttributeRules,
  type RevenueMovementsOptions,
  type RevenuePeriod,
} from '../../../engine/api.ts';
import { attributeRules, oneOf, text, wholeAtLeast } from '../savedSettings.ts';
import { rulesFor } from '../cellColumns.ts';

export { REVENUE_PERIODS };

export interface RevenueSettings {
  period: RevenuePeriod;
  /** '' for the bridge of all customers only. */
  by: string;
  /** Which value's bridge is drawn (its label); '' = all customers. */
  group: string;
  /** The waterfall's period (a row's label); '' = the last complete one. */
  bridgePeriod: string;
  /** Contraction alerts: 0 = the engine's default (the partial-churn definition's, else 3 months and 80 %). */
  alertMonths: number;
  alertDrop: number;
  rules: AttributeRules;
}

const percent = (v: unknown): number => (typeof v === 'number' && v > 0 && v <= 100 ? v : 0);

export function revenueSettings(raw: Record<string, unknown>): RevenueSettings {
  return {
    period: oneOf(raw.period, REVENUE_PERIODS, 'month'),
    by: text(raw.by),
    group: text(raw.group),
    bridgePeriod: text(raw.bridgePeriod),
    alertMonths: wholeAtLeast(raw.alertMonths, 1, 0),
    alertDrop: percent(raw.alertDrop),
    rules: attributeRules(raw.rules),
  };
}

export function revenueOptions(s: RevenueSettings): RevenueMovementsOptions {
  const options: RevenueMovementsOptions = { period: s.period };
  if (s.by) options.by = s.by;
  const rules = rulesFor(s.rules, [options.by]);
  if (rules) options.attributeRules = rules;
  if (s.bridgePeriod) options.bridgePeriod = s.bridgePeriod;
  if (s.alertMonths > 0 && s.alertDrop > 0) options.alerts = { months: s.alertMonths, dropPercent: s.alertDrop };
  return options;
}
