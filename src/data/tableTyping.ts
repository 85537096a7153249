/**
 * Typing every column of a RawTable: inferred, or as the user chose. Columns that almost fit
 * a type and dates whose day/month order no cell decides are reported, not guessed.
 */
import type { ColumnType, Issue, ParseOptions } from '../engine/api.ts';
import { inferColumnType, type InferredType } from '../core/typeInference.ts';
import { convertColumn, type TypedColumn } from '../core/typedColumn.ts';
import { entryCounts, expandToRows, firstRowsOf } from '../core/encodedColumn.ts';
import { rowsAt, type RowPlace } from '../core/qualityChecks.ts';
import type { RawTable, ReadContext } from './rawTable.ts';

export interface TypedTable {
  columns: TypedColumn[];
  notes: Map<string, string>;
  issues: Issue[];
}

const FORMAT_OF_FORCED: Partial<Record<ColumnType, string>> = { date: 'date', datetime: 'date and time' };

/** Types every column; each column's cell texts in `raw` are released once it is typed. */
export async function typeTable(
  raw: Pick<RawTable, 'names' | 'columns' | 'sourceRows'>,
  options: ParseOptions,
  ctx: ReadContext,
  place: RowPlace = { rowOf: (i) => raw.sourceRows[i] },
): Promise<TypedTable> {
  const columns: TypedColumn[] = [];
  const issues: Issue[] = [];
  const notes = new Map<string, string>();
  for (let c = 0; c < raw.names.length; c++) {
    const name = raw.names[c];
    const col = raw.columns[c];
    const counts = entryCounts(col);
    const order = options.dateOrder?.[name];
    const forced = options.columnTypes?.[name];
    // Inference and conversion read each distinct text once, weighted by how many cells hold it.
    const inferred: InferredType = inferColumnType(col.dictionary, name, order, counts);
    const type = forced ?? inferred.type;
    const decimal = inferred.decimal ?? (inferred.nearMiss ? '.' : undefined);
    const format = forced && forced !== inferred.type ? FORMAT_OF_FORCED[forced] : inferred.format;
    const entries = convertColumn(col.dictionary, name, {
      type,
      format,
      decimal,
      dateOrder: inferred.dateOrder ?? order,
      strict: !forced,
      distinctValues: true,
    });
    columns.push(expandToRows(entries, col, counts));
    // The column as read is no longer needed once typed: let it go before the next column.
    raw.columns[c] = { codes: new Int32Array(0), dictionary: [] };
    if (!forced && inferred.nearMiss) {
      const { type: almost, misses } = inferred.nearMiss;
      const firstRows = firstRowsOf(misses.indices, col.codes);
      const { rows, file } = rowsAt(place, firstRows);
      const examples = firstRows.map((r) => col.dictionary[col.codes[r]]);
      const note = `${misses.count} cell(s) are not ${almost} values (rows ${rows.join(', ')}: ${examples.map((e) => JSON.stringify(e)).join(', ')}), so the column was kept as ${inferred.type}.`;
      notes.set(name, note);
      issues.push({
        severity: 'warning',
        code: 'not-typed',
        column: name,
        file,
        count: misses.count,
        rows,
        examples,
        params: { type: almost, kept: inferred.type },
        message: `"${name}" looks like ${almost} but ${note} Choose ${almost} as its type to convert it; those cells then become empty.`,
      });
    }
    if (!forced && inferred.dateOrderUnknown) {
      const { indices, examples } = inferred.dateOrderUnknown;
      const { rows, file } = rowsAt(place, firstRowsOf(indices, col.codes));
      notes.set(name, 'Day/month order unknown');
      issues.push({
        severity: 'warning',
        code: 'ambiguous-date-order',
        column: name,
        file,
        rows,
        examples,
        message: `"${name}" holds dates like ${examples
          .slice(0, 3)
          .map((e) => JSON.stringify(e))
          .join(
            ', ',
          )} where no row tells whether the day or the month comes first (rows ${rows.join(', ')}). Choose DD/MM/YYYY or MM/DD/YYYY; until then the column is kept as text.`,
      });
    }
    if (c % 8 === 7) await ctx.checkpoint();
  }
  return { columns, notes, issues };
}
