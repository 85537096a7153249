import type { RawTable } from '../../../src/data/rawTable.ts';

/**
 * A RawTable as plain data, to compare two readings of the same file: every cell's text, the
 * codes (a dictionary in first-appearance order, as one scan numbers it), row numbers, issues,
 * header and delimiter.
 */
export function tableCells(raw: RawTable) {
  return {
    names: raw.names,
    rows: raw.columns.map((c) => Array.from(c.codes, (code) => c.dictionary[code])),
    codes: raw.columns.map((c) => Array.from(c.codes)),
    sourceRows: Array.from(raw.sourceRows),
    issues: raw.issues,
    header: raw.header,
    delimiter: raw.delimiter,
  };
}

/** tableCells of a reading that may have given up (null). */
export function tableCellsOrNull(raw: RawTable | null) {
  return raw && tableCells(raw);
}
