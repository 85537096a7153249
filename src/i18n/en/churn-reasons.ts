export const messages = {
  'reasons.heading': 'Churn types by cause',
  'reasons.intro':
    'Each churn reason in the data is mapped to a type of churn; change any that does not fit. Churned customers get the type as the attribute “churn_type”.',
  'reasons.reason': 'Reason in the data',
  'reasons.type': 'Type of churn',
  'reasons.typeOf': 'Type of churn for “{reason}”',
  'churnType.natural': 'Natural (death, bankruptcy, moving away)',
  'churnType.changed-need': 'Changed need',
  'churnType.competitor': 'Lured by a competitor',
  'churnType.disappointed': 'Disappointed (price, service, quality)',
  'churnType.involuntary': 'Involuntary (e.g. non-payment)',
  'churnType.unknown': 'Unknown',
} as const satisfies Record<string, string>;
