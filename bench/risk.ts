/** The logistic-regression benchmark's shared vocabulary: what each side reports (ours in Node, scikit-learn in Python). */

export interface RiskMeasurement {
  /** The compared time: fitting LogisticRegression(C = 1, L2) on the rows. */
  ms: number;
  /** Ours: the Newton solver alone, without building the design (scaling, one-hot) from the columns. */
  solverMs?: number;
  /** Reading the CSV (and, for scikit-learn, building the design); not compared. */
  readMs: number;
  rows: number;
  columns: number;
  iterations: number;
  /** Σ log-loss + ‖β‖² / (2C) at the fit. */
  objective: number;
  /** Intercept first, then the 10 numbers (per SD) and the 11 levels. */
  coefficients: number[];
  peakRssMiB: number | null;
  baseRssMiB?: number;
}

/** The objectives may differ by this much (relative): scikit-learn's lbfgs stops at its default tolerance. */
export const RISK_OBJECTIVE_TOLERANCE = 1e-6;
