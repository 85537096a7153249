/**
 * Reading an aggregate computed elsewhere (the generated SQL's rows, opened as a file) column by
 * column: numbers, dates as day numbers, and texts, by the SQL's column names.
 */
import type { AnalysisKind, Issue, ResultStamp } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { MS_PER_DAY } from '../../core/customers/customerActivity.ts';
import type { AggregateKind } from '../../core/inspection/aggregateRecognition.ts';

export interface AggregateColumns {
  rows: number;
  /** A column's numbers (dates: epoch ms); null when it is not read as numbers. */
  numbers(name: string): Float64Array | null;
  /** A date column's whole days since 1970-01-01 (NaN where empty); null when it is not dates. */
  days(name: string): Float64Array | null;
  /** A column's texts ('' where empty). */
  texts(name: string): string[];
}

export function aggregateColumns(columns: readonly TypedColumn[]): AggregateColumns {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const rows = columns.length > 0 ? lengthOf(columns[0]) : 0;
  const numbers = (name: string) => {
    const c = byName.get(name);
    if (!c || c.data.kind === 'string') return null;
    // A count column of only 0s and 1s (one row of KPIs) is read as yes/no: its 0 and 1 are the counts.
    if (c.data.kind === 'boolean') return Float64Array.from(c.data.values, (b) => (b < 0 ? NaN : b));
    return c.data.values;
  };
  return {
    rows,
    numbers,
    days(name) {
      const c = byName.get(name);
      const v = numbers(name);
      if (!c || !v || (c.type !== 'date' && c.type !== 'datetime')) return null;
      return Float64Array.from(v, (ms) => Math.floor(ms / MS_PER_DAY));
    },
    texts(name) {
      const c = byName.get(name);
      if (!c) return [];
      const d = c.data;
      if (d.kind === 'string') return Array.from(d.codes, (k) => (k >= 0 ? d.dictionary[k] : ''));
      return Array.from(d.values, (x) => (x === x ? String(x) : ''));
    },
  };
}

function lengthOf(c: TypedColumn): number {
  return c.data.kind === 'string' ? c.data.codes.length : c.data.values.length;
}

/** The aggregate's column `column` is not what the SQL writes (not numbers, or not dates). */
export function aggregateInvalid(kind: AggregateKind, column: string): Issue {
  return {
    severity: 'error',
    code: 'aggregate-invalid',
    params: { aggregate: kind, column },
    message: `This ${kind} aggregate's column ${column} is not as the app's SQL writes it (numbers, or dates); open the file the query wrote, unchanged.`,
  };
}

/** The stamp of a result finished from an aggregate: no definition (the SQL applied it), the file as source. */
export function aggregateStamp<P>(
  kind: AnalysisKind,
  dataset: LoadedDataset,
  asOf: string,
  parameters: P,
): ResultStamp<P> {
  return { kind, definition: null, asOf, parameters, sources: dataset.files.map((f) => f.name) };
}
