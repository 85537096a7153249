/**
 * RFM segments of the customer table: recency, frequency and monetary value per customer
 * (rfmMeasures), scored and named by the scheme (rfmSegmentation), with each segment's churn
 * and value, the R × F grid, and — given an earlier as-of date — the moves between segments
 * since then, the earlier segments computed on the table as it stood on that day.
 */
import {
  DEFAULT_SCORE_MAP_PRESET,
  RFM_BINS,
  RFM_MONETARY,
  RFM_NOT_YET,
  RFM_SCHEMES,
  RFM_SCORE_MAPS,
  type Issue,
  type Result,
  type RfmDefinition,
  type RfmOptions,
  type RfmResult,
  type ScoreMap,
} from '../api.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import {
  rfmSegmentation,
  type RfmMeasureColumns,
  type RfmSegmentation,
} from '../../core/analyses/rfm/rfmSegmentation.ts';
import { segmentSummary } from '../../core/analyses/rfm/segmentSummary.ts';
import { rfmGrid } from '../../core/analyses/rfm/rfmGrid.ts';
import { matchCustomers, segmentMigration } from '../../core/analyses/rfm/segmentMigration.ts';
import { scoreMapProblem } from '../../core/analyses/rfm/scoreMap.ts';
import { codeCustomerColumn, numberCustomerColumn } from '../../core/columns/customerColumn.ts';
import { measureColumns, rfmMeasures, type RfmMeasures } from '../customers/rfmMeasures.ts';
import { customerTableAsOf } from '../customers/tableAsOf.ts';
import { builtSubset } from '../customers/customerSubset.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import { parseAsOf } from '../customers/shapedTable.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { roleMissing, stampOf, type Analysis, type BuiltTable } from './analysis.ts';

type Resolved = Required<Omit<RfmOptions, 'compareAsOf'>> & { compareAsOf?: string };

const refuse = (code: Issue['code'], message: string, params?: Issue['params']): Result<never> => ({
  ok: false,
  issues: [{ severity: 'error', code, message, ...(params ? { params } : {}) }],
});

function resolve(options: RfmOptions): Result<Resolved> {
  const scheme = options.scheme ?? 'quintile';
  const monetary = options.monetary ?? 'total';
  const bins = options.bins ?? RFM_BINS.default;
  if (!RFM_SCHEMES.includes(scheme) || !RFM_MONETARY.includes(monetary))
    return refuse('invalid-definition', `The RFM scheme must be ${RFM_SCHEMES.join(', ')} and monetary total or mean.`);
  if (!Number.isInteger(bins) || bins < RFM_BINS.min || bins > RFM_BINS.max)
    return refuse('rfm-bins', `RFM scores take ${RFM_BINS.min} to ${RFM_BINS.max} bins, not ${bins}.`, {
      bins: String(bins),
      min: RFM_BINS.min,
      max: RFM_BINS.max,
    });
  const scoreMap: ScoreMap = options.scoreMap ?? structuredClone(RFM_SCORE_MAPS[DEFAULT_SCORE_MAP_PRESET]);
  const problem = scoreMapProblem(scoreMap);
  if (problem) {
    const rule = 'rule' in problem ? problem.rule + 1 : 0;
    return refuse(
      'rfm-score-map',
      `The segment map is not valid (${problem.problem}${rule ? `, rule ${rule}` : ''}): every rule needs a code of its own (lower-case letters, digits, dashes) and ranges of whole scores from 1 to ${scoreMap.scale}, the lower first; at most 24 rules.`,
      { problem: problem.problem, rule, scale: scoreMap.scale },
    );
  }
  return {
    ok: true,
    value: { scheme, monetary, bins, scoreMap, ...(options.compareAsOf ? { compareAsOf: options.compareAsOf } : {}) },
  };
}

function segmentationOf(m: RfmMeasures, o: Resolved): { seg: RfmSegmentation; columns: RfmMeasureColumns } {
  const columns = measureColumns(m, o.monetary);
  return { seg: rfmSegmentation(columns, o.scheme, o.bins, o.scoreMap), columns };
}

/** Scores as numbers for the customer table: 0 (no amount) is empty. */
function scoreColumn(name: string, scores: Uint8Array) {
  const values = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) values[i] = scores[i] === 0 ? NaN : scores[i];
  return numberCustomerColumn(name, values, { type: 'integer' });
}

function noMeasures(built: BuiltTable): Result<never> | null {
  if (built.summary.shape !== 'transactions' || !built.attributeRows)
    return roleMissing(
      'date',
      'RFM needs a transaction log (a customer id, a date and an amount per purchase); this table has one row per customer.',
    );
  if (built.table.totalValue.every((v) => v !== v))
    return roleMissing('amount', 'RFM needs an amount per purchase (or a quantity and a price) for monetary value.');
  return null;
}

/**
 * The earlier table's customers who are in the table analysed: under the workbook-wide filter,
 * those it keeps (unfiltered, all of them: the current table's purchases run further).
 */
function analysedOnly(earlier: BuiltCustomerTable, built: BuiltTable): BuiltCustomerTable {
  const kept = new Set(built.table.ids);
  const rows = Int32Array.from(earlier.table.ids.keys()).filter((i) => kept.has(earlier.table.ids[i]));
  if (rows.length === earlier.table.ids.length) return earlier;
  return builtSubset({ ...earlier, spec: built.spec, derived: new Map() }, rows);
}

/** The earlier date's segments per customer of the current table (−1: no purchase by then). */
function earlierSegments(
  dataset: LoadedDataset,
  built: BuiltTable,
  o: Resolved,
  compareAsOf: string,
): Result<{ segment: Int32Array; seg: RfmSegmentation; customers: number }> {
  const day = parseAsOf(compareAsOf, built.asOfDay);
  if (!day.ok) return { ok: false, issues: [day.issue] };
  if (day.value >= built.asOfDay)
    return refuse(
      'rfm-compare-as-of',
      `The comparison date ${compareAsOf} must be before the as-of date ${built.summary.asOf}.`,
      { compareAsOf, asOf: built.summary.asOf },
    );
  const whole = customerTableAsOf(dataset, built.spec, compareAsOf);
  if (!whole.ok) return whole;
  const earlier = { ok: true as const, value: analysedOnly(whole.value, built) };
  const measures = rfmMeasures(dataset, earlier.value, built.spec.roles);
  if (!measures) return refuse('rfm-compare-as-of', `No customer table could be built at ${compareAsOf}.`);
  const { seg } = segmentationOf(measures, o);
  const at = matchCustomers(built.table.ids, earlier.value.table.ids);
  const segment = new Int32Array(at.length);
  for (let c = 0; c < at.length; c++) segment[c] = at[c] < 0 ? -1 : seg.segment[at[c]];
  return { ok: true, value: { segment, seg, customers: earlier.value.table.ids.length } };
}

export const rfm: Analysis<'rfm'> = {
  needs: 'customer-table',
  customerColumns: (result) => {
    const p = result.perCustomer;
    const names = result.segments.map((s) => s.name ?? s.code);
    return [
      numberCustomerColumn('recency_days', p.recencyDays, { type: 'integer' }),
      numberCustomerColumn('rfm_frequency', p.frequency, { type: 'integer' }),
      numberCustomerColumn('rfm_monetary', p.monetary, { money: true }),
      scoreColumn('r_score', p.r),
      scoreColumn('f_score', p.f),
      scoreColumn('m_score', p.m),
      codeCustomerColumn('segment', p.segment, names),
    ];
  },
  run({ dataset, table: built }, options) {
    const resolved = resolve(options ?? {});
    if (!resolved.ok) return resolved;
    const o = resolved.value;
    const missing = noMeasures(built);
    if (missing) return missing;
    const measures = rfmMeasures(dataset, built, built.spec.roles)!;
    const { seg, columns } = segmentationOf(measures, o);
    const monetary = columns.monetary;
    const churned = churnedFlags(built.table.status);
    const figures = segmentSummary(
      seg.segment,
      seg.codes.length,
      { recencyDays: measures.recencyDays, frequency: measures.orders, monetary, value: measures.total },
      churned,
    );
    const rules = o.scheme === 'quintile' ? o.scoreMap.rules : [];
    const segments = seg.codes.map((code, k) => ({
      code,
      ...(rules[k]?.name ? { name: rules[k].name } : {}),
      ...figures[k],
      ...(seg.covered?.[k] ? { covered: true } : {}),
    }));
    let migration: RfmResult['migration'] = null;
    if (o.compareAsOf) {
      const earlier = earlierSegments(dataset, built, o, o.compareAsOf);
      if (!earlier.ok) return earlier;
      const names = Object.fromEntries(rules.filter((r) => r.name).map((r) => [r.code, r.name!]));
      migration = {
        asOf: o.compareAsOf,
        from: [...earlier.value.seg.codes, RFM_NOT_YET],
        to: seg.codes,
        counts: segmentMigration(earlier.value.segment, seg.segment, earlier.value.seg.codes.length, seg.codes.length),
        earlierCustomers: earlier.value.customers,
        names,
      };
    }
    const parameters: RfmOptions = {
      scheme: o.scheme,
      bins: o.scheme === 'quintile' ? o.bins : 2,
      monetary: o.monetary,
      ...(o.scheme === 'quintile' ? { scoreMap: o.scoreMap } : {}),
      ...(o.compareAsOf ? { compareAsOf: o.compareAsOf } : {}),
    };
    const definition: RfmDefinition = {
      scheme: o.scheme,
      bins: parameters.bins!,
      monetary: o.monetary,
      asOf: built.summary.asOf,
      recency: 'days-since-last-purchase',
      orders: {
        counted: measures.counted,
        ...(measures.invoiceColumn ? { invoiceColumn: measures.invoiceColumn } : {}),
      },
      returns: built.summary.returns,
      ...(seg.breaks ? { breaks: seg.breaks } : {}),
      ...(seg.thresholds ? { thresholds: seg.thresholds } : {}),
      ...(o.scheme === 'quintile' ? { scoreMap: o.scoreMap } : {}),
      unknownMonetary: measures.unknownTotal,
      churn: built.summary.definition,
    };
    const value: RfmResult = {
      stamp: stampOf('rfm', built, parameters),
      method: 'rfm',
      customers: built.table.ids.length,
      segments,
      definition,
      grid: { levels: seg.levels, cells: rfmGrid(seg.r, seg.f, monetary, churned, seg.levels) },
      migration,
      perCustomer: {
        recencyDays: measures.recencyDays.slice(),
        frequency: measures.orders.slice(),
        monetary: monetary.slice(),
        r: seg.r,
        f: seg.f,
        m: seg.m,
        segment: seg.segment,
      },
    };
    return { ok: true, value };
  },
};
