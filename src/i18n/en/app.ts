import type { AreaMessages } from '../area.ts';

export const messages = {
  'app.name': 'Churnscope',
  'app.tagline': 'Customer churn analysis — your data never leaves this browser',
  'app.locale': 'Language',
  'app.skipToWorkbook': 'Skip to the workbook',
  'app.privacy': 'Files are read in this tab only. Nothing is uploaded or stored.',
} as const satisfies AreaMessages<'app'>;
