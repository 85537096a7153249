/**
 * Clicking a bar or a cell to list the customers behind it: a Plot render transform that makes
 * each element a mark draws pick its datum on a click. The drawing is hidden from assistive
 * technology (ChartFrame), so keyboard users pick from the chart's data table instead (its
 * `rowPick`). Builders stay pure: they add it only when given `onPick`, so snapshots hold.
 */
import type * as Plot from '@observablehq/plot';
import { getContext, setContext } from 'svelte';
import type { CustomerSelection } from '../engine/api.ts';

/** Lists the customers behind a number (the app's drill-down panel opens them). */
export type OpenCustomers = (selection: CustomerSelection) => void;

const KEY = Symbol('open-customers');

/** Makes `open` reachable from every chart below the calling component (the app provides it once). */
export function provideCustomerPicks(open: OpenCustomers | undefined): void {
  setContext(KEY, open);
}

/** How a chart lists the customers behind a number; undefined where none is provided (a chart drawn alone, in a test). */
export function drilldownContext(): OpenCustomers | undefined {
  return getContext<OpenCustomers | undefined>(KEY);
}

export function pickable<T>(data: readonly T[], onPick: (datum: T) => void): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context);
    if (!g) return g;
    // Bars, cells and dots draw one element per index, in index order.
    const items = Array.from(g.children).filter((e) => e.tagName !== 'title');
    if (items.length !== index.length) return g;
    items.forEach((element, i) => {
      const datum = data[index[i]];
      const el = element as SVGElement;
      el.setAttribute('data-pick', String(index[i]));
      el.style.cursor = 'pointer';
      el.addEventListener('click', () => onPick(datum));
    });
    return g;
  };
}
