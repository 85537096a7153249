/** What a retention-economics cell keeps in its settings, read back with defaults, and its engine options. */
import type { RetentionEconomicsOptions } from '../../../engine/api.ts';
import { oneOf, text } from '../savedSettings.ts';

export interface EconomicsSettings {
  risk: string;
  /** '' = the engine's default. */
  value: string;
  rankBy: 'risk' | 'expected-loss';
  /** Absent = the engine's default (a share of the median value, stated on screen). */
  contactCost?: number;
  offerCost?: number;
  acceptance: number;
  reach: number;
  acquisitionRatio: number;
  retentionGain: number;
  discount: number;
  /** '' = no campaign to evaluate. */
  treatmentColumn: string;
  treatedValues: string;
  /** YYYY-MM-DD; '' = no before/after. */
  campaignDate: string;
  windowDays: number;
}

const inRange = (v: unknown, low: number, high: number, fallback: number) =>
  typeof v === 'number' && v >= low && v <= high ? v : fallback;
const amount = (v: unknown) => (typeof v === 'number' && v >= 0 && Number.isFinite(v) ? v : undefined);

export function economicsSettings(raw: Record<string, unknown>): EconomicsSettings {
  const contactCost = amount(raw.contactCost);
  const offerCost = amount(raw.offerCost);
  return {
    risk: text(raw.risk) || 'model',
    value: text(raw.value),
    rankBy: oneOf(raw.rankBy, ['risk', 'expected-loss'] as const, 'risk'),
    ...(contactCost !== undefined ? { contactCost } : {}),
    ...(offerCost !== undefined ? { offerCost } : {}),
    acceptance: inRange(raw.acceptance, 0, 1, 0.3),
    reach: inRange(raw.reach, 0.01, 1, 0.5),
    acquisitionRatio: inRange(raw.acquisitionRatio, 0, 1000, 5),
    retentionGain: inRange(raw.retentionGain, 0, 1, 0.05),
    discount: inRange(raw.discount, 0, 10, 0.1),
    treatmentColumn: text(raw.treatmentColumn),
    treatedValues: text(raw.treatedValues),
    campaignDate: /^\d{4}-\d{2}-\d{2}$/.test(text(raw.campaignDate)) ? text(raw.campaignDate) : '',
    windowDays:
      typeof raw.windowDays === 'number' && Number.isInteger(raw.windowDays) && raw.windowDays >= 1
        ? raw.windowDays
        : 90,
  };
}

export function economicsOptions(s: EconomicsSettings): RetentionEconomicsOptions {
  const treated = s.treatedValues
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return {
    risk: s.risk,
    ...(s.value ? { value: s.value } : {}),
    rankBy: s.rankBy,
    ...(s.contactCost !== undefined ? { contactCost: s.contactCost } : {}),
    ...(s.offerCost !== undefined ? { offerCost: s.offerCost } : {}),
    acceptance: s.acceptance,
    reach: s.reach,
    acquisitionRatio: s.acquisitionRatio,
    retentionGain: s.retentionGain,
    discount: s.discount,
    ...(s.treatmentColumn && treated.length > 0 ? { treatment: { column: s.treatmentColumn, treated } } : {}),
    ...(s.campaignDate ? { campaignDate: s.campaignDate, windowDays: s.windowDays } : {}),
  };
}
