import type { AreaMessages } from '../area.ts';

export const messages = {
  'definition-lab.add': 'Add a definition',
  'definition-lab.chartTitle': 'Churn rate under each definition',
  'definition-lab.name': 'Name',
  'definition-lab.definition': 'Definition',
  'definition-lab.captionItem': '{name}: {definition}',
  'definition-lab.captionSeparator': '; ',
  'definition-lab.summary': '{name}: {churned} churned ({rate}).',
  'definition-lab.pairs': 'Customers on whom two definitions disagree',
  'definition-lab.pair': 'Pair',
  'definition-lab.disagree': 'Customers',
  'definition-lab.customers': '{count} customers are churned under some definitions and not others',
  'definition-lab.churned': 'churned',
  'definition-lab.active': 'active',
  'definition-lab.firstShown': 'The first {shown} of {total} are listed.',
} as const satisfies AreaMessages<'definition-lab'>;
