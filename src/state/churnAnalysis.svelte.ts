/**
 * The customer table of the open dataset and its churn overview, rebuilt whenever the roles or
 * the analysis settings change. Rebuilds are debounced while the user types, and a late answer
 * to an older request never replaces a newer one. Analysis cells read `revision` to ask again.
 */
import type {
  AttributeChurnResult,
  ChurnDefinition,
  ChurnOverview,
  CustomerTableSpec,
  CustomerTableSummary,
  DefinitionComparison,
  Issue,
  ProjectionOptions,
  ProjectionResult,
  Result,
  RetentionTriangleOptions,
  RetentionTriangleResult,
  Role,
  SurvivalOptions,
  SurvivalResult,
  WarningList,
  WarningRule,
} from '../engine/api.ts';
import type { ChurnEngine } from './datasetEngine.ts';
import { definitionProblem, type AnalysisSettings } from './analysisSettings.ts';

/** Reactive proxies cannot cross postMessage; the engine gets plain copies. */
const plain = <T>(value: T): T => $state.snapshot(value) as T;

export interface BuildRequest {
  datasetId: string;
  roles: Record<string, Role>;
  settings: AnalysisSettings;
}

export class ChurnAnalysis {
  table = $state.raw<CustomerTableSummary | null>(null);
  overview = $state.raw<ChurnOverview | null>(null);
  /** Why the last build failed (engine issues), shown in the definition panel. */
  issues = $state.raw<Issue[]>([]);
  /** Set while a build or overview is on its way. */
  building = $state(false);
  /** Counts successful builds; anything derived from the customer table depends on it. */
  revision = $state(0);
  datasetId = $state<string | null>(null);

  #engine: ChurnEngine;
  #delayMs: number;
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #tierShares: [number, number, number] | undefined;

  constructor(engine: ChurnEngine, delayMs = 200) {
    this.#engine = engine;
    this.#delayMs = delayMs;
  }

  /** Asks for a rebuild after a short pause; a newer request replaces a waiting one. */
  schedule(request: BuildRequest): void {
    const copy = plain(request);
    if (this.#timer !== null) clearTimeout(this.#timer);
    if (copy.datasetId !== this.datasetId) {
      this.table = null;
      this.overview = null;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.build(copy);
    }, this.#delayMs);
  }

  async build({ datasetId, roles, settings }: BuildRequest): Promise<boolean> {
    const sequence = ++this.#sequence;
    this.datasetId = datasetId;
    if (definitionProblem(settings.definition)) {
      this.building = false;
      return false;
    }
    this.building = true;
    const spec: CustomerTableSpec = {
      roles: plain(roles),
      definition: plain(settings.definition),
      unit: settings.unit,
      returns: settings.returns,
    };
    if (settings.asOf) spec.asOf = settings.asOf;
    if (settings.reasonTypes) spec.reasonTypes = plain(settings.reasonTypes);
    const built = await this.#engine.buildCustomerTable(datasetId, spec);
    if (sequence !== this.#sequence) return false;
    if (!built.ok) {
      this.issues = built.issues;
      this.table = null;
      this.overview = null;
      this.building = false;
      return false;
    }
    this.#tierShares = [...settings.tierShares];
    const overview = await this.#engine.churnOverview(datasetId, { tierShares: this.#tierShares });
    if (sequence !== this.#sequence) return false;
    this.table = built.value;
    this.overview = overview.ok ? overview.value : null;
    this.issues = overview.ok ? [] : overview.issues;
    this.building = false;
    this.revision++;
    return true;
  }

  /** The overview again with other tier shares (the customer table stays as it is). */
  async changeTierShares(shares: [number, number, number]): Promise<void> {
    const id = this.datasetId;
    if (!id || !this.table) return;
    const sequence = this.#sequence;
    this.#tierShares = [...shares];
    const overview = await this.#engine.churnOverview(id, { tierShares: [...shares] });
    if (sequence !== this.#sequence || !overview.ok) return;
    this.overview = overview.value;
  }

  #ask<T>(run: (id: string) => Promise<Result<T>>): Promise<Result<T>> | null {
    return this.datasetId && this.table ? run(this.datasetId) : null;
  }

  byAttribute(column: string): Promise<Result<AttributeChurnResult>> | null {
    return this.#ask((id) => this.#engine.churnByAttribute(id, column));
  }

  warnings(rules: WarningRule[]): Promise<Result<WarningList>> | null {
    return this.#ask((id) => this.#engine.earlyWarnings(id, plain(rules)));
  }

  exportWarnings(rules: WarningRule[]): Promise<Result<Uint8Array>> | null {
    return this.#ask((id) => this.#engine.exportWarnings(id, plain(rules)));
  }

  compare(definitions: ChurnDefinition[]): Promise<Result<DefinitionComparison>> | null {
    return this.#ask((id) => this.#engine.compareDefinitions(id, plain(definitions)));
  }

  exportCustomers(): Promise<Result<Uint8Array>> | null {
    return this.#ask((id) => this.#engine.exportCustomerTable(id, 'csv'));
  }

  retentionTriangle(options: RetentionTriangleOptions): Promise<Result<RetentionTriangleResult>> | null {
    return this.#ask((id) => this.#engine.retentionTriangle(id, plain(options)));
  }

  survival(options: SurvivalOptions): Promise<Result<SurvivalResult>> | null {
    return this.#ask((id) => this.#engine.survival(id, plain(options)));
  }

  /** Fitting two columns of the data needs no customer table, only the dataset. */
  projection(options: ProjectionOptions): Promise<Result<ProjectionResult>> | null {
    const id = this.datasetId;
    if (!id || (options.source.kind === 'survival' && !this.table)) return null;
    return this.#engine.retentionProjection(id, plain(options));
  }
}
