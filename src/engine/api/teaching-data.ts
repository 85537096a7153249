/**
 * Teaching data with planted truth: what the app asks the generator worker for and gets back.
 * The file is a CSV opened like any other; `truth` is what was planted (core/synthetic/plantedTruth.ts).
 */
import type { GenerateProblem, GenerateRequest } from '../../core/synthetic/generate.ts';
import type { PlantedTruth, SyntheticShape } from '../../core/synthetic/plantedTruth.ts';

export type { GenerateProblem, GenerateRequest, PlantedTruth, SyntheticShape };
export { MAX_CUSTOMERS, MIN_CUSTOMERS } from '../../core/synthetic/plantedTruth.ts';

export type TeachingData =
  | { ok: true; file: File; truth: PlantedTruth; customers: number; rows: number }
  | { ok: false; problem: GenerateProblem };

/** The file's name: what was asked, so two generated files are told apart. */
export const teachingFileName = (r: GenerateRequest): string => `teaching-${r.shape}-${r.customers}-seed${r.seed}.csv`;
