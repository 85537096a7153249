/**
 * Building the customer table from either input shape, after roles are confirmed, and applying
 * the churn definition. A transaction log is rolled up (BTYD convention); a customer snapshot
 * keeps one row per customer (the last row of a repeated id). Every choice that changes
 * numbers — as-of date, returns, attribute rule — is stated in the summary.
 */
import type { CustomerTableSpec, CustomerTableSummary, IdMatching, Issue, Result, Role, Shape } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { customerTableColumnNames, type CustomerTable } from '../../core/customers/customerTable.ts';
import { validateDefinition } from '../../core/customers/churnDefinition.ts';
import { CHURNED } from '../../core/customers/churnStatus.ts';
import { isoDate } from '../../core/customers/customerActivity.ts';
import { reasonColumns } from './churnReasons.ts';
import { applyDefinition, type DefinitionInputs } from './definitionApplying.ts';
import { columnsWithRole } from './customerInputs.ts';
import { fromTransactionLog } from './fromTransactionLog.ts';
import { fromSnapshot } from './fromSnapshot.ts';
import { computedKnownDays } from './computedMeasures.ts';
import { customerTableSummary } from './customerTableSummary.ts';
import { fail, type AttributeRows } from './shapedTable.ts';
import { inputFindings } from './inputFindings.ts';
import { lastPlausibleDay } from '../../core/inspection/implausibleDates.ts';
import { idKey } from '../../core/customers/idSpellings.ts';
import { ownValue } from '../../core/columns/keyedRecord.ts';

export interface BuiltCustomerTable {
  table: CustomerTable;
  summary: CustomerTableSummary;
  /** What a churn definition is applied to, kept so another definition needs no new roll-up. */
  definitionInputs: DefinitionInputs;
  asOfDay: number;
  /** The names of the files the dataset was read from (printed on every export). */
  sources: string[];
  /** The day each customer's loss became known (NaN when active or undated): what period KPIs count. */
  lossKnownDay: Float64Array;
  /** A log's attribute columns row by row, for analyses that name a rule (null for a snapshot). */
  attributeRows: AttributeRows | null;
}

/** A transaction log when some customer has several rows (ids matched as the spec says). */
export function customerTableShape(
  ds: LoadedDataset,
  roles: Record<string, Role>,
  idMatching: IdMatching = 'exact',
): Shape {
  const id = columnsWithRole(ds.columns, roles, 'customer_id')[0];
  const date = columnsWithRole(ds.columns, roles, 'date')[0];
  if (!id || !date) return 'customers';
  const distinct =
    idMatching === 'trim-case' && id.data.kind === 'string' ? new Set(id.data.dictionary.map(idKey)).size : id.distinct;
  return distinct < ds.summary.rows - id.nulls ? 'transactions' : 'customers';
}

/** `now` (epoch ms, the machine's clock unless a test sets it): no date after that day sets the default as-of date. */
export function buildCustomerTable(
  ds: LoadedDataset,
  spec: CustomerTableSpec,
  now: number = Date.now(),
): Result<BuiltCustomerTable> {
  const checked = validateDefinition(spec.definition);
  if (!checked.ok) return fail({ severity: 'error', code: 'invalid-definition', message: checked.message });
  const definition = checked.definition;
  const roles = spec.roles;
  const unit = spec.unit ?? 'weeks';
  const returns = spec.returns ?? 'net';
  const idMatching = spec.idMatching ?? 'exact';
  const choices = { idMatching, lastPlausibleDay: lastPlausibleDay(now) };
  const shape = customerTableShape(ds, roles, idMatching);
  const attributeColumns = ds.columns.filter(
    (c) => (ownValue(roles, c.name) ?? 'attribute') === 'attribute' || ownValue(roles, c.name) === 'value',
  );
  const shaped =
    shape === 'transactions'
      ? fromTransactionLog(ds, spec, unit, returns, attributeColumns, choices)
      : fromSnapshot(ds, spec, unit, attributeColumns, choices);
  if (!shaped.ok) return shaped;
  const { table, inputs, asOfDay, issues, dataFromDay, dataToDay } = shaped.value;
  issues.push(...inputFindings(ds, roles, shaped.value.idSpellings, idMatching === 'trim-case', now));
  const outside = asOfOutsideData(spec.asOf, asOfDay, dataFromDay, dataToDay);
  // Before the first date no customer had started: nothing to analyse, and the reason is the date.
  if (outside && asOfDay < dataFromDay) return fail({ ...outside, severity: 'error' });
  if (outside) issues.push(outside);

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

  const summary = customerTableSummary(ds, shaped.value, {
    shape,
    definition,
    unit,
    returns,
    idMatching,
    reasonTypes: reasons?.mapping,
  });
  return {
    ok: true,
    value: {
      table,
      summary,
      definitionInputs: inputs,
      asOfDay,
      sources: ds.files.map((f) => f.name),
      lossKnownDay: computedKnownDays(ds.columns, roles, inputs.rows, definition) ?? applied.value.knownDay,
      attributeRows: shaped.value.attributeRows,
    },
  };
}

const AS_OF_GRACE_DAYS = 31;

/**
 * An as-of date the user chose outside the data's dates (more than a month after the last; the
 * range leaves out dates after today and placeholders): after the last one, every customer
 * looks inactive (100 % churn under an inactivity definition); before the first, there is no
 * one yet. Said plainly, with the data's range.
 */
function asOfOutsideData(asked: string | undefined, asOfDay: number, from: number, to: number): Issue | null {
  if (!asked || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  // A month's end shortly after the last record (an export taken on the 10th) is the usual choice.
  if (asOfDay >= from && asOfDay <= to + AS_OF_GRACE_DAYS) return null;
  const after = asOfDay > to;
  const range = { asOf: isoDate(asOfDay), from: isoDate(from), to: isoDate(to) };
  return {
    severity: 'warning',
    code: after ? 'as-of-after-data' : 'as-of-before-data',
    params: range,
    message: after
      ? `The as-of date ${range.asOf} is after the data's last date (${range.to}): every customer has been silent since, so inactivity churn is overstated. Choose a date from ${range.from} to ${range.to}.`
      : `The as-of date ${range.asOf} is before the data's first date (${range.from}): no customer had started by then. Choose a date from ${range.from} to ${range.to}.`,
  };
}

export function customerTableColumns(table: CustomerTable): string[] {
  return customerTableColumnNames(table);
}
