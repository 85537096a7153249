/** The campaign what-if on the customers with a risk and a value: profit over k, random targeting, the best k and the contacts to reach a share of churners. */
import type { CampaignCurve, ResolvedRetentionEconomicsOptions } from '../../api.ts';
import { CHURNED } from '../../../core/customers/churnStatus.ts';
import { campaignProfit, contactsToReach, curveKs } from '../../../core/analyses/retention-economics/campaignCurve.ts';

export function campaignCurve(
  risk: Float64Array,
  value: Float64Array,
  status: Uint8Array,
  o: ResolvedRetentionEconomicsOptions,
): CampaignCurve {
  const scored: number[] = [];
  let churned = 0;
  for (let c = 0; c < risk.length; c++)
    if (risk[c] === risk[c] && value[c] === value[c]) {
      scored.push(c);
      if (status[c] === CHURNED) churned++;
    }
  // Observed outcomes judge the ranking when the scored customers include churners and stayers;
  // a forward score (today's customers only) is judged by its own expectation.
  const basis = churned > 0 && churned < scored.length ? 'observed' : 'expected';
  const rows = basis === 'observed' ? scored : scored.filter((c) => status[c] !== CHURNED);
  const pick = (a: Float64Array) => Float64Array.from(rows, (c) => a[c]);
  const r = pick(risk);
  const v = pick(value);
  const churn = basis === 'observed' ? Float64Array.from(rows, (c) => (status[c] === CHURNED ? 1 : 0)) : r;
  const score = o.rankBy === 'risk' ? r : r.map((p, i) => p * v[i]);
  const p = campaignProfit({
    score,
    churn,
    value: v,
    contactCost: o.contactCost,
    offerCost: o.offerCost,
    acceptance: o.acceptance,
  });
  const n = rows.length;
  const all = p.profit[n];
  const ks = curveKs(n, 200, [p.bestK]);
  const withModel = contactsToReach(p.reached, o.reach);
  return {
    basis,
    customers: n,
    churners: p.reached[n],
    ks,
    model: ks.map((k) => p.profit[k]),
    random: ks.map((k) => (n > 0 ? (all * k) / n : 0)),
    reached: ks.map((k) => p.reached[k]),
    best: {
      k: p.bestK,
      profit: p.profit[p.bestK],
      randomProfit: n > 0 ? (all * p.bestK) / n : 0,
      reached: p.reached[p.bestK],
    },
    contacts: { reach: o.reach, churners: p.reached[n], withModel, withoutModel: Math.ceil(o.reach * n - 1e-9) },
  };
}
