/** Churn rate per value of one categorical attribute (contract, plan, region …), with its uncertainty. */
import { wilsonInterval } from '../../stats/wilsonInterval.ts';

export interface ChurnCount {
  count: number;
  churned: number;
  rate: number;
}

export interface AttributeGroupChurn extends ChurnCount {
  label: string;
  /** 95 % Wilson score interval of `rate`. */
  low: number;
  high: number;
  /** Group rate / overall rate: 1.6 means 60 % more likely to churn than the average customer. */
  riskRatio: number;
}

export interface AttributeChurn {
  overall: ChurnCount;
  groups: AttributeGroupChurn[];
  /** Customers whose attribute is missing (code -1); they count in `overall`, in no group. */
  missing: number;
}

/**
 * `codes[i]` is customer i's dictionary code into `labels` (-1 = missing); `churned[i]` is
 * nonzero for a churned customer. The overall rate is over every customer, missing attribute
 * included, so it is the company's churn rate the risk ratios are read against (NaN when no
 * one churned). Groups are the labels that have customers, largest first, ties in code order.
 */
export function churnByAttribute(codes: Int32Array, labels: string[], churned: Uint8Array): AttributeChurn {
  if (codes.length !== churned.length) throw new RangeError('churnByAttribute: codes and churned differ in length');
  const count = new Float64Array(labels.length);
  const lost = new Float64Array(labels.length);
  let missing = 0;
  let overallLost = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    const isChurned = churned[i] !== 0 ? 1 : 0;
    overallLost += isChurned;
    if (code === -1) {
      missing++;
      continue;
    }
    if (code < 0 || code >= labels.length) throw new RangeError(`churnByAttribute: code ${code} has no label`);
    count[code]++;
    lost[code] += isChurned;
  }
  const overall = { count: codes.length, churned: overallLost, rate: overallLost / codes.length };
  const groups: AttributeGroupChurn[] = [];
  for (let k = 0; k < labels.length; k++) {
    if (count[k] === 0) continue;
    const rate = lost[k] / count[k];
    const { low, high } = wilsonInterval(lost[k], count[k]);
    groups.push({
      label: labels[k],
      count: count[k],
      churned: lost[k],
      rate,
      low,
      high,
      riskRatio: rate / overall.rate,
    });
  }
  groups.sort((a, b) => b.count - a.count);
  return { overall, groups, missing };
}
