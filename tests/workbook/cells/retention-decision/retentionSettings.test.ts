/** The retention cells' saved settings: junk and partial values fall back to the defaults, options carry only what was chosen. */
import { expect, test } from 'vitest';
import { decisionOptions, decisionSettings } from '../../../../src/workbook/cells/retention-decision/settings.ts';
import { economicsOptions, economicsSettings } from '../../../../src/workbook/cells/retention-economics/settings.ts';

test('decisionSettings({}) asks the engine for its defaults: the risk model, default value, rules and costs', () => {
  const options = decisionOptions(decisionSettings({}));
  expect(options).toEqual({ risk: 'model', who: 'not-churned', saveProbability: {}, plans: {}, offerCosts: {} });
});

test('decisionSettings keeps valid choices and drops out-of-range ones', () => {
  const s = decisionSettings({
    risk: 'Churn Score',
    value: 'CLTV',
    who: 'everyone',
    save: { competitor: 0.5, natural: 3 },
    plans: { competitor: 'match-offer', natural: 'bribe' },
    offerCosts: { 'match-offer': 40, 'no-spend': -1 },
    rules: [{ type: 'involuntary', attribute: { column: 'pay', in: ['check', 4] } }, { type: 'nonsense' }],
    planTexts: { 'match-offer': 'Call today', 'no-spend': '  ' },
  });
  expect(s).toMatchObject({
    risk: 'Churn Score',
    value: 'CLTV',
    who: 'not-churned',
    save: { competitor: 0.5 },
    plans: { competitor: 'match-offer' },
    offerCosts: { 'match-offer': 40 },
    rules: [{ type: 'involuntary', attribute: { column: 'pay', in: ['check'] } }],
    planTexts: { 'match-offer': 'Call today' },
  });
  expect(decisionOptions(s).typeRules).toHaveLength(1);
});

test('economicsSettings falls back to the stated defaults and adds a treatment only with values', () => {
  const s = economicsSettings({
    acceptance: 2,
    reach: 0.8,
    treatmentColumn: 'offer',
    treatedValues: ' ',
    campaignDate: '1/7/2023',
  });
  expect(s).toMatchObject({ acceptance: 0.3, reach: 0.8, acquisitionRatio: 5, retentionGain: 0.05, campaignDate: '' });
  const o = economicsOptions(s);
  expect(o.treatment).toBeUndefined();
  expect(o.campaignDate).toBeUndefined();
  expect(economicsOptions({ ...s, treatedValues: 'yes, y', campaignDate: '2023-07-01' })).toMatchObject({
    treatment: { column: 'offer', treated: ['yes', 'y'] },
    campaignDate: '2023-07-01',
    windowDays: 90,
  });
});
