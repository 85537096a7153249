import type { ModelSource } from './modelSources.ts';

/**
 * The features as numbers, for CART and the Cox model: a number as it is, a missing one set to
 * its training mean; a category as one 0/1 column per level seen on the training rows (a missing
 * or unseen category is 0 in all of them). With `reference`, the most frequent training level
 * gets no column and the others are compared with it (a Cox model needs this: the levels' columns
 * would otherwise add up to a constant, which the partial likelihood cannot estimate).
 */
export type NumericTerm =
  | { source: number; name: string; kind: 'number'; fill: number }
  | { source: number; name: string; kind: 'level'; level: string; code: number; reference?: string };

export function fitNumericView(sources: ModelSource[], rows: Int32Array, reference = false): NumericTerm[] {
  const terms: NumericTerm[] = [];
  sources.forEach((s, source) => {
    if (s.kind === 'numeric') {
      let sum = 0;
      let known = 0;
      for (let i = 0; i < rows.length; i++) {
        const v = s.values[rows[i]];
        if (v === v) {
          sum += v;
          known++;
        }
      }
      terms.push({ source, name: s.name, kind: 'number', fill: known > 0 ? sum / known : 0 });
      return;
    }
    const counts = new Float64Array(s.levels.length);
    for (let i = 0; i < rows.length; i++) {
      const c = s.codes[rows[i]];
      if (c >= 0 && c < counts.length) counts[c]++;
    }
    let most = -1;
    for (let k = 0; k < counts.length; k++) if (counts[k] > 0 && (most < 0 || counts[k] > counts[most])) most = k;
    for (let k = 0; k < counts.length; k++) {
      if (counts[k] === 0 || (reference && k === most)) continue;
      const term: NumericTerm = { source, name: s.name, kind: 'level', level: s.levels[k], code: k };
      if (reference) term.reference = s.levels[most];
      terms.push(term);
    }
  });
  return terms;
}

/** The terms' columns at `rows`, in their order. */
export function numericColumns(terms: NumericTerm[], sources: ModelSource[], rows: Int32Array): Float64Array[] {
  return terms.map((term) => {
    const s = sources[term.source];
    const out = new Float64Array(rows.length);
    if (term.kind === 'number' && s.kind === 'numeric') {
      for (let i = 0; i < rows.length; i++) {
        const v = s.values[rows[i]];
        out[i] = v === v ? v : term.fill;
      }
    } else if (term.kind === 'level' && s.kind === 'categorical') {
      for (let i = 0; i < rows.length; i++) out[i] = s.codes[rows[i]] === term.code ? 1 : 0;
    }
    return out;
  });
}
