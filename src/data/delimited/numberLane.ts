/**
 * Reading a column of plain numbers straight from its bytes, with no dictionary: each field
 * ("12", "-3.5", "29.70", or empty) is parsed as it is scanned, and the column keeps its
 * numbers, how many are empty, their range and their distinct values. Every number must be
 * written with the same number of decimals (so each cell's text is its number to that many
 * decimals, and the column can be turned back into texts exactly) and be one the typing of
 * its texts would read as plainly the same: no leading zero, no sign on zero, at most 15
 * digits. The first field that is not such a number ends the lane: the builder turns what it
 * read into codes and goes on with its dictionary.
 *
 * Why: looking up every amount of a 5M-row log in a dictionary, then typing it from there,
 * cost more than the rest of reading the column (bench/), and exports' money and count
 * columns are mostly written this way.
 */
import { Float64List } from '../buffers/float64List.ts';
import { NumberSet } from '../buffers/numberSet.ts';
import type { NumberColumn } from '../buffers/numberColumn.ts';

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const MINUS = 45;
const POINT = 46;
const ZERO = 48;
const NINE = 57;

/**
 * Whether a sample of a column's cells (their bytes) makes it worth reading as numbers: all
 * non-empty ones plain numbers with the same decimals, at least one, and not all of them read
 * another way first by typing: 0/1 (yes/no) or 8-digit YYYYMMDD dates.
 */
export function numberLaneFits(cells: Uint8Array[]): boolean {
  const lane = new NumberLane();
  let twoValued = true;
  let eightDigits = true;
  for (const bytes of cells) {
    if (!lane.add(bytes, 0, bytes.length)) return false;
    if (bytes.length === 0) continue;
    if (bytes.length !== 1 || (bytes[0] !== ZERO && bytes[0] !== ZERO + 1)) twoValued = false;
    if (bytes.length !== 8 || lane.decimals !== 0) eightDigits = false;
  }
  return lane.values.length > lane.empties && !twoValued && !eightDigits;
}

/** Mantissas below this are counted in a bitmap (a bit each, 512 KB a sign) rather than hashed. */
const BITMAP_LIMIT = 1 << 22;

/**
 * The distinct numbers of a lane, kept in the order first seen. All are written with the same
 * decimals, so two numbers are equal exactly when their digits (mantissas) are: small ones
 * (counts, amounts in cents up to 41,943.03) are marked in a bitmap, one bit each, which
 * measured ~3× faster than hashing the number; larger ones go to a NumberSet.
 */
/**
 * A bitmap holding bit `at * 8 + 7`: twice the size it was (from 1 KB), or at once as large as
 * needed, and never more than BITMAP_LIMIT bits. Made full size at once, a table of 6,000
 * columns of small numbers held 3 GB of bitmaps (512 KB a column) in the engine's worker.
 */
function grown(bits: Uint8Array | null, at: number): Uint8Array {
  const size = Math.min(BITMAP_LIMIT >> 3, Math.max(1024, 2 * (bits?.length ?? 0), at + 1));
  const next = new Uint8Array(size);
  if (bits) next.set(bits);
  return next;
}

class DistinctNumbers {
  private readonly order = new Float64List();
  /** Bitmaps of the mantissas seen, by sign; made at the first number that needs one. */
  private positive: Uint8Array | null = null;
  private negative: Uint8Array | null = null;
  private large: NumberSet | null = null;

  get size(): number {
    return this.order.length;
  }

  /** Adds v, whose digits read `mantissa` (without sign or point). */
  add(v: number, mantissa: number): void {
    if (mantissa < BITMAP_LIMIT) {
      const at = mantissa >> 3;
      let bits = v < 0 ? this.negative : this.positive;
      if (bits === null || at >= bits.length) {
        bits = grown(bits, at);
        if (v < 0) this.negative = bits;
        else this.positive = bits;
      }
      const bit = 1 << (mantissa & 7);
      if ((bits[at] & bit) !== 0) return;
      bits[at] |= bit;
      this.order.push(v);
    } else if ((this.large ??= new NumberSet()).add(v)) this.order.push(v);
  }

  /** The numbers first added at or after the k-th, in that order (a copy). */
  from(k: number): Float64Array {
    return this.order.view().slice(k);
  }
}

export class NumberLane {
  readonly values = new Float64List();
  /** The decimals every number is written with (−1 until the first number). */
  decimals = -1;
  empties = 0;
  min = Infinity;
  max = -Infinity;
  private readonly distinct = new DistinctNumbers();
  /** Where the last batch ended: empties and distinct numbers since then go with the next. */
  private batchEmpties = 0;
  private batchDistinct = 0;

  /** Reads bytes[start, end) as an empty cell or a plain number of this column's decimals; false when it is not one. */
  add(bytes: Uint8Array, start: number, end: number): boolean {
    if (start === end) {
      this.addEmpty();
      return true;
    }
    let p = start;
    const negative = bytes[p] === MINUS;
    if (negative) p++;
    const first = p < end ? bytes[p] : -1;
    if (first < ZERO || first > NINE) return false;
    // "007" is a code, not seven.
    if (first === ZERO && p + 1 < end && bytes[p + 1] >= ZERO && bytes[p + 1] <= NINE) return false;
    let mantissa = 0;
    let digits = 0;
    let decimals = -1;
    for (; p < end; p++) {
      const b = bytes[p];
      if (b >= ZERO && b <= NINE) {
        mantissa = mantissa * 10 + (b - ZERO);
        digits++;
        if (decimals >= 0) decimals++;
      } else if (b === POINT && decimals < 0) decimals = 0;
      else return false;
    }
    if (decimals === 0 || digits > 15 || (negative && mantissa === 0)) return false;
    if (decimals < 0) decimals = 0;
    if (decimals !== this.decimals) {
      if (this.decimals >= 0) return false;
      this.decimals = decimals;
    }
    // Exact integers divided by an exact power of ten: the same double as Number(text).
    const v = negative ? -(mantissa / POW10[decimals]) : mantissa / POW10[decimals];
    this.values.push(v);
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    this.distinct.add(v, mantissa);
    return true;
  }

  addEmpty(): void {
    this.values.push(NaN);
    this.empties++;
  }

  /** How many distinct numbers so far. */
  get distinctCount(): number {
    return this.distinct.size;
  }

  /** Takes back the last cell (a record the scanner reads again); its number stays counted, as it comes back. */
  pop(): void {
    const v = this.values.pop();
    if (v !== v) this.empties--;
  }

  /** The cells read since the last batch (a view: its buffer is handed on), and the next batch starts empty. */
  takeBatch(): NumberColumn {
    const values = this.values.view();
    const batch = this.column(values, this.empties - this.batchEmpties, this.distinct.from(this.batchDistinct));
    this.batchEmpties = this.empties;
    this.batchDistinct = this.distinct.size;
    this.values.restart(Math.ceil(values.length * 1.1));
    return batch;
  }

  /** Appends a later part's cells (or a batch of them); false when its numbers have other decimals. */
  append(part: NumberColumn): boolean {
    if (part.decimals >= 0 && this.decimals >= 0 && part.decimals !== this.decimals) return false;
    if (this.decimals < 0) this.decimals = part.decimals;
    this.values.append(part.values);
    this.empties += part.empties;
    this.min = Math.min(this.min, part.min);
    this.max = Math.max(this.max, part.max);
    const scale = POW10[Math.max(0, this.decimals)];
    const { distinct } = part;
    for (let k = 0; k < distinct.length; k++) this.distinct.add(distinct[k], Math.round(Math.abs(distinct[k]) * scale));
    return true;
  }

  /** All the cells read, as a column. */
  finish(): NumberColumn {
    return this.column(this.values.toArray(), this.empties, this.distinct.from(0));
  }

  private column(values: Float64Array, empties: number, distinct: Float64Array): NumberColumn {
    return { values, decimals: this.decimals, empties, distinct, min: this.min, max: this.max };
  }
}
