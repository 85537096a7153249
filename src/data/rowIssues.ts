/**
 * Row numbers of the records kept, and the rows a reader had to report: blank lines skipped,
 * rows with too few or too many fields, quotes that never closed.
 */
import { RowRuns, type RowMap } from './buffers/rowMap.ts';
import type { Issue } from '../engine/api.ts';

const SHOWN = 20;

/**
 * The file's row number of each record kept, as runs of consecutive rows (see RowMap), and
 * what the rows showed (blank, ragged, quote problems).
 */
export class RowNumbers {
  private readonly runs = new RowRuns();
  blankRows: number[] = [];
  blankCount = 0;
  raggedRows: number[] = [];
  raggedCount = 0;
  longRows = 0;
  quoteErrors: { code: string; row: number }[] = [];

  get length(): number {
    return this.runs.length;
  }

  /** The next record kept is the file's row `row`. */
  push(row: number): void {
    this.runs.pushRun(row, 1);
  }

  /** The next `count` records kept are rows `first`, first + 1, …. */
  pushRun(first: number, count: number): void {
    this.runs.pushRun(first, count);
  }

  blank(row: number): void {
    this.blankCount++;
    if (this.blankRows.length < SHOWN) this.blankRows.push(row);
  }
  ragged(row: number, fields: number, width: number): void {
    this.raggedCount++;
    if (fields > width) this.longRows++;
    if (this.raggedRows.length < SHOWN) this.raggedRows.push(row);
  }
  quote(code: string, row: number): void {
    if (this.quoteErrors.length < SHOWN) this.quoteErrors.push({ code, row });
  }

  /** The row numbers of the records kept. */
  map(): RowMap {
    return this.runs.map();
  }

  /** What a part of a file read elsewhere noticed, as plain data that can cross to another thread. */
  plain(): PlainRowNumbers {
    const { blankRows, blankCount, raggedRows, raggedCount, longRows, quoteErrors } = this;
    return {
      ...this.runs.plain(),
      blankRows,
      blankCount,
      raggedRows,
      raggedCount,
      longRows,
      quoteErrors,
    };
  }

  /** Appends a later part's rows, its record numbers shifted by the records before it. */
  appendShifted(part: PlainRowNumbers, offset: number): void {
    this.runs.appendRuns(part.length, part.runStarts, part.runRows, offset);
    for (const r of part.blankRows) if (this.blankRows.length < SHOWN) this.blankRows.push(r + offset);
    this.blankCount += part.blankCount;
    for (const r of part.raggedRows) if (this.raggedRows.length < SHOWN) this.raggedRows.push(r + offset);
    this.raggedCount += part.raggedCount;
    this.longRows += part.longRows;
    for (const q of part.quoteErrors)
      if (this.quoteErrors.length < SHOWN) this.quoteErrors.push({ code: q.code, row: q.row + offset });
  }
}

export interface PlainRowNumbers {
  /** How many records were kept, and their row numbers as runs (see RowMap). */
  length: number;
  runStarts: Int32Array;
  runRows: Int32Array;
  blankRows: number[];
  blankCount: number;
  raggedRows: number[];
  raggedCount: number;
  longRows: number;
  quoteErrors: { code: string; row: number }[];
}

export function shapeIssues(rows: RowNumbers, file: string, width: number, header: boolean): Issue[] {
  const issues: Issue[] = [];
  if (rows.blankCount > 0) {
    issues.push({
      severity: 'info',
      code: 'blank-lines',
      file,
      rows: rows.blankRows,
      count: rows.blankCount,
      message: `${rows.blankCount} blank line(s) were skipped (rows ${rows.blankRows.join(', ')}).`,
    });
  }
  if (rows.raggedCount > 0) {
    const dropped = rows.longRows > 0 ? ` Extra fields in ${rows.longRows} longer row(s) were left out.` : '';
    issues.push({
      severity: 'warning',
      code: 'ragged-rows',
      file,
      rows: rows.raggedRows,
      count: rows.raggedCount,
      params: { width, longRows: rows.longRows },
      message: `${rows.raggedCount} row(s) do not have ${width} fields like the ${header ? 'header' : 'first rows'} (rows ${rows.raggedRows.join(', ')}). Short rows were padded with empty cells.${dropped} Check the delimiter, or those rows in the file.`,
    });
  }
  const missing = rows.quoteErrors.find((q) => q.code === 'MissingQuotes');
  if (missing) {
    issues.push({
      severity: 'error',
      code: 'unclosed-quote',
      file,
      rows: [missing.row],
      message: `A quote opened in row ${missing.row} is never closed, so everything after it was read into one cell. Fix the quote in that row of the file, or choose another delimiter.`,
    });
  }
  const invalid = rows.quoteErrors.filter((q) => q.code === 'InvalidQuotes');
  if (invalid.length > 0) {
    issues.push({
      severity: 'warning',
      code: 'unclosed-quote',
      file,
      rows: invalid.map((q) => q.row),
      message: `Quoted fields are malformed in rows ${invalid.map((q) => q.row).join(', ')} (text after a closing quote). Check those rows.`,
    });
  }
  return issues;
}
