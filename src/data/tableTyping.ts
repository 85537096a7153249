/**
 * Typing every column of a RawTable: inferred, or as the user chose. Columns that almost fit
 * a type and dates whose day/month order no cell decides are reported, not guessed.
 */
import type { Issue, ParseOptions } from '../engine/api.ts';
import type { TypedColumn } from '../core/typedColumn.ts';
import { rowsAt, type RowPlace } from '../core/qualityChecks.ts';
import type { RawTable, ReadContext } from './rawTable.ts';
import { typeColumn, type ColumnTyping } from './columnTyping.ts';

export interface TypedTable {
  columns: TypedColumn[];
  notes: Map<string, string>;
  issues: Issue[];
}

/** Types every column; each column's cell texts in `raw` are released once it is typed. */
export async function typeTable(
  raw: Pick<RawTable, 'names' | 'columns' | 'sourceRows'>,
  options: ParseOptions,
  ctx: ReadContext,
  place: RowPlace = { rowOf: (i) => raw.sourceRows[i] },
): Promise<TypedTable> {
  const typings: ColumnTyping[] = [];
  for (let c = 0; c < raw.names.length; c++) {
    typings.push(typeColumn(raw.columns[c], raw.names[c], options));
    // The column as read is no longer needed once typed: let it go before the next column.
    raw.columns[c] = { codes: new Int32Array(0), dictionary: [] };
    if (c % 8 === 7) await ctx.checkpoint();
  }
  return typedTable(typings, place);
}

/** The typed columns with the notes and issues their typing calls for, rows as the file numbers them. */
export function typedTable(typings: ColumnTyping[], place: RowPlace): TypedTable {
  const issues: Issue[] = [];
  const notes = new Map<string, string>();
  for (const { column, nearMiss, dateOrderUnknown } of typings) {
    const name = column.name;
    if (nearMiss) {
      const { type: almost, kept, count, examples } = nearMiss;
      const { rows, file } = rowsAt(place, nearMiss.indices);
      const note = `${count} cell(s) are not ${almost} values (rows ${rows.join(', ')}: ${examples.map((e) => JSON.stringify(e)).join(', ')}), so the column was kept as ${kept}.`;
      notes.set(name, note);
      issues.push({
        severity: 'warning',
        code: 'not-typed',
        column: name,
        file,
        count,
        rows,
        examples,
        params: { type: almost, kept },
        message: `"${name}" looks like ${almost} but ${note} Choose ${almost} as its type to convert it; those cells then become empty.`,
      });
    }
    if (dateOrderUnknown) {
      const { examples } = dateOrderUnknown;
      const { rows, file } = rowsAt(place, dateOrderUnknown.indices);
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
  }
  return { columns: typings.map((t) => t.column), notes, issues };
}
