/** The benchmark inputs, created under .bench-data/ (gitignored) when missing. */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeSync,
  renameSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { generateTransactions } from './generateTransactions.ts';

export interface BenchInput {
  id: 'online-retail' | 'transactions-5m';
  path: string;
  bytes: number;
  /** Data rows (header excluded) that a correct reader must report. */
  rows: number;
  description: string;
  /** The columns the engine suggests for the customer table's roles (the DuckDB SQL uses the same). */
  customerColumns: CustomerColumns;
}

/** A transaction log's role columns: an amount column, or quantity × price. */
export type CustomerColumns = { customer: string; date: string } & (
  { amount: string } | { quantity: string; price: string }
);

export const DATA_DIR = resolve('.bench-data');
const RETAIL_DIR = resolve('..', 'shared', 'data', 'online-retail', 'monthly');
const RETAIL_ROWS = 541_909;
const GENERATED_ROWS = 5_000_000;
const GENERATED_SEED = 20240601;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** The 13 monthly Online Retail files as one log: the first header only. */
export function onlineRetail(): BenchInput {
  const path = join(DATA_DIR, 'online_retail_full.csv');
  const months = readdirSync(RETAIL_DIR)
    .filter((f) => /^online_retail_.*\.csv$/.test(f))
    .sort()
    .map((f) => join(RETAIL_DIR, f));
  if (months.length === 0) throw new Error(`No online_retail_*.csv in ${RETAIL_DIR}`);
  const parts = months.map((file, k) => {
    const text = readFileSync(file);
    const body = k === 0 ? text : text.subarray(text.indexOf(0x0a) + 1);
    const endsInNewline = body.length === 0 || body[body.length - 1] === 0x0a;
    return endsInNewline ? body : Buffer.concat([body, Buffer.from('\n')]);
  });
  const expectedBytes = parts.reduce((sum, p) => sum + p.length, 0);
  // An existing file of the right size is the same concatenation; anything else is rebuilt.
  if (!existsSync(path) || statSync(path).size !== expectedBytes) {
    log(`creating ${path} from ${months.length} monthly files`);
    mkdirSync(DATA_DIR, { recursive: true });
    const fd = openSync(`${path}.partial`, 'w');
    try {
      for (const p of parts) writeSync(fd, p);
    } finally {
      closeSync(fd);
    }
    renameSync(`${path}.partial`, path);
  }
  return {
    id: 'online-retail',
    path,
    bytes: expectedBytes,
    rows: RETAIL_ROWS,
    description: `UCI Online Retail, ${months.length} monthly files concatenated (8 columns, quoted strings, datetimes)`,
    customerColumns: { customer: 'CustomerID', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' },
  };
}

/** 5,000,000 seeded synthetic transactions (customer_id,date,amount). */
export function generatedTransactions(): BenchInput {
  const path = join(DATA_DIR, 'transactions_5m.csv');
  const seedFile = `${path}.seed`;
  const stamp = `${GENERATED_ROWS} ${GENERATED_SEED}`;
  const current = existsSync(path) && existsSync(seedFile) && readFileSync(seedFile, 'utf8') === stamp;
  if (!current) {
    log(`generating ${path} (${GENERATED_ROWS} rows, seed ${GENERATED_SEED}) …`);
    mkdirSync(DATA_DIR, { recursive: true });
    const started = performance.now();
    const made = generateTransactions(path, GENERATED_ROWS, GENERATED_SEED);
    const fd = openSync(seedFile, 'w');
    writeSync(fd, stamp);
    closeSync(fd);
    log(
      `  ${made.customers} customers, ${(made.bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`,
    );
  }
  const bytes = statSync(path).size;
  log(`${path}: ${(bytes / 1e6).toFixed(1)} MB, ${GENERATED_ROWS} rows`);
  return {
    id: 'transactions-5m',
    path,
    bytes,
    rows: GENERATED_ROWS,
    description: `Synthetic transaction log, mulberry32 seed ${GENERATED_SEED} (customer_id, ISO date, amount)`,
    customerColumns: { customer: 'customer_id', date: 'date', amount: 'amount' },
  };
}
