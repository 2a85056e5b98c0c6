import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { builtInIndex } from './built-in-data';
import { formatNumber } from '../src/domain/numbers/format';
import { defaultSchemeFor, rankAreas, roundScore } from '../src/domain/scoring/scoring';
import type { ScoringScheme } from '../src/domain/scoring/scoring-scheme';
import { expectNoAxeViolations, expectNoBrokenText, openView } from './fixtures';

/** The expected ranking comes from the same domain function, over the same data files. */
const index = builtInIndex();
const districts = index.unitsOf('lai-chau', 2020).map((d) => d.id);
const nameOf = (id: string) => index.area(id)?.name ?? id;

function expected(year: number, scheme: ScoringScheme) {
  return rankAreas(index, districts, year, scheme).map((r) => ({ name: nameOf(r.area), score: r.score.kind === 'value' ? formatNumber(roundScore(r.score.value), 'vi', 2, 2) : 'không có điểm' }));
}
const withWeight = (scheme: ScoringScheme, indicator: string, weight: number): ScoringScheme => ({ ...scheme, criteria: scheme.criteria.map((c) => (c.indicator === indicator ? { ...c, weight } : c)) });

const rankingTable = (page: Page, year: number) => page.getByRole('table', { name: `Bảng xếp hạng năm ${year}` });
async function shownRanking(page: Page, year: number) {
  const rows = rankingTable(page, year).locator('tbody tr[data-area]');
  const names = await rows.getByRole('rowheader').allInnerTexts();
  const scores = await rows.getByTestId('score').evaluateAll((cells) => cells.map((c) => c.childNodes[0]?.textContent ?? ''));
  return names.map((name, i) => ({ name, score: scores[i] ?? '' }));
}
const viNumber = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

test.describe('the emulation ranking', () => {
  test('opens on the latest year, ranked exactly as the scoring function ranks', async ({ page }) => {
    await openView(page, '/ranking');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xếp hạng thi đua năm 2020');
    expect(await shownRanking(page, 2020)).toEqual(expected(2020, defaultSchemeFor(index, districts, 2020)));
    const phongTho = rankingTable(page, 2020).getByRole('row', { name: /Phong Thổ/ });
    await expect(phongTho).toContainText('không xếp hạng');
    await expect(phongTho).toContainText('0/2');
    // Under the 2020 criteria TP Lai Châu ranked 1st in 2019 (poverty rate 200% KH, capped at 150%), 3rd now.
    await expect(rankingTable(page, 2020).getByRole('row', { name: /Thành phố Lai Châu/ })).toContainText(/▼ 2|giảm 2 bậc/);
  });

  test('changing a weight reorders the districts exactly as the scoring function says', async ({ page }) => {
    await openView(page, '/ranking?year=2019');
    // Under the default (half the criteria) only Tam Đường ranks in 2019: weights reorder the units under "leave out".
    await page.getByLabel('Tiêu chí thiếu số liệu').selectOption('exclude');
    const scheme: ScoringScheme = { ...defaultSchemeFor(index, districts, 2019), missing: 'exclude', minCoverage: undefined };
    const before = expected(2019, scheme);
    expect(await shownRanking(page, 2019)).toEqual(before);
    await page.getByLabel('Trọng số: Đào tạo nghề').fill('5');
    const after = expected(2019, withWeight(scheme, 'vocational_training', 5));
    expect(after.map((r) => r.name)).not.toEqual(before.map((r) => r.name));
    await expect.poll(() => shownRanking(page, 2019)).toEqual(after);
    await expect(page).toHaveURL(/scheme=x;c;.*vocational_training:5:150/);
  });

  test('the "why" panel adds up, criterion by criterion, to the score shown', async ({ page }) => {
    await openView(page, '/ranking?year=2019');
    await rankingTable(page, 2019).getByRole('button', { name: 'Vì sao Phong Thổ xếp hạng này' }).click();
    const phongTho = page.getByRole('region', { name: 'Vì sao Phong Thổ xếp hạng này' });
    await expect(phongTho.getByRole('row', { name: /Thu ngân sách/ })).toContainText('203%');
    await expect(phongTho.getByRole('row', { name: /Thu ngân sách/ })).toContainText('áp trần');
    await expect(phongTho).toContainText('không tính (thiếu số liệu)');

    await page.getByLabel('Trọng số: Thu ngân sách nhà nước trên địa bàn').fill('2.5');
    const shown = await shownRanking(page, 2019);
    for (const { name, score } of shown) {
      await rankingTable(page, 2019).getByRole('button', { name: `Vì sao ${name} xếp hạng này` }).click();
      const panel = page.getByRole('region', { name: `Vì sao ${name} xếp hạng này` });
      await expect(panel.getByTestId('why-total')).toHaveText(score);
      const parts = (await panel.getByTestId('contribution').allInnerTexts()).filter((t) => t !== '—').map(viNumber);
      // Units without a score (too little data to rank) have no parts to add up.
      if (score === 'không có điểm') expect(parts).toEqual([]);
      else expect(Math.round(parts.reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(viNumber(score) * 100));
    }
  });

  test('reload and a shared link reproduce the scheme', async ({ page, browser }) => {
    await openView(page, '/ranking?year=2019');
    await page.getByLabel('Trọng số: Tổng giá trị sản xuất').fill('3');
    await page.getByLabel('Trần % KH: Thu ngân sách nhà nước trên địa bàn').fill('120');
    await page.getByLabel('Tính điểm: Giá trị xuất khẩu').uncheck();
    await page.getByLabel('Tiêu chí thiếu số liệu').selectOption('zero');
    await expect(page).toHaveURL(/scheme=z;/);
    const ranking = await shownRanking(page, 2019);
    const url = page.url();

    await page.reload();
    await expect.poll(() => shownRanking(page, 2019)).toEqual(ranking);
    await expect(page.getByLabel('Trọng số: Tổng giá trị sản xuất')).toHaveValue('3');
    await expect(page.getByLabel('Tính điểm: Giá trị xuất khẩu')).not.toBeChecked();

    // Saved locally: the plain address brings the edited scheme back, into the URL too.
    await openView(page, '/ranking?year=2019');
    await expect(page).toHaveURL(/scheme=z;/);
    await expect.poll(() => shownRanking(page, 2019)).toEqual(ranking);

    // A colleague with nothing saved opens the shared link.
    const other = await browser.newContext();
    const colleague = await other.newPage();
    await openView(colleague, url.replace(/^https?:\/\/[^/]+/, ''));
    await expect.poll(() => shownRanking(colleague, 2019)).toEqual(ranking);
    await expect(colleague.getByLabel('Trần % KH: Thu ngân sách nhà nước trên địa bàn')).toHaveValue('120');
    await expect(colleague.getByLabel('Tiêu chí thiếu số liệu')).toHaveValue('zero');
    await other.close();

    await page.getByRole('button', { name: 'Về bộ tiêu chí mặc định' }).click();
    await expect(page).not.toHaveURL(/scheme=/);
    expect(await shownRanking(page, 2019)).toEqual(expected(2019, defaultSchemeFor(index, districts, 2019)));
  });

  test('exports the scheme as JSON and imports one back; a bad file says what is wrong', async ({ page }) => {
    await openView(page, '/ranking?year=2019');
    await page.getByLabel('Trọng số: Đào tạo nghề').fill('5');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Tải bộ tiêu chí (JSON)' }).click();
    const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { format: string; criteria: { indicator: string; weight: number }[] };
    expect(file.format).toBe('chi-tieu-scoring-scheme');
    expect(file.criteria.find((c) => c.indicator === 'vocational_training')?.weight).toBe(5);

    const input = page.getByLabel('Nhập bộ tiêu chí từ tệp JSON');
    await input.setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"chi-tieu-scoring-scheme","version":1,"missing":"exclude","criteria":[{"indicator":"budget_revenue","weight":-1}]}') });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Không nhập được “hong.json”');
    await expect(alert).toContainText('criteria[0].weight” phải là số từ 0 đến 1000');
    await expect(page.getByLabel('Trọng số: Đào tạo nghề')).toHaveValue('5');

    const good = { ...file, criteria: [{ indicator: 'budget_revenue', weight: 1, cap: 150, included: true }] };
    await input.setInputFiles({ name: 'chi-thu-ngan-sach.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    await expect(page.getByText('Đã nhập bộ tiêu chí từ “chi-thu-ngan-sach.json”.')).toBeVisible();
    const onlyBudget: ScoringScheme = { criteria: good.criteria, missing: 'exclude', tieBreak: 'coverage' };
    await expect.poll(() => shownRanking(page, 2019)).toEqual(expected(2019, onlyBudget));
  });

  test('ranks the provinces of the 7-province cluster where the data has them', async ({ page }) => {
    await openView(page, '/ranking?year=2020');
    await page.getByLabel('Xếp hạng', { exact: true }).selectOption('cluster');
    await expect(page.getByText('Năm 2020 chưa có chỉ tiêu nào có % kế hoạch')).toBeVisible();
    await page.getByRole('link', { name: '2016' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xếp hạng thi đua năm 2016');
    const names = await rankingTable(page, 2016).locator('tbody tr').getByRole('rowheader').allInnerTexts();
    expect(names.slice(0, 3)).toEqual(['Cao Bằng', 'Lai Châu', 'Sơn La']);
  });

  test('the scorecard sorts by any column and a cell opens that district’s trend', async ({ page }) => {
    await openView(page, '/ranking?year=2020');
    const card = page.getByRole('table', { name: /Bảng điểm năm 2020/ });
    await card.getByRole('button', { name: 'Sắp xếp theo Mức giảm tỷ lệ hộ nghèo' }).click();
    await expect(card.locator('tbody tr').first().getByRole('rowheader')).toHaveText('Tân Uyên');
    await card.getByRole('button', { name: 'Sắp xếp theo Mức giảm tỷ lệ hộ nghèo' }).click();
    await expect(card.locator('tbody tr').first().getByRole('rowheader')).toHaveText('Nậm Nhùn');
    await page.getByLabel('Hiện thay đổi % KH so với năm 2019').check();
    await expect(card.getByRole('row', { name: /Tam Đường/ })).toContainText('Δ +17');
    await card.getByRole('row', { name: /Tam Đường/ }).getByRole('link', { name: /145%/ }).click();
    await expect(page).toHaveURL(/\/trend\?year=2020&area=tam-duong&indicator=poverty_reduction/);
  });

  for (const path of ['/ranking?year=2019', '/ranking?year=2020', '/ranking?year=2016&level=cluster', '/ranking?year=2019&lang=en']) {
    test(`${path}: no accessibility violations and no broken numbers`, async ({ page }) => {
      test.setTimeout(90_000);
      await openView(page, path);
      for (const details of await page.locator('details').all()) await details.locator('summary').click();
      await expectNoBrokenText(page);
      await expectNoAxeViolations(page);
    });
  }
});

for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test.describe(`ranking at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    for (const [name, path] of [['2019', '/ranking?year=2019&area=tan-uyen'], ['2020', '/ranking?year=2020'], ['cluster-2016', '/ranking?year=2016&level=cluster'], ['2019-en', '/ranking?year=2019&lang=en']] as const) {
      test(`screenshot ${name}`, async ({ page }) => {
        await openView(page, path);
        await page.screenshot({ path: `test-results/screenshots/ranking-${name}-${size.width}x${size.height}.png`, fullPage: true });
      });
    }
  });
}
