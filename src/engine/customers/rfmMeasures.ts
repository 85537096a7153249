/**
 * Recency, frequency and total spend per customer of a built customer table, as RFM reads
 * them: days from the last purchase to the as-of date, orders (distinct invoices, or purchase
 * rows without an invoice column), and the table's total value (net of returns when the table
 * nets them). Kept per table, so switching scheme or bins re-reads nothing.
 */
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import type { BuiltCustomerTable } from './customerTableBuilding.ts';
import type { CustomerTable } from '../../core/customers/customerTable.ts';
import type { Role } from '../api.ts';
import { orderCounts, type InvoiceValues } from '../../core/analyses/rfm/orderCounts.ts';
import type { RfmMeasureColumns } from '../../core/analyses/rfm/rfmSegmentation.ts';
import { invoiceColumnOf } from './customerInputs.ts';

export interface RfmMeasures {
  recencyDays: Float64Array;
  orders: Float64Array;
  total: Float64Array;
  counted: 'invoices' | 'rows';
  invoiceColumn?: string;
  /** Customers whose total spend is unknown (no amount on some of their rows). */
  unknownTotal: number;
  /** Mean spend per order, kept once asked. */
  meanSpend?: Float64Array;
}

/** The three measures a segmentation reads, monetary as total spend or as spend per order. */
export function measureColumns(m: RfmMeasures, monetary: 'total' | 'mean'): RfmMeasureColumns {
  let spend = m.total;
  if (monetary === 'mean') {
    if (!m.meanSpend) {
      m.meanSpend = new Float64Array(m.total.length);
      for (let c = 0; c < m.total.length; c++) m.meanSpend[c] = m.total[c] / m.orders[c];
    }
    spend = m.meanSpend;
  }
  return { recencyDays: m.recencyDays, frequency: m.orders, monetary: spend };
}

const kept = new WeakMap<CustomerTable, RfmMeasures>();

/** Null for a table without purchase rows (a customer snapshot): RFM needs a transaction log. */
export function rfmMeasures(
  ds: LoadedDataset,
  built: BuiltCustomerTable,
  roles: Record<string, Role>,
): RfmMeasures | null {
  const known = kept.get(built.table);
  if (known) return known;
  const byCustomer = built.attributeRows?.byCustomer;
  if (!byCustomer) return null;
  const { table, asOfDay } = built;
  const column = invoiceColumnOf(ds.columns, roles);
  const d = column?.data;
  const invoice: InvoiceValues | null =
    d?.kind === 'string'
      ? { kind: 'codes', codes: d.codes, distinct: d.dictionary.length }
      : d?.kind === 'number'
        ? { kind: 'numbers', values: d.values }
        : null;
  const n = table.ids.length;
  const recencyDays = new Float64Array(n);
  let unknownTotal = 0;
  for (let c = 0; c < n; c++) {
    recencyDays[c] = asOfDay - table.lastDay[c];
    if (table.totalValue[c] !== table.totalValue[c]) unknownTotal++;
  }
  const measures: RfmMeasures = {
    recencyDays,
    orders: orderCounts(byCustomer, invoice),
    total: table.totalValue,
    counted: invoice ? 'invoices' : 'rows',
    ...(invoice && column ? { invoiceColumn: column.name } : {}),
    unknownTotal,
  };
  kept.set(built.table, measures);
  return measures;
}
