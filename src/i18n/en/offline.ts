import type { AreaMessages } from '../area.ts';

export const messages = {
  'offline.updateAvailable': 'A new version is available.',
  'offline.updateClosesData': 'Reloading closes the open data; open it again after.',
  'offline.reload': 'Reload',
  'offline.later': 'Later',
} as const satisfies AreaMessages<'offline'>;
