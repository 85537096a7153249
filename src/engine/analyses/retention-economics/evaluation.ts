/** A campaign against its control group: churn rates with Newcombe's interval of the difference, mean values with Welch's. */
import type { CampaignEvaluation, Result } from '../../api.ts';
import type { CustomerTable } from '../../../core/customers/customerTable.ts';
import { CHURNED } from '../../../core/customers/churnStatus.ts';
import { newcombeInterval } from '../../../core/stats/newcombeInterval.ts';
import { welchInterval } from '../../../core/stats/welchInterval.ts';
import { attributeMatcher } from '../retention-decision/attributeMatch.ts';

function refused(column: string): Result<never> {
  return {
    ok: false,
    issues: [
      {
        severity: 'error',
        code: 'retention-treatment',
        params: { column },
        message: `The column "${column}" must split the customers into a treated group and a control group.`,
      },
    ],
  };
}

export function evaluateCampaign(
  table: CustomerTable,
  value: Float64Array,
  treatment: { column: string; treated: string[] },
): Result<CampaignEvaluation> {
  const column = table.attributes.find((c) => c.name === treatment.column);
  if (!column) return refused(treatment.column);
  const isTreated = attributeMatcher(table.attributes);
  const present = (c: number): boolean => {
    const d = column.data;
    return d.kind === 'string' ? d.codes[c] >= 0 : d.kind === 'number' ? d.values[c] === d.values[c] : d.values[c] >= 0;
  };
  const groups = {
    treated: { n: 0, churned: 0, values: [] as number[] },
    control: { n: 0, churned: 0, values: [] as number[] },
  };
  for (let c = 0; c < table.ids.length; c++) {
    if (!present(c)) continue;
    const g = isTreated(treatment.column, treatment.treated, c) ? groups.treated : groups.control;
    g.n++;
    if (table.status[c] === CHURNED) g.churned++;
    g.values.push(value[c]);
  }
  if (groups.treated.n === 0 || groups.control.n === 0) return refused(treatment.column);
  const welch = welchInterval(groups.treated.values, groups.control.values);
  const side = (g: typeof groups.treated, mean: number) => ({
    customers: g.n,
    churned: g.churned,
    rate: g.churned / g.n,
    meanValue: mean,
  });
  return {
    ok: true,
    value: {
      column: treatment.column,
      treated: side(groups.treated, welch.mean1),
      control: side(groups.control, welch.mean2),
      churnDifference: newcombeInterval(
        groups.treated.churned,
        groups.treated.n,
        groups.control.churned,
        groups.control.n,
      ),
      valueDifference: { difference: welch.difference, low: welch.low, high: welch.high, df: welch.df, p: welch.p },
    },
  };
}

/** The customers who got the offer. */
export function treatedRows(table: CustomerTable, treatment: { column: string; treated: string[] }): Int32Array {
  const isTreated = attributeMatcher(table.attributes);
  return Int32Array.from(table.ids.keys()).filter((c) => isTreated(treatment.column, treatment.treated, c));
}
