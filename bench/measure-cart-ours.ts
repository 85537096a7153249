/**
 * ours, CART: `cart(columns, y, { maxDepth })` from src/core/analyses/risk-model/trees/cart.ts on
 * the benchmark's column-major float64 file. `<file.f64> <labels.u8> <features> <maxDepth>`.
 * Reading the file is timed apart (readMs, not compared); the compared time is the fit alone,
 * sorting the columns included (scikit-learn sorts inside fit as well).
 */
import { readFileSync } from 'node:fs';
import { cart } from '../src/core/analyses/risk-model/trees/cart.ts';
import { leafCount } from '../src/core/analyses/risk-model/trees/decisionTree.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import { treeSummary, type CartMeasurement } from './models.ts';

runAsSelfTimedChild(
  'cart-ours',
  async ([file, labelFile, featuresText, depthText]): Promise<Omit<CartMeasurement, 'baseRssMiB'>> => {
    const features = Number(featuresText);
    let started = performance.now();
    const bytes = readFileSync(file);
    const x = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const y = new Uint8Array(readFileSync(labelFile));
    const n = y.length;
    const columns = Array.from({ length: features }, (_, j) => x.subarray(j * n, (j + 1) * n));
    const readMs = performance.now() - started;
    started = performance.now();
    const tree = cart(columns, y, { maxDepth: Number(depthText) });
    const ms = performance.now() - started;
    return {
      ms,
      readMs,
      rows: n,
      nodes: tree.nodes.length,
      leaves: leafCount(tree),
      ...treeSummary(
        tree.nodes.map((node) => ({
          feature: node.split?.feature ?? -1,
          threshold: node.split?.kind === 'threshold' ? node.split.threshold : NaN,
          samples: node.count[0] + node.count[1],
          impurity: node.impurity,
        })),
      ),
      peakRssMiB: null,
    };
  },
);
