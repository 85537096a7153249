/**
 * Subsets and groups of the customer table for survival and cohort analyses: a filter on
 * attribute values, and a grouping by one attribute with at most `maxGroups` groups (the rest
 * pooled as "other", which the result says). A number with many values (a count of distinct
 * products, say) is cut into quantile bins, as churn by attribute cuts it.
 */
import { readBoolean } from '../../core/cellText/booleanText.ts';
import type { Issue, Result } from '../api.ts';
import type { CustomerTable } from '../../core/customers/customerTable.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { dictionaryEncode } from '../../core/columns/typedColumn.ts';
import {
  binCodes,
  binLabels,
  DEFAULT_BINS,
  distinctAtMost,
  MAX_NUMERIC_CATEGORIES,
  quantileEdges,
  wholeNumbers,
} from '../../core/analyses/churn-by-attribute/numericBins.ts';

export interface AttributeFilter {
  column: string;
  /** Keep customers whose value (as text) is one of these. */
  in: string[];
}

/** The answer when an analysis names an attribute the customer table does not have. */
export function unknownAttribute(column: string, purpose = ''): Result<never> {
  const message = `The customer table has no attribute "${column}"${purpose ? ` ${purpose}` : ''}.`;
  return { ok: false, issues: [{ severity: 'error', code: 'unknown-column', column, message }] };
}

export function attributeColumn(table: CustomerTable, name: string): TypedColumn | undefined {
  if (table.reason && name === table.reasonSource) return table.reason;
  return [
    ...table.attributes,
    ...(table.reason ? [table.reason] : []),
    ...(table.churnType ? [table.churnType] : []),
  ].find((c) => c.name === name);
}

/** Each customer's value as a code into labels (−1 = empty). */
export function attributeCodes(col: TypedColumn): { codes: Int32Array; labels: string[] } {
  const d = col.data;
  if (d.kind === 'string') return { codes: d.codes, labels: d.dictionary };
  if (d.kind === 'boolean') return { codes: Int32Array.from(d.values), labels: ['no', 'yes'] };
  const text = Array.from(d.values, (v) => (v === v ? String(v) : ''));
  const e = dictionaryEncode(text);
  return { codes: e.codes, labels: e.dictionary };
}

/**
 * Each customer's group: a category's values, or — for a number (not a date) with more than 12
 * distinct values among the customers kept — its quantile bin over them (`bins` of them, as far
 * as ties allow), the bins in order.
 */
export function attributeGroups(
  col: TypedColumn,
  keep?: Uint8Array,
  bins = DEFAULT_BINS,
): { codes: Int32Array; labels: string[]; edges?: number[] } {
  const d = col.data;
  if (d.kind === 'number' && (col.type === 'integer' || col.type === 'decimal')) {
    const kept = keep ? d.values.map((v, c) => (keep[c] ? v : NaN)) : d.values;
    if (!distinctAtMost(kept, MAX_NUMERIC_CATEGORIES)) {
      const edges = quantileEdges(kept, bins);
      return { codes: binCodes(d.values, edges), labels: binLabels(edges, wholeNumbers(kept)), edges };
    }
  }
  return attributeCodes(col);
}

export function selectCustomers(
  table: CustomerTable,
  filters: AttributeFilter[] = [],
): { keep: Uint8Array; issue?: Issue } {
  const n = table.ids.length;
  const keep = new Uint8Array(n).fill(1);
  for (const f of filters) {
    const col = attributeColumn(table, f.column);
    if (!col)
      return {
        keep,
        issue: {
          severity: 'error',
          code: 'unknown-column',
          column: f.column,
          message: `The customer table has no attribute "${f.column}" to filter on.`,
        },
      };
    const { codes, labels } = attributeCodes(col);
    // A yes/no column matches the values as the data wrote them too (1/0, Y/N, 是/否…), and a
    // number column matches "3" and "3.0" alike.
    const asked =
      col.data.kind === 'boolean'
        ? f.in.map((v) => (readBoolean(v) === 1 ? 'yes' : readBoolean(v) === 0 ? 'no' : v))
        : col.data.kind === 'number'
          ? f.in.map((v) => (v.trim() !== '' && Number.isFinite(Number(v)) ? String(Number(v)) : v))
          : f.in;
    const wanted = labels.map((l) => asked.includes(l));
    for (let c = 0; c < n; c++) if (codes[c] < 0 || !wanted[codes[c]]) keep[c] = 0;
  }
  return { keep };
}

export interface Grouping {
  codes: Int32Array;
  labels: string[];
  /** Values pooled into "other" because there were more than maxGroups. */
  pooled: string[];
  /** A number cut into quantile bins: their edges. */
  edges?: number[];
}

/** Groups by an attribute, the largest `maxGroups` − 1 kept and the rest pooled, when there are more. */
export function groupCustomers(
  table: CustomerTable,
  column: string,
  keep: Uint8Array,
  maxGroups = 12,
): Grouping | null {
  const col = attributeColumn(table, column);
  if (!col) return null;
  const { codes, labels, edges } = attributeGroups(col, keep);
  const counts = new Float64Array(labels.length);
  for (let c = 0; c < codes.length; c++) if (keep[c] && codes[c] >= 0) counts[codes[c]]++;
  // Bins keep their order; categories go largest first.
  const order = Array.from(labels.keys())
    .filter((k) => counts[k] > 0)
    .sort((a, b) => (edges ? a - b : counts[b] - counts[a]));
  const shown = order.length > maxGroups ? order.slice(0, maxGroups - 1) : order;
  const pooled = order.length > maxGroups ? order.slice(maxGroups - 1).map((k) => labels[k]) : [];
  const remap = new Int32Array(labels.length).fill(pooled.length > 0 ? shown.length : -1);
  shown.forEach((k, g) => (remap[k] = g));
  const out = new Int32Array(codes.length);
  for (let c = 0; c < codes.length; c++) out[c] = codes[c] < 0 ? -1 : remap[codes[c]];
  return {
    codes: out,
    labels: [...shown.map((k) => labels[k]), ...(pooled.length > 0 ? ['other'] : [])],
    pooled,
    ...(edges ? { edges } : {}),
  };
}
