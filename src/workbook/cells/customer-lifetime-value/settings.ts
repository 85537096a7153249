/** What a customer-lifetime-value cell keeps in its settings, read back with defaults, and its engine options. */
import {
  CLV_MODELS,
  TIME_UNITS,
  type ClvModel,
  type CustomerLifetimeValueOptions,
  type TimeUnit,
} from '../../../engine/api.ts';
import { oneOf, text } from '../savedSettings.ts';

export interface ClvSettings {
  model: ClvModel;
  /** YYYY-MM-DD; '' = the middle of the data (the engine chooses and says which). */
  calibrationEnd: string;
  /** '' = the customer table's unit. */
  unit: TimeUnit | '';
  /** Units ahead; 0 = one year in the unit. */
  horizon: number;
  /** Annual discount rate and margin, as fractions. */
  discount: number;
  margin: number;
}

const fraction = (value: unknown, fallback: number, max: number) =>
  typeof value === 'number' && value >= 0 && value <= max ? value : fallback;

export function clvSettings(raw: Record<string, unknown>): ClvSettings {
  const end = text(raw.calibrationEnd);
  return {
    model: oneOf(raw.model, CLV_MODELS, 'bg-nbd'),
    calibrationEnd: /^\d{4}-\d{2}-\d{2}$/.test(end) ? end : '',
    unit: oneOf(raw.unit, ['', ...TIME_UNITS] as const, ''),
    horizon: typeof raw.horizon === 'number' && raw.horizon > 0 ? raw.horizon : 0,
    discount: fraction(raw.discount, 0.1, 1),
    margin: fraction(raw.margin, 1, 1),
  };
}

/** Engine options: what the user chose; the rest the engine fills in (and states in the result's stamp). */
export function clvOptions(s: ClvSettings): CustomerLifetimeValueOptions {
  return {
    model: s.model,
    ...(s.calibrationEnd ? { calibrationEnd: s.calibrationEnd } : {}),
    ...(s.unit ? { unit: s.unit } : {}),
    ...(s.horizon > 0 ? { horizon: s.horizon } : {}),
    discount: s.discount,
    margin: s.margin,
  };
}
