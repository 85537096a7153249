/**
 * Row numbers of the records kept, and the rows a reader had to report: blank lines skipped,
 * rows with too few or too many fields, quotes that never closed.
 */
import { Int32List } from '../core/int32List.ts';
import type { Issue } from '../engine/api.ts';

const SHOWN = 20;

/** The file's row number of each record kept, and what the rows showed (blank, ragged, quote problems). */
export class RowNumbers extends Int32List {
  blankRows: number[] = [];
  blankCount = 0;
  raggedRows: number[] = [];
  raggedCount = 0;
  longRows = 0;
  quoteErrors: { code: string; row: number }[] = [];

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
  /** What a part of a file read elsewhere noticed, as plain data that can cross to another thread. */
  plain(): PlainRowNumbers {
    const { blankRows, blankCount, raggedRows, raggedCount, longRows, quoteErrors } = this;
    // A view, not a copy: its buffer is transferred, and this part's reading is done.
    return {
      rows: this.view(),
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
    const need = this.length + part.rows.length;
    this.reserve(need);
    const rows = this.values;
    for (let i = 0; i < part.rows.length; i++) rows[this.length + i] = part.rows[i] + offset;
    this.length = need;
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
  rows: Int32Array;
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
