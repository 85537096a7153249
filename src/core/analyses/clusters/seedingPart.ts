/**
 * The k-means++ seeding's work on one part of the points (kmeansPlusPlus.ts drives it): each
 * point's squared distance to its nearest centre so far, and, for a round's candidates, what it
 * would be should each candidate join. Sums are taken per block of SEED_BLOCK rows, counted from
 * the first row of all the points, and a part starts on a block's edge (partRanges): so the sums,
 * and the rows they lead to, are the same however the points are cut and wherever a part lives.
 */

/** Rows per block of the seeding's sums. */
export const SEED_BLOCK = 1024;

/** What the seeding needs of a part: its rows, their squared norms and where they start. */
export interface SeedPart {
  x: Float64Array;
  rows: number;
  d: number;
  /** Index of the first row among all the points (a multiple of SEED_BLOCK). */
  offset: number;
  norms: Float64Array;
  /** Per row: the squared distance to the nearest centre so far, and to it should each candidate join. */
  seeding?: { closest: Float64Array; candidates: Float64Array[] };
}

/** A question of the seeding to every part. */
export type SeedAsk =
  | { op: 'seed-first'; centre: Float64Array; norm: number }
  | { op: 'seed-pick'; picks: { block: number; target: number }[] }
  | { op: 'seed-candidates'; centres: Float64Array; norms: Float64Array; count: number }
  | { op: 'seed-choose'; index: number }
  | { op: 'seed-done' };

/** A part's answer: block sums (per candidate for 'seed-candidates'), or the rows its picks landed on (−1: not its block). */
export type SeedAnswer = { blocks: Float64Array[] } | { rows: Int32Array };

const blockCount = (rows: number) => Math.ceil(rows / SEED_BLOCK);

export function answerSeeding(part: SeedPart, ask: SeedAsk): SeedAnswer {
  const { rows } = part;
  if (ask.op === 'seed-first') {
    const closest = new Float64Array(rows);
    part.seeding = { closest, candidates: [] };
    const blocks = new Float64Array(blockCount(rows));
    squaredTo(part, ask.centre, ask.norm, closest, blocks);
    return { blocks: [blocks] };
  }
  const seeding = part.seeding!;
  if (ask.op === 'seed-pick') return { rows: Int32Array.from(ask.picks, (p) => pickIn(part, p.block, p.target)) };
  if (ask.op === 'seed-candidates') {
    const { centres, norms, count } = ask;
    while (seeding.candidates.length < count) seeding.candidates.push(new Float64Array(rows));
    const blocks = Array.from({ length: count }, () => new Float64Array(blockCount(rows)));
    for (let t = 0; t < count; t += 4) {
      if (count - t === 3) threeCandidates(part, centres, norms, t, seeding.candidates, blocks);
      else fourCandidates(part, centres, norms, t, seeding.candidates, blocks);
    }
    return { blocks };
  }
  if (ask.op === 'seed-choose') {
    const chosen = seeding.candidates[ask.index];
    seeding.candidates[ask.index] = seeding.closest;
    seeding.closest = chosen;
    return { blocks: [] };
  }
  part.seeding = undefined;
  return { blocks: [] };
}

/** Squared distances of the part's rows to one centre, as ‖x‖² + ‖c‖² − 2 x·c (scikit-learn's `_euclidean_distances`), at least 0. */
function squaredTo(part: SeedPart, c: Float64Array, cn: number, out: Float64Array, blocks: Float64Array): void {
  const { x, rows, d, norms } = part;
  for (let i = 0, a = 0; i < rows; i++, a += d) {
    let dot = 0;
    for (let f = 0; f < d; f++) dot += x[a + f] * c[f];
    const s = norms[i] + cn - 2 * dot;
    blocks[(i / SEED_BLOCK) | 0] += out[i] = s > 0 ? s : 0;
  }
}

/**
 * The row of the part's block `block` (counted among all the points) at which the running sum of
 * `closest` from the block's start first reaches `target` (numpy's searchsorted, side left); its
 * last row when rounding leaves the target beyond the block's sum.
 */
function pickIn(part: SeedPart, block: number, target: number): number {
  const local = block - part.offset / SEED_BLOCK;
  if (local < 0 || local * SEED_BLOCK >= part.rows) return -1;
  const { closest } = part.seeding!;
  const end = Math.min(part.rows, (local + 1) * SEED_BLOCK);
  let running = 0;
  for (let i = local * SEED_BLOCK; i < end; i++) if ((running += closest[i]) >= target) return part.offset + i;
  return part.offset + end - 1;
}

/**
 * For candidates t..t+3 (rows of `centres`): each row's squared distance to its nearest centre
 * should the candidate join (at most `closest`), into `out[t + u]`, and its sums per block. The
 * four are measured in one pass over the rows (a pass per candidate read them four times).
 */
function fourCandidates(
  part: SeedPart,
  centres: Float64Array,
  cn: Float64Array,
  t: number,
  out: Float64Array[],
  blocks: Float64Array[],
): void {
  const { x, rows, d, norms } = part;
  const closest = part.seeding!.closest;
  const [b0, b1, b2, b3] = [t * d, (t + 1) * d, (t + 2) * d, (t + 3) * d];
  const [n0, n1, n2, n3] = [cn[t], cn[t + 1], cn[t + 2], cn[t + 3]];
  const [o0, o1, o2, o3] = [out[t], out[t + 1], out[t + 2], out[t + 3]];
  const [k0, k1, k2, k3] = [blocks[t], blocks[t + 1], blocks[t + 2], blocks[t + 3]];
  for (let start = 0, blk = 0; start < rows; start += SEED_BLOCK, blk++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const end = Math.min(rows, start + SEED_BLOCK);
    for (let i = start, a = start * d; i < end; i++, a += d) {
      let p0 = 0;
      let p1 = 0;
      let p2 = 0;
      let p3 = 0;
      for (let f = 0; f < d; f++) {
        const v = x[a + f];
        p0 += v * centres[b0 + f];
        p1 += v * centres[b1 + f];
        p2 += v * centres[b2 + f];
        p3 += v * centres[b3 + f];
      }
      const near = closest[i];
      const xn = norms[i];
      let q = xn + n0 - 2 * p0;
      q = q > 0 ? q : 0;
      s0 += o0[i] = near < q ? near : q;
      q = xn + n1 - 2 * p1;
      q = q > 0 ? q : 0;
      s1 += o1[i] = near < q ? near : q;
      q = xn + n2 - 2 * p2;
      q = q > 0 ? q : 0;
      s2 += o2[i] = near < q ? near : q;
      q = xn + n3 - 2 * p3;
      q = q > 0 ? q : 0;
      s3 += o3[i] = near < q ? near : q;
    }
    k0[blk] = s0;
    k1[blk] = s1;
    k2[blk] = s2;
    k3[blk] = s3;
  }
}

/** `fourCandidates` for three (2 + ⌊ln k⌋ is 3 for k from 3 to 7: a fourth would be a quarter more work for nothing). */
function threeCandidates(
  part: SeedPart,
  centres: Float64Array,
  cn: Float64Array,
  t: number,
  out: Float64Array[],
  blocks: Float64Array[],
): void {
  const { x, rows, d, norms } = part;
  const closest = part.seeding!.closest;
  const [b0, b1, b2] = [t * d, (t + 1) * d, (t + 2) * d];
  const [n0, n1, n2] = [cn[t], cn[t + 1], cn[t + 2]];
  const [o0, o1, o2] = [out[t], out[t + 1], out[t + 2]];
  const [k0, k1, k2] = [blocks[t], blocks[t + 1], blocks[t + 2]];
  for (let start = 0, blk = 0; start < rows; start += SEED_BLOCK, blk++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    const end = Math.min(rows, start + SEED_BLOCK);
    for (let i = start, a = start * d; i < end; i++, a += d) {
      let p0 = 0;
      let p1 = 0;
      let p2 = 0;
      for (let f = 0; f < d; f++) {
        const v = x[a + f];
        p0 += v * centres[b0 + f];
        p1 += v * centres[b1 + f];
        p2 += v * centres[b2 + f];
      }
      const near = closest[i];
      const xn = norms[i];
      let q = xn + n0 - 2 * p0;
      q = q > 0 ? q : 0;
      s0 += o0[i] = near < q ? near : q;
      q = xn + n1 - 2 * p1;
      q = q > 0 ? q : 0;
      s1 += o1[i] = near < q ? near : q;
      q = xn + n2 - 2 * p2;
      q = q > 0 ? q : 0;
      s2 += o2[i] = near < q ? near : q;
    }
    k0[blk] = s0;
    k1[blk] = s1;
    k2[blk] = s2;
  }
}
