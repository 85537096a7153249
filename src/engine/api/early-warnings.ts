/** Early-warning rules and the customers they flag, with the evidence. */
import type { ResultStamp } from './stamp.ts';

export const WARNING_RULE_KINDS = [
  'declining',
  'below',
  'seasonal',
  'overdue',
] as const satisfies readonly WarningRule['kind'][];

export interface EarlyWarningsOptions {
  rules: WarningRule[];
  /**
   * List customers already churned under the active definition too (default: no — a warning is
   * for customers who can still be kept; each listed customer's status says which it is).
   */
  includeChurned?: boolean;
}

export type WarningRule =
  | { kind: 'declining'; months: number }
  | { kind: 'below'; threshold: number; months: number }
  | { kind: 'seasonal'; years: number }
  | { kind: 'overdue'; factor: number };

/**
 * Why a rule fired for a customer, as data the UI words in its language. Amounts are rounded to
 * cents; months are 'YYYY-MM' labels; dates are 'YYYY-MM-DD'.
 */
export type WarningEvidence =
  | { kind: 'declining'; months: number; path: number[]; from: string; to: string }
  | { kind: 'below'; threshold: number; months: number; path: number[]; from: string; to: string }
  | { kind: 'seasonal'; skipped: SkippedSeason[] }
  | { kind: 'overdue'; days: number; since: string; factor: number; usualGap: number };

/** A month bought in the earlier years and not this year: month 0–11 of `year`. */
export interface SkippedSeason {
  month: number;
  year: number;
  /** The earlier years it was bought in, oldest first. */
  earlier: number[];
  /** Revenue in that month a year ago. */
  lastYear: number;
}

export interface FlaggedCustomer {
  customerId: string;
  rules: WarningRule['kind'][];
  valueAtStake: number;
  lastDate: string;
  /** The customer's status under the active definition (churned only when includeChurned). */
  status: 'active' | 'at-risk' | 'churned';
  /** Why each rule fired, as data: the UI and the exports word it. */
  evidence: WarningEvidence[];
  /** Revenue in the last complete months (oldest first), for a sparkline. */
  recentRevenue: number[];
}

export interface WarningList {
  stamp: ResultStamp<EarlyWarningsOptions>;
  /** The rules as validated. */
  rules: WarningRule[];
  /** Customers a rule fired for who are already churned, left out of `flagged` (0 when includeChurned). */
  churnedLeftOut: number;
  months: string[];
  flagged: FlaggedCustomer[];
}
