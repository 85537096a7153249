/** The customers behind a number, titled in words: every kind of selection in English and Chinese. */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { filterText, selectionText } from '../../src/components/selectionText.ts';
import type { CustomerSelection } from '../../src/engine/api.ts';

afterEach(() => i18n.setLocale('en'));

const options = { period: 'month', measure: 'active' } as const;
const cases: [CustomerSelection, string, string][] = [
  [{ kind: 'all' }, 'All customers', '全部客户'],
  [{ kind: 'status', status: 'at-risk' }, 'Customers at risk', '有流失风险的客户'],
  [
    { kind: 'attribute', column: 'Contract', values: ['One year', 'Two year'] },
    'Contract: One year or Two year',
    'Contract：One year或Two year',
  ],
  [
    { kind: 'attribute-bin', column: 'MonthlyCharges', edges: [18.25, 35.5, 70.35], bin: 1 },
    'MonthlyCharges from 35.5 to 70.35',
    'MonthlyCharges 从 35.5 到 70.35',
  ],
  [
    { kind: 'dates', field: 'first', from: '2011-01-01', to: '2011-06-30' },
    'First activity from Jan 1, 2011 to Jun 30, 2011',
    '首次活动在 2011年1月1日 至 2011年6月30日 之间',
  ],
  [{ kind: 'derived', analysis: 'rfm', column: 'segment', values: ['champions'] }, 'RFM segment: Champions', null!],
  [
    { kind: 'cohort-cell', options, group: null, cohort: '2011-01', period: 2 },
    'cohort 2011-01, Active customers, period 2 (months)',
    '2011-01 同期群，活跃客户，第 2 期（月）',
  ],
  [
    { kind: 'period', part: 'lost', start: '1997-07-01', end: '1998-06-30' },
    'Customers lost from Jul 1, 1997 to Jun 30, 1998',
    '1997年7月1日 至 1998年6月30日 流失的客户',
  ],
];

test('selectionText words each kind of selection in English and in Chinese', () => {
  for (const [selection, en, zh] of cases) {
    i18n.setLocale('en');
    expect(selectionText(selection)).toBe(en);
    i18n.setLocale('zh-CN');
    const chinese = selectionText(selection);
    if (zh) expect(chinese).toBe(zh);
    // No English word left in the Chinese title but the data's own values.
    expect(chinese).not.toMatch(/customers|cohort|period|from/i);
  }
});

test('filterText joins the parts of a filter with "and" in the UI language', () => {
  const filter = { parts: cases.slice(1, 3).map(([s]) => s) };
  expect(filterText(filter)).toBe('Customers at risk and Contract: One year or Two year');
  i18n.setLocale('zh-CN');
  expect(filterText(filter)).toBe('有流失风险的客户，且Contract：One year或Two year');
});
