/**
 * RFM results in the user's language: segment names (the user's own, else the code's message),
 * and how recency, frequency and monetary value were defined, said on screen and printed on
 * every chart and export of the cell.
 */
import type { RfmDefinition, RfmMigration, RfmResult } from '../../engine/api.ts';
import { i18n, t } from '../../i18n/i18n.svelte.ts';

export function segmentName(code: string, name?: string): string {
  if (name) return name;
  const key = `rfm.segment.${code}`;
  return i18n.hasKey(key) ? t(key) : code;
}

export const segmentNames = (r: RfmResult): string[] => r.segments.map((s) => segmentName(s.code, s.name));

/** The recommended action for one of the eight classes ('' for any other segment). */
export function actionText(code: string): string {
  const key = `rfm.action.${code}`;
  return i18n.hasKey(key) ? t(key) : '';
}

export function migrationNames(m: RfmMigration): { from: string[]; to: string[] } {
  const name = (code: string) => segmentName(code, m.names[code]);
  return { from: m.from.map(name), to: m.to.map(name) };
}

const list = (values: number[], format: (v: number) => string) => values.map(format).join(', ');

/** The definition in sentences: recency, frequency, monetary, then the scores' breaks or the eight classes' cuts. */
export function definitionLines(d: RfmDefinition, currency: string): string[] {
  const date = i18n.formatDate(Date.parse(`${d.asOf}T00:00:00Z`));
  const money = (v: number) => i18n.formatMoney(v, currency);
  const number = (v: number) => i18n.formatNumber(v, { maximumFractionDigits: 2 });
  const lines = [
    t(d.scheme === 'quintile' ? 'rfm.define.recency' : 'rfm.define.recencyEight', { asOf: date, bins: d.bins }),
    d.orders.counted === 'invoices'
      ? t('rfm.define.frequency.invoices', { column: d.orders.invoiceColumn ?? '' })
      : t('rfm.define.frequency.rows'),
    `${t(`rfm.define.monetary.${d.monetary}`)}${t(`rfm.define.returns.${d.returns}`)}`,
  ];
  if (d.breaks)
    lines.push(
      t('rfm.define.breaks', {
        bins: d.bins,
        recency: list(d.breaks.recency, number),
        frequency: list(d.breaks.frequency, number),
        monetary: list(d.breaks.monetary, money),
      }),
    );
  if (d.thresholds)
    lines.push(
      t('rfm.define.eight', {
        statistic: t(`rfm.define.statistic.${d.thresholds.statistic}`),
        recency: number(d.thresholds.recency),
        frequency: number(d.thresholds.frequency),
        monetary: money(d.thresholds.monetary),
      }),
    );
  if (d.scoreMap && d.scoreMap.scale !== d.bins)
    lines.push(t('rfm.define.scale', { scale: d.scoreMap.scale, bins: d.bins }));
  if (d.unknownMonetary > 0)
    lines.push(t('rfm.define.unknownMonetary', { count: i18n.formatNumber(d.unknownMonetary) }));
  return lines;
}
