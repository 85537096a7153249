/**
 * A list of float64 values that grows as they arrive (a number column as a file is read): the
 * Float64Array twin of Int32List, kept apart so that each hot push stays monomorphic.
 */
export class Float64List {
  protected values = new Float64Array(256);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) this.grow(this.values.length * 2);
    this.values[this.length++] = value;
  }

  /** Removes the last value and gives it back (NaN when the list is empty). */
  pop(): number {
    return this.length > 0 ? this.values[--this.length] : NaN;
  }

  /** Room for `capacity` values in all, so that the list need not grow again up to there. */
  reserve(capacity: number): void {
    if (capacity > this.values.length) this.grow(capacity);
  }

  /** Starts the list over, empty, in a new buffer of `capacity` (the old one was handed on). */
  restart(capacity: number): void {
    this.values = new Float64Array(Math.max(16, capacity));
    this.length = 0;
  }

  protected grow(capacity: number): void {
    const grown = new Float64Array(capacity);
    grown.set(this.values.subarray(0, this.length));
    this.values = grown;
  }

  /** Appends all of `values`. */
  append(values: Float64Array): void {
    this.reserve(this.length + values.length);
    this.values.set(values, this.length);
    this.length += values.length;
  }

  at(i: number): number {
    return this.values[i];
  }

  /** The values when the list is done: the buffer itself, a view when at most an eighth is unused, else a trimmed copy. */
  toArray(): Float64Array {
    const unused = this.values.length - this.length;
    if (unused === 0) return this.values;
    return unused <= this.values.length >> 3 ? this.values.subarray(0, this.length) : this.values.slice(0, this.length);
  }

  /** A view of the values, for a list that is done (its buffer is then handed to another thread). */
  view(): Float64Array {
    return this.values.subarray(0, this.length);
  }
}
