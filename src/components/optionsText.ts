/**
 * An analysis's options in the reader's words, as its own cell labels them: "Order: highest churn
 * first; Smallest group on the chart: 30" for churn by attribute, not the settings' codes
 * ("sort: rate; minGroupSize: 30"). Exports (CSV footers, xlsx About sheets) and the HTML report
 * print this as their "Parameters" line. An option's label is the cell's `<kind>.<option>Label`
 * or `<kind>.<option>` message (or one named in ALIASES), a code value's word `<kind>.<option>.<code>`;
 * an option or value with no words keeps its code, and nested values (lists, rules) are written
 * plainly by parametersText's rules.
 */
import { parametersText, type AttributeRules } from '../engine/api.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import type { MessageKey } from '../i18n/en/index.ts';

/** Labels whose key does not follow `<option>Label` or `<option>`. */
const ALIASES: Record<string, Record<string, string>> = {
  'churn-by-attribute': { column: 'pick', minGroupSize: 'minGroup' },
  'churn-drivers': { windowDays: 'window' },
  'risk-model': { windowDays: 'window' },
  'value-tiers': { tierShares: 'shares' },
  rfm: { compareAsOf: 'compareLabel' },
};

/** Options held as a fraction that their cell shows as a percentage. */
const PERCENT: Record<string, ReadonlySet<string>> = {
  'risk-model': new Set(['testFraction']),
  'churn-drivers': new Set(['testFraction']),
  'customer-lifetime-value': new Set(['discount', 'margin']),
  'retention-economics': new Set(['acceptance', 'reach', 'discount']),
};

const plain = (v: unknown): v is string | number | boolean =>
  ['string', 'number', 'boolean'].includes(typeof v) && v !== '';

/** A message that reads as a label: short, not a sentence (customer-value.tierRule explains the tiers instead). */
const isLabel = (key: string) =>
  i18n.hasKey(key) &&
  /^[^.]{1,60}$/.test(
    t(key)
      .replace(/\{[^}]*\}/g, '')
      .trim(),
  );

function labelKey(kind: string, name: string): MessageKey | undefined {
  const alias = ALIASES[kind]?.[name];
  const keys = alias ? [`${kind}.${alias}`] : [`${kind}.${name}Label`, `${kind}.${name}`];
  return keys.find(isLabel) as MessageKey | undefined;
}

/** The label, its placeholders filled from `params` and any left out ("Horizon ({unit})" → "Horizon (weeks)"), without "(%)" or a trailing "%" (the value carries it). */
export function optionLabel(kind: string, name: string, params: Record<string, string> = {}): string {
  const key = labelKey(kind, name);
  if (!key) return name;
  return t(key, params)
    .replace(/\s*[(（]\{[^}]*\}[)）]/g, '')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\s*[(（]%[)）]/g, '')
    .replace(/\s*%$/, '')
    .trim();
}

export function optionValue(kind: string, name: string, v: string | number | boolean): string {
  const key = `${kind}.${name}.${String(v)}`;
  // A code's word, when it is one: not a sentence with numbers still to fill in (survival's durations).
  if (typeof v === 'string' && i18n.hasKey(key) && !/\{/.test(t(key))) return t(key);
  if (typeof v === 'number')
    return PERCENT[kind]?.has(name)
      ? i18n.formatPercent(v, Number.isInteger(v * 100) ? 0 : 1)
      : i18n.formatNumber(v, { maximumFractionDigits: 6 });
  if (typeof v === 'boolean') return t(v ? 'chart.optionYes' : 'chart.optionNo');
  return v;
}

/** A time unit the options name fills labels such as "Horizon ({unit})". */
export function unitParams(kind: string, options: object): Record<string, string> {
  const { unit } = options as { unit?: unknown };
  return typeof unit === 'string' ? { unit: optionValue(kind, 'unit', unit) } : {};
}

/** Every option as "label: value", joined by "; " (Chinese "；"); blanks left out. */
export function optionsText(kind: string, options: unknown): string {
  if (!options || typeof options !== 'object') return '';
  const zh = i18n.locale === 'zh-CN';
  const colon = zh ? '：' : ': ';
  const params = unitParams(kind, options);
  return Object.entries(options as Record<string, unknown>)
    .map(([k, v]) => {
      if (k === 'attributeRules' && v && typeof v === 'object') {
        // "Attributes: Country (latest value per customer)", as the chart's note says it.
        const rules = Object.entries(v as AttributeRules).map(([column, rule]) => i18n.attributeText(column, rule));
        return rules.length > 0 ? `${t('attribute-rule.stampLabel')}${colon}${rules.join(zh ? '；' : '; ')}` : '';
      }
      if (plain(v)) return `${optionLabel(kind, k, params)}${colon}${optionValue(kind, k, v)}`;
      const nested = parametersText({ [k]: v });
      return nested === '' ? '' : `${optionLabel(kind, k, params)}${colon}${nested.slice(k.length + 2)}`;
    })
    .filter((text) => text !== '')
    .join(zh ? '；' : '; ');
}
