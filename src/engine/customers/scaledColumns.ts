/**
 * Scaled customer columns, kept per source column: moving a weight rescales nothing, so a
 * weight change at 100k customers costs weighted sums, not a sort per column. Entries live as
 * long as the column's array (a rebuilt customer table drops them). The arrays kept here are
 * the engine's: they are read, never returned.
 */
import type { ValueScaling } from '../api.ts';
import { oriented, scaleColumn } from '../../core/analyses/customer-value/featureScaling.ts';
import { signedLog1p } from '../../core/stats/signedLog.ts';

type Kept = Partial<Record<`${ValueScaling}:${'log' | 'raw'}:${'higher' | 'lower'}` | 'logged', Float64Array>>;
const kept = new WeakMap<Float64Array, Kept>();

/**
 * The column scaled and turned so that higher is better (see featureScaling.ts); with `log`, its
 * signed log1p first (core/stats/signedLog.ts). A rank is the same either way (the log keeps
 * the order), so a ranked column is never logged.
 */
export function scaledColumn(
  values: Float64Array,
  scaling: ValueScaling,
  direction: 'higher' | 'lower',
  log = false,
): Float64Array {
  let entry = kept.get(values);
  if (!entry) {
    entry = {};
    kept.set(values, entry);
  }
  const logged = log && scaling !== 'rank';
  const key = `${scaling}:${logged ? 'log' : 'raw'}` as const;
  const source = logged ? (entry.logged ??= signedLog1p(values)) : values;
  const higher = (entry[`${key}:higher`] ??= scaleColumn(source, scaling));
  return direction === 'higher' ? higher : (entry[`${key}:lower`] ??= oriented(higher, scaling, false));
}
