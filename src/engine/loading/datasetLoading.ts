/**
 * The ingestion pipeline: files → bytes → RawTables → one appended RawTable → typed columns →
 * roles, shape, quality report → Arrow table. Every step that a user can get wrong ends in
 * issues, not exceptions.
 */
import type { Table } from 'apache-arrow';
import type { DatasetSummary, FileSummary, Issue, ParseOptions, Result, SourceFile } from '../api.ts';
import { CancelledError, UnreadableInput, type RawTable } from '../../data/rawTable.ts';
import { readSource, noDataIssue } from '../../data/sourceReading.ts';
import { joinedExportIssues } from '../../data/joinedExports.ts';
import { appendTables, headerDifference, type NamedRaw } from '../../data/fileAppending.ts';
import { HelperLost, typeTable, typingAsRead, type StartedTyping } from '../../data/typing/tableTyping.ts';
import { arrowTable } from '../../data/arrowColumns.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { suggestRoles } from '../../core/inspection/roleSuggestion.ts';
import { recogniseCustomerTable } from '../../core/inspection/customerTableRecognition.ts';
import { recogniseAggregate, type AggregateKind } from '../../core/inspection/aggregateRecognition.ts';
import { detectShape } from '../../core/inspection/shapeDetection.ts';
import { columnQualityIssues, type RowPlace } from '../../core/inspection/qualityChecks.ts';
import { helperSha256, readAllBytes, sha256Hex } from './fileBytes.ts';
import { readSplit, splitReadable } from './splitReading.ts';
import type { Job } from './readContext.ts';
import type { RowMap } from '../../data/buffers/rowMap.ts';
import { shortText } from '../../core/cellText/shortText.ts';

const MANY_COLUMNS = 1000;
/** Below this a file is hashed here: handing it to a helper costs more than it saves. */
const HELPER_DIGEST_BYTES = 8 << 20;

export interface LoadedDataset {
  summary: DatasetSummary;
  files: SourceFile[];
  columns: TypedColumn[];
  table: Table;
  sourceRows: RowMap;
}

/** Said on opening a customer table computed elsewhere, so the user knows why the roles are what they are. */
function computedElsewhere(rows: number): Issue {
  return {
    severity: 'info',
    code: 'customer-table-computed-elsewhere',
    count: rows,
    message: `This is a customer table: one row per customer (${rows}), computed elsewhere (by the SQL the app writes, or exported from the app). Its columns are read as they are; analyses that need each purchase say so.`,
  };
}

/** Said on opening an analysis's aggregate computed elsewhere (the generated SQL's rows): which analysis it draws. */
function aggregateElsewhere(kind: AggregateKind, rows: number): Issue {
  return {
    severity: 'info',
    code: 'aggregate-computed-elsewhere',
    count: rows,
    params: { aggregate: kind },
    message: `This is the ${kind} aggregate computed elsewhere (${rows} rows of the app's SQL), not a log or a customer table: the ${kind} analysis is drawn from it; others need the log or the customer table.`,
  };
}

function cancelled(): Issue {
  return { severity: 'info', code: 'cancelled', message: 'Loading was cancelled; nothing was changed.' };
}

export async function loadDataset(
  id: string,
  files: SourceFile[],
  options: ParseOptions,
  job: Job,
  now: number = Date.now(),
): Promise<Result<LoadedDataset>> {
  try {
    return await loadOnce(id, files, options, job, now);
  } catch (e) {
    if (!(e instanceof HelperLost)) throw e;
    // A helper thread died with a column's codes: read the files again on this thread alone.
    job.dropHelpers();
    return loadOnce(id, files, options, job, now);
  }
}

async function loadOnce(
  id: string,
  files: SourceFile[],
  options: ParseOptions,
  job: Job,
  now: number,
): Promise<Result<LoadedDataset>> {
  const started = Date.now();
  const totalBytes = files.reduce((s, f) => s + f.blob.size, 0);
  const parts: NamedRaw[] = [];
  const fileSummaries: FileSummary[] = [];
  const digests: Promise<string>[] = [];
  // One file's columns can start typing on helpers as soon as each is read (several files are appended first).
  const typing: StartedTyping = new Map();
  try {
    for (const file of files) {
      const ctx = job.context(file.name, file.blob.size);
      if (files.length === 1 && ctx.helpers?.typeColumn)
        ctx.columnComplete = typingAsRead(ctx.helpers, options, typing);
      // The fingerprint is taken off this thread. A large file goes to a helper thread, which
      // reads and hashes it itself once it has read its part of the parse, while this thread
      // merges the parts (columns it is asked to type meanwhile are typed between the reads);
      // otherwise WebCrypto hashes the bytes (in Node on its thread pool; Chromium hashes on
      // the calling thread).
      const helpers = job.helpers;
      const handOver = file.blob.size >= HELPER_DIGEST_BYTES && helpers?.takesFile?.(file.blob) === true;
      let early: Promise<string> | null = null;
      let raw: RawTable | null = null;
      try {
        // A large delimited file is read by several threads from the file itself when it can be.
        const split = splitReadable(file, helpers) ? await readSplit(file, ctx, options, helpers) : null;
        if (split) {
          raw = split.raw;
          early = split.digest;
        }
        if (!raw) {
          const box: { bytes: Uint8Array | null } = { bytes: await readAllBytes(file.blob, ctx) };
          early ??= handOver ? null : sha256Hex(box.bytes!);
          early?.catch(() => undefined);
          raw = await readSource(box, ctx, options);
        }
      } catch (e) {
        if (e instanceof UnreadableInput) return { ok: false, issues: [e.issue] };
        throw e;
      }
      // Awaited once the table is typed, so a helper's hashing overlaps the typing here.
      const digest = early ?? helperSha256(helpers!, file.blob);
      digest.catch(() => undefined);
      digests.push(digest);
      const empty = noDataIssue(raw, file.name);
      if (empty) return { ok: false, issues: [empty, ...raw.issues] };
      const joined = joinedExportIssues(raw, file.name);
      if (joined.length > 0) raw = { ...raw, issues: [...raw.issues, ...joined] };
      for (const issue of raw.issues) issue.file ??= file.name;
      parts.push({ fileName: file.name, raw });
      fileSummaries.push({
        name: file.name,
        size: file.blob.size,
        sha256: '',
        format: raw.format,
        encoding: raw.encoding,
        delimiter: raw.delimiter,
        header: raw.header,
        sheet: raw.sheet,
        sheets: raw.sheets,
        rows: raw.sourceRows.length,
        threads: raw.threads,
      });
    }
    const differences = parts
      .slice(1)
      .map((p) => headerDifference(parts[0], p))
      .filter((i): i is Issue => i !== null);
    if (differences.length > 0) return { ok: false, issues: differences };
    const { raw, sourceColumn } =
      parts.length > 1 ? appendTables(parts) : { raw: parts[0].raw, sourceColumn: undefined };
    const rows = raw.sourceRows.length;
    job.report({ phase: 'typing', bytes: totalBytes, totalBytes, rows }, true);
    // Row numbers are each file's own; with several files, issues also name the file.
    const place: RowPlace = {
      rowOf: (i) => raw.sourceRows.at(i),
      ...(sourceColumn ? { fileOf: fileOfRow(parts) } : {}),
    };
    const typed = await typeTable(raw, options, job.context(files[0].name, totalBytes), place, typing);
    const facts = typed.columns.map((c) => ({
      name: c.name,
      type: c.type,
      distinct: c.distinct,
      nonNull: rows - c.nulls,
    }));
    const computed = recogniseCustomerTable(
      facts.map((f) => f.name),
      facts.map((f) => f.type),
    );
    const roles = computed ?? suggestRoles(facts);
    if (sourceColumn) roles[roles.length - 1] = 'attribute';
    const idColumn = typed.columns[roles.indexOf('customer_id')];
    const shape = detectShape(roles, idColumn ? idColumn.distinct < rows - idColumn.nulls : null);
    const issues: Issue[] = [...raw.issues, ...typed.issues];
    if (computed) issues.push(computedElsewhere(rows));
    const aggregate = recogniseAggregate(facts.map((f) => f.name));
    if (aggregate) issues.push(aggregateElsewhere(aggregate, rows));
    typed.columns.forEach((c, k) =>
      issues.push(...columnQualityIssues(c, roles[k], place, { now, snapshot: shape === 'customers' })),
    );
    if (typed.columns.length > MANY_COLUMNS) {
      issues.push({
        severity: 'info',
        code: 'too-many-columns',
        count: typed.columns.length,
        message: `The data has ${typed.columns.length} columns; the preview shows the first 200. All columns are kept.`,
      });
    }
    const table = arrowTable(typed.columns);
    (await Promise.all(digests)).forEach((sha256, k) => (fileSummaries[k].sha256 = sha256));
    const summary: DatasetSummary = {
      id,
      name: files.length === 1 ? files[0].name : `${files[0].name} + ${files.length - 1} more`,
      rows,
      files: fileSummaries,
      columns: typed.columns.map((c, k) => ({
        name: c.name,
        type: c.type,
        format: c.format,
        role: roles[k],
        nulls: c.nulls,
        invalid: c.invalid.count,
        distinct: c.distinct,
        note: typed.notes.get(c.name),
      })),
      shape,
      options: {
        ...options,
        delimiter: options.delimiter ?? fileSummaries[0].delimiter,
        encoding: options.encoding ?? fileSummaries[0].encoding,
        header: options.header ?? fileSummaries[0].header,
        sheet: options.sheet ?? fileSummaries[0].sheet,
      },
      issues,
      sourceColumn,
      elapsedMs: Date.now() - started,
    };
    job.report({ phase: 'done', bytes: totalBytes, totalBytes, rows }, true);
    return { ok: true, value: { summary, files, columns: typed.columns, table, sourceRows: raw.sourceRows } };
  } catch (e) {
    if (e instanceof CancelledError) return { ok: false, issues: [cancelled()] };
    if (e instanceof HelperLost) throw e;
    return { ok: false, issues: [internalError(files.map((f) => f.name).join(', '), e)] };
  }
}

/**
 * The last resort: an exception no reader expected becomes an issue with its own code, the
 * file's name and the kind of fault. The raw text ("Maximum call stack size exceeded", "Invalid
 * time value") says nothing a user can act on, so it is not the message; its first 80
 * characters stay in `params.detail` for a bug report.
 */
export function internalError(file: string, e: unknown): Issue {
  const error = e instanceof Error ? e.name : typeof e;
  const detail = shortText(e instanceof Error ? e.message : String(e));
  return {
    severity: 'error',
    code: 'internal-error',
    file,
    params: { error, detail },
    message: `${file} could not be read because of a fault in Churnscope (internal error ${error}). Your earlier data is kept. Please report it with the file's type and size; saving the file again as CSV may get around it.`,
  };
}

/** The file each row of appended files comes from (files in order, their rows one after another). */
function fileOfRow(parts: NamedRaw[]): (i: number) => string {
  const ends: number[] = [];
  let end = 0;
  for (const { raw } of parts) ends.push((end += raw.sourceRows.length));
  return (i) => {
    let k = 0;
    while (k < ends.length - 1 && i >= ends[k]) k++;
    return parts[k].fileName;
  };
}
