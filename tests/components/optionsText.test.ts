/**
 * Exports' "Parameters" line printed setting codes ("minGroupSize: 30; sort: rate", "ci: log-log",
 * "penalty: l2") in CSV footers, xlsx About sheets and the HTML report. Each option is now worded
 * with its cell's own label and value words, in English and Chinese; an option without words keeps
 * its code. Options as the engine stamps them for churn by attribute, survival and the risk model.
 */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { optionsText } from '../../src/components/optionsText.ts';
import { chartStamp } from '../../src/components/analysisStamp.ts';
import type { ResultStamp } from '../../src/engine/api.ts';

afterEach(() => i18n.setLocale('en'));

const byAttribute = { column: 'Contract', bins: 5, minGroupSize: 30, sort: 'rate' };
const survival = { unit: 'months', group: 'Contract', ci: 'log-log', times: [12, 24] };
const risk = { model: 'logistic', folds: 5, seed: 1, testFraction: 0.25, penalty: 'l2', C: 1 };

test('every kind’s options in its cell’s words, in English', () => {
  expect(optionsText('churn-by-attribute', byAttribute)).toBe(
    'Attribute: Contract; Numbers cut into: 5; Smallest group on the chart: 30; Order: highest churn first',
  );
  expect(optionsText('survival', survival)).toBe(
    'Time unit: months; Group by: Contract; Interval scale: log-log; Report at (months): 12, 24',
  );
  expect(optionsText('risk-model', risk)).toBe(
    'Model: logistic regression; Cross-validation folds: 5; Seed: 1; Share held out: 25%; Penalty: L2 (ridge); C (larger = weaker penalty): 1',
  );
  // Percentages as the retention economics cell shows them; yes/no worded.
  expect(optionsText('retention-economics', { acceptance: 0.2, reach: 0.5 })).toBe(
    'Acceptance: 20%; Churners to reach: 50%',
  );
  expect(optionsText('early-warnings', { includeChurned: false })).toBe(
    'Also list customers already churned under the definition: no',
  );
  // No words: the code stays (customer-value.tierRule is a sentence, not a label).
  expect(optionsText('customer-value', { tierRule: 'positive-margin-share' })).toBe('tierRule: positive-margin-share');
  expect(optionsText('monthly-churn', {})).toBe('');
});

test('in Chinese: labels and values in Chinese, no option code left where the cell has words', () => {
  i18n.setLocale('zh-CN');
  expect(optionsText('churn-by-attribute', byAttribute)).toBe(
    '属性：Contract；数值分为：5；图表中最小组规模：30；排序：流失率从高到低',
  );
  const text = optionsText('survival', survival) + optionsText('risk-model', risk);
  expect(text).toContain('区间尺度：对数-对数');
  expect(text).toContain('正则化：L2（岭回归）');
  expect(text).not.toMatch(/minGroupSize|sort|ci:|penalty|testFraction|folds|seed|unit/);
});

test('the stamp exports print: worded options, attribute rules left to the stamp’s note', () => {
  const stamp: ResultStamp = {
    kind: 'churn-by-attribute',
    definition: { kind: 'flag' },
    asOf: '',
    sources: ['telco.csv'],
    parameters: { ...byAttribute, attributeRules: { Country: 'latest' } },
  };
  const s = chartStamp(stamp);
  expect(s.parameters).toBe(
    'Attribute: Contract; Numbers cut into: 5; Smallest group on the chart: 30; Order: highest churn first',
  );
  expect(s.notes?.[0].text).toMatch(/^Country/);
});
