/** Paths to the project's real reference data (../shared/data) and to test fixtures. */
import { openAsBlob } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { SourceFile } from '../src/engine/api.ts';

export const sharedData = (...parts: string[]) => resolve(__dirname, '../../shared/data', ...parts);
export const fixture = (...parts: string[]) => resolve(__dirname, 'fixtures', ...parts);

export const TELCO = sharedData('telco-customer-churn', 'WA_Fn-UseC_-Telco-Customer-Churn.csv');
export const CDNOW_SAMPLE = sharedData('cdnow', 'lifetimes', 'CDNOW_sample.txt');
/** The built-in sample of IBM's Cognos Telco file with churn reasons (tests/fixtures/churn-reasons/make_reference.py). */
export const TELCO_REASONS = resolve(__dirname, '../public/samples/telco-churn-reasons.csv');
export const RETAIL_MONTH = (month: string) => sharedData('online-retail', 'monthly', `online_retail_${month}.csv`);

export async function sourceFile(path: string): Promise<SourceFile> {
  return { name: basename(path), blob: await openAsBlob(path) };
}

export function bytesFile(name: string, bytes: Uint8Array | string): SourceFile {
  return { name, blob: new Blob([bytes as BlobPart]) };
}
