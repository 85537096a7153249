/**
 * The swimwear exporter's missed seasonal order: a customer who orders every spring did not
 * order this spring. Teaching data of seasonal buyers only (one order a year, in March; before
 * each later season 30 % stop), read on 30 April 2025, just after the season: the seasonal
 * early warning names who skipped it, while an inactivity window long enough for yearly buyers
 * (450 days) does not call them churned yet, and the usual 180 days calls half the buyers churned.
 */
import { figure, type Lesson } from './lesson.ts';
import type { ChurnDefinition } from '../engine/api.ts';
import { rulesOf, warningSettings } from '../workbook/cells/early-warnings/settings.ts';

const warnings = {
  rules: {
    declining: { on: false, months: 3 },
    below: { on: false, threshold: 0, months: 3 },
    seasonal: { on: true, years: 1 },
    overdue: { on: false, factor: 2 },
  },
};
const read = warningSettings(warnings);
const definitions: ChurnDefinition[] = [
  { kind: 'inactivity', days: 180 },
  { kind: 'inactivity', days: 450 },
];

export const swimwear: Lesson = {
  id: 'swimwear',
  data: {
    generate: {
      customers: 1_000,
      seed: 7,
      shape: 'log',
      truth: {
        shape: 'log',
        start: '2023-01-01',
        signupDays: 365,
        end: '2025-04-30',
        bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
        gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
        // Every customer is seasonal: one order a year between 2 and 31 March (days 60–89; in 2024, 1–30 March).
        seasonal: { share: 1, seasonStartDay: 60, seasonEndDay: 89, annualChurn: 0.3 },
      },
    },
  },
  roles: {},
  definition: { kind: 'inactivity', days: 450 },
  asOf: '2025-04-30',
  cells: [
    { kind: 'early-warnings', settings: warnings, questions: 2 },
    { kind: 'definition-lab', settings: { definitions }, questions: 1 },
  ],
  figures: [
    figure('customers', 'churn-kpis', {}, (r) => r.customers, 'count'),
    figure('churned', 'churn-kpis', {}, (r) => r.churned, 'count'),
    figure(
      'flagged',
      'early-warnings',
      { rules: rulesOf(read), includeChurned: read.includeChurned },
      (r) => r.flagged.length,
      'count',
    ),
    figure('rate180', 'definition-lab', { definitions }, (r) => r.definitions[0].rate, 'percent'),
    figure('rate450', 'definition-lab', { definitions }, (r) => r.definitions[1].rate, 'percent'),
  ],
};
