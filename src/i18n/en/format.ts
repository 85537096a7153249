import type { AreaMessages } from '../area.ts';
import type { FileFormat } from '../../engine/api.ts';

/** Every file format needs a label, checked by the compiler. */
export const messages = {
  'format.delimited': 'Delimited text',
  'format.xlsx': 'Excel workbook',
  'format.parquet': 'Parquet',
  'format.arrow': 'Arrow / Feather',
  'format.json': 'JSON',
} as const satisfies AreaMessages<'format'> & Record<`format.${FileFormat}`, string>;
