import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every view of the dashboard, with a selection that has data. */
export const VIEWS = [
  { name: 'overview', path: '/?year=2020' },
  { name: 'overview-2016', path: '/?year=2016' },
  { name: 'district', path: '/district/tan-uyen?year=2020' },
  { name: 'district-2019', path: '/district/tp-lai-chau?year=2019' },
  { name: 'indicator', path: '/indicator/budget_revenue?year=2019' },
  { name: 'trend', path: '/trend?area=lai-chau&indicator=budget_revenue' },
  { name: 'in-year', path: '/in-year?year=2025&area=lai-chau&indicator=grdp_growth' },
  { name: 'data', path: '/data?year=2020' },
  { name: 'ranking', path: '/ranking?year=2019' },
  { name: 'report', path: '/report?year=2019' },
  { name: 'upload', path: '/upload?year=2020' },
] as const;

/** Waits until the dataset is loaded and the page has its heading. */
export async function openView(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
}

/** Words that must never reach a reader. */
export async function expectNoBrokenText(page: Page) {
  const text = await page.locator('body').innerText();
  for (const bad of ['NaN', 'Infinity', 'undefined', '[object Object]', 'null']) expect(text, `page shows "${bad}"`).not.toContain(bad);
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}
