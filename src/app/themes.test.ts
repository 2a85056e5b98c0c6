import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../domain/evaluation/status';
import { THEMES, type Theme } from '../lib/state/appearance';
import { DICHROMACIES, perceivedDistance } from '../testing/colour-vision';
import { contrastRatio, parseColor, type Rgba } from '../testing/contrast';

/** The tokens of each theme, read from themes.css: the light ones on :root, the others on top. */
function themeTokens(): Record<Theme, Map<string, string>> {
  const css = readFileSync(new URL('./themes.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const blocks = new Map<string, Map<string, string>>();
  for (const [, selector = '', body = ''] of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const declarations = [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name = '', value = '']) => [name, value.trim()] as const);
    if (declarations.length > 0) blocks.set(selector.trim(), new Map(declarations));
  }
  const root = blocks.get(':root') ?? new Map<string, string>();
  const on = (theme: string) => new Map([...root, ...(blocks.get(`[data-theme='${theme}']`) ?? [])]);
  return { light: root, dark: on('dark'), contrast: on('contrast') };
}

const TOKENS = themeTokens();

function colour(theme: Theme, token: string): Rgba {
  let value = TOKENS[theme].get(`--${token}`);
  for (let hops = 0; value?.startsWith('var(') && hops < 5; hops++) value = TOKENS[theme].get(value.slice(4, -1).trim());
  const parsed = value === undefined ? null : parseColor(value);
  if (!parsed) throw new Error(`--${token} in the ${theme} theme is not a colour: ${value}`);
  return parsed;
}

/** Text token on background token, as the stylesheets pair them. */
const TEXT_PAIRS: [string, string][] = [
  ['ink', 'paper'], ['ink', 'panel'], ['ink-soft', 'paper'], ['ink-soft', 'panel'], ['accent', 'paper'], ['accent', 'panel'],
  ['accent-ink', 'accent'], ['ink', 'field-bg'], ['ink', 'selected'], ['ink-soft', 'selected'], ['ink', 'highlight'], ['muted-ink', 'muted-bg'],
  ['danger', 'paper'], ['warning', 'paper'], ['success', 'paper'],
  ['header-ink', 'header-bg'], ['header-ink-soft', 'header-bg'], ['header-ink', 'header-hover'], ['header-current-ink', 'header-current-bg'],
  ['chart-axis', 'paper'], ['chart-label', 'paper'], ['chart-plan', 'paper'],
  ...STATUSES.map((s): [string, string] => [`status-${s}-ink`, `status-${s}-tint`]),
];

/** Lines and marks that must be seen against the page (WCAG 1.4.11: 3:1). */
const MARK_PAIRS: [string, string][] = [
  ['chart-actual', 'paper'], ['chart-plan', 'paper'], ['chart-plan-bar', 'paper'], ['chart-derived-plan-line', 'paper'], ['field-line', 'paper'], ['focus', 'paper'],
];

/** AA for the light and dark themes; the high-contrast theme promises AAA (7:1). */
const TEXT_MINIMUM: Record<Theme, number> = { light: 4.5, dark: 4.5, contrast: 7 };

describe.each(THEMES)('the %s theme', (theme) => {
  it.each(TEXT_PAIRS)(`--%s on --%s is readable`, (text, background) => {
    expect(contrastRatio(colour(theme, text), colour(theme, background))).toBeGreaterThanOrEqual(TEXT_MINIMUM[theme]);
  });

  it.each(MARK_PAIRS)('--%s stands out from --%s', (mark, background) => {
    expect(contrastRatio(colour(theme, mark), colour(theme, background))).toBeGreaterThanOrEqual(3);
  });

  // Status is never colour alone (icons, words), but its colours should still tell statuses apart.
  it.each(DICHROMACIES)('keeps status colours apart with %s', (vision) => {
    for (const [i, a] of STATUSES.entries()) {
      for (const b of STATUSES.slice(i + 1)) {
        const apart = Math.max(
          perceivedDistance(colour(theme, `status-${a}-tint`), colour(theme, `status-${b}-tint`), vision),
          perceivedDistance(colour(theme, `status-${a}-ink`), colour(theme, `status-${b}-ink`), vision),
        );
        expect(apart, `${a} / ${b}`).toBeGreaterThanOrEqual(6);
      }
    }
  });
});
