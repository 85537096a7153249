/** How the quadrant cell words where its numbers came from, and the stamp lines its call lists carry. */
import type { QuadrantSourceUsed, ValueRiskQuadrantResult } from '../../../engine/api.ts';
import { i18n, t } from '../../../i18n/i18n.svelte.ts';
import { sentences } from '../../../i18n/sentences.ts';
import { producerOptionsText } from './producerOptionsText.ts';
import { LOG_DECADES, type Domains } from '../../../charts/value-risk-quadrant/scatterGeometry.ts';

export function sourceText(what: 'risk' | 'value', used: QuadrantSourceUsed): string {
  const whatText = t(`value-risk-quadrant.what.${what}`);
  const p = used.producer;
  if (!p) return t('value-risk-quadrant.source.column', { what: whatText, column: used.column });
  const params = {
    what: whatText,
    column: used.column,
    kind: t(`value-risk-quadrant.kind.${p.kind}`),
    options: producerOptionsText(p.kind, p.options),
  };
  const clv = p.ranHere && p.kind === 'customer-lifetime-value' && t('value-risk-quadrant.source.clvAllData');
  if (used.complement)
    return sentences(
      t('value-risk-quadrant.source.complement', {
        ...params,
        ran: p.ranHere ? t('value-risk-quadrant.source.ranHereShort') : '',
      }),
      clv,
    );
  return sentences(
    t(p.ranHere ? 'value-risk-quadrant.source.ranHere' : 'value-risk-quadrant.source.produced', params),
    clv,
  );
}

/** The threshold rules as the stamp of an exported list states them. */
export function thresholdLines(r: ValueRiskQuadrantResult, formatValue: (v: number) => string) {
  const p = r.stamp.parameters;
  const rule = (axis: 'risk' | 'value') => {
    const threshold = axis === 'risk' ? p.riskThreshold : p.valueThreshold;
    return threshold.rule === 'top-share'
      ? t('value-risk-quadrant.ruleText.top-share', { share: i18n.formatPercent(threshold.share, 0) })
      : t(`value-risk-quadrant.ruleText.${threshold.rule}`);
  };
  return [
    {
      label: t('value-risk-quadrant.quadrantsHeading'),
      text: t('value-risk-quadrant.thresholdsText', {
        risk: i18n.formatNumber(r.thresholds.risk, { maximumFractionDigits: 4 }),
        value: formatValue(r.thresholds.value),
      }),
    },
    { label: t('value-risk-quadrant.riskThresholdLabel'), text: rule('risk') },
    { label: t('value-risk-quadrant.valueThresholdLabel'), text: rule('value') },
    { label: t('value-risk-quadrant.what.risk'), text: sourceText('risk', r.sources.risk) },
    { label: t('value-risk-quadrant.what.value'), text: sourceText('value', r.sources.value) },
  ];
}

/**
 * The caption of a log value axis: it has no 0, so it starts at the smallest positive value, or
 * LOG_DECADES below its top when that is higher; the start is written with three significant
 * digits (in scientific notation below 0.01, where money's two decimals would print "0"); and how
 * many customers sit on its bottom edge: those with a value of 0 or less, and those under the start.
 */
export function logAxisText(domains: Domains, automatic: boolean, currency: string): string {
  const smallest = domains.y[0];
  const value =
    smallest >= 0.01
      ? i18n.formatMoney(smallest, currency)
      : i18n.formatNumber(smallest, {
          notation: 'scientific',
          maximumSignificantDigits: 3,
          ...(currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol' } : {}),
        });
  const floored = domains.belowStart > 0;
  const parts = [
    floored
      ? t('value-risk-quadrant.logAxisFloored', { value, decades: LOG_DECADES })
      : t('value-risk-quadrant.logAxis', { value }),
  ];
  if (automatic) parts.push(t('value-risk-quadrant.logAxisAuto'));
  if (floored)
    parts.push(t('value-risk-quadrant.logAxisBelow', { count: i18n.formatNumber(domains.belowStart), value }));
  if (domains.nonPositive > 0)
    parts.push(t('value-risk-quadrant.logAxisNonPositive', { count: i18n.formatNumber(domains.nonPositive) }));
  return sentences(...parts);
}
