/**
 * Online Retail's survival cell (13 monthly files, 180 days without activity, as of 2011-12-09):
 * 1,549 of 4,339 customers bought on one day only, 640 of them churned, all known at 5.9 months,
 * where 640 customers are lost of 2,811 at risk. The step read "where they are 100.0% of the 640
 * customers lost", a share without saying of what; it now counts them.
 */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { oneTimeSentence } from '../../src/charts/survival/durationWords.ts';
import type { SurvivalResult } from '../../src/engine/api.ts';

afterEach(() => i18n.setLocale('en'));

const result = {
  unit: 'months',
  groups: [{ n: 4339 }],
  oneTimeBuyers: {
    customers: 1549,
    share: 1549 / 4339,
    churned: 640,
    stepTime: 5.9,
    stepEvents: 640,
    stepAtRisk: 2811,
    stepOneTime: 640,
  },
} as unknown as SurvivalResult;

test('the one-time buyers’ step says how many of the customers lost there they are', () => {
  expect(oneTimeSentence(result)).toContain(
    'their losses become known at 5.9 months: 640 of the 640 customers lost there (100.0%); the curve falls by 22.8% of the 2,811 at risk there',
  );
});
