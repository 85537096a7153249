/**
 * The customer table as an analysis reads it when its options name attributes of a transaction
 * log. A column that is the same on all of a customer's rows is read as it is. One that varies
 * within customers is read through the rule the options give it (latest, most frequent, count
 * distinct), and without one it is an issue that asks for a rule — except a nearly constant
 * column (differs for under 1 % of customers), read through its latest value. The rules applied
 * to columns that differ at all go on the result's stamp, so the chart can say "Country (latest
 * value per customer)".
 */
import { ATTRIBUTE_VALUE_RULES, type AttributeRules, type AttributeValueRule, type Result } from '../api.ts';
import type { CustomerTable } from '../../core/customers/customerTable.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { valuesByRule } from '../../core/customers/attributeRules.ts';
import type { BuiltCustomerTable } from './customerTableBuilding.ts';
import { keyedRecord, ownValue } from '../../core/columns/keyedRecord.ts';

const ruledColumns = new WeakMap<BuiltCustomerTable, Map<string, TypedColumn>>();

function ruled(built: BuiltCustomerTable, index: number, rule: AttributeValueRule): TypedColumn {
  const rows = built.attributeRows!;
  const col = rows.columns[index];
  let cache = ruledColumns.get(built);
  if (!cache) ruledColumns.set(built, (cache = new Map()));
  const key = `${rule}\u0000${col.name}`;
  let values = cache.get(key);
  if (!values) cache.set(key, (values = valuesByRule(col, rows.byCustomer, rule)));
  return values;
}

function needsRule(column: string, varying: number, customers: number): Result<never> {
  return {
    ok: false,
    issues: [
      {
        severity: 'error',
        code: 'attribute-needs-rule',
        column,
        count: varying,
        params: { customers },
        message: `"${column}" differs between the rows of ${varying} of ${customers} customers, so it has no single value per customer: name a rule — latest (the value on the latest purchase), most-frequent or count-distinct (e.g. ${column}:most-frequent).`,
      },
    ],
  };
}

/**
 * The table with each named attribute read by its rule, and the rules applied (for the stamp).
 * Names that are not attributes of the log (a reason column, an unknown name) are left for the
 * analysis to answer; a snapshot has one row per customer and no rules.
 */
export function ruledTable(
  built: BuiltCustomerTable,
  named: (string | undefined)[],
  asked: AttributeRules = {},
): Result<{ table: CustomerTable; rules: AttributeRules }> {
  const { table, attributeRows } = built;
  const rules: AttributeRules = keyedRecord();
  if (!attributeRows) return { ok: true, value: { table, rules } };
  const attributes = [...table.attributes];
  for (const column of new Set(named)) {
    if (!column) continue;
    const index = attributeRows.columns.findIndex((c) => c.name === column);
    const variation = built.summary.attributeVariation.find((v) => v.column === column);
    if (index < 0 || !variation) continue;
    const rule = ATTRIBUTE_VALUE_RULES.find((r) => r === ownValue(asked, column));
    if (!rule && variation.level === 'varies')
      return needsRule(column, variation.varyingCustomers, built.summary.customers);
    if (!rule && variation.level === 'customer') continue;
    rules[column] = rule ?? 'latest';
    const at = attributes.findIndex((c) => c.name === column);
    if (at >= 0 && rules[column] !== 'latest') attributes[at] = ruled(built, index, rules[column]);
  }
  return { ok: true, value: { table: { ...table, attributes }, rules } };
}
