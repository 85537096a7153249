/**
 * The teaching-data generator's one entry: checks the request, picks the shape's planted truth
 * and streams its CSV to a sink. A bad request is a code, never a throw.
 */
import { generateLog, type GeneratedCounts } from './generateLog.ts';
import { generateSnapshot } from './generateSnapshot.ts';
import { generateSegments } from './generateSegments.ts';
import {
  DEFAULT_LOG_TRUTH,
  DEFAULT_SEGMENTS_TRUTH,
  DEFAULT_SNAPSHOT_TRUTH,
  MAX_CUSTOMERS,
  MIN_CUSTOMERS,
  type PlantedTruth,
  type SegmentsTruth,
  type SyntheticShape,
} from './plantedTruth.ts';

export interface GenerateRequest {
  customers: number;
  seed: number;
  shape: SyntheticShape;
  /** Other parameters to plant than the shape's defaults (a lesson's own); its shape is the request's. */
  truth?: PlantedTruth;
}

export type GenerateProblem = 'customers-out-of-range' | 'seed-not-whole' | 'unknown-shape' | 'bad-truth';

export function checkRequest(r: GenerateRequest): GenerateProblem | null {
  if (!Number.isInteger(r.customers) || r.customers < MIN_CUSTOMERS || r.customers > MAX_CUSTOMERS)
    return 'customers-out-of-range';
  if (!Number.isInteger(r.seed) || r.seed < 0 || r.seed > 0xffffffff) return 'seed-not-whole';
  if (r.shape !== 'log' && r.shape !== 'snapshot' && r.shape !== 'segments') return 'unknown-shape';
  if (r.truth !== undefined && !truthValid(r.shape, r.truth)) return 'bad-truth';
  return null;
}

const share = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
const isoDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d));

function truthValid(shape: SyntheticShape, t: PlantedTruth): boolean {
  if (t.shape !== shape) return false;
  if (t.shape === 'segments') return segmentsValid(t);
  if (t.shape === 'snapshot') return true;
  const s = t.seasonal;
  return (
    isoDay(t.start) &&
    isoDay(t.end) &&
    t.start <= t.end &&
    t.signupDays >= 1 &&
    share(s.share) &&
    share(s.annualChurn) &&
    0 <= s.seasonStartDay &&
    s.seasonStartDay <= s.seasonEndDay &&
    s.seasonEndDay <= 364
  );
}

const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Shares that are positive and add up to 1, churn rates in [0, 1], plain column names, value ranges where there is a value column. */
function segmentsValid(t: SegmentsTruth): boolean {
  const columns = [t.columns.segment, t.columns.churn, ...(t.columns.value === undefined ? [] : [t.columns.value])];
  const names = t.segments.map((s) => s.name);
  return (
    t.shape === 'segments' &&
    /^[A-Za-z]{0,4}$/.test(t.idPrefix) &&
    columns.every((c) => COLUMN_NAME.test(c) && c !== 'customer_id') &&
    new Set(columns).size === columns.length &&
    t.segments.length > 0 &&
    names.every((n) => /^[^,"\r\n]+$/.test(n)) &&
    new Set(names).size === names.length &&
    t.segments.every((s) => s.share > 0 && s.churn >= 0 && s.churn <= 1) &&
    Math.abs(t.segments.reduce((a, s) => a + s.share, 0) - 1) < 1e-9 &&
    (t.columns.value === undefined ||
      t.segments.every((s) => s.value && s.value.min >= 0 && s.value.max >= s.value.min))
  );
}

export const plantedTruth = (shape: SyntheticShape): PlantedTruth =>
  shape === 'log' ? DEFAULT_LOG_TRUTH : shape === 'snapshot' ? DEFAULT_SNAPSHOT_TRUTH : DEFAULT_SEGMENTS_TRUTH;

export type GenerateOutcome =
  { ok: true; counts: GeneratedCounts; truth: PlantedTruth } | { ok: false; problem: GenerateProblem };

export function generate(r: GenerateRequest, sink: (chunk: string) => void): GenerateOutcome {
  const problem = checkRequest(r);
  if (problem) return { ok: false, problem };
  const truth = r.truth ?? plantedTruth(r.shape);
  const counts =
    truth.shape === 'log'
      ? generateLog(r.customers, r.seed, truth, sink)
      : truth.shape === 'snapshot'
        ? generateSnapshot(r.customers, r.seed, truth, sink)
        : generateSegments(r.customers, r.seed, truth, sink);
  return { ok: true, counts, truth };
}
