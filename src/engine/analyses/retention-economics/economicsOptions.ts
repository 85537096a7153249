/** The retention economics' options with their defaults (stated in the contract), or the first that cannot be used. */
import type { ResolvedRetentionEconomicsOptions, Result, RetentionEconomicsOptions } from '../../api.ts';
import { invalidOption } from '../retention-decision/decisionOptions.ts';

const inRange = (x: unknown, low: number, high: number) => typeof x === 'number' && x >= low && x <= high;

export function resolveEconomics(
  options: RetentionEconomicsOptions,
  valueDefault: string,
  medianValue: number,
): Result<ResolvedRetentionEconomicsOptions> {
  const base = medianValue > 0 ? medianValue : 0;
  const o: ResolvedRetentionEconomicsOptions = {
    risk: options.risk ?? 'model',
    value: options.value ?? valueDefault,
    rankBy: options.rankBy ?? 'risk',
    contactCost: options.contactCost ?? 0.01 * base,
    offerCost: options.offerCost ?? 0.1 * base,
    acceptance: options.acceptance ?? 0.3,
    reach: options.reach ?? 0.5,
    acquisitionRatio: options.acquisitionRatio ?? 5,
    retentionGain: options.retentionGain ?? 0.05,
    discount: options.discount ?? 0.1,
    medianValue,
    ...(options.treatment ? { treatment: options.treatment } : {}),
    ...(options.campaignDate ? { campaignDate: options.campaignDate } : {}),
    windowDays: options.windowDays ?? 90,
  };
  if (o.rankBy !== 'risk' && o.rankBy !== 'expected-loss') return invalidOption('rankBy');
  if (!inRange(o.contactCost, 0, Number.MAX_VALUE)) return invalidOption('contactCost');
  if (!inRange(o.offerCost, 0, Number.MAX_VALUE)) return invalidOption('offerCost');
  if (!inRange(o.acceptance, 0, 1)) return invalidOption('acceptance');
  if (!inRange(o.reach, 0, 1) || o.reach === 0) return invalidOption('reach');
  if (!inRange(o.acquisitionRatio, 0, 1000)) return invalidOption('acquisitionRatio');
  if (!inRange(o.retentionGain, 0, 1)) return invalidOption('retentionGain');
  if (!inRange(o.discount, 0, 10)) return invalidOption('discount');
  if (o.campaignDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.campaignDate)) return invalidOption('campaignDate');
  if (!(Number.isInteger(o.windowDays) && o.windowDays >= 1 && o.windowDays <= 3660))
    return invalidOption('windowDays');
  const t = o.treatment;
  if (t && !(typeof t.column === 'string' && Array.isArray(t.treated) && t.treated.length > 0))
    return invalidOption('treatment');
  return { ok: true, value: o };
}
