/**
 * `generate --customers N --seed S [--shape log|snapshot|segments] [--out file.csv] [--truth]`: teaching
 * data with planted truth (src/core/synthetic). The CSV streams to --out (or to stdout without
 * --out and --truth); --truth prints what was planted as JSON. It opens no dataset, so the
 * entry point runs it before opening files.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { generate, checkRequest } from '../../src/core/synthetic/generate.ts';
import { MAX_CUSTOMERS, MIN_CUSTOMERS } from '../../src/core/synthetic/plantedTruth.ts';
import { flag, oneOf, UsageError, type ParsedArgs } from '../args.ts';
import type { CommandOutcome } from '../command.ts';

export const GENERATE_USAGE = '--customers N --seed S [--shape log|snapshot|segments] [--out file.csv] [--truth]';

const PROBLEM_WORDS = {
  'customers-out-of-range': `--customers takes a whole number from ${MIN_CUSTOMERS} to ${MAX_CUSTOMERS}`,
  'seed-not-whole': '--seed takes a whole number from 0 to 4294967295',
  'unknown-shape': '--shape takes log, snapshot or segments',
  'bad-truth': 'the parameters to plant are not valid',
} as const;

/** Writes all of `text` to a file descriptor, waiting out a full pipe (EAGAIN) on stdout. */
function writeAll(fd: number, text: string): void {
  let bytes = Buffer.from(text);
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

export function runGenerate(args: ParsedArgs): CommandOutcome {
  const customers = Number(flag(args, 'customers') ?? NaN);
  const seed = Number(flag(args, 'seed') ?? 1);
  const shape = oneOf(args, 'shape', ['log', 'snapshot', 'segments'] as const) ?? 'log';
  const request = { customers, seed, shape };
  const problem = checkRequest(request);
  if (problem) throw new UsageError(PROBLEM_WORDS[problem]);
  const out = flag(args, 'out');
  const wantTruth = args.flags.has('truth');
  const fd = out ? openSync(out, 'w') : wantTruth ? -1 : 1;
  const started = performance.now();
  const outcome = generate(request, (chunk) => fd >= 0 && writeAll(fd, chunk));
  if (out) closeSync(fd);
  if (!outcome.ok) throw new UsageError(PROBLEM_WORDS[outcome.problem]);
  if (!wantTruth) return { code: 0 };
  return {
    code: 0,
    out: {
      ...request,
      ...outcome.counts,
      ...(out ? { file: out, seconds: +((performance.now() - started) / 1000).toFixed(2) } : {}),
      truth: outcome.truth,
    },
  };
}
