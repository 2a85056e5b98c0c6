/** WCAG 2 contrast arithmetic, shared by the theme unit test and the e2e readability test. */
export type Rgba = readonly [r: number, g: number, b: number, a: number];

const rgba = (r: number, g: number, b: number, a = 1): Rgba => [r, g, b, a];

/** "#rgb", "#rrggbb", "rgb(r, g, b)" or "rgba(r, g, b, a)"; null for anything else. */
export function parseColor(css: string): Rgba | null {
  const text = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return rgba(byte(0), byte(2), byte(4));
  }
  const args = /^rgba?\(([^)]+)\)$/.exec(text)?.[1];
  const parts = args?.split(/[\s,/]+/).filter(Boolean).map(Number) ?? [];
  if (parts.length < 3 || parts.some((n) => Number.isNaN(n))) return null;
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return rgba(r, g, b, a);
}

/** A translucent colour as it shows over an opaque one. */
export function over([r, g, b, a]: Rgba, [r2, g2, b2]: Rgba): Rgba {
  const mix = (top: number, bottom: number) => top * a + bottom * (1 - a);
  return rgba(mix(r, r2), mix(g, g2), mix(b, b2));
}

/** An sRGB channel (0–255) as linear light (0–1). */
export const linearChannel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export const relativeLuminance = ([r, g, b]: Rgba): number => 0.2126 * linearChannel(r) + 0.7152 * linearChannel(g) + 0.0722 * linearChannel(b);

/** Text colour against an opaque background, 1 to 21. */
export function contrastRatio(text: Rgba, background: Rgba): number {
  const a = relativeLuminance(over(text, background));
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
