/**
 * A customer snapshot kept as one row per customer: where an id repeats, its last row is kept;
 * with no id column, rows are numbered. Tenure comes from a tenure column when there is one,
 * total value from a value column (one named like a total first).
 */
import type { CustomerTableSpec, Result, Role, TimeUnit, CustomerValueSource } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { DAYS_PER_UNIT, pickRows, type CustomerTable } from '../../core/customers/customerTable.ts';
import type { IdSpellings } from '../../core/customers/idSpellings.ts';
import { plausibleDayRange } from '../../core/inspection/implausibleDates.ts';
import { columnsWithRole, customerKeys, dayNumbers, numbers, type Read } from './customerInputs.ts';
import { fail, parseAsOf, type ShapedTable, type ShapingChoices } from './shapedTable.ts';
import { customerRowsOfComputedTable, readComputedMeasures } from './computedMeasures.ts';

export function fromSnapshot(
  ds: LoadedDataset,
  spec: CustomerTableSpec,
  unit: TimeUnit,
  attributeColumns: TypedColumn[],
  choices: ShapingChoices,
): Result<ShapedTable> {
  const roles = spec.roles;
  const role = (r: Role) => columnsWithRole(ds.columns, roles, r)[0] as TypedColumn | undefined;
  const leftOutDetail = { afterAsOf: 0, noCustomer: 0, noDate: 0, placeholderDate: 0, dropped: 0, duplicates: 0 };
  const idCol = role('customer_id');
  const n0 = ds.summary.rows;
  let rows: Int32Array;
  let ids: string[];
  let spellings: IdSpellings | null = null;
  if (idCol) {
    const keys = customerKeys(idCol, choices.idMatching);
    const { codes, labels } = keys;
    spellings = keys.spellings;
    const lastRowOf = new Int32Array(labels.length).fill(-1);
    for (let i = 0; i < n0; i++) if (codes[i] >= 0) lastRowOf[codes[i]] = i;
    const kept = Array.from(lastRowOf)
      .filter((r) => r >= 0)
      .sort((a, b) => a - b);
    rows = Int32Array.from(kept);
    ids = kept.map((r) => labels[codes[r]]);
    leftOutDetail.noCustomer = codes.reduce((s, c) => s + (c < 0 ? 1 : 0), 0);
    leftOutDetail.duplicates = n0 - leftOutDetail.noCustomer - kept.length;
  } else {
    rows = Int32Array.from({ length: n0 }, (_, i) => i);
    ids = Array.from(rows, (r) => `row ${ds.sourceRows.at(r)}`);
  }
  const customerRows = customerRowsOfComputedTable(ds.columns, rows);
  if (customerRows) {
    const idOf = new Map(Array.from(rows, (r, k) => [r, ids[k]]));
    leftOutDetail.noDate = rows.length - customerRows.length;
    rows = customerRows;
    ids = Array.from(rows, (r) => idOf.get(r)!);
  }
  const pickDays = (r: Role): Read<Float64Array | null> => {
    const col = role(r);
    if (!col) return { ok: true, value: null };
    const d = dayNumbers(col, r);
    return d.ok ? { ok: true, value: Float64Array.from(rows, (i) => d.value[i]) } : d;
  };
  const signup = pickDays('signup_date');
  const last = pickDays('date');
  const ends = pickDays('churn_date');
  for (const r of [signup, last, ends]) if (!r.ok) return fail(r.issue);
  // Dates after today (a contract end not reached yet, a 9999-12-31 placeholder) never set the default as-of date.
  const dated = [signup, last, ends].flatMap((r) => (r.ok && r.value ? [r.value] : []));
  const { from: dataFromDay, to: dataToDay } = plausibleDayRange(dated, choices.lastPlausibleDay);
  const asOf = parseAsOf(spec.asOf, dataToDay);
  if (!asOf.ok) return fail(asOf.issue);
  const asOfDay = asOf.value;
  const n = rows.length;
  const tenureCol = role('tenure');
  let tenureDays = new Float64Array(n).fill(NaN);
  if (tenureCol) {
    const t = numbers(tenureCol, 'tenure');
    if (!t.ok) return fail(t.issue);
    const per = DAYS_PER_UNIT[spec.tenureUnit ?? 'months'];
    // A negative tenure is no duration (reported as negative-tenure): unknown, like an empty cell.
    tenureDays = Float64Array.from(rows, (r) => (t.value[r] >= 0 ? t.value[r] * per : NaN));
  }
  const values = columnsWithRole(ds.columns, roles, 'value');
  const totalCol = values.find((c) => /total|sum|累计|总/i.test(c.name)) ?? values[0];
  let totalValue = new Float64Array(n).fill(NaN);
  if (totalCol) {
    const v = numbers(totalCol, 'value');
    if (!v.ok) return fail(v.issue);
    totalValue = Float64Array.from(rows, (r) => v.value[r]);
  }
  const costCol = role('cost');
  let totalCost: Float64Array | undefined;
  if (costCol) {
    const c = numbers(costCol, 'cost');
    if (!c.ok) return fail(c.issue);
    totalCost = Float64Array.from(rows, (r) => c.value[r]);
  }
  const table: CustomerTable = {
    ids,
    firstDay: signup.ok && signup.value ? signup.value : new Float64Array(n).fill(NaN),
    lastDay: last.ok && last.value ? last.value : new Float64Array(n).fill(NaN),
    tenureDays,
    orders: new Float64Array(n).fill(NaN),
    frequency: new Float64Array(n).fill(NaN),
    recency: new Float64Array(n).fill(NaN),
    T: new Float64Array(n).fill(NaN),
    monetary: new Float64Array(n).fill(NaN),
    totalValue,
    ...(totalCost ? { totalCost } : {}),
    status: new Uint8Array(n),
    churnDay: new Float64Array(n),
    attributes: attributeColumns.map((c) => pickRows(c, rows)),
    reason: null,
    churnType: null,
    activity: null,
    unit,
    tenureFromColumn: tenureCol !== undefined,
    ...(tenureCol ? { tenureUnit: spec.tenureUnit ?? 'months' } : {}),
  };
  readComputedMeasures(ds.columns, roles, rows, table, unit);
  // A computed customer table's own total_value column replaces the value column's.
  const valueSource: CustomerValueSource | undefined =
    table.totalValue !== totalValue
      ? { from: 'column', column: 'total_value', unused: [] }
      : totalCol
        ? { from: 'column', column: totalCol.name, unused: values.filter((c) => c !== totalCol).map((c) => c.name) }
        : undefined;
  return {
    ok: true,
    value: {
      table,
      ...(valueSource ? { valueSource } : {}),
      inputs: { rows, lastDay: table.lastDay, activity: null, churnDays: ends.ok ? ends.value : null },
      asOfDay,
      dataFromDay,
      dataToDay,
      leftOutDetail,
      attributeRule: idCol ? 'last-row-per-id' : 'row-per-customer',
      idSpellings: spellings,
      // One row per customer: every attribute is the customer's own.
      attributeVariation: attributeColumns.map((c) => ({ column: c.name, level: 'customer', varyingCustomers: 0 })),
      attributeRows: null,
      issues: [],
    },
  };
}
