/**
 * The columns the churn-reasons analysis reads, one value per customer: the reason column (text,
 * or codes written as numbers), the column to cross reasons with (an attribute, or a column an
 * earlier analysis added: segment, cluster_name…) and the value column summed as lost revenue.
 */
import type { CustomerTable } from '../../../core/customers/customerTable.ts';
import { pickRows } from '../../../core/customers/customerTable.ts';
import type { TypedColumn } from '../../../core/columns/typedColumn.ts';
import { ownValue } from '../../../core/columns/keyedRecord.ts';
import type { Result } from '../../api.ts';
import type { LoadedDataset } from '../../loading/datasetLoading.ts';
import {
  attributeCodes,
  attributeColumn,
  attributeGroups,
  unknownAttribute,
} from '../../customers/customerSelection.ts';
import { columnsWithRole } from '../../customers/customerInputs.ts';
import type { BuiltTable } from '../analysis.ts';

/** Each customer's reason as a code into a list of the column's values; null without a reason column. */
export function reasonValues(
  dataset: LoadedDataset,
  built: BuiltTable,
): { column: string; codes: Int32Array; values: string[] } | null {
  const { table } = built;
  if (table.reason?.data.kind === 'string')
    return {
      column: table.reasonSource ?? 'reason',
      codes: table.reason.data.codes,
      values: table.reason.data.dictionary,
    };
  const col = columnsWithRole(dataset.columns, built.spec.roles, 'reason')[0];
  if (!col) return null;
  const { codes, labels } = attributeCodes(pickRows(col, built.definitionInputs.rows));
  return { column: col.name, codes, values: labels };
}

/** A column of the table by name: its attributes, then the columns analyses added to it. */
export function customerColumn(table: CustomerTable, built: BuiltTable, name: string): TypedColumn | undefined {
  return attributeColumn(table, name) ?? [...built.derived.values()].flat().find((c) => c.name === name);
}

export function segmentCodes(
  table: CustomerTable,
  built: BuiltTable,
  name: string,
): Result<{ codes: Int32Array; labels: string[]; binned: boolean }> {
  const col = customerColumn(table, built, name);
  if (!col) return unknownAttribute(name, 'to cross the reasons with');
  const { codes, labels, edges } = attributeGroups(col);
  return { ok: true, value: { codes, labels, binned: edges !== undefined } };
}

/** The value column: the one named, else the first with the value role; '' = none. */
export function valueColumn(
  table: CustomerTable,
  built: BuiltTable,
  asked: string | undefined,
): Result<{ name: string; values: Float64Array } | null> {
  const name = asked ?? table.attributes.find((c) => ownValue(built.spec.roles, c.name) === 'value')?.name ?? '';
  if (!name) return { ok: true, value: null };
  const col = customerColumn(table, built, name);
  if (!col) return unknownAttribute(name, 'to sum as lost revenue');
  if (col.data.kind !== 'number')
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'reasons-value-column',
          column: name,
          message: `"${name}" is not a column of numbers; lost revenue sums a value such as monthly charges or CLTV.`,
        },
      ],
    };
  return { ok: true, value: { name, values: col.data.values } };
}
