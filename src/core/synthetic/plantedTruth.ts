/**
 * What the teaching-data generator plants, so a student can check whether a method recovers it.
 * Every number here is a parameter of the process that draws the data (generateLog.ts,
 * generateSnapshot.ts); none is estimated from the data.
 */

export type SyntheticShape = 'log' | 'snapshot' | 'segments';

/** Transaction log: repeat buying, spend, signups and a seasonal segment. Time in weeks. */
export interface LogTruth {
  shape: 'log';
  /** The first day of the signup period (ISO date); signups are uniform over `signupDays`. */
  start: string;
  signupDays: number;
  /** The last day observed (ISO date): purchases fall on or before it. */
  end: string;
  /**
   * BG/NBD (Fader, Hardie & Lee 2005): while alive a customer buys at rate λ ~ Gamma(r, α) per
   * week (shape r, rate α); after each repeat purchase they drop out with probability
   * p ~ Beta(a, b). At most one purchase a day (generateLog.ts). Defaults: FHL's published CDNOW estimates.
   */
  bgNbd: { r: number; alpha: number; a: number; b: number };
  /**
   * Gamma-Gamma spend (Fader, Hardie & Lee 2005, "RFM and CLV"): each purchase's amount
   * z ~ Gamma(p, ν) (shape p, rate ν), ν ~ Gamma(q, γ) per customer. Mean spend pγ/(q−1).
   * Defaults: the published CDNOW estimates.
   */
  gammaGamma: { p: number; q: number; gamma: number };
  /**
   * A seasonal segment (the course's swimwear exporter): this share of customers orders once a
   * year, on a day uniform in the season [seasonStartDay, seasonEndDay] (days from 1 January,
   * 0-based), from the first season after `start`; before each later season they stop with
   * probability `annualChurn`. Their orders use the same spend model. Their ids start with "S".
   */
  seasonal: { share: number; seasonStartDay: number; seasonEndDay: number; annualChurn: number };
}

/** Customer snapshot: contracts, tenure, charges, churn from a logistic model and a reason mix. */
export interface SnapshotTruth {
  shape: 'snapshot';
  /** Shares of Month-to-month, One year, Two year contracts. */
  contractShares: { monthToMonth: number; oneYear: number; twoYear: number };
  /** Tenure in whole months, uniform on [1, maxTenure]; monthly charges uniform on [min, max], to cents. */
  maxTenure: number;
  charges: { min: number; max: number };
  /** Support calls in the last year ~ Poisson(mean). */
  supportCallsMean: number;
  /**
   * P(churn) = 1 / (1 + e^−η), η = intercept + oneYear·[One year] + twoYear·[Two year]
   * + tenure·months + monthlyCharges·charges + supportCalls·calls (Month-to-month the baseline).
   */
  logistic: {
    intercept: number;
    oneYear: number;
    twoYear: number;
    tenure: number;
    monthlyCharges: number;
    supportCalls: number;
  };
  /**
   * Each churned customer's reason, drawn with these shares (they sum to 1), and its churn type
   * in the app's reason taxonomy: competitor, disappointed (price, service) — voluntary, the
   * customer left — and natural (moved) or involuntary (the company disconnected for non-payment).
   */
  reasons: { reason: string; type: 'competitor' | 'disappointed' | 'natural' | 'involuntary'; share: number }[];
}

/**
 * Customers in segments, each with its share and churn rate realised exactly (generateSegments.ts):
 * the course's A/B/C value tiers by default, or any grouping a lesson needs (students by year of
 * study). With a value column, each segment's values are uniform on its range (to cents).
 */
export interface SegmentsTruth {
  shape: 'segments';
  /** Customer ids are this prefix and a number. */
  idPrefix: string;
  /** The columns after customer_id: the segment, an optional value, the churn flag (Yes/No). */
  columns: { segment: string; value?: string; churn: string };
  segments: { name: string; share: number; churn: number; value?: { min: number; max: number } }[];
}

export type PlantedTruth = LogTruth | SnapshotTruth | SegmentsTruth;

export const DEFAULT_LOG_TRUTH: LogTruth = {
  shape: 'log',
  start: '2023-01-01',
  signupDays: 365,
  end: '2025-12-31',
  bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
  seasonal: { share: 0.1, seasonStartDay: 59, seasonEndDay: 119, annualChurn: 0.3 },
};

export const DEFAULT_SNAPSHOT_TRUTH: SnapshotTruth = {
  shape: 'snapshot',
  contractShares: { monthToMonth: 0.55, oneYear: 0.21, twoYear: 0.24 },
  maxTenure: 72,
  charges: { min: 18, max: 118 },
  supportCallsMean: 1.5,
  logistic: { intercept: -0.6, oneYear: -1.2, twoYear: -2.4, tenure: -0.03, monthlyCharges: 0.012, supportCalls: 0.3 },
  reasons: [
    { reason: 'Competitor offer', type: 'competitor', share: 0.35 },
    { reason: 'Price', type: 'disappointed', share: 0.25 },
    { reason: 'Poor service', type: 'disappointed', share: 0.2 },
    { reason: 'Moved', type: 'natural', share: 0.1 },
    { reason: 'Non-payment', type: 'involuntary', share: 0.1 },
  ],
};

/**
 * The course's A/B/C tiers: 10 / 30 / 60 % of customers by value, churning 5 / 15 / 30 %, so
 * 0.1 × 5 % + 0.3 × 15 % + 0.6 × 30 % = 23 % overall. The value ranges do not overlap, so
 * ranking customers by value gives back the planted tiers.
 */
export const DEFAULT_SEGMENTS_TRUTH: SegmentsTruth = {
  shape: 'segments',
  idPrefix: 'V',
  columns: { segment: 'tier', value: 'annual_value', churn: 'churn' },
  segments: [
    { name: 'A', share: 0.1, churn: 0.05, value: { min: 5_000, max: 20_000 } },
    { name: 'B', share: 0.3, churn: 0.15, value: { min: 1_000, max: 4_999.99 } },
    { name: 'C', share: 0.6, churn: 0.3, value: { min: 50, max: 999.99 } },
  ],
};

/** Sizes the generator accepts: a thousand to a million customers. */
export const MIN_CUSTOMERS = 1_000;
export const MAX_CUSTOMERS = 1_000_000;
