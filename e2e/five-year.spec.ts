import { expect, test } from './test';
import { openView } from './fixtures';

/**
 * The five-year plan's targets (data/: Lai Châu's 2021–2025 targets, each with its page) on the trend and the
 * unit view, and the progress toward them once the years' figures come in. The yearly figures here are test
 * figures, not the province's.
 */
test('a five-year target: its band on the trend, its line under the unit\'s figure, the progress once years are uploaded', async ({ page }) => {
  await openView(page, '/trend?area=lai-chau&indicator=grdp_growth');
  const chart = page.getByRole('figure', { name: 'Tốc độ tăng trưởng GRDP — Lai Châu' });
  await expect(chart.locator('.recharts-reference-area')).toHaveCount(1);
  await expect(chart.getByRole('application')).toContainText('Mục tiêu 2021–2025');
  await expect(page.getByTestId('target-line')).toHaveText('Mục tiêu giai đoạn 2021–2025: tăng bình quân 9 - 10%/năm — chưa đủ số liệu để tính');

  await openView(page, '/upload');
  const rows = ['area,year,indicator,actual', 'lai-chau,2021,grdp_growth,5.6', 'lai-chau,2022,grdp_growth,7.7', 'lai-chau,2023,grdp_growth,8'];
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles({ name: 'tang-truong.csv', mimeType: 'text/csv', buffer: Buffer.from(`${rows.join('\n')}\n`) });
  await page.getByRole('button', { name: 'Ghi phiên bản mới (3 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();

  await page.goto('/district/lai-chau?year=2023');
  const growth = page.locator('[data-indicator="grdp_growth"]');
  await expect(growth.getByTestId('target-line')).toHaveText(
    'Mục tiêu giai đoạn 2021–2025: tăng bình quân 9 - 10%/năm — 2021–2023 tăng bình quân 7,09%/năm; chưa đạt mục tiêu; các năm còn lại cần 11,92%/năm',
  );
  // The review report has the targets' section, with the same progress.
  await page.goto('/report?year=2023');
  const section = page.getByRole('heading', { name: /Tiến độ các mục tiêu kế hoạch giai đoạn \(đến năm 2023\)/, level: 2 });
  await expect(section).toBeVisible();
  await expect(page.getByRole('row', { name: /Tốc độ tăng trưởng GRDP.*Giai đoạn 2021–2025/ })).toContainText('2021–2023 tăng bình quân 7,09%/năm; chưa đạt mục tiêu; các năm còn lại cần 11,92%/năm');
  await page.goto('/district/lai-chau?year=2023&lang=en');
  await expect(growth.getByTestId('target-line')).toContainText('Target 2021–2025: tăng bình quân 9 - 10%/năm — 2021–2023 grew 7.09% a year on average; target not met yet; the years left need 11.92% a year');
});
