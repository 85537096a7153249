/**
 * Retention economics: (a) a campaign what-if — contact the top k customers by risk or by
 * expected loss, against random targeting — (b) what keeping customers is worth next to winning
 * new ones, and "+5 points of retention" from the data's own retention, and (c) a campaign's
 * evaluation against a control group. Codes and numbers only.
 */
import type { ResultStamp } from './stamp.ts';
import type { RiskSource, SourceUsed, ValueSource } from './retention-decision.ts';

export interface RetentionEconomicsOptions {
  risk?: RiskSource;
  value?: ValueSource;
  /** Rank customers by churn risk (default) or by expected loss (risk × value). */
  rankBy?: 'risk' | 'expected-loss';
  /** Per contacted customer; default 1 % of the median value. */
  contactCost?: number;
  /** Per accepted offer; default 10 % of the median value. */
  offerCost?: number;
  /** Share of contacted customers who accept the offer; a churner who accepts stays. Default 0.3. */
  acceptance?: number;
  /** The share of churners to reach in the contacts sentence; default 0.5. */
  reach?: number;
  /** Acquiring a customer costs this many times keeping one; default 5 (the course's figure). */
  acquisitionRatio?: number;
  /** Points of annual retention gained; default 0.05. */
  retentionGain?: number;
  /** Annual discount rate for lifetime value; default 0.1. */
  discount?: number;
  /** A column that marks who got the offer, and its values that mean "got it"; the others are the control group. */
  treatment?: { column: string; treated: string[] };
  /** YYYY-MM-DD: the campaign's day, to compare churn in the window before it with the window after it. */
  campaignDate?: string;
  /** Days in each window; default 90. */
  windowDays?: number;
}

export interface ResolvedRetentionEconomicsOptions {
  risk: string;
  value: string;
  rankBy: 'risk' | 'expected-loss';
  contactCost: number;
  offerCost: number;
  acceptance: number;
  reach: number;
  acquisitionRatio: number;
  retentionGain: number;
  discount: number;
  medianValue: number;
  treatment?: { column: string; treated: string[] };
  campaignDate?: string;
  windowDays: number;
}

/**
 * Profit of contacting the top k, for k = ks[i]: Σ over them of acceptance × churned × value −
 * k × contact cost − k × acceptance × offer cost ('observed': churned = the customer's churn under
 * the definition, the model's risk scored out of sample; 'expected': churned = the risk itself).
 */
export interface CampaignCurve {
  basis: 'observed' | 'expected';
  customers: number;
  churners: number;
  ks: number[];
  model: number[];
  random: number[];
  /** Churners reached by the top k (gains). */
  reached: number[];
  best: { k: number; profit: number; randomProfit: number; reached: number };
  /** To reach `reach` of the churners: contacts with the ranking, and without it (random: the same share of everyone). */
  contacts: { reach: number; churners: number; withModel: number; withoutModel: number };
}

export interface RetentionLift {
  /** Where annual retention was read: the last year's period KPIs, or the survival curve (each active customer's chance to stay 12 more months, S(t + 12) / S(t)). */
  source: 'period-kpis' | 'survival';
  activeCustomers: number;
  retention: number;
  improved: number;
  customersKept: number;
  /** Mean yearly revenue of an active customer (total value over tenure in years, at least a month). */
  revenuePerCustomer: number;
  revenueKept: number;
  /** Lifetime value of a customer at each retention (yearly revenue × r / (1 + d − r)). */
  clvPerCustomer: { before: number; after: number };
  clvKept: number;
  acquisition: { ratio: number; retentionCost: number; acquisitionCost: number; keepCost: number; replaceCost: number };
}

export interface CampaignEvaluation {
  column: string;
  treated: { customers: number; churned: number; rate: number; meanValue: number };
  control: { customers: number; churned: number; rate: number; meanValue: number };
  /** Churn rate treated − control, Newcombe's hybrid score 95 % interval. */
  churnDifference: { difference: number; low: number; high: number };
  /** Mean value treated − control, Welch's 95 % interval. */
  valueDifference: { difference: number; low: number; high: number; df: number; p: number };
}

/** One window's customers there at its start and those lost in it. */
export interface ChurnWindow {
  start: string;
  end: string;
  atStart: number;
  churned: number;
  rate: number;
}

/**
 * Churn in the window before the campaign day and in the window after it, among the customers who
 * got the offer (everyone without a treatment column): after − before with Newcombe's interval,
 * which treats the windows as independent samples (they share customers, so it is approximate).
 * `unavailable`: the data has no dates, or the windows do not fit in the data.
 */
export interface BeforeAfter {
  population: 'treated' | 'all';
  before: ChurnWindow | null;
  after: ChurnWindow | null;
  difference: { difference: number; low: number; high: number } | null;
  unavailable?: 'no-dates' | 'outside-data';
}

export interface RetentionEconomicsResult {
  stamp: ResultStamp<ResolvedRetentionEconomicsOptions>;
  sources: { risk: SourceUsed; value: SourceUsed };
  campaign: CampaignCurve;
  /** Null when the table shows no retention (no dates, tenure or churn). */
  lift: RetentionLift | null;
  evaluation: CampaignEvaluation | null;
  /** Null when no campaign date was given. */
  beforeAfter: BeforeAfter | null;
}
