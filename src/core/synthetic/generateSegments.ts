/**
 * Customers in segments with planted churn rates, realised exactly (plantedTruth.ts
 * SegmentsTruth): each segment holds its share of the customers (largest remainder) and
 * exactly round(customers × churn) of them churned, so the rates a method computes are the
 * planted ones to the last digit — the course's tier arithmetic (10/30/60 % of customers,
 * 5/15/30 % churn → 23 %) then comes out as stated. The seed decides who churns within a
 * segment, each value, and the order of the rows.
 */
import { mulberry32 } from '../stats/random.ts';
import { CsvChunks, customerId } from './csvChunks.ts';
import type { GeneratedCounts } from './generateLog.ts';
import type { SegmentsTruth } from './plantedTruth.ts';

/** Whole counts in proportion to `shares` that add up to `total` (Hamilton's largest remainder). */
export function segmentSizes(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (total * s) / sum);
  const sizes = exact.map(Math.floor);
  const order = exact.map((x, i) => i).sort((a, b) => exact[b] - sizes[b] - (exact[a] - sizes[a]) || a - b);
  for (let k = 0, left = total - sizes.reduce((a, b) => a + b, 0); k < left; k++) sizes[order[k]]++;
  return sizes;
}

function shuffle(order: Int32Array, u: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(u() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

export function generateSegments(
  customers: number,
  seed: number,
  truth: SegmentsTruth,
  sink: (chunk: string) => void,
): GeneratedCounts {
  const u = mulberry32(seed);
  const sizes = segmentSizes(
    customers,
    truth.segments.map((s) => s.share),
  );
  const segment = new Int32Array(customers);
  const churned = new Uint8Array(customers);
  let at = 0;
  truth.segments.forEach((s, k) => {
    const churners = Math.round(sizes[k] * s.churn);
    for (let i = 0; i < sizes[k]; i++, at++) {
      segment[at] = k;
      churned[at] = i < churners ? 1 : 0;
    }
  });
  const order = Int32Array.from({ length: customers }, (_, i) => i);
  shuffle(order, u);
  const width = String(customers).length;
  const { columns } = truth;
  const out = new CsvChunks(sink);
  out.line(['customer_id', columns.segment, ...(columns.value ? [columns.value] : []), columns.churn].join(','));
  for (let i = 0; i < customers; i++) {
    const row = order[i];
    const s = truth.segments[segment[row]];
    const cells = [customerId(truth.idPrefix, i + 1, width), s.name];
    if (columns.value && s.value) {
      const { min, max } = s.value;
      cells.push((min + Math.floor(u() * (Math.round((max - min) * 100) + 1)) / 100).toFixed(2));
    }
    cells.push(churned[row] ? 'Yes' : 'No');
    out.line(cells.join(','));
  }
  out.flush();
  return { customers, rows: customers };
}
