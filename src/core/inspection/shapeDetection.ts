/**
 * Which of the two input shapes a table is: a transaction log (customers repeat, events have
 * dates) or a customer snapshot (one row per customer, with tenure, churn flag or dates).
 */
import type { Role, Shape } from '../../engine/api.ts';

export function detectShape(roles: Role[], customerIdRepeats: boolean | null): Shape {
  const has = (r: Role) => roles.includes(r);
  const snapshotSigns = has('churn_flag') || has('tenure') || has('churn_date') || has('signup_date') || has('reason');
  if (has('customer_id') && customerIdRepeats) return has('date') ? 'transactions' : 'unknown';
  if (has('customer_id') && customerIdRepeats === false && snapshotSigns) return 'customers';
  if (!has('customer_id') && snapshotSigns) return 'customers';
  if (has('customer_id') && has('date') && has('amount')) return 'transactions';
  return 'unknown';
}
