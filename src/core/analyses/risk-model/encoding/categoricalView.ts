import { codesAt, type ModelSource } from './modelSources.ts';
import { binCodes, quantileCuts } from './quantileBins.ts';

/**
 * The features as categories, for ID3, naive Bayes and TAN: a category as it is, a number as its
 * quantile bin (quantileBins.ts), the cuts fitted on the training rows. Each term says how its
 * codes read, so a split or a probability table can be worded: a category's code indexes
 * `levels`; a bin's code k is the range [cuts[k − 1], cuts[k]).
 */
export type CategoricalTerm =
  | { source: number; name: string; kind: 'category'; levels: string[] }
  | { source: number; name: string; kind: 'bins'; cuts: number[] };

export interface CategoricalColumn {
  kind: 'categorical';
  codes: Int32Array;
  levels: number;
}

export function fitCategoricalView(sources: ModelSource[], rows: Int32Array, bins: number): CategoricalTerm[] {
  return sources.map((s, source) =>
    s.kind === 'categorical'
      ? { source, name: s.name, kind: 'category', levels: s.levels }
      : { source, name: s.name, kind: 'bins', cuts: Array.from(quantileCuts(s.values, rows, bins)) },
  );
}

export function termLevels(term: CategoricalTerm): number {
  return term.kind === 'category' ? term.levels.length : term.cuts.length + 1;
}

/** The terms' codes at `rows`, in their order (−1 = missing or an unknown category). */
export function categoricalColumns(
  terms: CategoricalTerm[],
  sources: ModelSource[],
  rows: Int32Array,
): CategoricalColumn[] {
  return terms.map((term) => {
    const s = sources[term.source];
    const levels = termLevels(term);
    if (term.kind === 'bins' && s.kind === 'numeric') {
      return { kind: 'categorical', codes: binCodes(s.values, Float64Array.from(term.cuts), rows), levels };
    }
    if (s.kind !== 'categorical') return { kind: 'categorical', codes: new Int32Array(rows.length).fill(-1), levels };
    const codes = codesAt(s.codes, rows);
    for (let i = 0; i < codes.length; i++) if (codes[i] >= levels) codes[i] = -1;
    return { kind: 'categorical', codes, levels };
  });
}
