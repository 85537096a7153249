import type { BayesFeature } from './naiveBayes.ts';

/**
 * Empirical (maximum-likelihood) information, in nats, over the rows where the features involved
 * are known (code ≥ 0):
 *   I(X; C)     = Σ N_xc / N · log(N_xc · N / (N_x · N_c))
 *   I(X; Y | C) = Σ N_xyc / N · log(N_xyc · N_c / (N_xc · N_yc))      (Friedman, Geiger &
 * Goldszmidt 1997, "Bayesian network classifiers", eq. 3: the edge weights of TAN's tree).
 */
export function mutualInformationWithClass(feature: BayesFeature, y: Uint8Array): number {
  const { codes, levels } = feature;
  const joint = new Float64Array(2 * levels);
  let n = 0;
  for (let i = 0; i < y.length; i++) {
    const v = codes[i];
    if (v < 0 || v >= levels) continue;
    joint[y[i] * levels + v]++;
    n++;
  }
  const classTotal = [0, 0];
  const valueTotal = new Float64Array(levels);
  for (let c = 0; c < 2; c++) {
    for (let v = 0; v < levels; v++) {
      classTotal[c] += joint[c * levels + v];
      valueTotal[v] += joint[c * levels + v];
    }
  }
  let info = 0;
  for (let c = 0; c < 2; c++) {
    for (let v = 0; v < levels; v++) {
      const nvc = joint[c * levels + v];
      if (nvc > 0) info += (nvc / n) * Math.log((nvc * n) / (valueTotal[v] * classTotal[c]));
    }
  }
  return info;
}

export function conditionalMutualInformation(a: BayesFeature, b: BayesFeature, y: Uint8Array): number {
  const la = a.levels;
  const lb = b.levels;
  const joint = new Float64Array(2 * la * lb);
  let n = 0;
  for (let i = 0; i < y.length; i++) {
    const u = a.codes[i];
    const v = b.codes[i];
    if (u < 0 || u >= la || v < 0 || v >= lb) continue;
    joint[(y[i] * la + u) * lb + v]++;
    n++;
  }
  let info = 0;
  const rowTotal = new Float64Array(la);
  const columnTotal = new Float64Array(lb);
  for (let c = 0; c < 2; c++) {
    rowTotal.fill(0);
    columnTotal.fill(0);
    let classTotal = 0;
    for (let u = 0; u < la; u++) {
      for (let v = 0; v < lb; v++) {
        const count = joint[(c * la + u) * lb + v];
        rowTotal[u] += count;
        columnTotal[v] += count;
        classTotal += count;
      }
    }
    for (let u = 0; u < la; u++) {
      for (let v = 0; v < lb; v++) {
        const count = joint[(c * la + u) * lb + v];
        if (count > 0) info += (count / n) * Math.log((count * classTotal) / (rowTotal[u] * columnTotal[v]));
      }
    }
  }
  return info;
}

/** I(X_i; X_j | C) for every pair, symmetric, 0 on the diagonal: [i · k + j]. */
export function conditionalMutualInformationMatrix(features: readonly BayesFeature[], y: Uint8Array): Float64Array {
  const k = features.length;
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const info = conditionalMutualInformation(features[i], features[j], y);
      out[i * k + j] = info;
      out[j * k + i] = info;
    }
  }
  return out;
}
