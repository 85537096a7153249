/** A tree's rule worded in English and Chinese from its codes (the example rule). */
import { afterEach, expect, it } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { ruleWords } from '../../src/charts/risk-model/ruleWords.ts';
import type { RiskRule } from '../../src/engine/api.ts';

afterEach(() => i18n.setLocale('en'));

const rule: RiskRule = {
  conditions: [
    { feature: 'Contract', operator: 'eq', level: 'Month-to-month' },
    { feature: 'tenure', operator: 'lt', values: [6] },
  ],
  n: 412,
  churners: 255,
  churnRate: 255 / 412,
  probability: 255 / 412,
};

it('words a rule in English and Chinese', () => {
  i18n.setLocale('en');
  expect(ruleWords(rule)).toBe('if Contract = Month-to-month and tenure < 6 then churn 62% (n = 412)');
  i18n.setLocale('zh-CN');
  expect(ruleWords(rule)).toBe('若 Contract = Month-to-month 且 tenure < 6，则流失率 62%（n = 412）');
});

it('words a bin, a CART level test and a range', () => {
  i18n.setLocale('en');
  const words = ruleWords({
    ...rule,
    conditions: [
      { feature: 'MonthlyCharges', operator: 'from', values: [35.5, 70.35] },
      { feature: 'InternetService', operator: 'ne', level: 'DSL' },
      { feature: 'TotalCharges', operator: 'between', values: [100, 1500] },
    ],
  });
  expect(words).toBe(
    'if 35.5 ≤ MonthlyCharges < 70.35 and InternetService ≠ DSL and 100 < TotalCharges ≤ 1,500 then churn 62% (n = 412)',
  );
});
