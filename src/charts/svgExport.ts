/**
 * Exporting a chart as a picture that stands on its own when pasted into a slide: the title on
 * top, then the legend (Plot draws swatch legends as HTML, so they are redrawn here as SVG; ramp
 * legends are SVG and are copied), the chart, and under it the definition, as-of and data-source
 * lines wrapped to the width. A PNG is drawn from it through an Image on a blob: URL (the CSP
 * allows img-src blob:).
 */
import { textWidth, wrapToWidth } from './chartData.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const FONT =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const TITLE_SIZE = 17;
const LEGEND_SIZE = 12;
const CAPTION_SIZE = 12;

interface Swatch {
  color: string;
  label: string;
}

/** Plot's swatch legends (`<span>`s each holding a small `<svg fill=…>` and the label). */
function swatchesOf(figure: Element): Swatch[] {
  const swatches: Swatch[] = [];
  for (const legend of Array.from(figure.children)) {
    if (legend.tagName.toLowerCase() !== 'div') continue;
    for (const span of Array.from(legend.querySelectorAll('span'))) {
      const mark = span.querySelector('svg');
      if (!mark) continue;
      const color = mark.getAttribute('fill') ?? mark.querySelector('[fill]')?.getAttribute('fill') ?? '#888';
      swatches.push({ color, label: span.textContent?.trim() ?? '' });
    }
  }
  return swatches;
}

/**
 * Canvases a chart shows in the SVG (clusters/canvasDots.ts) as PNG `<image>`s in its copy: a
 * copied canvas is blank, and a picture must stand on its own. Encoded here, at export, not at
 * every redraw.
 */
function canvasPictures(plot: SVGSVGElement, copy: SVGSVGElement): void {
  const shown = Array.from(plot.querySelectorAll('foreignObject[data-canvas-picture]'));
  const copied = Array.from(copy.querySelectorAll('foreignObject[data-canvas-picture]'));
  shown.forEach((holder, k) => {
    const canvas = holder.querySelector('canvas');
    const image = copy.ownerDocument.createElementNS(SVG_NS, 'image');
    for (const name of ['x', 'y', 'width', 'height']) {
      const value = holder.getAttribute(name);
      if (value !== null) image.setAttribute(name, value);
    }
    if (canvas) image.setAttribute('href', canvas.toDataURL('image/png'));
    copied[k]?.replaceWith(image);
  });
}

/**
 * A standalone SVG document of the chart Plot drew into `host` (an `<svg>`, or a `<figure>` with
 * legends), with `title` on top and `lines` (definition, as-of, source) under it.
 */
export function exportableSvg(
  host: Element,
  title: string,
  lines: string[],
): { text: string; width: number; height: number } | null {
  const svgs = Array.from(host.querySelectorAll<SVGSVGElement>('svg')).filter((s) => !s.closest('span'));
  const plot = svgs.at(-1);
  if (!plot) return null;
  const doc = host.ownerDocument;
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const plotWidth = Number(plot.getAttribute('width')) || 640;
  const plotHeight = Number(plot.getAttribute('height')) || 400;
  const width = plotWidth + 2 * PAD;
  const inner = width - 2 * PAD;
  const root = el('svg', { xmlns: SVG_NS, width, 'font-family': FONT, 'text-anchor': 'start' });
  root.append(el('title', {}, title), el('desc', {}, lines.join('\n')));
  const background = el('rect', { width: '100%', height: '100%', fill: '#ffffff' });
  root.append(background);

  let y = PAD;
  for (const line of wrapToWidth(title, inner, TITLE_SIZE)) {
    y += TITLE_SIZE * 1.25;
    root.append(el('text', { x: PAD, y, 'font-size': TITLE_SIZE, 'font-weight': 600, fill: '#1c2430' }, line));
  }
  y += 8;

  const swatches = swatchesOf(host.firstElementChild ?? host);
  let x = PAD;
  if (swatches.length > 0) y += LEGEND_SIZE * 1.4;
  for (const s of swatches) {
    const w = 14 + 6 + textWidth(s.label, LEGEND_SIZE) + 18;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += LEGEND_SIZE * 1.6;
    }
    root.append(el('rect', { x, y: y - LEGEND_SIZE + 1, width: 12, height: 12, fill: s.color }));
    root.append(el('text', { x: x + 18, y, 'font-size': LEGEND_SIZE, fill: '#1c2430' }, s.label));
    x += w;
  }
  if (swatches.length > 0) y += 8;

  for (const legend of svgs.slice(0, -1)) {
    const copy = legend.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('x', String(PAD));
    copy.setAttribute('y', String(y));
    root.append(copy);
    y += (Number(legend.getAttribute('height')) || 50) + 4;
  }

  const chart = plot.cloneNode(true) as SVGSVGElement;
  canvasPictures(plot, chart);
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(y));
  root.append(chart);
  y += plotHeight + 8;

  const caption = el('g', { 'font-size': CAPTION_SIZE, fill: '#4a5566' });
  for (const line of lines.flatMap((l) => wrapToWidth(l, inner, CAPTION_SIZE))) {
    y += CAPTION_SIZE * 1.4;
    caption.append(el('text', { x: PAD, y }, line));
  }
  root.append(caption);
  const height = Math.ceil(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new (doc.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(root)}`;
  return { text, width, height };
}

/** The SVG drawn into a canvas at `scale` × its size, as PNG bytes. */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas context');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((done, fail) =>
      canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves bytes or text as a file through a temporary blob: link. */
export function download(content: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
