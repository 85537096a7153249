/**
 * The telecom model-targeting case: the course's 190 real churners (6.13 %) need 1,455 contacts
 * without a model and 712 (3.00 %) with one. The app cannot rebuild that model, so the lesson
 * states the course's figures and lets the app do the same arithmetic on IBM's Telco sample:
 * how many customers from the top of a churn model's list find 80 % of the churners, against a
 * random list.
 */
import { figure, type Lesson } from './lesson.ts';
import { riskOptions, riskSettings } from '../workbook/cells/risk-model/settings.ts';

const settings = {};
const options = riskOptions(riskSettings(settings)) ?? {};

export const telecom: Lesson = {
  id: 'telecom',
  data: { sample: 'telco' },
  roles: {},
  definition: { kind: 'flag' },
  asOf: '',
  cells: [{ kind: 'risk-model', settings, questions: 2 }],
  figures: [
    figure('tested', 'risk-model', options, (r) => r.evaluation.customers, 'count'),
    figure('churners', 'risk-model', options, (r) => r.evaluation.churners, 'count'),
    figure('rate', 'risk-model', options, (r) => r.evaluation.churners / r.evaluation.customers, 'percent'),
    figure(
      'reached',
      'risk-model',
      options,
      (r) => Math.ceil(r.evaluation.reach.share * r.evaluation.churners),
      'count',
    ),
    figure('random', 'risk-model', options, (r) => r.evaluation.reach.random, 'count'),
    figure('withModel', 'risk-model', options, (r) => r.evaluation.reach.withModel, 'count'),
    figure('ratio', 'risk-model', options, (r) => r.evaluation.reach.withModel / r.evaluation.reach.random, 'ratio'),
  ],
};
