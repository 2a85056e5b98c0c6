/**
 * Series colours for criteria, in scheme order: Paul Tol's muted then light palettes,
 * distinct for common colour-vision deficiencies as far as 18 hues can be; the legend,
 * tooltip, data table and "why" table carry the names, so colour is never the only key.
 * The hues are CSS tokens (ranking.css): on the dark themes the three darkest are lightened.
 */
export const CRITERION_COLOR_COUNT = 18;

export const criterionColor = (i: number): string => `var(--criterion-${((i % CRITERION_COLOR_COUNT) + CRITERION_COLOR_COUNT) % CRITERION_COLOR_COUNT})`;
