/**
 * The customer table (or some of its customers) as a file: CSV, xlsx or Arrow IPC, with the
 * stamp — the definition, the as-of day, the files — and what narrowed the rows (the
 * workbook-wide filter, the number clicked) stated after it.
 */
import {
  aboutLines,
  exportFile,
  parametersText,
  type AboutLine,
  type CustomerFilter,
  type CustomerSelection,
  type ExportFormat,
  type ExportWords,
} from '../api.ts';
import type { BuiltTable } from '../analyses/analysis.ts';
import { describeDefinition } from '../../core/customers/churnDefinition.ts';
import { customerExportTable, customerTableIpc } from '../../data/customerTableFile.ts';
import { derivedColumns } from './rowSorting.ts';

/** A filter or selection as the command line prints it: its parts as JSON. */
export function selectionMachineText(selection: CustomerSelection | CustomerFilter): string {
  return 'parts' in selection && !('kind' in selection)
    ? selection.parts.map((p) => JSON.stringify(p)).join('; ')
    : JSON.stringify(selection);
}

/** What narrowed the rows, in English unless the caller words it (`words.notes`). */
export function narrowingNotes(filter: CustomerFilter | null, selection?: CustomerSelection): AboutLine[] {
  return [
    ...(filter ? [{ label: 'Filter', text: selectionMachineText(filter) }] : []),
    ...(selection ? [{ label: 'Customers', text: selectionMachineText(selection) }] : []),
  ];
}

export function customerTableFile(
  built: BuiltTable,
  format: ExportFormat | 'arrow',
  words: ExportWords,
  notes: AboutLine[],
): Uint8Array {
  const derived = derivedColumns(built);
  if (format === 'arrow') return customerTableIpc(built.table, 0, Infinity, derived);
  const s = built.summary;
  const about = aboutLines(
    {
      definitionText: words.definitionText ?? describeDefinition(s.definition),
      asOf: s.asOf,
      parameters: parametersText({ unit: s.unit, returns: s.returns }),
      sources: built.sources,
      currency: words.currency,
    },
    words.stamp,
  );
  return exportFile(
    customerExportTable(built.table, [...about, ...(words.notes ?? notes)], words.columns, derived, words.values),
    format,
    words.sheets,
  );
}
