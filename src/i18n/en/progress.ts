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
  'progress.restoring':
    'Stopped. The engine did not stop by itself in time, so it was restarted; re-opening {names} as it was…',
  'progress.restoringStopped': 'The engine stopped by itself and was restarted; re-opening {names} as it was…',
} as const satisfies AreaMessages<'progress'>;
