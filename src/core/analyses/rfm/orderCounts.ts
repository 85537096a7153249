/**
 * Orders per customer, RFM's frequency: the distinct invoices among a customer's purchase rows
 * (invoice lines of one invoice are one order; two invoices on one day are two), or, without an
 * invoice column, the purchase rows themselves (R rfm's `n()`: one row per order). A row with
 * no invoice number counts as an order of its own. Returns are never purchase rows.
 */
import type { CustomerRows } from '../../customers/attributeRules.ts';

export type InvoiceValues =
  { kind: 'codes'; codes: Int32Array; distinct: number } | { kind: 'numbers'; values: Float64Array };

export function orderCounts(byCustomer: CustomerRows, invoice: InvoiceValues | null): Float64Array {
  const { rows, start } = byCustomer;
  const customers = start.length - 1;
  const orders = new Float64Array(customers);
  if (invoice === null) {
    for (let c = 0; c < customers; c++) orders[c] = start[c + 1] - start[c];
    return orders;
  }
  if (invoice.kind === 'codes') {
    // The customer who last had each invoice code: linear, no set per customer.
    const seenBy = new Int32Array(invoice.distinct).fill(-1);
    for (let c = 0; c < customers; c++) {
      let n = 0;
      for (let k = start[c]; k < start[c + 1]; k++) {
        const code = invoice.codes[rows[k]];
        if (code < 0) n++;
        else if (seenBy[code] !== c) {
          seenBy[code] = c;
          n++;
        }
      }
      orders[c] = n;
    }
    return orders;
  }
  let scratch = new Float64Array(64);
  for (let c = 0; c < customers; c++) {
    const size = start[c + 1] - start[c];
    if (scratch.length < size) scratch = new Float64Array(size);
    let known = 0;
    let n = 0;
    for (let k = start[c]; k < start[c + 1]; k++) {
      const v = invoice.values[rows[k]];
      if (v === v) scratch[known++] = v;
      else n++;
    }
    const sorted = scratch.subarray(0, known).sort();
    for (let k = 0; k < known; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) n++;
    orders[c] = n;
  }
  return orders;
}
