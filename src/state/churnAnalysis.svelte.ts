/**
 * The customer table of the open dataset and its churn KPIs, rebuilt whenever the roles or
 * the analysis settings change. Rebuilds are debounced while the user types, and a late answer
 * to an older request never replaces a newer one. Analysis cells read `revision` to ask again.
 */
import type {
  AnalysisKind,
  ChurnKpisResult,
  CustomerFilter,
  FilterSummary,
  CustomerTableSpec,
  CustomerTableSummary,
  ExportFormat,
  ExportWords,
  Issue,
  OptionsOf,
  Result,
  ResultOf,
  Role,
  WarningRule,
} from '../engine/api.ts';
import { STEPPED_ANALYSES } from '../engine/api.ts';
import { untrack } from 'svelte';
import type { ChurnEngine } from './datasetEngine.ts';
import { definitionProblem, type AnalysisSettings } from './analysisSettings.ts';
import { AnalysisQuery } from './analysisQuery.svelte.ts';
import type { ReceivedAggregates } from './shareAggregates/linkAggregates.ts';
import { isAggregateKind } from './shareAggregates/suppression.ts';

/** Reactive proxies cannot cross postMessage; the engine gets plain copies. */
const plain = <T>(value: T): T => $state.snapshot(value) as T;
/**
 * Roles (column → role) copied flat: a snapshot clones each of a wide table's thousands of
 * role names on its own (structuredClone per string: ~10 ms for 6,000 columns).
 */
const plainRoles = (roles: Record<string, Role>): Record<string, Role> => ({ ...roles });

export interface BuildRequest {
  datasetId: string;
  roles: Record<string, Role>;
  settings: AnalysisSettings;
}

export class ChurnAnalysis {
  table = $state.raw<CustomerTableSummary | null>(null);
  /** What the table was built from (roles, definition, as-of, unit, returns): what the cells' SQL follows. */
  spec = $state.raw<CustomerTableSpec | null>(null);
  kpis = $state.raw<ChurnKpisResult | null>(null);
  /** Why the last build failed (engine issues), shown in the definition panel. */
  issues = $state.raw<Issue[]>([]);
  /** Set while a build or the KPIs are on their way. */
  building = $state(false);
  /** Counts successful builds; anything derived from the customer table depends on it. */
  revision = $state(0);
  /**
   * Counts answers of the analyses whose per-customer columns others read (a risk model's
   * churn_risk, lifetime value's p_alive and clv, the quadrant's quadrant): the retention cells ask
   * again when it changes.
   */
  sourcesRevision = $state(0);
  datasetId = $state<string | null>(null);
  /** The workbook-wide filter every analysis reads the customer table through (null: none). */
  filter = $state.raw<CustomerFilter | null>(null);
  /** How many customers the filter keeps, of how many; why it could not be set (filterIssues). */
  filterSummary = $state.raw<FilterSummary | null>(null);
  filterIssues = $state.raw<Issue[]>([]);
  /** Opened from a share link that carries aggregates, with no data: cells draw from these. */
  aggregates = $state.raw<ReceivedAggregates | null>(null);
  /** Cells (ids) whose settings were changed from the ones the link's aggregates were made with. */
  aggregatesChanged = $state.raw<ReadonlySet<string>>(new Set());
  /** The dataset is an analysis's aggregate computed elsewhere (the SQL's rows, its kind): no table; cells ask the engine. */
  fileAggregate = $state<AnalysisKind | null>(null);

  #engine: ChurnEngine;
  #delayMs: number;
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** Each cell's last answer per kind, for this revision: what a share link's aggregates are made of. */
  #answers = new Map<string, { options: unknown; result: unknown }>();

  constructor(engine: ChurnEngine, delayMs = 200) {
    this.#engine = engine;
    this.#delayMs = delayMs;
  }

  /**
   * Stops the build on its way (the engine's thread is replaced if it cannot stop: see
   * client/engineSupervisor.ts); the build then ends with a 'build-cancelled' issue.
   */
  cancel(): Promise<void> {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    return this.#engine.cancel();
  }

  /** Asks for a rebuild after a short pause; a newer request replaces a waiting one. */
  schedule(request: BuildRequest): void {
    const copy = { datasetId: request.datasetId, roles: plainRoles(request.roles), settings: plain(request.settings) };
    if (this.#timer !== null) clearTimeout(this.#timer);
    if (copy.datasetId !== this.datasetId) {
      this.table = null;
      this.kpis = null;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.build(copy);
    }, this.#delayMs);
  }

  /** Opens an aggregate computed elsewhere: no customer table is built, and the cells ask again. */
  async openAggregate(datasetId: string, kind: AnalysisKind): Promise<void> {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const sequence = ++this.#sequence;
    this.datasetId = datasetId;
    this.table = null;
    this.kpis = null;
    this.issues = [];
    this.building = false;
    this.fileAggregate = kind;
    this.#answers.clear();
    this.revision++;
    if (kind !== 'churn-kpis') return;
    // The KPIs are drawn above the cells, as a customer table's are.
    const kpis = await this.#engine.analyze(datasetId, 'churn-kpis', {});
    if (sequence !== this.#sequence) return;
    this.kpis = kpis.ok ? kpis.value : null;
    this.issues = kpis.ok ? [] : kpis.issues;
  }

  async build({ datasetId, roles, settings }: BuildRequest): Promise<boolean> {
    const sequence = ++this.#sequence;
    this.datasetId = datasetId;
    this.fileAggregate = null;
    if (definitionProblem(settings.definition)) {
      this.building = false;
      return false;
    }
    this.building = true;
    const spec: CustomerTableSpec = {
      roles: plainRoles(roles),
      definition: plain(settings.definition),
      unit: settings.unit,
      returns: settings.returns,
    };
    if (settings.asOf) spec.asOf = settings.asOf;
    if (settings.idMatching) spec.idMatching = settings.idMatching;
    if (settings.reasonTypes) spec.reasonTypes = plain(settings.reasonTypes);
    const built = await this.#engine.buildCustomerTable(datasetId, spec);
    if (sequence !== this.#sequence) return false;
    if (!built.ok) {
      this.issues = built.issues;
      this.table = null;
      this.kpis = null;
      this.building = false;
      return false;
    }
    // A new dataset starts without the engine's filter: the workbook's goes with every build.
    if (this.filter) {
      await this.#applyFilter(datasetId);
      if (sequence !== this.#sequence) return false;
    }
    const kpis = await this.#engine.analyze(datasetId, 'churn-kpis', {});
    if (sequence !== this.#sequence) return false;
    this.table = built.value;
    this.spec = spec;
    this.kpis = kpis.ok ? kpis.value : null;
    this.issues = kpis.ok ? [] : kpis.issues;
    this.building = false;
    this.aggregates = null;
    this.aggregatesChanged = new Set();
    this.#answers.clear();
    this.revision++;
    return true;
  }

  /**
   * Sets the workbook-wide filter: every cell asks again (revision) and the KPIs follow. A filter
   * the engine cannot read (a column the table lacks) is not applied, and filterIssues says why.
   */
  async setFilter(filter: CustomerFilter | null): Promise<void> {
    const next = filter && filter.parts.length > 0 ? plain(filter) : null;
    if (JSON.stringify(next) === JSON.stringify(this.filter)) return;
    this.filter = next;
    const id = this.datasetId;
    if (!id || !this.table) return;
    const sequence = ++this.#sequence;
    await this.#applyFilter(id);
    const kpis = await this.#engine.analyze(id, 'churn-kpis', {});
    if (sequence !== this.#sequence) return;
    this.kpis = kpis.ok ? kpis.value : null;
    this.#answers.clear();
    this.revision++;
  }

  /** Shows a share link's aggregates, with no data open: the cells it carries draw from them. */
  showAggregates(aggregates: ReceivedAggregates): void {
    this.aggregates = aggregates;
    this.datasetId = null;
    this.table = aggregates.table;
    this.kpis = aggregates.kpis;
    this.issues = [];
    this.#answers.clear();
    this.revision++;
  }

  /** The last answer of a kind that a cell was given since the customer table was last built. */
  answerOf(cellId: string, kind: AnalysisKind): { options: unknown; result: unknown } | undefined {
    return this.#answers.get(`${cellId} ${kind}`);
  }

  async #applyFilter(id: string): Promise<void> {
    const set = await this.#engine.setCustomerFilter(id, this.filter);
    this.filterSummary = set.ok ? set.value : null;
    this.filterIssues = set.ok ? [] : set.issues;
  }

  /**
   * A query of one analysis of this customer table, for a cell: it asks nothing until there is
   * a table (a cell re-asks when `revision` changes). Fitting a projection to two columns of the
   * data needs the dataset only.
   */
  query<K extends AnalysisKind>(kind: K, cellId?: string): AnalysisQuery<K> {
    const stepped = (STEPPED_ANALYSES as readonly AnalysisKind[]).includes(kind);
    return new AnalysisQuery(
      kind,
      (options: OptionsOf<K>, onProgress) => {
        if (this.aggregates) return this.#fromAggregates(kind, options, cellId);
        const id = this.datasetId;
        const needsTable = !(kind === 'retention-projection' && isColumnsProjection(options));
        if (!id || (needsTable && !this.table && !this.fileAggregate)) return null;
        const asked = stepped
          ? this.#engine.analyzeInSteps(id, kind, options, onProgress)
          : this.#engine.analyze(id, kind, options);
        const revision = this.revision;
        const answer = asked.then((r) => {
          // Only the kinds a link can carry are kept (a removed cell's answer stays until the next build).
          if (r.ok && cellId && revision === this.revision && isAggregateKind(kind))
            this.#answers.set(`${cellId} ${kind}`, { options, result: r.value });
          return r;
        });
        if (kind !== 'risk-model' && kind !== 'customer-lifetime-value' && kind !== 'value-risk-quadrant')
          return answer;
        return answer.then((r) => {
          if (r.ok) this.sourcesRevision++;
          return r;
        });
      },
      stepped ? () => this.#engine.cancel() : null,
    );
  }

  /** A cell's carried result, for the very options it was made with (other settings have none). */
  #fromAggregates<K extends AnalysisKind>(kind: K, options: OptionsOf<K>, cellId?: string) {
    const carried = cellId ? this.aggregates?.results.get(cellId) : undefined;
    if (!cellId || carried?.kind !== kind) return null;
    const same = JSON.stringify(options) === JSON.stringify(carried.options);
    // Read untracked: the cell's effect that asks must not depend on what it writes here.
    const before = untrack(() => this.aggregatesChanged);
    if (before.has(cellId) === same) {
      const changed = new Set(before);
      if (same) changed.delete(cellId);
      else changed.add(cellId);
      this.aggregatesChanged = changed;
    }
    return same ? Promise.resolve({ ok: true as const, value: carried.result as ResultOf<K> }) : null;
  }

  exportWarnings(
    rules: WarningRule[],
    format: ExportFormat,
    words: ExportWords,
    includeChurned = false,
  ): Promise<Result<Uint8Array>> | null {
    return this.datasetId && this.table
      ? this.#engine.exportWarnings(this.datasetId, plain(rules), format, words, includeChurned)
      : null;
  }

  /** The customer table as a file; only the customers at `rows` (a quadrant, a selection) when given. */
  exportCustomers(format: ExportFormat, words: ExportWords, rows?: Int32Array): Promise<Result<Uint8Array>> | null {
    return this.datasetId && this.table ? this.#engine.exportCustomerTable(this.datasetId, format, words, rows) : null;
  }
}

function isColumnsProjection(options: unknown): boolean {
  const source = (options as OptionsOf<'retention-projection'>).source;
  return source?.kind === 'columns';
}
