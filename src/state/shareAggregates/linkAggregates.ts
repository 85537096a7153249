/**
 * The aggregated results a share link may carry beside the workbook: the customer table's
 * counts, the KPIs and, for each cell of a kind in AGGREGATE_KINDS, the result its chart and
 * tables draw, small cells suppressed (suppression.ts) and numbers rounded (aggregateValues.ts).
 * No customer id, no per-customer array, no issue text and no setting that names data values.
 */
import type { AnalysisKind, ChurnKpisResult, ColumnType, CustomerTableSummary } from '../../engine/api.ts';
import { fromPlain, toPlain } from './aggregateValues.ts';
import { isAggregateKind, suppress, suppressKpis, type AggregateKind } from './suppression.ts';
import { isRecord } from '../workbookFields.ts';
import { linkResult } from '../shareKinds.ts';
import type { CellKind } from '../workbook.svelte.ts';

export const DEFAULT_K = 10;

/** What became of one cell: carried, all of it under k, a kind not carried, not drawn, or settings naming values. */
export type CellAggregateState = 'carried' | 'all-suppressed' | 'kind' | 'not-drawn' | 'names-values';

export interface CellAggregateReport {
  id: string;
  kind: CellKind;
  state: CellAggregateState;
  suppressed: number;
}

/** As the link holds them (JSON). */
export interface LinkAggregates {
  k: number;
  table: Record<string, unknown>;
  kpis: unknown;
  columns: { name: string; type: ColumnType }[];
  /** Each carried cell's result and the options it was asked with (the receiver's cell must ask the same). */
  cells: { id: string; kind: AggregateKind; options: unknown; result: unknown }[];
  suppressed: number;
}

export interface AggregateSources {
  k: number;
  table: CustomerTableSummary;
  kpis: ChurnKpisResult | null;
  columns: { name: string; type: ColumnType }[];
  cells: { id: string; kind: CellKind }[];
  /** A cell's last answer of its own kind, if it has one. */
  answer(cellId: string, kind: AnalysisKind): { options: unknown; result: unknown } | undefined;
  /** Cells whose settings name data values (left out of the link): their results are not carried. */
  namesValues: ReadonlySet<string>;
}

/** The customer table's summary without what could name data values (reason mapping, issue details). */
function tableCounts(table: CustomerTableSummary): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...table, datasetId: 'shared-aggregates', issues: [] };
  delete copy.reasonTypes;
  return toPlain(copy) as Record<string, unknown>;
}

export function collectAggregates(sources: AggregateSources): {
  aggregates: LinkAggregates;
  report: CellAggregateReport[];
} {
  const { k } = sources;
  const report: CellAggregateReport[] = [];
  const cells: LinkAggregates['cells'] = [];
  let total = 0;
  for (const { id, kind } of sources.cells) {
    const carries = linkResult(kind);
    if (carries === 'no-result') continue;
    if (carries === 'needs-data' || !isAggregateKind(kind)) {
      report.push({ id, kind, state: 'kind', suppressed: 0 });
      continue;
    }
    if (sources.namesValues.has(id)) {
      report.push({ id, kind, state: 'names-values', suppressed: 0 });
      continue;
    }
    const answer = sources.answer(id, kind);
    if (!answer) {
      report.push({ id, kind, state: 'not-drawn', suppressed: 0 });
      continue;
    }
    const { value, suppressed } = suppress(kind, answer.result as never, k);
    total += suppressed;
    report.push({ id, kind, state: value ? 'carried' : 'all-suppressed', suppressed });
    if (value) cells.push({ id, kind, options: answer.options, result: toPlain(value) });
  }
  const kpis = sources.kpis ? suppressKpis(sources.kpis, k) : null;
  total += kpis?.suppressed ?? 0;
  const aggregates: LinkAggregates = {
    k,
    table: tableCounts(sources.table),
    kpis: kpis?.value ? toPlain(kpis.value) : null,
    columns: sources.columns,
    cells,
    suppressed: total,
  };
  return { aggregates, report };
}

/** Aggregates as a receiver draws them: typed arrays back, results by cell id. */
export interface ReceivedAggregates {
  k: number;
  table: CustomerTableSummary;
  kpis: ChurnKpisResult | null;
  columns: { name: string; type: ColumnType }[];
  results: Map<string, { kind: AggregateKind; options: unknown; result: unknown }>;
  suppressed: number;
}

/** A link's aggregates checked for shape; null when they are not there or not readable. */
export function readAggregates(data: unknown): ReceivedAggregates | null {
  if (!isRecord(data) || !isRecord(data.table) || !Array.isArray(data.cells) || !Array.isArray(data.columns))
    return null;
  const k = typeof data.k === 'number' && data.k >= 1 ? data.k : null;
  if (k === null || typeof data.table.customers !== 'number') return null;
  const results: ReceivedAggregates['results'] = new Map();
  for (const cell of data.cells) {
    if (!isRecord(cell) || typeof cell.id !== 'string' || typeof cell.kind !== 'string') return null;
    if (!isAggregateKind(cell.kind) || !isRecord(cell.result)) return null;
    results.set(cell.id, { kind: cell.kind, options: cell.options ?? null, result: fromPlain(cell.result) });
  }
  const columns = data.columns.filter(
    (c): c is { name: string; type: ColumnType } =>
      isRecord(c) && typeof c.name === 'string' && typeof c.type === 'string',
  );
  return {
    k,
    table: fromPlain(data.table) as CustomerTableSummary,
    kpis: isRecord(data.kpis) ? (fromPlain(data.kpis) as ChurnKpisResult) : null,
    columns,
    results,
    suppressed: typeof data.suppressed === 'number' ? data.suppressed : 0,
  };
}
