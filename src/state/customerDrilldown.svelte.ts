/**
 * The customers behind a number: which selection is open, the page of its rows shown, the
 * column they are sorted by, and its export. Charts only hand over a CustomerSelection (through
 * charts/customerPicks.ts); the engine resolves it over the customer table, filtered or not.
 */
import type { CustomerSelection, ExportFormat, ExportWords, Issue, Result, SelectionSort } from '../engine/api.ts';
import type { ChurnEngine } from './datasetEngine.ts';

const plain = <T>(value: T): T => $state.snapshot(value) as T;

export const DRILLDOWN_PAGE = 100;

export class CustomerDrilldown {
  selection = $state.raw<CustomerSelection | null>(null);
  sort = $state.raw<SelectionSort | null>(null);
  /** The first row of the page shown. */
  start = $state(0);
  total = $state(0);
  /** The page's rows as Arrow IPC. */
  rows = $state.raw<Uint8Array | null>(null);
  issues = $state.raw<Issue[]>([]);
  busy = $state(false);

  #engine: Pick<ChurnEngine, 'selectedCustomers' | 'exportSelectedCustomers'>;
  #datasetId: () => string | null;
  #sequence = 0;

  constructor(
    engine: Pick<ChurnEngine, 'selectedCustomers' | 'exportSelectedCustomers'>,
    datasetId: () => string | null,
  ) {
    this.#engine = engine;
    this.#datasetId = datasetId;
  }

  open(selection: CustomerSelection): Promise<void> {
    this.selection = plain(selection);
    this.sort = null;
    this.start = 0;
    this.rows = null;
    return this.load();
  }

  close(): void {
    this.#sequence++;
    this.selection = null;
    this.rows = null;
    this.issues = [];
    this.busy = false;
  }

  /** Sorts by a column; asked again for the same column, the order turns round. */
  sortBy(column: string): Promise<void> {
    this.sort = { column, descending: this.sort?.column === column ? !this.sort.descending : false };
    this.start = 0;
    return this.load();
  }

  page(delta: number): Promise<void> {
    const next = this.start + delta * DRILLDOWN_PAGE;
    if (next < 0 || next >= this.total) return Promise.resolve();
    this.start = next;
    return this.load();
  }

  /** Asks again (the customer table or the filter changed), keeping the page where it can. */
  async load(): Promise<void> {
    const id = this.#datasetId();
    const selection = this.selection;
    if (!id || !selection) return;
    const sequence = ++this.#sequence;
    this.busy = true;
    const answer = await this.#engine.selectedCustomers(
      id,
      selection,
      this.start,
      DRILLDOWN_PAGE,
      this.sort ?? undefined,
    );
    if (sequence !== this.#sequence) return;
    this.busy = false;
    if (!answer.ok) {
      this.issues = answer.issues;
      this.rows = null;
      this.total = 0;
      return;
    }
    this.issues = [];
    this.total = answer.value.total;
    this.start = answer.value.start;
    this.rows = answer.value.rows;
  }

  export(format: ExportFormat, words: ExportWords): Promise<Result<Uint8Array>> | null {
    const id = this.#datasetId();
    if (!id || !this.selection) return null;
    return this.#engine.exportSelectedCustomers(id, this.selection, format, words, this.sort ?? undefined);
  }
}
