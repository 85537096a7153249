/** What an RFM cell keeps in its settings (saved in the workbook), read back with defaults, and its engine options. */
import {
  RFM_BINS,
  RFM_MONETARY,
  RFM_SCHEMES,
  type RfmMonetary,
  type RfmOptions,
  type RfmScheme,
  type ScoreMap,
  type ScoreRange,
  type ScoreRule,
} from '../../../engine/api.ts';
import { isRecord, oneOf, text, wholeAtLeast } from '../savedSettings.ts';

export interface RfmSettings {
  scheme: RfmScheme;
  bins: number;
  monetary: RfmMonetary;
  /** The user's segment map; null for R rfm's README map. */
  scoreMap: ScoreMap | null;
  colour: 'value' | 'churn';
  /** YYYY-MM-DD of the comparison, '' for none. */
  compareAsOf: string;
  /** The earlier segment whose moves the flow chart follows, '' for all. */
  follow: string;
}

const isRange = (v: unknown): v is ScoreRange =>
  Array.isArray(v) && v.length === 2 && v.every((s) => Number.isInteger(s));

function savedRule(v: unknown): ScoreRule | null {
  if (!isRecord(v) || typeof v.code !== 'string' || !isRange(v.r) || !isRange(v.f) || !isRange(v.m)) return null;
  return {
    code: v.code,
    ...(typeof v.name === 'string' && v.name.trim() ? { name: v.name } : {}),
    r: [v.r[0], v.r[1]],
    f: [v.f[0], v.f[1]],
    m: [v.m[0], v.m[1]],
  };
}

/** A saved map in its shape, or null (the engine checks its ranges and codes and says what is wrong). */
export function savedScoreMap(v: unknown): ScoreMap | null {
  if (!isRecord(v) || !Number.isInteger(v.scale) || !Array.isArray(v.rules)) return null;
  const rules = v.rules.map(savedRule);
  if (rules.some((r) => r === null)) return null;
  return { scale: v.scale as number, rules: rules as ScoreRule[] };
}

export function rfmSettings(raw: Record<string, unknown>): RfmSettings {
  const bins = wholeAtLeast(raw.bins, RFM_BINS.min, RFM_BINS.default);
  const compare = text(raw.compareAsOf);
  return {
    scheme: oneOf(raw.scheme, RFM_SCHEMES, 'quintile'),
    bins: bins <= RFM_BINS.max ? bins : RFM_BINS.default,
    monetary: oneOf(raw.monetary, RFM_MONETARY, 'total'),
    scoreMap: savedScoreMap(raw.scoreMap),
    colour: oneOf(raw.colour, ['value', 'churn'] as const, 'value'),
    compareAsOf: /^\d{4}-\d{2}-\d{2}$/.test(compare) ? compare : '',
    follow: text(raw.follow),
  };
}

export function rfmOptions(s: RfmSettings): RfmOptions {
  return {
    scheme: s.scheme,
    monetary: s.monetary,
    ...(s.scheme === 'quintile' ? { bins: s.bins } : {}),
    ...(s.scheme === 'quintile' && s.scoreMap ? { scoreMap: s.scoreMap } : {}),
    ...(s.compareAsOf ? { compareAsOf: s.compareAsOf } : {}),
  };
}

/** Whether a draft map can be applied: whole scores within 1…scale, the lower first, codes unique. */
export function scoreMapValid(map: ScoreMap): boolean {
  const codes = new Set(map.rules.map((r) => r.code));
  if (codes.size !== map.rules.length || map.rules.length === 0) return false;
  return map.rules.every((rule) =>
    [rule.r, rule.f, rule.m].every(
      ([lo, hi]) => Number.isInteger(lo) && Number.isInteger(hi) && lo >= 1 && hi <= map.scale && lo <= hi,
    ),
  );
}
