/**
 * The features as the models read them (FeatureSource): numbers as they are, categories as
 * codes into a fixed list of levels decided on the modelled customers — levels held by fewer
 * than MIN_LEVEL_CUSTOMERS pooled into OTHER_LEVEL (as are all beyond the MAX_LEVELS largest),
 * empty values their own MISSING_LEVEL when there are enough of them. The same layout reads
 * another table of the same data (the features on the as-of day, after a temporal split), a
 * level it did not see going to OTHER_LEVEL.
 */
import { MISSING_LEVEL, OTHER_LEVEL, type RiskFeature } from '../../api.ts';
import type { TypedColumn } from '../../../core/columns/typedColumn.ts';
import type { FeatureSource } from '../../../core/analyses/risk-model/featureSource.ts';
import type { FeatureCandidate } from './featurePlan.ts';

/** Fewer customers than this in a level: too few to estimate it alone (churn by attribute ranks groups from 30). */
export const MIN_LEVEL_CUSTOMERS = 30;
export const MAX_LEVELS = 20;
/** On a small file (under 600 training customers) a level needs only 5 % of them, at least 1: 30 would pool every level of a 14-row textbook table. */
export const MIN_LEVEL_SHARE = 0.05;

export interface FeatureLayout {
  name: string;
  kind: 'numeric' | 'categorical';
  levels: string[];
  pooled: string[];
}

/** Each value's text, −1 = empty. */
function valueTexts(col: TypedColumn): { codes: ArrayLike<number>; labels: string[] } {
  const d = col.data;
  if (d.kind === 'string') return { codes: d.codes, labels: d.dictionary };
  if (d.kind === 'boolean') return { codes: d.values, labels: ['no', 'yes'] };
  throw new Error(`${col.name} is a number`);
}

export function featureLayout(candidates: FeatureCandidate[], rows: Int32Array): FeatureLayout[] {
  const minLevel = Math.min(MIN_LEVEL_CUSTOMERS, Math.max(1, Math.ceil(rows.length * MIN_LEVEL_SHARE)));
  return candidates.map(({ column, kind }) => {
    if (kind === 'numeric') return { name: column.name, kind, levels: [], pooled: [] };
    const { codes, labels } = valueTexts(column);
    const counts = new Float64Array(labels.length);
    let missing = 0;
    for (let i = 0; i < rows.length; i++) {
      const c = codes[rows[i]];
      if (c >= 0) counts[c]++;
      else missing++;
    }
    const present = Array.from(labels.keys()).filter((k) => counts[k] > 0);
    const big = present.filter((k) => counts[k] >= minLevel).sort((a, b) => counts[b] - counts[a] || a - b);
    const keep = new Set(big.slice(0, MAX_LEVELS));
    // Levels keep the data's order; the pooled ones are named, largest first.
    const levels = present.filter((k) => keep.has(k)).map((k) => labels[k]);
    const pooled = present
      .filter((k) => !keep.has(k))
      .sort((a, b) => counts[b] - counts[a] || a - b)
      .map((k) => labels[k]);
    if (missing >= minLevel) levels.push(MISSING_LEVEL);
    if (pooled.length > 0 || (missing > 0 && missing < minLevel)) levels.push(OTHER_LEVEL);
    return { name: column.name, kind, levels, pooled };
  });
}

/** The sources for `columns` (by name, as the layout's) in this table's order of customers. */
export function featureSources(layout: FeatureLayout[], columns: Map<string, TypedColumn>): FeatureSource[] {
  return layout.map((f): FeatureSource => {
    const col = columns.get(f.name)!;
    if (f.kind === 'numeric') {
      const d = col.data;
      return { name: f.name, kind: 'numeric', values: d.kind === 'number' ? d.values : new Float64Array(0) };
    }
    const { codes, labels } = valueTexts(col);
    const index = new Map(f.levels.map((l, k) => [l, k]));
    const other = index.get(OTHER_LEVEL) ?? -1;
    const missing = index.get(MISSING_LEVEL) ?? other;
    const map = Int32Array.from(labels, (l) => index.get(l) ?? other);
    const out = new Int32Array(codes.length);
    for (let i = 0; i < codes.length; i++) out[i] = codes[i] >= 0 ? map[codes[i]] : missing;
    return { name: f.name, kind: 'categorical', codes: out, levels: f.levels };
  });
}

/** What the result says about each feature: its kind, customers among `rows` without a value, levels and pooled levels. */
export function featureInfo(
  layout: FeatureLayout[],
  columns: Map<string, TypedColumn>,
  rows: Int32Array,
): RiskFeature[] {
  return layout.map((f) => {
    const d = columns.get(f.name)!.data;
    let missing = 0;
    if (d.kind === 'number')
      for (let i = 0; i < rows.length; i++) missing += d.values[rows[i]] !== d.values[rows[i]] ? 1 : 0;
    else {
      const codes = d.kind === 'string' ? d.codes : d.values;
      for (let i = 0; i < rows.length; i++) missing += codes[rows[i]] < 0 ? 1 : 0;
    }
    if (f.kind === 'numeric') return { name: f.name, kind: 'numeric', missing };
    return {
      name: f.name,
      kind: 'categorical',
      missing,
      levels: f.levels,
      ...(f.pooled.length > 0 ? { pooled: f.pooled } : {}),
    };
  });
}
