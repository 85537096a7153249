import {
  Bool,
  DateDay,
  Decimal,
  Dictionary,
  Field,
  Float64,
  Int32,
  Int64,
  List,
  Table,
  TimestampMicrosecond,
  TimestampMillisecond,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  vectorFromArray,
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { readArrow } from '../../../src/data/formats/arrowReader.ts';
import { readContext } from './readContext.ts';

/** Written by apache-arrow's own IPC writer; every column has a null. */
function customersTable(): Table {
  return new Table({
    id: vectorFromArray([1, null, 3], new Int32()),
    visits: vectorFromArray([9007199254740993n, 2n, null], new Int64()),
    spend: vectorFromArray([12.5, 0.1, null], new Float64()),
    city: vectorFromArray(['上海', null, 'Lyon'], new Utf8()),
    plan: vectorFromArray(['basic', 'pro', null], new Dictionary(new Utf8(), new Int32())),
    active: vectorFromArray([true, false, null], new Bool()),
    signup: vectorFromArray([new Date(Date.UTC(2024, 0, 15)), null, new Date(Date.UTC(2023, 11, 31))], new DateDay()),
    seen: vectorFromArray(
      [Date.UTC(2024, 1, 29, 13, 45, 30, 250), Date.UTC(2024, 2, 1), null],
      new TimestampMillisecond(),
    ),
    seenMicros: vectorFromArray([Date.UTC(2024, 1, 29, 13, 45, 30), null, null], new TimestampMicrosecond()),
  });
}

describe('readArrow', () => {
  it('readArrow(bytes) reads an IPC file and an IPC stream alike', async () => {
    const file = await readArrow(tableToIPC(customersTable(), 'file'), readContext('c.arrow'));
    const stream = await readArrow(tableToIPC(customersTable(), 'stream'), readContext('c.arrows'));
    expect(file.format).toBe('arrow');
    expect(file.names).toEqual(['id', 'visits', 'spend', 'city', 'plan', 'active', 'signup', 'seen', 'seenMicros']);
    expect(stream.columns).toEqual(file.columns);
    expect([...file.sourceRows]).toEqual([1, 2, 3]);
  });

  it('readArrow(bytes) turns numbers, big integers, text, dictionaries and booleans into texts', async () => {
    const t = await readArrow(tableToIPC(customersTable()), readContext('c.arrow'));
    expect(t.columns.slice(0, 6)).toEqual([
      ['1', '', '3'],
      ['9007199254740993', '2', ''],
      ['12.5', '0.1', ''],
      ['上海', '', 'Lyon'],
      ['basic', 'pro', ''],
      ['true', 'false', ''],
    ]);
  });

  it('readArrow(bytes) writes dates as YYYY-MM-DD and timestamps of any unit as ISO instants', async () => {
    const t = await readArrow(tableToIPC(customersTable()), readContext('c.arrow'));
    expect(t.columns.slice(6)).toEqual([
      ['2024-01-15', '', '2023-12-31'],
      ['2024-02-29T13:45:30.250Z', '2024-03-01', ''],
      ['2024-02-29T13:45:30Z', '', ''],
    ]);
  });

  it('readArrow(bytes) applies a decimal column’s scale', async () => {
    const words = new Uint32Array([12345, 0, 0, 0, -5 >>> 0, 0xffffffff, 0xffffffff, 0xffffffff]);
    const amount = makeVector(makeData({ type: new Decimal(2, 10, 128), length: 2, nullCount: 0, data: words }));
    const t = await readArrow(tableToIPC(new Table({ amount })), readContext('d.arrow'));
    expect(t.columns[0]).toEqual(['123.45', '-0.05']);
  });

  it('readArrow(bytes) names a nested column and says what to do', async () => {
    const tags = vectorFromArray([[1], [2, 3]], new List(new Field('item', new Int32(), true)));
    const read = readArrow(tableToIPC(new Table({ tags })), readContext('n.arrow'));
    await expect(read).rejects.toMatchObject({ issue: { code: 'unsupported-type', column: 'tags' } });
    await expect(read).rejects.toThrow(
      /Column "tags" in n\.arrow holds list values .*Convert this column to text or drop it before export/,
    );
  });

  it('readArrow(bytes) reports a stream cut short as truncated', async () => {
    const whole = tableToIPC(customersTable(), 'stream');
    const read = readArrow(whole.subarray(0, whole.length >> 1), readContext('cut.arrows'));
    await expect(read).rejects.toMatchObject({ issue: { code: 'truncated-file' } });
  });

  it('readArrow(bytes) says when bytes are not Arrow at all', async () => {
    const read = readArrow(new TextEncoder().encode('id,name\n1,a\n'), readContext('a.arrow'));
    await expect(read).rejects.toMatchObject({ issue: { code: 'unreadable' } });
  });
});
