/**
 * Scaled customer columns, kept per source column: moving a weight rescales nothing, so a
 * weight change at 100k customers costs weighted sums, not a sort per column. Entries live as
 * long as the column's array (a rebuilt customer table drops them). The arrays kept here are
 * the engine's: they are read, never returned.
 */
import type { ValueScaling } from '../api.ts';
import { oriented, scaleColumn } from '../../core/analyses/customer-value/featureScaling.ts';

type Kept = Partial<Record<`${ValueScaling}:${'higher' | 'lower'}`, Float64Array>>;
const kept = new WeakMap<Float64Array, Kept>();

/** The column scaled and turned so that higher is better (see featureScaling.ts). */
export function scaledColumn(values: Float64Array, scaling: ValueScaling, direction: 'higher' | 'lower'): Float64Array {
  let entry = kept.get(values);
  if (!entry) {
    entry = {};
    kept.set(values, entry);
  }
  const higher = (entry[`${scaling}:higher`] ??= scaleColumn(values, scaling));
  return direction === 'higher' ? higher : (entry[`${scaling}:lower`] ??= oriented(higher, scaling, false));
}
