import { expect, test, type Page } from './test';
import { openView } from './fixtures';

/**
 * The monthly meeting's screen: a year of monthly figures uploaded as the province writes them (months alone,
 * "6 tháng đầu năm", "9 tháng"), last year's running totals beside them, two communes' progress. Test
 * figures, not the province's.
 */
const HEADER = 'Đơn vị;Năm;Kỳ;Chỉ tiêu;Kế hoạch;Thực hiện;Loại số liệu';
const MONTHS = [
  ['Tháng 1', '180'], ['Tháng 2', '150'], ['Tháng 3', '210'], ['Tháng 4', '190'], ['Tháng 5', '220'],
  ['6 tháng đầu năm', '1180'], ['Tháng 7', '230'], ['Tháng 8', '240'], ['9 tháng', '1900'], ['Tháng 10', '260'],
];
const ROWS = [
  ...MONTHS.map(([period, actual]) => `Lai Châu;2025;${period};budget_revenue;3000;${actual};`),
  'Lai Châu;2025;Tháng 11;budget_revenue;3000;270;ước',
  'Lai Châu;2024;Quý I;budget_revenue;2236;420;',
  'Lai Châu;2024;6 tháng;budget_revenue;2236;950;',
  'Lai Châu;2024;9 tháng;budget_revenue;2236;1500;',
  'Lai Châu;2024;lũy kế 11 tháng;budget_revenue;2236;1950;',
  'Xã Mường Kim;2025;9 tháng;budget_revenue;40;31;',
  'Xã Tân Uyên;2025;9 tháng;budget_revenue;55;20;',
];

async function upload(page: Page) {
  await openView(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles({ name: 'thang-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\n${ROWS.join('\n')}\n`) });
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toBeVisible();
  await expect(page.getByText(`${ROWS.length} dòng hợp lệ · 0 lỗi`)).toBeVisible();
  await page.getByRole('button', { name: `Ghi phiên bản mới (${ROWS.length} dòng hợp lệ)` }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();
}

test('a year of monthly figures: the running total against the year\'s plan, last year\'s path, the meeting\'s sentence and the units\' progress', async ({ page }) => {
  await upload(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Trong năm' }).click();
  await page.getByLabel('Chỉ tiêu').selectOption('budget_revenue');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theo dõi trong năm 2025 — Lai Châu');
  // Months 1–5 add up to 950, June is stated, July and August add to it, September stated, October and November add.
  await expect(page.getByTestId('in-year-reading')).toHaveText(
    'Lũy kế 11 tháng: 2.430 tỷ đồng (ước); đạt 81% KH năm; +24,6% so với cùng kỳ; còn phải thực hiện 570 tỷ đồng trong 1 tháng cuối năm (bình quân 570 tỷ đồng/tháng).',
  );
  const chart = page.getByRole('figure', { name: /lũy kế từ đầu năm 2025 so với kế hoạch năm/ });
  await expect(chart.getByRole('application')).toContainText('KH năm 3.000 tỷ đồng');
  await expect(chart.locator('.recharts-line-dots').last().locator('circle')).toHaveCount(11);
  await chart.getByText('Xem bảng số liệu').click();
  const table = chart.getByRole('table');
  await expect(table.getByRole('row', { name: /^6 tháng/ })).toContainText('1.180 tỷ đồng');
  await expect(table.getByRole('row', { name: /^6 tháng/ })).toContainText('950 tỷ đồng');
  await expect(table.getByRole('row', { name: /^cả năm/ })).not.toContainText('tỷ đồng');

  const progress = page.getByRole('region', { name: /Tiến độ của các đơn vị/ });
  await expect(progress.getByRole('row', { name: /Mường Kim/ })).toHaveText(/Mường Kim\s*9 tháng\s*31 tỷ đồng\s*—\s*77,5%\s*—\s*9 tỷ đồng/);
  await expect(progress.getByRole('row', { name: /Tân Uyên/ })).toContainText('36,4%');
  await page.screenshot({ path: 'test-results/screenshots/in-year-uploaded-1920x1080.png', fullPage: true });

  // The year's views still read the year's figures only: no 2025 appears where the data has no figure of the year.
  await page.goto('/indicator/budget_revenue?year=2024');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByLabel('Năm', { exact: true })).not.toContainText('2025');

  // English, and a slide of the view.
  await page.goto('/in-year?year=2025&area=lai-chau&indicator=budget_revenue&lang=en');
  await expect(page.getByTestId('in-year-reading')).toContainText('January–November: 2,430 billion VND (estimate); 81% of the year\'s plan');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/in-year?year=2025&area=lai-chau&indicator=budget_revenue&embed=1');
  await expect(page.getByTestId('in-year-reading')).toBeVisible();
  await expect(page.getByRole('figure', { name: /lũy kế từ đầu năm 2025/ }).getByRole('application')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/in-year-slide-1280x720.png' });
});

test('the overview, unit and indicator views show a period within the year when the reader chooses it, the year by default', async ({ page }) => {
  await upload(page);
  await openView(page, '/?year=2025');
  const period = page.getByLabel('Kỳ', { exact: true });
  await expect(period).toHaveValue('');
  await expect(page.getByTestId('period-line')).toHaveCount(0);
  await period.selectOption({ label: '9 tháng' });
  await expect(page).toHaveURL(/period=to-month-09/);
  await expect(page.getByTestId('period-line')).toContainText('Số liệu 9 tháng năm 2025, không phải cả năm.');
  await expect(page.getByTestId('period-line')).toContainText('(9/12 tháng)');
  // The province's nine months: 1.900 of the year's 3.000 (63,3% KH năm), judged against nine twelfths of it (84%): short.
  const card = page.locator('.kpi-card', { has: page.getByRole('link', { name: 'Thu ngân sách nhà nước trên địa bàn' }) });
  await expect(card.locator('.kpi-actual')).toHaveText('1.900 tỷ đồng');
  await expect(card).toContainText('63,3%');
  await expect(card.locator('dt', { hasText: 'So với cùng kỳ' }).locator('xpath=..')).toContainText('+400 tỷ đồng');
  await expect(card).toContainText('Không đạt');

  // The choice goes with the reader to the indicator: the communes' nine months, ranked by % of the year's plan.
  await card.getByRole('link', { name: 'Thu ngân sách nhà nước trên địa bàn' }).click();
  await expect(page).toHaveURL(/\/indicator\/budget_revenue\?.*period=to-month-09/);
  await expect(page.getByLabel('Kỳ', { exact: true })).toHaveValue('to-month-09');
  const chart = page.getByRole('figure', { name: /Thu ngân sách nhà nước trên địa bàn năm 2025: các xã, phường — 9 tháng/ });
  await chart.getByText('Xem bảng số liệu').click();
  await expect(chart.getByRole('row', { name: /Mường Kim/ })).toContainText('77,5%');
  await expect(chart.getByRole('row', { name: /Mường Kim/ })).toContainText('Vượt kế hoạch');
  await expect(chart.getByRole('row', { name: /Tân Uyên/ })).toContainText('36,4%');
  await expect(chart.getByRole('row', { name: /Tân Uyên/ })).toContainText('Không đạt');

  // A reload keeps it; the way back is one click, and the year's figures return.
  await page.reload();
  await expect(page.getByTestId('period-line')).toBeVisible();
  await page.getByRole('button', { name: 'Xem cả năm 2025' }).click();
  await expect(page).not.toHaveURL(/period=/);
  await expect(page.getByTestId('period-line')).toHaveCount(0);

  // A link naming a period the data lacks shows the year, and says nothing false.
  await page.goto('/district/lai-chau?year=2025&period=month-12');
  await expect(page.getByLabel('Kỳ', { exact: true })).toHaveValue('');
  await page.goto('/district/lai-chau?year=2025&period=to-month-06');
  await expect(page.getByTestId('period-line')).toContainText('Số liệu 6 tháng năm 2025');
  await page.screenshot({ path: 'test-results/screenshots/unit-period-1920x1080.png', fullPage: true });
});
