/**
 * The student-dropout survey: churn is not only about customers. A university's students by
 * year of study, with dropout rates planted exactly by the segments generator (illustrative
 * parameters: the course names the case, not its numbers): 12 % in the first year, 7 %, 4 %,
 * then 2 % in the fourth.
 */
import { figure, type Lesson } from './lesson.ts';
import { attributeOptions, attributeSettings } from '../workbook/cells/churn-by-attribute/settings.ts';
import type { AttributeChurnResult } from '../engine/api.ts';

const settings = { column: 'year_of_study' };
const options = attributeOptions(attributeSettings(settings)) ?? settings;
const year = (label: string) => (r: AttributeChurnResult) => r.groups.find((g) => g.label === label)?.rate ?? NaN;

export const students: Lesson = {
  id: 'students',
  data: {
    generate: {
      customers: 1_000,
      seed: 11,
      shape: 'segments',
      truth: {
        shape: 'segments',
        idPrefix: 'U',
        columns: { segment: 'year_of_study', churn: 'dropped_out' },
        segments: [
          { name: 'Year 1', share: 0.3, churn: 0.12 },
          { name: 'Year 2', share: 0.27, churn: 0.07 },
          { name: 'Year 3', share: 0.23, churn: 0.04 },
          { name: 'Year 4', share: 0.2, churn: 0.02 },
        ],
      },
    },
  },
  roles: { dropped_out: 'churn_flag', year_of_study: 'attribute' },
  definition: { kind: 'flag' },
  asOf: '',
  cells: [{ kind: 'churn-by-attribute', settings, questions: 2 }],
  figures: [
    figure('overall', 'churn-by-attribute', options, (r) => r.overall.rate, 'percent'),
    figure('dropped', 'churn-by-attribute', options, (r) => r.overall.churned, 'count'),
    figure('year1', 'churn-by-attribute', options, year('Year 1'), 'percent'),
    figure('year4', 'churn-by-attribute', options, year('Year 4'), 'percent'),
    figure(
      'ratio1',
      'churn-by-attribute',
      options,
      (r) => r.groups.find((g) => g.label === 'Year 1')?.riskRatio ?? NaN,
      'ratio',
    ),
  ],
};
