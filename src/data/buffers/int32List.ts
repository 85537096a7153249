/**
 * A list of int32 values that grows as they arrive (a column's codes as a file is read, its
 * row numbers). It doubles when full, or grows once to a capacity reserved from an estimate,
 * and its final array is the buffer itself, or a view of it when little is unused, rather than
 * a trimmed copy: on the 5M-row bench log each copy of a column's 20 MB of codes cost ~25–85 ms
 * on this machine (fresh memory is slow to touch here).
 */
export class Int32List {
  protected values = new Int32Array(256);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) this.grow(this.values.length * 2);
    this.values[this.length++] = value;
  }

  pop(): void {
    if (this.length > 0) this.length--;
  }

  /** Starts the list over, empty, in a new buffer of `capacity` (the old one was handed on). */
  restart(capacity: number): void {
    this.values = new Int32Array(Math.max(16, capacity));
    this.length = 0;
  }

  /** Room for `capacity` values in all, so that the list need not grow again up to there. */
  reserve(capacity: number): void {
    if (capacity > this.values.length) this.grow(capacity);
  }

  protected grow(capacity: number): void {
    const grown = new Int32Array(capacity);
    grown.set(this.values.subarray(0, this.length));
    this.values = grown;
  }

  /**
   * The values, when the list is done: the buffer itself when full, a view of it when at most
   * an eighth of it is unused (the rest is not worth a copy), else a trimmed copy.
   */
  toArray(): Int32Array {
    const unused = this.values.length - this.length;
    if (unused === 0) return this.values;
    return unused <= this.values.length >> 3 ? this.values.subarray(0, this.length) : this.values.slice(0, this.length);
  }

  /** A view of the values, for a list that is done (its buffer is then handed to another thread). */
  view(): Int32Array {
    return this.values.subarray(0, this.length);
  }
}
