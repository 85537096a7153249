/** Which day a loss is counted at in period KPIs and the monthly series, in the user's language. */
import { DEFAULT_RELATIVE_MIN_DAYS, type ChurnDefinition, type LossCountedAt } from '../engine/api.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';

export function lossCountedAtText(code: LossCountedAt, definition: ChurnDefinition | null): string {
  const n = (v: number) => i18n.formatNumber(v, { maximumFractionDigits: 2 });
  if (code === 'last-activity-plus-window' && definition?.kind === 'inactivity')
    return definition.relativeFactor
      ? t('churn-kpis.countedAt.relative-window', {
          factor: n(definition.relativeFactor),
          minDays: n(definition.minDays ?? DEFAULT_RELATIVE_MIN_DAYS),
          days: n(definition.days),
        })
      : t('churn-kpis.countedAt.last-activity-plus-window', { days: n(definition.days) });
  if (code === 'recent-window-start' && definition?.kind === 'partial')
    return t('churn-kpis.countedAt.recent-window-start', { months: n(definition.months) });
  return t(`churn-kpis.countedAt.${code}`, { days: '', months: '' });
}
