/**
 * Building the customer table from either input shape, after roles are confirmed, and applying
 * the churn definition. A transaction log is rolled up (BTYD convention); a customer snapshot
 * keeps one row per customer (the last row of a repeated id). Every choice that changes
 * numbers — as-of date, returns, attribute rule — is stated in the summary.
 */
import type { CustomerTableSpec, CustomerTableSummary, Issue, Result, Role, Shape } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import {
  customerTableColumnNames,
  DAYS_PER_UNIT,
  pickRows,
  type CustomerTable,
} from '../../core/customers/customerTable.ts';
import { dayNumber, isoDate } from '../../core/customers/customerActivity.ts';
import { rollUpCustomers } from '../../core/customers/customerRollup.ts';
import { describeDefinition, validateDefinition } from '../../core/customers/churnDefinition.ts';
import { CHURNED, AT_RISK } from '../../core/customers/churnStatus.ts';
import { reasonColumns } from './churnReasons.ts';
import { applyDefinition, type DefinitionInputs } from './definitionApplying.ts';
import { columnsWithRole, customerCodes, dayNumbers, numbers, returnRows, type Read } from './customerInputs.ts';

export interface BuiltCustomerTable {
  table: CustomerTable;
  summary: CustomerTableSummary;
  /** What a churn definition is applied to, kept so another definition needs no new roll-up. */
  definitionInputs: DefinitionInputs;
  asOfDay: number;
}

const fail = (issue: Issue): Result<never> => ({ ok: false, issues: [issue] });

function minDay(values: Float64Array): number {
  let min = Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] < min) min = values[i];
  return min;
}

function maxDay(values: Float64Array): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}

function parseAsOf(text: string | undefined, fallback: number): Read<number> {
  if (text === undefined || text === '') return { ok: true, value: fallback };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ms = m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : NaN;
  if (!m || new Date(ms).toISOString().slice(0, 10) !== text) {
    return {
      ok: false,
      issue: {
        severity: 'error',
        code: 'invalid-as-of',
        params: { value: text },
        message: `The as-of date "${text}" is not a date in the form YYYY-MM-DD.`,
      },
    };
  }
  return { ok: true, value: dayNumber(ms) };
}

export function customerTableShape(ds: LoadedDataset, roles: Record<string, Role>): Shape {
  const id = columnsWithRole(ds.columns, roles, 'customer_id')[0];
  const date = columnsWithRole(ds.columns, roles, 'date')[0];
  if (id && date && id.distinct < ds.summary.rows - id.nulls) return 'transactions';
  return 'customers';
}

export function buildCustomerTable(ds: LoadedDataset, spec: CustomerTableSpec): Result<BuiltCustomerTable> {
  const checked = validateDefinition(spec.definition);
  if (!checked.ok) return fail({ severity: 'error', code: 'invalid-definition', message: checked.message });
  const definition = checked.definition;
  const roles = spec.roles;
  const unit = spec.unit ?? 'weeks';
  const returns = spec.returns ?? 'net';
  const shape = customerTableShape(ds, roles);
  const role = (r: Role) => columnsWithRole(ds.columns, roles, r)[0] as TypedColumn | undefined;
  const attributeColumns = ds.columns.filter(
    (c) => (roles[c.name] ?? 'attribute') === 'attribute' || roles[c.name] === 'value',
  );
  const issues: Issue[] = [];
  let table: CustomerTable;
  let inputs: DefinitionInputs;
  let asOfDay: number;
  const leftOutDetail = { afterAsOf: 0, noCustomer: 0, noDate: 0, dropped: 0, duplicates: 0 };
  let attributeRule: string;
  let dataFromDay: number;
  let dataToDay: number;

  if (shape === 'transactions') {
    const idCol = role('customer_id')!;
    const days = dayNumbers(role('date')!, 'date');
    if (!days.ok) return fail(days.issue);
    let amount: Float64Array | null = null;
    const amountCol = role('amount');
    if (amountCol) {
      const a = numbers(amountCol, 'amount');
      if (!a.ok) return fail(a.issue);
      amount = a.value;
    } else if (role('quantity') && role('price')) {
      const q = numbers(role('quantity')!, 'quantity');
      const p = numbers(role('price')!, 'price');
      if (!q.ok) return fail(q.issue);
      if (!p.ok) return fail(p.issue);
      amount = new Float64Array(q.value.length);
      for (let i = 0; i < amount.length; i++) amount[i] = q.value[i] * p.value[i];
    }
    dataFromDay = minDay(days.value);
    dataToDay = maxDay(days.value);
    const asOf = parseAsOf(spec.asOf, dataToDay);
    if (!asOf.ok) return fail(asOf.issue);
    asOfDay = asOf.value;
    const ret = returnRows(ds.columns, roles, amount, ds.summary.rows);
    const { codes, labels } = customerCodes(idCol);
    const rollup = rollUpCustomers(
      {
        customer: codes,
        customerCount: labels.length,
        day: days.value,
        amount,
        dropped: returns === 'drop' ? ret.rows : null,
      },
      asOfDay,
    );
    Object.assign(leftOutDetail, rollup.leftOut);
    if (ret.count > 0)
      issues.push({
        severity: 'info',
        code: 'negative-values',
        count: ret.count,
        params: { rule: ret.rule, returns },
        message: `${ret.count} row(s) are returns or cancellations (${ret.rule}); they were ${returns === 'drop' ? 'dropped' : 'netted against purchases'}.`,
      });
    const n = rollup.code.length;
    const per = DAYS_PER_UNIT[unit];
    const ids = new Array<string>(n);
    const firstDay = new Float64Array(n);
    const lastDay = new Float64Array(n);
    const orders = new Float64Array(n);
    const frequency = new Float64Array(n);
    const recency = new Float64Array(n);
    const T = new Float64Array(n);
    for (let c = 0; c < n; c++) {
      ids[c] = labels[rollup.code[c]];
      firstDay[c] = rollup.firstDay[c];
      lastDay[c] = rollup.lastDay[c];
      orders[c] = rollup.orders[c];
      frequency[c] = orders[c] - 1;
      recency[c] = (lastDay[c] - firstDay[c]) / per;
      T[c] = (asOfDay - firstDay[c]) / per;
    }
    table = {
      ids,
      firstDay,
      lastDay,
      tenureDays: new Float64Array(n).fill(NaN),
      orders,
      frequency,
      recency,
      T,
      monetary: rollup.monetary,
      totalValue: rollup.totalValue,
      status: new Uint8Array(n),
      churnDay: new Float64Array(n),
      attributes: attributeColumns.map((c) => pickRows(c, rollup.latestRow)),
      reason: null,
      churnType: null,
      activity: rollup.activity,
      unit,
      tenureFromColumn: false,
    };
    inputs = { rows: rollup.latestRow, lastDay, activity: rollup.activity };
    attributeRule = "each attribute is the customer's value on their latest row (by date, then file order)";
  } else {
    const idCol = role('customer_id');
    const n0 = ds.summary.rows;
    let rows: Int32Array;
    let ids: string[];
    if (idCol) {
      const { codes, labels } = customerCodes(idCol);
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
    const dated = [signup, last, ends].map((r) => (r.ok && r.value ? maxDay(r.value) : -Infinity));
    const fallback = Math.max(...dated);
    dataToDay = fallback;
    dataFromDay = Math.min(...[signup, last, ends].map((r) => (r.ok && r.value ? minDay(r.value) : Infinity)));
    const asOf = parseAsOf(spec.asOf, fallback);
    if (!asOf.ok) return fail(asOf.issue);
    asOfDay = asOf.value;
    const n = rows.length;
    const tenureCol = role('tenure');
    let tenureDays = new Float64Array(n).fill(NaN);
    if (tenureCol) {
      const t = numbers(tenureCol, 'tenure');
      if (!t.ok) return fail(t.issue);
      const per = DAYS_PER_UNIT[spec.tenureUnit ?? 'months'];
      tenureDays = Float64Array.from(rows, (r) => t.value[r] * per);
    }
    const values = columnsWithRole(ds.columns, roles, 'value');
    const totalCol = values.find((c) => /total|sum|累计|总/i.test(c.name)) ?? values[0];
    let totalValue = new Float64Array(n).fill(NaN);
    if (totalCol) {
      const v = numbers(totalCol, 'value');
      if (!v.ok) return fail(v.issue);
      totalValue = Float64Array.from(rows, (r) => v.value[r]);
    }
    table = {
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
      status: new Uint8Array(n),
      churnDay: new Float64Array(n),
      attributes: attributeColumns.map((c) => pickRows(c, rows)),
      reason: null,
      churnType: null,
      activity: null,
      unit,
      tenureFromColumn: tenureCol !== undefined,
    };
    inputs = { rows, lastDay: table.lastDay, activity: null, churnDays: ends.ok ? ends.value : null };
    attributeRule = idCol
      ? 'one row per customer; where an id repeats, its last row is kept'
      : 'one row per customer (no customer id column: rows are numbered)';
  }

  const applied = applyDefinition(definition, ds.columns, roles, inputs, asOfDay, shape);
  if (!applied.ok) return fail(applied.issue);
  table.status = applied.value.status;
  table.churnDay = applied.value.churnDay;
  issues.push(...applied.issues);
  // A tenure column wins where it has a value; otherwise tenure runs from the first day to the
  // churn day, or to the as-of day while the customer is active.
  for (let c = 0; c < table.ids.length; c++) {
    if (table.tenureDays[c] === table.tenureDays[c] || table.firstDay[c] !== table.firstDay[c]) continue;
    const end = table.status[c] === CHURNED && table.churnDay[c] === table.churnDay[c] ? table.churnDay[c] : asOfDay;
    table.tenureDays[c] = end - table.firstDay[c];
  }
  const reasons = reasonColumns(ds.columns, roles, inputs.rows, table.status, spec.reasonTypes);
  table.reason = reasons?.reason ?? null;
  table.reasonSource = columnsWithRole(ds.columns, roles, 'reason')[0]?.name;
  table.churnType = reasons?.churnType ?? null;

  let churned = 0;
  let atRisk = 0;
  for (let c = 0; c < table.status.length; c++) {
    if (table.status[c] === CHURNED) churned++;
    else if (table.status[c] === AT_RISK) atRisk++;
  }
  const customers = table.ids.length;
  const leftOut =
    leftOutDetail.afterAsOf +
    leftOutDetail.noCustomer +
    leftOutDetail.noDate +
    leftOutDetail.dropped +
    leftOutDetail.duplicates;
  const summary: CustomerTableSummary = {
    datasetId: ds.summary.id,
    shape,
    customers,
    churned,
    atRisk,
    churnRate: customers > 0 ? churned / customers : NaN,
    leftOut,
    leftOutDetail,
    asOf: Number.isFinite(asOfDay) ? isoDate(asOfDay) : '',
    dataFrom: Number.isFinite(dataFromDay) ? isoDate(dataFromDay) : '',
    dataTo: Number.isFinite(dataToDay) ? isoDate(dataToDay) : '',
    definition,
    definitionText: describeDefinition(definition),
    unit,
    returns,
    attributeRule,
    columns: customerTableColumns(table),
    reasonTypes: reasons?.mapping,
    issues,
  };
  return { ok: true, value: { table, summary, definitionInputs: inputs, asOfDay } };
}

export function customerTableColumns(table: CustomerTable): string[] {
  return customerTableColumnNames(table);
}
