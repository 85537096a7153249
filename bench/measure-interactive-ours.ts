/**
 * ours, the interactive claim: "switching measure or group redraws in under 100 ms for 100k
 * customers because results, not raw data, are re-derived". Opens the ~100k-customer log and
 * builds the customer table once (not part of the claim), then times each call a person makes
 * by switching, in order: the monthly triangle's measure (active → retained → revenue → active),
 * its breakdown (each attribute), and the survival curves' group (none → each attribute → the
 * first again). The first call of each method runs cold (not yet optimised by the JIT), as in the
 * app. Each result is also serialised as JSON (timed apart) to show what would cross to the UI.
 * `<file> <attribute columns, comma-separated>`.
 */
import { fileBlob } from '../cli/fileBlob.ts';
import { basename } from 'node:path';
import { createEngine } from '../src/engine/engine.ts';
import type { RetentionMeasure } from '../src/engine/api.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import { unwrap, type InteractiveCall, type InteractiveMeasurement } from './triangle.ts';
import { CUSTOMER_TABLE_SPEC, nowUs } from './customerTable.ts';

runAsSelfTimedChild(
  'interactive-ours',
  async ([file, attributeList]): Promise<Omit<InteractiveMeasurement, 'peakRssMiB' | 'baseRssMiB'>> => {
    const attributes = (attributeList ?? '').split(',').filter(Boolean);
    const engine = createEngine();
    let started = performance.now();
    const summary = unwrap(await engine.openDataset([{ name: basename(file), blob: fileBlob(file) }]));
    const loadMs = performance.now() - started;
    const roles = Object.fromEntries(summary.columns.map((c) => [c.name, c.role]));
    const expected = { customer_id: 'customer_id', date: 'date', amount: 'amount' };
    for (const [column, role] of [...Object.entries(expected), ...attributes.map((a) => [a, 'attribute'])]) {
      if (roles[column] !== role) throw new Error(`column ${column} is suggested as ${roles[column]}, not ${role}`);
    }
    started = performance.now();
    const built = unwrap(engine.buildCustomerTable(summary.id, { roles, ...CUSTOMER_TABLE_SPEC }));
    const customerTableMs = performance.now() - started;

    const calls: InteractiveCall[] = [];
    const windowStart = nowUs();
    let inCalls = 0;
    const time = (call: string, run: () => unknown) => {
      const t = performance.now();
      const t0 = nowUs();
      const value = run();
      const ms = performance.now() - t;
      inCalls += nowUs() - t0;
      calls.push({ call, ms, resultKiB: JSON.stringify(value).length / 1024 });
    };
    for (const measure of ['active', 'retained', 'revenue', 'active'] as RetentionMeasure[]) {
      time(`retentionTriangle month ${measure}`, () =>
        unwrap(engine.analyze(summary.id, 'retention-triangle', { period: 'month', measure })),
      );
    }
    for (const breakdown of attributes) {
      time(`retentionTriangle month active by ${breakdown}`, () =>
        unwrap(engine.analyze(summary.id, 'retention-triangle', { period: 'month', measure: 'active', breakdown })),
      );
    }
    time('survival', () => unwrap(engine.analyze(summary.id, 'survival', {})));
    for (const group of [...attributes, attributes[0]].filter(Boolean)) {
      time(`survival by ${group}`, () => unwrap(engine.analyze(summary.id, 'survival', { group })));
    }
    const windowEnd = nowUs();
    return {
      windowUs: [windowStart, windowEnd],
      callsShareOfWindow: inCalls / (windowEnd - windowStart),
      ms: Math.max(...calls.map((c) => c.ms)),
      loadMs,
      customerTableMs,
      rows: summary.rows,
      customers: built.customers,
      calls,
    };
  },
);
