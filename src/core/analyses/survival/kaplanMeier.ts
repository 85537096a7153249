import { chiSquareQuantile } from '../../stats/chiSquare.ts';

export type SurvivalInterval = 'log-log' | 'log';

export interface KaplanMeier {
  /** Distinct event-or-censor times, ascending. */
  times: Float64Array;
  /** Subjects with time ≥ times[j]: those censored at times[j] count as at risk (events before censorings). */
  atRisk: Int32Array;
  events: Int32Array;
  censored: Int32Array;
  survival: Float64Array;
  /** Greenwood standard error of S; NaN where S = 0 (as R `survfit`). */
  stdErr: Float64Array;
  /** Pointwise interval; NaN where S = 0 (as R `survfit`, where it is undefined). */
  lower: Float64Array;
  upper: Float64Array;
  n: number;
  totalEvents: number;
  /** Subjects left out because their time was NaN, infinite or negative. */
  dropped: number;
  ci: SurvivalInterval;
  alpha: number;
}

/** Times that are finite and ≥ 0 (of the subjects with keep[i] ≠ 0, when given), sorted ascending. */
function sortedTimes(time: Float64Array, keep?: Uint8Array): Float64Array {
  const out = new Float64Array(time.length);
  let m = 0;
  for (let i = 0; i < time.length; i++)
    if (time[i] >= 0 && time[i] < Infinity && (!keep || keep[i])) out[m++] = time[i];
  return out.subarray(0, m).sort();
}

/** The distinct values of an ascending array. */
function distinctTimes(sorted: Float64Array): Float64Array {
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) k++;
  const times = new Float64Array(k);
  for (let i = 0, j = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) times[j++] = sorted[i];
  return times;
}

/** Adds one to counts[j · stride + offset] per value of `sorted` equal to times[j]; both ascending, values ⊆ times. */
function countAtTimes(times: Float64Array, sorted: Float64Array, counts: Int32Array, stride = 1, offset = 0) {
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (times[j] < sorted[i]) j++;
    counts[j * stride + offset]++;
  }
}

/** Count of times below t, or at or below t when `through`: the smallest j with times[j] ≥ t (or > t). */
function bisect(times: Float64Array, t: number, through = false): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid] < t || (through && times[mid] === t)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Kaplan–Meier product-limit estimate (Kaplan & Meier 1958) with Greenwood's variance
 * Var(S) = S² Σ d / (n (n − d)). Intervals: 'log-log' as lifelines and R `conf.type = "log-log"`,
 * S^exp(±z σ) with σ = √Σ / |log S|; 'log' as R's default, S·exp(±z √Σ), clipped to [0, 1].
 */
export function kaplanMeier(
  time: Float64Array,
  event: Uint8Array,
  options: { ci?: SurvivalInterval; alpha?: number } = {},
): KaplanMeier {
  const all = sortedTimes(time);
  const times = distinctTimes(all);
  const exits = new Int32Array(times.length);
  const events = new Int32Array(times.length);
  countAtTimes(times, all, exits);
  countAtTimes(times, sortedTimes(time, event), events);
  return { ...kaplanMeierFromCounts(times, exits, events, options), dropped: time.length - all.length };
}

/**
 * The same estimate from counts per distinct time (ascending): how many subjects left at each
 * time (events + censored) and how many of them had the event, as an engine that reduced the
 * data elsewhere returns them (src/sql/survivalSql.ts).
 */
export function kaplanMeierFromCounts(
  times: Float64Array,
  exits: Int32Array,
  events: Int32Array,
  options: { ci?: SurvivalInterval; alpha?: number } = {},
): KaplanMeier {
  const ci = options.ci ?? 'log-log';
  const alpha = options.alpha ?? 0.05;
  const z = Math.sqrt(chiSquareQuantile(alpha, 1));
  const k = times.length;
  let n = 0;
  for (let j = 0; j < k; j++) n += exits[j];
  const censored = exits.map((exiting, j) => exiting - events[j]);
  const atRisk = new Int32Array(k);
  for (let j = k - 1, running = 0; j >= 0; j--) atRisk[j] = running += exits[j];
  const survival = new Float64Array(k);
  const stdErr = new Float64Array(k);
  const lower = new Float64Array(k);
  const upper = new Float64Array(k);
  let s = 1;
  let greenwood = 0;
  let totalEvents = 0;
  for (let j = 0; j < k; j++) {
    const d = events[j];
    const r = atRisk[j];
    totalEvents += d;
    if (d > 0) {
      s *= 1 - d / r;
      greenwood += d < r ? d / (r * (r - d)) : Infinity;
    }
    survival[j] = s;
    if (s === 0) {
      stdErr[j] = lower[j] = upper[j] = NaN;
      continue;
    }
    const root = Math.sqrt(greenwood);
    stdErr[j] = s * root;
    if (greenwood === 0) {
      lower[j] = upper[j] = s;
    } else if (ci === 'log') {
      lower[j] = s * Math.exp(-z * root);
      upper[j] = Math.min(1, s * Math.exp(z * root));
    } else {
      const sigma = root / -Math.log(s);
      lower[j] = Math.pow(s, Math.exp(z * sigma));
      upper[j] = Math.pow(s, Math.exp(-z * sigma));
    }
  }
  return {
    times,
    atRisk,
    events,
    censored,
    survival,
    stdErr,
    lower,
    upper,
    n,
    totalEvents,
    dropped: 0,
    ci,
    alpha,
  };
}

export interface SurvivalPoint {
  survival: number;
  stdErr: number;
  lower: number;
  upper: number;
}

/** The step function at t (right-continuous: an event at t counts); 1 before the first time, the last value after it. */
export function survivalAt(km: KaplanMeier, t: number): SurvivalPoint {
  if (Number.isNaN(t)) return { survival: NaN, stdErr: NaN, lower: NaN, upper: NaN };
  const j = bisect(km.times, t, true) - 1;
  if (j < 0) return { survival: 1, stdErr: 0, lower: 1, upper: 1 };
  return { survival: km.survival[j], stdErr: km.stdErr[j], lower: km.lower[j], upper: km.upper[j] };
}

// R quantile.survfit's default tolerance: a curve within it of 0.5 is at 0.5 (5/6 · 4/5 · 3/4
// may round just above or below one half).
const TOLERANCE = Math.sqrt(Number.EPSILON);

/**
 * Where the curve crosses one half, by R `quantile.survfit` (survival ≥ 3.x, `findq`): the
 * first time it is below 0.5; where it is exactly 0.5 over a stretch, the midpoint of that flat,
 * from the time it reaches 0.5 to the time it next drops (or to the last time when it never
 * does), as the median of uncensored data. Infinity when it never reaches 0.5 ("not reached").
 */
function halfTime(times: Float64Array, curve: Float64Array): number {
  for (let j = 0; j < curve.length; j++) {
    if (!(curve[j] <= 0.5 + TOLERANCE)) continue;
    if (curve[j] < 0.5 - TOLERANCE) return times[j];
    for (let k = j + 1; k < curve.length; k++) if (curve[k] < 0.5 - TOLERANCE) return (times[j] + times[k]) / 2;
    return (times[j] + times[times.length - 1]) / 2;
  }
  return Infinity;
}

/**
 * Median survival as R `survfit` prints it: the first time S(t) < 0.5, or the midpoint of a flat
 * at exactly 0.5 (lifelines takes the flat's first time instead). Confidence limits by
 * Brookmeyer & Crowley (1982) as R `quantile.survfit`: where the lower and the upper pointwise
 * curves cross 0.5, by the same rule. Not reached (R prints NA) is Infinity, as lifelines.
 */
export function medianSurvival(km: KaplanMeier): { median: number; lower: number; upper: number } {
  return {
    median: halfTime(km.times, km.survival),
    lower: halfTime(km.times, km.lower),
    upper: halfTime(km.times, km.upper),
  };
}

/** Number at risk just before each tick (time ≥ tick), as R `summary(fit, times)` `n.risk`. */
export function atRiskAt(km: KaplanMeier, ticks: ArrayLike<number>): Int32Array {
  const counts = new Int32Array(ticks.length);
  for (let i = 0; i < ticks.length; i++) {
    const j = bisect(km.times, ticks[i]);
    counts[i] = j < km.times.length && !Number.isNaN(ticks[i]) ? km.atRisk[j] : 0;
  }
  return counts;
}
