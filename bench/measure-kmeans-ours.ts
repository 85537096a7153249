/**
 * Our k-means on the benchmark matrix (a child of kmeansBench.ts): `<matrix.f64> <n> <d> <k> <init.f64> <labels-out.i32>`.
 * (a) Lloyd from the given centres (the same as scikit-learn's), (b) a full fit: k-means++
 * seeding (seed 1) and Lloyd, one seeding, (c) the seeding alone. Both on two threads — this one and one helper holding
 * half the rows (lloydParallel.ts), the helper's start and the copy of its rows timed in — and
 * (a) also on this thread alone (`detail.lloydOneThreadMs`). Reading the file is timed apart. One JSON line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { lloyd } from '../src/core/analyses/clusters/lloyd.ts';
import { kmeansAcross } from '../src/core/analyses/clusters/kmeans.ts';
import { lloydAcross, partRanges, seedAcross, type LloydParts } from '../src/core/analyses/clusters/lloydParallel.ts';
import { mulberry32 } from '../src/core/stats/random.ts';
import { lloydPart } from '../src/core/analyses/clusters/lloydPartition.ts';
import { helperThreads } from '../cli/helperThreads.ts';
import { peakRssMiB } from './procfs.ts';

const [path, nText, dText, kText, initPath, labelsPath] = process.argv.slice(2);
const [n, d, k] = [Number(nText), Number(dText), Number(kText)];
let t = performance.now();
const bytes = readFileSync(path);
const x = new Float64Array(bytes.buffer, bytes.byteOffset, n * d);
const initBytes = readFileSync(initPath);
const init = new Float64Array(initBytes.buffer.slice(initBytes.byteOffset, initBytes.byteOffset + k * d * 8));
const readMs = performance.now() - t;

/** This thread's part (the first half of the rows) and a helper thread holding the second. */
function twoParts(): LloydParts {
  const pool = helperThreads(1);
  const [[, mid]] = partRanges(n, 2);
  // The helper's rows first, as the engine does (clusterFits.ts): it reads them while this thread reads its own.
  const remote = [pool.lloydPart!(x.slice(mid * d), n - mid, d, k, mid)];
  return { own: lloydPart(x.subarray(0, mid * d), mid, d, k, 0), remote };
}

t = performance.now();
const parts = twoParts();
const given = await lloydAcross(parts, n, d, init, k);
const lloydMs = performance.now() - t;
writeFileSync(labelsPath, new Uint8Array(given.labels.buffer));
t = performance.now();
const full = await kmeansAcross(parts, x, n, d, k, { seed: 1, restarts: 1 });
const fullMs = performance.now() - t;
t = performance.now();
await seedAcross(parts, x, n, d, k, mulberry32(1));
const seedingMs = performance.now() - t;
for (const part of parts.remote) part.close();
t = performance.now();
const alone = lloyd(x, n, d, init, k);
const lloydOneThreadMs = performance.now() - t;
let differ = 0;
for (let i = 0; i < n; i++) if (alone.labels[i] !== given.labels[i]) differ++;
process.stdout.write(
  `${JSON.stringify({
    readMs,
    lloydMs,
    lloydIterations: given.iterations,
    lloydInertia: given.inertia,
    fullMs,
    fullIterations: full.iterations,
    fullInertia: full.inertia,
    seedingMs,
    peakRssMiB: peakRssMiB(),
    detail: {
      threads: 2,
      lloydOneThreadMs,
      lloydOneThreadIterations: alone.iterations,
      oneThreadLabelsDiffering: differ,
    },
  })}\n`,
);
process.exit(0);
