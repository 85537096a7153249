import type { AreaMessages } from '../area.ts';

export const messages = {
  'sql.button': 'SQL',
  'sql.heading': 'SQL for this analysis',
  'sql.intro':
    'This query reduces the transaction log to what this analysis needs, with the confirmed roles, the churn definition and this cell’s settings. Run it where the data lives; the result has the columns listed in its first line.',
  'sql.dialect': 'Dialect',
  'sql.table': 'Table to read',
  'sql.copy': 'Copy',
  'sql.copied': 'Copied.',
  'sql.copyFailed': 'Copying failed: select the text and copy it.',
  'sql.download': 'Download .sql',
  'sql.close': 'Close',
  'sql.needsTable': 'Build the customer table first: the query follows its roles and churn definition.',
  'sql.unsupported.cohort-by': 'cohorts formed by an attribute together with a breakdown',
  'sql.unsupported.attribute-rule': 'an attribute read by a rule other than its latest value',
  'sql.unsupported.filters': 'filters',
  'sql.unsupported.source-file':
    'a group by “{column}” (the column the app added to name each row’s file; a warehouse table has none)',
} as const satisfies AreaMessages<'sql'>;
