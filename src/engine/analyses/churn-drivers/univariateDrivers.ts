/**
 * Each feature on its own: its categories (a number with many values cut into quantile bins,
 * as churn by attribute cuts it), churn rate with the Wilson interval and risk ratio against
 * the overall rate with its interval per category, and the mutual information between the
 * feature and churn; ranked by mutual information.
 */
import type { DriverCategory, DriverFeature } from '../../api.ts';
import type { TypedColumn } from '../../../core/columns/typedColumn.ts';
import { churnByAttribute } from '../../../core/analyses/churn-by-attribute/churnByAttribute.ts';
import { mutualInformation } from '../../../core/analyses/churn-drivers/mutualInformation.ts';
import { riskRatioInterval } from '../../../core/analyses/churn-drivers/riskRatioInterval.ts';
import { attributeGroups } from '../../customers/customerSelection.ts';

export function univariateDriver(col: TypedColumn, churned: Uint8Array, bins: number): DriverFeature {
  const { codes, labels, edges } = attributeGroups(col, undefined, bins);
  const r = churnByAttribute(codes, labels, churned);
  const order = new Map(labels.map((label, k) => [label, k]));
  const categories = r.groups.map((g): DriverCategory => {
    const k = order.get(g.label)!;
    const rr = riskRatioInterval(g.churned, g.count, r.overall.churned, r.overall.count);
    return {
      label: g.label,
      count: g.count,
      churned: g.churned,
      rate: g.rate,
      low: g.low,
      high: g.high,
      riskRatio: rr.ratio,
      riskLow: rr.low,
      riskHigh: rr.high,
      ...(edges ? { range: [edges[k], edges[k + 1]] as [number, number] } : {}),
    };
  });
  // Bins in their order, categories by churn rate.
  if (edges) categories.sort((a, b) => order.get(a.label)! - order.get(b.label)!);
  else categories.sort((a, b) => b.rate - a.rate || b.count - a.count);
  const mi = mutualInformation(codes, labels.length, churned);
  return {
    name: col.name,
    kind: edges ? 'binned' : 'categorical',
    mi: { nats: mi.nats, bits: mi.bits, normalised: mi.normalised },
    rank: 0,
    missing: r.missing,
    categories,
    ...(edges ? { edges } : {}),
  };
}

/** Most information first (ties in the given order); ranks from 1. */
export function rankedDrivers(features: DriverFeature[]): DriverFeature[] {
  const ranked = features
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.mi.nats - a.f.mi.nats || a.i - b.i)
    .map(({ f }) => f);
  ranked.forEach((f, k) => (f.rank = k + 1));
  return ranked;
}
