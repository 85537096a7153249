import type { AreaMessages } from '../area.ts';
import type { Severity } from '../../engine/api.ts';

/** Every issue severity needs a label, checked by the compiler. */
export const messages = {
  'quality.heading': 'Data quality report',
  'quality.none': 'No problems found.',
  'quality.severity.error': 'Errors',
  'quality.severity.warning': 'Warnings',
  'quality.severity.info': 'Notes',
  'quality.rows': 'Rows: {rows}',
  'quality.moreRows': '{rows} …',
  'quality.examples': 'Examples: {examples}',
  'quality.general': 'Whole dataset',
  'quality.columnLabel': 'Column “{column}”',
  'quality.fileLabel': 'File {file}',
  'quality.rowsInFile': 'Rows in {file}: {rows}',
  'quality.dayFirst': 'Day first (DD/MM/YYYY)',
  'quality.monthFirst': 'Month first (MM/DD/YYYY)',
  'quality.hidden': '{hidden} more not shown.',
  'quality.showMore': 'Show {count} more',
  'quality.convert': 'Convert to {type}',
} as const satisfies AreaMessages<'quality'> & Record<`quality.severity.${Severity}`, string>;
