/**
 * One RFM segmentation of customers' recency (days), frequency and monetary value: the
 * quintile scheme (R rfm's scores, then the score map's rules) or the eight classes (each
 * measure against its mean or median). Each customer gets scores and a segment index; the
 * segments are listed by code, every rule of the map (empty or not) and then Others, or the
 * eight classes in their fixed order.
 */
import { EIGHT_CLASS_CODES, RFM_OTHERS, type RfmScheme, type ScoreMap } from '../../../engine/api.ts';
import { eightClasses } from './eightClasses.ts';
import { rfmScores } from './rfmScores.ts';
import { coveredRules, segmentOf } from './scoreMap.ts';

export interface RfmMeasureColumns {
  recencyDays: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
}

export interface RfmSegmentation {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  /** Index into `codes`. */
  segment: Int32Array;
  codes: string[];
  /** Score levels of R, F and M: bins, or 2 for the eight classes (1 low, 2 high). */
  levels: number;
  /** Per code: the rule can hold no one (quintile scheme only). */
  covered?: boolean[];
  breaks?: { recency: number[]; frequency: number[]; monetary: number[] };
  thresholds?: { statistic: 'mean' | 'median'; recency: number; frequency: number; monetary: number };
}

export function rfmSegmentation(
  measures: RfmMeasureColumns,
  scheme: RfmScheme,
  bins: number,
  scoreMap: ScoreMap,
): RfmSegmentation {
  const { recencyDays, frequency, monetary } = measures;
  if (scheme === 'quintile') {
    const s = rfmScores(recencyDays, frequency, monetary, bins);
    return {
      r: s.r,
      f: s.f,
      m: s.m,
      segment: segmentOf(s.r, s.f, s.m, scoreMap, bins),
      codes: [...scoreMap.rules.map((rule) => rule.code), RFM_OTHERS],
      levels: bins,
      covered: [...coveredRules(scoreMap, bins), false],
      breaks: {
        recency: Array.from(s.breaks.recency),
        frequency: Array.from(s.breaks.frequency),
        monetary: Array.from(s.breaks.monetary),
      },
    };
  }
  const statistic = scheme === 'mean8' ? 'mean' : 'median';
  const e = eightClasses(recencyDays, frequency, monetary, statistic);
  return {
    r: e.r,
    f: e.f,
    m: e.m,
    segment: Int32Array.from(e.classOf),
    codes: [...EIGHT_CLASS_CODES],
    levels: 2,
    thresholds: { statistic, ...e.thresholds },
  };
}
