/**
 * The retention-economics cell's "Lifetime value of a customer" is stated with its formula: on
 * CDNOW it read 46 next to a yearly revenue of 186 (annual retention 21.8 %, discount 10 %), which
 * looks wrong until the reader knows the current year is not counted. The rule worded on screen
 * must give the number the cell shows: 186 × 0.218 ÷ (1.1 − 0.218) = 45.97 (to the cent).
 */
import { afterEach, expect, test } from 'vitest';
import { i18n, t } from '../../../../src/i18n/i18n.svelte.ts';
import { geometricClv } from '../../../../src/core/analyses/retention-economics/retentionLift.ts';

afterEach(() => i18n.setLocale('en'));

test('the formula on screen is the one the cell computes, in English and Chinese', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    i18n.setLocale(locale);
    expect(t('retention-economics.clvRule')).toContain('× r ÷ (1 + d − r)');
  }
  // Hand arithmetic above, ±0.01.
  expect(geometricClv(186, 0.218, 0.1)).toBeCloseTo(45.97, 2);
});
