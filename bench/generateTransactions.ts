/**
 * A seeded synthetic transaction log (`customer_id,date,amount`) big enough to stress ingestion:
 * the same seed gives the same bytes. Customers have log-normal purchase counts (many one-off
 * buyers, a long tail of heavy ones), an active window inside two years (so some churn), and a
 * log-normal typical basket; about 0.5 % of rows are refunds. Rows are in date order, customers
 * shuffled within a day, as an exported order log would be.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mulberry32 } from '../src/core/stats/random.ts';

function normal(random: () => number): number {
  // Box–Muller; 1 - u keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const DAYS = 731; // 2022-01-01 … 2024-01-01
const FIRST_DAY_MS = Date.UTC(2022, 0, 1);

export interface GeneratedLog {
  rows: number;
  customers: number;
  bytes: number;
}

/** Per-customer attributes of the `attributes` variant, drawn with skewed shares. */
export const ATTRIBUTES = {
  region: ['North', 'South', 'East', 'West', 'Central'],
  channel: ['web', 'store', 'phone'],
  plan: ['basic', 'plus', 'pro', 'enterprise'],
} as const;

/**
 * `attributes: true` adds region, channel and plan columns (constant per customer) drawn from a
 * second generator, so the customer, date and amount columns stay those of the same seed without them.
 */
export function generateTransactions(
  path: string,
  rows: number,
  seed = 20240601,
  { attributes = false }: { attributes?: boolean } = {},
): GeneratedLog {
  const random = mulberry32(seed);
  const attributeRandom = mulberry32(seed ^ 0x5bd1e995);
  const attributeNames = Object.keys(ATTRIBUTES) as (keyof typeof ATTRIBUTES)[];
  const customerAttributes: string[] = [];
  // Square of a uniform: the first values of each list are the common ones.
  const pick = (values: readonly string[]) => values[Math.floor(attributeRandom() ** 2 * values.length)];
  const rowCustomer = new Int32Array(rows);
  const rowDay = new Uint16Array(rows);
  const customerBasket: number[] = [];
  let filled = 0;
  while (filled < rows) {
    const customer = customerBasket.length;
    const purchases = Math.min(rows - filled, Math.max(1, Math.round(Math.exp(1.1 + 1.3 * normal(random)))));
    const start = Math.floor(random() * DAYS);
    const lifetime = Math.max(1, Math.min(DAYS - start, Math.round(-300 * Math.log(1 - random()))));
    customerBasket.push(Math.exp(3.3 + 0.8 * normal(random)));
    if (attributes) customerAttributes.push(attributeNames.map((name) => `,${pick(ATTRIBUTES[name])}`).join(''));
    for (let k = 0; k < purchases; k++, filled++) {
      rowCustomer[filled] = customer;
      rowDay[filled] = start + Math.floor(random() * lifetime);
    }
  }
  // Shuffle, then a stable counting sort by day: date order, customers mixed within a day.
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const c = rowCustomer[i];
    rowCustomer[i] = rowCustomer[j];
    rowCustomer[j] = c;
    const d = rowDay[i];
    rowDay[i] = rowDay[j];
    rowDay[j] = d;
  }
  const dayStart = new Int32Array(DAYS + 1);
  for (let i = 0; i < rows; i++) dayStart[rowDay[i] + 1]++;
  for (let d = 0; d < DAYS; d++) dayStart[d + 1] += dayStart[d];
  const order = new Int32Array(rows);
  for (let i = 0; i < rows; i++) order[dayStart[rowDay[i]]++] = i;

  const dates = Array.from({ length: DAYS }, (_, d) =>
    new Date(FIRST_DAY_MS + d * 86_400_000).toISOString().slice(0, 10),
  );
  const temporary = `${path}.partial`;
  const fd = openSync(temporary, 'w');
  let bytes = 0;
  try {
    let lines: string[] = [`customer_id,date,amount${attributes ? `,${attributeNames.join(',')}` : ''}`];
    for (let n = 0; n < rows; n++) {
      const i = order[n];
      const customer = rowCustomer[i];
      let cents = Math.max(1, Math.round(customerBasket[customer] * Math.exp(0.5 * normal(random)) * 100));
      if (random() < 0.005) cents = -cents;
      const id = `C${String(customer).padStart(6, '0')}`;
      const extra = attributes ? customerAttributes[customer] : '';
      lines.push(`${id},${dates[rowDay[i]]},${(cents / 100).toFixed(2)}${extra}`);
      if (lines.length === 100_000 || n === rows - 1) {
        bytes += writeSync(fd, lines.join('\n') + '\n');
        lines = [];
      }
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  return { rows, customers: customerBasket.length, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [path, rows = '5000000', seed = '20240601'] = process.argv.slice(2);
  if (!path) {
    process.stderr.write('usage: tsx bench/generateTransactions.ts <out.csv> [rows] [seed]\n');
    process.exit(2);
  }
  const started = performance.now();
  const log = generateTransactions(path, Number(rows), Number(seed));
  process.stderr.write(
    `${path}: ${log.rows} rows, ${log.customers} customers, ${log.bytes} bytes in ${Math.round(performance.now() - started)} ms\n`,
  );
}
