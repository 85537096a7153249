/** The retention projection's codes and choices in the reader's language (the cell shows them under its chart). */
import type { ProjectionResult, ProjectionSource } from '../../../engine/api.ts';
import { i18n, t } from '../../../i18n/i18n.svelte.ts';
import { PERIOD_DAYS } from './settings.ts';

const UNITS: Record<number, 'year' | 'month' | 'week'> = {
  [PERIOD_DAYS.year]: 'year',
  [PERIOD_DAYS.month]: 'month',
  [PERIOD_DAYS.week]: 'week',
};
/** The period of a result as a unit: year, month, week, or just "period". */
export function unitOf(r: ProjectionResult): 'year' | 'month' | 'week' | 'period' {
  return r.source.kind === 'survival' ? (UNITS[r.source.periodDays] ?? 'period') : 'period';
}
/** The same in the plural, as the axis and the notes say it. */
export function unitsOf(r: ProjectionResult): string {
  if (r.source.kind === 'columns') return r.source.period;
  const unit = unitOf(r);
  return unit === 'year'
    ? t('retention-projection.periodYear')
    : unit === 'month'
      ? t('retention-projection.periodMonth')
      : unit === 'week'
        ? t('retention-projection.periodWeek')
        : t('retention-projection.periodDays', { days: i18n.formatNumber(r.source.periodDays) });
}
/** What was fitted, in words. */
export function sourceText(source: ProjectionSource): string {
  return source.kind === 'survival'
    ? t('retention-projection.fitted.survival', {
        customers: i18n.formatNumber(source.customers),
        days: i18n.formatNumber(source.periodDays),
      })
    : t('retention-projection.fitted.columns', { survivors: source.survivors, period: source.period });
}
/** How it was fitted and what was counted, in words. */
export function methodText(r: ProjectionResult): string[] {
  const s = r.source;
  if (s.kind === 'columns')
    return [
      r.method === 'least-squares'
        ? t('retention-projection.leastSquaresNote', {
            survivors: s.survivors,
            values: t(`retention-projection.values.${s.values}`),
          })
        : t('retention-projection.likelihoodColumns', {
            survivors: s.survivors,
            values: t(`retention-projection.values.${s.values}`),
            customers: i18n.formatNumber(r.cohortSize ?? NaN),
          }),
    ];
  return [
    t('retention-projection.likelihoodCustomers', {
      customers: i18n.formatNumber(s.customers),
      units: unitsOf(r),
    }),
    t(`retention-projection.observedTo.${s.observedTo}`, {
      seen: i18n.formatNumber(s.observed),
    }),
  ];
}
/** What the engine chose because the settings left it open, in words. */
export function defaultsText(r: ProjectionResult): string[] {
  const last = r.observed.length - 1;
  const out: string[] = [];
  if (r.defaults.includes('period'))
    out.push(
      t(last >= 6 ? 'retention-projection.defaultPeriod' : 'retention-projection.defaultPeriodShort', {
        units: unitsOf(r),
        last,
      }),
    );
  if (r.defaults.includes('fit-periods')) out.push(t('retention-projection.defaultFit', { fit: r.fitPeriods, last }));
  return out;
}
