import type { AreaMessages } from '../area.ts';

export const messages = {
  'chart.showTable': 'Show table',
  'chart.showChart': 'Show chart',
  'chart.tools': 'Views and downloads for {title}',
  'chart.definitionLine': 'Definition: {definition}',
  'chart.asOfLine': 'As of {asOf}',
  'chart.notDated': 'No as-of date (the data has no dates)',
  'chart.sourceLine': 'Data source: {files}',
  'chart.noteLine': '{label}: {text}',
  'chart.export.definition': 'Churn definition',
  'chart.export.asOf': 'As of',
  'chart.export.notDated': 'not dated (the data has no dates)',
  'chart.export.parameters': 'Parameters',
  'chart.export.source': 'Data source',
  'chart.export.currency': 'Currency',
  'chart.currencyLine': 'Amounts in {currency}',
  'chart.export.dataSheet': 'Data',
  'chart.export.aboutSheet': 'About',
  'chart.legend': 'Colour scale of {title}',
  'chart.pngFailed': 'The PNG could not be made: {reason}',
} as const satisfies AreaMessages<'chart'>;
