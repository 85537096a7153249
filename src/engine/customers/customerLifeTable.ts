/**
 * The customer table counted by whole periods since each customer's start, for the sBG
 * projection: how long each customer was observed for a loss to show, and in which period it
 * was lost. Under inactivity a loss is dated to the last purchase but seen only once the window
 * has passed, so a customer counts only for the periods that end by the as-of date less the
 * window: counting it to the as-of date would make the last months of every customer look
 * loss-free (on CDNOW at 180 days, a flat curve from month 12 on).
 */
import type { ProjectionSource } from '../api.ts';
import type { BuiltCustomerTable } from './customerTableBuilding.ts';
import { CHURNED, inactivityWindow, medianGap } from '../../core/customers/churnStatus.ts';
import { periodLifeTable, type LifeTable } from '../../core/analyses/retention-projection/periodLifeTable.ts';

type ObservedTo = Extract<ProjectionSource, { kind: 'survival' }>['observedTo'];

/** Days each customer goes without activity before it counts as lost (its own window under a relative definition). */
function inactivityWindows(built: BuiltCustomerTable): Float64Array | null {
  const definition = built.summary.definition;
  if (definition.kind !== 'inactivity') return null;
  const { activity } = built.table;
  const windows = new Float64Array(built.table.ids.length).fill(definition.days);
  if (definition.relativeFactor === undefined || !activity) return windows;
  let longest = 0;
  for (let c = 0; c < activity.customers; c++)
    longest = Math.max(longest, activity.dayStart[c + 1] - activity.dayStart[c]);
  const scratch = new Float64Array(longest);
  for (let c = 0; c < windows.length; c++) windows[c] = inactivityWindow(definition, medianGap(activity, c, scratch));
  return windows;
}

export function customerLifeTable(
  built: BuiltCustomerTable,
  periodDays: number,
): { table: LifeTable; customers: number; observed: number; observedTo: ObservedTo } {
  const { table, asOfDay } = built;
  const n = table.ids.length;
  const windows = inactivityWindows(built);
  const churned = new Uint8Array(n);
  const duration = new Float64Array(n);
  const observedDays = new Float64Array(n);
  let datesKnown = false;
  for (let c = 0; c < n; c++) {
    churned[c] = table.status[c] === CHURNED ? 1 : 0;
    const first = table.firstDay[c];
    duration[c] = table.tenureDays[c];
    // A churn flag without a churn date in a dated table: the customer was last seen on its last day.
    if (churned[c] && table.churnDay[c] !== table.churnDay[c] && !table.tenureFromColumn && first === first)
      duration[c] = table.lastDay[c] - first;
    if (first === first && !table.tenureFromColumn) {
      datesKnown = true;
      observedDays[c] = asOfDay - (windows ? windows[c] : 0) - first;
    } else observedDays[c] = churned[c] ? Infinity : table.tenureDays[c];
  }
  const counted = periodLifeTable(duration, churned, observedDays, periodDays, windows ? 'last-seen' : 'membership', {
    actuarial: !datesKnown,
  });
  return {
    table: { atRisk: counted.atRisk, lost: counted.lost },
    customers: counted.customers,
    observed: counted.observed,
    observedTo: !datesKnown ? 'tenure' : windows ? 'as-of-less-window' : 'as-of',
  };
}
