/**
 * Named segments from an editable score map, as R rfm's `rfm_segment` assigns them: a customer
 * belongs to the first rule whose recency, frequency and monetary ranges (inclusive) hold their
 * three scores; one no rule holds is "Others". The rules are looked up once per score triple
 * (at most 9³), so assigning 100k customers is one table read each.
 */
import type { ScoreMap } from '../../../engine/api.ts';

/** A score as the map reads it: s of 1…bins counts as ⌈s × scale / bins⌉ (itself when bins = scale). */
export function mappedScore(s: number, bins: number, scale: number): number {
  return bins === scale ? s : Math.ceil((s * scale) / bins);
}

/** Rule index per score triple (r, f, m of 1…bins) at [(r − 1) × bins² + (f − 1) × bins + m − 1]; rules.length = Others. */
export function ruleTable(map: ScoreMap, bins: number): Int32Array {
  const table = new Int32Array(bins * bins * bins);
  const holds = (range: readonly number[], s: number) => s >= range[0] && s <= range[1];
  for (let r = 1; r <= bins; r++)
    for (let f = 1; f <= bins; f++)
      for (let m = 1; m <= bins; m++) {
        const [rs, fs, ms] = [r, f, m].map((s) => mappedScore(s, bins, map.scale));
        const hit = map.rules.findIndex((rule) => holds(rule.r, rs) && holds(rule.f, fs) && holds(rule.m, ms));
        table[(r - 1) * bins * bins + (f - 1) * bins + m - 1] = hit < 0 ? map.rules.length : hit;
      }
  return table;
}

/** Each customer's rule index (map.rules.length for Others; a score of 0, unknown, is Others too). */
export function segmentOf(r: Uint8Array, f: Uint8Array, m: Uint8Array, map: ScoreMap, bins: number): Int32Array {
  const table = ruleTable(map, bins);
  const others = map.rules.length;
  const out = new Int32Array(r.length);
  const b2 = bins * bins;
  for (let i = 0; i < r.length; i++) {
    out[i] = r[i] === 0 || f[i] === 0 || m[i] === 0 ? others : table[(r[i] - 1) * b2 + (f[i] - 1) * bins + m[i] - 1];
  }
  return out;
}

/** Rules that hold no score triple: earlier rules take all of theirs (or their ranges lie outside the scores). */
export function coveredRules(map: ScoreMap, bins: number): boolean[] {
  const reached = new Uint8Array(map.rules.length + 1);
  for (const k of ruleTable(map, bins)) reached[k] = 1;
  return map.rules.map((_, k) => reached[k] === 0);
}

export type ScoreMapProblem =
  { problem: 'no-rules' | 'too-many-rules' | 'scale' } | { problem: 'code' | 'duplicate-code' | 'range'; rule: number };

export const MAX_RULES = 24;
const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** What is wrong with a map (the first problem), or null: codes unique and plain, ranges whole numbers within 1…scale, low ≤ high. */
export function scoreMapProblem(map: ScoreMap): ScoreMapProblem | null {
  if (!Number.isInteger(map.scale) || map.scale < 2 || map.scale > 9) return { problem: 'scale' };
  if (map.rules.length === 0) return { problem: 'no-rules' };
  if (map.rules.length > MAX_RULES) return { problem: 'too-many-rules' };
  const seen = new Set<string>();
  for (let k = 0; k < map.rules.length; k++) {
    const rule = map.rules[k];
    if (typeof rule.code !== 'string' || !CODE.test(rule.code) || rule.code === 'others' || rule.code === 'not-yet')
      return { problem: 'code', rule: k };
    if (seen.has(rule.code)) return { problem: 'duplicate-code', rule: k };
    seen.add(rule.code);
    for (const range of [rule.r, rule.f, rule.m]) {
      const ok =
        Array.isArray(range) &&
        range.length === 2 &&
        range.every((s) => Number.isInteger(s) && s >= 1 && s <= map.scale) &&
        range[0] <= range[1];
      if (!ok) return { problem: 'range', rule: k };
    }
  }
  return null;
}
