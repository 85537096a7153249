/**
 * Typed columns into Apache Arrow vectors, built straight from typed arrays (no per-row
 * objects): numbers as Int32 or Float64, dates as Date (days, or ms when a date column holds a
 * time of day) and Timestamp (ms, UTC), booleans as Bool,
 * strings dictionary-encoded when values repeat and plain Utf8 when they do not.
 */
import {
  Bool,
  DateDay,
  DateMillisecond,
  Dictionary,
  Field,
  Float64,
  Int32,
  makeData,
  makeVector,
  RecordBatch,
  Schema,
  Struct,
  Table,
  TimestampMillisecond,
  Utf8,
  type Vector,
  type DataType,
} from 'apache-arrow';
import type { TypedColumn } from '../core/columns/typedColumn.ts';
import type { Utf8Texts } from '../core/columns/encodedColumn.ts';
import { epochMs64 } from './buffers/epochMs64.ts';

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

/**
 * Strings as UTF-8 offsets and bytes. ASCII strings (ids, codes, most dictionaries) are
 * written char by char into one buffer; only a non-ASCII string goes through the encoder —
 * one TextEncoder call per string cost 180 ms on the 711k customer ids of the bench log.
 */
export function utf8Vector(strings: string[], nullAt?: (i: number) => boolean): Vector<Utf8> {
  const n = strings.length;
  const offsets = new Int32Array(n + 1);
  let capacity = 0;
  for (let i = 0; i < n; i++) capacity += (strings[i] ?? '').length;
  let bytes = new Uint8Array(capacity);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const s = strings[i] ?? '';
    let k = 0;
    if (total + s.length <= bytes.length) {
      for (; k < s.length; k++) {
        const c = s.charCodeAt(k);
        if (c >= 0x80) break;
        bytes[total + k] = c;
      }
    }
    if (k < s.length) {
      // Non-ASCII: up to 3 bytes per UTF-16 unit; grow, then encode the whole string.
      const need = total + s.length * 3 + (n - i);
      if (need > bytes.length) {
        const grown = new Uint8Array(Math.max(need, bytes.length * 2));
        grown.set(bytes.subarray(0, total));
        bytes = grown;
      }
      k = encoder.encodeInto(s, bytes.subarray(total)).written;
    }
    total += k;
    offsets[i + 1] = total;
  }
  const { bitmap, nullCount } = validity(n, nullAt ?? (() => false));
  return makeVector(
    makeData({
      type: new Utf8(),
      length: n,
      nullCount,
      nullBitmap: bitmap,
      valueOffsets: offsets,
      data: bytes.subarray(0, total),
    }),
  );
}

/** UTF-8 texts as they are, as an Arrow string vector. */
function utf8Bytes({ bytes, offsets }: Utf8Texts): Vector<Utf8> {
  const length = offsets.length - 1;
  return makeVector(makeData({ type: new Utf8(), length, nullCount: 0, valueOffsets: offsets, data: bytes }));
}

function int32Fits(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isNaN(v) && (v > 2147483647 || v < -2147483648)) return false;
  }
  return true;
}

function numberValidity(values: Float64Array): { bitmap: Uint8Array; nullCount: number } {
  const n = values.length;
  const bitmap = new Uint8Array((n + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    if (values[i] === values[i]) bitmap[i >> 3] |= 1 << (i & 7);
    else nullCount++;
  }
  return { bitmap, nullCount };
}

export function columnVector(col: TypedColumn): Vector<DataType> {
  const { data } = col;
  if (data.kind === 'number') {
    const values = data.values;
    const n = values.length;
    // A number is NaN only where the cell was empty or did not fit: with neither, no bitmap.
    const { bitmap, nullCount } =
      col.nulls + col.invalid.count === 0 ? { bitmap: undefined, nullCount: 0 } : numberValidity(values);
    if (col.type === 'date' && col.epochDays) {
      return makeVector(
        makeData({ type: new DateDay(), length: n, nullCount, nullBitmap: bitmap, data: col.epochDays }),
      );
    }
    if (col.type === 'date' || col.type === 'datetime') {
      const type = col.type === 'date' ? new DateMillisecond() : new TimestampMillisecond('UTC');
      return makeVector(
        makeData({
          type,
          length: n,
          nullCount,
          nullBitmap: bitmap,
          data: col.epochMs64 ?? epochMs64(values),
        } as never),
      );
    }
    if (col.type === 'integer' && int32Fits(values)) {
      const ints = new Int32Array(n);
      if (nullCount === 0) ints.set(values);
      else for (let i = 0; i < n; i++) if (values[i] === values[i]) ints[i] = values[i];
      return makeVector(makeData({ type: new Int32(), length: n, nullCount, nullBitmap: bitmap, data: ints }));
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
  let nullCount = 0;
  for (let i = 0; i < n; i++) if (codes[i] < 0) nullCount++;
  // Without nulls the codes are the keys as they are: no bitmap, no copy.
  let bitmap: Uint8Array | undefined;
  let safe = codes;
  if (nullCount > 0) {
    bitmap = new Uint8Array((n + 7) >> 3);
    safe = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = codes[i];
      if (c >= 0) {
        bitmap[i >> 3] |= 1 << (i & 7);
        safe[i] = c;
      }
    }
  }
  if (dictionary.length <= n / 2) {
    const type = new Dictionary(new Utf8(), new Int32());
    // The texts' bytes as read, when there are: no need to encode 711k customer ids again.
    const texts = col.utf8 ? utf8Bytes(col.utf8) : utf8Vector(dictionary);
    return makeVector(makeData({ type, length: n, nullCount, nullBitmap: bitmap, data: safe, dictionary: texts }));
  }
  const strings = new Array<string>(n);
  for (let i = 0; i < n; i++) strings[i] = codes[i] < 0 ? '' : dictionary[codes[i]];
  return utf8Vector(strings, (i) => codes[i] < 0);
}

/**
 * The table is built from an explicit schema, never from an object keyed by column names: a
 * column called `__proto__` would set the object's prototype (and Arrow then recursed without
 * end), and names like `2023` would be reordered before the others.
 */
export function arrowTable(columns: TypedColumn[]): Table {
  const vectors = columns.map(columnVector);
  const fields = columns.map((c, k) => new Field(c.name, vectors[k].type, true));
  const schema = new Schema(fields);
  const length = vectors[0]?.length ?? 0;
  const children = vectors.map((v) => v.data[0]);
  const batch = new RecordBatch(schema, makeData({ type: new Struct(fields), length, nullCount: 0, children }));
  return new Table(schema, [batch]);
}
