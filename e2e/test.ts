/**
 * The suite's `test`: Playwright's, with a guard on every page of the test's browser context —
 * any Content Security Policy violation (the app is served with its CSP as a header) fails the
 * test with the browser's own report. Specs import from here instead of '@playwright/test'.
 */
import { test as base, type BrowserContext, type TestInfo } from '@playwright/test';

export * from '@playwright/test';

const VIOLATION = /Content Security Policy|Refused to (load|execute|connect|frame|apply|create)/i;

/** Collects the browser's CSP reports from every page and frame of a context. */
export function watchCsp(context: BrowserContext): string[] {
  const reports: string[] = [];
  context.on('console', (message) => {
    if (VIOLATION.test(message.text())) reports.push(`${message.location().url}: ${message.text()}`);
  });
  return reports;
}

export const test = base.extend<{ cspReports: string[] }>({
  cspReports: [
    async ({ context }, use, testInfo: TestInfo) => {
      const reports = watchCsp(context);
      await use(reports);
      if (reports.length > 0 && testInfo.expectedStatus === 'passed') throw new Error(`Content Security Policy violations:\n${reports.join('\n')}`);
    },
    { auto: true },
  ],
});
