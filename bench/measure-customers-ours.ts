/**
 * ours, customer table: openDataset (timed as `load`, not compared), then the compared time,
 * buildCustomerTable with the dataset's suggested roles; then churnOverview and earlyWarnings,
 * each timed on its own. The table is exported as Arrow afterwards (untimed) for the checksums.
 * `<file> <role columns JSON>`: the suggested roles must be those columns, or the comparison
 * with DuckDB's SQL would be of different tables.
 */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { tableFromIPC, type Table } from 'apache-arrow';
import { createEngine } from '../src/engine/engine.ts';
import type { Role } from '../src/engine/api.ts';
import {
  CUSTOMER_TABLE_SPEC,
  WARNING_RULES,
  decodeColumns,
  nowUs,
  type CustomerTableChecksums,
  type CustomerTableMeasurement,
} from './customerTable.ts';
import { runAsSelfTimedChild } from './measurement.ts';

function issuesText(issues: { message: string }[]): string {
  return issues.map((i) => i.message).join('; ');
}

function columnSum(table: Table, name: string): number {
  const column = table.getChild(name);
  if (!column) throw new Error(`the exported customer table has no column ${name}`);
  const values = column.toArray() as ArrayLike<number | bigint>;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Number(values[i]);
  return sum;
}

runAsSelfTimedChild(
  'customers-ours',
  async ([file, columnsJson]): Promise<Omit<CustomerTableMeasurement, 'peakRssMiB' | 'baseRssMiB'>> => {
    const expected = decodeColumns(columnsJson);
    const engine = createEngine();
    const loadStarted = performance.now();
    const opened = await engine.openDataset([{ name: basename(file), blob: await openAsBlob(file) }]);
    const loadMs = performance.now() - loadStarted;
    if (!opened.ok) throw new Error(issuesText(opened.issues));
    const summary = opened.value;

    const roles: Record<string, Role> = Object.fromEntries(summary.columns.map((c) => [c.name, c.role]));
    const wanted: [string, Role][] = [
      [expected.customer, 'customer_id'],
      [expected.date, 'date'],
      ...('amount' in expected
        ? ([[expected.amount, 'amount']] as [string, Role][])
        : ([
            [expected.quantity, 'quantity'],
            [expected.price, 'price'],
          ] as [string, Role][])),
    ];
    const wrong = wanted.filter(([column, role]) => roles[column] !== role);
    if (wrong.length > 0) {
      throw new Error(
        `suggested roles differ from the benchmark's: ${wrong.map(([c, r]) => `${c} is ${roles[c] ?? 'missing'}, not ${r}`).join(', ')}`,
      );
    }

    const windowStart = nowUs();
    const started = performance.now();
    const built = engine.buildCustomerTable(summary.id, { roles, ...CUSTOMER_TABLE_SPEC });
    const ms = performance.now() - started;
    const windowEnd = nowUs();
    if (!built.ok) throw new Error(issuesText(built.issues));

    let t = performance.now();
    // What the app asks after a build: the KPIs, the monthly series and the value tiers.
    for (const kind of ['churn-kpis', 'monthly-churn', 'value-tiers'] as const) {
      const answer = engine.analyze(summary.id, kind, {});
      if (!answer.ok) throw new Error(issuesText(answer.issues));
    }
    const overviewMs = performance.now() - t;
    t = performance.now();
    const warnings = engine.analyze(summary.id, 'early-warnings', { rules: [...WARNING_RULES] });
    const warningsMs = performance.now() - t;
    if (!warnings.ok) throw new Error(issuesText(warnings.issues));

    const exported = engine.exportCustomerTable(summary.id, 'arrow');
    if (!exported.ok) throw new Error(issuesText(exported.issues));
    const table = tableFromIPC(exported.value);
    const checksums: CustomerTableChecksums = {
      customers: table.numRows,
      churned: columnSum(table, 'churned'),
      orders: columnSum(table, 'orders'),
      frequency: columnSum(table, 'frequency'),
      recency: columnSum(table, 'recency'),
      T: columnSum(table, 'T'),
      totalValue: columnSum(table, 'total_value'),
      monetary: columnSum(table, 'monetary'),
    };
    const s = built.value;
    if (s.customers !== checksums.customers || s.churned !== checksums.churned) {
      throw new Error(`the summary (${s.customers}, ${s.churned}) and the exported table disagree`);
    }
    return {
      ms,
      loadMs,
      rows: summary.rows,
      asOf: s.asOf,
      checksums,
      windowUs: [windowStart, windowEnd],
      detail: {
        customers: s.customers,
        churned: s.churned,
        leftOut: s.leftOutDetail,
        overviewMs: Math.round(overviewMs),
        warningsMs: Math.round(warningsMs),
        flagged: warnings.value.flagged.length,
        roles: Object.fromEntries(wanted.map(([column, role]) => [role, column])),
        tableColumns: s.columns.length,
      },
    };
  },
);
