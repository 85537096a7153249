import type { AreaMessages } from '../area.ts';

export const messages = {
  'cell.needsTable': 'This analysis appears once the customer table is built (see the churn definition above).',
  'cell.needsData': 'Open data first.',
  'cell.loading': 'Calculating…',
} as const satisfies AreaMessages<'cell'>;
