/** The risk-model cell's settings as the engine gets them: the comparison toggle and the out-of-time test. */
import { describe, expect, it } from 'vitest';
import type { CustomerTableSummary } from '../../../../src/engine/api.ts';
import { Workbook } from '../../../../src/state/workbook.svelte.ts';
import { initialSettings, riskOptions, riskSettings } from '../../../../src/workbook/cells/risk-model/settings.ts';

describe('riskOptions(riskSettings(saved))', () => {
  it('compare: true asks for the four comparable models; a Cox model asks for none', () => {
    expect(riskOptions(riskSettings({ compare: true }))).toMatchObject({
      model: 'logistic',
      compare: ['logistic', 'tree', 'naive-bayes', 'tan'],
    });
    expect(riskOptions(riskSettings({ compare: true, model: 'cox' }))).not.toHaveProperty('compare');
    expect(riskOptions(riskSettings({}))).not.toHaveProperty('compare');
  });

  it("testBy 'time' tests on the cutoff's customers (or the chosen test cutoff), with no fraction held out", () => {
    const fromCutoff = riskOptions(riskSettings({ testBy: 'time', cutoff: '2011-06-12', windowDays: 90 }))!;
    expect(fromCutoff).toMatchObject({ testCutoff: '2011-06-12', windowDays: 90 });
    expect(fromCutoff).not.toHaveProperty('cutoff');
    expect(fromCutoff).not.toHaveProperty('testFraction');
    const chosen = riskOptions(riskSettings({ testBy: 'time', cutoff: '2011-06-12', testCutoff: '2011-09-01' }))!;
    expect(chosen.testCutoff).toBe('2011-09-01');
  });

  it("testBy 'time' without any date waits (null), and a malformed test cutoff is dropped", () => {
    expect(riskOptions(riskSettings({ testBy: 'time' }))).toBeNull();
    expect(riskSettings({ testCutoff: '2011-9-1' }).testCutoff).toBe('');
  });
});

describe('initialSettings: a transaction log starts judged out of time', () => {
  const start = (dataFrom: string, days = 180) =>
    initialSettings({
      summary: null,
      workbook: new Workbook(),
      table: {
        shape: 'transactions',
        asOf: '2011-12-09',
        dataFrom,
        definition: { kind: 'inactivity', days },
      } as CustomerTableSummary,
    });
  it("the definition's window: out of time when two of them and a month of history fit, else one cutoff, else nothing", () => {
    // 2011-12-09 − 180 days = 2011-06-12; − 360 days = 2010-12-14 (a month after 2009-12-01: fits).
    expect(start('2009-12-01')).toEqual({ testBy: 'time', cutoff: '2011-06-12' });
    // Online Retail from 2010-12-01: 2010-12-14 is within the first month, so one 180-day window
    // from 2011-06-12, tested on a held-out share — never a 90-day window shorter than the
    // definition, which scored 2,890 of 3,481 active customers 0 (they cannot churn within it).
    expect(start('2010-12-01')).toEqual({ testBy: 'fraction', cutoff: '2011-06-12' });
    const options = riskOptions(riskSettings(start('2010-12-01')))!;
    expect(options).toMatchObject({ cutoff: '2011-06-12', testFraction: 0.25 });
    expect(options).not.toHaveProperty('windowDays');
    expect(options).not.toHaveProperty('testCutoff');
    // Seven months: one 180-day window and a month of history fit; four months: nothing.
    expect(start('2011-05-01')).toEqual({ testBy: 'fraction', cutoff: '2011-06-12' });
    expect(start('2011-08-01')).toEqual({});
  });

  it('without an inactivity definition the window is a quarter (the engine default)', () => {
    const s = initialSettings({
      summary: null,
      workbook: new Workbook(),
      table: {
        shape: 'transactions',
        asOf: '2011-12-09',
        dataFrom: '2010-12-01',
        definition: { kind: 'flag' },
      } as unknown as CustomerTableSummary,
    });
    // 2011-12-09 − 90 days = 2011-09-10; − 180 days = 2011-06-12, months after 2010-12-31.
    expect(s).toEqual({ testBy: 'time', cutoff: '2011-09-10' });
  });
});
