import { expect, type Page } from '@playwright/test';
import { contrastRatio, over, parseColor, type Rgba } from '../src/testing/contrast';

export type ThemeChoice = 'dark' | 'contrast';

/** The header toggles, found by role and name as a reader finds them. */
export const THEME_BUTTON: Record<ThemeChoice, string> = { dark: 'Nền tối', contrast: 'Tương phản cao' };

/** Turns a theme on with its header toggle and waits until the page wears it. */
export async function chooseTheme(page: Page, theme: ThemeChoice) {
  const toggle = page.getByRole('button', { name: THEME_BUTTON[theme], exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

export const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

interface Sample {
  text: string;
  colour: string;
  /** Background colours from the element outwards, up to the first opaque one. */
  backgrounds: string[];
}

const WHITE: Rgba = [255, 255, 255, 1];

/**
 * The contrast of up to `limit` visible elements matching `selector`: text colour (SVG fill
 * for chart text) against the backgrounds it sits on, composited as the reader sees them.
 */
export async function contrastOf(page: Page, selector: string, limit = 15): Promise<{ text: string; ratio: number }[]> {
  const samples = await page.locator(selector).evaluateAll((elements, max): Sample[] => {
    const shown = elements.filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden') && (el.textContent ?? '').trim() !== '');
    return shown.slice(0, max).map((el) => {
      const style = getComputedStyle(el);
      const backgrounds: string[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const background = getComputedStyle(node).backgroundColor;
        backgrounds.push(background);
        if (/^rgb\(/.test(background)) break;
      }
      return { text: (el.textContent ?? '').trim().slice(0, 40), colour: el instanceof SVGElement ? style.fill : style.color, backgrounds };
    });
  }, limit);
  return samples.map(({ text, colour, backgrounds }) => {
    const ground = backgrounds.reduceRight<Rgba>((under, css) => over(parseColor(css) ?? [0, 0, 0, 0], under), WHITE);
    return { text, ratio: contrastRatio(parseColor(colour) ?? WHITE, ground) };
  });
}

/** Pairs of header controls (and page-header parts) whose boxes overlap, plus any sideways scroll. */
export function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const groups = [document.querySelectorAll('.app-header .brand, .app-header a, .app-header button'), document.querySelectorAll('.page-header > *, .page-controls > *')];
    for (const group of groups) {
      const boxes = [...group].filter((el) => el.getClientRects().length > 0).map((el) => ({ name: (el.textContent ?? '').trim().slice(0, 30), r: el.getBoundingClientRect() }));
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          const apart = a.r.right <= b.r.left + 1 || b.r.right <= a.r.left + 1 || a.r.bottom <= b.r.top + 1 || b.r.bottom <= a.r.top + 1;
          const nested = a.r.left <= b.r.left && a.r.right >= b.r.right && a.r.top <= b.r.top && a.r.bottom >= b.r.bottom;
          if (!apart && !nested) problems.push(`"${a.name}" overlaps "${b.name}"`);
        }
      });
    }
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    return problems;
  });
}
