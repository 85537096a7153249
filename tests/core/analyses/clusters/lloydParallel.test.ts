/**
 * Lloyd across parts held by other threads (lloydParallel.ts through the engine's helperPool)
 * gives the fit of one thread — the labels, centres and inertia of scikit-learn's reference — and
 * the other threads are asked before this thread answers for its own part, so they work alongside.
 * The "threads" here run hostLloydParts in this process; every message and reply is cloned, as
 * crossing to a thread would.
 */
import { describe, expect, it } from 'vitest';
import { lloyd } from '../../../../src/core/analyses/clusters/lloyd.ts';
import {
  hostLloydParts,
  lloydAcross,
  partRanges,
  seedAcross,
  type LloydParts,
} from '../../../../src/core/analyses/clusters/lloydParallel.ts';
import { lloydPart } from '../../../../src/core/analyses/clusters/lloydPartition.ts';
import { kmeans, kmeansAcross } from '../../../../src/core/analyses/clusters/kmeans.ts';
import { kmeansPlusPlus } from '../../../../src/core/analyses/clusters/kmeansPlusPlus.ts';
import { SEED_BLOCK } from '../../../../src/core/analyses/clusters/seedingPart.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';
import { helperPool, type HelperThread } from '../../../../src/data/parallel/helperPool.ts';
import type { HelperMessage, HelperReply } from '../../../../src/data/parallel/parts.ts';
import { columnScales, scaled } from '../../../../src/core/analyses/clusters/featureScaling.ts';
import { featureMatrix } from '../../../../src/core/analyses/clusters/featureMatrix.ts';
import { reference, telcoColumns } from './clusterReference.ts';
import { absoluteTolerance } from '../../../../src/core/analyses/clusters/lloyd.ts';
import { readFileSync } from 'node:fs';
import { fixture } from '../../../sharedData.ts';

/** A thread in this process: it answers each message a macrotask later; `posts` logs what was sent. */
function inProcessThread(log: string[]): HelperThread {
  const host = hostLloydParts();
  let reply: (r: HelperReply) => void = () => undefined;
  return {
    post(message: HelperMessage) {
      const m = structuredClone(message) as HelperMessage & { lloyd: Parameters<typeof host>[0] };
      log.push('ask' in m.lloyd ? `post ${m.lloyd.ask.op}` : 'post other');
      setTimeout(() => reply(structuredClone({ id: m.id, lloyd: host(m.lloyd) }) as HelperReply), 0);
    },
    listen(onReply) {
      reply = onReply;
    },
  };
}

/** Telco tenure and charges, as make_reference.py builds them: z-scaled, robust-scaled or raw. */
function telcoMatrix(scaling: 'z' | 'robust' | 'raw' = 'z') {
  const t = telcoColumns();
  const features = reference.telco.features.map((name) => ({
    name,
    kind: 'number' as const,
    values: t.columns[name],
  }));
  const m = featureMatrix(features, t.ids.length);
  const d = m.columns.length;
  const n = m.rows.length;
  return { n, d, x: scaling === 'raw' ? m.x : scaled(m.x, n, d, columnScales(m.x, n, d, scaling)) };
}

describe('lloydAcross', () => {
  const { n, d, x } = telcoMatrix();
  const { telco } = reference;
  const k = 4;
  const initial = Float64Array.from(telco.initRows.flatMap((r) => [...x.subarray(r * d, r * d + d)]));

  it.each([1, 2, 3])(
    'with %i other thread(s) gives the labels, centres and inertia of one thread (Telco, k = 4)',
    async (others) => {
      const log: string[] = [];
      const pool = helperPool(Array.from({ length: others }, () => inProcessThread(log)));
      const ranges = partRanges(n, 1 + others);
      const own = lloydPart(x.subarray(0, ranges[0][1] * d), ranges[0][1], d, k, 0);
      // The log of own labels when each question was posted: all unassigned at the first one.
      const ownAtFirstPost: number[] = [];
      const parts: LloydParts = {
        own,
        remote: ranges.slice(1).map(([a, b]) => pool.lloydPart!(x.slice(a * d, b * d), b - a, d, k, a)),
      };
      const post = log.push.bind(log);
      log.push = (...items: string[]) => {
        if (items[0] === 'post assign' && ownAtFirstPost.length === 0) ownAtFirstPost.push(...own.labels);
        return post(...items);
      };
      const across = await lloydAcross(parts, n, d, initial, k);
      const alone = lloyd(x, n, d, initial, k);
      // Exact: the same labels, and centres and inertia up to the order the parts' sums are added.
      expect(across.labels).toEqual(alone.labels);
      expect(across.iterations).toBe(alone.iterations);
      expect(across.inertia).toBeCloseTo(alone.inertia, 6);
      for (let v = 0; v < k * d; v++) expect(across.centres[v]).toBeCloseTo(alone.centres[v], 10);
      // scikit-learn's labels and iterations for the same centres (make_reference.py).
      expect([...across.labels]).toEqual(telco.fit.labels);
      expect(across.iterations).toBe(telco.fit.iterations);
      // Asked before this thread answered its own part: at the first assignment's post, no own label was set.
      expect(ownAtFirstPost.length).toBe(own.rows);
      expect(ownAtFirstPost.every((l) => l === -1)).toBe(true);
      for (const r of parts.remote) r.close();
    },
  );
});

describe('kmeansAcross', () => {
  const { n, d, x } = telcoMatrix();

  it.each([0, 1, 2, 3])(
    'with %i other thread(s) seeds and fits as kmeans does on this thread alone (Telco, k = 5, 3 restarts)',
    async (others) => {
      const pool = helperPool(Array.from({ length: others }, () => inProcessThread([])));
      const ranges = partRanges(n, 1 + others);
      // Parts start on an edge of the seeding's blocks, so its sums are added in one order.
      for (const [a] of ranges) expect(a % SEED_BLOCK === 0 || a === n).toBe(true);
      const parts: LloydParts = {
        own: lloydPart(x.subarray(0, ranges[0][1] * d), ranges[0][1], d, 5, 0),
        remote: ranges.slice(1).map(([a, b]) => pool.lloydPart!(x.slice(a * d, b * d), b - a, d, 5, a)),
      };
      const options = { seed: 11, restarts: 3 };
      const across = await kmeansAcross(parts, x, n, d, 5, options);
      const alone = kmeans(x, n, d, 5, options);
      expect(across.restart).toBe(alone.restart);
      expect(across.labels).toEqual(alone.labels);
      expect(across.iterations).toBe(alone.iterations);
      expect(across.inertia).toBeCloseTo(alone.inertia, 6);
      // The seeding alone, as a thread's part of the conversation: the same rows.
      const rows = (await seedAcross(parts, x, n, d, 5, mulberry32(5))).rows;
      expect([...rows]).toEqual([...kmeansPlusPlus(x, n, d, 5, mulberry32(5)).rows]);
      for (const r of parts.remote) r.close();
    },
  );
});

describe('absoluteTolerance', () => {
  const expected = JSON.parse(readFileSync(fixture('clusters', 'tolerance.json'), 'utf8')) as Record<string, number>;

  it.each(['raw', 'z', 'robust'] as const)(
    "joins the parts' moments into scikit-learn's _tolerance on Telco (%s), however the rows are cut",
    (scaling) => {
      const { n, d, x } = telcoMatrix(scaling);
      for (const cuts of [1, 2, 3, 7]) {
        const moments = partRanges(n, cuts).map(
          ([a, b]) => lloydPart(x.subarray(a * d, b * d), b - a, d, 4, a).moments,
        );
        // make_tolerance.py: np.var per feature (two passes, pairwise sums); 1e-12 relative covers the summation order.
        expect(Math.abs(absoluteTolerance(moments, d, 1e-4) / expected[scaling] - 1)).toBeLessThan(1e-12);
      }
    },
  );
});
