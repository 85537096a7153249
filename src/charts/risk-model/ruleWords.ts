/** A tree's rules in the reader's language: "if Contract = Month-to-month and tenure < 180 then churn 62 % (n = 412)". */
import type { RiskCondition, RiskRule } from '../../engine/api.ts';
import { i18n, t } from '../../i18n/i18n.svelte.ts';
import { featureName, levelName } from './riskWords.ts';

const value = (v: number) => i18n.formatNumber(v, { maximumSignificantDigits: 4 });

export function conditionWords(c: RiskCondition): string {
  const [a, b] = c.values ?? [];
  return t(`risk-model.condition.${c.operator}`, {
    feature: featureName(c.feature),
    level: c.level === undefined ? '' : levelName(c.level),
    a: a === undefined ? '' : value(a),
    b: b === undefined ? '' : value(b),
  });
}

export function ruleWords(r: RiskRule): string {
  return t('risk-model.rule', {
    conditions:
      r.conditions.length > 0
        ? r.conditions.map(conditionWords).join(t('risk-model.rule.and'))
        : t('risk-model.rule.everyone'),
    rate: i18n.formatPercent(r.churnRate, 0),
    n: i18n.formatNumber(Math.round(r.n)),
  });
}
