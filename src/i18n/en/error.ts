import type { AreaMessages } from '../area.ts';

export const messages = {
  'error.heading': 'Something needs your attention',
  'error.whatToDo': 'What to do:',
  'error.dismiss': 'Dismiss',
  'error.cancelled': 'Loading was cancelled. The data you had open is unchanged.',
  'error.kept': 'The data you had open before is still loaded.',
  'error.unexpected': 'Unexpected problem: {message}',
  'error.advice.file': 'Check the file, or choose another one.',
  'error.advice.options': 'Try another delimiter, encoding or header setting above.',
} as const satisfies AreaMessages<'error'>;
