/** The risk-model cell's settings as the engine gets them: the comparison toggle and the out-of-time test. */
import { describe, expect, it } from 'vitest';
import { riskOptions, riskSettings } from '../../../../src/workbook/cells/risk-model/settings.ts';

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
