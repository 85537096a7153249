import type { AreaMessages } from '../area.ts';

export const messages = {
  'preview.heading': 'Preview',
  'preview.rowsOf': '{rows} rows × {columns} columns',
  'preview.manyColumns': 'Showing the first 200 of {columns} columns. All columns are kept for analysis.',
  'preview.loading': 'Loading rows…',
  'preview.headerHint': 'Select a column header to see its profile.',
  'preview.rows': 'Rows of the data (scrollable)',
  'preview.rowNumber': 'Row',
  'preview.empty': '(empty)',

  'preview.true': 'Yes',
  'preview.false': 'No',
} as const satisfies AreaMessages<'preview'>;
