import type { AreaMessages } from '../area.ts';
import type { ColumnType } from '../../engine/api.ts';

/** Every column type needs a label, checked by the compiler. */
export const messages = {
  'type.integer': 'Integer',
  'type.decimal': 'Decimal',
  'type.boolean': 'Yes/No',
  'type.date': 'Date',
  'type.datetime': 'Date & time',
  'type.categorical': 'Category',
  'type.text': 'Text',
  'type.identifier': 'Identifier',
} as const satisfies AreaMessages<'type'> & Record<`type.${ColumnType}`, string>;
