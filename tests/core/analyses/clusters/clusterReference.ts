/** scikit-learn's answers (tests/fixtures/clusters/reference.json, made by make_reference.py) and the Telco features they read. */
import { readFileSync } from 'node:fs';
import { fixture, TELCO } from '../../../sharedData.ts';

interface Fit {
  labels: number[];
  inertia: number;
  centres: number[][];
  iterations: number;
}

export interface ClusterReference {
  sklearn: string;
  blobs: {
    x: number[][];
    initRows: number[];
    silhouette: number;
    truth: number[];
    pca: { scores: number[][]; explained: number[] };
    fit: Fit;
    emptyInit: number[][];
    emptyFit: Fit;
  };
  telco: {
    features: string[];
    customers: number;
    complete: number;
    leftOutIds: string[];
    standard: { mean: number[]; scale: number[] };
    robust: { center: number[]; scale: number[] };
    initRows: number[];
    fit: Fit;
    silhouette: number;
    pca: { explained: number[]; first: number[][] };
    robustFit: Fit;
    contractLevels: string[];
    mixedFit: Fit;
    chooseK: { k: number; inertia: number; silhouette: number }[];
  };
}

export const reference: ClusterReference = JSON.parse(readFileSync(fixture('clusters', 'reference.json'), 'utf8'));

/** A row-major matrix from rows. */
export const matrix = (rows: number[][]) => Float64Array.from(rows.flat());

/** Telco's columns as numbers, in file order: blank TotalCharges (11 customers) as NaN. */
export function telcoColumns(): { ids: string[]; columns: Record<string, Float64Array>; contract: string[] } {
  const lines = readFileSync(TELCO, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const at = (name: string) => header.indexOf(name);
  const rows = lines.slice(1).map((l) => l.split(','));
  const numbers = (name: string) =>
    Float64Array.from(rows, (r) => (r[at(name)].trim() === '' ? NaN : Number(r[at(name)])));
  return {
    ids: rows.map((r) => r[at('customerID')]),
    columns: {
      tenure: numbers('tenure'),
      MonthlyCharges: numbers('MonthlyCharges'),
      TotalCharges: numbers('TotalCharges'),
    },
    contract: rows.map((r) => r[at('Contract')]),
  };
}
