import { describe, expect, it } from 'vitest';
import type { DatasetSummary } from '../../../../src/engine/api.ts';
import { Workbook } from '../../../../src/state/workbook.svelte.ts';
import {
  initialSettings,
  quadrantOptions,
  quadrantSettings,
} from '../../../../src/workbook/cells/value-risk-quadrant/settings.ts';

describe('value-risk-quadrant settings', () => {
  it('quadrantSettings({}) starts on a logistic model, historical value, median risk and the 20/80 value', () => {
    expect(quadrantOptions(quadrantSettings({}))).toEqual({
      risk: { source: 'model', model: 'logistic' },
      value: { source: 'historical' },
      riskThreshold: { rule: 'median' },
      valueThreshold: { rule: 'pareto' },
    });
  });

  it('a dragged threshold is saved as a number; a typed name goes with the app words for the others', () => {
    const s = quadrantSettings({ riskRule: 'number', riskNumber: 0.31, names: ['Call now', '', '', ''] });
    expect(quadrantOptions(s, ['立即挽留', '低成本维护', '发展', '放弃'])).toMatchObject({
      riskThreshold: { rule: 'number', value: 0.31 },
      names: ['Call now', '低成本维护', '发展', '放弃'],
    });
    expect(quadrantSettings({ names: ['', '', '', ''] }).names).toBeNull();
    expect(quadrantSettings({ names: ['A', 'B'] }).names).toBeNull();
    expect(quadrantSettings({ risk: 'nonsense', riskShare: 7 })).toMatchObject({ risk: 'model', riskShare: 0.2 });
  });

  it('a column source without a column asks for none', () => {
    expect(quadrantOptions(quadrantSettings({ risk: 'column' }))).toBeNull();
    expect(quadrantOptions(quadrantSettings({ value: 'column', valueColumn: 'TotalCharges' }))).toMatchObject({
      value: { source: 'column', column: 'TotalCharges' },
    });
  });

  // Not on 1 − P(alive), which runs against observed churn on Online Retail and CDNOW
  // (tests/engine/analyses/value-risk-quadrant-contradicts.test.ts).
  it('a transaction log starts on the risk model and CLV, with or without a risk-model cell', () => {
    const summary = {
      shape: 'transactions',
      columns: [
        { name: 'CustomerID', role: 'customer_id' },
        { name: 'InvoiceDate', role: 'date' },
      ],
    } as unknown as DatasetSummary;
    const workbook = new Workbook();
    expect(initialSettings({ summary, workbook, table: null })).toMatchObject({ risk: 'model', value: 'clv' });
    workbook.addCell('risk-model');
    expect(initialSettings({ summary, workbook, table: null })).toMatchObject({ risk: 'model', value: 'clv' });
  });
});
