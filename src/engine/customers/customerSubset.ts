/**
 * Some customers of a built customer table as a table of their own: every per-customer array
 * (the table's columns, purchase days, monthly revenue, the definition's inputs, the purchase
 * rows of a log, the columns analyses added) picked at the given rows, in their order. The
 * workbook-wide filter is such a table, built once per filter, so every analysis reads it
 * without code of its own; a drill-down's page is one too, so it is exported as the table is.
 */
import type { CustomerTable } from '../../core/customers/customerTable.ts';
import { pickRows } from '../../core/customers/customerTable.ts';
import type { CustomerActivity } from '../../core/customers/customerActivity.ts';
import type { CustomerRows } from '../../core/customers/attributeRules.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { AT_RISK, CHURNED } from '../../core/customers/churnStatus.ts';
import type { BuiltTable } from '../analyses/analysis.ts';

const pick = (values: Float64Array, rows: Int32Array) => Float64Array.from(rows, (r) => values[r]);

/** A column picked at rows, keeping its name and counting its empty cells again. */
function pickColumn(col: TypedColumn, rows: Int32Array): TypedColumn {
  return { ...pickRows(col, rows), format: col.format, epochMs64: undefined, epochDays: undefined, utf8: undefined };
}

/** Compressed rows (customer c's items are [start[c], start[c + 1])) of the picked customers. */
function pickRanges(start: Int32Array, rows: Int32Array): { start: Int32Array; from: Int32Array } {
  const out = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) out[i + 1] = out[i] + (start[rows[i] + 1] - start[rows[i]]);
  const from = new Int32Array(out[rows.length]);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let k = start[r], j = out[i]; k < start[r + 1]; k++, j++) from[j] = k;
  }
  return { start: out, from };
}

export function activitySubset(a: CustomerActivity, rows: Int32Array): CustomerActivity {
  const { start, from } = pickRanges(a.dayStart, rows);
  const { firstMonth, months, values } = a.monthly;
  const monthly = new Float64Array(rows.length * months);
  for (let i = 0; i < rows.length; i++)
    monthly.set(values.subarray(rows[i] * months, (rows[i] + 1) * months), i * months);
  return {
    ...a,
    customers: rows.length,
    dayStart: start,
    days: Int32Array.from(from, (k) => a.days[k]),
    dayRevenue: Float64Array.from(from, (k) => a.dayRevenue[k]),
    monthly: { firstMonth, months, values: monthly },
  };
}

function customerRowsSubset(by: CustomerRows, rows: Int32Array): CustomerRows {
  const { start, from } = pickRanges(by.start, rows);
  return { start, rows: Int32Array.from(from, (k) => by.rows[k]) };
}

export function tableSubset(t: CustomerTable, rows: Int32Array): CustomerTable {
  return {
    ...t,
    ids: Array.from(rows, (r) => t.ids[r]),
    firstDay: pick(t.firstDay, rows),
    lastDay: pick(t.lastDay, rows),
    tenureDays: pick(t.tenureDays, rows),
    orders: pick(t.orders, rows),
    frequency: pick(t.frequency, rows),
    recency: pick(t.recency, rows),
    T: pick(t.T, rows),
    monetary: pick(t.monetary, rows),
    totalValue: pick(t.totalValue, rows),
    ...(t.totalCost ? { totalCost: pick(t.totalCost, rows) } : {}),
    status: Uint8Array.from(rows, (r) => t.status[r]),
    churnDay: pick(t.churnDay, rows),
    attributes: t.attributes.map((c) => pickColumn(c, rows)),
    reason: t.reason ? pickColumn(t.reason, rows) : null,
    churnType: t.churnType ? pickColumn(t.churnType, rows) : null,
    activity: t.activity ? activitySubset(t.activity, rows) : null,
  };
}

/** The customers at `rows` (indices into built's table, in the order wanted) as a built table of their own. */
export function builtSubset(built: BuiltTable, rows: Int32Array): BuiltTable {
  const table = tableSubset(built.table, rows);
  const inputs = built.definitionInputs;
  let churned = 0;
  let atRisk = 0;
  for (let i = 0; i < rows.length; i++) {
    if (table.status[i] === CHURNED) churned++;
    else if (table.status[i] === AT_RISK) atRisk++;
  }
  const n = rows.length;
  return {
    ...built,
    table,
    summary: { ...built.summary, customers: n, churned, atRisk, churnRate: n > 0 ? churned / n : NaN },
    definitionInputs: {
      rows: Int32Array.from(rows, (r) => inputs.rows[r]),
      lastDay: pick(inputs.lastDay, rows),
      activity:
        inputs.activity === built.table.activity
          ? table.activity
          : inputs.activity && activitySubset(inputs.activity, rows),
      ...(inputs.churnDays ? { churnDays: pick(inputs.churnDays, rows) } : {}),
    },
    lossKnownDay: pick(built.lossKnownDay, rows),
    attributeRows: built.attributeRows
      ? { ...built.attributeRows, byCustomer: customerRowsSubset(built.attributeRows.byCustomer, rows) }
      : null,
    derived: new Map([...built.derived].map(([kind, cols]) => [kind, cols.map((c) => pickColumn(c, rows))])),
  };
}

/** The row indices where mask is set, in table order. */
export function maskRows(mask: Uint8Array): Int32Array {
  let n = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) n++;
  const rows = new Int32Array(n);
  for (let i = 0, j = 0; i < mask.length; i++) if (mask[i]) rows[j++] = i;
  return rows;
}
