/**
 * The purchase rows every query starts from, as the app's roll-up reads them: one row per
 * transaction with a customer and a date (a placeholder on or before 1900-01-01 is no date),
 * up to the as-of day; returns and cancellations (a negative amount, or an invoice starting
 * with C) flagged, and left out when the settings drop them.
 */
import { PLACEHOLDER_LAST_DAY } from '../core/inspection/implausibleDates.ts';
import { isoDate } from '../core/customers/customerActivity.ts';
import type { SqlDialect } from './dialects.ts';
import { DEFAULT_SQL_TABLE, roleColumn, type SqlSettings } from './settings.ts';

const INVOICE_NAME = /invoice|order[ _-]?(no|id|number)|transaction[ _-]?(no|id)|单号|订单号|发票/i;

export interface SourceParts {
  /**
   * A subquery of the kept rows pre-aggregated: per customer_id, day, is_return (0/1) and invoice
   * (text or NULL) the summed amount and the rows (lines), the attributes' greatest value
   * (attr_i) and each `more` column's. The GROUP BY is in the SELECT that reads the table, so a
   * ClickHouse Distributed table aggregates on its shards and sends only these groups.
   */
  rows: string;
  /** The as-of DATE, a literal or a scalar subquery. */
  asOf: string;
  /** Whether amounts are known (amount, or quantity and price). */
  hasAmount: boolean;
}

/** The columns the customer table carries as attributes, as the engine's (role attribute or value). */
export function attributeColumnsOf(settings: SqlSettings): string[] {
  return Object.keys(settings.roles).filter(
    (k) => Object.hasOwn(settings.roles, k) && (settings.roles[k] === 'attribute' || settings.roles[k] === 'value'),
  );
}

export function invoiceColumnOf(settings: SqlSettings): string | undefined {
  if (settings.invoiceColumn) return settings.invoiceColumn;
  // Columns with a role of their own (a date such as InvoiceDate) are never the invoice number.
  const free = new Set(['attribute', 'ignore', 'value']);
  return Object.keys(settings.roles).find((k) => free.has(settings.roles[k]) && INVOICE_NAME.test(k));
}

/** The roles a transaction log needs, or the first missing one. */
export function missingRole(settings: SqlSettings): 'customer_id' | 'date' | null {
  if (!roleColumn(settings.roles, 'customer_id')) return 'customer_id';
  if (!roleColumn(settings.roles, 'date')) return 'date';
  return null;
}

/**
 * `attributes`: columns carried along as text, `attr_0`, `attr_1`… in that order (an empty cell
 * is NULL, as the app reads it).
 */
export function sourceParts(
  d: SqlDialect,
  settings: SqlSettings,
  attributes: readonly string[] = [],
  /** More columns of the kept rows, each an expression and its name; the groups keep their greatest value. */
  more: readonly { expr: string; name: string }[] = [],
): SourceParts {
  const table = settings.table ?? DEFAULT_SQL_TABLE;
  const col = (role: Parameters<typeof roleColumn>[1]) => {
    const name = roleColumn(settings.roles, role);
    return name === undefined ? undefined : d.ident(name);
  };
  const id = col('customer_id')!;
  const date = col('date')!;
  const day = d.toDate(date);
  const amountCol = col('amount');
  const quantity = col('quantity');
  const price = col('price');
  const amount = amountCol
    ? d.toDouble(amountCol)
    : quantity && price
      ? `${d.toDouble(quantity)} * ${d.toDouble(price)}`
      : null;
  const invoice = invoiceColumnOf(settings);
  const returnParts = [
    ...(amount ? [`${amount} < 0`] : []),
    ...(invoice ? [d.startsWithCi(d.ident(invoice), 'C')] : []),
  ];
  const isReturn = returnParts.length > 0 ? `(CASE WHEN ${returnParts.join(' OR ')} THEN 1 ELSE 0 END)` : '0';
  const placeholder = d.date(isoDate(PLACEHOLDER_LAST_DAY));
  const dated = `${date} IS NOT NULL AND ${day} > ${placeholder}`;
  // The data's last date up to tomorrow (a 9999-12-31 placeholder never sets it), over every dated row.
  const lastPlausible = `(SELECT max(${day}) FROM ${table} WHERE ${dated} AND ${day} <= ${d.addDays(d.today, '1')})`;
  const lastAny = `(SELECT max(${day}) FROM ${table} WHERE ${dated})`;
  const asOf = settings.asOf ? d.date(settings.asOf) : `coalesce(${lastPlausible}, ${lastAny})`;
  const drop = settings.returns === 'drop' ? ` AND ${isReturn} = 0` : '';
  const invoiceText = invoice ? d.toText(d.ident(invoice)) : d.nullText;
  // sql_* names inside the grouped SELECT: ClickHouse reads an alias equal to a column's name
  // (a table with a column `amount`) inside the aggregate that makes it, a cycle.
  const carried = [...attributes.map((a, i) => ({ expr: attributeText(d, a), name: `attr_${i}` })), ...more];
  const rows = `SELECT sql_customer AS customer_id, sql_day AS day, sql_amount AS amount, sql_return AS is_return,
    sql_invoice AS invoice, sql_lines AS lines${carried.map((c) => `, sql_${c.name} AS ${c.name}`).join('')}
  FROM (
    SELECT ${d.toText(id)} AS sql_customer, ${day} AS sql_day, ${isReturn} AS sql_return, ${invoiceText} AS sql_invoice,
      sum(${amount ?? d.nullDouble}) AS sql_amount, count(*) AS sql_lines${carried.map((c) => `,\n      max(${c.expr}) AS sql_${c.name}`).join('')}
    FROM ${table}
    WHERE ${id} IS NOT NULL AND ${dated} AND ${day} <= ${asOf}${drop}
    GROUP BY sql_customer, sql_day, sql_return, sql_invoice
  ) AS grouped_rows`;
  return { rows, asOf, hasAmount: amount !== null };
}

/** A column's value as text, NULL for an empty or blank cell (the app reads those as missing). */
function attributeText(d: SqlDialect, column: string): string {
  const text = d.toText(d.ident(column));
  return `CASE WHEN ${d.ident(column)} IS NULL OR ${d.trim(text)} = '' THEN ${d.nullText} ELSE ${text} END`;
}
