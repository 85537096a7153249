/**
 * When to stay in the browser and when to push down (README "Scale"): measured on this machine.
 *
 *   tsx bench/measure-pushdown-scale.ts duckdb  [--rows 100000000] [--dir /work/big]
 *   tsx bench/measure-pushdown-scale.ts browser [--rows 5000000,10000000,20000000] [--dir /work/big]
 *
 * `duckdb` generates the seeded log (bench/generateTransactions.ts: customer_id, date, amount)
 * if missing, then runs measure-pushdown-duckdb.ts in a child under /usr/bin/time -v (wall time
 * and maximum resident set size as the kernel counts them). `browser` opens logs of each size in
 * the built app in headless Chromium through the file input (bench/browserLoad.ts: time in the
 * page, peak RSS of the renderer processes), largest last, stopping at the first that fails.
 * Both merge their figures into bench/results/pushdown-scale.json, with the machine they ran on.
 * Files go to --dir, never into the repository.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateTransactions } from './generateTransactions.ts';
import { chromiumVersion, ensureBuilt, measureBrowserLoad, serveDist } from './browserLoad.ts';
import type { BenchInput } from './inputs.ts';
import { MAX_CELLS } from '../src/data/readLimits.ts';

const RESULTS = resolve('bench', 'results', 'pushdown-scale.json');
const MiB = 1024 * 1024;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function logFile(dir: string, rows: number): { path: string; bytes: number; generatedMs: number | null } {
  const path = join(dir, `transactions_${rows / 1e6}m.csv`);
  if (existsSync(path)) return { path, bytes: statSync(path).size, generatedMs: null };
  const started = performance.now();
  const log = generateTransactions(path, rows);
  process.stderr.write(`${path}: ${log.rows} rows, ${log.customers} customers, ${log.bytes} bytes\n`);
  return { path, bytes: log.bytes, generatedMs: Math.round(performance.now() - started) };
}

function merge(section: string, value: unknown): void {
  mkdirSync(resolve('bench', 'results'), { recursive: true });
  const all = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  all.machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) };
  all[section] = value;
  writeFileSync(RESULTS, JSON.stringify(all, null, 2) + '\n');
  process.stdout.write(JSON.stringify({ [section]: value }, null, 2) + '\n');
}

/** `/usr/bin/time -v` fields: wall clock as seconds and the maximum resident set size in MiB. */
function timeFields(stderr: string): { wallSeconds: number | null; maxRssMiB: number | null } {
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return {
    wallSeconds: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : null,
    maxRssMiB: rss ? Math.round(Number(rss[1]) / 1024) : null,
  };
}

async function duckdb(dir: string, rows: number): Promise<void> {
  const log = logFile(dir, rows);
  const out = join(dir, `pushdown_${rows / 1e6}m`);
  mkdirSync(out, { recursive: true });
  const child = await new Promise<{ stdout: string; stderr: string; code: number }>((done) => {
    execFile(
      '/usr/bin/time',
      ['-v', process.execPath, '--import', 'tsx', resolve('bench', 'measure-pushdown-duckdb.ts'), log.path, out],
      { maxBuffer: 64 << 20, env: { ...process.env, NODE_OPTIONS: '' } },
      (error, stdout, stderr) => done({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 }),
    );
  });
  if (child.code !== 0) throw new Error(`the DuckDB child failed (${child.code}): ${child.stderr.slice(-2000)}`);
  const measured = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
  merge('duckdb', {
    log: { rows, bytes: log.bytes, MB: Math.round(log.bytes / 1e6), generatedMs: log.generatedMs },
    ...measured,
    time: timeFields(child.stderr),
  });
}

async function browser(dir: string, sizes: number[]): Promise<void> {
  const built = await ensureBuilt();
  if (!built.ok) throw new Error(`vite build failed: ${built.error}`);
  const { url, server } = await serveDist();
  const loads: Record<string, unknown>[] = [];
  try {
    for (const rows of sizes) {
      const log = logFile(dir, rows);
      const input = {
        id: 'transactions-5m',
        path: log.path,
        bytes: log.bytes,
        rows,
        description: `${rows} rows of customer_id,date,amount`,
        customerColumns: { customer: 'customer_id', date: 'date', amount: 'amount' },
      } as BenchInput;
      process.stderr.write(`browser: opening ${rows} rows (${Math.round(log.bytes / MiB)} MiB) …\n`);
      try {
        const m = await measureBrowserLoad(url, input, 600_000);
        loads.push({
          rows,
          MB: Math.round(log.bytes / 1e6),
          cells: rows * 3,
          ms: Math.round(m.ms),
          tabPeakRssMiB: Math.round(m.tabPeakRssMiB),
          pageRendererPeakRssMiB: Math.round(m.pageRendererPeakRssMiB),
          longestTaskMs: Math.round(m.longestTaskMs),
        });
      } catch (error) {
        loads.push({
          rows,
          MB: Math.round(log.bytes / 1e6),
          error: error instanceof Error ? error.message : String(error),
        });
        break;
      }
    }
  } finally {
    server.close();
  }
  merge('browser', { chromium: await chromiumVersion(), cellLimit: MAX_CELLS, loads });
}

const [mode] = process.argv.slice(2);
const dir = option('dir', '/work/big');
mkdirSync(dir, { recursive: true });
if (mode === 'duckdb') await duckdb(dir, Number(option('rows', '100000000')));
else if (mode === 'browser') await browser(dir, option('rows', '5000000,10000000,20000000').split(',').map(Number));
else {
  process.stderr.write('usage: tsx bench/measure-pushdown-scale.ts duckdb|browser [--rows N[,N…]] [--dir DIR]\n');
  process.exit(2);
}
