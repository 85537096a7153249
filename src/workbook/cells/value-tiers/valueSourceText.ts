/**
 * What "value" is in the value tiers, in the UI language: the value column a snapshot's tiers rank
 * by (and the other columns with the role Value left unused: Telco's MonthlyCharges beside
 * TotalCharges), or a log's amounts (or price × quantity) summed per customer.
 */
import type { CustomerValueSource } from '../../../engine/api.ts';
import { i18n, t } from '../../../i18n/i18n.svelte.ts';

const quoted = (name: string) => t('value-tiers.source.quoted', { name });

export function valueSourceText(source: CustomerValueSource): string {
  if (source.from === 'amount') return t('value-tiers.source.amount', { column: quoted(source.column) });
  if (source.from === 'price-quantity')
    return t('value-tiers.source.price-quantity', { price: quoted(source.price), quantity: quoted(source.quantity) });
  const column = quoted(source.column);
  if (source.unused.length === 0) return t('value-tiers.source.column', { column });
  return t('value-tiers.source.unused', { column, columns: i18n.formatList(source.unused.map(quoted)) });
}
