/**
 * The A/B/C tiers: 10 / 30 / 60 % of the customers by value churn 5 / 15 / 30 %, so 23 % overall —
 * the weighted mean 0.1 × 5 % + 0.3 × 15 % + 0.6 × 30 %. Teaching data with these tiers planted
 * exactly (the segments generator), so the app's tiers by value give back the course's numbers.
 */
import { figure, type Lesson } from './lesson.ts';
import { attributeOptions, attributeSettings } from '../workbook/cells/churn-by-attribute/settings.ts';

const byTier = { column: 'tier' };
const tier =
  (name: string) => (r: { tiers: { tiers: { name: string; churnRate: number; valueShare: number }[] } | null }) =>
    r.tiers?.tiers.find((t) => t.name === name);

export const tiers: Lesson = {
  id: 'tiers',
  data: {
    generate: {
      customers: 1_000,
      seed: 1,
      shape: 'segments',
      truth: {
        shape: 'segments',
        idPrefix: 'V',
        columns: { segment: 'tier', value: 'annual_value', churn: 'churn' },
        segments: [
          { name: 'A', share: 0.1, churn: 0.05, value: { min: 5_000, max: 20_000 } },
          { name: 'B', share: 0.3, churn: 0.15, value: { min: 1_000, max: 4_999.99 } },
          { name: 'C', share: 0.6, churn: 0.3, value: { min: 50, max: 999.99 } },
        ],
      },
    },
  },
  roles: { annual_value: 'value' },
  definition: { kind: 'flag' },
  asOf: '',
  cells: [
    { kind: 'value-tiers', settings: {}, questions: 3 },
    { kind: 'churn-by-attribute', settings: byTier, questions: 1 },
  ],
  figures: [
    figure('aRate', 'value-tiers', { tierShares: [0.1, 0.3, 0.6] }, (r) => tier('A')(r)?.churnRate ?? NaN, 'percent'),
    figure('bRate', 'value-tiers', { tierShares: [0.1, 0.3, 0.6] }, (r) => tier('B')(r)?.churnRate ?? NaN, 'percent'),
    figure('cRate', 'value-tiers', { tierShares: [0.1, 0.3, 0.6] }, (r) => tier('C')(r)?.churnRate ?? NaN, 'percent'),
    figure(
      'overall',
      'value-tiers',
      { tierShares: [0.1, 0.3, 0.6] },
      (r) => r.tiers?.overallChurnRate ?? NaN,
      'percent',
    ),
    figure('aValue', 'value-tiers', { tierShares: [0.1, 0.3, 0.6] }, (r) => tier('A')(r)?.valueShare ?? NaN, 'percent'),
    figure(
      'plantedA',
      'churn-by-attribute',
      attributeOptions(attributeSettings(byTier)) ?? byTier,
      (r) => r.groups.find((g) => g.label === 'A')?.rate ?? NaN,
      'percent',
    ),
  ],
};
