/**
 * A churn flag column read per customer, with what the user should hear about how it was read:
 * unreadable values, R's 1/2 status coding, and a flag that makes every customer churned (or
 * none). A churn rate of 100 % or 0 % is never given in silence.
 */
import { booleanSpelling, type Issue } from '../api.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { commonestValues, numericFlags, oneTwoCounts } from '../../core/customers/churnFlagValues.ts';
import { flags } from './customerInputs.ts';

const VALUES_SHOWN = 5;

/** The column's values for the given rows as numbers, when it is numeric or a text of only 1s and 2s. */
function numericValues(col: TypedColumn, rows: Int32Array): Float64Array | null {
  const d = col.data;
  if (d.kind === 'number') return Float64Array.from(rows, (r) => d.values[r]);
  if (d.kind !== 'string') return null;
  const asNumber = d.dictionary.map((s) => (/^\s*[12]\s*$/.test(s) ? Number(s) : NaN));
  const values = Float64Array.from(rows, (r) => (d.codes[r] < 0 ? NaN : asNumber[d.codes[r]]));
  return oneTwoCounts(values) ? values : null;
}

/** The distinct values the given rows hold, most frequent first, as the data writes them (a yes/no column's commonest spelling). */
function valuesSeen(col: TypedColumn, rows: Int32Array): string[] {
  const d = col.data;
  if (d.kind === 'string') {
    const codes = Int32Array.from(rows, (r) => d.codes[r]);
    return commonestValues(codes, (k) => k < 0, VALUES_SHOWN).map((k) => d.dictionary[k]);
  }
  if (d.kind === 'boolean') {
    const values = Int8Array.from(rows, (r) => d.values[r]);
    const written = booleanSpelling(col.format);
    const text = (k: number) => (k === 1 ? written?.yes || 'yes' : written?.no || 'no');
    return commonestValues(values, (k) => k < 0, VALUES_SHOWN).map(text);
  }
  const values = Float64Array.from(rows, (r) => d.values[r]);
  return commonestValues(values, () => false, VALUES_SHOWN).map(String);
}

export function readChurnFlags(col: TypedColumn, rows: Int32Array): { flags: Int8Array; issues: Issue[] } {
  const issues: Issue[] = [];
  const numeric = numericValues(col, rows);
  const oneTwo = numeric ? oneTwoCounts(numeric) : null;
  let picked: Int8Array;
  if (numeric) picked = numericFlags(numeric, oneTwo !== null);
  else {
    const all = flags(col);
    picked = Int8Array.from(rows, (r) => all[r]);
  }
  const column = col.name;
  if (oneTwo)
    issues.push({
      severity: 'warning',
      code: 'flag-one-two',
      column,
      params: { ones: oneTwo.ones, twos: oneTwo.twos },
      message: `"${column}" holds only the values 1 and 2, read as R survival's status coding: 2 = churned (${oneTwo.twos} customers), 1 = still a customer (${oneTwo.ones}). If 1 means churned in this data, recode the column as yes/no or 1/0.`,
    });
  let known = 0;
  let unknown = 0;
  let churned = 0;
  for (let c = 0; c < picked.length; c++) {
    if (picked[c] < 0) unknown++;
    else {
      known++;
      churned += picked[c];
    }
  }
  if (unknown > 0)
    issues.push({
      severity: 'warning',
      code: 'flag-unknown',
      column,
      count: unknown,
      message: `${unknown} customer(s) have an empty or unreadable churn flag in "${column}"; they are counted as not churned.`,
    });
  if (known > 0 && (churned === known || churned === 0)) {
    const all = churned === known;
    const examples = valuesSeen(
      col,
      rows.filter((_, c) => picked[c] >= 0),
    );
    const values = examples.map((v) => JSON.stringify(v)).join(', ');
    issues.push({
      severity: 'warning',
      code: all ? 'flag-all-churned' : 'flag-none-churned',
      column,
      count: known,
      examples,
      message: all
        ? `Every customer with a churn flag (${known}) is churned: "${column}" holds only ${values}, all read as yes. Check that this is the churn flag column and how it codes churn.`
        : `No customer is churned: "${column}" holds only ${values}, all read as no. Check that this is the churn flag column and how it codes churn.`,
    });
  }
  return { flags: picked, issues };
}
