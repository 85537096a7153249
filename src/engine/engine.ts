/**
 * The engine: holds datasets by id and answers for them. Synchronous where it can be and
 * Comlink-free, so the same object serves the worker, the command line and the tests.
 */
import { tableToIPC } from 'apache-arrow';
import {
  aboutLines,
  exportFile,
  parametersText,
  type ColumnProfile,
  ANALYSIS_KINDS,
  type EngineApi,
  type Issue,
  type ParseOptions,
  type Progress,
  type Result,
  type SourceFile,
} from './api.ts';
import { internalError, loadDataset, type LoadedDataset } from './loading/datasetLoading.ts';
import { Job } from './loading/readContext.ts';
import type { HelperPool } from '../data/parallel/parts.ts';
import { categoricalProfile, numericProfile } from '../core/inspection/columnProfile.ts';
import { buildCustomerTable } from './customers/customerTableBuilding.ts';
import type { BuiltTable } from './analyses/analysis.ts';
import type { TypedColumn } from '../core/columns/typedColumn.ts';
import { describeDefinition } from '../core/customers/churnDefinition.ts';
import { customerExportTable, customerTableIpc } from '../data/customerTableFile.ts';
import { warningListFile } from './analyses/early-warnings.ts';
import { runAnalysis } from './analyses/registry.ts';

function unknownDataset(id: string): Result<never> {
  return {
    ok: false,
    issues: [{ severity: 'error', code: 'unknown-dataset', message: `No dataset with id ${id} is open.` }],
  };
}

export interface EngineOptions {
  /** Threads that read parts of a large delimited file alongside the engine's own (see data/parallel/parts.ts). */
  helpers?: HelperPool;
  /**
   * The clock (epoch ms): dates after its day are implausible, never the default as-of date.
   * The machine's by default; tests set it.
   */
  now?: () => number;
}

export function createEngine(engineOptions: EngineOptions = {}): EngineApi {
  const datasets = new Map<string, LoadedDataset>();
  const customerTables = new Map<string, BuiltTable>();
  const noCustomerTable = (id: string): Result<never> => ({
    ok: false,
    issues: [
      {
        severity: 'error',
        code: 'no-customer-table',
        message: `Dataset ${id} has no customer table yet; confirm roles and a churn definition first.`,
      },
    ],
  });
  /** Runs an analysis on the dataset's customer table, or says there is none yet. */
  const withTable = <T>(id: string, analysis: (built: BuiltTable) => Result<T>): Result<T> => {
    const built = customerTables.get(id);
    return built ? analysis(built) : noCustomerTable(id);
  };
  const now = engineOptions.now ?? Date.now;
  let current: Job | null = null;
  let nextId = 1;

  async function run(id: string, files: SourceFile[], options: ParseOptions, onProgress?: (p: Progress) => void) {
    current?.cancel();
    const job = new Job(onProgress, engineOptions.helpers);
    current = job;
    const result = await loadDataset(id, files, options, job, now());
    if (current === job) current = null;
    if (!result.ok) return result;
    datasets.set(id, result.value);
    customerTables.delete(id);
    return { ok: true as const, value: result.value.summary };
  }

  const api: EngineApi = {
    openDataset(files, options = {}, onProgress) {
      if (files.length === 0) {
        const issue: Issue = { severity: 'error', code: 'empty-file', message: 'No file was given.' };
        return Promise.resolve({ ok: false, issues: [issue] });
      }
      return run(`ds${nextId++}`, files, options, onProgress);
    },
    reparseDataset(id, options, onProgress) {
      const ds = datasets.get(id);
      if (!ds) return Promise.resolve(unknownDataset(id));
      return run(id, ds.files, options, onProgress);
    },
    cancel() {
      current?.cancel();
    },
    summary(id) {
      const ds = datasets.get(id);
      return ds ? { ok: true, value: ds.summary } : unknownDataset(id);
    },
    previewRows(id, start, count, columns) {
      const ds = datasets.get(id);
      if (!ds) return unknownDataset(id);
      const from = Math.max(0, Math.min(start, ds.table.numRows));
      const to = Math.max(from, Math.min(ds.table.numRows, from + count));
      const width = ds.table.numCols;
      const table =
        columns !== undefined && columns < width
          ? ds.table.selectAt(Array.from({ length: Math.max(0, columns) }, (_, i) => i))
          : ds.table;
      return { ok: true, value: tableToIPC(table.slice(from, to), 'stream') };
    },
    sourceRowNumbers(id, start, count) {
      const ds = datasets.get(id);
      if (!ds) return unknownDataset(id);
      const from = Math.max(0, Math.min(start, ds.sourceRows.length));
      return { ok: true, value: ds.sourceRows.slice(from, Math.min(ds.sourceRows.length, from + count)) };
    },
    columnProfile(id, column): Result<ColumnProfile> {
      const ds = datasets.get(id);
      if (!ds) return unknownDataset(id);
      const col = ds.columns.find((c) => c.name === column);
      if (!col)
        return {
          ok: false,
          issues: [{ severity: 'error', code: 'unknown-column', column, message: `No column named "${column}".` }],
        };
      const base = { column, type: col.type, nulls: col.nulls, invalid: col.invalid.count, distinct: col.distinct };
      const d = col.data;
      if (d.kind === 'number') {
        const profile = numericProfile(d.values);
        if (profile) return { ok: true, value: { ...base, profile } };
        return { ok: true, value: { ...base, profile: { kind: 'categorical', top: [], other: 0 } } };
      }
      if (d.kind === 'boolean')
        return { ok: true, value: { ...base, profile: categoricalProfile(d.values, ['no', 'yes']) } };
      return { ok: true, value: { ...base, profile: categoricalProfile(d.codes, d.dictionary) } };
    },
    closeDataset(id) {
      datasets.delete(id);
      customerTables.delete(id);
    },
    buildCustomerTable(id, spec) {
      const ds = datasets.get(id);
      if (!ds) return unknownDataset(id);
      const built = buildCustomerTable(ds, spec, now());
      if (!built.ok) return built;
      customerTables.set(id, { ...built.value, spec, derived: new Map() });
      return { ok: true, value: built.value.summary };
    },
    customerRows(id, start, count) {
      const built = customerTables.get(id);
      return built
        ? { ok: true, value: customerTableIpc(built.table, start, count, derivedOf(built)) }
        : noCustomerTable(id);
    },
    exportCustomerTable(id, format, words = {}, rows) {
      const built = customerTables.get(id);
      if (!built) return noCustomerTable(id);
      if (format === 'arrow') return { ok: true, value: customerTableIpc(built.table, 0, Infinity, derivedOf(built)) };
      const s = built.summary;
      const about = [
        ...aboutLines(
          {
            definitionText: words.definitionText ?? describeDefinition(s.definition),
            asOf: s.asOf,
            parameters: parametersText({ unit: s.unit, returns: s.returns }),
            sources: built.sources,
            currency: words.currency,
          },
          words.stamp,
        ),
        ...(words.notes ?? []).map((n) => ({ label: String(n.label), text: String(n.text) })),
      ];
      return {
        ok: true,
        value: exportFile(
          customerExportTable(built.table, about, words.columns, derivedOf(built), words.values, rows),
          format,
          words.sheets,
        ),
      };
    },
    analyze(id, kind, options) {
      const ds = datasets.get(id);
      return ds ? runAnalysis(kind, ds, customerTables.get(id), options) : unknownDataset(id);
    },
    exportWarnings(id, rules, format = 'csv', words = {}, includeChurned = false) {
      return withTable(id, (built) => warningListFile(built, rules, format, words, includeChurned === true));
    },
  };
  // The last resort (loading has its own): an exception in building or analysing becomes an
  // internal-error issue naming the dataset, never a raw exception across the worker boundary.
  for (const name of GUARDED) {
    const method = api[name] as (id: string, ...rest: unknown[]) => unknown;
    (api as unknown as Record<string, unknown>)[name] = (id: string, ...rest: unknown[]) => {
      try {
        return method(id, ...rest);
      } catch (e) {
        return { ok: false, issues: [internalError(datasets.get(id)?.summary.name ?? id, e)] };
      }
    };
  }
  return api;
}

/** The columns analyses added to the table, in the order of ANALYSIS_KINDS. */
function derivedOf(built: BuiltTable): TypedColumn[] {
  return ANALYSIS_KINDS.flatMap((kind) => built.derived.get(kind) ?? []);
}

const GUARDED = ['buildCustomerTable', 'analyze', 'exportCustomerTable', 'exportWarnings'] as const;
