/**
 * A customer snapshot with planted truth (plantedTruth.ts SnapshotTruth): customer_id, contract,
 * tenure_months, monthly_charges, support_calls, churn (Yes/No) and churn_reason (churned only).
 * Drawn customer by customer from the one seeded RNG and written in chunks.
 */
import { mulberry32 } from '../stats/random.ts';
import { poisson } from '../stats/randomDraws.ts';
import { CsvChunks, customerId } from './csvChunks.ts';
import type { GeneratedCounts } from './generateLog.ts';
import type { SnapshotTruth } from './plantedTruth.ts';

export const CONTRACTS = ['Month-to-month', 'One year', 'Two year'] as const;

export function generateSnapshot(
  customers: number,
  seed: number,
  truth: SnapshotTruth,
  sink: (chunk: string) => void,
): GeneratedCounts {
  const u = mulberry32(seed);
  const { monthToMonth, oneYear } = truth.contractShares;
  const L = truth.logistic;
  const cents = Math.round((truth.charges.max - truth.charges.min) * 100);
  const reasonCumulative = new Float64Array(truth.reasons.length);
  let sum = 0;
  truth.reasons.forEach((r, k) => (reasonCumulative[k] = sum += r.share));
  const width = String(customers).length;
  const out = new CsvChunks(sink);
  out.line('customer_id,contract,tenure_months,monthly_charges,support_calls,churn,churn_reason');
  for (let i = 1; i <= customers; i++) {
    const c = u();
    const contract = c < monthToMonth ? 0 : c < monthToMonth + oneYear ? 1 : 2;
    const tenure = 1 + Math.floor(u() * truth.maxTenure);
    const charges = truth.charges.min + Math.floor(u() * (cents + 1)) / 100;
    const calls = poisson(u, truth.supportCallsMean);
    const eta =
      L.intercept +
      (contract === 1 ? L.oneYear : contract === 2 ? L.twoYear : 0) +
      L.tenure * tenure +
      L.monthlyCharges * charges +
      L.supportCalls * calls;
    const churned = u() < 1 / (1 + Math.exp(-eta));
    let reason = '';
    if (churned) {
      const v = u() * sum;
      let k = 0;
      while (k < reasonCumulative.length - 1 && v >= reasonCumulative[k]) k++;
      reason = truth.reasons[k].reason;
    }
    const id = customerId('K', i, width);
    out.line(
      `${id},${CONTRACTS[contract]},${tenure},${charges.toFixed(2)},${calls},${churned ? 'Yes' : 'No'},${reason}`,
    );
  }
  out.flush();
  return { customers, rows: customers };
}
