/**
 * The options of the analysis that made a quadrant's risk or value column, in the reader's words:
 * each option's label and value as the producer's own cell words them ("Model: logistic
 * regression; Share held out: 25%"), not the settings' codes ("model logistic, testFraction 0.25").
 * An option the producer's cell has no words for keeps its name; a list of rules shows their settings.
 */
import { i18n, t } from '../../../i18n/i18n.svelte.ts';

/** The options each producer's cell has a label for (`<kind>.<option>`), and a word for each code value (`<kind>.<option>.<code>`). */
const WORDED: Record<string, ReadonlySet<string>> = {
  'risk-model': new Set([
    'model',
    'penalty',
    'C',
    'tree',
    'maxDepth',
    'classWeight',
    'alpha',
    'folds',
    'seed',
    'testFraction',
    'cutoff',
  ]),
  'customer-lifetime-value': new Set([
    'model',
    'unit',
    'calibrationEnd',
    'holdoutEnd',
    'horizon',
    'discount',
    'margin',
  ]),
};

/** Options held as a fraction and shown by their cell as a percentage. */
const PERCENT_OPTIONS = new Set(['testFraction', 'discount', 'margin']);

const plain = (v: unknown): v is string | number | boolean =>
  ['string', 'number', 'boolean'].includes(typeof v) && v !== '';

/** The label, its placeholders filled from `params` and any left out ("Horizon ({unit})" → "Horizon (weeks)"), without "(%)" (the value carries it). */
const label = (kind: string, name: string, params: Record<string, string>): string => {
  const key = `${kind}.${name}`;
  return WORDED[kind]?.has(name) && i18n.hasKey(key)
    ? t(key, params)
        .replace(/\s*[(（]\{[^}]*\}[)）]/g, '')
        .replace(/\{[^}]*\}/g, '')
        .replace(/\s*[(（]%[)）]/g, '')
        .trim()
    : name;
};

const value = (kind: string, name: string, v: string | number | boolean): string => {
  const key = `${kind}.${name}.${String(v)}`;
  if (typeof v === 'string' && i18n.hasKey(key)) return t(key);
  if (typeof v === 'number')
    return PERCENT_OPTIONS.has(name) ? i18n.formatPercent(v, Number.isInteger(v * 100) ? 0 : 1) : i18n.formatNumber(v);
  return String(v);
};

export function producerOptionsText(kind: string, options: unknown): string {
  if (!options || typeof options !== 'object') return '';
  const zh = i18n.locale === 'zh-CN';
  const colon = zh ? '：' : ': ';
  // A label naming the time unit ("Horizon ({unit})") names the unit the options say.
  const { unit } = options as { unit?: unknown };
  const params: Record<string, string> = typeof unit === 'string' ? { unit: value(kind, 'unit', unit) } : {};
  return Object.entries(options as Record<string, unknown>)
    .map(([k, v]) =>
      plain(v)
        ? `${label(kind, k, params)}${colon}${value(kind, k, v)}`
        : Array.isArray(v) && v.every((item) => item && typeof item === 'object')
          ? v
              .map((item) =>
                Object.values(item as object)
                  .filter(plain)
                  .join(' '),
              )
              .join('; ')
          : '',
    )
    .filter((text) => text !== '')
    .join(zh ? '；' : '; ');
}
