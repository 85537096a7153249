/** What every analysis in the registry is: which input it reads, and its run. */
import type { AnalysisKind, CustomerTableSpec, OptionsOf, Result, ResultOf, ResultStamp, Role } from '../api.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import type { HelperPool } from '../../data/parallel/parts.ts';

/**
 * Per-customer columns that analyses added to the customer table (row i = customer i), by the
 * kind that made them: the last successful run of a kind replaces its columns, and a rebuilt
 * table starts with none. They join the table's exports and rows, and later analyses read
 * them (the value-versus-risk quadrant reads a risk and a value).
 */
export type DerivedColumns = Map<AnalysisKind, TypedColumn[]>;

/** A dataset's customer table with the spec that built it and the columns analyses added to it. */
export type BuiltTable = BuiltCustomerTable & { spec: CustomerTableSpec; derived: DerivedColumns };

/** What an analysis that works ahead in steps is given (see Joins.prepare). */
export interface AnalysisSteps {
  /**
   * Awaited between steps: tells how far the work is (`done` of `total`, the last step's
   * share `part` of the way through it) and lets a cancel in (it then throws CancelledError).
   */
  checkpoint(done: number, total: number, part?: number): Promise<void>;
  /** Other threads the steps may share their work with. */
  helpers?: HelperPool;
}

interface Joins<K extends AnalysisKind> {
  /**
   * The long work of a run done ahead, in steps that can be cancelled and report progress (the
   * k-means fits of clusters): it fills what the run reads, and the run, still synchronous,
   * then finds it done. Optional: a run without it is short enough to run whole.
   */
  prepare?(
    context: { dataset: LoadedDataset; table: BuiltTable },
    options: OptionsOf<K>,
    steps: AnalysisSteps,
  ): Promise<void>;
  /**
   * The per-customer columns this result adds to the customer table, in its row order. The
   * engine keeps a copy (the result's own arrays are transferred to the caller).
   */
  customerColumns?(result: ResultOf<K>, table: BuiltTable): TypedColumn[];
}

export type Analysis<K extends AnalysisKind> = Joins<K> &
  (
    | /** Reads the customer table: the engine asks for one to be built first. */
      {
        needs: 'customer-table';
        run(context: { dataset: LoadedDataset; table: BuiltTable }, options: OptionsOf<K>): Result<ResultOf<K>>;
      }
      /** Reads the dataset itself, and the customer table when there is one. */
    | {
        needs: 'dataset';
        run(
          context: { dataset: LoadedDataset; table: BuiltTable | undefined },
          options: OptionsOf<K>,
        ): Result<ResultOf<K>>;
      }
  );

/** The stamp of a result computed from a customer table with these (resolved) parameters. */
export function stampOf<P>(kind: AnalysisKind, built: BuiltCustomerTable, parameters: P): ResultStamp<P> {
  return { kind, definition: built.summary.definition, asOf: built.summary.asOf, parameters, sources: built.sources };
}

/** An analysis that needs a column with this role (dates, amounts, tenure) and has none: `message` says why, in English. */
export function roleMissing(role: Role, message: string): Result<never> {
  return { ok: false, issues: [{ severity: 'error', code: 'role-missing', params: { role }, message }] };
}
