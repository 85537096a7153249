/**
 * The quadrant scatter's geometry, without a DOM: the axes' domains (value cut at its 99.5th
 * percentile so a few very large customers do not crush the rest; those are drawn on the top
 * edge), round ticks, and the density grid drawn instead of points past DENSITY_FROM customers.
 */

/** Past this many customers the chart draws the density of customers in small squares, not points. */
export const DENSITY_FROM = 20_000;
/** The side of a density square, in CSS pixels. */
export const DENSITY_CELL = 4;

export interface Domains {
  x: [number, number];
  y: [number, number];
  /** Customers above the value axis's top, drawn on its edge. */
  clipped: number;
  /** The median value of the customers placed. */
  median: number;
  /** The value axis is logarithmic: it starts at the lowest positive value, and lower values are drawn on its bottom edge. */
  yLog: boolean;
  /** On a log axis, the customers placed with a value of 0 or less (no place on it: drawn on its bottom edge); 0 otherwise. */
  nonPositive: number;
  /**
   * On a log axis that starts LOG_DECADES below its top (the smallest positive value was lower
   * still), the customers with a positive value under its start, also drawn on its bottom edge.
   */
  belowStart: number;
}

/**
 * A log value axis spans at most this many decades: below, the points of a few customers with a
 * next-to-nothing value (BG/NBD lifetime values reach 1e-13) squeezed everyone else into its top.
 */
export const LOG_DECADES = 4;

/**
 * x from the lowest to the highest risk; y from the lowest value to the 99.5th percentile — on a
 * log axis from the lowest positive value, or LOG_DECADES below the top if that is higher.
 */
export function scatterDomains(risk: Float64Array, value: Float64Array, log = false): Domains {
  // Kept per result and axis: the page asks again on every redraw and language switch, and a million values take a sort.
  const key = log ? 'log' : 'linear';
  let kept = domainsKept.get(value);
  if (kept?.risk !== risk) domainsKept.set(value, (kept = { risk, domains: new Map() }));
  const found = kept.domains.get(key);
  if (found) return found;
  const domains = domainsOf(risk, value, log);
  kept.domains.set(key, domains);
  return domains;
}

const domainsKept = new WeakMap<Float64Array, { risk: Float64Array; domains: Map<string, Domains> }>();

function domainsOf(risk: Float64Array, value: Float64Array, log: boolean): Domains {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < risk.length; i++)
    if (risk[i] === risk[i] && value[i] === value[i]) {
      xs.push(risk[i]);
      ys.push(value[i]);
    }
  if (xs.length === 0)
    return { x: [0, 1], y: [0, 1], clipped: 0, median: NaN, yLog: false, nonPositive: 0, belowStart: 0 };
  const sortedY = Float64Array.from(ys).sort();
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const x of xs) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
  }
  const y1 = sortedY[Math.min(sortedY.length - 1, Math.floor(0.995 * (sortedY.length - 1)))];
  const positive = sortedY.find((y) => y > 0);
  const yLog = log && positive !== undefined && positive < y1;
  const y0 = yLog ? Math.max(positive!, y1 / 10 ** LOG_DECADES) : sortedY[0];
  let clipped = 0;
  let nonPositive = 0;
  let belowStart = 0;
  for (const y of ys) {
    if (y > y1) clipped++;
    if (yLog && y <= 0) nonPositive++;
    else if (yLog && y < y0) belowStart++;
  }
  const pad = (a: number, b: number): [number, number] => (a === b ? [a - 1, b + 1] : [a, b]);
  const m = sortedY.length >> 1;
  const median = sortedY.length % 2 ? sortedY[m] : (sortedY[m - 1] + sortedY[m]) / 2;
  return { x: pad(x0, x1), y: yLog ? [y0, y1] : pad(y0, y1), clipped, median, yLog, nonPositive, belowStart };
}

/**
 * Round ticks of a log axis: 1, 2 and 5 × powers of ten within [a, b] over up to three decades;
 * over more, the powers of ten only, every n-th decade so that at most `most` remain (a value
 * axis from 1e-20 to 500 would otherwise stack dozens of labels on one another).
 */
export function logTicks(a: number, b: number, most = 10): number[] {
  const from = Math.floor(Math.log10(a));
  const to = Math.ceil(Math.log10(b));
  const decades = to - from;
  const multiples = decades > 3 ? [1] : [1, 2, 5];
  const every = Math.max(1, Math.ceil((decades + 1) / most));
  const ticks: number[] = [];
  // Counted down from the largest power of ten in the range, so it always has a label.
  for (let p = Math.floor(Math.log10(b)); p >= from; p -= every)
    for (const m of multiples) {
      const t = m * 10 ** p;
      if (t >= a && t <= b) ticks.push(Number(t.toPrecision(12)));
    }
  return ticks.sort((x, y) => x - y);
}

/** About `count` round ticks across [a, b] (1, 2 or 5 × a power of ten apart). */
export function niceTicks(a: number, b: number, count = 5): number[] {
  const raw = (b - a) / count;
  if (!(raw > 0) || !Number.isFinite(raw)) return [a];
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(a / step) * step; t <= b + step * 1e-9; t += step)
    ticks.push(Number((Math.round(t / step) * step).toPrecision(12)));
  return ticks;
}

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const px = (f: Frame, d: Domains, x: number) =>
  f.left + ((x - d.x[0]) / (d.x[1] - d.x[0])) * (f.width - f.left - f.right);
/** Where a value sits on the value axis, from 0 (bottom) to 1 (top), clamped. */
function yFraction(d: Domains, y: number): number {
  const v = Math.min(Math.max(y, d.y[0]), d.y[1]);
  if (!d.yLog) return (v - d.y[0]) / (d.y[1] - d.y[0]);
  return Math.log(v / d.y[0]) / Math.log(d.y[1] / d.y[0]);
}
export const py = (f: Frame, d: Domains, y: number) =>
  f.height - f.bottom - yFraction(d, y) * (f.height - f.top - f.bottom);
export const xOf = (f: Frame, d: Domains, p: number) =>
  d.x[0] + ((p - f.left) / (f.width - f.left - f.right)) * (d.x[1] - d.x[0]);
export const yOf = (f: Frame, d: Domains, p: number) => {
  const t = (f.height - f.bottom - p) / (f.height - f.top - f.bottom);
  return d.yLog ? d.y[0] * (d.y[1] / d.y[0]) ** t : d.y[0] + t * (d.y[1] - d.y[0]);
};

/**
 * Customers per density square (column-major cols × rows), counted once per result: dragging a
 * threshold only recolours the squares by the side of the lines their centres fall on.
 */
export function densityGrid(
  risk: Float64Array,
  value: Float64Array,
  f: Frame,
  d: Domains,
): { cols: number; rows: number; counts: Uint32Array; max: number } {
  const cols = Math.max(1, Math.ceil((f.width - f.left - f.right) / DENSITY_CELL));
  const rows = Math.max(1, Math.ceil((f.height - f.top - f.bottom) / DENSITY_CELL));
  const counts = new Uint32Array(cols * rows);
  let max = 0;
  for (let i = 0; i < risk.length; i++) {
    const x = risk[i];
    const y = value[i];
    if (x !== x || y !== y) continue;
    const c = Math.min(cols - 1, Math.max(0, Math.floor((px(f, d, x) - f.left) / DENSITY_CELL)));
    const r = Math.min(rows - 1, Math.max(0, Math.floor((py(f, d, y) - f.top) / DENSITY_CELL)));
    const k = c * rows + r;
    if (++counts[k] > max) max = counts[k];
  }
  return { cols, rows, counts, max };
}
