/**
 * `quadrant <file>... --risk COLUMN|model[:MODEL]|p-alive|at-risk --value COLUMN|clv|historical|value-score|margin
 * [--risk-threshold X|median|top:SHARE] [--value-threshold X|median|pareto[:SHARE]] [--names a,b,c,d] [--out customers.csv]`:
 * the value-versus-risk quadrant (kind value-risk-quadrant) as JSON — the thresholds, each
 * quadrant's customers, value, revenue at risk and churn rate, and the core customers at risk;
 * `--out` writes the customer table with quadrant, quadrant_risk, quadrant_value and expected_loss.
 */
import {
  RISK_MODELS,
  type QuadrantRiskSource,
  type QuadrantThreshold,
  type QuadrantValueSource,
  type RiskModelName,
  type ValueRiskQuadrantOptions,
  type ValueRiskQuadrantResult,
} from '../../src/engine/api.ts';
import { flag, UsageError, type ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { customerSpec } from '../customerSpec.ts';
import { READ_OPTIONS } from '../opening.ts';
import { TABLE_OUT, writeTableOut } from '../tableOut.ts';
import { QUADRANT_WORDS } from '../wording.ts';

function riskOf(text: string | undefined): QuadrantRiskSource | undefined {
  if (text === undefined) return undefined;
  if (text === 'p-alive') return { source: 'p-alive' };
  if (text === 'at-risk') return { source: 'at-risk' };
  if (text === 'model' || text.startsWith('model:')) {
    const model = text.slice(6) || undefined;
    if (model !== undefined && !RISK_MODELS.includes(model as RiskModelName))
      throw new UsageError(`--risk model:MODEL takes ${RISK_MODELS.join(', ')}`);
    return model ? { source: 'model', model: model as RiskModelName } : { source: 'model' };
  }
  return { source: 'column', column: text };
}

function valueOf(text: string | undefined): QuadrantValueSource | undefined {
  if (text === undefined) return undefined;
  if (text === 'clv' || text === 'historical' || text === 'value-score' || text === 'margin') return { source: text };
  return { source: 'column', column: text };
}

function thresholdOf(args: ParsedArgs, name: string, shareRule: 'top' | 'pareto'): QuadrantThreshold | undefined {
  const text = flag(args, name);
  if (text === undefined) return undefined;
  if (text === 'median') return { rule: 'median' };
  const [rule, shareText] = text.split(':');
  if (rule === shareRule) {
    const share = shareText === undefined ? undefined : Number(shareText);
    if (share !== undefined && !(share > 0 && share <= 1))
      throw new UsageError(`--${name} ${shareRule}:SHARE takes a share above 0 and at most 1`);
    if (shareRule === 'top') {
      if (share === undefined) throw new UsageError(`--${name} top:SHARE needs a share, e.g. top:0.2`);
      return { rule: 'top-share', share };
    }
    return share === undefined ? { rule: 'pareto' } : { rule: 'pareto', share };
  }
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new UsageError(`--${name} takes a number, median or ${shareRule === 'top' ? 'top:SHARE' : 'pareto'}`);
  return { rule: 'number', value };
}

function optionsOf(args: ParsedArgs): ValueRiskQuadrantOptions {
  const names = flag(args, 'names')?.split(',');
  const options: ValueRiskQuadrantOptions = {
    risk: riskOf(flag(args, 'risk')),
    value: valueOf(flag(args, 'value')),
    riskThreshold: thresholdOf(args, 'risk-threshold', 'top'),
    valueThreshold: thresholdOf(args, 'value-threshold', 'pareto'),
    names,
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as ValueRiskQuadrantOptions;
}

/** The issue's shape first, then what else the result holds. */
function printed(r: ValueRiskQuadrantResult) {
  const names = r.stamp.parameters.names;
  return {
    thresholds: r.thresholds,
    quadrants: r.quadrants.map((q, i) => ({
      name: names?.[i] ?? QUADRANT_WORDS[q.code],
      code: q.code,
      customers: q.customers,
      value: q.value,
      valueShare: q.valueShare,
      revenueAtRisk: q.revenueAtRisk,
      churned: q.churned,
      churnRate: q.churnRate,
      churnRateCI: [q.low, q.high],
    })),
    coreAtRisk: r.coreAtRisk,
    riskAgainstChurn: r.riskAgainstChurn,
    riskIsProbability: r.riskIsProbability,
    customers: r.customers,
    placed: r.placed,
    noRisk: r.noRisk,
    noValue: r.noValue,
    totalValue: r.totalValue,
    sources: r.sources,
    stamp: r.stamp,
  };
}

export const quadrant: Command = {
  name: 'quadrant',
  kind: 'value-risk-quadrant',
  usage: `<file>... [--risk COLUMN|model[:logistic|tree|naive-bayes|tan|cox]|p-alive|at-risk] [--value COLUMN|clv|historical|value-score|margin] [--risk-threshold X|median|top:SHARE] [--value-threshold X|median|pareto[:SHARE]] [--names A,B,C,D] [--role ROLE=column ...] [--definition JSON] [--as-of YYYY-MM-DD] [--returns net|drop] [--merge-ids] ${TABLE_OUT} ${READ_OPTIONS}`,
  run(engine, args, summary) {
    const options = optionsOf(args);
    const built = engine.buildCustomerTable(summary.id, customerSpec(args, summary));
    if (!built.ok) return { code: 2, error: built.issues[0].message };
    const result = engine.analyze(summary.id, 'value-risk-quadrant', options);
    if (!result.ok) return { code: 2, error: result.issues[0].message };
    const refused = writeTableOut(engine, args, summary.id);
    if (refused !== null) return { code: 2, error: refused };
    return { code: 0, out: printed(result.value) };
  },
};
