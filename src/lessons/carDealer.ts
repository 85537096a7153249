/**
 * The car dealer's 6/12-month window: a customer not seen for 6 months is at risk, for 12
 * churned. Teaching data (a transaction log of repeat buyers with planted BG/NBD parameters)
 * under that definition, and a definition lab setting the 6- and the 12-month rule side by side.
 */
import { figure, type Lesson } from './lesson.ts';
import type { ChurnDefinition } from '../engine/api.ts';

const definitions: ChurnDefinition[] = [
  { kind: 'inactivity', days: 180 },
  { kind: 'inactivity', days: 365 },
];

export const carDealer: Lesson = {
  id: 'car-dealer',
  data: { generate: { customers: 2_000, seed: 3, shape: 'log' } },
  roles: {},
  definition: { kind: 'inactivity', days: 365, atRiskDays: 180 },
  asOf: '',
  cells: [{ kind: 'definition-lab', settings: { definitions }, questions: 2 }],
  figures: [
    figure('customers', 'churn-kpis', {}, (r) => r.customers, 'count'),
    figure('churned', 'churn-kpis', {}, (r) => r.churned, 'count'),
    figure('atRisk', 'churn-kpis', {}, (r) => r.atRisk, 'count'),
    figure('rate180', 'definition-lab', { definitions }, (r) => r.definitions[0].rate, 'percent'),
    figure('rate365', 'definition-lab', { definitions }, (r) => r.definitions[1].rate, 'percent'),
    figure('disagree', 'definition-lab', { definitions }, (r) => r.disagreeingTotal, 'count'),
  ],
};
