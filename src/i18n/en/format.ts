import type { AreaMessages } from '../area.ts';
import type { FileFormat } from '../../engine/api.ts';

/** Every file format needs a label, checked by the compiler. */
export const messages = {
  'format.delimited': 'Delimited text',
  'format.xlsx': 'Excel workbook',
  'format.xls': 'Excel 97–2003 workbook (.xls)',
  'format.spreadsheetml': 'SpreadsheetML 2003 workbook',
  'format.html-table': 'HTML table',
  'format.parquet': 'Parquet',
  'format.arrow': 'Arrow / Feather',
  'format.json': 'JSON',
} as const satisfies AreaMessages<'format'> & Record<`format.${FileFormat}`, string>;
