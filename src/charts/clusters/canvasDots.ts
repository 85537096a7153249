/**
 * A render transform for Plot's dot mark that paints the dots on a canvas and puts the picture
 * in the SVG as one `<image>`: thousands of SVG circles cost the browser hundreds of
 * milliseconds of style, layout and paint on every redraw, one image a few. The picture is a
 * PNG data URL, so the chart's SVG and PNG exports keep the dots. Where there is no canvas (a
 * test's jsdom), the dots are drawn as SVG circles as usual.
 */
import type { RenderFunction } from '@observablehq/plot';

/** Pixels per CSS pixel of the picture: 1, since encoding the PNG costs in proportion to its pixels (49 ms at 2). */
const DENSITY = 1;

export const canvasDots =
  (radius: number, opacity: number): RenderFunction =>
  (index, scales, values, dimensions, context, next) => {
    const document = context.document;
    const canvas = document.createElement('canvas');
    const { width, height } = dimensions;
    canvas.width = width * DENSITY;
    canvas.height = height * DENSITY;
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
    paint.scale(DENSITY, DENSITY);
    paint.globalAlpha = opacity;
    for (const i of index) {
      paint.fillStyle = fill ? fill[i] : 'currentColor';
      paint.beginPath();
      paint.arc(x[i], y[i], radius, 0, 2 * Math.PI);
      paint.fill();
    }
    const image = document.createElementNS('http://www.w3.org/2000/svg', 'image');
    image.setAttribute('width', String(width));
    image.setAttribute('height', String(height));
    image.setAttribute('href', canvas.toDataURL('image/png'));
    return image;
  };
