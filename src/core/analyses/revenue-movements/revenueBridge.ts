/**
 * The revenue bridge between consecutive periods (an "MRR bridge" for any log with amounts),
 * per customer and summed per group. With r the customer's net revenue in a period and
 * R = max(r, 0) its revenue in the bridge (returns beyond a period's purchases are refunds of
 * earlier periods: they count as no revenue, and are summed apart as `refunds`), a customer moves
 * from period p − 1 (R = a) to period p (R = b) as:
 *
 * - a > 0, b > a: expansion b − a;  a > 0, 0 < b < a: contraction a − b;  b = a: unchanged;
 * - a > 0, b = 0: churned a (had revenue last period, none now);
 * - a = 0, b > 0: new b when the customer had no revenue in any earlier period of the data (its
 *   first revenue), else reactivated b (revenue again after at least one period without);
 * - a = 0, b = 0: none.
 *
 * Net revenue within ZERO_REVENUE of 0 is 0, and a change smaller than it is none (unchanged):
 * the same amounts summed in another order, or purchases and cancellations that cancel out, leave
 * binary floating-point dust (±1e-14), which must not read as revenue or as a movement.
 *
 * So revenue at start (Σ a) + new + expansion − contraction − churned + reactivated = revenue at
 * end (Σ b), customer by customer. One pass over the customer × period matrix.
 */
import { REVENUE_MOVEMENTS } from '../../../engine/api.ts';

/** The movement codes, in the order of the constants below. */
export const MOVEMENT_CODES = REVENUE_MOVEMENTS;
/** |net revenue| below this is none (far below any real amount, far above rounding dust). */
export const ZERO_REVENUE = 1e-6;

export const NEW = 0;
export const EXPANSION = 1;
export const CONTRACTION = 2;
export const CHURNED = 3;
export const REACTIVATED = 4;
export const UNCHANGED = 5;
export const NONE = 6;

/** Flows of step s, from period s to s + 1, of bucket b at [b * steps + s]. */
export interface BridgeFlows {
  newRevenue: Float64Array;
  expansion: Float64Array;
  contraction: Float64Array;
  churned: Float64Array;
  reactivated: Float64Array;
  newCustomers: Int32Array;
  expanded: Int32Array;
  contracted: Int32Array;
  churnedCustomers: Int32Array;
  reactivatedCustomers: Int32Array;
  unchanged: Int32Array;
}

export interface BridgeTotals extends BridgeFlows {
  /** Buckets: one per group code, and a last one for customers without a group (code < 0). */
  buckets: number;
  periods: number;
  steps: number;
  /** Per bucket b and period p at [b * periods + p]: Σ R, customers with R > 0, and Σ min(r, 0). */
  revenue: Float64Array;
  customers: Int32Array;
  refunds: Float64Array;
}

export interface RevenueMatrix {
  customers: number;
  /** Columns of the matrix: values[c * stride + p]. */
  stride: number;
  values: Float64Array;
}

export interface BridgeOutcome {
  totals: BridgeTotals;
  /** Each customer's movement in step `chosenStep` (a MOVEMENT_CODES index), NONE without one. */
  movement: Uint8Array;
  /** Each customer's R in the chosen step's later period minus the earlier one (0 without a chosen step). */
  change: Float64Array;
}

function flows(size: number): BridgeFlows {
  const f = () => new Float64Array(size);
  const i = () => new Int32Array(size);
  return {
    newRevenue: f(),
    expansion: f(),
    contraction: f(),
    churned: f(),
    reactivated: f(),
    newCustomers: i(),
    expanded: i(),
    contracted: i(),
    churnedCustomers: i(),
    reactivatedCustomers: i(),
    unchanged: i(),
  };
}

/**
 * The bridge over periods 0 … periods − 1 of `matrix` (periods ≤ stride). `group[c]` in
 * 0 … groups − 1 (or < 0 for none), or null for one bucket of all customers.
 */
export function revenueBridge(
  matrix: RevenueMatrix,
  periods: number,
  group: Int32Array | null,
  groups: number,
  chosenStep = -1,
): BridgeOutcome {
  const { customers, stride, values } = matrix;
  if (periods > stride) throw new RangeError(`revenueBridge: ${periods} periods in a matrix of ${stride}`);
  if (group && group.length !== customers)
    throw new RangeError(`revenueBridge: ${group.length} group codes for ${customers} customers`);
  const buckets = group ? groups + 1 : 1;
  const steps = Math.max(0, periods - 1);
  const revenue = new Float64Array(buckets * periods);
  const counted = new Int32Array(buckets * periods);
  const refunds = new Float64Array(buckets * periods);
  const f = flows(buckets * steps);
  // Locals, not property loads, in the loop over every customer and period.
  const { newRevenue, expansion, contraction, churned, reactivated } = f;
  const { newCustomers, expanded, contracted, churnedCustomers, reactivatedCustomers, unchanged } = f;
  const movement = new Uint8Array(customers).fill(NONE);
  const change = new Float64Array(customers);
  for (let c = 0; c < customers; c++) {
    const g = group ? (group[c] >= 0 ? group[c] : groups) : 0;
    const row = c * stride;
    const at = g * periods;
    const flow = g * steps - 1;
    let prev = 0;
    let seen = false;
    for (let p = 0; p < periods; p++) {
      let cur = values[row + p];
      if (cur < ZERO_REVENUE) {
        if (cur <= -ZERO_REVENUE) refunds[at + p] += cur;
        cur = 0;
        // No revenue in either period: nothing moves (movement NONE and change 0 are the defaults).
        if (prev === 0) continue;
      } else {
        revenue[at + p] += cur;
        counted[at + p]++;
      }
      if (p === 0) {
        prev = cur;
        seen = true;
        continue;
      }
      const s = flow + p;
      let code: number;
      if (prev > 0) {
        const d = cur - prev;
        if (cur === 0) {
          churned[s] += prev;
          churnedCustomers[s]++;
          code = CHURNED;
        } else if (d >= ZERO_REVENUE) {
          expansion[s] += d;
          expanded[s]++;
          code = EXPANSION;
        } else if (d <= -ZERO_REVENUE) {
          contraction[s] -= d;
          contracted[s]++;
          code = CONTRACTION;
        } else {
          unchanged[s]++;
          code = UNCHANGED;
        }
      } else if (seen) {
        reactivated[s] += cur;
        reactivatedCustomers[s]++;
        code = REACTIVATED;
      } else {
        newRevenue[s] += cur;
        newCustomers[s]++;
        code = NEW;
        seen = true;
      }
      if (p - 1 === chosenStep) {
        movement[c] = code;
        change[c] = cur - prev;
      }
      prev = cur;
    }
  }
  return {
    totals: { buckets, periods, steps, revenue, customers: counted, refunds, ...f },
    movement,
    change,
  };
}
