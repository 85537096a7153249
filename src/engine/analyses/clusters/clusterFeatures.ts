/**
 * The features a clusters analysis names, read from the customer table: its own number columns
 * by their published names, the data's tenure column by its own name (in the unit it was given
 * in), and attributes — numbers as they are, text and yes/no as categories. A date or an id is no
 * feature; naming one is an issue that says why.
 */
import type { Issue, Result } from '../../api.ts';
import type { CustomerTable } from '../../../core/customers/customerTable.ts';
import { DAYS_PER_UNIT } from '../../../core/customers/customerTable.ts';
import type { FeatureInput } from '../../../core/analyses/clusters/featureMatrix.ts';
import { attributeColumn, unknownAttribute } from '../../customers/customerSelection.ts';
import { ownValue } from '../../../core/columns/keyedRecord.ts';
import type { BuiltTable } from '../analysis.ts';

/**
 * The customer table's own number columns a customer can be clustered on, and days_since_last:
 * days from the last activity to the as-of date (the table's `recency` is BTYD's, last − first).
 */
export const TABLE_FEATURES: Record<string, (t: CustomerTable, asOfDay: number) => Float64Array> = {
  days_since_last: (t, asOfDay) => t.lastDay.map((d) => asOfDay - d),
  tenure_days: (t) => t.tenureDays,
  orders: (t) => t.orders,
  frequency: (t) => t.frequency,
  recency: (t) => t.recency,
  T: (t) => t.T,
  monetary: (t) => t.monetary,
  total_value: (t) => t.totalValue,
};

function refuse(code: Issue['code'], column: string, message: string, params?: Issue['params']): Result<never> {
  return { ok: false, issues: [{ severity: 'error', code, column, message, ...(params ? { params } : {}) }] };
}

export function featureInputs(built: BuiltTable, table: CustomerTable, names: string[]): Result<FeatureInput[]> {
  const inputs: FeatureInput[] = [];
  for (const name of names) {
    const own = Object.hasOwn(TABLE_FEATURES, name) ? TABLE_FEATURES[name] : undefined;
    if (own) {
      inputs.push({ name, kind: 'number', values: own(table, built.asOfDay) });
      continue;
    }
    if (ownValue(built.spec.roles, name) === 'tenure' && table.tenureFromColumn) {
      const per = DAYS_PER_UNIT[built.spec.tenureUnit ?? 'months'];
      inputs.push({ name, kind: 'number', values: table.tenureDays.map((v) => v / per) });
      continue;
    }
    const col = attributeColumn(table, name);
    if (!col) return unknownAttribute(name, 'to cluster on');
    if (col.type === 'date' || col.type === 'datetime' || col.type === 'identifier')
      return refuse(
        'clusters-feature-type',
        name,
        `"${name}" is ${col.type === 'identifier' ? 'an id' : 'a date'}, not a feature to cluster on: choose numbers (spend, tenure, usage) or categories.`,
        { type: col.type },
      );
    const d = col.data;
    if (d.kind === 'number') inputs.push({ name, kind: 'number', values: d.values });
    else if (d.kind === 'boolean')
      inputs.push({ name, kind: 'category', codes: new Int32Array(d.values), levels: ['no', 'yes'] });
    else inputs.push({ name, kind: 'category', codes: d.codes, levels: d.dictionary });
  }
  return { ok: true, value: inputs };
}
