/** The CDNOW summaries of ../shared/data/cdnow/lifetimes (the BG/NBD paper's input) and the SciPy reference. */
import { readFileSync } from 'node:fs';
import { fixture, sharedData } from '../../../sharedData.ts';

function columns(file: string, header: string): Float64Array[] {
  const [head, ...rows] = readFileSync(sharedData('cdnow', 'lifetimes', file), 'utf8')
    .trim()
    .split('\n');
  if (head.trim() !== header) throw new Error(`${file}: header ${head}`);
  const cells = rows.map((r) => r.split(',').map(Number));
  return head.split(',').map((_, k) => Float64Array.from(cells, (c) => c[k]));
}

/** cdnow_customers_summary.csv: x, t_x, T in weeks of the 2,357 customers (calibration to 1997-09-30). */
export function cdnowSummary() {
  const [, x, tx, T] = columns('cdnow_customers_summary.csv', 'ID,frequency,recency,T');
  return { x, tx, T };
}

/** cdnow_customers_summary_with_transactions.csv: the same with zbar, the mean repeat spend. */
export function cdnowWithSpend() {
  const [, x, tx, T, zbar] = columns('cdnow_customers_summary_with_transactions.csv', 'ID,x,t_x,T,zbar');
  return { x, tx, T, zbar };
}

type Grid = [number, number, number, number, number][];
export interface ClvReference {
  bgnbd: { params: number[]; logLik: number; se: number[]; grid: Grid; unconditional: [number, number][] };
  paretoNbd: { params: number[]; logLik: number; grid: Grid };
  gammaGamma: {
    params: number[];
    logLik: number;
    se: number[];
    correlation: number;
    spend: [number, number, number][];
  };
  clv: [number, number, number, number, number][];
  holdout: {
    params: number[];
    logLik: number;
    customers: number;
    repeatBuyers: number;
    sumX: number;
    byFrequency: { frequency: number; customers: number; actual: number; expected: number }[];
    actualTotal: number;
    expectedTotal: number;
    meanAbsoluteError: number;
    weeklyActual: number[];
    cumulativeExpected: number[];
  };
  onlineRetail: { asOf: string; customers: number; repeatBuyers: number; params: number[]; logLik: number }[];
}

/** What tests/fixtures/customer-lifetime-value/make_reference.py computed with SciPy and pandas. */
export const reference = JSON.parse(
  readFileSync(fixture('customer-lifetime-value', 'reference.json'), 'utf8'),
) as ClvReference;
