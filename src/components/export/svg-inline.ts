import { round, svgElement, userUnits } from './svg-element';

/** The computed paint and type each drawn element gets, so the file needs no stylesheet or CSS variable. */
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'opacity'] as const;
const TYPE = ['font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline'] as const;

function inlineComputedStyles(original: Element, copy: Element) {
  const originals = [original, ...original.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const hidden: Element[] = [];
  originals.forEach((source, i) => {
    const target = copies[i];
    if (!target) return;
    const style = getComputedStyle(source);
    if (style.display === 'none' || style.visibility === 'hidden') {
      hidden.push(target);
      return;
    }
    for (const property of source instanceof SVGTextContentElement ? [...PAINT, ...TYPE] : PAINT) {
      target.setAttribute(property, userUnits(style.getPropertyValue(property)));
    }
    target.removeAttribute('class');
    target.removeAttribute('style');
  });
  for (const element of hidden) element.remove();
}

/** A chart's own <svg> (Recharts surface, legend icon) copied with its styles, placed where it is on screen. */
export function placedSvg(svg: SVGSVGElement, origin: DOMRect): SVGElement {
  const rect = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineComputedStyles(svg, copy);
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${round(rect.width)} ${round(rect.height)}`);
  copy.setAttribute('overflow', getComputedStyle(svg).overflow === 'visible' ? 'visible' : 'hidden');
  const placed = svgElement('svg', { x: round(rect.left - origin.left), y: round(rect.top - origin.top), width: round(rect.width), height: round(rect.height) });
  for (const name of ['viewBox', 'overflow', 'preserveAspectRatio'] as const) {
    const value = copy.getAttribute(name);
    if (value) placed.setAttribute(name, value);
  }
  placed.append(...copy.childNodes);
  return placed;
}
