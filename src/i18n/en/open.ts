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
  'open.sampleTelcoReasons': 'Telco churn reasons (7,043 customers, 20 reasons)',
  'open.sampleTelcoReasonsAbout':
    'IBM Cognos Analytics version of the Telco sample (Telco_customer_churn.xlsx), reduced to 9 columns: id, tenure, contract, internet service, monthly charges, churn label, churn score, CLTV and churn reason (1,869 churned customers, each with one of 20 reasons).',
  'open.sampleReasonsTeaching': 'Several reasons per customer (generated, 2,000 rows)',
  'open.sampleReasonsTeachingAbout':
    'A generated teaching sample: 2,000 subscribers on a Basic or Premium plan with signup and churn dates; each churner names none, one or several of six reasons with planted probabilities (e.g. Price too high 50 % on Basic, 20 % on Premium), joined by “; ”.',
} as const satisfies AreaMessages<'open'>;
