/**
 * Results as a link carries them: plain JSON, with typed arrays tagged so they come back as the
 * same typed arrays (`{"$t":"f64","a":[…]}`) and every non-integer number rounded to
 * SIGNIFICANT_DIGITS significant digits (what a chart or a table shows; it keeps links short
 * and keeps a single customer's exact amount, such as a median charge, out of them).
 * NaN and ±Infinity are tagged as well (JSON has no word for them).
 */
export const SIGNIFICANT_DIGITS = 4;

const TYPED = {
  f64: Float64Array,
  f32: Float32Array,
  i32: Int32Array,
  i16: Int16Array,
  i8: Int8Array,
  u32: Uint32Array,
  u16: Uint16Array,
  u8: Uint8Array,
} as const;
type TypedTag = keyof typeof TYPED;
type TypedArray = InstanceType<(typeof TYPED)[TypedTag]>;

export function roundNumber(x: number): number | { $n: string } {
  if (!Number.isFinite(x)) return { $n: String(x) };
  if (Number.isInteger(x)) return x;
  return Number(x.toPrecision(SIGNIFICANT_DIGITS));
}

function tagOf(value: ArrayBufferView): TypedTag | null {
  for (const tag of Object.keys(TYPED) as TypedTag[]) if (value instanceof TYPED[tag]) return tag;
  return null;
}

/** A result (typed arrays, nested objects) as plain JSON-ready values. */
export function toPlain(value: unknown): unknown {
  if (typeof value === 'number') return roundNumber(value);
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) {
    const tag = tagOf(value);
    return tag ? { $t: tag, a: Array.from(value as TypedArray, (x) => roundNumber(x)) } : null;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = toPlain(v);
  return out;
}

const special = (v: unknown): number => (v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : -Infinity);

/** The values toPlain made, back with their typed arrays and special numbers. */
export function fromPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(fromPlain);
  const record = value as Record<string, unknown>;
  if (typeof record.$n === 'string' && Object.keys(record).length === 1) return special(record.$n);
  if (typeof record.$t === 'string' && Array.isArray(record.a) && record.$t in TYPED) {
    const Typed = TYPED[record.$t as TypedTag];
    return Typed.from(record.a.map((x) => (typeof x === 'number' ? x : special((x as { $n?: unknown })?.$n))));
  }
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(record)) out[key] = fromPlain(v);
  return out;
}
