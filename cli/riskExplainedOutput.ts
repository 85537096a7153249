/**
 * What a tree, a Bayesian-network classifier or a Cox model explains, as the `risk` command
 * prints it: a tree's rules in plain English ("if Contract = Month-to-month and tenure_days < 180
 * then churn 62.0 % (n = 412)"), the network's edges, the Cox model's hazard ratios and checks.
 */
import type { RiskCondition, RiskModelResult, RiskRule } from '../src/engine/api.ts';
import { levelText } from './riskWording.ts';

const num = (v: number) => String(Number(v.toPrecision(4)));

export function conditionText(c: RiskCondition): string {
  const [a, b] = c.values ?? [];
  switch (c.operator) {
    case 'eq':
      return `${c.feature} = ${levelText(c.level!)}`;
    case 'ne':
      return `${c.feature} ≠ ${levelText(c.level!)}`;
    case 'le':
      return `${c.feature} ≤ ${num(a)}`;
    case 'gt':
      return `${c.feature} > ${num(a)}`;
    case 'lt':
      return `${c.feature} < ${num(a)}`;
    case 'ge':
      return `${c.feature} ≥ ${num(a)}`;
    case 'between':
      return `${num(a)} < ${c.feature} ≤ ${num(b)}`;
    case 'from':
      return `${num(a)} ≤ ${c.feature} < ${num(b)}`;
  }
}

export function ruleText(r: RiskRule): string {
  const when = r.conditions.length > 0 ? r.conditions.map(conditionText).join(' and ') : 'every customer';
  return `if ${when} then churn ${(r.churnRate * 100).toFixed(1)} % (n = ${num(r.n)})`;
}

export function explainedOutput(r: RiskModelResult): Record<string, unknown> {
  if (r.tree) {
    const t = r.tree;
    return {
      tree: {
        algorithm: t.algorithm,
        criterion: t.criterion,
        maxDepth: t.maxDepth,
        minLeaf: t.minLeaf,
        classWeights: t.classWeights,
        depth: t.depth,
        leaves: t.leaves,
        root: t.nodes[0]?.children.map((c) => t.nodes[c].condition?.feature)[0] ?? null,
      },
      rules: t.rules.map((rule) => ({
        text: ruleText(rule),
        n: rule.n,
        churners: rule.churners,
        churnRate: rule.churnRate,
        conditions: rule.conditions,
      })),
    };
  }
  if (r.network) {
    const net = r.network;
    return {
      network: {
        kind: net.kind,
        alpha: net.alpha,
        smoothing: `Laplace: (count + ${net.alpha}) / (total + ${net.alpha} × levels)`,
        root: net.root >= 0 ? net.features[net.root].name : null,
        features: net.features.map((f) => ({
          name: f.name,
          parent: f.parent >= 0 ? net.features[f.parent].name : null,
          classInformation: f.classInformation,
          edgeWeight: f.edgeWeight,
          ...(f.cuts ? { cuts: f.cuts } : {}),
        })),
      },
    };
  }
  if (r.cox) {
    const c = r.cox;
    return {
      hazardRatios: c.hazardRatios.map((h) => ({
        feature: h.level === undefined ? h.feature : `${h.feature} = ${levelText(h.level)}`,
        ...(h.reference !== undefined ? { reference: levelText(h.reference) } : {}),
        coefficient: h.coefficient,
        se: h.se,
        hazardRatio: h.hazardRatio,
        ci: [h.low, h.high],
        p: h.p,
        proportionalHazards: { chiSquare: h.zphChiSquare, p: h.zphP },
      })),
      concordance: c.concordance,
      proportionalHazards: c.proportionalHazards,
      likelihoodRatio: c.likelihoodRatio,
      horizonDays: c.horizon,
      events: c.events,
      hazardRatiosNote:
        'Cox proportional hazards (Efron ties) on the training customers; 95 % Wald intervals; each category against its most frequent level; concordance is Harrell’s C on the training customers; the proportional-hazards check is cox.zph (KM time scale)',
    };
  }
  return {};
}
