/**
 * The customer table's columns in the UI language for its exports: the table's own columns
 * (`def.col.*`), the columns analyses added (`<kind>.col.*`) and their coded values
 * (`<valueKey>.<code>`), money columns headed with the workbook's currency.
 */
import {
  CUSTOMER_TABLE_COLUMNS,
  DERIVED_CUSTOMER_COLUMNS,
  OPTIONAL_CUSTOMER_COLUMNS,
  type AnalysisKind,
  type DerivedColumnWords,
} from '../engine/api.ts';
import { i18n } from '../i18n/i18n.svelte.ts';

const OWN_MONEY = new Set<string>(['monetary', 'total_value', 'total_cost']);

export interface CustomerColumnWords {
  columns: Record<string, string>;
  values: Record<string, Record<string, string>>;
}

export function customerColumnWords(currency: string): CustomerColumnWords {
  const { t } = i18n;
  const columns: Record<string, string> = {};
  const values: Record<string, Record<string, string>> = {};
  const head = (name: string, label: string, money: boolean) => {
    columns[name] = currency && money ? `${label} (${currency})` : label;
  };
  for (const name of [...CUSTOMER_TABLE_COLUMNS, ...OPTIONAL_CUSTOMER_COLUMNS])
    head(name, t(`def.col.${name}`), OWN_MONEY.has(name));
  // The table's own status values (customerTable.ts writes them in English).
  values.churn_status = {
    active: t('def.status.active'),
    'at risk': t('def.status.at-risk'),
    churned: t('def.status.churned'),
  };
  const kinds = Object.entries(DERIVED_CUSTOMER_COLUMNS) as [AnalysisKind, readonly DerivedColumnWords[]][];
  for (const [kind, added] of kinds) {
    for (const { name, valueKey, money } of added) {
      const key = `${kind}.col.${name}`;
      head(name, i18n.hasKey(key) ? t(key) : name, money === true);
      if (!valueKey) continue;
      const words: Record<string, string> = {};
      for (const k of i18n.keysUnder(`${valueKey}.`)) words[k.slice(valueKey.length + 1)] = t(k);
      values[name] = words;
    }
  }
  return { columns, values };
}
