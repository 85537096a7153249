/**
 * ours, RFM: openDataset (loadMs) and buildCustomerTable with the suggested roles, then the first
 * `analyze(id, 'rfm', {})`, which reads each customer's orders from the purchase rows
 * (customerTableMs: the per-customer table the scores read; none of this compared). Then the
 * compared time: R rfm's scores of every customer with the kernel, `rfmScores(recency days,
 * orders, total spend to the cent, 5)` — the order statistics the type-7 breaks read, the breaks
 * + 1, the scores — as DuckDB's SQL computes them from its own per-customer table. The engine's calls are in `detail`:
 * the first (cold) and warm switches (bins 4, 5 again, the eight classes by mean and by median),
 * which reuse the measures read by the first. `<file> <role columns JSON> [invoice column]`.
 */
import { basename } from 'node:path';
import { fileBlob } from '../cli/fileBlob.ts';
import { createEngine } from '../src/engine/engine.ts';
import type { RfmOptions } from '../src/engine/api.ts';
import { rfmScores } from '../src/core/analyses/rfm/rfmScores.ts';
import { CUSTOMER_TABLE_SPEC, decodeColumns, nowUs } from './customerTable.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import { cellIndex, type RfmMeasurement } from './rfm.ts';
import { checkedRoles, unwrap } from './triangle.ts';

const SWITCHES: [string, RfmOptions][] = [
  ['bins4', { bins: 4 }],
  ['bins5', {}],
  ['mean8', { scheme: 'mean8' }],
  ['median8', { scheme: 'median8' }],
];

runAsSelfTimedChild(
  'rfm-ours',
  async ([file, columnsJson, invoice]): Promise<Omit<RfmMeasurement, 'peakRssMiB' | 'baseRssMiB'>> => {
    const engine = createEngine();
    let started = performance.now();
    const summary = unwrap(await engine.openDataset([{ name: basename(file), blob: fileBlob(file) }]));
    const loadMs = performance.now() - started;
    const roles = checkedRoles(summary, decodeColumns(columnsJson));
    started = performance.now();
    const built = unwrap(engine.buildCustomerTable(summary.id, { roles, ...CUSTOMER_TABLE_SPEC }));
    const buildMs = performance.now() - started;
    started = performance.now();
    const first = unwrap(engine.analyze(summary.id, 'rfm', {}));
    const engineFirstMs = performance.now() - started;
    const counted = first.definition.orders;
    if ((invoice ?? '') !== (counted.invoiceColumn ?? ''))
      throw new Error(`orders were counted by ${counted.invoiceColumn ?? 'rows'}, not ${invoice ?? 'rows'}`);
    const switchMs: Record<string, number> = {};
    for (const [name, options] of SWITCHES) {
      started = performance.now();
      unwrap(engine.analyze(summary.id, 'rfm', options));
      switchMs[name] = Math.round((performance.now() - started) * 10) / 10;
    }

    const { recencyDays, frequency } = first.perCustomer;
    // To the cent, as DuckDB's: sums of cents added in another order differ in their last bits,
    // which would move a customer whose spend sits exactly on a break.
    const monetary = first.perCustomer.monetary.map((v) => Math.round(v * 100) / 100);
    const windowStart = nowUs();
    started = performance.now();
    const scores = rfmScores(recencyDays, frequency, monetary, 5);
    const ms = performance.now() - started;
    const windowEnd = nowUs();

    const { r, f, m } = scores;
    const cells = new Array<number>(125).fill(0);
    for (let c = 0; c < r.length; c++) cells[cellIndex(r[c], f[c], m[c])]++;
    return {
      ms,
      loadMs,
      customerTableMs: buildMs + engineFirstMs,
      rows: summary.rows,
      customers: first.customers,
      breaks: {
        recency: [...scores.breaks.recency],
        frequency: [...scores.breaks.frequency],
        monetary: [...scores.breaks.monetary],
      },
      cells,
      windowUs: [windowStart, windowEnd],
      detail: {
        asOf: built.asOf,
        orders: counted,
        buildCustomerTableMs: Math.round(buildMs),
        engineFirstRfmMs: Math.round(engineFirstMs),
        engineSwitchMs: switchMs,
      },
    };
  },
);
