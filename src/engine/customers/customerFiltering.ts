/**
 * The workbook-wide filter and the customers behind a number, per dataset. The filter is
 * resolved once against the whole customer table and its customers become a table of their
 * own (customerSubset.ts), kept until the filter or the table changes: every analysis reads
 * that table, so one added later honours the filter with no code of its own. A drill-down's
 * rows are resolved against the table analyses read (the filtered one when there is a filter)
 * and kept, sorted, while the user pages through them.
 */
import type { CustomerFilter, CustomerSelection, FilterSummary, Result, SelectionSort } from '../api.ts';
import type { BuiltTable } from '../analyses/analysis.ts';
import { builtSubset, maskRows } from './customerSubset.ts';
import { resolveFilter, resolveSelection } from './selectionResolving.ts';
import { sortedRows } from './rowSorting.ts';

interface Filtered {
  filter: CustomerFilter;
  /** The whole table the view was made from: a rebuilt table makes a new view. */
  base: BuiltTable | null;
  view: BuiltTable | null;
}

export class CustomerFiltering {
  #filters = new Map<string, Filtered>();
  #picked = new Map<string, { table: BuiltTable; key: string; rows: Int32Array }>();

  /** Sets (null: clears) a dataset's filter; with a table, it is resolved at once to say how many customers it keeps. */
  set(id: string, filter: CustomerFilter | null, base: BuiltTable | undefined): Result<FilterSummary> {
    this.#picked.delete(id);
    if (!filter || filter.parts.length === 0) {
      this.#filters.delete(id);
      const n = base?.table.ids.length ?? 0;
      return { ok: true, value: { filter: null, customers: n, of: n } };
    }
    const entry: Filtered = { filter: structuredClone(filter), base: null, view: null };
    this.#filters.set(id, entry);
    if (!base) return { ok: true, value: { filter, customers: 0, of: 0 } };
    const view = this.#view(entry, base);
    if (!view.ok) {
      this.#filters.delete(id);
      return view;
    }
    return { ok: true, value: { filter, customers: view.value.table.ids.length, of: base.table.ids.length } };
  }

  filterOf(id: string): CustomerFilter | null {
    return this.#filters.get(id)?.filter ?? null;
  }

  /** The table analyses read: the filtered customers, or the whole table without a filter. */
  tableFor(id: string, base: BuiltTable | undefined): Result<BuiltTable> | undefined {
    if (!base) return undefined;
    const entry = this.#filters.get(id);
    return entry ? this.#view(entry, base) : { ok: true, value: base };
  }

  /** The rows (of the table analyses read) a selection holds, sorted as asked. */
  rows(id: string, table: BuiltTable, selection: CustomerSelection, sort?: SelectionSort): Result<Int32Array> {
    const key = JSON.stringify([selection, sort ?? null]);
    const known = this.#picked.get(id);
    if (known && known.table === table && known.key === key) return { ok: true, value: known.rows };
    const mask = resolveSelection(table, selection);
    if (!mask.ok) return mask;
    const rows = sortedRows(table, maskRows(mask.value), sort);
    if (!rows.ok) return rows;
    this.#picked.set(id, { table, key, rows: rows.value });
    return rows;
  }

  forget(id: string): void {
    this.#filters.delete(id);
    this.#picked.delete(id);
  }

  #view(entry: Filtered, base: BuiltTable): Result<BuiltTable> {
    if (entry.view && entry.base === base) return { ok: true, value: entry.view };
    const mask = resolveFilter(base, entry.filter);
    if (!mask.ok) return mask;
    entry.base = base;
    entry.view = builtSubset(base, maskRows(mask.value));
    return { ok: true, value: entry.view };
  }
}
