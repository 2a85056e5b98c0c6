import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from './test';
import { openView } from './fixtures';
import { checkFolder } from '../src/domain/publication/check-folder';
import { readManifest, type Manifest } from '../src/domain/publication/manifest';
import { checkFile } from '../src/domain/publication/manifest-files';

const IT_STEP = 'Giải nén tệp vào thư mục data/ của máy chủ (thay thế các tệp cũ)';

/** Fills the "Công bố" form, presses the button and unzips what the browser downloads. */
async function publish(page: Page, publisher: string, note: string) {
  await page.getByLabel('Đơn vị công bố').fill(publisher);
  await page.getByLabel('Ghi chú công bố (không bắt buộc)').fill(note);
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  const download = await started;
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const read = readManifest(JSON.parse(new TextDecoder().decode(files['manifest.json'])));
  if (!read.ok) throw new Error(`manifest.json: ${read.problem}`);
  return { name: download.suggestedFilename(), files, manifest: read.manifest };
}

async function expectPublished(page: Page, manifest: Manifest) {
  const banner = page.getByRole('status').filter({ hasText: manifest.version });
  await expect(banner).toContainText(`Đã công bố phiên bản ${manifest.version} lúc`);
  await expect(banner).toContainText(`chi-tieu-du-lieu-${manifest.version}.zip`);
  await expect(banner).toContainText(IT_STEP);
}

test('an analyst publishes the data the dashboard shows as one zip whose files check against its manifest', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
  await openView(page, '/upload');
  await expect(page.getByRole('heading', { name: 'Công bố', level: 2 })).toBeVisible();
  const loadedBefore = scripts.length;

  const first = await publish(page, 'Sở Kế hoạch và Đầu tư Lai Châu', 'Số liệu 2016–2024');
  // The zip library came with the first press, not with the page.
  expect(scripts.slice(loadedBefore).some((url) => /publish-zip/.test(url))).toBe(true);
  // The awards and main-target lists the dashboard holds (data/awards.csv, data/main-targets.csv) are published with it.
  expect(Object.keys(first.files).sort()).toEqual(['areas.csv', 'awards.csv', 'indicators.csv', 'main-targets.csv', 'manifest.json', 'observations.csv']);
  expect(first.name).toBe(`chi-tieu-du-lieu-${first.manifest.version}.zip`);
  expect(first.manifest).toMatchObject({ schema: 'chi-tieu-data/2', publisher: 'Sở Kế hoạch và Đầu tư Lai Châu', note: 'Số liệu 2016–2024' });
  expect(Date.now() - Date.parse(first.manifest.published)).toBeLessThan(60_000);
  for (const entry of first.manifest.files) expect(await checkFile(entry, first.files[entry.name]!)).toBeNull();
  const check = await checkFolder(first.files);
  expect(check.issues).toEqual([]);
  expect(check.dataset?.observations).toHaveLength(86);
  expect(check.dataset?.awards).toHaveLength(2);
  expect(check.dataset?.mainTargets).toHaveLength(7);
  await expectPublished(page, first.manifest);

  const second = await publish(page, 'Sở Kế hoạch và Đầu tư Lai Châu', 'Số liệu 2016–2024');
  expect(second.manifest.version).not.toBe(first.manifest.version);
  expect(second.files['observations.csv']).toEqual(first.files['observations.csv']);
  await expectPublished(page, second.manifest);
});

test('what is published is the version in use: an upload committed, then published', async ({ page }) => {
  await openView(page, '/upload');
  await page.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles('e2e/files/upload-2021-vi.csv');
  await page.getByRole('button', { name: 'Ghi phiên bản mới (4 dòng hợp lệ)' }).click();
  await expect(page.getByText('Đã ghi phiên bản 1.')).toBeVisible();

  const { files, manifest } = await publish(page, '', '');
  expect(manifest.files.find((f) => f.name === 'observations.csv')?.rows).toBe(90);
  const check = await checkFolder(files);
  expect(check.issues).toEqual([]);
  expect(check.dataset?.observations.filter((o) => o.year === 2021)).toHaveLength(4);
  await expectPublished(page, manifest);
});
