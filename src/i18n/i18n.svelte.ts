/** The current language, message lookup and Intl formatting. Reading `i18n.locale` makes templates re-render on a switch. */
import {
  DEFAULT_RELATIVE_MIN_DAYS,
  type AttributeValueRule,
  type ChurnDefinition,
  type ColumnType,
  type Issue,
  type Role,
  type Shape,
  type WarningEvidence,
} from '../engine/api.ts';
import { en, type MessageKey } from './en/index.ts';
import { zhCN } from './zh-CN/index.ts';
import { useChartTimeLocale } from './chartTimeLocale.ts';

export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly { id: Locale; label: string }[] = [
  { id: 'en', label: 'English' },
  { id: 'zh-CN', label: '简体中文' },
];

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };
type Params = Record<string, string | number>;

export function localeFrom(search: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'en' || asked === 'zh-CN') return asked;
  return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

/** Fills {placeholders}; returns null when one has no value, so callers can fall back. */
export function fill(template: string, params: Params = {}): string | null {
  let missing = false;
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) missing = true;
    return String(value ?? '');
  });
  return missing ? null : text;
}

/** Intl formatters are costly to build and the preview formats thousands of cells per frame. */
const formatters = new Map<string, unknown>();
function cached<O, F>(Format: new (locale: string, options?: O) => F, locale: string, options?: O): F {
  const key = `${Format.name}|${locale}|${JSON.stringify(options ?? {})}`;
  let format = formatters.get(key) as F | undefined;
  if (!format) formatters.set(key, (format = new Format(locale, options)));
  return format;
}

class I18n {
  locale = $state<Locale>('en');

  constructor(initial: Locale) {
    this.locale = initial;
  }

  setLocale(locale: Locale) {
    this.locale = locale;
    useChartTimeLocale(locale);
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }

  t = (key: MessageKey, params?: Params): string => {
    const template = catalogs[this.locale][key];
    return fill(template, params) ?? template;
  };

  /** The words of a key in a given language (not the one shown); null for a key that is not the app's. */
  wordsIn = (locale: Locale, key: string): string | null =>
    Object.hasOwn(en, key) ? catalogs[locale][key as MessageKey] : null;

  /** Whether a message with this key exists (keys built from codes, e.g. a derived column's). */
  hasKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

  /** The keys that start with `prefix` (the values a column of codes can hold). */
  keysUnder = (prefix: string): MessageKey[] => (Object.keys(en) as MessageKey[]).filter((k) => k.startsWith(prefix));

  /** A negative value that rounds to zero reads 0 ("0.000", not "-0.000") unless the caller asks for a sign display. */
  formatNumber = (value: number, options?: Intl.NumberFormatOptions): string =>
    Number.isFinite(value)
      ? cached(Intl.NumberFormat, this.locale, { signDisplay: 'negative', ...options }).format(value)
      : '—';

  /**
   * An amount in the workbook's currency (ISO 4217 code; '' for none: a plain number), with the
   * symbol the language uses for it ("¥1,234.50", "$1,234.50"); `compact` gives "¥1.2M" / "¥120万".
   */
  formatMoney = (value: number, currency: string, options: { digits?: number; compact?: boolean } = {}): string => {
    const digits = options.digits ?? 2;
    const shape: Intl.NumberFormatOptions = options.compact
      ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
      : { minimumFractionDigits: Math.min(digits, currency ? digits : 0), maximumFractionDigits: digits };
    if (!currency) return this.formatNumber(value, shape);
    return this.formatNumber(value, { ...shape, style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
  };

  /**
   * A share in percent. A positive share too small to show at this precision reads "<1%" (or
   * "<0.1%" …), not "0%": "Deceased 6 · 0%" said nobody had died. Zero stays 0%, and a tiny
   * negative number (a difference) still reads 0 without a sign (see formatNumber).
   */
  formatPercent = (ratio: number, digits = 1): string => {
    const shape: Intl.NumberFormatOptions = {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    };
    const least = 10 ** -(digits + 2);
    if (ratio > 0 && ratio < least / 2) return `<${this.formatNumber(least, shape)}`;
    return this.formatNumber(ratio, shape);
  };

  /** Dates are UTC everywhere: the data has no time zone, so the reader's zone must not shift it. */
  formatDate = (epochMs: number, withTime = false): string => {
    if (!Number.isFinite(epochMs)) return '—';
    // Month names, not numbers: 03/04/2024 reads differently on each side of the Atlantic.
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' };
    if (withTime) Object.assign(options, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    return cached(Intl.DateTimeFormat, this.locale, options).format(epochMs);
  };

  formatBytes = (bytes: number): string => {
    const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return this.formatNumber(value, {
      style: 'unit',
      unit: units[unit],
      unitDisplay: 'short',
      maximumFractionDigits: unit === 0 ? 0 : 1,
    });
  };

  typeLabel = (type: ColumnType): string => this.t(`type.${type}`);
  roleLabel = (role: Role): string => this.t(`role.${role}`);
  shapeLabel = (shape: Shape): string => this.t(`shape.${shape}`);

  /** An attribute as a chart names it: with the rule that made it one value per customer, when one did. */
  attributeText = (column: string, rule: AttributeValueRule | undefined): string =>
    rule ? this.t(`attribute-rule.label.${rule}`, { column }) : column;

  /** The churn definition in words, in the current language (the engine's text is English). */
  definitionText = (d: ChurnDefinition): string => {
    const n = (v: number) => this.formatNumber(v, { maximumFractionDigits: 2 });
    switch (d.kind) {
      case 'flag':
        return d.column ? this.t('def.text.flagColumn', { column: d.column }) : this.t('def.text.flag');
      case 'inactivity': {
        const base = d.relativeFactor
          ? this.t('def.text.relative', {
              factor: n(d.relativeFactor),
              minDays: n(d.minDays ?? DEFAULT_RELATIVE_MIN_DAYS),
              days: n(d.days),
            })
          : this.t('def.text.inactivity', { days: n(d.days) });
        return d.atRiskDays ? `${base}${this.t('def.text.atRisk', { days: n(d.atRiskDays) })}` : base;
      }
      case 'contract-end':
        return d.column ? this.t('def.text.contractEndColumn', { column: d.column }) : this.t('def.text.contractEnd');
      case 'partial':
        return this.t('def.text.partial', { months: n(d.months), drop: n(d.dropPercent) });
    }
  };

  /**
   * Why an early warning fired, in the current language. The English wording is the engine's
   * own (evidenceSentence, used in exports); a test holds the two together.
   */
  /** `currency`: the workbook's ISO 4217 code ('' for plain numbers), for the amounts the evidence quotes. */
  evidenceText = (e: WarningEvidence, currency = ''): string => {
    // Amounts as the engine rounds them (half cents up, in binary: 1.005 is 1), no grouping, no "-0".
    const money = (v: number) => {
      const cents = Math.round(Math.abs(v) * 100);
      return this.formatNumber(v < 0 && cents > 0 ? -cents / 100 : cents / 100, {
        maximumFractionDigits: 2,
        useGrouping: false,
        ...(currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: 0 } : {}),
      });
    };
    const path = (p: { path: number[]; from: string; to: string }) =>
      this.t('early-warnings.why.path', {
        values: p.path.map(money).join(' → '),
        range: p.from === p.to ? p.from : this.t('early-warnings.why.range', { from: p.from, to: p.to }),
      });
    const span = (months: number) =>
      months === 1 ? this.t('early-warnings.why.lastMonth') : this.t('early-warnings.why.lastMonths', { months });
    switch (e.kind) {
      case 'declining':
        return this.t('early-warnings.why.declining', { months: e.months, path: path(e) });
      case 'below':
        return e.threshold === 0
          ? this.t('early-warnings.why.belowNone', { span: span(e.months), path: path(e) })
          : this.t('early-warnings.why.belowAt', {
              threshold: money(e.threshold),
              span: span(e.months),
              path: path(e),
            });
      case 'seasonal': {
        const monthName = (m: number) =>
          cached(Intl.DateTimeFormat, this.locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1));
        const years = (list: number[]) =>
          list
            .map(String)
            .reduce((text, y, k) =>
              k === 0
                ? y
                : `${text}${this.t(k === list.length - 1 ? 'early-warnings.why.listLast' : 'early-warnings.why.listComma')}${y}`,
            );
        return e.skipped
          .map((s) =>
            this.t('early-warnings.why.seasonal', {
              month: monthName(s.month),
              earlier: years(s.earlier),
              year: String(s.year),
              lastYear: money(s.lastYear),
            }),
          )
          .join(this.t('early-warnings.why.seasonSeparator'));
      }
      case 'overdue':
        return this.t('early-warnings.why.overdue', {
          days: String(e.days),
          since: e.since,
          factor: money(e.factor),
          gap: money(e.usualGap),
        });
    }
  };

  formatList = (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string =>
    cached(Intl.ListFormat, this.locale, { style: 'long', type }).format(items);

  /** An encoding's name in the user's language (its id when the reader knows no such encoding). */
  encodingLabel = (encoding: string): string => {
    const key = `encoding.${encoding}`;
    return key in en ? this.t(key as MessageKey) : encoding;
  };

  /** An engine issue in the user's language; the engine's English sentence when no template fits. */
  issueText = (issue: Issue): string => {
    const key = `issue.${issue.code}` as MessageKey;
    const template = catalogs[this.locale][key];
    if (!template) return issue.message;
    const params: Params = { ...issue.params };
    for (const [name, v] of Object.entries(params)) if (typeof v === 'number') params[name] = this.formatNumber(v);
    for (const name of ['type', 'kept'] as const) {
      const v = params[name];
      if (typeof v === 'string' && `type.${v}` in en) params[name] = this.t(`type.${v}` as MessageKey);
    }
    // An encoding is named as the encoding chooser names it (“Big5 (Traditional Chinese)”).
    if (typeof params.encoding === 'string') params.encoding = this.encodingLabel(params.encoding);
    if (typeof params.alternatives === 'string')
      params.alternatives = this.formatList(params.alternatives.split(',').map(this.encodingLabel), 'disjunction');
    // A role is named as the role panel names it (“Churn date”), never by its id (churn_date).
    if (typeof params.role === 'string' && `role.${params.role}` in en)
      params.role = this.t(`role.${params.role}` as MessageKey);
    // An aggregate is named as the workbook names its analysis (“Retention triangle (cohorts)”).
    // (the KPIs, drawn above the cells, by their heading).
    if (typeof params.aggregate === 'string') {
      const key = params.aggregate === 'churn-kpis' ? 'churn-kpis.heading' : `workbook.kind.${params.aggregate}`;
      if (key in en) params.aggregate = this.t(key as MessageKey);
    }
    if (issue.file !== undefined) params.file = issue.file;
    if (issue.column !== undefined) params.column = issue.column;
    if (issue.count !== undefined) params.count = this.formatNumber(issue.count);
    if (typeof params.customers === 'number') params.customers = this.formatNumber(params.customers);
    if (issue.rows?.length) params.rows = this.formatRows(issue.rows, issue.rowCount ?? issue.count);
    if (issue.examples?.length)
      params.examples = issue.examples
        .slice(0, 5)
        .map((e) => JSON.stringify(e))
        .join(', ');
    return fill(template, params) ?? issue.message;
  };

  formatRows = (rows: readonly number[], total?: number): string => {
    const shown = rows
      .slice(0, 10)
      .map((r) => this.formatNumber(r, { useGrouping: false }))
      .join(', ');
    return rows.length > 10 || (total !== undefined && total > rows.length)
      ? this.t('quality.moreRows', { rows: shown })
      : shown;
  };
}

function initialLocale(): Locale {
  if (typeof location === 'undefined') return 'en';
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return localeFrom(location.search, languages);
}

export const i18n = new I18n(initialLocale());
export const t = i18n.t;
