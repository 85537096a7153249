/**
 * A render transform for Plot's dot mark that paints the dots on a canvas and puts the canvas
 * itself in the SVG (in a `<foreignObject>`): thousands of SVG circles cost the browser hundreds
 * of milliseconds of style, layout and paint on every redraw, one canvas a few. The canvas is
 * not encoded for display (a PNG data URL cost ~40 ms a redraw, most of a k change); an export
 * turns it into a PNG `<image>` then (svgExport.ts, `canvasPictures`). Where there is no canvas
 * (a test's jsdom), the dots are drawn as SVG circles as usual.
 */
import type { RenderFunction } from '@observablehq/plot';

/** Canvas pixels per CSS pixel: the screen's, at most 2 (painting costs in proportion). */
const density = () => Math.min(2, Math.max(1, globalThis.devicePixelRatio || 1));

export const canvasDots =
  (radius: number, opacity: number): RenderFunction =>
  (index, scales, values, dimensions, context, next) => {
    const document = context.document;
    const canvas = document.createElement('canvas');
    const { width, height } = dimensions;
    const scale = density();
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    let paint: CanvasRenderingContext2D | null;
    try {
      paint = canvas.getContext('2d');
    } catch {
      // jsdom has no canvas: it says so by throwing or by answering null.
      paint = null;
    }
    if (!paint) return next!(index, scales, values, dimensions, context);
    const x = values.x as ArrayLike<number>;
    const y = values.y as ArrayLike<number>;
    const fill = values.fill as ArrayLike<string> | undefined;
    paint.scale(scale, scale);
    paint.globalAlpha = opacity;
    for (const i of index) {
      paint.fillStyle = fill ? fill[i] : 'currentColor';
      paint.beginPath();
      paint.arc(x[i], y[i], radius, 0, 2 * Math.PI);
      paint.fill();
    }
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.style.display = 'block';
    const holder = document.createElementNS('http://www.w3.org/2000/svg', 'foreignObject');
    holder.setAttribute('width', String(width));
    holder.setAttribute('height', String(height));
    holder.setAttribute('data-canvas-picture', '');
    holder.append(canvas);
    return holder;
  };
