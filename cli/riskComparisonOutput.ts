/**
 * Models compared side by side, as the `risk --compare` command prints them: each model's AUC
 * with its DeLong interval, its fold AUCs (the same folds for all), gains by decile, and the best
 * model's paired DeLong test against each other one.
 */
import type { RiskComparison } from '../src/engine/api.ts';

const percent = (v: number) => `${(v * 100).toFixed(1)} %`;

export function comparisonOutput(c: RiskComparison): Record<string, unknown> {
  const best = c.models.find((m) => m.model === c.best)!;
  return {
    on: c.on,
    customers: c.customers,
    churners: c.churners,
    best: c.best,
    models: c.models.map((m) => ({
      model: m.model,
      auc: m.auc,
      aucCI: [m.aucLow, m.aucHigh],
      brier: m.brier,
      cv: { auc: m.cv.auc, mean: m.cv.mean, sd: m.cv.sd },
      gains: m.gains.map((g) => ({
        decile: g.decile,
        customers: g.customers,
        churners: g.churners,
        cumShare: g.cumShare,
        lift: g.lift,
        cumLift: g.cumLift,
      })),
    })),
    tests: c.tests.map((t) => ({
      model: t.model,
      against: c.best,
      difference: t.difference,
      se: t.se,
      z: t.z,
      p: t.p,
      text: `${c.best} − ${t.model}: AUC ${best.auc.toFixed(3)} − ${(best.auc - t.difference).toFixed(3)} = ${t.difference.toFixed(3)} (DeLong z = ${t.z.toFixed(2)}, p = ${t.p < 0.0001 ? '< 0.0001' : t.p.toFixed(4)})`,
    })),
    summary: c.models
      .map((m) => `${m.model}: AUC ${m.auc.toFixed(3)}, top 10 % finds ${percent(m.gains[0].cumShare)} of churners`)
      .join('; '),
  };
}
