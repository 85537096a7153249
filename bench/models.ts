/**
 * The risk-model benchmarks' shared vocabulary: what each side reports (ours in Node, scikit-learn
 * in Python, R in Rscript) and the agreement checks. The peers' numbers are the reference.
 */

export interface TreeNodeSummary {
  feature: number;
  threshold: number | null;
  samples: number;
  impurity: number;
}

export interface CartMeasurement {
  /** fit() alone. */
  ms: number;
  /** Reading the input (and, for scikit-learn, the float32 copy); not compared. */
  readMs: number;
  rows: number;
  nodes: number;
  leaves: number;
  /** The first 15 nodes in pre-order. */
  top: TreeNodeSummary[];
  /** Σ over leaves of n · Gini, over all n. */
  leafImpurity: number;
  peakRssMiB: number | null;
  baseRssMiB?: number;
  detail?: Record<string, unknown>;
}

export function treeSummary(nodes: { feature: number; threshold: number; samples: number; impurity: number }[]) {
  const n = nodes[0]?.samples ?? 0;
  let leafImpurity = 0;
  for (const node of nodes) if (node.feature < 0) leafImpurity += node.impurity * node.samples;
  return {
    top: nodes.slice(0, 15).map((node) => ({
      feature: node.feature,
      threshold: node.feature < 0 ? null : node.threshold,
      samples: node.samples,
      impurity: node.impurity,
    })),
    leafImpurity: n > 0 ? leafImpurity / n : 0,
  };
}

// Thresholds: scikit-learn's come from float32 copies (1e-6 relative); impurities to 1e-9.
export const CART_TOLERANCE = { threshold: 1e-6, impurity: 1e-9 };

export function cartDifferences(ours: CartMeasurement, peer: CartMeasurement): string[] {
  const out: string[] = [];
  for (const key of ['rows', 'nodes', 'leaves'] as const) {
    if (ours[key] !== peer[key]) out.push(`${key}: ours ${ours[key]}, scikit-learn ${peer[key]}`);
  }
  if (Math.abs(ours.leafImpurity - peer.leafImpurity) > CART_TOLERANCE.impurity)
    out.push(`leaf impurity: ours ${ours.leafImpurity}, scikit-learn ${peer.leafImpurity}`);
  ours.top.forEach((a, i) => {
    const b = peer.top[i];
    if (!b) return;
    const threshold =
      a.threshold === null || b.threshold === null
        ? a.threshold !== b.threshold
        : Math.abs(a.threshold - b.threshold) > CART_TOLERANCE.threshold * Math.max(1, Math.abs(b.threshold));
    if (
      a.feature !== b.feature ||
      a.samples !== b.samples ||
      threshold ||
      Math.abs(a.impurity - b.impurity) > CART_TOLERANCE.impurity
    )
      out.push(`node ${i}: ours ${JSON.stringify(a)}, scikit-learn ${JSON.stringify(b)}`);
  });
  return out;
}

export interface CoxMeasurement {
  /** The fit: coefficients, standard errors, tests and concordance (R's coxph computes them all). */
  ms: number;
  /** The proportional-hazards check (cox.zph), apart; no target. */
  zphMs: number;
  readMs: number;
  rows: number;
  events: number;
  coefficients: number[];
  standardErrors: number[];
  logLik: number;
  concordance: number;
  zphGlobal: number;
  iterations: number;
  peakRssMiB: number | null;
  baseRssMiB?: number;
  detail?: Record<string, unknown>;
}

// The tolerance for Cox coefficients: 1e-4 (absolute); likewise the rest, relative.
export const COX_TOLERANCE = 1e-4;

export function coxDifferences(ours: CoxMeasurement, r: CoxMeasurement): string[] {
  const out: string[] = [];
  if (ours.rows !== r.rows || ours.events !== r.events)
    out.push(`rows/events: ours ${ours.rows}/${ours.events}, R ${r.rows}/${r.events}`);
  const close = (name: string, a: number, b: number, relative: boolean) => {
    const scale = relative ? Math.max(1, Math.abs(b)) : 1;
    if (!(Math.abs(a - b) <= COX_TOLERANCE * scale)) out.push(`${name}: ours ${a}, R ${b}`);
  };
  r.coefficients.forEach((b, j) => close(`coefficient ${j + 1}`, ours.coefficients[j], b, false));
  r.standardErrors.forEach((se, j) => close(`se ${j + 1}`, ours.standardErrors[j], se, false));
  close('log-likelihood', ours.logLik, r.logLik, true);
  close('concordance', ours.concordance, r.concordance, false);
  close('cox.zph global chi-square', ours.zphGlobal, r.zphGlobal, true);
  return out;
}
