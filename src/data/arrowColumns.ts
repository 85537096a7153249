/**
 * Typed columns into Apache Arrow vectors, built straight from typed arrays (no per-row
 * objects): numbers as Int32 or Float64, dates as Date/Timestamp (ms, UTC), booleans as Bool,
 * strings dictionary-encoded when values repeat and plain Utf8 when they do not.
 */
import {
  Bool,
  DateMillisecond,
  Dictionary,
  Float64,
  Int32,
  makeData,
  makeVector,
  Table,
  TimestampMillisecond,
  Utf8,
  type Vector,
  type DataType,
} from 'apache-arrow';
import type { TypedColumn } from '../core/typedColumn.ts';

function validity(n: number, isNull: (i: number) => boolean): { bitmap: Uint8Array; nullCount: number } {
  const bitmap = new Uint8Array((n + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    if (isNull(i)) nullCount++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  }
  return { bitmap, nullCount };
}

const encoder = new TextEncoder();

export function utf8Vector(strings: string[], nullAt?: (i: number) => boolean): Vector<Utf8> {
  const n = strings.length;
  const offsets = new Int32Array(n + 1);
  const encoded: Uint8Array[] = new Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    encoded[i] = encoder.encode(strings[i] ?? '');
    total += encoded[i].length;
    offsets[i + 1] = total;
  }
  const bytes = new Uint8Array(total);
  for (let i = 0; i < n; i++) bytes.set(encoded[i], offsets[i]);
  const { bitmap, nullCount } = validity(n, nullAt ?? (() => false));
  return makeVector(
    makeData({ type: new Utf8(), length: n, nullCount, nullBitmap: bitmap, valueOffsets: offsets, data: bytes }),
  );
}

function int32Fits(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isNaN(v) && (v > 2147483647 || v < -2147483648)) return false;
  }
  return true;
}

export function columnVector(col: TypedColumn): Vector<DataType> {
  const { data } = col;
  if (data.kind === 'number') {
    const values = data.values;
    const n = values.length;
    const { bitmap, nullCount } = validity(n, (i) => Number.isNaN(values[i]));
    if (col.type === 'date' || col.type === 'datetime') {
      const ms = new BigInt64Array(n);
      for (let i = 0; i < n; i++) if (!Number.isNaN(values[i])) ms[i] = BigInt(Math.trunc(values[i]));
      const type = col.type === 'date' ? new DateMillisecond() : new TimestampMillisecond('UTC');
      return makeVector(makeData({ type, length: n, nullCount, nullBitmap: bitmap, data: ms } as never));
    }
    if (col.type === 'integer' && int32Fits(values)) {
      return makeVector(makeData({ type: new Int32(), length: n, nullCount, nullBitmap: bitmap, data: Int32Array.from(values, (v) => (Number.isNaN(v) ? 0 : v)) }));
    }
    return makeVector(makeData({ type: new Float64(), length: n, nullCount, nullBitmap: bitmap, data: values }));
  }
  if (data.kind === 'boolean') {
    const values = data.values;
    const n = values.length;
    const { bitmap, nullCount } = validity(n, (i) => values[i] < 0);
    const bits = new Uint8Array((n + 7) >> 3);
    for (let i = 0; i < n; i++) if (values[i] === 1) bits[i >> 3] |= 1 << (i & 7);
    return makeVector(makeData({ type: new Bool(), length: n, nullCount, nullBitmap: bitmap, data: bits }));
  }
  const { codes, dictionary } = data;
  const n = codes.length;
  if (dictionary.length <= n / 2) {
    const { bitmap, nullCount } = validity(n, (i) => codes[i] < 0);
    const type = new Dictionary(new Utf8(), new Int32());
    const safe = Int32Array.from(codes, (c) => (c < 0 ? 0 : c));
    return makeVector(
      makeData({ type, length: n, nullCount, nullBitmap: bitmap, data: safe, dictionary: utf8Vector(dictionary) }),
    );
  }
  const strings = Array.from(codes, (c) => (c < 0 ? '' : dictionary[c]));
  return utf8Vector(strings, (i) => codes[i] < 0);
}

export function arrowTable(columns: TypedColumn[]): Table {
  const vectors: Record<string, Vector<DataType>> = {};
  for (const c of columns) vectors[c.name] = columnVector(c);
  return new Table(vectors);
}
