import { describe, expect, it } from 'vitest';
import { encodeTexts, entryCounts, expandToRows, firstRowsOf } from '../../../src/core/columns/encodedColumn.ts';
import { convertColumn } from '../../../src/core/columns/typedColumn.ts';
import { inferColumnType } from '../../../src/core/cellText/typeInference.ts';

describe('encoded columns', () => {
  it('inferColumnType(distinct texts, counts) weighs each text by its cells, like the cells themselves', () => {
    const cells = [...Array(60).fill('1'), ...Array(39).fill('2'), 'abc'];
    const col = encodeTexts(cells);
    const counts = entryCounts(col);
    const weighted = inferColumnType(col.dictionary, 'x', undefined, counts);
    const plain = inferColumnType(cells, 'x');
    expect(weighted.type).toBe(plain.type);
    expect(weighted.nearMiss?.type).toBe('integer');
    expect(weighted.nearMiss?.misses.count).toBe(1);
    expect(weighted.nonNull).toBe(100);
  });
  it('expandToRows gives row-level nulls, invalid cells with their first rows, and the values', () => {
    const cells = ['1.5', '', 'x', '2', 'NA', 'x', '1.5'];
    const col = encodeTexts(cells);
    const counts = entryCounts(col);
    const rows = expandToRows(convertColumn(col.dictionary, 'v', { type: 'decimal' }), col, counts);
    expect(rows.nulls).toBe(2);
    expect(rows.invalid.count).toBe(2);
    expect(rows.invalid.indices).toEqual([2, 5]);
    expect(rows.invalid.examples).toEqual(['x', 'x']);
    expect(rows.data.kind === 'number' && Array.from(rows.data.values)).toEqual([1.5, NaN, NaN, 2, NaN, NaN, 1.5]);
  });
  it('expandToRows keeps strings dictionary-encoded with blanks as empty', () => {
    const col = encodeTexts(['b', ' ', 'a', 'b']);
    const rows = expandToRows(convertColumn(col.dictionary, 's', { type: 'categorical' }), col, entryCounts(col));
    expect(rows.data.kind === 'string' && Array.from(rows.data.codes)).toEqual([0, -1, 1, 0]);
    expect(rows.data.kind === 'string' && rows.data.dictionary).toEqual(['b', 'a']);
    expect(rows.nulls).toBe(1);
  });
  it('firstRowsOf lists the first rows holding any of the given texts, in row order', () => {
    const col = encodeTexts(['a', 'b', 'c', 'b', 'a']);
    expect(firstRowsOf([1, 0], col.codes, 3)).toEqual([0, 1, 3]);
  });
});
