/**
 * ours, retention triangle: openDataset (loadMs) and buildCustomerTable (customerTableMs), neither
 * compared; then the compared time, `retentionTriangle(id, { period: 'month', measure: 'active' })`,
 * then 'retained' and 'revenue' and 'active' once more (warm), each timed on its own.
 * `<file> <role columns JSON>`.
 */
import { fileBlob } from '../cli/fileBlob.ts';
import { basename } from 'node:path';
import { createEngine } from '../src/engine/engine.ts';
import type { RetentionMeasure } from '../src/engine/api.ts';
import { CUSTOMER_TABLE_SPEC, decodeColumns, nowUs } from './customerTable.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import { TRIANGLE_OPTIONS, checkedRoles, unwrap, type TriangleMeasurement } from './triangle.ts';

runAsSelfTimedChild(
  'triangle-ours',
  async ([file, columnsJson]): Promise<Omit<TriangleMeasurement, 'peakRssMiB' | 'baseRssMiB'>> => {
    const engine = createEngine();
    let started = performance.now();
    const summary = unwrap(await engine.openDataset([{ name: basename(file), blob: fileBlob(file) }]));
    const loadMs = performance.now() - started;
    const roles = checkedRoles(summary, decodeColumns(columnsJson));
    started = performance.now();
    const built = unwrap(engine.buildCustomerTable(summary.id, { roles, ...CUSTOMER_TABLE_SPEC }));
    const customerTableMs = performance.now() - started;

    const windowStart = nowUs();
    started = performance.now();
    const active = unwrap(engine.analyze(summary.id, 'retention-triangle', TRIANGLE_OPTIONS));
    const ms = performance.now() - started;
    const windowEnd = nowUs();

    const measureMs: Record<string, number> = {};
    for (const measure of ['retained', 'revenue', 'active'] as RetentionMeasure[]) {
      started = performance.now();
      unwrap(engine.analyze(summary.id, 'retention-triangle', { period: 'month', measure }));
      measureMs[measure === 'active' ? 'activeAgain' : measure] = performance.now() - started;
    }
    const [set] = active.triangles;
    return {
      ms,
      loadMs,
      customerTableMs,
      rows: summary.rows,
      triangle: set.cohorts.map((c) => ({ cohort: c.label, counts: c.counts })),
      windowUs: [windowStart, windowEnd],
      detail: {
        customers: built.customers,
        asOf: built.asOf,
        retainedMs: measureMs.retained,
        revenueMs: measureMs.revenue,
        activeAgainMs: measureMs.activeAgain,
      },
    };
  },
);
