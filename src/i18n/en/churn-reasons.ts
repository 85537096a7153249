import type { AreaMessages } from '../area.ts';

export const messages = {
  'churn-reasons.heading': 'Churn types by cause',
  'churn-reasons.intro':
    'Each churn reason in the data is mapped to a type of churn; change any that does not fit. Churned customers get the type as the attribute “churn_type”.',
  'churn-reasons.reason': 'Reason in the data',
  'churn-reasons.type': 'Type of churn',
  'churn-reasons.typeOf': 'Type of churn for “{reason}”',
  'churn-reasons.churnType.natural': 'Natural (death, bankruptcy, moving away)',
  'churn-reasons.churnType.changed-need': 'Changed need',
  'churn-reasons.churnType.competitor': 'Lured by a competitor',
  'churn-reasons.churnType.disappointed': 'Disappointed (price, service, quality)',
  'churn-reasons.churnType.involuntary': 'Involuntary (e.g. non-payment)',
  'churn-reasons.churnType.unknown': 'Unknown',
} as const satisfies AreaMessages<'churn-reasons'>;
