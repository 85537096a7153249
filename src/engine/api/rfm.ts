/**
 * RFM segmentation: recency, frequency and monetary value per customer, scored the way the R
 * package rfm scores them (quintile scheme) or split at the mean or median of each (the eight
 * classes of Chinese BI practice), named segments, their churn and value, the R × F grid and
 * the migration between two as-of dates.
 */
import type { ChurnDefinition } from './customer-table.ts';
import type { ResultStamp } from './stamp.ts';

/** 'quintile': scores 1…bins as R rfm; 'mean8' / 'median8': each of R, F, M above its mean / median or not. */
export const RFM_SCHEMES = ['quintile', 'mean8', 'median8'] as const;
export type RfmScheme = (typeof RFM_SCHEMES)[number];
/** Monetary value: the customer's total spend, or their mean spend per order. */
export const RFM_MONETARY = ['total', 'mean'] as const;
export type RfmMonetary = (typeof RFM_MONETARY)[number];
export const RFM_BINS = { min: 2, max: 9, default: 5 } as const;

/** The named segments of a score map (R rfm's README, and its 0.2.2 vignette with Hibernating). */
export const RFM_SEGMENT_CODES = [
  'champions',
  'loyal',
  'potential-loyalist',
  'new',
  'promising',
  'need-attention',
  'about-to-sleep',
  'at-risk',
  'cant-lose',
  'hibernating',
  'lost',
] as const;
/**
 * The eight classes: R (recency), F, M each high (above the mean or median) or low, in the
 * order R F M = HHH, HLH, LHH, LLH, HHL, HLL, LHL, LLL — 重要价值, 重要发展, 重要保持, 重要挽留,
 * 一般价值, 一般发展, 一般保持, 一般挽留.
 */
export const EIGHT_CLASS_CODES = [
  'important-value',
  'important-development',
  'important-retention',
  'important-winback',
  'general-value',
  'general-development',
  'general-retention',
  'general-winback',
] as const;
/** Customers no rule of the score map matches (R rfm's "Others"). */
export const RFM_OTHERS = 'others';
/** The migration's row of customers who had not bought yet at the earlier as-of date. */
export const RFM_NOT_YET = 'not-yet';

/** An inclusive range of scores, [lowest, highest]. */
export type ScoreRange = [number, number];

export interface ScoreRule {
  /** A segment code (RFM_SEGMENT_CODES) or the user's own (lower-case letters, digits, dashes). */
  code: string;
  /** The user's name for the segment; without one, the app words the code. */
  name?: string;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
}

/**
 * Rules in order: a customer belongs to the first rule whose three ranges hold their scores (R
 * rfm's `rfm_segment`). `scale` is the top score the ranges are written for: with `bins` other
 * than it, a score s counts as ⌈s × scale / bins⌉.
 */
export interface ScoreMap {
  scale: number;
  rules: ScoreRule[];
}

const rule = (code: string, r: ScoreRange, f: ScoreRange, m: ScoreRange): ScoreRule => ({ code, r, f, m });

/** The score maps R rfm documents, by name. */
export const RFM_SCORE_MAPS = {
  /** The README's and the reference pages' segment intervals (rfm 0.3.0). */
  readme: {
    scale: 5,
    rules: [
      rule('champions', [5, 5], [5, 5], [5, 5]),
      rule('potential-loyalist', [3, 5], [3, 5], [2, 5]),
      rule('loyal', [2, 4], [2, 4], [2, 4]),
      rule('promising', [3, 4], [1, 3], [3, 5]),
      rule('new', [4, 5], [1, 3], [1, 5]),
      rule('cant-lose', [1, 2], [3, 4], [4, 5]),
      rule('at-risk', [1, 2], [2, 5], [4, 5]),
      rule('need-attention', [1, 3], [3, 5], [3, 5]),
      rule('about-to-sleep', [2, 3], [1, 3], [1, 4]),
      rule('lost', [1, 1], [1, 5], [1, 5]),
    ],
  },
  /**
   * The 0.2.2 vignette's table of eleven segments, the only one R rfm documents with
   * Hibernating. Read first-match as `rfm_segment` reads it, four rules hold no one: New and
   * Promising lie inside Potential loyalist, Can't lose them inside At risk, and Lost has
   * Hibernating's ranges (the result marks them `covered`).
   */
  vignette: {
    scale: 5,
    rules: [
      rule('champions', [4, 5], [4, 5], [4, 5]),
      rule('loyal', [2, 5], [3, 5], [3, 5]),
      rule('potential-loyalist', [3, 5], [1, 3], [1, 3]),
      rule('new', [4, 5], [1, 1], [1, 1]),
      rule('promising', [3, 4], [1, 1], [1, 1]),
      rule('need-attention', [2, 3], [2, 3], [2, 3]),
      rule('about-to-sleep', [2, 3], [1, 2], [1, 2]),
      rule('at-risk', [1, 2], [2, 5], [2, 5]),
      rule('cant-lose', [1, 1], [4, 5], [4, 5]),
      rule('hibernating', [1, 2], [1, 2], [1, 2]),
      rule('lost', [1, 2], [1, 2], [1, 2]),
    ],
  },
} as const satisfies Record<string, ScoreMap>;
export type ScoreMapPreset = keyof typeof RFM_SCORE_MAPS;
export const DEFAULT_SCORE_MAP_PRESET: ScoreMapPreset = 'readme';

export interface RfmOptions {
  /** Default 'quintile'. */
  scheme?: RfmScheme;
  /** Scores 1…bins for the quintile scheme (default 5, from RFM_BINS.min to RFM_BINS.max). */
  bins?: number;
  /** Default 'total'. */
  monetary?: RfmMonetary;
  /** The quintile scheme's segments (default RFM_SCORE_MAPS.readme). */
  scoreMap?: ScoreMap;
  /** YYYY-MM-DD before the table's as-of date: segments then, from the activity up to that day, and the moves since. */
  compareAsOf?: string;
}

/** What the numbers mean: the result's parameters and how each measure was read. */
export interface RfmDefinition {
  scheme: RfmScheme;
  /** The quintile scheme's bins; 2 for the eight classes (high / low). */
  bins: number;
  monetary: RfmMonetary;
  asOf: string;
  /** Recency is the days from the last purchase to the as-of date: fewer days score higher (R high). */
  recency: 'days-since-last-purchase';
  /** Orders are distinct invoices (the invoice column named) or, without one, purchase rows; returns are not orders. */
  orders: { counted: 'invoices' | 'rows'; invoiceColumn?: string };
  /** Total spend is net of returns when the customer table nets them (its `returns`). */
  returns: 'net' | 'drop';
  /** Quintile scheme: each measure's inner breaks (R rfm's quantile + 1); a score i holds breaks[i − 2] ≤ value < breaks[i − 1]. */
  breaks?: { recency: number[]; frequency: number[]; monetary: number[] };
  /** Eight classes: the cut of each measure. High means strictly above it (recency: strictly fewer days). */
  thresholds?: { statistic: 'mean' | 'median'; recency: number; frequency: number; monetary: number };
  scoreMap?: ScoreMap;
  /** Customers without a known amount: monetary score 0 (eight classes: M low). */
  unknownMonetary: number;
  churn: ChurnDefinition;
}

export interface RfmSegment {
  /** A rule's code, an eight-class code, or RFM_OTHERS. */
  code: string;
  /** The user's name for a rule, when they gave one. */
  name?: string;
  customers: number;
  share: number;
  /** Total spend of the segment, each customer counted at least 0 (returns beyond purchases count 0). */
  value: number;
  valueShare: number;
  churned: number;
  /** Under the customer table's churn definition; NaN for an empty segment. */
  churnRate: number;
  /** Wilson 95 % interval of the churn rate. */
  churnLow: number;
  churnHigh: number;
  meanRecencyDays: number;
  meanFrequency: number;
  meanMonetary: number;
  /** A rule every score triple of which an earlier rule already takes: it can hold no one. */
  covered?: boolean;
}

export interface RfmGridCell {
  r: number;
  f: number;
  customers: number;
  meanMonetary: number;
  churned: number;
  churnRate: number;
}

export interface RfmMigration {
  /** The earlier as-of date. */
  asOf: string;
  /** Segment codes at the earlier date (the segments' order), then RFM_NOT_YET. */
  from: string[];
  /** Segment codes now (the segments' order). */
  to: string[];
  /** counts[i][j]: customers in from[i] then and in to[j] now. */
  counts: number[][];
  /** Customers at the earlier date. */
  earlierCustomers: number;
  /** The user's names of rules, by code (as in segments). */
  names: Record<string, string>;
}

export interface RfmResult {
  stamp: ResultStamp<RfmOptions>;
  method: 'rfm';
  customers: number;
  segments: RfmSegment[];
  definition: RfmDefinition;
  /** Customers by R and F score (1…levels; the eight classes: 1 low, 2 high). */
  grid: { levels: number; cells: RfmGridCell[] };
  migration: RfmMigration | null;
  /** Per customer, in the customer table's order (joins the table; left out of the CLI's JSON). */
  perCustomer: {
    recencyDays: Float64Array;
    frequency: Float64Array;
    monetary: Float64Array;
    r: Uint8Array;
    f: Uint8Array;
    m: Uint8Array;
    /** Index into `segments`. */
    segment: Int32Array;
  };
}
