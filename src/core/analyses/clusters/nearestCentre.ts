/**
 * The nearest and second-nearest of k centres to a point, ranked as scikit-learn ranks them
 * (`_lloyd` in sklearn/cluster/_k_means_lloyd.pyx): ‖x‖² + ‖c‖² − 2 x·c, the earlier of equal
 * centres first. Two points and four centres a pass: each feature of the points and of the
 * centres is read once for eight dot products held in registers (a pass per point and centre
 * reads everything k times; this is ~1.5× faster in V8). Each dot product adds its features in
 * order, so the ranking does not depend on the grouping.
 *
 * `out` receives, for the first point and then the second: the label, and the squared distances
 * (as ranked, unclamped) to the nearest and the second-nearest centre — six numbers.
 */
export function nearestCentres(
  x: Float64Array,
  o: number,
  o2: number,
  xn: number,
  xn2: number,
  c: Float64Array,
  centreNorms: Float64Array,
  k: number,
  d: number,
  out: Float64Array,
): void {
  let best = Infinity;
  let second = Infinity;
  let a = 0;
  let best2 = Infinity;
  let second2 = Infinity;
  let a2 = 0;
  let j = 0;
  // Four centres a pass; five when five are left (k = 5, 9, …): a fifth in the same pass over the
  // features costs less than a pass of its own (~15 % of a full step at k = 5).
  for (let b = 0; j + 3 < k && k - j !== 5; j += 4, b += 4 * d) {
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    let p3 = 0;
    let q0 = 0;
    let q1 = 0;
    let q2 = 0;
    let q3 = 0;
    for (let f = 0, b1 = b + d, b2 = b1 + d, b3 = b2 + d; f < d; f++) {
      const v = x[o + f];
      const w = x[o2 + f];
      const c0 = c[b + f];
      const c1 = c[b1 + f];
      const c2 = c[b2 + f];
      const c3 = c[b3 + f];
      p0 += v * c0;
      p1 += v * c1;
      p2 += v * c2;
      p3 += v * c3;
      q0 += w * c0;
      q1 += w * c1;
      q2 += w * c2;
      q3 += w * c3;
    }
    let s = xn + centreNorms[j] - 2 * p0;
    if (s < best) {
      second = best;
      best = s;
      a = j;
    } else if (s < second) second = s;
    s = xn2 + centreNorms[j] - 2 * q0;
    if (s < best2) {
      second2 = best2;
      best2 = s;
      a2 = j;
    } else if (s < second2) second2 = s;
    s = xn + centreNorms[j + 1] - 2 * p1;
    if (s < best) {
      second = best;
      best = s;
      a = j + 1;
    } else if (s < second) second = s;
    s = xn2 + centreNorms[j + 1] - 2 * q1;
    if (s < best2) {
      second2 = best2;
      best2 = s;
      a2 = j + 1;
    } else if (s < second2) second2 = s;
    s = xn + centreNorms[j + 2] - 2 * p2;
    if (s < best) {
      second = best;
      best = s;
      a = j + 2;
    } else if (s < second) second = s;
    s = xn2 + centreNorms[j + 2] - 2 * q2;
    if (s < best2) {
      second2 = best2;
      best2 = s;
      a2 = j + 2;
    } else if (s < second2) second2 = s;
    s = xn + centreNorms[j + 3] - 2 * p3;
    if (s < best) {
      second = best;
      best = s;
      a = j + 3;
    } else if (s < second) second = s;
    s = xn2 + centreNorms[j + 3] - 2 * q3;
    if (s < best2) {
      second2 = best2;
      best2 = s;
      a2 = j + 3;
    } else if (s < second2) second2 = s;
  }
  if (k - j === 5) {
    const b = j * d;
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    let p3 = 0;
    let p4 = 0;
    let q0 = 0;
    let q1 = 0;
    let q2 = 0;
    let q3 = 0;
    let q4 = 0;
    for (let f = 0, b1 = b + d, b2 = b1 + d, b3 = b2 + d, b4 = b3 + d; f < d; f++) {
      const v = x[o + f];
      const w = x[o2 + f];
      const c0 = c[b + f];
      const c1 = c[b1 + f];
      const c2 = c[b2 + f];
      const c3 = c[b3 + f];
      const c4 = c[b4 + f];
      p0 += v * c0;
      p1 += v * c1;
      p2 += v * c2;
      p3 += v * c3;
      p4 += v * c4;
      q0 += w * c0;
      q1 += w * c1;
      q2 += w * c2;
      q3 += w * c3;
      q4 += w * c4;
    }
    let s = xn + centreNorms[j] - 2 * p0;
    if (s < best) {
      second = best;
      best = s;
      a = j;
    } else if (s < second) second = s;
    s = xn2 + centreNorms[j] - 2 * q0;
    if (s < best2) {
      second2 = best2;
      best2 = s;
      a2 = j;
    } else if (s < second2) second2 = s;
    s = xn + centreNorms[j + 1] - 2 * p1;
    if (s < best) {
      second = best;
      best = s;
      a = j + 1;
    } else if (s < second) second = s;
    s = xn2 + centreNorms[j + 1] - 2 * q1;
    if (s < best2) {
      second2 = best2;
      best2 = s;
      a2 = j + 1;
    } else if (s < second2) second2 = s;
    s = xn + centreNorms[j + 2] - 2 * p2;
    if (s < best) {
      second = best;
      best = s;
      a = j + 2;
    } else if (s < second) second = s;
    s = xn2 + centreNorms[j + 2] - 2 * q2;
    if (s < best2) {
      second2 = best2;
      best2 = s;
      a2 = j + 2;
    } else if (s < second2) second2 = s;
    s = xn + centreNorms[j + 3] - 2 * p3;
    if (s < best) {
      second = best;
      best = s;
      a = j + 3;
    } else if (s < second) second = s;
    s = xn2 + centreNorms[j + 3] - 2 * q3;
    if (s < best2) {
      second2 = best2;
      best2 = s;
      a2 = j + 3;
    } else if (s < second2) second2 = s;
    s = xn + centreNorms[j + 4] - 2 * p4;
    if (s < best) {
      second = best;
      best = s;
      a = j + 4;
    } else if (s < second) second = s;
    s = xn2 + centreNorms[j + 4] - 2 * q4;
    if (s < best2) {
      second2 = best2;
      best2 = s;
      a2 = j + 4;
    } else if (s < second2) second2 = s;
    j += 5;
  }
  for (let b = j * d; j < k; j++, b += d) {
    let p = 0;
    let q = 0;
    for (let f = 0; f < d; f++) {
      p += x[o + f] * c[b + f];
      q += x[o2 + f] * c[b + f];
    }
    const s = xn + centreNorms[j] - 2 * p;
    if (s < best) {
      second = best;
      best = s;
      a = j;
    } else if (s < second) second = s;
    const s2 = xn2 + centreNorms[j] - 2 * q;
    if (s2 < best2) {
      second2 = best2;
      best2 = s2;
      a2 = j;
    } else if (s2 < second2) second2 = s2;
  }
  out[0] = a;
  out[1] = best;
  out[2] = second;
  out[3] = a2;
  out[4] = best2;
  out[5] = second2;
}
