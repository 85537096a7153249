import type { AreaMessages } from '../area.ts';

export const messages = {
  'col.customers': 'Customers',
  'col.churned': 'Churned',
  'col.rate': 'Churn rate',
  'col.low': '95 % CI low',
  'col.high': '95 % CI high',
  'col.riskRatio': 'Risk ratio vs overall',
  'col.month': 'Month',
  'col.atStart': 'Customers at start',
  'col.lost': 'Lost',
  'col.gained': 'Gained',
} as const satisfies AreaMessages<'col'>;
