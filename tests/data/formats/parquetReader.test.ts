import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readParquet } from '../../../src/data/formats/parquetReader.ts';
import { readContext } from './readContext.ts';

/** Written by hyparquet-writer, independent of our reader; every column has a null. */
function customersParquet(rowGroupSize?: number): Uint8Array {
  return new Uint8Array(
    parquetWriteBuffer({
      rowGroupSize,
      columnData: [
        { name: 'id', data: [1, 2, null], type: 'INT32' },
        { name: 'visits', data: [9007199254740993n, null, 3n], type: 'INT64' },
        { name: 'spend', data: [12.5, 0.1, null], type: 'DOUBLE' },
        { name: 'city', data: ['上海', null, 'Lyon'], type: 'STRING' },
        { name: 'active', data: [true, false, null], type: 'BOOLEAN' },
        {
          name: 'signup',
          data: [new Date(Date.UTC(2024, 0, 15)), new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 250)), null],
          type: 'TIMESTAMP',
        },
      ],
    }),
  );
}

describe('readParquet', () => {
  it('readParquet(bytes) reads column names and row numbers', async () => {
    const t = await readParquet(customersParquet(), readContext('customers.parquet'));
    expect(t.format).toBe('parquet');
    expect(t.names).toEqual(['id', 'visits', 'spend', 'city', 'active', 'signup']);
    expect([...t.sourceRows]).toEqual([1, 2, 3]);
  });

  it('readParquet(bytes) turns numbers, big integers, text and booleans into texts and nulls into ""', async () => {
    const t = await readParquet(customersParquet(), readContext('customers.parquet'));
    expect(t.columns.slice(0, 5)).toEqual([
      ['1', '2', ''],
      ['9007199254740993', '', '3'],
      ['12.5', '0.1', ''],
      ['上海', '', 'Lyon'],
      ['true', 'false', ''],
    ]);
  });

  it('readParquet(bytes) writes midnight timestamps as dates and others as ISO instants', async () => {
    const t = await readParquet(customersParquet(), readContext('customers.parquet'));
    expect(t.columns[5]).toEqual(['2024-01-15', '2024-02-29T13:45:30.250Z', '']);
  });

  it('readParquet(bytes) reads every row group and yields after each', async () => {
    const ctx = readContext('customers.parquet');
    const t = await readParquet(customersParquet(1), ctx);
    expect(t.columns[3]).toEqual(['上海', '', 'Lyon']);
    expect(ctx.checkpoints).toBe(3);
  });

  it('readParquet(bytes) reads a ZSTD-compressed file with decimals, dates and timestamps written by DuckDB', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'churnscope-')), 'duck.parquet');
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(`COPY (SELECT * FROM (VALUES
        (1, '张三', DATE '2024-01-15', TIMESTAMP '2024-02-29 13:45:30', 12.50::DECIMAL(10, 2), [1, 2]),
        (2, NULL, NULL, NULL, NULL, NULL)) t(id, name, signup, seen, amount, tags))
      TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
    const bytes = new Uint8Array(readFileSync(path));
    await expect(readParquet(bytes, readContext('duck.parquet'))).rejects.toMatchObject({ issue: { column: 'tags' } });
    await connection.run(
      `COPY (SELECT * EXCLUDE (tags) FROM read_parquet('${path}')) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`,
    );
    const t = await readParquet(new Uint8Array(readFileSync(path)), readContext('duck.parquet'));
    expect(t.columns).toEqual([
      ['1', '2'],
      ['张三', ''],
      ['2024-01-15', ''],
      ['2024-02-29T13:45:30Z', ''],
      ['12.5', ''],
    ]);
  });

  it('readParquet(bytes) names a nested column and says what to do', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/bad/unsupported-type.parquet', import.meta.url)));
    const read = readParquet(bytes, readContext('unsupported-type.parquet'));
    await expect(read).rejects.toMatchObject({
      issue: { code: 'unsupported-type', column: 'tags', params: { type: 'list' } },
    });
    await expect(read).rejects.toThrow(
      'Column "tags" in unsupported-type.parquet holds list values, which cannot be shown as one cell per row. Convert this column to text or drop it before export, then open the file again.',
    );
  });

  it('readParquet(bytes) refuses binary columns without a string annotation', async () => {
    const bytes = new Uint8Array(
      parquetWriteBuffer({ columnData: [{ name: 'blob', data: [new Uint8Array([1, 2])], type: 'BYTE_ARRAY' }] }),
    );
    await expect(readParquet(bytes, readContext('b.parquet'))).rejects.toMatchObject({
      issue: { code: 'unsupported-type', column: 'blob' },
    });
  });

  it('readParquet(bytes) reports a file cut short as truncated', async () => {
    const whole = customersParquet();
    const read = readParquet(whole.subarray(0, whole.length >> 1), readContext('cut.parquet'));
    await expect(read).rejects.toMatchObject({ issue: { code: 'truncated-file' } });
    await expect(read).rejects.toThrow(/cut\.parquet seems cut short or damaged/);
  });

  it('readParquet(bytes) says when a file is not Parquet at all', async () => {
    const read = readParquet(new TextEncoder().encode('id,name\n1,a\n'), readContext('a.parquet'));
    await expect(read).rejects.toMatchObject({ issue: { code: 'unreadable' } });
  });
});
