/** The Telco sample's columns by name, as text, for the risk-model kernel tests (no quoted commas in it). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const TELCO_PATH = resolve(
  __dirname,
  '../../../../../shared/data/telco-customer-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv',
);

let cached: Map<string, string[]> | null = null;

export function telcoColumns(): Map<string, string[]> {
  if (cached) return cached;
  const [head, ...lines] = readFileSync(TELCO_PATH, 'utf8').trim().split(/\r?\n/);
  const names = head.split(',');
  const rows = lines.map((line) => line.split(','));
  cached = new Map(names.map((name, k) => [name, rows.map((row) => row[k])]));
  return cached;
}

export function telcoChurn(): Uint8Array {
  return Uint8Array.from(telcoColumns().get('Churn')!, (v) => (v === 'Yes' ? 1 : 0));
}

/** Codes of a text column, its categories in sorted order (as the reference scripts number them). */
export function telcoCodes(name: string): { codes: Int32Array; labels: string[] } {
  const values = telcoColumns().get(name)!;
  const labels = [...new Set(values)].sort();
  const index = new Map(labels.map((label, k) => [label, k]));
  return { codes: Int32Array.from(values, (v) => index.get(v)!), labels };
}
