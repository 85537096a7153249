/**
 * Exporting a chart: the Plot SVG made standalone (namespaces, a white background, a <title>,
 * a <desc> and the definition and as-of lines drawn under the chart), and a PNG drawn from it
 * through an Image on a blob: URL (the CSP allows img-src blob:).
 */
import { wrapText } from './chartData.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LINE_HEIGHT = 15;

/** A standalone SVG document of `svg` with `title`, and `lines` (definition, as-of) written under it. */
export function exportableSvg(
  svg: SVGSVGElement,
  title: string,
  lines: string[],
): { text: string; width: number; height: number } {
  const doc = svg.ownerDocument;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const width = Number(svg.getAttribute('width')) || 640;
  const height = Number(svg.getAttribute('height')) || 400;
  const wrapped = lines.flatMap((line) => wrapText(line, Math.max(40, Math.floor(width / 6.2))));
  const total = height + 10 + wrapped.length * LINE_HEIGHT;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(total));
  copy.setAttribute('viewBox', `0 0 ${width} ${total}`);
  const titleEl = doc.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  const descEl = doc.createElementNS(SVG_NS, 'desc');
  descEl.textContent = lines.join('\n');
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  const firstDrawn = Array.from(copy.children).find((c) => c.tagName.toLowerCase() !== 'style') ?? null;
  copy.insertBefore(background, firstDrawn);
  copy.insertBefore(descEl, copy.firstChild);
  copy.insertBefore(titleEl, copy.firstChild);
  const caption = doc.createElementNS(SVG_NS, 'g');
  caption.setAttribute('font-family', 'system-ui, sans-serif');
  caption.setAttribute('font-size', '11');
  caption.setAttribute('fill', '#5b6676');
  wrapped.forEach((line, i) => {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', '4');
    text.setAttribute('y', String(height + 10 + (i + 0.75) * LINE_HEIGHT));
    text.textContent = line;
    caption.append(text);
  });
  copy.append(caption);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new (doc.defaultView?.XMLSerializer ?? XMLSerializer)().serializeToString(copy)}`;
  return { text, width, height: total };
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
