import type { AreaMessages } from '../area.ts';
import type { Encoding } from '../../engine/api.ts';

/** Every encoding the reader knows needs a name, checked by the compiler. */
export const messages = {
  'encoding.utf-8': 'UTF-8',
  'encoding.gb18030': 'GB18030 / GBK (Simplified Chinese)',
  'encoding.big5': 'Big5 (Traditional Chinese)',
  'encoding.shift_jis': 'Shift_JIS (Japanese)',
  'encoding.windows-1252': 'Windows-1252 / Latin-1 (Western European)',
  'encoding.utf-16le': 'UTF-16LE',
  'encoding.utf-16be': 'UTF-16BE',
  'encoding.readAs': 'Read as {encoding}',
} as const satisfies AreaMessages<'encoding'> & Record<`encoding.${Encoding}`, string>;
