import type { AreaMessages } from '../area.ts';

export const messages = {
  'chart.showTable': 'Show table',
  'chart.showChart': 'Show chart',
  'chart.tools': 'Views and downloads for {title}',
  'chart.definitionLine': 'Definition: {definition}',
  'chart.asOfLine': 'As of {asOf}',
  'chart.notDated': 'No as-of date (the data has no dates)',
  'chart.pngFailed': 'The PNG could not be made: {reason}',
} as const satisfies AreaMessages<'chart'>;
