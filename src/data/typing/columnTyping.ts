/**
 * Typing one column as read: infer its type from its distinct texts (weighted by how many cells
 * hold each), convert them, spread the values back to rows. Pure and self-contained, so a
 * helper thread can type some columns of a table while the engine's thread types the others;
 * what the report must say is returned as row indices, turned into file rows by the caller.
 */
import type { ColumnType, ParseOptions } from '../../engine/api.ts';
import { inferColumnType, type InferredType } from '../../core/cellText/typeInference.ts';
import { convertColumn, numberRange, type TypedColumn } from '../../core/columns/typedColumn.ts';
import { entryCounts, expandToRows, firstRowsOf, type EncodedColumn } from '../../core/columns/encodedColumn.ts';
import { epochDays, epochMs64 } from '../buffers/epochMs64.ts';
import { encodeNumbers, isNumberColumn, typedNumbers, type ReadColumn } from '../buffers/numberColumn.ts';
import { ownValue } from '../../core/columns/keyedRecord.ts';

const FORMAT_OF_FORCED: Partial<Record<ColumnType, string>> = { date: 'date', datetime: 'date and time' };

export interface ColumnTyping {
  column: TypedColumn;
  /** Cells that kept the column from a type it almost fits: their first row indices and texts. */
  nearMiss?: { type: ColumnType; kept: ColumnType; count: number; indices: number[]; examples: string[] };
  /** Dates whose day/month order no cell decides: first row indices and example texts. */
  dateOrderUnknown?: { indices: number[]; examples: string[] };
}

/** Which options concern this column (what a helper needs to type it). */
export function columnOptions(options: ParseOptions, name: string): ParseOptions {
  const dateOrder = ownValue(options.dateOrder, name);
  const columnType = ownValue(options.columnTypes, name);
  return {
    ...(dateOrder ? { dateOrder: { [name]: dateOrder } } : {}),
    ...(columnType ? { columnTypes: { [name]: columnType } } : {}),
  };
}

export function typeColumn(col: EncodedColumn, name: string, options: ParseOptions): ColumnTyping {
  const counts = entryCounts(col);
  const order = ownValue(options.dateOrder, name);
  const forced = ownValue(options.columnTypes, name);
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
    blankFree: col.blankFree,
  });
  const column = expandToRows(entries, col, counts);
  // What the quality report and the Arrow table need of a number or date column, made here —
  // on a helper thread when the column is typed there: its range from the distinct values,
  // and dates as int64 (a pass over every row of a 5M-row log, ~60 ms).
  if (entries.data.kind === 'number') column.range = numberRange(entries.data.values, counts);
  if (column.data.kind === 'number' && (type === 'date' || type === 'datetime')) {
    const days = type === 'date' ? epochDays(column.data.values) : null;
    if (days) column.epochDays = days;
    else column.epochMs64 = epochMs64(column.data.values);
  }
  // Texts kept as read: what the reader saw of their bytes still holds.
  if (column.data.kind === 'string' && column.data.dictionary === col.dictionary) {
    if (col.utf8) column.utf8 = col.utf8;
    if (col.formulaFree) column.formulaFree = true;
  }
  const typing: ColumnTyping = { column };
  if (!forced && inferred.nearMiss) {
    const { type: almost, misses } = inferred.nearMiss;
    const indices = firstRowsOf(misses.indices, col.codes);
    const examples = indices.map((r) => col.dictionary[col.codes[r]]);
    typing.nearMiss = { type: almost, kept: inferred.type, count: misses.count, indices, examples };
  }
  if (!forced && inferred.dateOrderUnknown) {
    const { indices, examples } = inferred.dateOrderUnknown;
    typing.dateOrderUnknown = { indices: firstRowsOf(indices, col.codes), examples };
  }
  return typing;
}

/** Typing a column as read: a number column is typed already, unless the user chose its type. */
export function typeReadColumn(col: ReadColumn, name: string, options: ParseOptions): ColumnTyping {
  if (!isNumberColumn(col)) return typeColumn(col, name, options);
  if (ownValue(options.columnTypes, name)) return typeColumn(encodeNumbers(col), name, options);
  return { column: typedNumbers(col, name) };
}

/** The buffers of a typed column, to transfer rather than copy. */
export function typingBuffers(typing: ColumnTyping): ArrayBuffer[] {
  const { data, epochMs64, epochDays } = typing.column;
  const buffers = [(data.kind === 'string' ? data.codes : data.values).buffer as ArrayBuffer];
  if (epochMs64) buffers.push(epochMs64.buffer as ArrayBuffer);
  if (epochDays) buffers.push(epochDays.buffer as ArrayBuffer);
  return buffers;
}
