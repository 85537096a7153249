/**
 * Where a quadrant's risk and value came from, with the producer's options in the words of its own
 * cell: the Telco walkthrough showed "(model logistic, folds 5, seed 1, testFraction 0.25, penalty
 * l2, C 1)" in both languages, setting codes a client cannot read. Options exactly as the engine
 * stamps them for the risk model and BG/NBD runs of the Telco and CDNOW samples.
 */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../../../src/i18n/i18n.svelte.ts';
import { producerOptionsText } from '../../../../src/workbook/cells/value-risk-quadrant/producerOptionsText.ts';

afterEach(() => i18n.setLocale('en'));

const risk = { model: 'logistic', folds: 5, seed: 1, testFraction: 0.25, penalty: 'l2', C: 1 };
const clv = {
  model: 'bg-nbd',
  unit: 'weeks',
  calibrationEnd: '1997-09-30',
  holdoutEnd: '1998-06-30',
  horizon: 52,
  discount: 0.1,
  margin: 1,
};

test('the risk model and BG/NBD options in the words of their cells, in English', () => {
  expect(producerOptionsText('risk-model', risk)).toBe(
    'Model: logistic regression; Cross-validation folds: 5; Seed: 1; Share held out: 25%; Penalty: L2 (ridge); C (larger = weaker penalty): 1',
  );
  expect(producerOptionsText('customer-lifetime-value', clv)).toBe(
    'Model: BG/NBD; Time unit: weeks; Calibration ends: 1997-09-30; Holdout ends: 1998-06-30; Horizon (weeks): 52; Discount rate a year: 10%; Margin: 100%',
  );
  // An option without words keeps its name; early warnings' rules show their settings.
  expect(producerOptionsText('customer-value', { tierRule: 'positive-margin-share' })).toBe(
    'tierRule: positive-margin-share',
  );
  expect(producerOptionsText('early-warnings', { rules: [{ rule: 'overdue', factor: 2 }] })).toBe('overdue 2');
});

test('in Chinese: no English option code is left', () => {
  i18n.setLocale('zh-CN');
  const text = producerOptionsText('risk-model', risk) + producerOptionsText('customer-lifetime-value', clv);
  expect(text).toContain('模型：逻辑回归');
  expect(text).not.toMatch(/testFraction|penalty|folds|seed|calibrationEnd|holdoutEnd|horizon|discount|logistic|weeks/);
});
