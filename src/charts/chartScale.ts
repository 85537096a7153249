/**
 * How much larger the charts below a component are drawn: the presentation view provides a
 * scale from the viewport's height, and each ChartFrame plots at (its width ÷ scale) and zooms
 * the drawing by the scale, so a chart fills the width with type, lines and margins all larger
 * (Plot lays it out at the smaller size, so nothing is clipped). 1 everywhere else.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('chart-scale');

/** The scale for a viewport this many pixels high: 1.2 at 720, 1.54 at 1080, never above 1.8. */
export function presentationScale(viewportHeight: number): number {
  return Math.min(1.8, Math.max(1.2, Math.round((viewportHeight / 700) * 100) / 100));
}

export function provideChartScale(scale: () => number): void {
  setContext(KEY, scale);
}

export function chartScale(): () => number {
  return getContext<(() => number) | undefined>(KEY) ?? (() => 1);
}
