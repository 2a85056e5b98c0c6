import { expect, test, type Page } from './test';
import { builtInIndex } from './built-in-data';
import { defaultSchemeFor, rankAreas } from '../src/domain/scoring/scoring';
import type { MissingPolicy, ScoringScheme } from '../src/domain/scoring/scoring-scheme';
import { openView } from './fixtures';

/** The 2019 ranking of Lai Châu's districts under each rule for criteria without data (issue 13 §2). */
const index = builtInIndex();
const districts = index.unitsOf('lai-chau', 2019).map((d) => d.id);
const nameOf = (id: string) => index.area(id)?.name ?? id;
const defaultScheme = defaultSchemeFor(index, districts, 2019);
const under = (missing: MissingPolicy): ScoringScheme => ({ ...defaultScheme, missing, minCoverage: missing === 'coverage' ? 0.5 : undefined });
/** Ranked names in order, then the unranked with their coverage. */
const expected = (scheme: ScoringScheme) => {
  const ranking = rankAreas(index, districts, 2019, scheme);
  return { ranked: ranking.filter((r) => r.rank !== null).map((r) => nameOf(r.area)), unranked: ranking.filter((r) => r.rank === null).map((r) => nameOf(r.area)) };
};

const table = (page: Page) => page.getByRole('table', { name: 'Bảng xếp hạng năm 2019' });
async function shown(page: Page) {
  const ranked = await table(page).locator('tbody:not([data-testid="insufficient"]) tr[data-area]').getByRole('rowheader').allInnerTexts();
  const unranked = await table(page).locator('tbody[data-testid="insufficient"] tr[data-area]').getByRole('rowheader').allInnerTexts();
  return { ranked, unranked };
}
const criteriaCount = defaultScheme.criteria.length;

test.describe('the 2019 ranking and the rule for criteria without data', () => {
  test('by default a unit needs data for half the criteria: Phong Thổ (2 criteria) is listed apart, never first', async ({ page }) => {
    await openView(page, '/ranking?year=2019');
    const want = expected(defaultScheme);
    expect(want.ranked[0]).not.toBe('Phong Thổ');
    expect(want.unranked).toContain('Phong Thổ');
    await expect.poll(() => shown(page)).toEqual(want);
    const insufficient = table(page).getByTestId('insufficient');
    await expect(insufficient.getByRole('rowheader').first()).toHaveText('Chưa đủ số liệu để xếp hạng');
    const phongTho = insufficient.getByRole('row', { name: /Phong Thổ/ });
    await expect(phongTho).toContainText(`2/${criteriaCount} tiêu chí, cần ít nhất ${Math.ceil(criteriaCount / 2)}`);
    await expect(phongTho.locator('.rank-cell')).toHaveText('—không xếp hạng');
    await expect(page.getByText(`cần ít nhất ${Math.ceil(criteriaCount / 2)} trên ${criteriaCount} tiêu chí`).first()).toBeVisible();
    await expect(page).not.toHaveURL(/scheme=/);

    await table(page).getByRole('button', { name: 'Vì sao Phong Thổ xếp hạng này' }).click();
    const why = page.getByRole('region', { name: 'Vì sao Phong Thổ xếp hạng này' });
    await expect(why).toContainText(`Phong Thổ chưa đủ số liệu để xếp hạng: có số liệu cho 2/${criteriaCount} tiêu chí, cần ít nhất ${Math.ceil(criteriaCount / 2)} trên ${criteriaCount} (50%).`);
    await expect(why.getByTestId('why-policy')).toContainText('đơn vị có số liệu cho dưới 50% số tiêu chí');
    await expect(why.getByTestId('why-total')).toHaveText('không có điểm');
  });

  for (const [missing, option, url, rule] of [
    ['exclude', 'Không tính, hiện độ phủ', /scheme=x;c;/, 'đơn vị có số liệu cho một tiêu chí cũng được xếp hạng'],
    ['zero', 'Tính là 0% KH', /scheme=z;c;/, 'Tiêu chí thiếu số liệu tính là 0% KH'],
  ] as const) {
    test(`switching to “${option}” reranks, goes into the link and the why panel`, async ({ page, browser }) => {
      await openView(page, '/ranking?year=2019');
      await page.getByLabel('Tiêu chí thiếu số liệu').selectOption(missing);
      await expect(page).toHaveURL(url);
      const want = expected(under(missing));
      await expect.poll(() => shown(page)).toEqual(want);
      await expect(table(page).getByTestId('insufficient')).toHaveCount(0);
      await expect(page.getByTestId('why-policy')).toContainText(rule);
      if (missing === 'exclude') {
        expect(want.ranked[0]).toBe('Phong Thổ');
        await expect(page.getByTestId('thin-ranked')).toContainText('Phong Thổ');
      }

      // The link alone reproduces it in a browser with nothing saved.
      const other = await browser.newContext();
      const colleague = await other.newPage();
      await openView(colleague, page.url().replace(/^https?:\/\/[^/]+/, ''));
      await expect.poll(() => shown(colleague)).toEqual(want);
      await expect(colleague.getByLabel('Tiêu chí thiếu số liệu')).toHaveValue(missing);
      await other.close();
    });
  }

  test('the minimum coverage is editable and carried in the link', async ({ page }) => {
    await openView(page, '/ranking?year=2019');
    await page.getByLabel('Tiêu chí thiếu số liệu').selectOption('exclude');
    await page.getByLabel('Tiêu chí thiếu số liệu').selectOption('coverage');
    await expect(page).toHaveURL(/scheme=v50;c;/);
    await page.getByLabel('Độ phủ tối thiểu (% số tiêu chí có số liệu)').fill('10');
    await expect(page).toHaveURL(/scheme=v10;c;/);
    await expect.poll(() => shown(page)).toEqual(expected({ ...defaultScheme, minCoverage: 0.1 }));
    await expect(page.getByTestId('why-policy')).toContainText('dưới 10% số tiêu chí');
  });
});

for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test.describe(`the policies at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    for (const [name, code] of [['coverage', null], ['exclude', 'x'], ['zero', 'z']] as const) {
      test(`screenshot 2019 ${name}`, async ({ page }) => {
        await openView(page, '/ranking?year=2019&area=phong-tho');
        if (code) await page.getByLabel('Tiêu chí thiếu số liệu').selectOption(name);
        await expect(page.getByTestId('why-policy')).toBeVisible();
        await page.screenshot({ path: `test-results/screenshots/ranking-policy-${name}-2019-${size.width}x${size.height}.png`, fullPage: true });
      });
    }
  });
}
