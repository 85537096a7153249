import { describe, expect, it } from 'vitest';
import { arrowTable, columnVector, utf8Vector } from '../../../src/data/arrowColumns.ts';
import type { TypedColumn } from '../../../src/core/typedColumn.ts';

const noMisses = { count: 0, indices: [], examples: [] };

describe('columnVector', () => {
  // Reference: the epoch ms themselves (Date.parse of ISO strings), read back through Arrow.
  it('columnVector keeps dates exactly as epoch ms, before 1970 and after 2038 too, nulls as null', () => {
    const ms = [
      '0001-01-01',
      '1899-12-31T23:59:59Z',
      '1969-12-31T23:59:59.999Z',
      '1970-01-01',
      '2038-01-19T03:14:08Z',
      '9999-12-31T23:59:59.999Z',
    ].map((iso) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
    const values = Float64Array.from([...ms, NaN]);
    const col: TypedColumn = {
      name: 'd',
      type: 'datetime',
      data: { kind: 'number', values },
      nulls: 1,
      invalid: noMisses,
      distinct: 6,
    };
    expect([...columnVector(col)]).toEqual([...ms, null]);
  });

  it('columnVector gives no validity bitmap to a number column with no empty or bad cells', () => {
    const values = Float64Array.from([1, 2, 3]);
    const col: TypedColumn = {
      name: 'n',
      type: 'integer',
      data: { kind: 'number', values },
      nulls: 0,
      invalid: noMisses,
      distinct: 3,
    };
    const v = columnVector(col);
    expect(v.nullCount).toBe(0);
    expect([...v]).toEqual([1, 2, 3]);
  });

  it('utf8Vector writes ASCII and non-ASCII strings alike (Chinese, emoji) and marks nulls', () => {
    const strings = ['a', '', '客户编号', 'x😀y', 'plain', 'é'];
    expect([...utf8Vector(strings)]).toEqual(strings);
    expect([...utf8Vector(['a', 'b'], (i) => i === 1)]).toEqual(['a', null]);
  });

  it('arrowTable dictionary-encodes repeating text and keeps unique text plain', () => {
    const codes = Int32Array.from([0, 1, 0, 1, -1, 0]);
    const col: TypedColumn = {
      name: 'c',
      type: 'categorical',
      data: { kind: 'string', codes, dictionary: ['yes', 'no'] },
      nulls: 1,
      invalid: noMisses,
      distinct: 2,
    };
    const table = arrowTable([col]);
    expect([...table.getChild('c')!]).toEqual(['yes', 'no', 'yes', 'no', null, 'yes']);
    expect(String(table.schema.fields[0].type)).toMatch(/Dictionary/);
  });
});
