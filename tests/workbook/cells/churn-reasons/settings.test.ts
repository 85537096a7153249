import { expect, test } from 'vitest';
import type { ColumnSummary, DatasetSummary } from '../../../../src/engine/api.ts';
import { Workbook } from '../../../../src/state/workbook.svelte.ts';
import {
  initialSettings,
  reasonsOptions,
  reasonsSettings,
  valueChoices,
} from '../../../../src/workbook/cells/churn-reasons/settings.ts';

const column = (name: string, type: ColumnSummary['type'], role: ColumnSummary['role']) =>
  ({ name, type, role, nulls: 0, invalid: 0, distinct: 2 }) as ColumnSummary;

const cognos = {
  id: 'd',
  name: 'telco-churn-reasons.csv',
  rows: 7043,
  files: [],
  shape: 'customers',
  issues: [],
  columns: [
    column('CustomerID', 'identifier', 'customer_id'),
    column('Contract', 'categorical', 'attribute'),
    column('Monthly Charges', 'decimal', 'value'),
    column('Churn Score', 'integer', 'attribute'),
    column('CLTV', 'integer', 'value'),
    column('Churn Reason', 'categorical', 'reason'),
  ],
} as unknown as DatasetSummary;

test('initialSettings(Cognos columns) sums CLTV, the lifetime value, over the first value column', () => {
  const workbook = new Workbook();
  expect(valueChoices(cognos, workbook)).toEqual(['Monthly Charges', 'CLTV', 'Churn Score']);
  expect(initialSettings({ summary: cognos, workbook })).toEqual({ value: 'CLTV' });
});

test('reasonsSettings({}) splits at the default separators, natural churn involuntary, three reasons a type', () => {
  const s = reasonsSettings({});
  expect(reasonsOptions(s)).toEqual({
    separators: ';,；，|',
    value: '',
    involuntaryTypes: ['involuntary', 'natural'],
    topReasons: 3,
  });
});

test('reasonsSettings keeps usable saved values and drops the rest', () => {
  const s = reasonsSettings({
    separators: '',
    by: 'Contract',
    value: 'CLTV',
    naturalInvoluntary: false,
    topReasons: 5,
  });
  expect(reasonsOptions(s)).toEqual({
    separators: '',
    by: 'Contract',
    value: 'CLTV',
    involuntaryTypes: ['involuntary'],
    topReasons: 5,
  });
  const bad = reasonsSettings({ separators: 7, by: 3, value: null, naturalInvoluntary: 'no', topReasons: -2 });
  expect(bad).toEqual({ ...reasonsSettings({}), naturalInvoluntary: true });
  expect(reasonsSettings({ topReasons: 99 }).topReasons).toBe(20);
});
