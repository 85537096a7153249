import type { AreaMessages } from '../area.ts';

export const messages = {
  'progress.label': 'Loading {name}',
  'progress.phase.reading': 'Reading',
  'progress.phase.parsing': 'Parsing',
  'progress.phase.typing': 'Detecting types',
  'progress.phase.done': 'Done',
  'progress.bytes': '{bytes} of {total}',
  'progress.rows': '{rows} rows',
  'progress.rate': '{rate} rows/s',
  'progress.cancel': 'Cancel',
} as const satisfies AreaMessages<'progress'>;
