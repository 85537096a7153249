import type { AreaMessages } from '../area.ts';
import type { Shape } from '../../engine/api.ts';

/** Every data shape needs a label, checked by the compiler. */
export const messages = {
  'shape.transactions': 'Transaction log',
  'shape.customers': 'Customer snapshot',
  'shape.unknown': 'Unknown',
} as const satisfies AreaMessages<'shape'> & Record<`shape.${Shape}`, string>;
