/**
 * The ClickHouse harness fails loudly: no server binary is an error naming what to install (the
 * SQL tests must fail, not skip, where ClickHouse is missing), and a binary that exits before
 * answering is an error with its output, its temporary folder removed.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { MISSING_CLICKHOUSE, startClickHouse } from './clickhouse/clickhouseServer.ts';

const saved = process.env.CLICKHOUSE_SERVER;
afterEach(() => {
  if (saved === undefined) delete process.env.CLICKHOUSE_SERVER;
  else process.env.CLICKHOUSE_SERVER = saved;
});

describe('startClickHouse', () => {
  it('startClickHouse() without a server binary rejects, saying what to install', async () => {
    process.env.CLICKHOUSE_SERVER = '/nonexistent/clickhouse-server';
    await expect(startClickHouse()).rejects.toThrow(MISSING_CLICKHOUSE);
    expect(MISSING_CLICKHOUSE).toMatch(/apt-get install -y clickhouse-server/);
  });

  it('startClickHouse() with a binary that exits at once rejects and removes its folder', async () => {
    expect(existsSync('/bin/false')).toBe(true);
    process.env.CLICKHOUSE_SERVER = '/bin/false';
    const error = await startClickHouse(5_000).then(
      () => new Error('started'),
      (e: Error) => e,
    );
    expect(error.message).toMatch(/exited with 1 before answering/);
    const folder = /its folder was (\S+)\)/.exec(error.message)?.[1];
    expect(folder).toContain(tmpdir());
    expect(existsSync(folder!)).toBe(false);
  });
});
