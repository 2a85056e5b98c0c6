/** How the dashboard looks to the reader: a colour theme and a text size, both remembered. */
export const THEMES = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Text-size steps (A− A A+), as multiples of the browser's root font size. */
export const FONT_SCALES = [1, 1.125, 1.25, 1.5] as const;
export type FontScale = (typeof FONT_SCALES)[number];

export const DEFAULT_FONT_SCALE: FontScale = 1;

/** A remembered value from an older version, or edited by hand, falls back to the default. */
export const knownTheme = (value: unknown): Theme => THEMES.find((t) => t === value) ?? 'light';
export const knownFontScale = (value: unknown): FontScale => FONT_SCALES.find((s) => s === value) ?? DEFAULT_FONT_SCALE;

/** The next step up (+1) or down (−1), staying within the steps. */
export function stepFontScale(current: number, by: -1 | 1): FontScale {
  const at = FONT_SCALES.indexOf(knownFontScale(current));
  return FONT_SCALES[Math.min(Math.max(at + by, 0), FONT_SCALES.length - 1)] ?? DEFAULT_FONT_SCALE;
}

export const canStepFontScale = (current: number, by: -1 | 1): boolean => stepFontScale(current, by) !== current;

/** Pressing a theme's toggle turns it on, or back to the light theme when it is already on. */
export const toggleTheme = (current: Theme, pressed: Exclude<Theme, 'light'>): Theme => (current === pressed ? 'light' : pressed);
