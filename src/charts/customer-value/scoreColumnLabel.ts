/** A score column as the user knows it: the customer table's own columns and the margin in the UI language, attributes by their names. */
import { MARGIN_COLUMN, SCORE_TABLE_COLUMNS } from '../../engine/api.ts';
import { t } from '../../i18n/i18n.svelte.ts';

export function scoreColumnLabel(column: string): string {
  if (column === MARGIN_COLUMN) return t('customer-value.col.margin');
  if ((SCORE_TABLE_COLUMNS as readonly string[]).includes(column))
    return t(`def.col.${column as (typeof SCORE_TABLE_COLUMNS)[number]}`);
  return column;
}
