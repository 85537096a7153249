/**
 * The distinct numbers of a column (never NaN), counted as they are read: an open-addressing
 * table over each number's 64-bit pattern, with the numbers also kept in the order first seen
 * (so another thread's new ones can be handed over and added). Own table because a
 * Set<number> boxes every non-integer it is given.
 */
import { Float64List } from './float64List.ts';

const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

function hash(v: number): number {
  bits[0] = v;
  let h = Math.imul(words[0] ^ Math.imul(words[1], 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 13);
}

export class NumberSet {
  /** NaN marks an empty slot. */
  private slots = new Float64Array(1024).fill(NaN);
  private mask = 1023;
  /** The numbers in the order they were first added. */
  private readonly order = new Float64List();

  get size(): number {
    return this.order.length;
  }

  /** Adds v; whether it was new. */
  add(v: number): boolean {
    const slots = this.slots;
    const mask = this.mask;
    let slot = hash(v) & mask;
    for (;;) {
      const s = slots[slot];
      if (s === v) return false;
      if (s !== s) break;
      slot = (slot + 1) & mask;
    }
    slots[slot] = v;
    this.order.push(v);
    if (this.order.length * 2 > mask + 1) this.grow();
    return true;
  }

  /** Adds each of `values`. */
  addAll(values: Float64Array): void {
    for (let i = 0; i < values.length; i++) this.add(values[i]);
  }

  /** The numbers first added at or after the k-th, in that order (a copy). */
  from(k: number): Float64Array {
    return this.order.view().slice(k);
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const slots = new Float64Array(size).fill(NaN);
    const mask = size - 1;
    const order = this.order.view();
    for (let i = 0; i < order.length; i++) {
      let slot = hash(order[i]) & mask;
      while (slots[slot] === slots[slot]) slot = (slot + 1) & mask;
      slots[slot] = order[i];
    }
    this.slots = slots;
    this.mask = mask;
  }
}
