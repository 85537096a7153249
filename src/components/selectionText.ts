/**
 * A CustomerSelection or the workbook-wide filter in the UI language: what a drill-down panel
 * is titled with, what a chart's frame and every export say the numbers were filtered by.
 */
import {
  DERIVED_CUSTOMER_COLUMNS,
  type AnalysisKind,
  type CustomerFilter,
  type CustomerSelection,
} from '../engine/api.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import { sentences } from '../i18n/sentences.ts';

const day = (iso: string) => i18n.formatDate(Date.parse(`${iso}T00:00:00Z`));
const number = (v: number) => i18n.formatNumber(v, { maximumFractionDigits: 2 });

/** A column an analysis added, headed as the customer table's exports head it. */
function derivedColumn(kind: AnalysisKind, column: string): string {
  const key = `${kind}.col.${column}`;
  return i18n.hasKey(key) ? t(key) : column;
}

/** A code of a column an analysis added, in words where the column's codes have them (rfm segments). */
function derivedValue(kind: AnalysisKind, column: string, value: string): string {
  const valueKey = DERIVED_CUSTOMER_COLUMNS[kind]?.find((c) => c.name === column)?.valueKey;
  const key = `${valueKey}.${value}`;
  return valueKey && i18n.hasKey(key) ? t(key) : value;
}

export function selectionText(s: CustomerSelection): string {
  switch (s.kind) {
    case 'all':
      return t('drilldown.all');
    case 'status':
      return t(`drilldown.status.${s.status}`);
    case 'attribute':
      return t('drilldown.attribute', {
        column: i18n.attributeText(s.column, s.attributeRules?.[s.column]),
        values: i18n.formatList(
          s.values.map((v) => v || '—'),
          'disjunction',
        ),
      });
    case 'attribute-bin':
      return t('drilldown.bin', {
        column: i18n.attributeText(s.column, s.attributeRules?.[s.column]),
        low: number(s.edges[s.bin]),
        high: number(s.edges[s.bin + 1]),
      });
    case 'dates': {
      const field = t(`drilldown.field.${s.field}`);
      if (s.from && s.to) return t('drilldown.datesBetween', { field, from: day(s.from), to: day(s.to) });
      return s.from
        ? t('drilldown.datesFrom', { field, from: day(s.from) })
        : t('drilldown.datesTo', { field, to: day(s.to ?? '') });
    }
    case 'period':
      return t(`drilldown.period.${s.part}`, { start: day(s.start), end: day(s.end) });
    case 'derived': {
      const column = derivedColumn(s.analysis, s.column);
      if (s.range) return t('drilldown.range', { column, low: number(s.range[0]), high: number(s.range[1]) });
      const values = (s.values ?? []).map((v) => derivedValue(s.analysis, s.column, v));
      return t('drilldown.derived', { column, values: i18n.formatList(values, 'disjunction') });
    }
    case 'ranked-tenth': {
      const text = t('drilldown.tenth', { column: derivedColumn(s.analysis, s.column), tenth: s.tenth });
      if (!s.among) return text;
      const values = s.among.values.map((v) => derivedValue(s.analysis, s.among!.column, v));
      const among = t('drilldown.among', {
        column: derivedColumn(s.analysis, s.among.column),
        values: i18n.formatList(values),
      });
      return sentences(text, among);
    }
    case 'cohort-cell': {
      const params = {
        cohort: s.cohort,
        measure: t(`retention-triangle.measure.${s.options.measure}`),
        period: s.period,
        unit: t(`retention-triangle.period.${s.options.period}`),
      };
      return s.group === null ? t('drilldown.cell', params) : t('drilldown.cellGroup', { ...params, group: s.group });
    }
    case 'all-of':
      return s.parts.map(selectionText).join(t('drilldown.and'));
    default:
      return '';
  }
}

export function filterText(filter: CustomerFilter): string {
  return filter.parts.map(selectionText).join(t('drilldown.and'));
}

/** The workbook filter as the line an export states after its stamp (none without a filter). */
export function filterNotes(filter: CustomerFilter | null): { label: string; text: string }[] {
  return filter ? [{ label: t('filter.stampLabel'), text: filterText(filter) }] : [];
}
