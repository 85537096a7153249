/**
 * The parts of a CLV result that the discount rate and the margin do not change (the holdout
 * check, P(alive)), kept as the same objects from one answer to the next while the data, model,
 * unit, calibration end and horizon stay: their charts are not rebuilt when only CLV changes.
 */
import type { CustomerLifetimeValueResult } from '../../../engine/api.ts';

type Steady = Pick<CustomerLifetimeValueResult, 'holdout' | 'alive'>;

export function steadyParts(): (result: CustomerLifetimeValueResult) => Steady {
  let key = '';
  let kept: Steady | null = null;
  return (result) => {
    const { discount: _discount, margin: _margin, ...rest } = result.stamp.parameters;
    const next = JSON.stringify([result.stamp.sources, result.stamp.asOf, result.stamp.definition, rest]);
    if (kept === null || next !== key) {
      key = next;
      kept = { holdout: result.holdout, alive: result.alive };
    }
    return kept;
  };
}
