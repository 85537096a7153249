/**
 * Typing every column of a RawTable: inferred, or as the user chose. Columns that almost fit
 * a type and dates whose day/month order no cell decides are reported, not guessed.
 */
import type { Issue, ParseOptions } from '../../engine/api.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { rowsAt, type RowPlace } from '../../core/inspection/qualityChecks.ts';
import type { ColumnComplete, RawTable, ReadContext } from '../rawTable.ts';
import type { HelperPool } from '../parallel/parts.ts';
import { columnOptions, typeReadColumn, type ColumnTyping } from './columnTyping.ts';
import { isNumberColumn } from '../buffers/numberColumn.ts';
import type { EncodedColumn } from '../../core/columns/encodedColumn.ts';
import { shortText } from '../../core/cellText/shortText.ts';

export interface TypedTable {
  columns: TypedColumn[];
  notes: Map<string, string>;
  issues: Issue[];
}

/** Columns whose typing started on a helper thread as they were read (see typingAsRead). */
export type StartedTyping = Map<number, { column: EncodedColumn; typing: Promise<ColumnTyping> }>;

/**
 * A helper thread failed while it typed a column. The column's codes went to it (a copy of
 * 20 MB per 5M-row column cost this thread ~80 ms), so the caller reads the file again
 * without helpers.
 */
export class HelperLost extends Error {
  constructor(column: string) {
    super(`the helper thread typing "${column}" stopped`);
    this.name = 'HelperLost';
  }
}

/** Starts typing a column on a helper; its codes are transferred there, not copied. */
function typeElsewhere(
  helpers: HelperPool,
  name: string,
  column: EncodedColumn,
  options: ParseOptions,
): Promise<ColumnTyping> {
  const typing = helpers.typeColumn!({ name, column, options: columnOptions(options, name) });
  typing.catch(() => undefined);
  return typing;
}

/**
 * A ReadContext.columnComplete for one file's read: as each column is read whole, the columns
 * planTyping gives to helpers start typing there, while the reader puts the others together.
 */
export function typingAsRead(helpers: HelperPool, options: ParseOptions, started: StartedTyping): ColumnComplete {
  let remote: boolean[] | null = null;
  return (c, name, column, table) => {
    // A number column is typed already: no work to share out.
    remote ??= planTyping(
      table.distinct.map((distinct, k) =>
        table.numbers[k] ? { rows: 0, distinct: 0 } : { rows: table.rows, distinct },
      ),
      helpers.count,
    );
    if (remote[c] && !isNumberColumn(column))
      started.set(c, { column, typing: typeElsewhere(helpers, name, column, options) });
  };
}

/**
 * Types every column; each column's cell texts in `raw` are released once it is typed. With
 * helper threads and a large table, some columns are typed on helpers meanwhile (see
 * planTyping; `started`: those already sent as they were read). A helper that fails throws
 * HelperLost.
 */
export async function typeTable(
  raw: Pick<RawTable, 'names' | 'columns' | 'sourceRows'>,
  options: ParseOptions,
  ctx: ReadContext,
  place: RowPlace = { rowOf: (i) => raw.sourceRows.at(i) },
  started: StartedTyping = new Map(),
): Promise<TypedTable> {
  const helpers = ctx.helpers;
  const elsewhere = new Map<number, Promise<ColumnTyping>>();
  // Typing started as the file was read, for these very columns (not a reading that was dropped).
  for (const [c, { column, typing }] of started) if (raw.columns[c] === column) elsewhere.set(c, typing);
  if (elsewhere.size === 0 && helpers?.typeColumn) {
    const sizes = raw.columns.map((c) =>
      isNumberColumn(c) ? { rows: 0, distinct: 0 } : { rows: c.codes.length, distinct: c.dictionary.length },
    );
    planTyping(sizes, helpers.count).forEach((remote, c) => {
      const column = raw.columns[c];
      if (remote && !isNumberColumn(column)) elsewhere.set(c, typeElsewhere(helpers, raw.names[c], column, options));
    });
  }
  const typed: ColumnTyping[] = new Array(raw.names.length);
  for (let c = 0; c < raw.names.length; c++) {
    if (elsewhere.has(c)) continue;
    typed[c] = typeReadColumn(raw.columns[c], raw.names[c], options);
    // The column as read is no longer needed once typed: let it go before the next column.
    raw.columns[c] = { codes: new Int32Array(0), dictionary: [] };
    if (c % 8 === 7) await ctx.checkpoint();
  }
  for (const [c, typing] of elsewhere) {
    try {
      typed[c] = await typing;
    } catch {
      throw new HelperLost(raw.names[c]);
    }
    raw.columns[c] = { codes: new Int32Array(0), dictionary: [] };
  }
  return typedTable(typed, place);
}

/** Below this many cells a table is typed on this thread alone: handing columns over costs more. */
const REMOTE_TYPING_CELLS = 1_000_000;
/** A dictionary this large stays here: its strings would have to be copied both ways. */
const REMOTE_DICTIONARY_MAX = 100_000;

/**
 * Which columns to type on helpers (true) so that this thread and the helpers have about equal
 * work: each column's cost is its rows plus ten per distinct text, handed out largest first to
 * whoever has least so far. This thread takes the columns with very large dictionaries.
 */
export function planTyping(columns: { rows: number; distinct: number }[], helpers: number): boolean[] {
  const remote = columns.map(() => false);
  const rows = Math.max(0, ...columns.map((c) => c.rows));
  if (helpers < 1 || rows * columns.length < REMOTE_TYPING_CELLS) return remote;
  const cost = columns.map((c) => c.rows + 10 * c.distinct);
  const load = new Array<number>(helpers + 1).fill(0);
  const order = columns.map((_, c) => c).sort((a, b) => cost[b] - cost[a]);
  for (const c of order) {
    let to = 0;
    if (columns[c].distinct <= REMOTE_DICTIONARY_MAX)
      for (let k = 1; k < load.length; k++) if (load[k] < load[to]) to = k;
    load[to] += cost[c];
    remote[c] = to > 0;
  }
  return remote;
}

/** The typed columns with the notes and issues their typing calls for, rows as the file numbers them. */
export function typedTable(typings: ColumnTyping[], place: RowPlace): TypedTable {
  const issues: Issue[] = [];
  const notes = new Map<string, string>();
  for (const { column, nearMiss, dateOrderUnknown } of typings) {
    const name = shortText(column.name);
    if (nearMiss) {
      const { type: almost, kept, count, examples } = nearMiss;
      const { rows, file } = rowsAt(place, nearMiss.indices);
      const note = `${count} cell(s) are not ${almost} values (rows ${rows.join(', ')}: ${examples.map((e) => JSON.stringify(e)).join(', ')}), so the column was kept as ${kept}.`;
      notes.set(column.name, note);
      issues.push({
        severity: 'warning',
        code: 'not-typed',
        column: column.name,
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
      notes.set(column.name, 'Day/month order unknown');
      issues.push({
        severity: 'warning',
        code: 'ambiguous-date-order',
        column: column.name,
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
