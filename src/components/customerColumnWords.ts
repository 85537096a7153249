/**
 * The customer table's columns in the UI language for its exports: the table's own columns
 * (`def.col.*`), the columns analyses added (`<kind>.col.*`) and their coded values
 * (`<valueKey>.<code>`), money columns headed with the workbook's currency. The value score's
 * parts (value_score_<column>, named by componentName) are headed from the score columns of the
 * workbook's customer-value cells: "Value score: <column> (component)".
 */
import {
  CUSTOMER_TABLE_COLUMNS,
  DERIVED_CUSTOMER_COLUMNS,
  componentName,
  OPTIONAL_CUSTOMER_COLUMNS,
  type AnalysisKind,
  type DerivedColumnWords,
} from '../engine/api.ts';
import { i18n } from '../i18n/i18n.svelte.ts';
import { scoreColumnLabel } from '../charts/customer-value/scoreColumnLabel.ts';

const OWN_MONEY = new Set<string>(['monetary', 'total_value', 'total_cost']);

export interface CustomerColumnWords {
  columns: Record<string, string>;
  values: Record<string, Record<string, string>>;
}

/**
 * `scoreColumns`: the score columns of each customer-value cell, in order (the engine names the
 * parts of the one it last ran; cells that share a column name it alike).
 */
export function customerColumnWords(
  currency: string,
  scoreColumns: readonly (readonly { column: string }[])[] = [],
): CustomerColumnWords {
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
  for (const features of scoreColumns)
    features.forEach(({ column }, j) => {
      const name = componentName(column, j, features);
      columns[name] ??= t('customer-value.col.component', { column: scoreColumnLabel(column) });
    });
  return { columns, values };
}
