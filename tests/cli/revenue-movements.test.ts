/**
 * `churnscope revenue` as a user runs it: the bridge of the full CDNOW log against the same bridge
 * in DuckDB SQL (tests/engine/analyses/revenueMovementsSql.ts), the by-group rows, and the
 * customer table written with the movement columns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { RETAIL_MONTH, sharedData } from '../sharedData.ts';
import { bridgeSql } from '../engine/analyses/revenueMovementsSql.ts';
import { cli, scratchDirs } from './runCli.ts';

const CDNOW = sharedData('cdnow', 'lifetimes', 'CDNOW_master.txt');
const scratch = scratchDirs();

const json = (...args: string[]) => {
  const r = cli(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('churnscope revenue', () => {
  it('revenue <CDNOW_master.txt> --period quarter prints the DuckDB bridge, cents rounded', async () => {
    const out = json('revenue', CDNOW, '--period', 'quarter');
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await db.run(`
      CREATE TABLE t AS
      SELECT s[1] AS cid, strptime(s[2], '%Y%m%d')::DATE AS d, s[4]::DOUBLE AS amount, s[4]::DOUBLE < 0 AS is_return
      FROM (SELECT string_split_regex(trim(line), '\\s+') AS s
            FROM read_csv('${CDNOW}', columns = {'line': 'VARCHAR'}, delim = '\\t', header = false, skip = 1))`);
    const sql = await bridgeSql(db, 'quarter');
    db.closeSync();
    instance.closeSync();
    expect(out.periods.map((p: { period: string }) => p.period)).toEqual(sql.map((r) => r.period));
    out.periods.forEach((p: Record<string, number>, i: number) => {
      for (const k of [
        'revenueStart',
        'new',
        'expansion',
        'contraction',
        'churned',
        'reactivated',
        'revenueEnd',
      ] as const)
        // Printed to the cent: within half a cent (plus the summation dust) of SQL's sum.
        expect(Math.abs(p[k] - sql[i][k])).toBeLessThanOrEqual(0.005 + 1e-6);
      // Ratios are printed as computed: 1e-9.
      for (const k of ['grr', 'nrr', 'quickRatio'] as const)
        expect(Math.abs(p[k] - sql[i][k])).toBeLessThanOrEqual(1e-9);
    });
    expect(out.conventions.join(' ')).toMatch(
      /revenueStart \+ new \+ expansion - contraction - churned \+ reactivated = revenueEnd/,
    );
    expect([out.openPeriod, out.summary.from, out.summary.to]).toEqual([null, '1997-Q2', '1998-Q2']);
  }, 60_000);

  it('revenue <Online Retail Sep–Nov 2011> --by Country prints one bridge per country that add up to the whole', () => {
    const out = json('revenue', ...['2011-09', '2011-10', '2011-11'].map(RETAIL_MONTH), '--by', 'Country');
    expect(out.periods.map((p: { period: string }) => p.period)).toEqual(['2011-10', '2011-11']);
    expect(out.byGroup[0].group).toBe('United Kingdom');
    expect(out.byGroup.length).toBe(12);
    for (let i = 0; i < out.periods.length; i++)
      for (const k of ['revenueStart', 'new', 'churned', 'revenueEnd']) {
        const groups = out.byGroup.reduce(
          (s: number, g: { periods: Record<string, number>[] }) => s + g.periods[i][k],
          0,
        );
        // Twelve sums each rounded to the cent: within 12 half-cents of the whole.
        expect(Math.abs(groups - out.periods[i][k])).toBeLessThanOrEqual(0.06);
      }
  }, 60_000);

  it('revenue --out table.csv writes revenue_movement, revenue_change and revenue_drop_percent after the id', () => {
    const file = join(scratch(), 'table.csv');
    json('revenue', CDNOW, '--bridge-period', '1998-06', '--alert-months', '2', '--alert-drop', '50', '--out', file);
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    expect(lines[0].split(',').slice(0, 4)).toEqual([
      'customer_id',
      'revenue_movement',
      'revenue_change',
      'revenue_drop_percent',
    ]);
    const movements = new Set(lines.slice(1, 2000).map((l) => l.split(',')[1]));
    expect(
      [...movements].every((m) =>
        ['new', 'expansion', 'contraction', 'churned', 'reactivated', 'unchanged', 'none', undefined].includes(m),
      ),
    ).toBe(true);
    expect(movements.has('churned')).toBe(true);
  }, 60_000);

  it('revenue with a bad period, alert or bridge period says which', () => {
    expect(cli('revenue', CDNOW, '--period', 'week').stderr).toMatch(/--period takes month or quarter or year/);
    expect(cli('revenue', CDNOW, '--alert-drop', '150').stderr).toMatch(/--alert-drop takes a percentage/);
    const r = cli('revenue', CDNOW, '--bridge-period', '2001-01');
    expect([r.code, r.stderr.trim()]).toEqual([
      2,
      'churnscope: "2001-01" is not a period of the bridge: choose one from 1997-02 to 1998-06.',
    ]);
  }, 60_000);
});
