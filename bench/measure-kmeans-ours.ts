/**
 * Our k-means on the benchmark matrix (a child of kmeansBench.ts): `<matrix.f64> <n> <d> <k> <init.f64> <labels-out.i32>`.
 * (a) Lloyd from the given centres (the same as scikit-learn's), (b) a full fit: k-means++
 * seeding (seed 1) and Lloyd, one seeding. Reading the file is timed apart. One JSON line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { lloyd } from '../src/core/analyses/clusters/lloyd.ts';
import { kmeans } from '../src/core/analyses/clusters/kmeans.ts';
import { peakRssMiB } from './procfs.ts';

const [path, nText, dText, kText, initPath, labelsPath] = process.argv.slice(2);
const [n, d, k] = [Number(nText), Number(dText), Number(kText)];
let t = performance.now();
const bytes = readFileSync(path);
const x = new Float64Array(bytes.buffer, bytes.byteOffset, n * d);
const initBytes = readFileSync(initPath);
const init = new Float64Array(initBytes.buffer.slice(initBytes.byteOffset, initBytes.byteOffset + k * d * 8));
const readMs = performance.now() - t;
t = performance.now();
const given = lloyd(x, n, d, init, k);
const lloydMs = performance.now() - t;
writeFileSync(labelsPath, new Uint8Array(given.labels.buffer));
t = performance.now();
const full = kmeans(x, n, d, k, { seed: 1, restarts: 1 });
const fullMs = performance.now() - t;
process.stdout.write(
  `${JSON.stringify({
    readMs,
    lloydMs,
    lloydIterations: given.iterations,
    lloydInertia: given.inertia,
    fullMs,
    fullIterations: full.iterations,
    fullInertia: full.inertia,
    peakRssMiB: peakRssMiB(),
  })}\n`,
);
