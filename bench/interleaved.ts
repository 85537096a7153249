/**
 * Interleaved runs for the triangle and survival benchmarks: run 1 of every peer on every input,
 * then run 2 with the peers' order rotated, …, so the shared machine's noise falls on all alike.
 * A peer that timed out once is not run again on that input. Also the summaries both share.
 */
import type { ChildOutcome } from './childProcesses.ts';
import { median, round } from './stats.ts';

export type Sample<M> = { run: number; ok: true; m: M } | { run: number; ok: false; error: string };

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

export async function interleave<I extends { id: string }, P extends string, M>(
  label: string,
  inputs: I[],
  peers: P[],
  runs: number,
  measure: (peer: P, input: I) => Promise<ChildOutcome<M>>,
  describe: (m: M) => string,
): Promise<Map<string, Sample<M>[]>> {
  const samples = new Map<string, Sample<M>[]>();
  for (let run = 0; run < runs; run++) {
    for (const input of inputs) {
      const order = peers.map((_, k) => peers[(k + run) % peers.length]);
      for (const peer of order) {
        const name = `[${label} ${run + 1}/${runs}] ${input.id} ${peer}`;
        log(`${name} …`);
        const earlier = samples.get(sampleKey(input, peer)) ?? [];
        const timedOut = earlier.find((s) => !s.ok && /timed out/i.test(s.error));
        let sample: Sample<M>;
        if (timedOut) sample = { run, ok: false, error: `skipped: timed out in run ${timedOut.run + 1}` };
        else {
          const outcome = await measure(peer, input);
          sample = outcome.ok ? { run, ok: true, m: outcome.value } : { run, ok: false, error: outcome.error };
        }
        log(sample.ok ? `${name}: ${describe(sample.m)}` : `${name}: ERROR ${sample.error}`);
        samples.set(sampleKey(input, peer), [...earlier, sample]);
      }
    }
  }
  return samples;
}

export const sampleKey = (input: { id: string }, peer: string) => `${input.id}/${peer}`;

export function okSamples<M>(list: Sample<M>[] | undefined) {
  return (list ?? []).filter((s): s is Extract<Sample<M>, { ok: true }> => s.ok);
}

export function errorsOf<M>(list: Sample<M>[]): string[] {
  return list.filter((s): s is Extract<Sample<M>, { ok: false }> => !s.ok).map((s) => `run ${s.run + 1}: ${s.error}`);
}

/** peer time / ours time from medians, and the median of same-run ratios; higher is better for us. */
export function timeRatio<M>(
  ours: Sample<M>[],
  peer: Sample<M>[],
  time: (m: M) => number,
  target: number | null,
  peerName: string,
) {
  const a = okSamples(ours);
  const b = okSamples(peer);
  if (a.length === 0 || b.length === 0) {
    return {
      value: null,
      ...(target === null ? {} : { target, meetsTarget: null }),
      why: `${a.length === 0 ? 'ours' : peerName} has no successful run`,
    };
  }
  const value = median(b.map((s) => time(s.m))) / median(a.map((s) => time(s.m)));
  const pairs = a.flatMap((x) => b.filter((y) => y.run === x.run).map((y) => time(y.m) / time(x.m)));
  return {
    value: round(value),
    pairedMedian: pairs.length > 0 ? round(median(pairs)) : null,
    ...(target === null ? {} : { target, meetsTarget: value >= target }),
  };
}
