/**
 * Turning a column of cell texts into typed values with its inferred (or user-chosen) type.
 * Numbers and dates become Float64Array (NaN = empty; dates in UTC epoch ms), booleans
 * Int8Array (-1 = empty), everything else dictionary codes (Int32Array, -1 = empty) plus
 * the list of distinct strings. Cells that do not fit a forced type become empty and are
 * counted, with their positions, so the report can name them.
 */
import type { ColumnType, DateOrder } from '../../engine/api.ts';
import { isNullToken } from '../cellText/nullTokens.ts';
import { readBoolean } from '../cellText/booleanText.ts';
import { fixedIsoMs, readDate, readDayMonthYear } from '../cellText/dateText.ts';
import { hasSignificantLeadingZero, parseNumberText, plainNumber, type DecimalMark } from '../cellText/numberText.ts';
import type { CellMisses } from '../cellText/typeInference.ts';
import type { Utf8Texts } from './encodedColumn.ts';
import { StringDictionary } from './stringDictionary.ts';

export type TypedValues =
  | { kind: 'number'; values: Float64Array }
  | { kind: 'boolean'; values: Int8Array }
  | { kind: 'string'; codes: Int32Array; dictionary: string[] };

export interface TypedColumn {
  name: string;
  type: ColumnType;
  format?: string;
  data: TypedValues;
  nulls: number;
  invalid: CellMisses;
  distinct: number;
  /** A number column's smallest and largest value (NaN when it has none), when its typing found them. */
  range?: { min: number; max: number };
  /** A date column's values as Arrow's int64 milliseconds, made on the thread that typed it… */
  epochMs64?: BigInt64Array;
  /** …or, when each is a whole day, as Arrow's int32 days. */
  epochDays?: Int32Array;
  /** A string column's dictionary as the UTF-8 bytes it was read from (see EncodedColumn). */
  utf8?: Utf8Texts;
  /** No text of a string column starts with = + - or @ (see EncodedColumn). */
  formulaFree?: boolean;
}

export interface ConversionSpec {
  type: ColumnType;
  /** Inferred from a sample: a code such as "007" must not quietly become 7, so it counts as not fitting. */
  strict?: boolean;
  format?: string;
  decimal?: DecimalMark;
  dateOrder?: DateOrder;
  /** The values are already distinct (a column's dictionary): text needs no re-encoding. */
  distinctValues?: boolean;
  /** No value is empty or starts with white space (known from the bytes read; see EncodedColumn). */
  blankFree?: boolean;
}

const MAX_EXAMPLES = 5;

function record(m: CellMisses, index: number, text: string): void {
  m.count++;
  if (m.indices.length < MAX_EXAMPLES) {
    m.indices.push(index);
    m.examples.push(text);
  }
}

/**
 * The smallest and largest of the values (NaN skipped; NaN for both when there is none). With
 * `counts`, the values are distinct entries and only those some cell holds (counts > 0) count.
 */
export function numberRange(values: Float64Array, counts?: ArrayLike<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v || (counts && counts[i] === 0)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min > max ? { min: NaN, max: NaN } : { min, max };
}

function distinctNumbers(values: Float64Array): number {
  const seen = new Set<number>();
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) seen.add(values[i]);
  return seen.size;
}

/** An empty or white-space text: its first character says when a trim is needed to tell. */
function isBlank(v: string): boolean {
  const first = v.length === 0 ? 0 : v.charCodeAt(0);
  return (first <= 32 || first === 0xa0 || first === 0x3000 || first === 0xfeff) && v.trim().length === 0;
}

export function dictionaryEncode(values: ArrayLike<string>): {
  codes: Int32Array;
  dictionary: string[];
  nulls: number;
} {
  const codes = new Int32Array(values.length);
  const dictionary = new StringDictionary();
  let nulls = 0;
  // Exports repeat a value on consecutive rows (an invoice's lines): compare before hashing.
  let previous: string | null = null;
  let previousCode = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === previous) {
      codes[i] = previousCode;
      continue;
    }
    if (isBlank(v)) {
      codes[i] = -1;
      nulls++;
      continue;
    }
    previous = v;
    previousCode = codes[i] = dictionary.code(v);
  }
  return { codes, dictionary: dictionary.values, nulls };
}

/**
 * Distinct texts as a dictionary of themselves: blanks become null, the rest keep their order.
 * When the texts are known to hold no blank, none is looked at: on 711k customer ids, a pass
 * reading each string cost ~100 ms.
 */
function compactDistinct(
  values: ArrayLike<string>,
  blankFree: boolean,
): { codes: Int32Array; dictionary: string[]; nulls: number } {
  const codes = new Int32Array(values.length);
  // The texts before the first blank keep their codes (all of them, when there is none).
  let first = blankFree ? values.length : 0;
  while (first < values.length && !isBlank(values[first])) first++;
  for (let i = 0; i < first; i++) codes[i] = i;
  if (first === values.length)
    return { codes, dictionary: Array.isArray(values) ? values : Array.from(values), nulls: 0 };
  const dictionary = Array.from({ length: first }, (_, i) => values[i]);
  let nulls = 0;
  for (let i = first; i < values.length; i++) {
    const v = values[i];
    if (isBlank(v)) {
      codes[i] = -1;
      nulls++;
    } else {
      codes[i] = dictionary.length;
      dictionary.push(v);
    }
  }
  return { codes, dictionary, nulls };
}

export function convertColumn(values: ArrayLike<string>, name: string, spec: ConversionSpec): TypedColumn {
  const n = values.length;
  const invalid: CellMisses = { count: 0, indices: [], examples: [] };
  const { type } = spec;
  if (type === 'integer' || type === 'decimal') {
    const out = new Float64Array(n);
    const decimal = spec.decimal ?? '.';
    let nulls = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (isNullToken(v)) {
        out[i] = NaN;
        nulls++;
        continue;
      }
      let x = plainNumber(v, decimal);
      if (Number.isNaN(x)) x = parseNumberText(v, decimal)?.value ?? NaN;
      if (
        Number.isNaN(x) ||
        (type === 'integer' && !Number.isInteger(x)) ||
        (spec.strict && hasSignificantLeadingZero(v))
      ) {
        out[i] = NaN;
        record(invalid, i, v);
      } else out[i] = x;
    }
    return {
      name,
      type,
      format: spec.format,
      data: { kind: 'number', values: out },
      nulls,
      invalid,
      distinct: distinctNumbers(out),
    };
  }
  if (type === 'date' || type === 'datetime') {
    const out = new Float64Array(n);
    let nulls = 0;
    // Logs repeat a timestamp on every line of an order: reuse the last reading.
    let previous: string | null = null;
    let previousMs = NaN;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === previous) {
        out[i] = previousMs;
        if (Number.isNaN(previousMs)) record(invalid, i, v);
        continue;
      }
      if (isNullToken(v)) {
        out[i] = NaN;
        nulls++;
        continue;
      }
      let ms = fixedIsoMs(v);
      if (Number.isNaN(ms)) {
        const r = readDate(v, true);
        if (r !== null)
          ms = r.pattern === 'day-month-year' ? (spec.dateOrder ? readDayMonthYear(v, spec.dateOrder) : NaN) : r.ms;
      }
      if (Number.isNaN(ms)) record(invalid, i, v);
      out[i] = ms;
      previous = v;
      previousMs = ms;
    }
    return {
      name,
      type,
      format: spec.format,
      data: { kind: 'number', values: out },
      nulls,
      invalid,
      distinct: distinctNumbers(out),
    };
  }
  if (type === 'boolean') {
    const out = new Int8Array(n);
    let nulls = 0;
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (isNullToken(v)) {
        out[i] = -1;
        nulls++;
        continue;
      }
      const b = readBoolean(v);
      if (b < 0) record(invalid, i, v);
      else seen.add(b);
      out[i] = b;
    }
    return {
      name,
      type,
      format: spec.format,
      data: { kind: 'boolean', values: out },
      nulls,
      invalid,
      distinct: seen.size,
    };
  }
  const { codes, dictionary, nulls } = spec.distinctValues
    ? compactDistinct(values, spec.blankFree === true)
    : dictionaryEncode(values);
  return {
    name,
    type,
    format: spec.format,
    data: { kind: 'string', codes, dictionary },
    nulls,
    invalid,
    distinct: dictionary.length,
  };
}
