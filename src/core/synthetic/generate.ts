/**
 * The teaching-data generator's one entry: checks the request, picks the shape's planted truth
 * and streams its CSV to a sink. A bad request is a code, never a throw.
 */
import { generateLog, type GeneratedCounts } from './generateLog.ts';
import { generateSnapshot } from './generateSnapshot.ts';
import {
  DEFAULT_LOG_TRUTH,
  DEFAULT_SNAPSHOT_TRUTH,
  MAX_CUSTOMERS,
  MIN_CUSTOMERS,
  type PlantedTruth,
  type SyntheticShape,
} from './plantedTruth.ts';

export interface GenerateRequest {
  customers: number;
  seed: number;
  shape: SyntheticShape;
}

export type GenerateProblem = 'customers-out-of-range' | 'seed-not-whole' | 'unknown-shape';

export function checkRequest(r: GenerateRequest): GenerateProblem | null {
  if (!Number.isInteger(r.customers) || r.customers < MIN_CUSTOMERS || r.customers > MAX_CUSTOMERS)
    return 'customers-out-of-range';
  if (!Number.isInteger(r.seed) || r.seed < 0 || r.seed > 0xffffffff) return 'seed-not-whole';
  if (r.shape !== 'log' && r.shape !== 'snapshot') return 'unknown-shape';
  return null;
}

export const plantedTruth = (shape: SyntheticShape): PlantedTruth =>
  shape === 'log' ? DEFAULT_LOG_TRUTH : DEFAULT_SNAPSHOT_TRUTH;

export type GenerateOutcome =
  { ok: true; counts: GeneratedCounts; truth: PlantedTruth } | { ok: false; problem: GenerateProblem };

export function generate(r: GenerateRequest, sink: (chunk: string) => void): GenerateOutcome {
  const problem = checkRequest(r);
  if (problem) return { ok: false, problem };
  const truth = plantedTruth(r.shape);
  const counts =
    truth.shape === 'log'
      ? generateLog(r.customers, r.seed, truth, sink)
      : generateSnapshot(r.customers, r.seed, truth, sink);
  return { ok: true, counts, truth };
}
