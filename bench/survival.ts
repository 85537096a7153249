/**
 * The survival benchmark's shared vocabulary: what each side reports (ours in Node, R in
 * Rscript) and the agreement check. Numbers from R's survfit/survdiff are the reference.
 */

export interface SurvivalMeasurement {
  /** The compared time: Kaplan–Meier per group plus the log-rank test. */
  ms: number;
  fitMs: number;
  logRankMs: number;
  /** Reading the CSV first; not compared. */
  readMs: number;
  rows: number;
  groups: string[];
  /** Per group. */
  n: number[];
  events: number[];
  distinctTimes: number[];
  ticks: number[];
  /** survival[g][j] = S(ticks[j]) of group g. */
  survival: number[][];
  chi2: number;
  observed: number[];
  expected: number[];
  peakRssMiB: number | null;
  baseRssMiB?: number;
  /** Ours: process-monotonic clock (µs) around the compared work, to cut a `--cpu-prof` profile to it. */
  windowUs?: [number, number];
  detail?: Record<string, unknown>;
}

// The brief's tolerance: S(t) to 1e-6 absolute; χ² and expected counts to 1e-6 relative (χ² is ~4·10⁴).
export const SURVIVAL_TOLERANCE = 1e-6;

export function survivalDifferences(ours: SurvivalMeasurement, r: SurvivalMeasurement) {
  const out: string[] = [];
  let maxSurvivalDiff = 0;
  const exact = (name: 'rows' | 'n' | 'events' | 'distinctTimes' | 'groups' | 'observed') => {
    if (JSON.stringify(ours[name]) !== JSON.stringify(r[name]))
      out.push(`${name}: ours ${JSON.stringify(ours[name])}, R ${JSON.stringify(r[name])}`);
  };
  exact('rows');
  exact('groups');
  exact('n');
  exact('events');
  exact('distinctTimes');
  exact('observed');
  for (let g = 0; g < r.survival.length; g++) {
    for (let j = 0; j < r.ticks.length; j++) {
      const a = ours.survival[g]?.[j];
      const b = r.survival[g][j];
      const d = Math.abs(a - b);
      if (!(d <= SURVIVAL_TOLERANCE)) out.push(`S(${r.ticks[j]}) of ${r.groups[g]}: ours ${a}, R ${b}`);
      else maxSurvivalDiff = Math.max(maxSurvivalDiff, d);
    }
  }
  const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
  const chi2RelativeDiff = relative(ours.chi2, r.chi2);
  if (!(chi2RelativeDiff <= SURVIVAL_TOLERANCE)) out.push(`chi2: ours ${ours.chi2}, R ${r.chi2}`);
  let maxExpectedDiff = 0;
  r.expected.forEach((e, g) => {
    const d = relative(ours.expected[g], e);
    if (!(d <= SURVIVAL_TOLERANCE)) out.push(`expected of ${r.groups[g]}: ours ${ours.expected[g]}, R ${e}`);
    else maxExpectedDiff = Math.max(maxExpectedDiff, d);
  });
  return {
    differences: out,
    maxSurvivalDiff,
    chi2RelativeDiff,
    chi2AbsoluteDiff: Math.abs(ours.chi2 - r.chi2),
    maxExpectedDiff,
  };
}
