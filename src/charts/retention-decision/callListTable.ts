/** The customers worth saving as a table (shown and exported): id, type, plan and its action, risk, value and the spend each is worth. */
import { CHURN_TYPES, RETENTION_PLANS, type RetentionDecisionResult } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface CallListWords {
  customer: string;
  type: string;
  plan: string;
  action: string;
  risk: string;
  value: string;
  saved: string;
  spend: string;
  typeName: (code: string) => string;
  planName: (code: string) => string;
  planText: (code: string) => string;
}

export function callListTable(r: RetentionDecisionResult, words: CallListWords, limit = Infinity): ChartTable {
  const p = r.perCustomer;
  const n = Math.min(limit, r.ranked.length);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const c = r.ranked[i];
    const plan = RETENTION_PLANS[p.plan[c]];
    rows.push([
      r.rankedIds[i],
      words.typeName(CHURN_TYPES[p.type[c]]),
      words.planName(plan),
      words.planText(plan),
      p.risk[c],
      p.value[c],
      p.expectedSaved[c],
      p.maxSpend[c],
    ]);
  }
  return {
    columns: [
      { label: words.customer, kind: 'text' },
      { label: words.type, kind: 'text' },
      { label: words.plan, kind: 'text' },
      { label: words.action, kind: 'text' },
      { label: words.risk, kind: 'percent' },
      { label: words.value, kind: 'money' },
      { label: words.saved, kind: 'money' },
      { label: words.spend, kind: 'money' },
    ],
    rows,
  };
}
