import type { Browser, Page } from '@playwright/test';
import { manifestToJson } from '../src/domain/publication/manifest';
import { publication, type Publication } from './publications';
import { expect, test } from './test';

/**
 * Two tabs, one new publication: tab A checks a file against the publication it loaded while
 * tab B receives a correction (the province's 2016 budget revenue 1.999 tỷ đồng instead of
 * 1.862). A's save must not hide the correction: it is refused with the choice to check again
 * against the new publication or to save on the old one, and a draft on the old one says so in
 * the header of every tab.
 */
let v1: Publication;
let v2: Publication;
test.beforeAll(async () => {
  v1 = await publication({ budget: 1862, published: '2026-11-28T09:30:00+07:00' });
  v2 = await publication({ budget: 1999, published: '2026-12-05T08:00:00+07:00' });
});

// What the analyst uploads: the 2016 budget row as she had it (the old figure) and one new row.
const FILE = {
  name: 'bo-sung-2016.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    'area,year,indicator,plan,actual,percent_of_plan,unit,source,note\n' +
      'lai-chau,2016,budget_revenue,1500,1862,,tỷ đồng,Báo cáo thử nghiệm,\n' +
      'tan-uyen,2021,budget_revenue,60,71.3,,tỷ đồng,Báo cáo thử nghiệm,\n',
  ),
};

/** One browser profile whose data folder serves `v1` until `publish(v2)`, in both of its tabs. */
async function twoTabs(browser: Browser) {
  const context = await browser.newContext();
  let served = v1;
  await context.route(/\/data\/(manifest\.json|areas\.csv|indicators\.csv|observations\.csv)$/, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = name === 'manifest.json' ? manifestToJson(served.manifest) : Buffer.from(served.files[name as keyof Publication['files']]);
    return route.fulfill({ status: 200, contentType: name.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8', body });
  });
  const a = await context.newPage();
  const b = await context.newPage();
  return { context, a, b, publish: (pub: Publication) => (served = pub) };
}

const status = (page: Page) => page.getByTestId('data-status');
const commitButton = (page: Page) => page.getByRole('button', { name: /Ghi phiên bản mới/ });
const shown = (pub: Publication, date: string) => `Số liệu công bố ngày ${date}, phiên bản ${pub.manifest.version}`;

/** A checks the file up to the preview on v1; B, open on v1, is told of v2 and shows it; A then saves and is refused. */
async function staleCommit(a: Page, b: Page, publish: (pub: Publication) => void) {
  await a.goto('/upload');
  await expect(status(a)).toHaveText(shown(v1, '28/11/2026'));
  await a.getByLabel(/Chọn tệp Excel, CSV hoặc JSON/).setInputFiles(FILE);
  await expect(a.locator('.diff-counts')).toContainText('1 Thêm mới');
  await expect(commitButton(a)).toBeEnabled();

  await b.goto('/?year=2016');
  await expect(status(b)).toHaveText(shown(v1, '28/11/2026'));
  publish(v2);
  // B comes back to its window: the app looks for a new publication, as it does on focus.
  await b.evaluate(() => window.dispatchEvent(new Event('focus')));
  await b.getByTestId('new-publication').getByRole('button', { name: 'Xem số liệu mới' }).click();
  await expect(status(b)).toHaveText(shown(v2, '05/12/2026'));

  await commitButton(a).click();
  const notice = a.getByTestId('stale-base');
  await expect(notice).toContainText('Số liệu đã có bản công bố mới (ngày 05/12/2026');
  await expect(notice).toContainText(`sau khi bạn bắt đầu tải lên; bản nháp này dựa trên bản cũ (ngày 28/11/2026, phiên bản ${v1.manifest.version})`);
  await expect(a.getByText('Đã ghi phiên bản')).toHaveCount(0);
  await expect(a.locator('.versions-table tbody tr')).toHaveCount(1);
  return notice;
}

test('a save on a publication that is no longer the newest is refused; checking again shows the corrected figure', async ({ browser }) => {
  const { context, a, b, publish } = await twoTabs(browser);
  const notice = await staleCommit(a, b, publish);
  await notice.getByRole('button', { name: 'Kiểm tra lại với bản mới' }).click();
  await expect(status(a)).toHaveText(shown(v2, '05/12/2026'));
  // Against the correction, the file's old figure is a change: 1.999 before, 1.862 after.
  await expect(a.locator('.diff-counts')).toContainText('1 Thay đổi');
  await expect(a.getByRole('row', { name: /Thu ngân sách/ }).filter({ hasText: '1.999' })).toContainText('1.862');
  await expect(notice).toHaveCount(0);
  await commitButton(a).click();
  await expect(a.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  // The draft is built on the newest publication: no header says otherwise.
  for (const page of [a, b]) await expect(status(page)).toHaveText('Bản nháp trên máy này (phiên bản 1)');
  await context.close();
});

test('saved on the old publication by choice, the draft says so in the header of both tabs, with the way back to the new one', async ({ browser }) => {
  const { context, a, b, publish } = await twoTabs(browser);
  const notice = await staleCommit(a, b, publish);
  await notice.getByRole('button', { name: 'Vẫn lưu trên bản cũ' }).click();
  await expect(a.getByText('Đã ghi phiên bản 1.')).toBeVisible();
  const older = `Bản nháp dựa trên bản công bố cũ (ngày 28/11/2026, phiên bản ${v1.manifest.version}); bản mới: ngày 05/12/2026, phiên bản ${v2.manifest.version}.`;
  for (const page of [a, b]) {
    await expect(status(page)).toContainText('Bản nháp trên máy này (phiên bản 1)');
    await expect(status(page)).toContainText(older);
  }
  await expect(b.getByText('1.862 tỷ đồng').first()).toBeVisible();

  await status(b).getByRole('link', { name: 'Kiểm tra lại với bản mới' }).click();
  const draft = b.getByTestId('draft-on-old');
  await expect(draft).toContainText('Phiên bản 1 đang dùng là bản nháp dựa trên bản công bố cũ');
  await draft.getByRole('button', { name: 'Dùng số liệu công bố mới' }).click();
  for (const page of [a, b]) await expect(status(page)).toHaveText(shown(v2, '05/12/2026'));
  await expect(b.getByRole('row', { name: /Phiên bản 1:/ })).toBeVisible();
  await b.goto('/?year=2016');
  await expect(b.getByText('1.999 tỷ đồng').first()).toBeVisible();

  await b.getByRole('button', { name: 'Switch to English' }).click();
  await b.goto('/upload');
  await b.getByRole('row', { name: /Version 1:/ }).getByRole('button', { name: /Use/ }).click();
  await expect(status(b)).toContainText(`The draft is built on an older publication (28 Nov 2026, version ${v1.manifest.version}); the new one: 5 Dec 2026`);
  await context.close();
});
