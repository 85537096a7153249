/**
 * Small-cell suppression of results before they go into a share link. The rule, for every kind:
 * a group the result describes (a bar, a month, a cohort, a curve's step, a segment, a quadrant,
 * a reason) of fewer than k customers is left out (a quadrant, which the table always shows
 * four of, is blanked); cross-tabulations (reason × segment, reason × month, RFM migration) and
 * per-customer arrays are never carried. Each function answers the result to carry, or null when
 * the whole result describes fewer than k customers, and how many groups it left out.
 */
import type { AnalysisKind, ChurnKpisResult, ResultOf } from '../../engine/api.ts';
import { riskAgainstChurn } from '../../engine/api.ts';
import { coarseBins } from './coarseBins.ts';

export interface Suppressed<T> {
  value: T | null;
  suppressed: number;
}

/** The kinds a link can carry aggregates of (the KPIs travel beside them). */
export const AGGREGATE_KINDS = [
  'monthly-churn',
  'retention-triangle',
  'survival',
  'churn-by-attribute',
  'rfm',
  'value-risk-quadrant',
  'churn-reasons',
] as const satisfies readonly AnalysisKind[];
export type AggregateKind = (typeof AGGREGATE_KINDS)[number];

export const isAggregateKind = (kind: string): kind is AggregateKind =>
  (AGGREGATE_KINDS as readonly string[]).includes(kind);

/** Keeps the entries of each array at the indices kept. */
function pick<T extends Record<string, unknown>>(series: T, keep: boolean[], keys: (keyof T)[]): T {
  const out = { ...series };
  for (const key of keys) {
    const values = series[key] as unknown as ArrayLike<unknown> | undefined;
    if (values) out[key] = Array.from(values).filter((_, i) => keep[i]) as T[keyof T];
  }
  return out;
}

export function suppressKpis(kpis: ChurnKpisResult, k: number): Suppressed<ChurnKpisResult> {
  if (kpis.customers < k) return { value: null, suppressed: 1 };
  const small = kpis.period !== null && kpis.period.atStart < k;
  return { value: small ? { ...kpis, period: null } : kpis, suppressed: small ? 1 : 0 };
}

type Suppressor<K extends AggregateKind> = (result: ResultOf<K>, k: number) => Suppressed<ResultOf<K>>;

const monthlyChurn: Suppressor<'monthly-churn'> = (result, k) => {
  const m = result.monthly;
  if (!m) return { value: result, suppressed: 0 };
  const keep = m.atStart.map((n) => n >= k);
  const monthly = pick(m as unknown as Record<string, unknown>, keep, [
    'months',
    'atStart',
    'lost',
    'gained',
    'churnRate',
    'complete',
  ]) as unknown as typeof m;
  const suppressed = keep.filter((x) => !x).length;
  return { value: monthly.months.length > 0 ? { ...result, monthly } : null, suppressed };
};

const retentionTriangle: Suppressor<'retention-triangle'> = (result, k) => {
  let suppressed = 0;
  const triangles = result.triangles
    .map((set) => {
      const cohorts = set.cohorts.filter((c) => c.size >= k);
      suppressed += set.cohorts.length - cohorts.length;
      return { ...set, cohorts };
    })
    .filter((set) => set.cohorts.length > 0);
  return { value: triangles.length > 0 ? { ...result, triangles } : null, suppressed };
};

/** Steps a link's curve drops: one per quarter of a percentage point of survival is what a chart can show. */
export const CURVE_RESOLUTION = 0.0025;

/** Keeps, of the steps kept, the first, the last and one each time survival has moved CURVE_RESOLUTION. */
function thinSteps(survival: ArrayLike<number>, keep: boolean[]): void {
  let last = -1;
  let at = -1;
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    if (at >= 0 && Math.abs(survival[i] - survival[at]) < CURVE_RESOLUTION) keep[i] = false;
    else at = i;
    last = i;
  }
  if (last >= 0) keep[last] = true;
}

const CURVE_KEYS = ['times', 'survival', 'lower', 'upper', 'atRisk', 'censored', 'events'] as const;

const survival: Suppressor<'survival'> = (result, k) => {
  let suppressed = 0;
  const groups = result.groups
    .filter((g) => g.n >= k || (suppressed++, false))
    .map((g) => {
      // A step with fewer than k customers at risk, and every later one, is left out.
      const curveKeep = g.curve.atRisk.map((n) => n >= k);
      suppressed += curveKeep.filter((x) => !x).length;
      thinSteps(g.curve.survival, curveKeep);
      const fixedKeep = g.atRisk.map((n) => n >= k);
      suppressed += fixedKeep.filter((x) => !x).length;
      const curve = pick(g.curve as unknown as Record<string, unknown>, curveKeep, [
        ...CURVE_KEYS,
      ]) as unknown as typeof g.curve;
      const fixed = pick(g as unknown as Record<string, unknown>, fixedKeep, [
        'times',
        'survival',
        'lower',
        'upper',
        'atRisk',
      ]) as unknown as typeof g;
      return { ...fixed, curve };
    });
  if (groups.length === 0) return { value: null, suppressed };
  const dropped = groups.length < result.groups.length;
  if (result.groupEdges) {
    // Numeric groups: their outer edges are single customers' values.
    const { edges, relabel } = coarseBins(result.groupEdges);
    groups.forEach((g) => (g.name = relabel.get(g.name) ?? g.name));
    result = { ...result, groupEdges: edges };
  }
  const oneTimeBuyers = result.oneTimeBuyers && result.oneTimeBuyers.customers >= k ? result.oneTimeBuyers : null;
  // The log-rank test's per-group counts would name the groups left out.
  return { value: { ...result, groups, oneTimeBuyers, logrank: dropped ? null : result.logrank }, suppressed };
};

const churnByAttribute: Suppressor<'churn-by-attribute'> = (result, k) => {
  if (result.overall.count < k) return { value: null, suppressed: 1 };
  let groups = result.groups.filter((g) => g.count >= k);
  const suppressed = result.groups.length - groups.length;
  if (result.binned?.by !== 'quantiles') return { value: { ...result, groups }, suppressed };
  // Quantile bins: their outer edges are the lowest and highest customer's own values.
  const { edges, relabel } = coarseBins(result.binned.edges);
  groups = groups.map((g) => {
    const at = result.binned!.edges.indexOf(g.range?.[0] ?? NaN);
    const range: [number, number] | undefined = at < 0 ? undefined : [edges[at], edges[at + 1]];
    return { ...g, label: relabel.get(g.label) ?? g.label, ...(range ? { range } : {}) };
  });
  return { value: { ...result, groups, binned: { ...result.binned, edges } }, suppressed };
};

const rfm: Suppressor<'rfm'> = (result, k) => {
  if (result.customers < k) return { value: null, suppressed: 1 };
  const segments = result.segments.filter((s) => s.customers >= k);
  const cells = result.grid.cells.filter((c) => c.customers >= k);
  const suppressed =
    result.segments.length - segments.length + result.grid.cells.length - cells.length + (result.migration ? 1 : 0);
  const perCustomer = {
    recencyDays: new Float64Array(0),
    frequency: new Float64Array(0),
    monetary: new Float64Array(0),
    r: new Uint8Array(0),
    f: new Uint8Array(0),
    m: new Uint8Array(0),
    segment: new Int32Array(0),
  };
  const grid = { ...result.grid, cells };
  return { value: { ...result, segments, grid, migration: null, perCustomer }, suppressed };
};

const valueRiskQuadrant: Suppressor<'value-risk-quadrant'> = (result, k) => {
  if (result.placed < k) return { value: null, suppressed: 1 };
  let suppressed = 0;
  const quadrants = result.quadrants.map((q) => {
    if (q.customers >= k) return q;
    suppressed++;
    return { ...q, customers: NaN, value: NaN, valueShare: NaN, revenueAtRisk: null, churned: NaN, churnRate: NaN };
  });
  const perCustomer = {
    risk: new Float64Array(0),
    value: new Float64Array(0),
    quadrant: new Int8Array(0),
    churned: new Uint8Array(0),
    ids: [],
  };
  const small = result.coreAtRisk.customers < k;
  const coreAtRisk = small ? { customers: NaN, valueShare: NaN } : result.coreAtRisk;
  // Recounted from the kept quadrants: the sides' sums would give a suppressed quadrant away.
  const againstChurn = riskAgainstChurn(quadrants);
  return { value: { ...result, quadrants, coreAtRisk, perCustomer, riskAgainstChurn: againstChurn }, suppressed };
};

const churnReasons: Suppressor<'churn-reasons'> = (result, k) => {
  if (result.churned < k) return { value: null, suppressed: 1 };
  const reasons = result.reasons.filter((r) => r.count >= k);
  let suppressed = result.reasons.length - reasons.length + (result.segments ? 1 : 0) + (result.overTime ? 1 : 0);
  const tree = result.tree.map((branch) => ({
    ...branch,
    types: branch.types.map((type) => {
      const kept = type.reasons.filter((r) => r.count >= k);
      const left = type.reasons.filter((r) => r.count < k);
      suppressed += left.length;
      const others = {
        reasons: type.others.reasons + left.length,
        count: type.others.count + left.reduce((s, r) => s + r.count, 0),
      };
      return { ...type, reasons: kept, others };
    }),
  }));
  const value = { ...result, reasons, tree, segments: undefined, overTime: undefined };
  return { value, suppressed };
};

const SUPPRESSORS: { [K in AggregateKind]: Suppressor<K> } = {
  'monthly-churn': monthlyChurn,
  'retention-triangle': retentionTriangle,
  survival,
  'churn-by-attribute': churnByAttribute,
  rfm,
  'value-risk-quadrant': valueRiskQuadrant,
  'churn-reasons': churnReasons,
};

export function suppress<K extends AggregateKind>(kind: K, result: ResultOf<K>, k: number): Suppressed<ResultOf<K>> {
  return SUPPRESSORS[kind](result, k);
}
