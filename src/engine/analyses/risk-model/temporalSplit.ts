/**
 * A transaction log's temporal split, built with the customer table's own as-of date: the
 * features are the table as it stood on the cutoff day (activity after it left out, as the
 * table always leaves out activity after its as-of date), and the label is each customer's
 * status under the same definition on cutoff + window. Only customers not churned on the
 * cutoff day are modelled: the question is who, still a customer then, will be lost.
 *
 * Under an inactivity definition longer than the window, part of the label is already decided
 * on the cutoff day: a customer whose last activity is recent enough cannot reach the
 * definition's days of silence by the label day, whatever they do next. Those customers are
 * certain (label 0) and are left out too (`safeAtCutoff`); kept, the model would learn the
 * definition from the days since the last purchase (tenure − recency, both features), separate
 * them perfectly and never converge (Online Retail, window 90 < 180 days: odds ratios ~2,600
 * per SD). `canChurnBy` says which customers of any table can be churned by a day.
 */
import type { Issue, Result } from '../../api.ts';
import type { LoadedDataset } from '../../loading/datasetLoading.ts';
import { buildCustomerTable, type BuiltCustomerTable } from '../../customers/customerTableBuilding.ts';
import { parseAsOf } from '../../customers/shapedTable.ts';
import { CHURNED, inactivityStatus } from '../../../core/customers/churnStatus.ts';
import { isoDate } from '../../../core/customers/customerActivity.ts';
import type { BuiltTable } from '../analysis.ts';

export const DEFAULT_WINDOW_DAYS = 90;

export interface TemporalSplit {
  cutoff: string;
  windowDays: number;
  labelAsOf: string;
  /** The customer table on the cutoff day. */
  features: BuiltCustomerTable;
  /** Its customers not churned on the cutoff day (row indices). */
  population: Int32Array;
  /** Churned by the label day (1) or not, by the cutoff table's rows. */
  y: Uint8Array;
  churnedAtCutoff: number;
  /** Not churned on the cutoff day, and certain not to be by the label day (see above). */
  safeAtCutoff: number;
}

/**
 * Which customers of a table could be churned by `day` if they had no activity after the
 * table's as-of day: all of them unless the definition is inactivity, whose silence must last
 * past its days by then.
 */
export function canChurnBy(features: BuiltCustomerTable, day: number): Uint8Array {
  const { table, summary } = features;
  const definition = summary.definition;
  const out = new Uint8Array(table.ids.length);
  if (definition.kind !== 'inactivity') return out.fill(1);
  const status = inactivityStatus(table.lastDay, day, definition, table.activity).status;
  for (let c = 0; c < out.length; c++) out[c] = status[c] === CHURNED || table.lastDay[c] !== table.lastDay[c] ? 1 : 0;
  return out;
}

const refuse = (issue: Omit<Issue, 'severity'>): Result<never> => ({
  ok: false,
  issues: [{ severity: 'error', ...issue }],
});

/** The label window: as asked, else the inactivity definition's days, else DEFAULT_WINDOW_DAYS. */
export function labelWindow(built: BuiltTable, asked?: number): number {
  const definition = built.summary.definition;
  return asked ?? (definition.kind === 'inactivity' ? definition.days : DEFAULT_WINDOW_DAYS);
}

const cache = new WeakMap<BuiltTable, Map<string, TemporalSplit>>();

export function temporalSplit(
  dataset: LoadedDataset,
  built: BuiltTable,
  cutoff: string,
  asked?: number,
): Result<TemporalSplit> {
  if (built.summary.shape !== 'transactions')
    return refuse({
      code: 'risk-cutoff-needs-log',
      message:
        'A cutoff date splits a transaction log in time; this data has one row per customer, so leave the cutoff out.',
    });
  const windowDays = labelWindow(built, asked);
  if (!(Number.isInteger(windowDays) && windowDays >= 1))
    return refuse({
      code: 'risk-invalid-option',
      params: { option: 'windowDays' },
      message: 'The label window must be a whole number of days, at least 1.',
    });
  const day = parseAsOf(cutoff, NaN);
  if (!day.ok) return { ok: false, issues: [day.issue] };
  const labelDay = day.value + windowDays;
  const latest = built.asOfDay - windowDays;
  if (labelDay > built.asOfDay)
    return refuse({
      code: 'risk-window-past-data',
      params: { cutoff, windowDays, asOf: built.summary.asOf, latest: isoDate(latest), from: built.summary.dataFrom },
      message: `The label needs ${windowDays} days after the cutoff ${cutoff}, and the data ends on ${built.summary.asOf}: choose a cutoff from ${built.summary.dataFrom} to ${isoDate(latest)}.`,
    });
  const key = `${cutoff}/${windowDays}`;
  const known = cache.get(built)?.get(key);
  if (known) return { ok: true, value: known };
  const atCutoff = buildCustomerTable(dataset, { ...built.spec, asOf: cutoff });
  if (!atCutoff.ok) return atCutoff;
  const labelAsOf = isoDate(labelDay);
  const atLabel = buildCustomerTable(dataset, { ...built.spec, asOf: labelAsOf });
  if (!atLabel.ok) return atLabel;
  const later = new Map(atLabel.value.table.ids.map((id, i) => [id, i]));
  const { table } = atCutoff.value;
  const y = new Uint8Array(table.ids.length);
  const population: number[] = [];
  let churnedAtCutoff = 0;
  let safeAtCutoff = 0;
  const can = canChurnBy(atCutoff.value, labelDay);
  // Customers of the table analysed only: under the workbook-wide filter, those it keeps (unfiltered,
  // everyone there at the cutoff is in the table, whose purchases run further).
  const analysed = new Set(built.table.ids);
  for (let c = 0; c < table.ids.length; c++) {
    if (!analysed.has(table.ids[c])) continue;
    if (table.status[c] === CHURNED) {
      churnedAtCutoff++;
      continue;
    }
    if (!can[c]) {
      safeAtCutoff++;
      continue;
    }
    const at = later.get(table.ids[c]);
    population.push(c);
    y[c] = at !== undefined && atLabel.value.table.status[at] === CHURNED ? 1 : 0;
  }
  const split: TemporalSplit = {
    cutoff,
    windowDays,
    labelAsOf,
    features: atCutoff.value,
    population: Int32Array.from(population),
    y,
    churnedAtCutoff,
    safeAtCutoff,
  };
  if (!cache.has(built)) cache.set(built, new Map());
  cache.get(built)!.set(key, split);
  return { ok: true, value: split };
}
