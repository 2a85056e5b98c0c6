import { test } from './test';
import { openView, VIEWS } from './fixtures';

/** Pictures of every view at a desktop and a projector's size, for a person to look at. */
for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    for (const view of VIEWS) {
      test(`screenshot ${view.name}`, async ({ page }) => {
        await openView(page, view.path);
        await page.screenshot({ path: `test-results/screenshots/${view.name}-${size.width}x${size.height}.png`, fullPage: true });
      });
    }
  });
}
