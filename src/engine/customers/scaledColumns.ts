/**
 * Scaled customer columns, kept per source column: moving a weight rescales nothing, so a
 * weight change at 100k customers costs a weighted sum, not a sort per column. Entries live as
 * long as the column's array (a rebuilt customer table drops them). The arrays kept here are
 * the engine's: they are read, never returned.
 */
import type { ValueScaling } from '../api.ts';
import { scaleColumn } from '../../core/analyses/customer-value/featureScaling.ts';

const scaled = new WeakMap<Float64Array, Partial<Record<ValueScaling, Float64Array>>>();

export function scaledColumn(values: Float64Array, scaling: ValueScaling): Float64Array {
  let entry = scaled.get(values);
  if (!entry) {
    entry = {};
    scaled.set(values, entry);
  }
  return (entry[scaling] ??= scaleColumn(values, scaling));
}
