import { describe, expect, it } from 'vitest';
import { Int32List } from '../../../src/core/int32List.ts';

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
    const full = new Int32List();
    full.reserve(2000);
    for (let i = 0; i < 2000; i++) full.push(i);
    const whole = full.toArray();
    expect(whole.length).toBe(2000);
    expect(whole.byteLength).toBe(whole.buffer.byteLength);

    const nearly = new Int32List();
    nearly.reserve(2000);
    for (let i = 0; i < 1800; i++) nearly.push(i);
    const view = nearly.toArray();
    expect(view.length).toBe(1800);
    expect(view.buffer.byteLength).toBe(2000 * 4);

    const sparse = new Int32List();
    sparse.reserve(2000);
    for (let i = 0; i < 1000; i++) sparse.push(i);
    const copy = sparse.toArray();
    expect(copy.length).toBe(1000);
    expect(copy.buffer.byteLength).toBe(1000 * 4);
    expect(Array.from(copy)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });
});
