import { describe, expect, it } from 'vitest';
import { arrowTable, columnVector, utf8Vector } from '../../src/data/arrowColumns.ts';
import type { TypedColumn } from '../../src/core/columns/typedColumn.ts';
import { typeColumn } from '../../src/data/typing/columnTyping.ts';

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

  it('a date column typed by typeColumn carries its Arrow days and range, and reads back through Arrow as Date.parse says', () => {
    const texts = [
      '1899-12-31',
      '1969-12-31',
      '',
      '2038-01-19',
      '1970-01-01',
      '0001-01-01',
      '2024-02-29',
      '1969-12-31',
    ];
    const dictionary = [...new Set(texts)];
    const column = { codes: Int32Array.from(texts, (t) => dictionary.indexOf(t)), dictionary };
    const typed = typeColumn(column, 'signed', {}).column;
    const ms = texts.map((t) => (t === '' ? null : Date.parse(`${t}T00:00:00Z`)));
    expect(typed.type).toBe('date');
    expect(typed.epochMs64).toBeUndefined();
    expect(Array.from(typed.epochDays!, (v, i) => (ms[i] === null ? null : v * 86_400_000))).toEqual(ms);
    const present = ms.filter((v): v is number => v !== null);
    expect(typed.range).toEqual({ min: Math.min(...present), max: Math.max(...present) });
    expect([...columnVector(typed)]).toEqual(ms);
    // A column the user calls a date that holds a time of day keeps its milliseconds.
    const stamps = { codes: Int32Array.from([0, 1]), dictionary: ['2024-03-05 10:30', '2024-03-06'] };
    const forced = typeColumn(stamps, 'when', { columnTypes: { when: 'date' } }).column;
    expect(forced.epochDays).toBeUndefined();
    const stampMs = [Date.parse('2024-03-05T10:30:00Z'), Date.parse('2024-03-06T00:00:00Z')];
    expect([...columnVector(forced)]).toEqual(stampMs);
    // A number column's range, NaN-free; none at all when every cell is empty.
    const amounts = typeColumn({ codes: Int32Array.from([0, 1, 2, 1]), dictionary: ['12.5', '-3', ''] }, 'amount', {});
    expect(amounts.column.range).toEqual({ min: -3, max: 12.5 });
    const empty = typeColumn({ codes: Int32Array.from([0, 0]), dictionary: [''] }, 'amount', {
      columnTypes: { amount: 'decimal' },
    });
    expect(empty.column.range).toEqual({ min: NaN, max: NaN });
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
