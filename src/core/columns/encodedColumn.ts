/**
 * A column as read: each cell's code into the column's distinct texts. Typing then reads and
 * converts each distinct text once and gathers by code, so a 5-million-row log with 730 dates
 * parses 730 dates, and no string per cell is kept alive while the table is typed.
 */
import type { TypedColumn } from './typedColumn.ts';
import { StringDictionary } from './stringDictionary.ts';
import { isNullToken } from '../cellText/nullTokens.ts';

export interface EncodedColumn {
  /** codes[r]: index into dictionary of row r's text ('' is a text like any other). */
  codes: Int32Array;
  dictionary: string[];
  /**
   * No text is empty or starts with white space (a reader that saw each one's first byte says
   * so), so none of them is blank and typing need not look at each.
   */
  blankFree?: boolean;
  /** No text starts with = + - or @ (a reader saw each one's first byte): none looks like a formula. */
  formulaFree?: boolean;
  /**
   * The texts as the UTF-8 bytes they were read from (text k is bytes[offsets[k], offsets[k + 1])),
   * when the file was UTF-8: an Arrow string vector of the texts takes them as they are.
   */
  utf8?: Utf8Texts;
}

export interface Utf8Texts {
  bytes: Uint8Array;
  offsets: Int32Array;
}

export function encodeTexts(texts: ArrayLike<string>): EncodedColumn {
  const dictionary = new StringDictionary();
  const codes = new Int32Array(texts.length);
  for (let i = 0; i < texts.length; i++) codes[i] = dictionary.code(texts[i]);
  return { codes, dictionary: dictionary.values };
}

/** How many cells hold each distinct text. */
export function entryCounts(col: EncodedColumn): Int32Array {
  const counts = new Int32Array(col.dictionary.length);
  for (let i = 0; i < col.codes.length; i++) counts[col.codes[i]]++;
  return counts;
}

/** The first rows (in row order, at most `max`) whose text is one of `entries`. */
export function firstRowsOf(entries: readonly number[], codes: Int32Array, max = 5): number[] {
  if (entries.length === 0) return [];
  const wanted = new Set(entries);
  const rows: number[] = [];
  for (let i = 0; i < codes.length && rows.length < max; i++) if (wanted.has(codes[i])) rows.push(i);
  return rows;
}

/**
 * A column typed over its distinct texts (convertColumn on the dictionary) spread back to
 * rows. Null and invalid counts become cell counts; invalid positions become the first rows.
 */
export function expandToRows(entry: TypedColumn, col: EncodedColumn, counts: Int32Array): TypedColumn {
  const { codes, dictionary } = col;
  const n = codes.length;
  const invalidEntries = new Set<number>();
  const d = entry.data;
  let data: TypedColumn['data'];
  let nulls = 0;
  let invalidCount = 0;
  if (d.kind === 'number') {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = d.values[codes[i]];
    data = { kind: 'number', values };
  } else if (d.kind === 'boolean') {
    const values = new Int8Array(n);
    for (let i = 0; i < n; i++) values[i] = d.values[codes[i]];
    data = { kind: 'boolean', values };
  } else {
    // Texts kept as they were read (no blanks) keep the read codes: no copy of a 5M-row array.
    let same = d.codes.length === dictionary.length;
    for (let e = 0; same && e < d.codes.length; e++) same = d.codes[e] === e;
    const rowCodes = same ? codes : new Int32Array(n);
    if (!same) for (let i = 0; i < n; i++) rowCodes[i] = d.codes[codes[i]];
    data = { kind: 'string', codes: rowCodes, dictionary: d.dictionary };
  }
  for (let e = 0; e < dictionary.length; e++) {
    if (counts[e] === 0 || !isEmptyEntry(entry, e)) continue;
    // An empty value is a null when its text says "no value"; otherwise the text did not fit.
    const nullText = d.kind === 'string' || isNullToken(dictionary[e]);
    if (nullText) nulls += counts[e];
    else {
      invalidEntries.add(e);
      invalidCount += counts[e];
    }
  }
  const rows = firstRowsOf([...invalidEntries], codes);
  return {
    name: entry.name,
    type: entry.type,
    format: entry.format,
    data,
    nulls,
    invalid: { count: invalidCount, indices: rows, examples: rows.map((r) => dictionary[codes[r]]) },
    distinct: entry.distinct,
  };
}

function isEmptyEntry(entry: TypedColumn, e: number): boolean {
  const d = entry.data;
  if (d.kind === 'number') return Number.isNaN(d.values[e]);
  if (d.kind === 'boolean') return d.values[e] < 0;
  return d.codes[e] < 0;
}
