import { test } from './test';
import { expectNoAxeViolations, expectNoBrokenText, openView, VIEWS } from './fixtures';

for (const view of VIEWS) {
  test(`${view.name}: no accessibility violations and no broken numbers`, async ({ page }) => {
    await openView(page, view.path);
    await expectNoBrokenText(page);
    await expectNoAxeViolations(page);
  });

  test(`${view.name} in English: no broken numbers`, async ({ page }) => {
    await openView(page, `${view.path}&lang=en`);
    await expectNoBrokenText(page);
  });
}
