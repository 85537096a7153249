/**
 * The limits every reader holds a file to, so that no file can make reading hang or exhaust
 * memory: past one, the file is refused with an issue that names the file, where the limit was
 * crossed (row, column, sheet, cell), the limit, and what to do. README "Limits" says the same.
 */
import { UnreadableInput, type TextTable } from './rawTable.ts';

/** Excel's own: 16,384 columns (A … XFD) and 1,048,576 rows in a sheet. */
export const MAX_COLUMNS = 16_384;
export const MAX_SHEET_ROWS = 1_048_576;
/**
 * Excel's limit on one cell's text (32,767 characters, in UTF-16 units as JavaScript counts
 * them): no real export of customer data holds a longer value, and a longer one almost always
 * means a quote left open that swallowed the rest of the file.
 */
export const MAX_CELL_CHARS = 32_767;
/**
 * Cells (rows × columns, empty ones included): each costs 4–16 bytes while the table is read
 * and typed, so 100 million keep a browser tab within about 2 GB. That is 10 million rows of 10
 * columns; the largest shared test file (Online Retail, 541,909 × 8) uses 4 % of it.
 */
export const MAX_CELLS = 100_000_000;
/**
 * The cell limit in force: MAX_CELLS, lowered only by tests that prove the refusal without
 * building 100 million cells first.
 */
export const cellLimit = { cells: MAX_CELLS };
/**
 * One .xlsx part is inflated into memory and read as one string, whose length V8 caps at
 * 2^29 − 24 characters (~512 MiB): 500 MiB stays under it.
 */
export const MAX_PART_BYTES = 500 * 1024 * 1024;
/**
 * Apache POI's zip-bomb guard (ZipSecureFile: MIN_INFLATE_RATIO 0.01, GRACE_ENTRY_SIZE 100 kB):
 * a part over 100 KiB may inflate to at most 100 times its packed size. Real sheets pack 5–30×.
 */
export const MAX_PART_RATIO = 100;
export const RATIO_GRACE_BYTES = 100 * 1024;

const LIMIT_ADVICE = {
  columns: 'Remove the columns you do not need, or split the file by columns, and open it again.',
  cell: 'A value this long usually means a quote was left open: check the quotes around that cell, or shorten the value.',
  cells: 'Filter the rows (for example to a period) or drop columns you do not need, and open the smaller file.',
} as const;

/**
 * A file with more columns than a table may have: `columns` when the whole count is known, else
 * it was refused at the first column past the limit (a header of a million columns is not read on).
 */
export function columnsOverLimit(file: string, columns?: number, row?: number): UnreadableInput {
  const count = columns === undefined ? 'more than 16,384' : columns.toLocaleString('en-US');
  return new UnreadableInput({
    severity: 'error',
    code: 'columns-over-limit',
    file,
    ...(row === undefined ? {} : { rows: [row] }),
    params: {
      limit: MAX_COLUMNS,
      ...(columns === undefined ? {} : { columns }),
      ...(row === undefined ? {} : { row }),
    },
    message: `${file}${row === undefined ? '' : `, row ${row.toLocaleString('en-US')},`} has ${count} columns; a table may have at most 16,384 (as in Excel). ${LIMIT_ADVICE.columns}`,
  });
}

/** A cell longer than MAX_CELL_CHARS: `where` is a row and column number, or a sheet's cell reference. */
export function cellOverLimit(
  file: string,
  length: number,
  where: { row: number; column: number } | { sheet: string; cell: string },
): UnreadableInput {
  const sheetCell = 'cell' in where;
  const place = sheetCell
    ? `sheet "${where.sheet}", cell ${where.cell}`
    : `row ${where.row.toLocaleString('en-US')}, column ${where.column.toLocaleString('en-US')}`;
  return new UnreadableInput({
    severity: 'error',
    code: sheetCell ? 'sheet-cell-over-limit' : 'cell-over-limit',
    file,
    ...(sheetCell ? {} : { rows: [where.row] }),
    params: { ...where, length, limit: MAX_CELL_CHARS },
    message: `${file}, ${place}: a value of ${length.toLocaleString('en-US')} characters is longer than one cell may hold (32,767, as in Excel). ${LIMIT_ADVICE.cell}`,
  });
}

/** A table of more than MAX_CELLS cells, found at this row. */
export function cellsOverLimit(file: string, row: number, columns: number): UnreadableInput {
  const rowsAllowed = rowsWithin(columns);
  return new UnreadableInput({
    severity: 'error',
    code: 'cells-over-limit',
    file,
    rows: [row],
    params: { row, columns, rowsAllowed, limit: cellLimit.cells },
    message: `${file} holds more than ${cellLimit.cells.toLocaleString('en-US')} cells (rows × columns): at row ${row.toLocaleString('en-US')} of ${columns.toLocaleString('en-US')} columns it passed that limit (${rowsAllowed.toLocaleString('en-US')} rows of this width). Nothing was loaded. ${LIMIT_ADVICE.cells}`,
  });
}

/** How many data rows of `width` columns fit in MAX_CELLS. */
export function rowsWithin(width: number): number {
  return Math.floor(cellLimit.cells / Math.max(1, width));
}

/** A table of a typed format (Parquet, Arrow), from its schema and row count, before its cells are made (rows count from 1, after the header line a spreadsheet would show). */
export function checkTableSize(file: string, columns: number, rows: number): void {
  if (columns > MAX_COLUMNS) throw columnsOverLimit(file, columns);
  if (rows > rowsWithin(columns)) throw cellsOverLimit(file, rowsWithin(columns) + 1, columns);
}

/**
 * A typed format's table (Parquet, Arrow, JSON) held to the limits: columns, cells, and each
 * cell's length. Linear in the cells; throws the first limit crossed.
 */
export function checkTextTable(table: TextTable, file: string, rowOf: (r: number) => number): void {
  const width = table.columns.length;
  if (width > MAX_COLUMNS) throw columnsOverLimit(file, width);
  const rows = table.sourceRows.length;
  if (rows > rowsWithin(width)) throw cellsOverLimit(file, rowOf(rowsWithin(width)), width);
  for (let c = 0; c < width; c++) {
    const column = table.columns[c];
    for (let r = 0; r < column.length; r++) {
      if (column[r].length > MAX_CELL_CHARS)
        throw cellOverLimit(file, column[r].length, { row: rowOf(r), column: c + 1 });
    }
  }
}
