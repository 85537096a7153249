import type { AreaMessages } from '../area.ts';

export const messages = {
  'open.heading': 'Open data',
  'open.file': 'Open files',
  'open.fileHint':
    'CSV, TSV, text, Excel (.xlsx, and .xls — also the HTML or XML “Excel” exports of ERP systems), Parquet, Arrow, JSON. Several files with the same columns are appended.',
  'open.drop': 'Or drop files here',
  'open.dropActive': 'Release to open',
  'open.url': 'Open from a URL on this site',
  'open.urlPlaceholder': './data/customers.csv',
  'open.urlButton': 'Open URL',
  'open.urlOtherOrigin':
    'Only addresses on this site ({origin}) can be opened, so that your data stays private. Download the file and open it from your computer instead.',
  'open.urlInvalid': '“{url}” is not a valid address.',
  'open.urlFailed': 'Could not fetch {url} (HTTP {status}).',
  'open.urlNetwork': 'Could not fetch {url}: {reason}',
  'open.samples': 'Try a sample',
  'open.sampleTelco': 'Telco customers (snapshot, 7,043 rows)',
  'open.sampleCdnow': 'CDNOW purchases (transaction log, 6,919 rows)',
} as const satisfies AreaMessages<'open'>;
