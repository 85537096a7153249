/**
 * An analysis's aggregate computed elsewhere (the app's generated SQL run by DuckDB on Online
 * Retail, Sep–Dec 2011, 90 days without a purchase, written by DuckDB's COPY to CSV or Parquet, or as an Arrow IPC file)
 * opened as a file: recognised, the matching analysis drawn from its counts equals the same
 * analysis of the raw log opened in the app, and every other analysis says it needs the log.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { DateDay, Float64, Table, tableToIPC, vectorFromArray } from 'apache-arrow';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CohortPeriod, DatasetSummary, EngineApi } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { generateSql, type SqlKind } from '../../../src/sql/index.ts';
import { value } from '../analyses/analysisFixtures.ts';
import { bytesFile, sourceFile } from '../../sharedData.ts';
import { onlineRetail, type LoadedPair } from '../../sql/sqlInputs.ts';

const definition = { kind: 'inactivity', days: 90 } as const;
let raw: LoadedPair;
let dir: string;

beforeAll(async () => {
  raw = await onlineRetail();
  value(raw.engine.buildCustomerTable(raw.id, { roles: raw.roles, definition }));
  dir = mkdtempSync(join(tmpdir(), 'aggregate-files-'));
}, 60_000);
afterAll(() => {
  raw?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * The generated query of `kind` written by DuckDB as `format` (Arrow: DuckDB's rows written as
 * an Arrow IPC file with apache-arrow, dates as Arrow dates), opened in a fresh engine (no customer table).
 */
async function opened(
  kind: SqlKind,
  format: 'csv' | 'parquet' | 'arrow',
  period?: CohortPeriod,
): Promise<{ engine: EngineApi; s: DatasetSummary }> {
  const q = generateSql(kind, 'duckdb', { roles: raw.roles, definition, options: period ? { period } : {} });
  if (!q.ok) throw new Error(q.issue.message);
  const path = join(dir, `${kind}${period ?? ''}.${format}`);
  if (format === 'arrow') writeFileSync(path, await arrowBytes(q.sql, q.columns));
  else {
    const to = format === 'csv' ? "(HEADER, DELIMITER ',')" : '(FORMAT PARQUET)';
    await raw.db.run(`COPY (${q.sql}) TO '${path}' ${to}`);
  }
  const engine = createEngine();
  return { engine, s: value(await engine.openDataset([await sourceFile(path)])) };
}

const DATE_COLUMNS = new Set(['as_of', 'period_start', 'period_end', 'first_date']);

async function arrowBytes(sql: string, columns: readonly string[]): Promise<Uint8Array> {
  const rows = (await raw.db.runAndReadAll(sql)).getRowObjectsJson();
  const vectors = Object.fromEntries(
    columns.map((c) => {
      if (DATE_COLUMNS.has(c))
        return [
          c,
          vectorFromArray(
            rows.map((r) => new Date(`${String(r[c])}T00:00:00Z`)),
            new DateDay(),
          ),
        ];
      if (c === 'grp') return [c, vectorFromArray(rows.map((r) => String(r[c] ?? '')))];
      return [
        c,
        vectorFromArray(
          rows.map((r) => (r[c] === null ? null : Number(r[c]))),
          new Float64(),
        ),
      ];
    }),
  );
  return tableToIPC(new Table(vectors), 'file');
}

const noticed = (s: DatasetSummary) =>
  s.issues.filter((i) => i.code === 'aggregate-computed-elsewhere').map((i) => i.params?.aggregate);

describe.each(['csv', 'parquet', 'arrow'] as const)('aggregates computed by DuckDB, opened from %s', (format) => {
  it('retention triangle: recognised, and every measure equals the raw log’s triangle', async () => {
    const { engine, s } = await opened('retention-triangle', format);
    expect(noticed(s)).toEqual(['retention-triangle']);
    for (const measure of ['active', 'retained', 'revenue'] as const) {
      const back = value(engine.analyze(s.id, 'retention-triangle', { period: 'month', measure }));
      const app = value(raw.engine.analyze(raw.id, 'retention-triangle', { period: 'month', measure }));
      // The period is read from the cohort numbers: months.
      expect([back.period, back.measure, back.stamp.asOf]).toEqual(['month', measure, app.stamp.asOf]);
      const [b, a] = [back.triangles[0], app.triangles[0]];
      expect(b.cohorts.map((c) => [c.label, c.size, c.observed])).toEqual(
        a.cohorts.map((c) => [c.label, c.size, c.observed]),
      );
      if (measure !== 'revenue') {
        // Counts: exact, and so every rate, Wilson bound and average computed from them.
        expect(b).toEqual(a);
      } else {
        // Revenue: the same amounts summed by DuckDB in another order, through CSV text: 1e-9 relative.
        b.cohorts.forEach((c, g) =>
          c.counts.forEach((x, k) => {
            const y = a.cohorts[g].counts[k];
            expect(Math.abs(x - y) / Math.max(1, Math.abs(y))).toBeLessThan(1e-9);
          }),
        );
      }
    }
  });

  it.each(['week', 'quarter', 'year'] as const)(
    'retention triangle by %s: the period is read from the cohort numbers, and the triangle equals the raw log’s',
    async (period) => {
      const { engine, s } = await opened('retention-triangle', format, period);
      // The cell asks for months; the file's cohorts are numbered in another period, which wins.
      const back = value(engine.analyze(s.id, 'retention-triangle', { period: 'month', measure: 'retained' }));
      const app = value(raw.engine.analyze(raw.id, 'retention-triangle', { period, measure: 'retained' }));
      expect(back.period).toBe(period);
      // Exact: the same counts.
      expect(back.triangles).toEqual(app.triangles);
    },
  );

  it('survival: recognised, and the Kaplan–Meier curve equals the raw log’s, in months and days', async () => {
    const { engine, s } = await opened('survival', format);
    expect(noticed(s)).toEqual(['survival']);
    for (const unit of ['months', 'days'] as const) {
      const back = value(engine.analyze(s.id, 'survival', { unit }));
      const app = value(raw.engine.analyze(raw.id, 'survival', { unit }));
      // Exact: the same whole-day counts, the same arithmetic (times, survival, intervals, at risk, median).
      expect(JSON.stringify(back.groups)).toBe(JSON.stringify(app.groups));
      expect(back.groups[0].events).toBeGreaterThan(0);
    }
  });

  it('churn KPIs: recognised, and customers, churners and the period’s counts and rates equal the raw log’s', async () => {
    const { engine, s } = await opened('churn-kpis', format);
    expect(noticed(s)).toEqual(['churn-kpis']);
    const back = value(engine.analyze(s.id, 'churn-kpis', {}));
    const app = value(raw.engine.analyze(raw.id, 'churn-kpis', {}));
    // Exact: integer counts and the ratios of them.
    expect([back.customers, back.churned, back.atRisk, back.churnRate]).toEqual([
      app.customers,
      app.churned,
      app.atRisk,
      app.churnRate,
    ]);
    const { lossCountedAt: _a, complete: _b, ...period } = app.period!;
    expect(back.period).toMatchObject(period);
  });

  it('other analyses say they need the log or the customer table', async () => {
    const { engine, s } = await opened('survival', format);
    for (const kind of ['retention-triangle', 'churn-kpis', 'rfm', 'value-tiers'] as const) {
      const r = engine.analyze(s.id, kind, {} as never);
      expect(r.ok ? null : r.issues.map((i) => [i.code, i.params?.aggregate])).toEqual([
        ['aggregate-needs-log', 'survival'],
      ]);
    }
  });
});

describe('an aggregate whose columns are not as the SQL writes them', () => {
  it('says which column, rather than drawing from it', async () => {
    const engine = createEngine();
    const text = 'cohort,period,customers,last_active,revenue,as_of\n2011-09,0,10,4,100.5,2011-12-09\n';
    const s = value(await engine.openDataset([bytesFile('triangle.csv', new TextEncoder().encode(text))]));
    expect(noticed(s)).toEqual(['retention-triangle']);
    const r = engine.analyze(s.id, 'retention-triangle', { period: 'month', measure: 'active' });
    expect(r.ok ? null : r.issues.map((i) => [i.code, i.params?.column])).toEqual([['aggregate-invalid', 'cohort']]);
  });
});
