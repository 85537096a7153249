/**
 * The 20/80 rule of core customers: a fifth of the customers bring most of the value. On the
 * CDNOW sample (2,357 customers' purchases of 1997–98), with tier A set to the top 20 %.
 */
import { figure, type Lesson } from './lesson.ts';

const tierShares: [number, number, number] = [0.2, 0.3, 0.5];
const tier = (name: string) => (r: { tiers: { tiers: { name: string; churnRate: number }[] } | null }) =>
  r.tiers?.tiers.find((t) => t.name === name)?.churnRate ?? NaN;

export const pareto: Lesson = {
  id: 'pareto',
  data: { sample: 'cdnow' },
  roles: { column_2: 'ignore' },
  definition: { kind: 'inactivity', days: 180 },
  asOf: '',
  tierShares,
  cells: [{ kind: 'value-tiers', settings: {}, questions: 2 }],
  figures: [
    figure('top20', 'value-tiers', { tierShares }, (r) => r.tiers?.pareto.top20Share ?? NaN, 'percent'),
    figure('aRate', 'value-tiers', { tierShares }, tier('A'), 'percent'),
    figure('cRate', 'value-tiers', { tierShares }, tier('C'), 'percent'),
    figure('overall', 'value-tiers', { tierShares }, (r) => r.tiers?.overallChurnRate ?? NaN, 'percent'),
  ],
};
