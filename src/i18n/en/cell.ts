import type { AreaMessages } from '../area.ts';

export const messages = {
  'cell.needsTable': 'This analysis appears once the customer table is built (see the churn definition above).',
  'cell.needsData': 'Open data first.',
  'cell.loading': 'Calculating…',
  'cell.number.not-a-number': 'Type a number.',
  'cell.number.below': 'The least is {min}.',
  'cell.number.above': 'The most is {max}.',
  'cell.number.not-whole': 'Type a whole number.',
} as const satisfies AreaMessages<'cell'>;
