export const messages = {
  'lab.add': 'Add a definition',
  'lab.chartTitle': 'Churn rate under each definition',
  'lab.name': 'Name',
  'lab.definition': 'Definition',
  'lab.summary': '{name}: {churned} churned ({rate}).',
  'lab.pairs': 'Customers on whom two definitions disagree',
  'lab.pair': 'Pair',
  'lab.disagree': 'Customers',
  'lab.customers': '{count} customers are churned under some definitions and not others',
  'lab.churned': 'churned',
  'lab.active': 'active',
  'lab.firstShown': 'The first {shown} of {total} are listed.',
} as const satisfies Record<string, string>;
