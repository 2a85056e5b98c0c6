import { truncateSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { LIMITS } from '../src/domain/limits';
import { expectNoAxeViolations, openView } from './fixtures';

const csv = (rows: string[][]) => Buffer.from(`${rows.map((r) => r.join(',')).join('\n')}\n`);
const CANONICAL = ['area', 'year', 'indicator', 'plan', 'actual', 'note'];
const VALID_ROW = ['lai-chau', '2016', 'budget_revenue', '1500', '1862', ''];

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer } | { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(file);
}

test('the limits are stated beside the picker, and a file over 128 MiB is refused from its size alone', async ({ page }, testInfo) => {
  // Playwright sends at most 50 MB as a buffer, so the file is written sparse: its size without its bytes.
  const path = testInfo.outputPath('so-lieu-2010-2030.csv');
  writeFileSync(path, `${CANONICAL.join(',')}\n`);
  truncateSync(path, LIMITS.uploadBytes + 1);
  await openView(page, '/upload');
  await expect(page.getByText('Giới hạn một lần tải: 128 MB, 100 tệp, 1.000 cột, 10.000 ký tự một ô. Tệp lớn hơn: tách theo năm hoặc theo địa bàn.')).toBeVisible();
  await upload(page, path);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Tệp "so-lieu-2010-2030.csv" nặng 128,0 MB (134.217.729 byte), quá giới hạn 128 MB của một lần tải lên.');
  await expect(alert).toContainText('Hãy tách tệp theo năm hoặc theo địa bàn');
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a file wider than 1,000 columns gets a located error at its header row and no mapping panel', async ({ page }) => {
  const header = [...CANONICAL, ...Array.from({ length: LIMITS.uploadColumns + 1 - CANONICAL.length }, (_, i) => `cot_${i + CANONICAL.length + 1}`)];
  await openView(page, '/upload');
  await upload(page, { name: 'qua-rong.csv', mimeType: 'text/csv', buffer: csv([header, VALID_ROW]) });
  await expect(page.locator('.report-summary')).toHaveText('0 dòng hợp lệ · 1 lỗi · 0 cảnh báo');
  const located = page.locator('.issues-table').getByRole('row', { name: /cot_1001/ });
  await expect(located).toContainText('1');
  await expect(located).toContainText('Dòng tiêu đề có 1.001 cột, quá giới hạn 1.000 cột');
  await expect(located).toContainText('Hãy tách tệp theo năm hoặc theo địa bàn');
  await expect(page.getByRole('heading', { name: 'Gán cột' })).toHaveCount(0);
});

test('a cell over 10,000 characters is named by row and column, with its first characters only', async ({ page }) => {
  const note = 'Ghi chú dài dòng của huyện Sìn Hồ. '.repeat(400).slice(0, LIMITS.cellChars + 1);
  await openView(page, '/upload');
  await upload(page, { name: 'o-qua-dai.csv', mimeType: 'text/csv', buffer: csv([CANONICAL, [...VALID_ROW.slice(0, 5), `"${note}"`], ['lai-chau', '2016', 'grdp_growth', '17.23', '24.88', '']]) });
  await expect(page.locator('.report-summary')).toHaveText('1 dòng hợp lệ · 1 lỗi · 0 cảnh báo');
  const located = page.locator('.issues-table tbody[data-code="cell-too-long"] tr');
  await expect(located).toContainText('Ghi chú dài dòng của huyện Sìn Hồ. Ghi c…');
  await expect(located).toContainText('Ô dài 10.001 ký tự, quá giới hạn 10.000 ký tự một ô');
  await expect(located.locator('td').nth(1)).toHaveText('2');
  await expect(located.locator('td').nth(2)).toHaveText('note');
  await expect(page.locator('.issues-table')).not.toContainText(note.slice(0, 200));
});

test('a 1,000-column file shows its mapping panel in groups, and a column can be remapped', async ({ page }) => {
  // Two analyses of a 1,000-column file and an axe run: 7 s alone, 23 s in a full parallel run on 2 cores.
  test.slow();
  const header = ['Huyện', 'Năm', 'Thu ngân sách KH', 'Thu ngân sách TH', ...Array.from({ length: LIMITS.uploadColumns - 4 }, (_, i) => `Cột phụ ${i + 5}`)];
  await openView(page, '/upload');
  await upload(page, { name: 'rong-1000-cot.csv', mimeType: 'text/csv', buffer: csv([header, ['Tân Uyên', '2021', '80', '95', ...Array<string>(LIMITS.uploadColumns - 4).fill('x')]]) });
  await expect(page.getByRole('heading', { name: 'Gán cột' })).toBeVisible();
  await expect(page.locator('#mapping-heading ~ .lazy-group')).toHaveCount(10);
  // Responsive by construction (measured: a 5 s frame before, well under a second now): only the
  // first group of 100 columns builds its drop-downs; the others are built when opened.
  await expect(page.locator('.mapping-table select')).toHaveCount(100);
  await expect(page.locator('.report-summary')).toHaveText('1 dòng hợp lệ · 0 lỗi · 0 cảnh báo');

  const column = page.getByLabel('Cột phụ 5', { exact: true });
  await column.focus();
  await column.selectOption({ label: 'Ghi chú' });
  await expect(page.getByLabel('Cột phụ 5', { exact: true })).toHaveValue('field:note');
  await page.getByText('Cột 901–1.000').click();
  await expect(page.getByLabel('Cột phụ 1000', { exact: true })).toHaveValue('ignore');
  await expectNoAxeViolations(page);
});

test('more files at once than one upload takes are refused from their count, before any is read', async ({ page }) => {
  await openView(page, '/upload');
  const files = Array.from({ length: LIMITS.uploadFiles + 1 }, (_, i) => ({ name: `xa-${i + 1}.csv`, mimeType: 'text/csv', buffer: csv([CANONICAL, VALID_ROW]) }));
  await upload(page, files);
  await expect(page.getByRole('alert')).toContainText('Đã chọn 101 tệp, quá giới hạn 100 tệp của một lần tải lên.');
  await expect(page.getByRole('heading', { name: 'Kết quả kiểm tra' })).toHaveCount(0);
});
