/**
 * The customer table as it stood at another as-of date, built from the same spec (roles,
 * churn definition, returns, id matching) with only the activity up to that day, beside the
 * dataset's own table, which it leaves untouched. The last one built is kept per dataset, so an
 * analysis that compares two dates rebuilds nothing while only its other settings change.
 */
import type { CustomerTableSpec, Result } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { buildCustomerTable, type BuiltCustomerTable } from './customerTableBuilding.ts';

const lastBuilt = new WeakMap<LoadedDataset, { key: string; built: Result<BuiltCustomerTable> }>();

export function customerTableAsOf(
  ds: LoadedDataset,
  spec: CustomerTableSpec,
  asOf: string,
  now: number = Date.now(),
): Result<BuiltCustomerTable> {
  const key = JSON.stringify({ ...spec, asOf });
  const known = lastBuilt.get(ds);
  if (known?.key === key) return known.built;
  const built = buildCustomerTable(ds, { ...spec, asOf }, now);
  lastBuilt.set(ds, { key, built });
  return built;
}
