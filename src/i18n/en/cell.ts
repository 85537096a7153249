export const messages = {
  'cell.needsTable': 'This analysis appears once the customer table is built (see the churn definition above).',
  'cell.needsData': 'Open data first.',
} as const satisfies Record<string, string>;
