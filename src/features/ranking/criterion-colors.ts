/**
 * Series colours for criteria, in scheme order: Paul Tol's muted then light palettes,
 * distinct for common colour-vision deficiencies as far as 18 hues can be; the legend,
 * tooltip, data table and "why" table carry the names, so colour is never the only key.
 */
export const CRITERION_COLORS = [
  '#332288', '#88CCEE', '#44AA99', '#117733', '#999933', '#DDCC77', '#CC6677', '#882255', '#AA4499',
  '#77AADD', '#EE8866', '#EEDD88', '#FFAABB', '#99DDFF', '#BBCC33', '#AAAA00', '#555555', '#DDDDDD',
] as const satisfies readonly string[];

export const criterionColor = (i: number): string => CRITERION_COLORS[i % CRITERION_COLORS.length] ?? '#555555';
