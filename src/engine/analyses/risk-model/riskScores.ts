/**
 * Each customer's churn risk, risk decile, split and fold, in the customer table's order, and
 * the columns they become in the customer table (churn_risk, risk_decile, risk_split, risk_fold).
 */
import { SPLIT_CODES, type RiskModelResult } from '../../api.ts';
import type { TypedColumn } from '../../../core/columns/typedColumn.ts';
import { riskDeciles } from '../../../core/analyses/risk-model/gainsTable.ts';

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

const NO_MISSES = { count: 0, indices: [], examples: [] };

function numberColumn(name: string, values: Float64Array, type: 'decimal' | 'integer'): TypedColumn {
  let nulls = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) nulls++;
  return { name, type, data: { kind: 'number', values }, nulls, invalid: NO_MISSES, distinct: 0 };
}

export function riskCustomerColumns(scores: RiskScores): TypedColumn[] {
  const n = scores.risk.length;
  const zeroIsNone = (v: Uint8Array) => Float64Array.from(v, (x) => (x === 0 ? NaN : x));
  const split = Int32Array.from(scores.split, (s) => s - 1);
  let unsplit = 0;
  for (let i = 0; i < n; i++) if (split[i] < 0) unsplit++;
  return [
    numberColumn('churn_risk', Float64Array.from(scores.risk), 'decimal'),
    numberColumn('risk_decile', zeroIsNone(scores.decile), 'integer'),
    {
      name: 'risk_split',
      type: 'categorical',
      data: { kind: 'string', codes: split, dictionary: SPLIT_CODES.slice(1) },
      nulls: unsplit,
      invalid: NO_MISSES,
      distinct: SPLIT_CODES.length - 1,
    },
    numberColumn('risk_fold', zeroIsNone(scores.fold), 'integer'),
  ];
}
