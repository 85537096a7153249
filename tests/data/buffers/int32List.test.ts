import { describe, expect, it } from 'vitest';
import { Int32List } from '../../../src/data/buffers/int32List.ts';

describe('Int32List', () => {
  it('keeps every value pushed, past reservations too, and pops the last', () => {
    const list = new Int32List();
    const expected: number[] = [];
    for (let i = 0; i < 5000; i++) {
      if (i === 1500) list.reserve(3000);
      list.push(i * 7 - 100);
      expected.push(i * 7 - 100);
    }
    list.pop();
    expected.pop();
    expect(Array.from(list.toArray())).toEqual(expected);
    expect(Array.from(list.view())).toEqual(expected);
  });

  it('toArray gives the buffer when full, a view when at most an eighth is unused, else a trimmed copy', () => {
    // [values pushed into room for 2000, the buffer the array keeps]: itself, a view, a trimmed copy.
    for (const [count, buffer] of [
      [2000, 2000],
      [1800, 2000],
      [1000, 1000],
    ]) {
      const list = new Int32List();
      list.reserve(2000);
      for (let i = 0; i < count; i++) list.push(i);
      const array = list.toArray();
      expect(Array.from(array)).toEqual(Array.from({ length: count }, (_, i) => i));
      expect(array.buffer.byteLength).toBe(buffer * 4);
    }
  });
});
