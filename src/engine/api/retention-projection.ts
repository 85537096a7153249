/** Shifted-beta-geometric projection of retention (Fader & Hardie 2007). */
import type { ResultStamp } from './stamp.ts';

export interface ProjectionOptions {
  /**
   * What to fit: the Kaplan–Meier survival of the customer table at whole periods of
   * `periodDays`, or two columns of the loaded data (a period number and the number or % alive).
   */
  source: { kind: 'survival'; periodDays: number } | { kind: 'columns'; period: string; survivors: string };
  /** Periods 0 … fitPeriods are used to fit; the rest are held out. */
  fitPeriods: number;
  /** Project S(t) up to this period. */
  horizon: number;
  /** Discount rate per period for the expected lifetime (0 = none). */
  discount?: number;
}

/** What was fitted: the Kaplan–Meier curve of this many customers read every periodDays days, or two columns. */
export type ProjectionSource =
  { kind: 'survival'; customers: number; periodDays: number } | { kind: 'columns'; period: string; survivors: string };

export interface ProjectionResult {
  stamp: ResultStamp<ProjectionOptions>;
  source: ProjectionSource;
  alpha: number;
  beta: number;
  logLikelihood: number;
  converged: boolean;
  fitPeriods: number;
  /** Observed share alive at each period (from 0), as far as the data goes. */
  observed: number[];
  /** Projected share alive at periods 0 … horizon. */
  projected: number[];
  /** Projected retention rate r_t = S(t)/S(t−1) for t = 1 … horizon. */
  retention: number[];
  /** Expected periods a customer alive now stays, over the horizon (discounted if asked). */
  expectedLifetime: number;
  cohortSize: number;
}
