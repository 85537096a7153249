/** What every analysis in the registry is: which input it reads, and its run. */
import type { AnalysisKind, CustomerTableSpec, OptionsOf, Result, ResultOf, ResultStamp, Role } from '../api.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';

/** A dataset's customer table with the spec that built it. */
export type BuiltTable = BuiltCustomerTable & { spec: CustomerTableSpec };

export type Analysis<K extends AnalysisKind> =
  /** Reads the customer table: the engine asks for one to be built first. */
  | {
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
    };

/** The stamp of a result computed from a customer table with these (resolved) parameters. */
export function stampOf<P>(kind: AnalysisKind, built: BuiltCustomerTable, parameters: P): ResultStamp<P> {
  return { kind, definition: built.summary.definition, asOf: built.summary.asOf, parameters, sources: built.sources };
}

/** An analysis that needs a column with this role (dates, amounts, tenure) and has none: `message` says why, in English. */
export function roleMissing(role: Role, message: string): Result<never> {
  return { ok: false, issues: [{ severity: 'error', code: 'role-missing', params: { role }, message }] };
}
