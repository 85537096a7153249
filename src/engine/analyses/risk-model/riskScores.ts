/**
 * Each customer's churn risk, risk decile, split and fold, in the customer table's order, and
 * the columns they become in the customer table (churn_risk, risk_decile, risk_split, risk_fold).
 */
import { SPLIT_CODES, type RiskModelResult } from '../../api.ts';
import type { TypedColumn } from '../../../core/columns/typedColumn.ts';
import { riskDeciles } from '../../../core/analyses/risk-model/gainsTable.ts';
import { codeCustomerColumn, numberCustomerColumn } from '../../../core/columns/customerColumn.ts';

export type RiskScores = RiskModelResult['scores'];

export const SPLIT = { none: 0, train: 1, test: 2, forward: 3 } as const;

export function emptyScores(n: number): RiskScores {
  return {
    risk: new Float64Array(n).fill(NaN),
    decile: new Uint8Array(n),
    split: new Uint8Array(n),
    fold: new Uint8Array(n),
  };
}

/** Deciles over every scored customer, once the risks are in. */
export function withDeciles(scores: RiskScores): RiskScores {
  scores.decile = riskDeciles(scores.risk);
  return scores;
}

export function riskCustomerColumns(scores: RiskScores): TypedColumn[] {
  const zeroIsNone = (v: Uint8Array) => Float64Array.from(v, (x) => (x === 0 ? NaN : x));
  return [
    numberCustomerColumn('churn_risk', Float64Array.from(scores.risk)),
    numberCustomerColumn('risk_decile', zeroIsNone(scores.decile), { type: 'integer' }),
    // Codes 'train', 'test', 'forward' (−1 = not scored); the app words them as risk-model.split.<code>.
    codeCustomerColumn(
      'risk_split',
      Int32Array.from(scores.split, (s) => s - 1),
      SPLIT_CODES.slice(1),
    ),
    numberCustomerColumn('risk_fold', zeroIsNone(scores.fold), { type: 'integer' }),
  ];
}
