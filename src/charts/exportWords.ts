/** How every export is worded in the user's language: the stamp's labels and the xlsx sheet names. */
import type { SheetNames, StampLabels } from '../engine/api.ts';
import { t } from '../i18n/i18n.svelte.ts';

/** The labels of the stamp every export prints, and the xlsx sheet names. */
export function exportWords(): { stamp: StampLabels; sheets: SheetNames } {
  return {
    stamp: {
      definition: t('chart.export.definition'),
      asOf: t('chart.export.asOf'),
      notDated: t('chart.export.notDated'),
      parameters: t('chart.export.parameters'),
      source: t('chart.export.source'),
      currency: t('chart.export.currency'),
    },
    sheets: { data: t('chart.export.dataSheet'), about: t('chart.export.aboutSheet') },
  };
}
