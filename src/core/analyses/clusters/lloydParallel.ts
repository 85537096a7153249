/**
 * Lloyd's fit (lloyd.ts `lloydSteps`) with its points cut into parts, some held by other threads:
 * every question goes to all parts at once, this thread answering for its own part while the
 * others answer for theirs, so the assignment step — nearly all of the work — runs on every core
 * given. The answers are the same as one part's (exact, the same labels); only the order in which
 * the parts' sums are added differs, as scikit-learn's chunks do.
 *
 * Between iterations the fit awaits `checkpoint` (a cancel gets in; progress is told). Where the
 * parts live is the caller's: a `RemotePart` is anything that answers the questions (a helper
 * thread, in the engine), and `hostLloydParts` is what such a thread runs.
 */
import {
  answer,
  joinedLabels,
  lloydSteps,
  type LloydAsk,
  type LloydFit,
  type LloydOptions,
  type PartAnswer,
} from './lloyd.ts';
import { lloydPart, type LloydPart } from './lloydPartition.ts';
import { seedingSteps, type Seeding } from './kmeansPlusPlus.ts';
import { SEED_BLOCK, type SeedAnswer } from './seedingPart.ts';

/** A part of the points held elsewhere: opened once with its rows, then asked; `reset` starts a new fit of k clusters. */
export interface RemotePart {
  answer(ask: LloydAsk): Promise<PartAnswer>;
  labels(): Promise<Int32Array>;
  reset(k: number): Promise<void>;
  close(): void;
}

/** A message to the thread that holds parts, keyed by part id. */
export type LloydMessage =
  | { part: number; open: { x: Float64Array; rows: number; d: number; k: number; offset: number } }
  | { part: number; ask: LloydAsk }
  | { part: number; labels: true }
  | { part: number; reset: number }
  | { part: number; close: true };

export type LloydReply = { answer: PartAnswer } | { labels: Int32Array } | { done: true };

/** What a thread that holds parts runs: its parts, and its answer to each message. */
export function hostLloydParts(): (message: LloydMessage) => LloydReply {
  const parts = new Map<number, LloydPart>();
  return (message) => {
    if ('open' in message) {
      const { x, rows, d, k, offset } = message.open;
      parts.set(message.part, lloydPart(x, rows, d, k, offset));
      return { done: true };
    }
    const part = parts.get(message.part);
    if ('close' in message || !part) {
      parts.delete(message.part);
      return { done: true };
    }
    if ('reset' in message) {
      resetPart(part, message.reset);
      return { done: true };
    }
    if ('labels' in message) return { labels: part.labels.slice() };
    return { answer: answer(part, message.ask) };
  };
}

/** A part ready for a new fit of k clusters: no labels, no totals. */
export function resetPart(part: LloydPart, k: number): void {
  part.labels.fill(-1);
  if (part.k !== k) {
    part.k = k;
    part.sums = new Float64Array(k * part.d);
    part.counts = new Float64Array(k);
    part.drift = new Float64Array(k);
    part.fall = new Float64Array(k);
    part.slack = new Float64Array(k);
    part.reach = new Float64Array(k);
  } else {
    part.sums.fill(0);
    part.counts.fill(0);
  }
}

/**
 * The rows [start, end) of each of `parts` parts of n rows, as even as whole blocks of the
 * seeding's sums allow (a part starts on a block's edge: see seedingPart.ts).
 */
export function partRanges(n: number, parts: number): [number, number][] {
  const edge = (p: number) => (p >= parts ? n : Math.min(n, Math.round((n * p) / parts / SEED_BLOCK) * SEED_BLOCK));
  return Array.from({ length: parts }, (_, p) => [edge(p), edge(p + 1)]);
}

/** The points of a fit cut in parts: this thread's own (the first rows) and the others'. */
export interface LloydParts {
  own: LloydPart;
  remote: RemotePart[];
}

/** Every part's answer, in order: the others are asked first, so that they work while this thread answers for its own part. */
export async function askAll(parts: LloydParts, ask: LloydAsk): Promise<PartAnswer[]> {
  const theirs = parts.remote.map((r) => r.answer(ask));
  const mine = answer(parts.own, ask);
  return [mine, ...(await Promise.all(theirs))];
}

/** k-means++ seeding (kmeansPlusPlus.ts) across the parts; `x` holds all the points. */
export async function seedAcross(
  parts: LloydParts,
  x: Float64Array,
  n: number,
  d: number,
  k: number,
  random: () => number,
): Promise<Seeding> {
  const steps = seedingSteps(n, d, k, random, (i) => x.subarray(i * d, i * d + d));
  let step = steps.next();
  while (!step.done) step = steps.next((await askAll(parts, step.value)) as SeedAnswer[]);
  return step.value;
}

/** Lloyd from `initial` across the parts (reset first), awaiting `checkpoint(iteration)` between iterations. */
export async function lloydAcross(
  parts: LloydParts,
  n: number,
  d: number,
  initial: Float64Array,
  k: number,
  options: LloydOptions & { checkpoint?: (iteration: number) => Promise<void> } = {},
): Promise<LloydFit> {
  const { own, remote } = parts;
  resetPart(own, k);
  await Promise.all(remote.map((r) => r.reset(k)));
  const steps = lloydSteps(n, d, initial, k, options);
  let step = steps.next();
  let iteration = 0;
  while (!step.done) {
    const ask = step.value;
    if (ask.op === 'assign' && ask.keepTotals) await options.checkpoint?.(iteration++);
    step = steps.next(await askAll(parts, ask));
  }
  const labels = joinedLabels([own.labels.slice(), ...(await Promise.all(remote.map((r) => r.labels())))]);
  return { labels, ...step.value };
}
