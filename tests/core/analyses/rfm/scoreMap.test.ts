/**
 * segmentOf against R rfm's `rfm_segment`: every customer of rfm_data_orders.csv segmented with
 * the README's intervals and with the package test's intervals (make_r_reference.R), and the
 * published segment summaries of both.
 */
import { describe, expect, it } from 'vitest';
import { RFM_SCORE_MAPS, type ScoreMap } from '../../../../src/engine/api.ts';
import { rfmScores } from '../../../../src/core/analyses/rfm/rfmScores.ts';
import { coveredRules, mappedScore, scoreMapProblem, segmentOf } from '../../../../src/core/analyses/rfm/scoreMap.ts';
import { R_REFERENCE as R } from './rRfmReference.ts';

/** tests/testthat/test-rfm-segment.R's intervals, in its order. */
const TESTTHAT_MAP: ScoreMap = {
  scale: 5,
  rules: [
    { code: 'champions', r: [4, 5], f: [4, 5], m: [4, 5] },
    { code: 'loyal', r: [2, 5], f: [3, 5], m: [3, 5] },
    { code: 'potential-loyalist', r: [3, 5], f: [1, 3], m: [1, 3] },
    { code: 'new', r: [4, 5], f: [1, 1], m: [1, 1] },
    { code: 'promising', r: [3, 4], f: [1, 1], m: [1, 1] },
    { code: 'need-attention', r: [2, 3], f: [2, 3], m: [2, 3] },
    { code: 'about-to-sleep', r: [2, 3], f: [1, 2], m: [1, 2] },
    { code: 'at-risk', r: [1, 2], f: [2, 5], m: [2, 5] },
    { code: 'cant-lose', r: [1, 1], f: [4, 5], m: [4, 5] },
    { code: 'lost', r: [1, 2], f: [1, 2], m: [1, 2] },
  ],
};

function segmented(map: ScoreMap): string[] {
  const s = rfmScores(Float64Array.from(R.recencyDays), Float64Array.from(R.orders), Float64Array.from(R.revenue), 5);
  const codes = [...map.rules.map((r) => r.code), 'Others'];
  return Array.from(segmentOf(s.r, s.f, s.m, map, 5), (k) => codes[k]);
}

function summary(segments: string[]) {
  const out: Record<string, [number, number, number]> = {};
  segments.forEach((s, i) => {
    const row = (out[s] ??= [0, 0, 0]);
    row[0]++;
    row[1] += R.orders[i];
    row[2] += R.revenue[i];
  });
  return out;
}

describe('segmentOf(r, f, m, map, bins)', () => {
  it("segmentOf(README map) equals R rfm's rfm_segment for all 995 customers", () => {
    // Segment names are codes on both sides: exact.
    expect(segmented(RFM_SCORE_MAPS.readme)).toEqual(R.schemes[0].segmentReadme);
  });

  it('segmentOf(README map) gives the published rfm_segment_summary: customers, orders, revenue', () => {
    // rfm.rsquaredacademy.com/reference/rfm_segment_summary (rfm 0.3.0): counts and sums, exact.
    expect(summary(segmented(RFM_SCORE_MAPS.readme))).toEqual({
      'about-to-sleep': [102, 283, 23449],
      'at-risk': [28, 216, 22227],
      'cant-lose': [47, 274, 32446],
      champions: [35, 316, 31646],
      lost: [148, 393, 35324],
      loyal: [170, 799, 76562],
      'need-attention': [10, 57, 4562],
      new: [104, 329, 28837],
      'potential-loyalist': [342, 2211, 204856],
      promising: [9, 28, 4249],
    });
  });

  it("segmentOf(the package test's map) equals rfm_segment, Others included, and its Champions figures", () => {
    const segments = segmented(TESTTHAT_MAP);
    expect(segments).toEqual(R.schemes[0].segmentTestthat);
    // tests/testthat/test-rfm-segment.R: Champions 158 customers, 1,234 orders, revenue 120,178; exact.
    expect(summary(segments).champions).toEqual([158, 1234, 120178]);
    // The rfm 0.2.2 release post's segment sizes with these intervals; exact.
    const sizes = Object.fromEntries(Object.entries(summary(segments)).map(([k, v]) => [k, v[0]]));
    expect(sizes).toEqual({
      loyal: 278,
      'potential-loyalist': 229,
      champions: 158,
      lost: 111,
      'at-risk': 86,
      'about-to-sleep': 50,
      Others: 48,
      'need-attention': 35,
    });
  });

  it('segmentOf puts a customer with an unknown score (0) in Others', () => {
    const map = RFM_SCORE_MAPS.readme;
    const out = segmentOf(Uint8Array.of(5, 5), Uint8Array.of(5, 5), Uint8Array.of(5, 0), map, 5);
    expect(Array.from(out)).toEqual([0, map.rules.length]);
  });

  it('segmentOf with 3 bins reads a map written for 5 through ⌈5s/3⌉: 1→2, 2→4, 3→5', () => {
    expect([1, 2, 3].map((s) => mappedScore(s, 3, 5))).toEqual([2, 4, 5]);
    const map = RFM_SCORE_MAPS.readme;
    // 3, 3, 3 → 5, 5, 5: Champions.
    expect(segmentOf(Uint8Array.of(3), Uint8Array.of(3), Uint8Array.of(3), map, 3)[0]).toBe(0);
  });
});

describe('coveredRules(map, bins)', () => {
  it('coveredRules(vignette map) finds the four rules earlier ones hold entirely', () => {
    const covered = coveredRules(RFM_SCORE_MAPS.vignette, 5);
    const codes = RFM_SCORE_MAPS.vignette.rules.map((r) => r.code);
    // New (R4–5 F1 M1) and Promising (R3–4 F1 M1) lie inside Potential loyalist (R3–5 F1–3 M1–3),
    // Can't lose them (R1 F4–5 M4–5) inside At risk (R1–2 F2–5 M2–5), Lost inside Hibernating (same ranges).
    expect(codes.filter((_, k) => covered[k])).toEqual(['new', 'promising', 'cant-lose', 'lost']);
  });

  it('coveredRules(README map) finds none: each rule holds some score triple', () => {
    expect(coveredRules(RFM_SCORE_MAPS.readme, 5).some(Boolean)).toBe(false);
  });
});

describe('scoreMapProblem(map)', () => {
  it('scoreMapProblem accepts both R rfm maps', () => {
    expect(scoreMapProblem(RFM_SCORE_MAPS.readme)).toBeNull();
    expect(scoreMapProblem(RFM_SCORE_MAPS.vignette)).toBeNull();
  });

  it('scoreMapProblem names a reversed range, a repeated code, a reserved code and an empty map', () => {
    const base = RFM_SCORE_MAPS.readme.rules;
    const withRule = (k: number, patch: object): ScoreMap => ({
      scale: 5,
      rules: base.map((r, i) => (i === k ? { ...r, ...patch } : r)),
    });
    expect(scoreMapProblem(withRule(2, { r: [4, 2] }))).toEqual({ problem: 'range', rule: 2 });
    expect(scoreMapProblem(withRule(3, { m: [0, 5] }))).toEqual({ problem: 'range', rule: 3 });
    expect(scoreMapProblem(withRule(1, { code: 'champions' }))).toEqual({ problem: 'duplicate-code', rule: 1 });
    expect(scoreMapProblem(withRule(0, { code: 'others' }))).toEqual({ problem: 'code', rule: 0 });
    expect(scoreMapProblem({ scale: 5, rules: [] })).toEqual({ problem: 'no-rules' });
  });
});
