/** What every measuring child prints (one JSON line) and how it times itself. */
import { peakRssMiB } from './procfs.ts';

export interface Measurement {
  /** Wall time of the work itself, excluding process start-up and module loading. */
  ms: number;
  rows: number;
  /** Peak resident memory of the whole child process (VmHWM), in MiB. */
  peakRssMiB: number | null;
  /** Resident memory before the work began (runtime, modules), in MiB. */
  baseRssMiB: number;
  /** Extra facts a peer knows about itself (phases, engine-reported time, …). */
  detail?: Record<string, unknown>;
}

export async function measure(
  work: () => Promise<{ rows: number; detail?: Record<string, unknown> }>,
): Promise<Measurement> {
  const baseRssMiB = process.memoryUsage().rss / (1024 * 1024);
  const started = performance.now();
  const { rows, detail } = await work();
  const ms = performance.now() - started;
  return { ms, rows, peakRssMiB: peakRssMiB(), baseRssMiB, detail };
}

/** Entry point for a measuring child: `<script> <file>`; prints the Measurement or exits 1. */
export function runAsChild(
  peer: string,
  work: (file: string) => Promise<{ rows: number; detail?: Record<string, unknown> }>,
): void {
  // The same base and peak memory as measure()'s, taken around the same work.
  runAsSelfTimedChild(peer, ([file]) => measure(() => work(file)));
}

/**
 * Entry point for a child that times its own phases (e.g. load untimed, then the work compared):
 * `<script> <file> [args…]`; prints what `work` returns, plus the process's peak and base memory.
 */
export function runAsSelfTimedChild<T extends object>(peer: string, work: (args: string[]) => Promise<T>): void {
  const args = process.argv.slice(2);
  if (!args[0]) {
    process.stderr.write(`usage: node --import tsx bench/measure-${peer}.ts <file> [args…]\n`);
    process.exit(2);
  }
  const baseRssMiB = process.memoryUsage().rss / (1024 * 1024);
  work(args).then(
    (m) => {
      process.stdout.write(JSON.stringify({ ...m, baseRssMiB, peakRssMiB: peakRssMiB() }) + '\n');
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${peer}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
