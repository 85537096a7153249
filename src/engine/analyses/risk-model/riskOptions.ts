/** A risk model's options with their defaults, checked: each mistake is an issue naming the option and its range. */
import {
  RISK_CLASS_WEIGHTS,
  RISK_COMPARABLE,
  RISK_MODELS,
  RISK_PENALTIES,
  RISK_TREES,
  type Issue,
  type Result,
  type RiskModelOptions,
} from '../../api.ts';

export const RISK_DEFAULTS = {
  model: 'logistic',
  penalty: 'l2',
  C: 1,
  folds: 5,
  seed: 1,
  testFraction: 0.25,
  tree: 'cart',
  maxDepth: 5,
  minLeaf: 20,
  classWeight: 'none',
  alpha: 1,
} as const;

export type ResolvedRiskOptions = RiskModelOptions &
  Required<
    Pick<
      RiskModelOptions,
      | 'model'
      | 'penalty'
      | 'C'
      | 'folds'
      | 'seed'
      | 'testFraction'
      | 'tree'
      | 'maxDepth'
      | 'minLeaf'
      | 'classWeight'
      | 'alpha'
    >
  >;

function invalid(option: string, range: string): Result<never> {
  const issue: Issue = {
    severity: 'error',
    code: 'risk-invalid-option',
    params: { option, range },
    message: `The risk model's ${option} must be ${range}.`,
  };
  return { ok: false, issues: [issue] };
}

export function resolveRiskOptions(options: RiskModelOptions): Result<ResolvedRiskOptions> {
  const r: ResolvedRiskOptions = { ...RISK_DEFAULTS, ...options };
  if (!RISK_MODELS.includes(r.model)) return invalid('model', RISK_MODELS.join(' or '));
  if (!RISK_PENALTIES.includes(r.penalty)) return invalid('penalty', RISK_PENALTIES.join(' or '));
  if (!(typeof r.C === 'number' && Number.isFinite(r.C) && r.C > 0)) return invalid('C', 'a number above 0');
  if (!RISK_TREES.includes(r.tree)) return invalid('tree', RISK_TREES.join(' or '));
  if (!(Number.isInteger(r.maxDepth) && r.maxDepth >= 1 && r.maxDepth <= 20))
    return invalid('maxDepth', 'a whole number from 1 to 20');
  if (!(Number.isInteger(r.minLeaf) && r.minLeaf >= 1)) return invalid('minLeaf', 'a whole number from 1');
  if (!RISK_CLASS_WEIGHTS.includes(r.classWeight)) return invalid('classWeight', RISK_CLASS_WEIGHTS.join(' or '));
  if (!(typeof r.alpha === 'number' && Number.isFinite(r.alpha) && r.alpha > 0))
    return invalid('alpha', 'a number above 0');
  if (!(Number.isInteger(r.folds) && r.folds >= 2 && r.folds <= 20))
    return invalid('folds', 'a whole number from 2 to 20');
  if (!(Number.isInteger(r.seed) && Math.abs(r.seed) < 2 ** 32)) return invalid('seed', 'a whole number');
  if (!(typeof r.testFraction === 'number' && r.testFraction >= 0 && r.testFraction <= 0.9))
    return invalid('testFraction', 'from 0 to 0.9');
  if (r.holdout && !(typeof r.holdout.column === 'string' && typeof r.holdout.value === 'string'))
    return invalid('holdout', 'a column and a value');
  if (r.features && !(Array.isArray(r.features) && r.features.every((f) => typeof f === 'string')))
    return invalid('features', 'a list of column names');
  if (r.features && r.features.length === 0) return invalid('features', 'at least one column');
  if (
    r.compare &&
    !(
      Array.isArray(r.compare) &&
      r.compare.length >= 2 &&
      new Set(r.compare).size === r.compare.length &&
      r.compare.every((m) => (RISK_COMPARABLE as readonly string[]).includes(m))
    )
  )
    return invalid('compare', `two or more different models of ${RISK_COMPARABLE.join(', ')}`);
  if (r.testCutoff !== undefined && !(typeof r.testCutoff === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.testCutoff)))
    return invalid('testCutoff', 'a day, YYYY-MM-DD');
  if (r.compare && r.model === 'cox') return invalid('compare', 'left out with a Cox model');
  if (r.testCutoff !== undefined && r.holdout) return invalid('holdout', 'left out with an out-of-time test');
  return { ok: true, value: r };
}

/** The options a result is stamped with: the chosen model's own settings, not the others' defaults. */
export function stampedOptions(o: ResolvedRiskOptions): RiskModelOptions {
  const { penalty, C, tree, maxDepth, minLeaf, classWeight, alpha, ...common } = o;
  const fitted = new Set([o.model, ...(o.compare ?? [])]);
  return {
    ...common,
    ...(fitted.has('logistic') ? { penalty, C } : {}),
    ...(fitted.has('tree') ? { tree, maxDepth, minLeaf, classWeight } : {}),
    ...(fitted.has('naive-bayes') || fitted.has('tan') ? { alpha } : {}),
  };
}
