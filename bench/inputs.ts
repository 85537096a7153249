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
import { ATTRIBUTES, generateTransactions } from './generateTransactions.ts';
import { HORIZON_MONTHS, generateSurvival } from './generateSurvival.ts';

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

export interface InteractiveInput {
  path: string;
  rows: number;
  customers: number;
  /** Per-customer attribute columns, to group by. */
  attributes: string[];
  description: string;
}

// Rows of the generator that give about 100,000 customers (mean purchases per customer ≈ 7).
const INTERACTIVE_ROWS = 705_000;

/** About 100,000 customers: the generated log's first customers, with region, channel and plan. */
export function interactiveLog(): InteractiveInput {
  const path = join(DATA_DIR, 'transactions_100k_customers.csv');
  const seedFile = `${path}.seed`;
  const stamp = `${INTERACTIVE_ROWS} ${GENERATED_SEED} attributes`;
  if (!(existsSync(path) && existsSync(seedFile) && readFileSync(seedFile, 'utf8').startsWith(stamp))) {
    log(`generating ${path} (${INTERACTIVE_ROWS} rows, seed ${GENERATED_SEED}, with attributes) …`);
    mkdirSync(DATA_DIR, { recursive: true });
    const made = generateTransactions(path, INTERACTIVE_ROWS, GENERATED_SEED, { attributes: true });
    const fd = openSync(seedFile, 'w');
    writeSync(fd, `${stamp} ${made.customers}`);
    closeSync(fd);
  }
  const customers = Number(readFileSync(seedFile, 'utf8').slice(stamp.length + 1));
  return {
    path,
    rows: INTERACTIVE_ROWS,
    customers,
    attributes: Object.keys(ATTRIBUTES),
    description: `Synthetic transaction log, mulberry32 seed ${GENERATED_SEED}, ${INTERACTIVE_ROWS} rows, ${customers} customers, with per-customer region, channel and plan`,
  };
}

export interface SurvivalInput {
  id: 'survival-1m-months' | 'survival-1m-continuous';
  path: string;
  customers: number;
  /** Times at which S(t) is compared with R. */
  ticks: number[];
  description: string;
}

const SURVIVAL_CUSTOMERS = 1_000_000;
const SURVIVAL_SEED = 20240701;

/** 1,000,000 customers in five groups, written once: whole months and continuous months. */
export function survivalInputs(): SurvivalInput[] {
  const months = join(DATA_DIR, 'survival_1m_months.csv');
  const continuous = join(DATA_DIR, 'survival_1m_continuous.csv');
  const seedFile = join(DATA_DIR, 'survival_1m.seed');
  const stamp = `${SURVIVAL_CUSTOMERS} ${SURVIVAL_SEED}`;
  let facts = '';
  if (existsSync(months) && existsSync(continuous) && existsSync(seedFile)) {
    const text = readFileSync(seedFile, 'utf8');
    if (text.startsWith(stamp)) facts = text.slice(stamp.length + 1);
  }
  if (!facts) {
    log(`generating ${months} and ${continuous} (${SURVIVAL_CUSTOMERS} customers, seed ${SURVIVAL_SEED}) …`);
    mkdirSync(DATA_DIR, { recursive: true });
    const made = generateSurvival(months, continuous, SURVIVAL_CUSTOMERS, SURVIVAL_SEED);
    facts = `${(100 * made.censoredShare).toFixed(1)} % censored, groups A–E of ${made.groupSizes.join(', ')}`;
    const fd = openSync(seedFile, 'w');
    writeSync(fd, `${stamp} ${facts}`);
    closeSync(fd);
  }
  const what = `${SURVIVAL_CUSTOMERS} customers, Weibull lifetimes by group, uniform censoring, end at ${HORIZON_MONTHS} months (mulberry32 seed ${SURVIVAL_SEED}; ${facts})`;
  return [
    {
      id: 'survival-1m-months',
      path: months,
      customers: SURVIVAL_CUSTOMERS,
      ticks: [0, 6, 12, 24, 36, 60, 72],
      description: `time in whole months 0–${HORIZON_MONTHS}; ${what}`,
    },
    {
      id: 'survival-1m-continuous',
      path: continuous,
      customers: SURVIVAL_CUSTOMERS,
      ticks: [0.5, 6, 12.5, 24, 36.25, 60, 71.9],
      description: `time in continuous months (5 decimals); ${what}`,
    },
  ];
}
