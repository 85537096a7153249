/**
 * A transaction log rolled up into one row per customer (BTYD convention: frequency is repeat
 * orders, recency and T in the table's unit). Returns are never purchases (see rollUpCustomers);
 * their money is netted or dropped as the spec says. Each attribute is the customer's value on
 * their latest purchase row; the summary says, per column, for how many customers it differs
 * between rows (those columns are read through a rule, see attributeRules.ts).
 */
import {
  NEARLY_CONSTANT_SHARE,
  type AttributeVariation,
  type CustomerTableSpec,
  type CustomerTableSummary,
  type Issue,
  type Result,
  type Role,
  type TimeUnit,
  type CustomerValueSource,
} from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { DAYS_PER_UNIT, pickRows, type CustomerTable } from '../../core/customers/customerTable.ts';
import { rollUpCustomers } from '../../core/customers/customerRollup.ts';
import { varyingCustomers, type CustomerRows } from '../../core/customers/attributeRules.ts';
import { plausibleDayRange } from '../../core/inspection/implausibleDates.ts';
import { columnsWithRole, customerKeys, dayNumbers, numbers, placeholderRows, returnRows } from './customerInputs.ts';
import { fail, parseAsOf, type ShapedTable, type ShapingChoices } from './shapedTable.ts';

export function fromTransactionLog(
  ds: LoadedDataset,
  spec: CustomerTableSpec,
  unit: TimeUnit,
  returns: CustomerTableSummary['returns'],
  attributeColumns: TypedColumn[],
  choices: ShapingChoices,
): Result<ShapedTable> {
  const roles = spec.roles;
  const role = (r: Role) => columnsWithRole(ds.columns, roles, r)[0] as TypedColumn | undefined;
  const issues: Issue[] = [];
  const leftOutDetail = { afterAsOf: 0, noCustomer: 0, noDate: 0, placeholderDate: 0, dropped: 0, duplicates: 0 };
  const idCol = role('customer_id')!;
  const dateCol = role('date')!;
  const days = dayNumbers(dateCol, 'date');
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
  let cost: Float64Array | null = null;
  const costCol = role('cost');
  if (costCol) {
    const c = numbers(costCol, 'cost');
    if (!c.ok) return fail(c.issue);
    cost = c.value;
  }
  // Dates after today never set the default as-of date; placeholders are already unknown (NaN).
  const { from: dataFromDay, to: dataToDay } = plausibleDayRange([days.value], choices.lastPlausibleDay);
  const asOf = parseAsOf(spec.asOf, dataToDay);
  if (!asOf.ok) return fail(asOf.issue);
  const asOfDay = asOf.value;
  const ret = returnRows(ds.columns, roles, amount, ds.summary.rows);
  const { codes, labels, spellings } = customerKeys(idCol, choices.idMatching);
  const rollup = rollUpCustomers(
    {
      customer: codes,
      customerCount: labels.length,
      day: days.value,
      amount,
      cost,
      returned: ret.count > 0 ? ret.rows : null,
      dropReturns: returns === 'drop',
    },
    asOfDay,
  );
  Object.assign(leftOutDetail, rollup.leftOut);
  // A placeholder date is no date: the roll-up counted those rows as undated.
  leftOutDetail.placeholderDate = placeholderRows(dateCol, (i) => codes[i] >= 0);
  leftOutDetail.noDate -= leftOutDetail.placeholderDate;
  if (ret.count > 0)
    issues.push({
      severity: 'info',
      code: 'negative-values',
      count: ret.count,
      params: {
        rule: ret.rule,
        returns,
        negativeAmount: ret.negativeAmount ? 1 : 0,
        invoiceColumn: ret.invoiceColumn,
      },
      message: `${ret.count} row(s) are returns or cancellations (${ret.rule}); they were ${returns === 'drop' ? 'dropped' : 'netted against purchases'}.`,
    });
  if (rollup.returnsOnlyCustomers > 0)
    issues.push({
      severity: 'warning',
      code: 'returns-only-customers',
      count: rollup.returnsOnlyCustomers,
      message: `${rollup.returnsOnlyCustomers} customer(s) have only returns or cancellations up to the as-of date and no purchase; they are not in the customer table.`,
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
  const byCustomer: CustomerRows = { rows: rollup.purchaseRows, start: rollup.purchaseStart };
  const table: CustomerTable = {
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
    ...(rollup.totalCost ? { totalCost: rollup.totalCost } : {}),
    status: new Uint8Array(n),
    churnDay: new Float64Array(n),
    attributes: attributeColumns.map((c) => pickRows(c, rollup.latestRow)),
    reason: null,
    churnType: null,
    activity: rollup.activity,
    unit,
    tenureFromColumn: false,
  };
  const valueSource: CustomerValueSource | undefined = amountCol
    ? { from: 'amount', column: amountCol.name }
    : amount
      ? { from: 'price-quantity', price: role('price')!.name, quantity: role('quantity')!.name }
      : undefined;
  return {
    ok: true,
    value: {
      table,
      ...(valueSource ? { valueSource } : {}),
      inputs: { rows: rollup.latestRow, lastDay, activity: rollup.activity },
      asOfDay,
      dataFromDay,
      dataToDay,
      leftOutDetail,
      attributeRule: 'latest-row',
      idSpellings: spellings,
      attributeVariation: attributeColumns.map((c) => variationOf(c, byCustomer)),
      attributeRows: { byCustomer, columns: attributeColumns },
      issues,
    },
  };
}

function variationOf(col: TypedColumn, byCustomer: CustomerRows): AttributeVariation {
  const customers = byCustomer.start.length - 1;
  const varying = varyingCustomers(col, byCustomer);
  const level = varying === 0 ? 'customer' : varying < NEARLY_CONSTANT_SHARE * customers ? 'nearly-customer' : 'varies';
  return { column: col.name, level, varyingCustomers: varying };
}
