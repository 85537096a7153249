import { describe, expect, it } from 'vitest';
import {
  densityGrid,
  logTicks,
  niceTicks,
  px,
  py,
  scatterDomains,
  xOf,
  yOf,
  type Frame,
} from '../../../src/charts/value-risk-quadrant/scatterGeometry.ts';

const f = (...v: number[]) => Float64Array.from(v);
const FRAME: Frame = { width: 400, height: 300, left: 50, right: 10, top: 10, bottom: 40 };

describe('quadrant scatter geometry', () => {
  it('scatterDomains(risk, value) spans the risk and cuts value at its 99.5th percentile, counting those above', () => {
    const value = Float64Array.from({ length: 1000 }, (_, i) => i + 1);
    const risk = Float64Array.from({ length: 1000 }, (_, i) => i / 999);
    const d = scatterDomains(risk, value);
    // floor(0.995 × 999) = 994: the 995th smallest value, 995; five customers lie above it.
    expect(d).toMatchObject({ x: [0, 1], y: [1, 995], clipped: 5, median: 500.5, yLog: false });
  });

  it('scatterDomains(…, log) starts the log axis at the lowest positive value', () => {
    // The top of 5 values: floor(0.995 × 4) = the 4th smallest, 1000.
    const d = scatterDomains(f(0.1, 0.2, 0.3, 0.4, 0.5), f(-5, 0, 10, 1000, 2000), true);
    expect(d.yLog).toBe(true);
    expect(d.y).toEqual([10, 1000]);
  });

  it('px/xOf and py/yOf invert each other, on a linear and a log axis', () => {
    for (const log of [false, true]) {
      const d = scatterDomains(f(0, 0.5, 1, 1), f(1, 100, 10_000, 20_000), log);
      for (const x of [0, 0.25, 1]) expect(xOf(FRAME, d, px(FRAME, d, x))).toBeCloseTo(x, 12);
      for (const y of [1, 50, 10_000]) expect(yOf(FRAME, d, py(FRAME, d, y))).toBeCloseTo(y, 9);
      // Above the axis's top: drawn on its edge.
      expect(py(FRAME, d, 20_000)).toBe(FRAME.top);
    }
  });

  it('niceTicks and logTicks are round numbers inside the domain', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(logTicks(3, 600)).toEqual([5, 10, 20, 50, 100, 200, 500]);
    // Over more than three decades, powers of ten only: 0.01 … 1000 (six of them).
    expect(logTicks(0.004, 2000)).toEqual([0.01, 0.1, 1, 10, 100, 1000]);
    // CDNOW's lifetime values reach down to ~1e-20: every third decade from 100 down, at most 10 labels.
    const wide = logTicks(3e-21, 493);
    expect(wide.length).toBeLessThanOrEqual(10);
    expect(wide.at(-1)).toBe(100);
    expect(wide.slice(-3)).toEqual([1e-4, 0.1, 100]);
  });

  it('densityGrid counts every placed customer once', () => {
    const risk = Float64Array.from({ length: 500 }, (_, i) => (i % 50) / 49);
    const value = Float64Array.from({ length: 500 }, (_, i) => i);
    risk[3] = NaN;
    const d = scatterDomains(risk, value);
    const g = densityGrid(risk, value, FRAME, d);
    expect(g.counts.reduce((a, b) => a + b, 0)).toBe(499);
  });
});
