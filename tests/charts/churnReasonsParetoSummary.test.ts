/**
 * The Pareto summary on the several-reasons teaching sample (public/samples/churn-reasons-teaching.csv):
 * 578 churners give a reason, 268 of them more than one (counted with pandas, splitting at ; , ；， |);
 * the top three are Price too high 348, Poor service 214, Competitor offer 183, so their shares add
 * up to 745 ÷ 578 = 128.9 %. The cell said "the top 3 reasons by 128.9%", as if a share of churners.
 */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { paretoSummary } from '../../src/charts/churn-reasons/paretoSummary.ts';

afterEach(() => i18n.setLocale('en'));

const row = (label: string, count: number, above: number) => ({
  label,
  type: 'unknown' as const,
  count,
  share: count / 578,
  cumulative: (above + count) / 578,
});
const reasons = [row('Price too high', 348, 0), row('Poor service', 214, 348), row('Competitor offer', 183, 562)];

test('several reasons a customer: the top shares are said as a sum that can pass 100 %', () => {
  expect(paretoSummary({ reasons, several: 268 })).toBe(
    'The most named reason, “Price too high”, is given by 60.2% of churned customers; the shares of the top 3 reasons add up to 128.9%, more than 100 % when customers name several reasons (268 do).',
  );
  i18n.setLocale('zh-CN');
  expect(paretoSummary({ reasons, several: 268 })).toContain('相加为 128.9%');
});

test('one reason a customer: the top reasons cover a share of churners', () => {
  const single = [row('A', 300, 0), row('B', 150, 300), row('C', 100, 450)];
  expect(paretoSummary({ reasons: single, several: 0 })).toBe(
    'The most named reason, “A”, is given by 51.9% of churned customers; the top 3 reasons by 95.2%.',
  );
});
