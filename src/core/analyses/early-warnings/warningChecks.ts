/**
 * One check per early-warning rule. A check returns the customer's value at stake when its rule
 * fires and NaN when it does not, allocating nothing; called again with an `evidence` list for a
 * customer who fired, it also pushes why (see warningEvidence.ts).
 */
import { medianInPlace } from '../../stats/medianInPlace.ts';
import type { WarningRule } from './warningRules.ts';
import type { SkippedSeason, WarningEvidence } from './warningEvidence.ts';
import {
  boughtBeforeMonth,
  isoDate,
  label,
  monthIndexOfDay,
  revenue,
  revenueBetween,
  type WarningContext,
} from './warningContext.ts';

/** Revenue of months from..to and their labels. */
function revenuePath(ctx: WarningContext, c: number, from: number, to: number) {
  const path: number[] = [];
  for (let i = from; i <= to; i++) path.push(revenue(ctx.activity, c, i));
  return { path, from: label(ctx, from), to: label(ctx, to) };
}

/** Value at stake: the 12 months ending at the last month before the fall (m − N). */
function declining(ctx: WarningContext, c: number, months: number, evidence: WarningEvidence[] | null): number {
  const a = ctx.activity;
  const { values, months: width } = a.monthly;
  const from = ctx.last - months;
  let before = revenue(a, c, from);
  for (let i = from + 1; i <= ctx.last; i++) {
    const now = i >= 0 && i < width ? values[c * width + i] : 0;
    if (!(now < before)) return NaN;
    before = now;
  }
  if (!boughtBeforeMonth(ctx, c, from + 1)) return NaN;
  evidence?.push({ kind: 'declining', months, ...revenuePath(ctx, c, from, ctx.last) });
  return revenueBetween(a, c, from - 11, from);
}

/** Value at stake: the 12 months just before the N quiet months. */
function below(
  ctx: WarningContext,
  c: number,
  threshold: number,
  months: number,
  evidence: WarningEvidence[] | null,
): number {
  const a = ctx.activity;
  const { values, months: width } = a.monthly;
  const from = ctx.last - months + 1;
  for (let i = ctx.last; i >= from; i--) if (i >= 0 && i < width && values[c * width + i] > threshold) return NaN;
  if (!boughtBeforeMonth(ctx, c, from)) return NaN;
  evidence?.push({ kind: 'below', threshold, months, ...revenuePath(ctx, c, from, ctx.last) });
  return revenueBetween(a, c, from - 12, from - 1);
}

function skippedMonth(values: Float64Array, months: number, c: number, i: number, years: number): boolean {
  if (i >= 0 && i < months && values[c * months + i] > 0) return false;
  for (let y = 1; y <= years; y++) {
    const j = i - 12 * y;
    if (!(j >= 0 && j < months && values[c * months + j] > 0)) return false;
  }
  return true;
}

function skippedSeason(ctx: WarningContext, c: number, i: number, years: number): SkippedSeason {
  const month = ctx.activity.monthly.firstMonth + i;
  const year = Math.floor(month / 12);
  const earlier: number[] = [];
  for (let y = years; y >= 1; y--) earlier.push(year - y);
  return { month: month % 12, year, earlier, lastYear: revenue(ctx.activity, c, i - 12) };
}

/** Value at stake: last year's revenue in each skipped month, summed. */
function seasonal(ctx: WarningContext, c: number, years: number, evidence: WarningEvidence[] | null): number {
  const { months, values } = ctx.activity.monthly;
  let value = NaN;
  let skipped: SkippedSeason[] | null = null;
  for (let i = ctx.last - 11; i <= ctx.last; i++) {
    if (!skippedMonth(values, months, c, i, years)) continue;
    value = (Number.isNaN(value) ? 0 : value) + revenue(ctx.activity, c, i - 12);
    if (evidence) (skipped ??= []).push(skippedSeason(ctx, c, i, years));
  }
  if (evidence && skipped) evidence.push({ kind: 'seasonal', skipped });
  return value;
}

/**
 * Whether since > factor × median gap, decided in one pass without sorting: with n gaps, h = n >> 1
 * and `count` of them g with factor × g < since, the median is below the line when count > h, above
 * it when count < h, and for even n with count = h it is the mean of the largest gap below and the
 * smallest at or above. The comparisons are the same floating-point ones as with the median itself.
 */
function pastUsualGap(ctx: WarningContext, start: number, n: number, since: number, factor: number): boolean {
  const days = ctx.activity.days;
  let count = 0;
  let largestBelow = -Infinity;
  let smallestAbove = Infinity;
  for (let j = start + 1; j < start + n + 1; j++) {
    const gap = days[j] - days[j - 1];
    if (factor * gap < since) {
      count++;
      if (gap > largestBelow) largestBelow = gap;
    } else if (gap < smallestAbove) smallestAbove = gap;
  }
  const h = n >> 1;
  if (count !== h || n % 2 === 1) return count > h;
  return since > factor * ((largestBelow + smallestAbove) / 2);
}

/** Value at stake: the 12 months ending with the month of the last purchase. */
function overdue(ctx: WarningContext, c: number, factor: number, evidence: WarningEvidence[] | null): number {
  const { dayStart, days, asOfDay } = ctx.activity;
  const start = dayStart[c];
  const gapCount = dayStart[c + 1] - start - 1;
  if (gapCount < 1) return NaN;
  const lastDay = days[start + gapCount];
  if (!pastUsualGap(ctx, start, gapCount, asOfDay - lastDay, factor)) return NaN;
  if (evidence) {
    for (let j = 0; j < gapCount; j++) ctx.gaps[j] = days[start + j + 1] - days[start + j];
    const usualGap = medianInPlace(ctx.gaps, gapCount);
    evidence.push({ kind: 'overdue', days: asOfDay - lastDay, since: isoDate(ctx, lastDay), factor, usualGap });
  }
  const lastMonth = monthIndexOfDay(ctx, lastDay);
  return revenueBetween(ctx.activity, c, lastMonth - 11, lastMonth);
}

export function checkRule(
  ctx: WarningContext,
  c: number,
  rule: WarningRule,
  evidence: WarningEvidence[] | null,
): number {
  switch (rule.kind) {
    case 'declining':
      return declining(ctx, c, rule.months, evidence);
    case 'below':
      return below(ctx, c, rule.threshold, rule.months, evidence);
    case 'seasonal':
      return seasonal(ctx, c, rule.years, evidence);
    case 'overdue':
      return overdue(ctx, c, rule.factor, evidence);
  }
}
