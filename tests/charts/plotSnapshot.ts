/**
 * SVG snapshots of the chart builders, normalised as Observable Plot's own test runner does
 * (observablehq/plot test/plot-snapshot.js): Plot's class name becomes `plot` in each styled
 * element, clip, filter, marker and pattern ids are re-indexed, numbers keep 3 decimals, and
 * the markup is printed one element per line so that a diff is readable. On a mismatch the new
 * rendering is written beside the snapshot as `<name>-changed.svg` (gitignored).
 */
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';

/** Plot's default class name (defaultClassName in Plot's source). */
const PLOT_CLASS = 'plot-d6a7b5';
/** Elements kept on their parent's line, as in Plot's runner (which also keeps `svg` inline; here it gets its own lines). */
const INLINE = new Set(['title', 'tspan', 'span', 'a', 'i']);

/** The chart drawn by Plot into a jsdom document: an `<svg>`, or a `<figure>` with legends. */
export function plotElement(options: Plot.PlotOptions): Element {
  const { window } = new JSDOM('');
  return Plot.plot({ ...options, document: window.document }) as unknown as Element;
}

/** The chart's markup, normalised (the element itself is left as it was). */
export function normalizedMarkup(chart: Element): string {
  const root = chart.cloneNode(true) as Element;
  for (const svg of root.localName === 'svg' ? [root] : root.querySelectorAll('svg')) {
    svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', 'http://www.w3.org/2000/svg');
    svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xlink', 'http://www.w3.org/1999/xlink');
  }
  reindexStyle(root);
  reindexIri(root, 'clip', ['clip-path']);
  reindexIri(root, 'filter', ['filter']);
  reindexIri(root, 'marker', ['marker-start', 'marker-mid', 'marker-end']);
  reindexIri(root, 'pattern', ['fill', 'stroke']);
  return `${printed(root, 0).join('\n')}\n`
    .replace(/&nbsp;/g, '\xa0')
    .replace(/\d+\.\d{4,}/g, (d) => String(+(+d).toFixed(3)));
}

/** Compares the normalised chart with `__snapshots__/<name>.svg`, writing `<name>-changed.svg` when they differ. */
export async function expectPlotSnapshot(chart: Element, name: string): Promise<void> {
  const actual = normalizedMarkup(chart);
  const expected = fileURLToPath(new URL(`__snapshots__/${name}.svg`, import.meta.url));
  const changed = fileURLToPath(new URL(`__snapshots__/${name}-changed.svg`, import.meta.url));
  try {
    await expect(actual).toMatchFileSnapshot(expected);
  } catch (error) {
    await writeFile(changed, actual, 'utf8');
    throw error;
  }
  await rm(changed, { force: true });
}

function reindexStyle(root: Element): void {
  for (const style of root.querySelectorAll('style')) {
    const parent = style.parentElement!;
    for (const child of [parent, ...parent.querySelectorAll('[class]')]) {
      child.setAttribute('class', child.getAttribute('class')!.replace(new RegExp(`\\b${PLOT_CLASS}\\b`, 'g'), 'plot'));
    }
    style.textContent = style.textContent!.replace(new RegExp(`[.]${PLOT_CLASS}\\b`, 'g'), '.plot');
  }
}

function reindexIri(root: Element, name: string, attributes: string[]): void {
  let index = 0;
  const ids = new Map<string, string>();
  for (const node of root.querySelectorAll(`[id^=plot-${name}-]`)) {
    let id = node.getAttribute('id')!;
    if (ids.has(id)) id = ids.get(id)!;
    else ids.set(id, (id = `plot-${name}-${++index}`));
    node.setAttribute('id', id);
  }
  for (const key of attributes) {
    for (const node of root.querySelectorAll(`[${key}]`)) {
      const id = node.getAttribute(key)!.slice(5, -1);
      if (ids.has(id)) node.setAttribute(key, `url(#${ids.get(id)})`);
    }
  }
}

/** The element's lines: on one line when it holds only text and inline elements, else one child per line. */
function printed(element: Element, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const children = Array.from(element.childNodes);
  const inline = children.every((n) => n.nodeType !== n.ELEMENT_NODE || INLINE.has((n as Element).localName));
  if (element.localName !== 'style' && inline) return [indent + element.outerHTML];
  const shallow = (element.cloneNode(false) as Element).outerHTML;
  const close = shallow.slice(shallow.lastIndexOf('</'));
  const lines = [indent + shallow.slice(0, shallow.length - close.length)];
  if (element.localName === 'style') {
    for (const line of element.innerHTML.trim().split('\n')) lines.push(`${indent}  ${line}`);
  } else {
    for (const node of children) {
      if (node.nodeType === node.ELEMENT_NODE) lines.push(...printed(node as Element, depth + 1));
      else if (node.nodeType === node.TEXT_NODE && node.textContent!.trim() !== '') {
        const text = element.ownerDocument.createElement('span');
        text.textContent = node.textContent!.trim();
        lines.push(`${indent}  ${text.innerHTML}`);
      }
    }
  }
  lines.push(indent + close);
  return lines;
}
