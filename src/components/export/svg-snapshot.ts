import { xmlLegal } from '../../domain/text/safe-text';
import { placedSvg } from './svg-inline';
import { isPainted, isShown, round, svgElement, SVG_NS } from './svg-element';
import { htmlTextLines } from './svg-text';

/** Backgrounds and borders of the figure's HTML boxes (status badges, flags, row rules). */
function boxShapes(element: HTMLElement, origin: DOMRect): SVGElement[] {
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return [];
  const x = rect.left - origin.left;
  const y = rect.top - origin.top;
  const border = parseFloat(style.borderTopWidth);
  const framed = style.borderTopStyle !== 'none' && border > 0 && ['Right', 'Bottom', 'Left'].every((side) => style.getPropertyValue(`border-${side.toLowerCase()}-width`) === style.borderTopWidth);
  const shapes: SVGElement[] = [];
  if (isPainted(style.backgroundColor) || framed) {
    shapes.push(svgElement('rect', {
      x: round(x + (framed ? border / 2 : 0)), y: round(y + (framed ? border / 2 : 0)),
      width: round(rect.width - (framed ? border : 0)), height: round(rect.height - (framed ? border : 0)),
      rx: round(Math.min(parseFloat(style.borderTopLeftRadius) || 0, rect.height / 2)),
      fill: isPainted(style.backgroundColor) ? style.backgroundColor : 'none',
      ...(framed ? { stroke: style.borderTopColor, 'stroke-width': border } : {}),
    }));
  }
  // A rule above or below (table rows, the provenance block).
  for (const side of framed ? [] : (['top', 'bottom'] as const)) {
    const width = parseFloat(style.getPropertyValue(`border-${side}-width`));
    if (style.getPropertyValue(`border-${side}-style`) === 'none' || !(width > 0)) continue;
    const lineY = round(side === 'top' ? y + width / 2 : y + rect.height - width / 2);
    shapes.push(svgElement('line', { x1: round(x), x2: round(x + rect.width), y1: lineY, y2: lineY, stroke: style.getPropertyValue(`border-${side}-color`), 'stroke-width': width }));
  }
  return shapes;
}

/**
 * A figure as a standalone SVG file: its boxes, its charts' own vector shapes and every line of
 * its text, placed where the screen shows them, with computed colours and fonts written on each
 * element (no stylesheet, no CSS variables), on the page's background colour.
 */
export function figureToSvg(figure: HTMLElement, title: string, background: string): string {
  const origin = figure.getBoundingClientRect();
  const width = Math.ceil(origin.width);
  const height = Math.ceil(origin.height);
  const root = svgElement('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  root.append(svgElement('title', {}, title), svgElement('rect', { width, height, fill: background }));
  const boxes = [figure, ...figure.querySelectorAll<HTMLElement>('*')].filter((e) => e instanceof HTMLElement && isShown(e));
  root.append(...boxes.flatMap((element) => boxShapes(element, origin)));
  const charts = [...figure.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg') && isShown(svg));
  root.append(...charts.map((svg) => placedSvg(svg, origin)));
  root.append(...htmlTextLines(figure, origin));
  // The serialiser writes a name's control characters as they are; XML forbids them, so the file keeps only legal ones.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlLegal(new XMLSerializer().serializeToString(root))}\n`;
}
