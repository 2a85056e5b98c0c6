export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with its attributes (and text), for files built outside React. */
export function svgElement<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** "14px" → "14", "3px, 3px" → "3, 3": unitless user units read the same in every SVG tool. */
export const userUnits = (value: string) => value.replace(/(\d)px/g, '$1');

/** Whether a computed colour paints anything. */
export const isPainted = (color: string) => color !== '' && color !== 'transparent' && color !== 'none' && !/^rgba\(.*,\s*0\)$/.test(color);

/** Rounded to a tenth of a pixel: smaller files, no visible change. */
export const round = (n: number) => Math.round(n * 10) / 10;

/** Whether a reader sees the element: shown, not invisible, not one of the screen-reader-only labels. */
export const isShown = (element: Element) =>
  element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !element.closest('.visually-hidden, .recharts-tooltip-wrapper');
