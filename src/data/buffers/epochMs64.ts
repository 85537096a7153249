/**
 * Dates as Arrow stores them, made without Arrow so that the thread that types a date column
 * can make them (see data/typing/columnTyping.ts) without loading it.
 */

/**
 * Epoch milliseconds (whole numbers within ±2^53, NaN for none) as int64 words, the way Arrow
 * stores timestamps, without a BigInt per value.
 */
export function epochMs64(values: Float64Array): BigInt64Array {
  const out = new BigInt64Array(values.length);
  const words = new Uint32Array(out.buffer);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    const ms = Math.trunc(v);
    // ToUint32 is ms modulo 2^32, for negative ms too; what is left is the high word exactly.
    const lo = ms >>> 0;
    words[2 * i] = lo;
    words[2 * i + 1] = (ms - lo) / 4294967296;
  }
  return out;
}

/**
 * Dates (epoch ms at UTC midnight, NaN for none) as whole days since 1970, the way Arrow's
 * Date32 stores them: half the bytes of int64 milliseconds; null when one is not a whole day.
 */
export function epochDays(values: Float64Array): Int32Array | null {
  const out = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    const day = v / 86_400_000;
    if (day !== Math.floor(day)) return null;
    out[i] = day;
  }
  return out;
}
