/**
 * Where the retention kinds read each customer's churn risk and value: a column another analysis
 * added to the table (risk-model's churn_risk, customer-lifetime-value's p_alive or clv), the
 * table's own total value, or a numeric column. When the producing analysis has not run for this
 * table it runs here with its default options, so a result never depends on which cells ran first.
 */
import type { AnalysisKind, Issue, Result, SourceUsed } from '../../api.ts';
import type { LoadedDataset } from '../../loading/datasetLoading.ts';
import type { TypedColumn } from '../../../core/columns/typedColumn.ts';
import { customerTableColumnsTyped } from '../../../core/customers/customerTable.ts';
import type { BuiltTable } from '../analysis.ts';
import { runAnalysis } from '../registry.ts';

export interface ReadSource {
  values: Float64Array;
  used: SourceUsed;
}

function unavailable(what: 'risk' | 'value', source: string, inner: Issue[] = []): Result<never> {
  return {
    ok: false,
    issues: [
      {
        severity: 'error',
        code: 'retention-source-unavailable',
        params: { what, source },
        message: `The ${what} "${source}" cannot be read for this table${inner[0] ? `: ${inner[0].message}` : '.'}`,
      },
      ...inner,
    ],
  };
}

/** A column another analysis added, running that analysis with its defaults when it has not run. */
function derivedColumn(
  dataset: LoadedDataset,
  built: BuiltTable,
  kind: AnalysisKind,
  name: string,
  what: 'risk' | 'value',
  source: string,
): Result<{ column: Float64Array; ranNow: boolean }> {
  const find = () => built.derived.get(kind)?.find((c) => c.name === name);
  let ranNow = false;
  if (!find()) {
    const ran = runAnalysis(kind, dataset, built, {});
    if (!ran.ok) return unavailable(what, source, ran.issues);
    ranNow = true;
  }
  const column = find();
  if (!column || column.data.kind !== 'number') return unavailable(what, source);
  return { ok: true, value: { column: column.data.values, ranNow } };
}

/** A numeric column of the customer table (its own, an attribute, or one an analysis added), by name. */
function namedColumn(built: BuiltTable, name: string): TypedColumn | undefined {
  const own = customerTableColumnsTyped(built.table).find((c) => c.name === name);
  if (own) return own;
  for (const columns of built.derived.values()) {
    const added = columns.find((c) => c.name === name);
    if (added) return added;
  }
  return undefined;
}

export function readRisk(dataset: LoadedDataset, built: BuiltTable, source: string): Result<ReadSource> {
  if (source === 'model' || source === 'p-alive') {
    const kind = source === 'model' ? 'risk-model' : 'customer-lifetime-value';
    const read = derivedColumn(dataset, built, kind, source === 'model' ? 'churn_risk' : 'p_alive', 'risk', source);
    if (!read.ok) return read;
    const values = source === 'model' ? read.value.column.slice() : read.value.column.map((p) => 1 - p);
    return { ok: true, value: { values, used: { source, from: kind, ranNow: read.value.ranNow } } };
  }
  const column = namedColumn(built, source);
  if (!column || column.data.kind !== 'number') return unavailable('risk', source);
  let max = -Infinity;
  let min = Infinity;
  for (const v of column.data.values)
    if (v === v) {
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
  if (!(min >= 0 && max <= 100)) return unavailable('risk', source);
  const percent = max > 1;
  const values = percent ? column.data.values.map((v) => v / 100) : column.data.values.slice();
  return {
    ok: true,
    value: { values, used: { source, from: 'column', ranNow: false, ...(percent ? { percent } : {}) } },
  };
}

export function readValue(dataset: LoadedDataset, built: BuiltTable, source: string): Result<ReadSource> {
  if (source === 'clv') {
    const read = derivedColumn(dataset, built, 'customer-lifetime-value', 'clv', 'value', source);
    if (!read.ok) return read;
    const used: SourceUsed = { source, from: 'customer-lifetime-value', ranNow: read.value.ranNow };
    return { ok: true, value: { values: read.value.column.slice(), used } };
  }
  const values =
    source === 'historical'
      ? built.table.totalValue
      : (() => {
          const column = namedColumn(built, source);
          return column?.data.kind === 'number' ? column.data.values : null;
        })();
  if (values === null || !values.some((v) => v === v)) return unavailable('value', source);
  return {
    ok: true,
    value: {
      values: values.slice(),
      used: { source, from: source === 'historical' ? 'table' : 'column', ranNow: false },
    },
  };
}

/** The default value source: lifetime value for a transaction log, the table's total value for a snapshot. */
export function defaultValueSource(built: BuiltTable): string {
  return built.table.activity !== null ? 'clv' : 'historical';
}

/** The median of `values` at `rows` (NaN left out). */
export function medianAt(values: Float64Array, rows: Int32Array): number {
  const v = Float64Array.from(rows, (r) => values[r])
    .filter((x) => x === x)
    .sort();
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
