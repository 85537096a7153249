/**
 * How a survival result's duration and its one-time buyers are worded, in the reader's
 * language: on the cell, in the chart's caption and in every export's stamp.
 */
import type { SurvivalResult } from '../../engine/api.ts';
import { i18n, t } from '../../i18n/i18n.svelte.ts';

/** What the durations run from and to, and how customers still active are counted. */
export function durationSentence(result: SurvivalResult): string {
  if (result.duration !== 'first-to-loss-known') return t(`survival.duration.${result.duration}`);
  return Number.isFinite(result.lossKnownLagDays)
    ? t('survival.duration.first-to-loss-known', { lag: i18n.formatNumber(result.lossKnownLagDays) })
    : t('survival.duration.first-to-loss-known-relative');
}

/** How many bought on one day only and, when some churned, the step of the curve they make; '' for a snapshot. */
export function oneTimeSentence(result: SurvivalResult): string {
  const o = result.oneTimeBuyers;
  if (!o) return '';
  const total = result.groups.reduce((n, g) => n + g.n, 0);
  const count = t('survival.oneTime.count', {
    count: i18n.formatNumber(o.customers),
    total: i18n.formatNumber(total),
    share: i18n.formatPercent(o.share),
    churned: i18n.formatNumber(o.churned),
  });
  if (!(o.stepEvents > 0)) return count;
  const shared = {
    oneTime: i18n.formatNumber(o.stepOneTime),
    events: i18n.formatNumber(o.stepEvents),
    explained: i18n.formatPercent(o.stepOneTime / o.stepEvents),
  };
  const step =
    o.stepTime === 0
      ? t('survival.oneTime.stepZero', { ...shared, start: i18n.formatPercent(1 - o.stepEvents / o.stepAtRisk) })
      : t('survival.oneTime.step', {
          ...shared,
          time: i18n.formatNumber(o.stepTime, { maximumFractionDigits: 1 }),
          unit: t(`survival.unit.${result.unit}`),
          drop: i18n.formatPercent(o.stepEvents / o.stepAtRisk),
          atRisk: i18n.formatNumber(o.stepAtRisk),
        });
  return `${count}${t('survival.summary.separator')}${step}`;
}

/** The lines the chart's caption and its exports add to the stamp. */
export function durationNotes(result: SurvivalResult): { label: string; text: string }[] {
  const oneTime = oneTimeSentence(result);
  return [
    { label: t('survival.duration'), text: durationSentence(result) },
    ...(oneTime ? [{ label: t('survival.oneTime'), text: oneTime }] : []),
  ];
}
