/**
 * The whole sequence diagram as a file: the SVG on screen (every arrow is in it, not only what
 * is scrolled into view), with the styles the page's stylesheet gives it written onto each
 * element, so that it looks the same outside the page; and as a PNG 1920 px wide, legible on a
 * slide.
 */

/** The properties that draw the diagram, copied from the page's computed styles. */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
  // The labels' halo: a white stroke drawn under the glyphs. Without it the stroke covered them,
  // and every label and state name came out as a white blob.
  'paint-order',
  'stroke-linejoin',
  'stroke-linecap',
] as const;

/** A slide's width: the PNG is drawn this wide. */
export const PNG_WIDTH = 1920;

export function diagramSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((element, i) => {
    const target = to[i];
    if (!target) return;
    const style = getComputedStyle(element);
    const parent =
      element === svg || !element.parentElement ? null : getComputedStyle(element.parentElement);
    // Only what differs from the parent (these properties inherit), to keep the file small.
    const kept = PROPS.filter((p) => {
      const value = style.getPropertyValue(p);
      if (p === 'opacity') return value !== '1';
      if (p === 'display') return value === 'none';
      return parent === null || parent.getPropertyValue(p) !== value;
    });
    // As SVG presentation attributes, not a style attribute: the page's CSP refuses inline
    // styles (each export logged dozens of refusals), and the file needs no stylesheet.
    target.removeAttribute('style');
    for (const p of kept) target.setAttribute(p, style.getPropertyValue(p));
    target.removeAttribute('class');
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // The diagram's own panel under it, as on the page: an image viewer's background may be dark,
  // and the labels' halos and plates are of the panel's colour, which on the page's colour showed
  // round every label as a pale box.
  const page = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  page.setAttribute('width', '100%');
  page.setAttribute('height', '100%');
  page.setAttribute('fill', panelColour(svg));
  copy.insertBefore(page, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/** The colour the diagram is drawn on: its own background, else the page's, else white. */
function panelColour(svg: SVGSVGElement): string {
  const transparent = (c: string) => c === '' || c === 'transparent' || c === 'rgba(0, 0, 0, 0)';
  const own = getComputedStyle(svg).backgroundColor;
  if (!transparent(own)) return own;
  const body = getComputedStyle(document.body).backgroundColor;
  return transparent(body) ? '#fff' : body;
}

export async function diagramPng(svg: SVGSVGElement): Promise<Blob | null> {
  const text = diagramSvg(svg);
  const width = svg.viewBox.baseVal.width || svg.clientWidth;
  const height = svg.viewBox.baseVal.height || svg.clientHeight;
  const scale = PNG_WIDTH / Math.max(1, width);
  // A data: URL, which the page's Content-Security-Policy allows for images (blob: it does not).
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
