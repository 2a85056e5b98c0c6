import { isShown, round, svgElement, userUnits } from './svg-element';

const ascents = new Map<string, number>();

/** Where the baseline sits in a line box, as a share of its height, for this font (canvas metrics). */
function ascentShare(style: CSSStyleDeclaration): number {
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  let share = ascents.get(font);
  if (share === undefined) {
    const context = document.createElement('canvas').getContext('2d');
    if (context) context.font = font;
    const metrics = context?.measureText('Hg');
    share = metrics && metrics.fontBoundingBoxAscent > 0 ? metrics.fontBoundingBoxAscent / (metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent) : 0.8;
    ascents.set(font, share);
  }
  return share;
}

interface Line {
  words: string[];
  left: number;
  right: number;
  top: number;
  height: number;
}

/** The lines a text node wraps into on screen, found word by word. */
function linesOf(node: Text): Line[] {
  const range = document.createRange();
  const lines: Line[] = [];
  for (const match of node.data.matchAll(/\S+/g)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const r = range.getBoundingClientRect();
    if (r.width === 0) continue;
    const line = lines.at(-1);
    if (line && Math.abs(r.top - line.top) < line.height / 2) {
      line.words.push(match[0]);
      line.right = r.right;
    } else lines.push({ words: [match[0]], left: r.left, right: r.right, top: r.top, height: r.height });
  }
  return lines;
}

/**
 * Every line of HTML text in the figure (title, caption, labels, legend, provenance) as an SVG
 * <text> at the same place, in the computed font and colour; textLength keeps each line its
 * measured width when the file is opened where the web font is missing.
 */
export function htmlTextLines(root: HTMLElement, origin: DOMRect): SVGTextElement[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: SVGTextElement[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('svg') || !isShown(parent) || !(node as Text).data.trim()) continue;
    const style = getComputedStyle(parent);
    const share = ascentShare(style);
    for (const line of linesOf(node as Text)) {
      texts.push(svgElement('text', {
        x: round(line.left - origin.left),
        y: round(line.top - origin.top + line.height * share),
        textLength: round(line.right - line.left),
        lengthAdjust: 'spacing',
        fill: style.color,
        'font-family': style.fontFamily,
        'font-size': userUnits(style.fontSize),
        'font-weight': style.fontWeight,
        'font-style': style.fontStyle,
      }, line.words.join(' ')));
    }
  }
  return texts;
}
