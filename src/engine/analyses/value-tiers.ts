/** A/B/C value tiers of the customer table with their churn, and the Pareto (20/80) curve. */
import type { ValueTiersResult } from '../api.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import {
  paretoCurve,
  TierSharesError,
  valueTiers as tiersOf,
  type TierShares,
} from '../../core/analyses/value-tiers/valueTiers.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import { stampOf, type Analysis } from './analysis.ts';
import { codeCustomerColumn } from '../../core/columns/customerColumn.ts';

export const DEFAULT_TIER_SHARES: [number, number, number] = [0.1, 0.3, 0.6];

/** Whether any customer has a value (an amount in a log, or a value column in a snapshot). */
export function hasValues(built: BuiltCustomerTable): boolean {
  const value = built.table.totalValue;
  for (let c = 0; c < value.length; c++) if (value[c] === value[c]) return true;
  return false;
}

export const valueTiers: Analysis<'value-tiers'> = {
  needs: 'customer-table',
  customerColumns: (result) =>
    result.tiers
      ? [codeCustomerColumn('value_tier', Int32Array.from(result.tiers.perCustomer.tier), ['A', 'B', 'C'])]
      : [],
  run({ table: built }, options) {
    const shares = [...(options.tierShares ?? DEFAULT_TIER_SHARES)] as [number, number, number];
    const stamp = stampOf('value-tiers', built, { tierShares: shares });
    if (!hasValues(built)) return { ok: true, value: { stamp, tiers: null, unavailable: 'no-value' } };
    const { table } = built;
    try {
      const t = tiersOf(table.totalValue, churnedFlags(table.status), shares as TierShares);
      const p = paretoCurve(table.totalValue, 100);
      const value: ValueTiersResult = {
        stamp,
        tiers: {
          shares,
          tiers: t.tiers,
          overallChurnRate: t.overallChurnRate,
          perCustomer: { tier: t.tierOf },
          pareto: {
            customerShare: Array.from(p.customerShare),
            valueShare: Array.from(p.valueShare),
            top20Share: p.top20Share,
            negatives: p.negatives,
            missing: p.missing,
          },
        },
      };
      return { ok: true, value };
    } catch (e) {
      if (!(e instanceof TierSharesError)) throw e;
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'invalid-definition',
            message: 'Tier shares must be three numbers of at least 0 that add up to 1 (e.g. 0.1, 0.3, 0.6).',
          },
        ],
      };
    }
  },
};
