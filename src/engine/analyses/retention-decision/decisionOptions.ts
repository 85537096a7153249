/** The retention decision's options with their defaults filled in, or the issue with the first that cannot be used. */
import {
  CHURN_TYPES,
  DEFAULT_OFFER_COST_SHARE,
  DEFAULT_PLANS,
  DEFAULT_SAVE_PROBABILITY,
  DEFAULT_TYPE_RULES,
  QUADRANT_CODES,
  RETENTION_PLANS,
  type ChurnType,
  type ResolvedRetentionDecisionOptions,
  type Result,
  type RetentionDecisionOptions,
  type RetentionPlan,
} from '../../api.ts';

export function invalidOption(option: string): Result<never> {
  return {
    ok: false,
    issues: [
      {
        severity: 'error',
        code: 'retention-invalid-option',
        params: { option },
        message: `The option ${option} is out of range.`,
      },
    ],
  };
}

const share = (x: unknown) => typeof x === 'number' && x >= 0 && x <= 1;

/** Without the offer costs (they need the median value of the customers decided for). */
export function resolveDecision(
  options: RetentionDecisionOptions,
  valueDefault: string,
): Result<Omit<ResolvedRetentionDecisionOptions, 'offerCosts' | 'medianValue'>> {
  const saveProbability = { ...DEFAULT_SAVE_PROBABILITY, ...options.saveProbability };
  for (const type of CHURN_TYPES) if (!share(saveProbability[type])) return invalidOption(`saveProbability.${type}`);
  const plans = { ...DEFAULT_PLANS, ...options.plans };
  for (const type of CHURN_TYPES) if (!RETENTION_PLANS.includes(plans[type])) return invalidOption(`plans.${type}`);
  const typeRules = options.typeRules ?? DEFAULT_TYPE_RULES;
  for (const [i, rule] of typeRules.entries()) {
    const bad =
      !CHURN_TYPES.includes(rule.type) ||
      (rule.riskAtLeast !== undefined && !share(rule.riskAtLeast)) ||
      (rule.riskBelow !== undefined && !share(rule.riskBelow)) ||
      (rule.valueTop !== undefined && !share(rule.valueTop)) ||
      (rule.attribute !== undefined &&
        !(typeof rule.attribute.column === 'string' && Array.isArray(rule.attribute.in)));
    if (bad) return invalidOption(`typeRules[${i}]`);
  }
  const who = options.who ?? 'not-churned';
  if (who !== 'not-churned' && who !== 'all') return invalidOption('who');
  const quadrant = options.quadrant ?? null;
  if (quadrant !== null && !QUADRANT_CODES.includes(quadrant)) return invalidOption('quadrant');
  return {
    ok: true,
    value: {
      risk: options.risk ?? 'model',
      value: options.value ?? valueDefault,
      who,
      quadrant,
      typeRules,
      saveProbability,
      plans,
    },
  };
}

/** Each plan's offer cost: the user's, else its default share of the median value. */
export function offerCosts(
  asked: Partial<Record<RetentionPlan, number>> | undefined,
  medianValue: number,
): Result<Record<RetentionPlan, number>> {
  const costs = {} as Record<RetentionPlan, number>;
  for (const plan of RETENTION_PLANS) {
    const cost = asked?.[plan] ?? DEFAULT_OFFER_COST_SHARE[plan] * (medianValue > 0 ? medianValue : 0);
    if (!(typeof cost === 'number' && cost >= 0 && Number.isFinite(cost))) return invalidOption(`offerCosts.${plan}`);
    costs[plan] = cost;
  }
  return { ok: true, value: costs };
}

export type { ChurnType };
