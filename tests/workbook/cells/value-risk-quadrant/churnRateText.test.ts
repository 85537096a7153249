/**
 * The quadrant table's churn rate: CDNOW's quadrant on 1 − P(alive) leaves "Maintain cheaply"
 * empty (0 customers), whose rate and interval are NaN; the walkthrough showed "— (—–—)".
 */
import { expect, test } from 'vitest';
import { i18n } from '../../../../src/i18n/i18n.svelte.ts';
import { churnRateText } from '../../../../src/workbook/cells/value-risk-quadrant/churnRateText.ts';

const pct = (r: number) => (Number.isFinite(r) ? i18n.formatPercent(r) : '—');

test('an empty quadrant shows one dash; a rate shows its interval', () => {
  expect(churnRateText({ churnRate: NaN, low: NaN, high: NaN }, pct)).toBe('—');
  expect(churnRateText({ churnRate: 0.19, low: 0.159, high: 0.227 }, pct)).toBe('19.0% (15.9%–22.7%)');
  expect(churnRateText({ churnRate: 0.5, low: NaN, high: NaN }, pct)).toBe('50.0%');
});
