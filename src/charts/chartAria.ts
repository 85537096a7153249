/**
 * Names the SVGs of a drawn Plot chart for assistive technology. The plot is one image
 * (role="img") named by `name` and described by the element `describedBy` points at. The
 * `aria-label`s Plot puts on its mark groups ("bar", "rule", "tip") are taken off: they name
 * nothing a listener needs, and ARIA forbids a name on a <g> with no role. A colour ramp legend
 * is an image of its own, named `legendName`; the swatches of a categorical legend are
 * decoration beside their text.
 */
export function labelChartSvgs(root: Element, names: { name: string; legendName: string; describedBy?: string }): void {
  const svgs = [...(root instanceof SVGSVGElement ? [root] : []), ...root.querySelectorAll('svg')];
  for (const svg of svgs) {
    if (svg.parentElement?.closest('svg')) continue;
    const classes = svg.getAttribute('class') ?? '';
    if (svg.closest('[class*="-swatch"]') || /-swatch/.test(classes)) {
      svg.setAttribute('aria-hidden', 'true');
      continue;
    }
    unnameMarks(svg);
    // Plot draws a tip again as the pointer moves: take its name off each time.
    new MutationObserver(() => unnameMarks(svg)).observe(svg, { childList: true, subtree: true });
    svg.setAttribute('role', 'img');
    if (/-ramp/.test(classes)) {
      svg.setAttribute('aria-label', names.legendName);
      continue;
    }
    svg.setAttribute('aria-label', names.name);
    if (names.describedBy) svg.setAttribute('aria-describedby', names.describedBy);
  }
}

function unnameMarks(svg: SVGSVGElement) {
  for (const inner of svg.querySelectorAll('[aria-label], [aria-description]')) {
    inner.removeAttribute('aria-label');
    inner.removeAttribute('aria-description');
  }
}
