/**
 * Columns of a design that are linear combinations of the columns before them (with the
 * intercept first), found as R's lm/glm finds them: in order, each column is kept unless what is
 * left of it after projecting on the kept ones is negligible. Telco's "No internet service"
 * level of OnlineSecurity is InternetService = No again; an unpenalised fit has no unique
 * coefficient for it, so it is left out and said to be aliased with the columns it repeats.
 */
import { weightedGram, type DesignData } from './designData.ts';

/** Relative squared residual under which a column counts as a combination of earlier ones. */
const ALIAS_TOLERANCE = 1e-9;

export interface Aliasing {
  /** Design columns (0-based, without the intercept) kept, in order. */
  kept: number[];
  /** Each aliased column and the kept columns it is a combination of (−1 = the intercept). */
  aliased: { column: number; with: number[] }[];
}

export function aliasedColumns(x: DesignData): Aliasing {
  const q = x.p + 1;
  // The Gram matrix of [1, X].
  const g = weightedGram(x, new Float64Array(x.n).fill(1));
  const at = (j: number, k: number) => (j >= k ? g[j * q + k] : g[k * q + j]);
  // Rows of the Cholesky factor of the kept columns' Gram matrix, grown one kept column at a time.
  const keptAll = [0];
  const l: number[][] = [[Math.sqrt(Math.max(g[0], 1e-300))]];
  const kept: number[] = [];
  const aliased: Aliasing['aliased'] = [];
  for (let j = 1; j < q; j++) {
    const m = keptAll.length;
    const c = new Float64Array(m);
    for (let a = 0; a < m; a++) {
      let s = at(j, keptAll[a]);
      for (let b = 0; b < a; b++) s -= l[a][b] * c[b];
      c[a] = s / l[a][a];
    }
    let d = at(j, j);
    for (let a = 0; a < m; a++) d -= c[a] * c[a];
    if (d > ALIAS_TOLERANCE * at(j, j)) {
      l.push([...c, Math.sqrt(d)]);
      keptAll.push(j);
      kept.push(j - 1);
      continue;
    }
    // The combination: solve Lᵀ b = c.
    const b = new Float64Array(m);
    for (let a = m - 1; a >= 0; a--) {
      let s = c[a];
      for (let e = a + 1; e < m; e++) s -= l[e][a] * b[e];
      b[a] = s / l[a][a];
    }
    const partners: number[] = [];
    for (let a = 0; a < m; a++) if (Math.abs(b[a]) > 1e-6) partners.push(keptAll[a] - 1);
    aliased.push({ column: j - 1, with: partners });
  }
  return { kept, aliased };
}
