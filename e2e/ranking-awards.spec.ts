import { expect, test } from './test';
import { builtInIndex } from './built-in-data';
import { defaultSchemeFor, rankAreas } from '../src/domain/scoring/scoring';
import { formatNumber } from '../src/domain/numbers/format';
import { roundScore } from '../src/domain/scoring/scoring';
import { openView } from './fixtures';

/** The awards of the 7-province cluster for 2016 (seed 002), shown beside the computed ranking, never in it (issue 13 §3). */
const index = builtInIndex();
const provinces = index.unitsOf('cum-7-tinh', 2016).map((a) => a.id);
const ranking = rankAreas(index, provinces, 2016, { ...defaultSchemeFor(index, provinces, 2016), level: 'province' });
const scores = ranking.map((r) => (r.score.kind === 'value' ? formatNumber(roundScore(r.score.value), 'vi', 2, 2) : 'không có điểm'));

test('the cluster’s 2016 ranking shows the awards proposed, with their source, and the scores stay the computed ones', async ({ page }) => {
  await openView(page, '/ranking?year=2016&level=cluster');
  const panel = page.getByRole('region', { name: 'Khen thưởng đã quyết định / đề nghị, năm 2016' });
  const rows = panel.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByRole('rowheader')).toHaveText('Lạng Sơn');
  await expect(rows.nth(0)).toContainText('Cờ thi đua của Chính phủ');
  await expect(rows.nth(0)).toContainText('đề nghị');
  await expect(rows.nth(0)).toContainText('tỉnh Lạng Sơn được đề nghị tặng Cờ thi đua của Chính phủ');
  await expect(rows.nth(0)).toContainText('Ban Thi đua - Khen thưởng Trung ương, 29/3/2017');
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Lào Cai');
  await expect(rows.nth(1)).toContainText('Bằng khen của Thủ tướng Chính phủ');
  await expect(rows.nth(1)).toContainText('đề nghị');
  await expect(panel).toContainText('Không tính vào điểm');

  // Never mixed into the score: the ranking table shows exactly what the scoring function computes without awards.
  const shown = await page.getByRole('table', { name: 'Bảng xếp hạng năm 2016' }).locator('tbody tr[data-area]').getByTestId('score').evaluateAll((cells) => cells.map((c) => c.childNodes[0]?.textContent ?? ''));
  expect(shown).toEqual(scores);
});

test('in English the titles and statuses are English; a year without awards says so', async ({ page }) => {
  await openView(page, '/ranking?year=2016&level=cluster&lang=en');
  const panel = page.getByRole('region', { name: 'Awards decided / proposed, 2016' });
  await expect(panel.locator('tbody tr').nth(0)).toContainText('Emulation flag of the Government');
  await expect(panel.locator('tbody tr').nth(1)).toContainText('Certificate of merit of the Prime Minister');
  await expect(panel.locator('tbody tr').nth(1)).toContainText('proposed');

  await openView(page, '/ranking?year=2019');
  await expect(page.getByText('Chưa có số liệu khen thưởng của các đơn vị này năm 2019.')).toBeVisible();
});

for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test(`screenshot: the cluster’s 2016 ranking with its awards at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openView(page, '/ranking?year=2016&level=cluster');
    await expect(page.getByRole('region', { name: /Khen thưởng đã quyết định/ })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/ranking-awards-cluster-2016-${size.width}x${size.height}.png`, fullPage: true });
  });
}
