/**
 * The generated ClickHouse SQL on a real ClickHouse server (Debian's clickhouse-server, 18.16),
 * started for this file on 127.0.0.1 with its data in a temporary folder and stopped afterwards.
 * No server binary is a failure, not a skip: CI installs it (.ci/run).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { RETAIL_MONTH, sourceFile } from '../sharedData.ts';
import { clickhouseHttp, type ClickHouseHttp } from './clickhouse/clickhouseHttp.ts';
import { loadOnlineRetail } from './clickhouse/clickhouseLoad.ts';
import { startClickHouse, type ClickHouseServer } from './clickhouse/clickhouseServer.ts';

const YEAR = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];

let server: ClickHouseServer | undefined;
let ch: ClickHouseHttp;

beforeAll(async () => {
  server = await startClickHouse();
  ch = clickhouseHttp(server.url);
  await loadOnlineRetail(
    ch,
    'online_retail',
    YEAR.map((m) => RETAIL_MONTH(m)),
  );
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('ClickHouse server', () => {
  it('answers over HTTP with the version Debian ships', async () => {
    const [{ v }] = await ch.rows<{ v: string }>('SELECT version() AS v');
    expect(v).toMatch(/^\d+\.\d+/);
  });

  it('holds every Online Retail invoice line the app reads from the 13 monthly files', async () => {
    const engine = createEngine();
    const opened = await engine.openDataset(await Promise.all(YEAR.map((m) => sourceFile(RETAIL_MONTH(m)))));
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    const [counts] = await ch.rows<{ n: string; missing: string; customers: string }>(
      `SELECT count() AS n, countIf(isNull(CustomerID)) AS missing, uniqExact(CustomerID) AS customers FROM online_retail`,
    );
    // Published (../shared/data/README.md): 541,909 lines, CustomerID blank on 135,080. Exact.
    expect(Number(counts.n)).toBe(541_909);
    expect(Number(counts.missing)).toBe(135_080);
    // And the same as the app's own reading of the files: rows, missing ids, distinct ids. Exact.
    const id = opened.value.columns.find((c) => c.name === 'CustomerID')!;
    expect(Number(counts.n)).toBe(opened.value.rows);
    expect(Number(counts.missing)).toBe(id.nulls);
    expect(Number(counts.customers)).toBe(id.distinct);
  });
});
