/**
 * What either input shape gives before the churn definition is applied: the customer table,
 * what the definition reads, the as-of day and the span of dates in the data.
 */
import type {
  AttributeRule,
  AttributeVariation,
  CustomerTableSummary,
  IdMatching,
  Issue,
  Result,
  CustomerValueSource,
} from '../api.ts';
import type { IdSpellings } from '../../core/customers/idSpellings.ts';
import type { CustomerTable } from '../../core/customers/customerTable.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import type { CustomerRows } from '../../core/customers/attributeRules.ts';
import { dayNumber } from '../../core/customers/customerActivity.ts';
import type { DefinitionInputs } from './definitionApplying.ts';
import type { Read } from './customerInputs.ts';

export interface ShapedTable {
  table: CustomerTable;
  inputs: DefinitionInputs;
  asOfDay: number;
  dataFromDay: number;
  dataToDay: number;
  leftOutDetail: CustomerTableSummary['leftOutDetail'];
  attributeRule: AttributeRule;
  /** The id column's spellings that differ only in case or spaces (null: no text id column). */
  idSpellings: IdSpellings | null;
  attributeVariation: AttributeVariation[];
  /** A log's attribute columns row by row and each customer's purchase rows: what a rule reduces. */
  attributeRows: AttributeRows | null;
  issues: Issue[];
  /** Where the customers' value came from (none without a value). */
  valueSource?: CustomerValueSource;
}

export interface AttributeRows {
  byCustomer: CustomerRows;
  columns: TypedColumn[];
}

/** What the caller settled before shaping: how ids match, and the last plausible day (today). */
export interface ShapingChoices {
  idMatching: IdMatching;
  lastPlausibleDay: number;
}

export const fail = (issue: Issue): Result<never> => ({ ok: false, issues: [issue] });

export function parseAsOf(text: string | undefined, fallback: number): Read<number> {
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
