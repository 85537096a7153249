import type { AreaMessages } from '../area.ts';

export const messages = {
  'roles.heading': 'Column roles',
  'roles.intro': 'Tell Churnscope what each column means. The suggestions come from the column names and values.',
  'roles.column': 'Column',
  'roles.type': 'Type',
  'roles.role': 'Role',
  'roles.roleFor': 'Role of {column}',
  'roles.typeFor': 'Type of {column}',
  'roles.confirm': 'Confirm roles',
  'roles.confirmed': 'Roles saved in the workbook.',
  'roles.needs.transactions':
    'A transaction log needs a customer ID and a transaction date, plus an amount (or quantity and unit price).',
  'roles.needs.customers': 'A customer snapshot needs a customer ID, plus a churn flag or a tenure.',
  'roles.needs.unknown':
    'The shape is not clear yet. Map a customer ID and a date (transaction log), or a churn flag or tenure (customer snapshot).',
  'roles.missing': 'Still missing: {roles}.',
  'roles.complete': 'All roles this shape needs are mapped.',
  'roles.or': '{a} or {b}',
  'roles.filter': 'Find a column',
  'roles.filterCount': '{shown} of {columns} columns',
  'roles.typeChange': 'Changing a type reads the file again.',
} as const satisfies AreaMessages<'roles'>;
