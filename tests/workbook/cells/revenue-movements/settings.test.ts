import { expect, test } from 'vitest';
import { revenueOptions, revenueSettings } from '../../../../src/workbook/cells/revenue-movements/settings.ts';

test('revenueSettings(saved) keeps valid values and falls back on anything else', () => {
  const s = revenueSettings({
    period: 'week',
    by: 'Country',
    alertMonths: 2.5,
    alertDrop: 150,
    rules: { Country: 'latest' },
  });
  expect(s).toMatchObject({
    period: 'month',
    by: 'Country',
    group: '',
    bridgePeriod: '',
    alertMonths: 0,
    alertDrop: 0,
  });
  // Alerts without both numbers keep the engine's default (the partial-churn definition's, else 3 months and 80 %).
  expect(revenueOptions(s)).toEqual({ period: 'month', by: 'Country', attributeRules: { Country: 'latest' } });
});

test('revenueOptions(settings) passes the bridge period and the alert windows the cell chose', () => {
  const s = revenueSettings({ period: 'quarter', bridgePeriod: '2011-Q2', alertMonths: 6, alertDrop: 50 });
  expect(revenueOptions(s)).toEqual({
    period: 'quarter',
    bridgePeriod: '2011-Q2',
    alerts: { months: 6, dropPercent: 50 },
  });
  expect(revenueOptions(revenueSettings({}))).toEqual({ period: 'month' });
});
