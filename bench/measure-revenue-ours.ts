/**
 * ours, revenue movements: openDataset (loadMs) and buildCustomerTable (customerTableMs), neither
 * compared; then the compared time, `analyze(id, 'revenue-movements', { period: 'month' })` (the
 * bridge, the ratios, the contraction alerts and the per-customer columns), then once more (warm)
 * and by quarter, each timed on its own. `<file> <role columns JSON>`.
 */
import { fileBlob } from '../cli/fileBlob.ts';
import { basename } from 'node:path';
import { createEngine } from '../src/engine/engine.ts';
import { CUSTOMER_TABLE_SPEC, decodeColumns, nowUs } from './customerTable.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import { checkedRoles, unwrap } from './triangle.ts';
import type { RevenueMeasurement } from './revenue.ts';

runAsSelfTimedChild(
  'revenue-ours',
  async ([file, columnsJson]): Promise<Omit<RevenueMeasurement, 'peakRssMiB' | 'baseRssMiB'>> => {
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
    const result = unwrap(engine.analyze(summary.id, 'revenue-movements', { period: 'month' }));
    const ms = performance.now() - started;
    const windowEnd = nowUs();

    started = performance.now();
    unwrap(engine.analyze(summary.id, 'revenue-movements', { period: 'month' }));
    const againMs = performance.now() - started;
    started = performance.now();
    unwrap(engine.analyze(summary.id, 'revenue-movements', { period: 'quarter' }));
    const quarterMs = performance.now() - started;
    return {
      ms,
      loadMs,
      customerTableMs,
      rows: summary.rows,
      bridge: (result.bridge?.rows ?? []).map((r) => ({
        period: r.period,
        revenueStart: r.revenueStart,
        new: r.new,
        expansion: r.expansion,
        contraction: r.contraction,
        churned: r.churned,
        reactivated: r.reactivated,
        revenueEnd: r.revenueEnd,
        customersStart: r.customersStart,
        newCustomers: r.newCustomers,
        expandedCustomers: r.expandedCustomers,
        contractedCustomers: r.contractedCustomers,
        churnedCustomers: r.churnedCustomers,
        reactivatedCustomers: r.reactivatedCustomers,
        customersEnd: r.customersEnd,
      })),
      windowUs: [windowStart, windowEnd],
      detail: { customers: built.customers, asOf: built.asOf, againMs, quarterMs, openPeriod: result.openPeriod },
    };
  },
);
