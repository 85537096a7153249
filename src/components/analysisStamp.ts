/** The definition (in the user's language) and the as-of date of the current customer table. */
import type { CustomerTableSummary } from '../engine/api.ts';
import { i18n } from '../i18n/i18n.svelte.ts';
import type { ChartStamp } from '../charts/chartData.ts';

export function analysisStamp(table: CustomerTableSummary): ChartStamp {
  return { definitionText: i18n.definitionText(table.definition), asOf: table.asOf };
}
