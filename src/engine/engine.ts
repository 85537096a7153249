/**
 * The engine: holds datasets by id and answers for them. Synchronous where it can be and
 * Comlink-free, so the same object serves the worker, the command line and the tests.
 */
import { tableToIPC } from 'apache-arrow';
import {
  type ColumnProfile,
  type AnalysisKind,
  type CustomerFilter,
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
import { customerTableIpc } from '../data/customerTableFile.ts';
import { warningListFile } from './analyses/early-warnings.ts';
import { prepareAnalysis, runAnalysis } from './analyses/registry.ts';
import { CancelledError } from '../data/rawTable.ts';
// The workbook-wide filter and the customers behind a number (customerFiltering.ts).
import { CustomerFiltering } from './customers/customerFiltering.ts';
import { customerTableFile, narrowingNotes } from './customers/customerTableExport.ts';
import { builtSubset } from './customers/customerSubset.ts';
import { derivedColumns } from './customers/rowSorting.ts';

function analysisCancelled(): Issue {
  return {
    severity: 'info',
    code: 'analysis-cancelled',
    message: 'The analysis was cancelled; its earlier result, if any, is kept.',
  };
}

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
  const filtering = new CustomerFiltering();
  /** Runs on the table analyses read (the filtered one under a filter), or says there is none yet. */
  const withTable = <T>(id: string, analysis: (built: BuiltTable) => Result<T>): Result<T> => {
    const built = filtering.tableFor(id, customerTables.get(id));
    return built ? (built.ok ? analysis(built.value) : built) : noCustomerTable(id);
  };
  const now = engineOptions.now ?? Date.now;
  let current: Job | null = null;
  /** The analyses working in steps, one per kind: a newer one of a kind cancels the older. */
  const stepping = new Map<AnalysisKind, Job>();
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
      for (const job of stepping.values()) job.cancel();
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
      filtering.forget(id);
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
      return withTable(id, (built) => ({
        ok: true,
        value: customerTableIpc(built.table, start, count, derivedColumns(built)),
      }));
    },
    exportCustomerTable(id, format, words = {}, rows) {
      const notes = narrowingNotes(filtering.filterOf(id));
      return withTable(id, (built) => ({
        ok: true,
        value: customerTableFile(rows ? builtSubset(built, rows) : built, format, words, notes),
      }));
    },
    analyze(id, kind, options) {
      const ds = datasets.get(id);
      if (!ds) return unknownDataset(id);
      const table = filtering.tableFor(id, customerTables.get(id));
      if (table && !table.ok) return table;
      return stampedWithFilter(runAnalysis(kind, ds, table?.value, options), filtering.filterOf(id));
    },
    setCustomerFilter(id, filter) {
      return datasets.has(id) ? filtering.set(id, filter, customerTables.get(id)) : unknownDataset(id);
    },
    selectedCustomers(id, selection, start, count, sort) {
      return withTable(id, (built) => {
        const rows = filtering.rows(id, built, selection, sort);
        if (!rows.ok) return rows;
        const from = Math.max(0, Math.min(Math.floor(start), rows.value.length));
        const page = rows.value.subarray(from, Math.min(rows.value.length, from + Math.max(0, Math.floor(count))));
        const picked = builtSubset(built, page);
        const ipc = customerTableIpc(picked.table, 0, Infinity, derivedColumns(picked));
        return { ok: true, value: { total: rows.value.length, start: from, rows: ipc } };
      });
    },
    exportSelectedCustomers(id, selection, format, words = {}, sort) {
      return withTable(id, (built) => {
        const rows = filtering.rows(id, built, selection, sort);
        if (!rows.ok) return rows;
        const notes = narrowingNotes(filtering.filterOf(id), selection);
        return { ok: true, value: customerTableFile(builtSubset(built, rows.value), format, words, notes) };
      });
    },
    async analyzeInSteps(id, kind, options, onProgress) {
      const ds = datasets.get(id);
      if (!ds) return unknownDataset(id);
      stepping.get(kind)?.cancel();
      const job = new Job(undefined, engineOptions.helpers);
      stepping.set(kind, job);
      const table = filtering.tableFor(id, customerTables.get(id));
      if (table && !table.ok) return table;
      try {
        await prepareAnalysis(kind, ds, table?.value, options, {
          checkpoint: job.stepCheckpoint(kind, onProgress),
          helpers: engineOptions.helpers,
        });
      } catch (e) {
        if (e instanceof CancelledError) return { ok: false, issues: [analysisCancelled()] };
        return { ok: false, issues: [internalError(ds.summary.name, e)] };
      } finally {
        if (stepping.get(kind) === job) stepping.delete(kind);
      }
      // Cancelled after its last step: Cancel still wins.
      if (job.cancelled) return { ok: false, issues: [analysisCancelled()] };
      return api.analyze(id, kind, options);
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

/** A result read through the workbook-wide filter carries it on its stamp. */
function stampedWithFilter<T>(result: Result<T>, filter: CustomerFilter | null): Result<T> {
  if (!filter || !result.ok) return result;
  const value = result.value as T & { stamp?: object };
  return value.stamp ? { ok: true, value: { ...value, stamp: { ...value.stamp, filter } } } : result;
}

const GUARDED = [
  'buildCustomerTable',
  'analyze',
  'exportCustomerTable',
  'exportWarnings',
  'setCustomerFilter',
  'selectedCustomers',
  'exportSelectedCustomers',
] as const;
