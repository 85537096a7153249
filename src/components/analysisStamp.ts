/** A result's stamp as charts and exports print it: the definition in the user's language and the as-of date. */
import type { ResultStamp } from '../engine/api.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import type { ChartStamp } from '../charts/chartData.ts';

export function chartStamp(stamp: ResultStamp): ChartStamp {
  return {
    definitionText: stamp.definition ? i18n.definitionText(stamp.definition) : t('retention-projection.noDefinition'),
    asOf: stamp.asOf,
  };
}
