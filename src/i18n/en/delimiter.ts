import type { AreaMessages } from '../area.ts';

export const messages = {
  'delimiter.comma': 'Comma ( , )',
  'delimiter.semicolon': 'Semicolon ( ; )',
  'delimiter.tab': 'Tab',
  'delimiter.pipe': 'Pipe ( | )',
  'delimiter.whitespace': 'Spaces (whitespace)',
} as const satisfies AreaMessages<'delimiter'>;
