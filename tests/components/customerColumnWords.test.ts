/** customerColumnWords: the export's headers in the UI language, the value score's parts included. */
import { afterEach, describe, expect, it } from 'vitest';
import { customerColumnWords } from '../../src/components/customerColumnWords.ts';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { telco, value } from '../engine/analyses/analysisFixtures.ts';
import type { ScoreFeature } from '../../src/engine/api.ts';

const FEATURES: ScoreFeature[] = [
  { column: 'total_value', direction: 'higher', scaling: 'rank', weight: 0.6 },
  { column: 'MonthlyCharges', direction: 'higher', scaling: 'z', weight: 0.4 },
];

afterEach(() => i18n.setLocale('en'));

describe('customerColumnWords(currency, scoreColumns)', () => {
  it('heads each value_score_<column> part with the column in the UI language', () => {
    const en = customerColumnWords('', [FEATURES]).columns;
    expect(en.value_score_total_value).toBe('Value score: Total value (component)');
    expect(en.value_score_monthlycharges).toBe('Value score: MonthlyCharges (component)');
    i18n.setLocale('zh-CN');
    const zh = customerColumnWords('', [FEATURES]).columns;
    expect(zh.value_score_total_value).toBe(`价值评分：${i18n.t('def.col.total_value')}（分项）`);
    expect(zh.value_score_monthlycharges).toBe('价值评分：MonthlyCharges（分项）');
  });

  it('names the parts as the engine does: the headers of a real export are all worded', async () => {
    const { engine, id } = await telco();
    value(engine.analyze(id, 'customer-value', { features: FEATURES }));
    const words = customerColumnWords('', [FEATURES]);
    const file = engine.exportCustomerTable(id, 'csv', words);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const header = new TextDecoder()
      .decode(file.value)
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0];
    expect(header).toContain('Value score: Total value (component)');
    expect(header).toContain('Value score: MonthlyCharges (component)');
    expect(header).not.toMatch(/value_score_/);
  });

  it('numbers two columns that would share a part name, as the engine does', () => {
    const both = [{ column: 'Monthly Charges' }, { column: 'monthly_charges' }];
    const columns = customerColumnWords('', [both]).columns;
    expect(columns.value_score_monthly_charges_1).toBe('Value score: Monthly Charges (component)');
    expect(columns.value_score_monthly_charges_2).toBe('Value score: monthly_charges (component)');
  });
});
