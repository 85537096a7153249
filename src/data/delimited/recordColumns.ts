/**
 * The columns a RecordCollector files fields into: settled once from the records held back
 * (whether the first is a header, the names, which columns are read as numbers, a builder for
 * each), and completed when reading ends.
 */
import type { Issue } from '../../engine/api.ts';
import { detectHeader } from './headerDetection.ts';
import { uniqueColumnNames } from '../rawTable.ts';
import type { ReadColumn } from '../buffers/numberColumn.ts';
import { isIdentifierName } from '../../core/cellText/identifierNames.ts';
import { numberLaneFits } from './numberLane.ts';
import { ByteCodeColumnBuilder, CodeColumnBuilder } from '../typing/codeColumnBuilder.ts';
import type { ByteDecoding } from './byteDecoding.ts';
import type { RowNumbers } from '../rowIssues.ts';

const EMPTY = new Uint8Array(0);

/** Told of each column as soon as it is complete, with every column's number of distinct values. */
export type CompleteColumn = (c: number, column: ReadColumn, table: CompletedTable) => void;

/** What a reader knows of all its columns when the first is complete: rows, distinct values, which are numbers. */
export interface CompletedTable {
  rows: number;
  distinct: number[];
  numbers: boolean[];
}

/** A record read before the header question is settled; read from bytes, with each cell's bytes too. */
export interface HeldRecord {
  cells: string[];
  record: number;
  raw: Uint8Array[];
}

export interface SettledColumns {
  header: boolean;
  names: string[];
  /** Issues with the header's names (blank, repeated). */
  issues: Issue[];
  lanes: boolean[];
  builders: (CodeColumnBuilder | ByteCodeColumnBuilder)[];
  /** The held records that are data (all but a header). */
  data: HeldRecord[];
}

/** The columns the held records settle: `header` as given, or detected from them. */
export function settleColumns(
  held: HeldRecord[],
  given: boolean | undefined,
  fileName: string,
  decoding: ByteDecoding | false,
): SettledColumns {
  const records = held.map((h) => h.cells);
  const header = given === undefined ? detectHeader(records) : given;
  let names: string[];
  const issues: Issue[] = [];
  let data = held;
  if (header && records.length > 0) {
    const named = uniqueColumnNames(records[0], fileName);
    names = named.names;
    issues.push(...named.issues);
    data = held.slice(1);
  } else {
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const mode = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
    names = Array.from({ length: mode }, (_, i) => `column_${i + 1}`);
  }
  // From bytes, a column whose first cells are plain numbers is read as numbers; a column
  // named as a code (customer_id, 编号) stays text, as typing would keep it.
  const lanes = names.map(
    (name, c) => decoding !== false && !isIdentifierName(name) && numberLaneFits(data.map((h) => h.raw[c] ?? EMPTY)),
  );
  const builders = names.map((_, c) =>
    decoding ? new ByteCodeColumnBuilder(decoding, lanes[c]) : new CodeColumnBuilder(),
  );
  return { header, names, issues, lanes, builders, data };
}

/** Files the held records that are data into the settled columns; short ones are padded, and reported as ragged. */
export function fileHeldRecords(settled: SettledColumns, decoding: ByteDecoding | false, rows: RowNumbers): void {
  const { builders, data } = settled;
  const width = settled.names.length;
  for (const h of data) {
    const { cells, raw } = h;
    for (let c = 0; c < width; c++) {
      const builder = builders[c];
      if (c >= cells.length) builder.add('');
      else if (decoding) (builder as ByteCodeColumnBuilder).addBytes(raw[c], 0, raw[c].length);
      else builder.add(cells[c]);
    }
    if (cells.length !== width) rows.ragged(h.record, cells.length, width);
    rows.push(h.record);
  }
}

/**
 * The columns read: the columns with the fewest distinct values first, each handed to
 * `onColumn` as soon as it is decoded, while the larger ones (a column of customer ids) are
 * still being decoded. Undecodable from bytes that are not valid.
 */
export function completeColumns(
  builders: (CodeColumnBuilder | ByteCodeColumnBuilder)[],
  rows: number,
  onColumn?: CompleteColumn,
): ReadColumn[] {
  const distinct = builders.map((b) => (b instanceof ByteCodeColumnBuilder ? b.distinct : b.dictionary.size));
  const numbers = builders.map((b) => b instanceof ByteCodeColumnBuilder && b.readsNumbers);
  const columns: ReadColumn[] = new Array(builders.length);
  const order = builders.map((_, c) => c).sort((a, b) => distinct[a] - distinct[b]);
  for (const c of order) {
    columns[c] = builders[c].finish();
    onColumn?.(c, columns[c], { rows, distinct, numbers });
  }
  return columns;
}
