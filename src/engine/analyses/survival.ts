/**
 * Survival of the customer table: duration is the tenure (snapshot) or first purchase → churn
 * date (under inactivity: → the day the loss became known, or → the last activity), or → the
 * as-of date for customers still active (censored); the event is churn under the active
 * definition. Kaplan–Meier per group with the log-rank test across groups, and the one-time
 * buyers' share of the curve's first step.
 */
import type {
  DurationCode,
  DurationMeasure,
  Result,
  SurvivalCurveResult,
  SurvivalOptions,
  SurvivalResult,
} from '../api.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import { DAYS_PER_UNIT } from '../../core/customers/customerTable.ts';
import { CHURNED } from '../../core/customers/churnStatus.ts';
import { kaplanMeier } from '../../core/analyses/survival/kaplanMeier.ts';
import { curveResult } from './survivalCurve.ts';
import { logRankTest } from '../../core/analyses/survival/logRank.ts';
import { customerDurations } from '../../core/analyses/survival/customerDurations.ts';
import { oneTimeBuyers } from '../../core/analyses/survival/oneTimeBuyers.ts';
import { groupCustomers, selectCustomers, unknownAttribute } from '../customers/customerSelection.ts';
import { ruledTable } from '../customers/attributeRuling.ts';
import { roleMissing, stampOf, type Analysis } from './analysis.ts';

function curveOf(
  name: string,
  time: Float64Array,
  event: Uint8Array,
  times: number[],
  ci: 'log-log' | 'log',
): SurvivalCurveResult {
  return curveResult(name, kaplanMeier(time, event, { ci }), times);
}

const durationCache = new WeakMap<BuiltCustomerTable, Map<string, { time: Float64Array; event: Uint8Array }>>();

/**
 * Durations in `unit` and churn events, computed once per customer table, unit and measure:
 * switching groups or filters re-derives results from these, not from the table. The measure
 * changes only churned customers whose loss became known after their churn date (inactivity).
 */
export function durations(
  built: BuiltCustomerTable,
  unit: NonNullable<SurvivalOptions['unit']>,
  measure: DurationMeasure,
): { time: Float64Array; event: Uint8Array } {
  let cached = durationCache.get(built);
  if (!cached) durationCache.set(built, (cached = new Map()));
  const key = `${unit}/${measure}`;
  const hit = cached.get(key);
  if (hit) return hit;
  const { table } = built;
  const churned = Uint8Array.from(table.status, (s) => (s === CHURNED ? 1 : 0));
  const value = customerDurations(
    table.tenureDays,
    table.churnDay,
    built.lossKnownDay,
    churned,
    measure,
    DAYS_PER_UNIT[unit],
  );
  cached.set(key, value);
  return value;
}

/** What the durations measure, and whether the measure option applies (inactivity read from dates). */
function durationOf(built: BuiltCustomerTable, measure: DurationMeasure): { code: DurationCode; applies: boolean } {
  if (built.table.tenureFromColumn) return { code: 'tenure-column', applies: false };
  if (built.summary.definition.kind !== 'inactivity') return { code: 'first-to-churn', applies: false };
  return { code: measure === 'known' ? 'first-to-loss-known' : 'first-to-last-activity', applies: true };
}

/** Splits time and event by group code in one counting pass; rows with code −1 are left out. */
function splitByGroup(time: Float64Array, event: Uint8Array, code: Int32Array, groups: number) {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < code.length; i++) if (code[i] >= 0) start[code[i] + 1]++;
  for (let k = 0; k < groups; k++) start[k + 1] += start[k];
  const cursor = start.slice(0, groups);
  const gTime = new Float64Array(start[groups]);
  const gEvent = new Uint8Array(start[groups]);
  for (let i = 0; i < code.length; i++) {
    const k = code[i];
    if (k < 0) continue;
    gTime[cursor[k]] = time[i];
    gEvent[cursor[k]++] = event[i];
  }
  return (k: number) => ({
    time: gTime.subarray(start[k], start[k + 1]),
    event: gEvent.subarray(start[k], start[k + 1]),
  });
}

export const survival: Analysis<'survival'> = {
  needs: 'customer-table',
  run: ({ table }, options) => survivalAnalysis(table, options),
};

function survivalAnalysis(built: BuiltCustomerTable, options: SurvivalOptions = {}): Result<SurvivalResult> {
  const ruled = ruledTable(
    built,
    [options.group, ...(options.filters ?? []).map((f) => f.column)],
    options.attributeRules,
  );
  if (!ruled.ok) return ruled;
  const { table, rules } = ruled.value;
  const unit = options.unit ?? 'months';
  const ci = options.ci ?? 'log-log';
  const measure = options.duration ?? 'known';
  const { keep, issue } = selectCustomers(table, options.filters);
  if (issue) return { ok: false, issues: [issue] };
  const duration = durationOf(built, measure);
  const all = durations(built, unit, duration.applies ? measure : 'activity');
  const chosen: number[] = [];
  let dropped = 0;
  for (let c = 0; c < keep.length; c++) {
    if (!keep[c]) continue;
    if (all.time[c] === all.time[c] && all.time[c] >= 0) chosen.push(c);
    else dropped++;
  }
  if (chosen.length === 0) {
    return roleMissing(
      'tenure',
      'No customer has a duration: survival needs a tenure column, or first-purchase (or sign-up) dates.',
    );
  }
  const time = new Float64Array(chosen.length);
  const event = new Uint8Array(chosen.length);
  const frequency = new Float64Array(chosen.length);
  for (let i = 0; i < chosen.length; i++) {
    time[i] = all.time[chosen[i]];
    event[i] = all.event[chosen[i]];
    frequency[i] = table.frequency[chosen[i]];
  }
  const times = options.times ?? [];
  const groups: SurvivalCurveResult[] = [];
  let logrank: SurvivalResult['logrank'] = null;
  let pooled: string[] = [];
  let groupEdges: number[] | undefined;
  if (options.group) {
    const grouping = groupCustomers(table, options.group, keep);
    if (!grouping) return unknownAttribute(options.group);
    pooled = grouping.pooled;
    groupEdges = grouping.edges;
    const code = new Int32Array(chosen.length);
    for (let i = 0; i < chosen.length; i++) code[i] = grouping.codes[chosen[i]];
    const member = splitByGroup(time, event, code, grouping.labels.length);
    grouping.labels.forEach((label, k) => {
      const m = member(k);
      groups.push(curveOf(label, m.time, m.event, times, ci));
    });
    if (grouping.labels.length >= 2) {
      // The test compares every value, not the drawing's pooled "other": pooling changes χ² and df.
      const every = pooled.length > 0 ? groupCustomers(table, options.group, keep, Infinity)! : grouping;
      const everyCode = new Int32Array(chosen.length);
      for (let i = 0; i < chosen.length; i++) everyCode[i] = every.codes[chosen[i]];
      const t = logRankTest(time, event, everyCode, every.labels.length);
      // Observed and expected are sums over customers, so they add up to the drawn groups' rows.
      const observed = new Array<number>(grouping.labels.length).fill(0);
      const expected = new Array<number>(grouping.labels.length).fill(0);
      const drawnOf = new Int32Array(every.labels.length).fill(-1);
      for (let i = 0; i < chosen.length; i++) if (everyCode[i] >= 0) drawnOf[everyCode[i]] = code[i];
      drawnOf.forEach((d, k) => {
        if (d < 0) return;
        observed[d] += t.observed[k];
        expected[d] += t.expected[k];
      });
      logrank = { chi2: t.chi2, df: t.df, p: t.p, observed, expected, groupsTested: every.labels.length };
    }
  } else groups.push({ ...curveOf('', time, event, times, ci), whole: true });
  return {
    ok: true,
    value: {
      stamp: stampOf('survival', built, {
        unit,
        ci,
        times,
        ...(duration.applies ? { duration: measure } : {}),
        ...(options.group ? { group: options.group } : {}),
        ...(options.filters?.length ? { filters: options.filters } : {}),
        ...(Object.keys(rules).length > 0 ? { attributeRules: rules } : {}),
      }),
      unit,
      ci,
      duration: duration.code,
      lossKnownLagDays: lossKnownLag(built),
      oneTimeBuyers: oneTimeBuyers(frequency, time, event),
      groups,
      pooled,
      logrank,
      dropped,
      ...(groupEdges ? { groupEdges } : {}),
    },
  };
}

/** Days from the last activity to the day a loss is known under a fixed inactivity window (churnStatus.ts); NaN otherwise. */
function lossKnownLag(built: BuiltCustomerTable): number {
  const d = built.summary.definition;
  return d.kind === 'inactivity' && d.relativeFactor === undefined ? Math.floor(d.days) + 1 : NaN;
}
