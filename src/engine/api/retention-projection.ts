/** Shifted-beta-geometric projection of retention (Fader & Hardie 2007). */
import type { ResultStamp } from './stamp.ts';

export interface ProjectionOptions {
  /**
   * What to fit: the customer table, counted by whole periods of `periodDays` since each
   * customer's start (left out: years, months or weeks, the longest the data shows losses over
   * for at least 6 periods); or two columns of the loaded data, a period number and the number
   * or % alive, with the number of customers at period 0 when the column holds percentages.
   */
  source:
    | { kind: 'survival'; periodDays?: number }
    | { kind: 'columns'; period: string; survivors: string; cohortSize?: number };
  /** Periods 0 … fitPeriods are used to fit; the rest are held out. Left out: about the first 60 %. */
  fitPeriods?: number;
  /** Project S(t) up to this period. Left out: 12, or the last observed period if later. */
  horizon?: number;
  /** Discount rate per period for the expected lifetime (0 = none). */
  discount?: number;
}

/**
 * What was fitted. `survival`: the customer table's customers by whole periods of periodDays
 * since their start, each counted only for the periods it was observed through: to the as-of
 * date, or, when `observedTo` is 'as-of-less-window' (churn by inactivity, dated to the last
 * purchase and seen only once the window has passed), to the as-of date less the window; with a
 * tenure column and no dates, an active customer is observed for its tenure ('tenure').
 * `columns`: two columns of the data, read as `values` (a first value of 100: percentages; of 1:
 * shares; anything else: customers), with the cohort size given (or null).
 */
export type ProjectionSource =
  | {
      kind: 'survival';
      customers: number;
      /** Of them, the customers observed for at least one whole period (the rest started too recently). */
      observed: number;
      periodDays: number;
      observedTo: 'as-of' | 'as-of-less-window' | 'tenure';
    }
  | {
      kind: 'columns';
      period: string;
      survivors: string;
      values: 'counts' | 'percentages' | 'shares';
      cohortSize: number | null;
    };

/**
 * 'converged': an sBG with finite α and β fits best. 'degenerate-constant-churn': one churn
 * rate for every customer and period fits as well as any sBG (α and β ran off to infinity
 * together, or nobody or everybody left): α and β are not estimated, `churnRate` is that rate
 * and the projection is the geometric curve (1 − θ)^t. 'not-converged': the optimiser stopped
 * at its step limit before settling.
 */
export type ProjectionFit = 'converged' | 'degenerate-constant-churn' | 'not-converged';

/**
 * 'maximum-likelihood': customers counted period by period (the customer table, a column of
 * counts, or percentages with the cohort size given). 'least-squares': a column of percentages
 * or shares without a cohort size, fitted to the proportions with every period weighted alike;
 * no number of customers is assumed, so there is no log-likelihood.
 */
export type ProjectionMethod = 'maximum-likelihood' | 'least-squares';

/** A choice the options left open and the engine made from the data. */
export type ProjectionDefault = 'period' | 'fit-periods' | 'horizon';

export interface ProjectionResult {
  stamp: ResultStamp<ProjectionOptions>;
  source: ProjectionSource;
  fit: ProjectionFit;
  method: ProjectionMethod;
  /** null when the fit is degenerate (they ran off to infinity). */
  alpha: number | null;
  beta: number | null;
  /** Churn probability per period: the cohort's mean α / (α + β), or the one constant rate of a degenerate fit. */
  churnRate: number;
  /** Maximum likelihood only, in customers. */
  logLikelihood: number | null;
  /** Root mean square of observed − fitted share alive over periods 1 … fitPeriods. */
  rmse: number;
  fitPeriods: number;
  /** Which of period, fit periods and horizon the engine chose (the values are in the result and the stamp). */
  defaults: ProjectionDefault[];
  /** Observed share alive at each period (from 0), as far as the data goes. */
  observed: number[];
  /** Customers at risk at the start of, and lost in, periods 1 … last (null for a least-squares fit). */
  lifeTable: { atRisk: number[]; lost: number[] } | null;
  /** Projected share alive at periods 0 … horizon. */
  projected: number[];
  /** Projected retention rate r_t = S(t)/S(t−1) for t = 1 … horizon. */
  retention: number[];
  /** Expected periods a customer alive now stays, over the horizon (discounted if asked). */
  expectedLifetime: number;
  /** Customers at period 0 (null when none is known: a least-squares fit). */
  cohortSize: number | null;
}
