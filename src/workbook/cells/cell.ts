/** What every workbook cell is: its component with the props all cells share, and how a new one starts. */
import type { Component } from 'svelte';
import type { CustomerTableSummary, DatasetSummary } from '../../engine/api.ts';
import type { ChurnAnalysis } from '../../state/churnAnalysis.svelte.ts';
import type { Session } from '../../state/session.svelte.ts';
import type { Cell, Workbook } from '../../state/workbook.svelte.ts';

export interface CellProps {
  cell: Cell;
  workbook: Workbook;
  session: Session;
  analysis: ChurnAnalysis;
  /** The open dataset; never null for a cell that needs data (the workbook says so instead). */
  summary: DatasetSummary | null;
}

export interface CellDefinition {
  component: Component<CellProps>;
  /** Whether the cell has nothing to show before data is open. */
  needsData: boolean;
  /** The settings a new cell starts with, picked from the open data. */
  initialSettings?(context: {
    summary: DatasetSummary | null;
    workbook: Workbook;
    /** The customer table, when built: which attributes vary within customers. */
    table: CustomerTableSummary | null;
  }): Record<string, unknown>;
}
