/**
 * Several exports of one shape (say, one per month) read as one table, with a column naming
 * the file each row came from. Files whose headers differ are refused with the difference
 * spelled out, never aligned by guesswork.
 */
import type { Issue } from '../engine/api.ts';
import type { RawTable } from './rawTable.ts';
import {
  appendNumbers,
  encodeNumbers,
  isNumberColumn,
  type NumberColumn,
  type ReadColumn,
} from './buffers/numberColumn.ts';
import { StringDictionary } from '../core/columns/stringDictionary.ts';
import { RowMap } from './buffers/rowMap.ts';

export interface NamedRaw {
  fileName: string;
  raw: RawTable;
}

export function headerDifference(first: NamedRaw, other: NamedRaw): Issue | null {
  const a = first.raw.names;
  const b = other.raw.names;
  if (a.length === b.length && a.every((n, i) => n === b[i])) return null;
  const missing = a.filter((n) => !b.includes(n));
  const extra = b.filter((n) => !a.includes(n));
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`it lacks ${missing.map((n) => `"${n}"`).join(', ')}`);
  if (extra.length > 0) parts.push(`it adds ${extra.map((n) => `"${n}"`).join(', ')}`);
  if (parts.length === 0) parts.push('its columns are in another order');
  return {
    severity: 'error',
    code: 'headers-differ',
    file: other.fileName,
    params: { first: first.fileName, difference: parts.join('; ') },
    message: `${other.fileName} does not have the same columns as ${first.fileName}: ${parts.join('; ')}. Open files of the same shape together, or open them one at a time.`,
  };
}

function freeName(names: string[], wanted: string): string {
  let name = wanted;
  let k = 2;
  while (names.includes(name)) name = `${wanted}_${k++}`;
  return name;
}

/** Appends tables with identical headers (merging each column's distinct texts); adds the source column. */
export function appendTables(parts: NamedRaw[]): { raw: RawTable; sourceColumn: string } {
  const first = parts[0].raw;
  const sourceColumn = freeName(first.names, 'source_file');
  const total = parts.reduce((s, p) => s + p.raw.sourceRows.length, 0);
  const source = new Int32Array(total);
  const columns: ReadColumn[] = first.names.map((_, c) => {
    // Number columns stay numbers when every file's is one, with the same decimals.
    const read = parts.map(({ raw }) => raw.columns[c]);
    const numbers = read.every(isNumberColumn) ? appendNumbers(read as NumberColumn[]) : null;
    if (numbers) return numbers;
    const dictionary = new StringDictionary();
    const codes = new Int32Array(total);
    let at = 0;
    for (const readColumn of read) {
      const col = isNumberColumn(readColumn) ? encodeNumbers(readColumn) : readColumn;
      const remap = col.dictionary.map((text) => dictionary.code(text));
      for (let i = 0; i < col.codes.length; i++) codes[at + i] = remap[col.codes[i]];
      at += col.codes.length;
    }
    return { codes, dictionary: dictionary.values };
  });
  let at = 0;
  parts.forEach(({ raw }, k) => {
    source.fill(k, at, at + raw.sourceRows.length);
    at += raw.sourceRows.length;
  });
  return {
    raw: {
      ...first,
      names: [...first.names, sourceColumn],
      columns: [...columns, { codes: source, dictionary: parts.map((p) => p.fileName) }],
      sourceRows: RowMap.concat(parts.map(({ raw }) => raw.sourceRows)),
      issues: parts.flatMap((p) => p.raw.issues),
    },
    sourceColumn,
  };
}
