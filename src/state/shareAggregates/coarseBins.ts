/**
 * Quantile bins of a numeric attribute, as a link may carry them: their outer edges are the
 * lowest and the highest customer's own value, so the first bin becomes "< e₁" and the last
 * "≥ eₙ₋₁" (edges −∞ and +∞); the inner edges are rounded to three significant digits. Each bin's
 * label is rewritten to match, and `relabel` maps the result's labels (binLabels of the exact
 * edges, written for whole-number data or not) to the new ones.
 */
import { binLabels, rangeLabel } from '../../engine/api.ts';

const round3 = (v: number): number => (v === 0 ? 0 : Number(v.toPrecision(3)));

export function coarseBins(edges: readonly number[]): { edges: number[]; relabel: Map<string, string> } {
  const n = edges.length - 1;
  const coarse = edges.map((e, i) => (i === 0 ? -Infinity : i === n ? Infinity : round3(e)));
  const relabel = new Map<string, string>();
  for (const whole of [false, true]) {
    const exact = binLabels(edges, whole);
    exact.forEach((label, i) => {
      if (whole && label === binLabels(edges)[i]) return;
      const lo = coarse[i];
      const hi = coarse[i + 1];
      relabel.set(label, i === 0 ? `< ${hi}` : i === n - 1 ? `≥ ${lo}` : rangeLabel(lo, hi, false, whole));
    });
  }
  return { edges: coarse, relabel };
}
