/**
 * A churn-drivers cell's settings: how numbers are binned, the permutations (count, seed, share
 * held out), how many top features the small multiples show, the features (every usable column
 * unless chosen), a log's cutoff and label window (the risk model's temporal split) and the decision-factor table — each factor a course factor or the user's own
 * name, a survey column or a typed rating, and its two weights. A new cell starts with the
 * course's six factors, not yet rated.
 */
import {
  DRIVER_FACTOR_KEYS,
  type ChurnDriversOptions,
  type DecisionFactor,
  type DriverFactorKey,
} from '../../../engine/api.ts';
import { isRecord, text, wholeAtLeast } from '../savedSettings.ts';

export interface SavedFactor {
  key?: DriverFactorKey;
  name?: string;
  /** '' = the rating is typed. */
  column: string;
  rating: number | null;
  importance: number | null;
  availability: number | null;
}

export interface DriverSettings {
  bins: number;
  repeats: number;
  seed: number;
  testFraction: number;
  topFeatures: number;
  /** null = every usable column. */
  features: string[] | null;
  factors: SavedFactor[];
  /** A log's temporal split: YYYY-MM-DD, '' for none. */
  cutoff: string;
  /** 0 = the definition's default. */
  windowDays: number;
}

export function initialSettings(): Record<string, unknown> {
  return {
    factors: DRIVER_FACTOR_KEYS.map((key): SavedFactor => ({
      key,
      column: '',
      rating: null,
      importance: null,
      availability: null,
    })),
  };
}

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const numberIn = (v: unknown, min: number, max: number, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback;

function savedFactor(v: unknown): SavedFactor | null {
  if (!isRecord(v)) return null;
  const key = DRIVER_FACTOR_KEYS.includes(v.key as DriverFactorKey) ? (v.key as DriverFactorKey) : undefined;
  const name = typeof v.name === 'string' ? v.name : undefined;
  if (!key && name === undefined) return null;
  return {
    ...(key ? { key } : { name }),
    column: text(v.column),
    rating: numberOrNull(v.rating),
    importance: numberOrNull(v.importance),
    availability: numberOrNull(v.availability),
  };
}

export function driverSettings(saved: Record<string, unknown>): DriverSettings {
  const features = Array.isArray(saved.features) ? saved.features.filter((f) => typeof f === 'string') : null;
  const factors = Array.isArray(saved.factors)
    ? saved.factors.map(savedFactor).filter((f): f is SavedFactor => f !== null)
    : [];
  return {
    bins: Math.min(20, wholeAtLeast(saved.bins, 2, 5)),
    repeats: Math.min(100, wholeAtLeast(saved.repeats, 1, 10)),
    seed: typeof saved.seed === 'number' && Number.isInteger(saved.seed) ? saved.seed : 1,
    testFraction: numberIn(saved.testFraction, 0.1, 0.9, 0.25),
    topFeatures: Math.min(12, wholeAtLeast(saved.topFeatures, 1, 4)),
    features: features && features.length > 0 ? features : null,
    factors: factors.slice(0, 30),
    cutoff: /^\d{4}-\d{2}-\d{2}$/.test(text(saved.cutoff)) ? text(saved.cutoff) : '',
    windowDays:
      Number.isInteger(saved.windowDays) && (saved.windowDays as number) > 0 ? (saved.windowDays as number) : 0,
  };
}

export function driverOptions(s: DriverSettings): ChurnDriversOptions {
  return {
    bins: s.bins,
    repeats: s.repeats,
    seed: s.seed,
    testFraction: s.testFraction,
    ...(s.features ? { features: s.features } : {}),
    ...(s.cutoff ? { cutoff: s.cutoff, ...(s.windowDays > 0 ? { windowDays: s.windowDays } : {}) } : {}),
    factors: s.factors.map((f): DecisionFactor => ({
      ...(f.key ? { key: f.key } : { name: f.name ?? '' }),
      ...(f.column ? { column: f.column } : f.rating !== null ? { rating: f.rating } : {}),
      ...(f.importance !== null ? { importance: f.importance } : {}),
      ...(f.availability !== null ? { availability: f.availability } : {}),
    })),
  };
}
